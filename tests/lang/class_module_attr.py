# A class's __module__ can be any object: reprs then use the bare name.
class A:
    pass
class B:
    __module__ = None
class C:
    __module__ = 5
class D:
    __module__ = "builtins"
class Outer:
    class Inner:
        __module__ = None
for k in (A, B, C, D, Outer.Inner, int, type, object):
    print(repr(k).replace(__name__, "M"), k.__module__, k.__qualname__)
for k in (B, C, D, Outer.Inner):
    print(repr(k()).split(" at ")[0])
import typing
T = typing.TypedDict("T", {"x": int})
print(T.__name__)
