# weakref.proxy: operations go to the referent; ReferenceError once it died.
import re
import weakref


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x..', s)


def show(f):
    try:
        r = f()
    except Exception as e:
        print('%s: %s' % (type(e).__name__, addr(str(e))))
    else:
        print(addr(repr(r)))


class C:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]

    def m(self):
        return 'm'

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, k, v):
        print('set', k, v)

    def __delitem__(self, k):
        print('del', k)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v == 5

    def __add__(self, o):
        return ('add', o)

    def __radd__(self, o):
        return ('radd', o)

    def __iadd__(self, o):
        self.x += o
        return self

    def __neg__(self):
        return 'neg'

    def __abs__(self):
        return 'abs'

    def __eq__(self, o):
        return 'eq'

    def __lt__(self, o):
        return 'lt'

    def __hash__(self):
        return 7

    def __str__(self):
        return 'str of C'

    def __bool__(self):
        return False

    def __index__(self):
        return 4

    def __int__(self):
        return 5

    def __float__(self):
        return 2.5

    def __call__(self, *a, **k):
        return a, k


class V:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, o):
        return ('divmod', self.v, o if type(o) is int else o.v)

    def __rdivmod__(self, o):
        return ('rdivmod', self.v, o)


c = C()
p = weakref.proxy(c)
v = V(3)
pv = weakref.proxy(v)
print(type(p).__name__, type(p) is weakref.CallableProxyType)
print(p.x, p.m(), len(p), p[3], list(p), 5 in p, 4 in p)
print(p + 1, 1 + p, -p, abs(p), p == 1, p < 1, bool(p), str(p))
print(int(p), float(p), [0, 1, 2, 3, 4, 5][p], p(1, k=2))
print(divmod(pv, 2), divmod(7, pv), divmod(pv, pv))
show(lambda: divmod(pv, 'x'))
show(lambda: divmod(p, 2))
print(isinstance(p, C), p.__class__ is C, type(p) is C)
show(lambda: hash(p))
p.y = 5
print(c.y)
del p.y
print(hasattr(c, 'y'))
p[1] = 2
del p[1]
q = p
q += 3  # the referent's __iadd__ result: q is now c itself
print(q is c, c.x)
print(addr(repr(p)))
print(weakref.proxy(c) is p, weakref.proxy(c, None) is p, weakref.proxy(c, print) is p)
print(weakref.getweakrefcount(c), weakref.ref(c) in weakref.getweakrefs(c))
print(sorted(n for n in dir(p) if not n.startswith('__')))

print('-- a non-callable referent')
class D:
    z = 5

    def __bytes__(self):
        return b'bytes of D'

    def __reversed__(self):
        return 'reversed'

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration
dd = D()
pd = weakref.proxy(dd)
print(type(pd).__name__, pd.z, iter(pd) is dd, pd == dd, pd != pd, bool(pd))
print(bytes(pd), reversed(pd), sorted(n for n in dir(pd) if not n.startswith('__')))
show(lambda: next(pd))
show(lambda: pd + 1)
show(lambda: 1 - pd)
show(lambda: len(pd))
show(lambda: pd())
show(lambda: pd[0])
show(lambda: -pd)
show(lambda: hash(pd))
class E:
    pass
e = E()
pe = weakref.proxy(e)
show(lambda: next(pe))
show(lambda: pe.missing)

print('-- proxies to builtin objects')
s = {1, 2}
ps = weakref.proxy(s)
ps.add(3)
print(len(ps), 3 in ps, sorted(ps), ps == {1, 2, 3}, ps | {4} == {1, 2, 3, 4})
def f(a, b=2):
    return a + b
pf = weakref.proxy(f)
print(type(pf).__name__, pf(1), pf(1, b=5), pf.__name__)

print('-- once the referent died')
del dd
for op in [lambda: pd.z, lambda: bool(pd), lambda: str(pd), lambda: pd == 1,
           lambda: len(pd), lambda: pd + 1, lambda: 1 + pd, lambda: iter(pd), lambda: next(pd),
           lambda: 1 in pd, lambda: pd[0], lambda: setattr(pd, 'z', 1), lambda: -pd,
           lambda: int(pd), lambda: isinstance(pd, D)]:
    show(op)
show(lambda: hash(pd))
print(addr(repr(pd)))
del c, q
show(lambda: p())
show(lambda: p.x)
print(addr(repr(p)))

print('-- callbacks, types, errors')
o = E()
pc = weakref.proxy(o, lambda w: print('proxy callback', type(w).__name__))
del o
show(lambda: weakref.proxy())
show(lambda: weakref.proxy(1))
show(lambda: weakref.proxy([]))
show(lambda: weakref.proxy(E(), None, 1))
show(lambda: weakref.proxy(E(), callback=None))
show(lambda: weakref.ProxyType(E()))
show(lambda: weakref.CallableProxyType(E()))
def subclass():
    class P(weakref.ProxyType):
        pass
show(subclass)
e = E()
show(lambda: weakref.ref(weakref.proxy(e)))
show(lambda: weakref.proxy(weakref.proxy(e)))
print(weakref.ProxyTypes, weakref.ProxyType.__name__, weakref.CallableProxyType.__qualname__)
