# Multiple inheritance: attribute lookup order and cooperative __init__.
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only in A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print(D().only_a())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class Base:
    def __init__(self, **kw):
        self.log = ["Base"]

class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left")

class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right")

class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")

b = Both(left=1, right=2)
print(b.log, b.left, b.right)
print(isinstance(b, Left), isinstance(b, Right), Both.__bases__ == (Left, Right))

class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().greet())
