from .util import area_scale
from ..helper import double
from .. import PKG_LEVEL

class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return area_scale(self.side * self.side)
    def perimeter(self):
        return double(double(self.side))

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return area_scale(3 * self.r * self.r)

LEVEL_SEEN = PKG_LEVEL
