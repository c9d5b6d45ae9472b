# copy.copy honours a class's own __reduce_ex__ (callable, args[, state, listitems, dictitems]).
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce_ex__(self, proto):
        return (Point, (self.x, self.y), {"tag": "copied"})
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, getattr(self, "tag", None))

class Named:
    def __reduce_ex__(self, proto):
        return "Named"

class Bag(list):
    def __reduce_ex__(self, proto):
        return (Bag, (), None, iter(self))

class Table(dict):
    def __reduce_ex__(self, proto):
        return (Table, (), {"meta": 1}, None, iter(self.items()))

p = Point(1, [2])
q = copy.copy(p)
print(q, q.y is p.y, q is p)
n = Named()
print(copy.copy(n) is n)
b = copy.copy(Bag([1, 2, 3]))
print(type(b).__name__, b)
t = copy.copy(Table(a=1, b=2))
print(type(t).__name__, sorted(t.items()), t.meta)
