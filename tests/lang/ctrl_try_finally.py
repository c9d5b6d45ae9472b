# return/break/continue interacting with finally; finally overriding return.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("f3 finally", i)

def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f7():
    while True:
        try:
            break
        finally:
            print("f7 finally on break")
    return "after loop"

def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f8 finally")

print(f1()); print(f2()); print(f3()); print(f4()); print(f5())
print(f6()); print(f7()); print(f8())

def f9():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                raise KeyError(i)
            finally:
                log.append("inner %d" % i)
        except KeyError as e:
            log.append("caught %s" % e)
        finally:
            log.append("outer %d" % i)
    return log
print(f9())
