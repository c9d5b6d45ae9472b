# isinstance / issubclass with tuples, nested tuples, builtin hierarchy.
class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", (str, bytes)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(range(3), range))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5)) 
    print("short-circuit ok")
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance("other", M))
