# type() one-arg, object() instances, __class__, __bases__, __name__.
for v in (1, 1.5, "s", b"b", [], (), {}, set(), None, True, range(1), type, object(), len, lambda: 0):
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(None).__name__, type(type).__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, int.__bases__[0] is object, bool.__bases__[0] is int)
print(o == o, o != object(), isinstance(o, object), isinstance(5, object))
print(str(type(5)), repr(type("s")), repr(object)[:15])
class A: pass
print(repr(A), type(A()).__qualname__, repr(type(A())))
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
