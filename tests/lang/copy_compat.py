# copy/deepcopy of nested containers, shared and recursive references, user classes.
import copy
a = [1, [2, 3], {"k": [4]}, (5, [6])]
b = copy.copy(a); c = copy.deepcopy(a)
b[1].append(9); print(a, c, b is a, b[1] is a[1], c[1] is a[1], c[3] is a[3])
t = (1, 2, "x"); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2)
shared = [1]; s = [shared, shared]; ds = copy.deepcopy(s); print(ds[0] is ds[1], ds[0] is shared)
rec = [1]; rec.append(rec); dr = copy.deepcopy(rec); print(dr[1] is dr, dr is rec)
class Plain:
    def __init__(self, v): self.v = v; self.l = [v]
p = Plain(3); pc = copy.copy(p); pd = copy.deepcopy(p)
print(pc.l is p.l, pd.l is p.l, pd.v, type(pd).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__"); return Custom(self.v + [1])
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
x = Custom([1]); print(copy.copy(x).v, copy.deepcopy(x).v)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(Slotted()); print(s2.a, s2.b)
class WithState:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x * 10}
    def __setstate__(self, st): self.x = st["x"] + 1
print(copy.deepcopy(WithState()).x, copy.copy(WithState()).x)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a * 2,))
print(copy.copy(R(2)).a, copy.deepcopy(R(2)).a)
d = {"a": {"b": [1, 2]}, 1: (3,)}; dd = copy.deepcopy(d); dd["a"]["b"].append(3); print(d, dd)
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset([1])), copy.deepcopy(range(3)), copy.deepcopy(None), copy.deepcopy(len) is len)
print(copy.deepcopy(Plain) is Plain, copy.copy(3.5), copy.deepcopy("s"), copy.deepcopy(b"b"), copy.deepcopy(bytearray(b"x")))
from collections import OrderedDict, defaultdict, namedtuple, deque, Counter
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(defaultdict(list, a=[1])), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.deepcopy(Counter("aab")))
NT = namedtuple("NT", "a b"); print(copy.deepcopy(NT(1, [2])), copy.copy(NT(1, 2)))
class Sub(list):
    pass
sl = Sub([1, [2]]); sl.attr = 5; cs = copy.deepcopy(sl); print(type(cs).__name__, cs, cs.attr)
class DSub(dict): pass
print(type(copy.copy(DSub(a=1))).__name__, copy.deepcopy(DSub(a=[1])))
import functools
pp = functools.partial(max, 1); print(copy.deepcopy(pp)(5), copy.copy(pp).args)
class Node:
    def __init__(self): self.parent = None; self.children = []
root = Node(); ch = Node(); ch.parent = root; root.children.append(ch)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2)
memo = {}; l = [1]; copy.deepcopy([l, l], memo); print(len(memo) > 0)
try:
    import threading
except ImportError:
    pass
class NoCopy:
    def __reduce_ex__(self, proto): raise TypeError("cannot pickle 'NoCopy' object")
try:
    copy.deepcopy(NoCopy())
except TypeError as e:
    print("TypeError", e)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
def fn(): pass
print(copy.deepcopy(fn) is fn, copy.copy(fn) is fn)
import enum
class E(enum.Enum):
    A = [1]
print(copy.deepcopy(E.A) is E.A)
print(copy.deepcopy(10**30))
gen = (i for i in range(2))
try:
    copy.deepcopy(gen)
except TypeError as e:
    print("TypeError", e)

# Set and frozenset subclasses: items, instance attributes and __init__ kept.
class S(set): pass
class F(frozenset): pass
class SI(set):
    def __init__(self, items=(), tag='t'):
        super().__init__(items); self.tag = tag
class L(list): pass
class D(dict): pass
for cls in (S, F, L, D, SI):
    x = cls([1, 2]) if cls not in (D,) else cls(a=1)
    x.attr = [5]
    y = copy.deepcopy(x); z = copy.copy(x)
    print(cls.__name__, type(y).__name__, sorted(y), y.attr, y.attr is x.attr, type(z).__name__, sorted(z), z.attr is x.attr, getattr(z, 'tag', None))
class T:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __deepcopy__(self, memo): return T(self.v + 1)
for cls in (set, frozenset, S, F):
    s = cls([T(10)])
    d = copy.deepcopy(s)
    print(cls.__name__, [e.v for e in d], type(d).__name__)

# deque and partial copies go through their __reduce__ (partial: __setstate__).
import copy, functools
from collections import deque
class D(deque): pass
d = D([1, [2]], 4); d.a = [1]
for f in (copy.copy, copy.deepcopy):
    e = f(d); print(type(e).__name__, e, e.maxlen, getattr(e, 'a', None), e[1] is d[1])
p = functools.partial(max, [1], key=len); p.tag = [0]
for f in (copy.copy, copy.deepcopy):
    q = f(p); print(q.func, q.args, q.keywords, q.tag, q.args[0] is p.args[0], q.tag is p.tag)
print(p.__reduce__()[0].__name__, deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3])
q = functools.partial(min)
q.__setstate__((max, (1,), None, None)); print(q(5), q.keywords)
for bad in (1, (1, 2, 3, 4), (max, [1], None, None), (max, (), 1, None)):
    try: q.__setstate__(bad)
    except TypeError as e: print('TypeError', e)
