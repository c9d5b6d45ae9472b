# super() without arguments in methods, classmethods, __init__, properties.
class Base:
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x
    @classmethod
    def make(cls):
        return cls.__name__ + " made by Base"
    @property
    def label(self):
        return "base-label"
    def __repr__(self):
        return "Base(%r)" % self.x

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def value(self):
        return super().value() + self.y
    @classmethod
    def make(cls):
        return "Child: " + super().make()
    @property
    def label(self):
        return "child+" + super().label
    def __repr__(self):
        return "Child/" + super().__repr__()

c = Child(10, 5)
print(c.x, c.y, c.value(), Child.make(), c.label, repr(c))

class GrandChild(Child):
    def value(self):
        return super().value() * 100
print(GrandChild(1, 2).value())

class Lazy(Base):
    def compute(self):
        inner = lambda: super(Lazy, self).value()
        return inner()
print(Lazy(3).compute())

class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("abc").upper())

class Dct(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = Dct()
d["a"] = 4
print(d)

def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
