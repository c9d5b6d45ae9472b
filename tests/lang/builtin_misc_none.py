# None, NotImplemented, Ellipsis singletons and their behaviour.
print(None is None, type(None)() is None, repr(None), bool(None))
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, type(...)() is ...)
def f():
    pass
print(f() is None)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
print(None == None, None == 0, None != False, [None] * 2)
x = None
print(x or "default", x is not None)
