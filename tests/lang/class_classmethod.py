# @classmethod: alternative constructors, cls is the actual subclass.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
    @classmethod
    def name(cls):
        return cls.__name__

class Poly(Shape):
    pass

t = Shape.triangle()
p = Poly.triangle()
print(type(t).__name__, t.sides, type(p).__name__)
print(Shape.bump(), Shape.bump(), Poly.bump(), Shape.count, Poly.count)
print(Shape().name() if False else Shape.name(), Poly(4).name())
cm = Shape.__dict__["name"]
print(type(cm).__name__)
print(Shape.name.__self__ is Shape)
def standalone(cls, x):
    return cls.__name__ + str(x)
Shape.sa = classmethod(standalone)
print(Poly.sa(1), Shape(0).sa(2))

class Registry:
    items = None
    @classmethod
    def register(cls, v):
        if cls.items is None:
            cls.items = []
        cls.items.append(v)
        return cls
print(Registry.register(1).register(2).items)
