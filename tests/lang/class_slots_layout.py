# __slots__ with inheritance, copies, GC, builtin bases; a class's __base__ is
# the base whose layout it extends (class C(A, list) is a list underneath).
import copy, gc


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


p = P(1, [2])
try:
    vars(p)
except TypeError as e:
    print("TE", e)
try:
    p.__dict__
except AttributeError as e:
    print("AE", e)
print(sorted(n for n in dir(p) if not n.startswith("__")))
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, repr(P.y))
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.y.__set__(p, 5)
print(p.y)
P.y.__delete__(p)
print(hasattr(p, "y"))
try:
    P.x.__get__(3, int)
except TypeError as e:
    print("TE", e)
try:
    P.x.__set__(3, 1)
except TypeError as e:
    print("TE", e)

# copies
q = P([1, 2], {"a": 1})
c = copy.copy(q)
d = copy.deepcopy(q)
print(c, d, c.x is q.x, d.x is q.x, d.x == q.x)
r = P(1, 2)
del r.y
print(copy.copy(r).x, hasattr(copy.copy(r), "y"))


# private names are mangled
class M:
    __slots__ = ("__hidden", "shown")

    def __init__(self):
        self.__hidden = 1
        self.shown = 2

    def get(self):
        return self.__hidden


m = M()
print(m.get(), m._M__hidden, sorted(k for k in M.__dict__ if "hidden" in k or k == "shown"))


# slots with a dict, inheritance, multiple inheritance
class Base:
    __slots__ = ("a",)


class WithDict(Base):
    __slots__ = ("b", "__dict__")


w = WithDict()
w.a, w.b, w.c = 1, 2, 3
print(w.a, w.b, w.c, w.__dict__)


class Plain(Base):
    pass


pl = Plain()
pl.a = 1
pl.z = 2
print(pl.a, pl.z, pl.__dict__)


class Mixin:
    __slots__ = ()


class Both(Mixin, Base):
    __slots__ = ("c",)


b = Both()
b.a, b.c = 1, 2
print(b.a, b.c, Both.__base__.__name__, Both.__mro__[1].__name__)


class Other:
    __slots__ = ("o",)


try:
    class Bad(Base, Other):
        pass
except TypeError as e:
    print("TE", e)


# errors at class creation
for slots in [(1,), ("not an id",), ("a", "__dict__", "__dict__"), 5]:
    try:
        class E:
            __slots__ = slots
        print("created", E.__slots__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class I(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TE", e)


class IE(int):
    __slots__ = ()


print(IE(5) + 1, hasattr(IE(5), "__dict__"))
try:
    IE(5).q = 1
except AttributeError as e:
    print("AE", e)


class T(tuple):
    __slots__ = ()


print(T((1, 2)), hasattr(T(), "__dict__"))


class L(list):
    __slots__ = ("tag",)


l = L([1, 2])
l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))


class Ex(Exception):
    __slots__ = ("code",)


ex = Ex("msg")
ex.code = 3
print(ex, ex.code, ex.args)

# a list subclass after a plain mixin keeps list's layout and frees its items
class A:
    pass


class C(A, list):
    pass


cl = C([1, 2, 3])
cl.attr = 1
print(cl, len(cl), cl.attr, C.__base__.__name__)


class D(A, dict):
    pass


dd = D(k=1)
dd.attr = 2
print(dd, dd.attr, D.__base__.__name__)

# cycles through slots are collected
class Node:
    __slots__ = ("other", "payload", "__weakref__")


n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
n1.payload = [n1]
del n1, n2
print(gc.collect() >= 2)

# __class__ assignment between compatible slotted classes
class S1:
    __slots__ = ("v",)


class S2:
    __slots__ = ("v",)


s = S1()
s.v = 1
try:
    s.__class__ = S2
    print("assigned", type(s).__name__, s.v)
except TypeError as e:
    print("TE", e)

# generator of names and a str
class G:
    __slots__ = iter(["g1", "g2"])


g = G()
g.g1 = 1
print(g.g1, G.__slots__.__class__.__name__)


class One:
    __slots__ = "only"


o = One()
o.only = 1
print(o.only, One.__slots__)
