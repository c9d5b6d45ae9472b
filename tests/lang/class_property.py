# Read-only and computed properties.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @property
    def area(self):
        return 3 * self._r ** 2

c = Circle(2)
print(c.radius, c.area)
c._r = 5
print(c.radius, c.area)
try:
    c.radius = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Circle.radius).__name__)
print(Circle.radius.fget(c))
print(Circle.radius.fset is None)

class Manual:
    def get_x(self):
        return "x is computed"
    x = property(get_x, doc="the x")
print(Manual().x, Manual.x.__doc__)

class WithDoc:
    @property
    def p(self):
        "Property doc."
        return 1
print(WithDoc.p.__doc__)

class Err:
    @property
    def bad(self):
        raise KeyError("inside getter")
try:
    Err().bad
except KeyError as e:
    print(type(e).__name__, e)
