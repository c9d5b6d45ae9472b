# range and slice against CPython: __index__ conversion to exact int, read-only
# members, indexing and slicing edge cases.
import operator


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Ix:
    def __index__(self):
        return 7


t(lambda: range(True, 5))
t(lambda: range(Ix()))
t(lambda: range(False, Ix(), True))
t(lambda: range(True, 5).start)
t(lambda: type(range(True, 5).start))
t(lambda: operator.index(True))
t(lambda: type(operator.index(True)))
t(lambda: range(5)[True])
t(lambda: slice(True).indices(5))
t(lambda: [1, 2, 3][Ix() - 6])
t(lambda: bin(True))
t(lambda: hex(Ix()))
t(lambda: range(1.5))
t(lambda: range(1, 2, 0))
t(lambda: range(2**64)[2**63])
t(lambda: range(2**64)[-1])
t(lambda: len(range(-2**70, 2**70, 2**60)))
t(lambda: range(10)[slice(None, None, -3)])
t(lambda: range(10)[-100:100])
t(lambda: range(10)[::0])
t(lambda: range(0, 10, 2) == range(0, 9, 2))
t(lambda: range(7).index(8))
t(lambda: range(1, 20, 3).count(7.0))
t(lambda: slice(None, None, -1).indices(5))
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice(2**100).indices(5))


def setattr_case(obj, name, value):
    try:
        setattr(obj, name, value)
        print("set", name)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        delattr(obj, name)
        print("deleted", name)
    except AttributeError as e:
        print("AttributeError", e)


for obj in (range(3), slice(1, 2, 3)):
    for name in ("start", "stop", "step"):
        setattr_case(obj, name, 5)
