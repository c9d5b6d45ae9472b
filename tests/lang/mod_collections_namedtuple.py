# collections.namedtuple: fields, defaults, methods, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._fields)
Rec = namedtuple("Rec", "name, age")
print(Rec("bo", 3), sorted([Rec("b", 2), Rec("a", 5)]), hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class Vec(namedtuple("VecBase", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Vec(3, -4).norm1(), Vec(1, 2))
