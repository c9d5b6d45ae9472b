# sys.exc_info(), bare raise and implicit chaining inside a generator: its own
# handled exception while it has one, else the one its resumer is handling
# (CPython's stack of exception states).
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def gen():
    print("start", name())
    try:
        raise ValueError("inner")
    except ValueError:
        print("in except", name())
    print("after", name())
    yield name()
    print("resumed", name())
    yield 2


g = gen()
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
print(next(g))


def inside_except():
    try:
        raise TypeError("own")
    except TypeError:
        yield name()
        yield name()
    yield name()


g = inside_except()
print(next(g))
try:
    raise IndexError
except IndexError:
    print(next(g), name())
try:
    raise LookupError
except LookupError:
    print(next(g))


def reraiser():
    yield
    raise


g = reraiser()
next(g)
try:
    raise ZeroDivisionError("resumer's")
except ZeroDivisionError:
    try:
        next(g)
    except ZeroDivisionError as e:
        print("bare raise gave", repr(e))
g = reraiser()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)


def chaining():
    yield
    raise AttributeError("from the generator")


g = chaining()
next(g)
try:
    raise OSError("handled outside")
except OSError:
    try:
        next(g)
    except AttributeError as e:
        print("context", repr(e.__context__))


def outer_gen():
    inner = gen2()
    try:
        raise NameError("outer gen")
    except NameError:
        yield next(inner)
    yield next(inner)


def gen2():
    yield name()
    yield name()


print(list(outer_gen()))
try:
    raise EOFError
except EOFError:
    print(list(outer_gen()), name())
print(name())
