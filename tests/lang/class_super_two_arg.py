# super(type, obj) and super(type, type) explicit forms.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__

class B(A):
    def f(self):
        return "B.f"
    @classmethod
    def c(cls):
        return "B.c"

class C(B):
    def f(self):
        return "C.f"

obj = C()
print(super(C, obj).f())
print(super(B, obj).f())
print(super(C, C).c(), super(B, C).c())
print(super(C, obj).f.__self__ is obj)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, obj).f()
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    def __init__(self):
        self.tag = "base"
class Derived(Base):
    def __init__(self):
        super(Derived, self).__init__()
        self.tag += "+derived"
print(Derived().tag)
