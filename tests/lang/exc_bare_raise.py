# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise

try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested()
except ValueError as e:
    print("outer restored:", e)

def in_finally():
    try:
        try:
            raise IndexError("i")
        finally:
            print("finally before propagation")
    except IndexError as e:
        print("caught", e)
in_finally()
def helper():
    raise
try:
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        helper()
except ZeroDivisionError as e:
    print("raise in called function:", e)
