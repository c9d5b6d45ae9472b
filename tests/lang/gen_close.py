# generator.close(): GeneratorExit, finally blocks, ignoring GeneratorExit.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs")

x = g()
print(next(x))
x.close()
x.close()
print(list(x))
y = g()
y.close()
print("closed unstarted")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_in_finally():
    try:
        yield 1
    finally:
        print("finalising")
r = returns_in_finally()
for v in r:
    print("value", v)
    break
r.close()
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("counter stopped at", n)
c = counter()
print(next(c), next(c), next(c))
c.close()
