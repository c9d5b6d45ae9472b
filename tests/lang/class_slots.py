# __slots__: member descriptors, no __dict__ unless asked, mangling, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AE", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AE", e)
print(type(P.x).__name__, P.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 3
print(r.w, r.x, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print("AE", e)
class S:
    __slots__ = "a"
s = S(); s.a = 1; print(s.a)
class T:
    __slots__ = ("a", "__dict__")
t = T(); t.a = 1; t.b = 2; print(t.a, t.b, t.__dict__)
try:
    class U:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("VE", e)
class V:
    __slots__ = ()
try:
    V().x = 1
except AttributeError as e:
    print("AE", e)
