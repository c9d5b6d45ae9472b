# weakref.ref: calling, sharing, repr, hash and equality, __callback__,
# __weakref__, which objects can be weakly referenced, subclasses.
import collections
import functools
import gc
import io
import re
import types
import weakref

gc.disable()  # cycles die at the gc.collect() calls only


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x..', s)


def show(f):
    try:
        r = f()
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
    else:
        print(addr(repr(r)))


class C:
    def m(self):
        return 'm'


print('-- calling, sharing')
c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.ref(c, None) is r)
r2 = weakref.ref(c, lambda w: None)
print(r2 is r, r2() is c, r2 == r)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r2])
print(c.__weakref__ is r, C().__weakref__)
print(type(r) is weakref.ReferenceType is weakref.ref, isinstance(r, weakref.ref))
del c
print(r(), r2(), weakref.getweakrefcount(r), addr(repr(r)))

print('-- repr')
c = C()
show(lambda: weakref.ref(c))
def func():
    pass
show(lambda: weakref.ref(func))
show(lambda: weakref.ref(C))
show(lambda: weakref.ref(len))
show(lambda: weakref.ref(io))
class Named:
    __name__ = 'the name'
class NotStrName:
    __name__ = 42
class PropName:
    @property
    def __name__(self):
        raise AttributeError('no name')
n1, n2, n3 = Named(), NotStrName(), PropName()
show(lambda: weakref.ref(n1))
show(lambda: weakref.ref(n2))
show(lambda: weakref.ref(n3))
show(lambda: weakref.ref(Named()))

print('-- hash and equality')
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

a, b, a2 = V(1), V(2), V(1)
ra, rb, ra2 = weakref.ref(a), weakref.ref(b), weakref.ref(a2)
print(ra == ra2, ra != ra2, ra == rb, ra != rb, ra == 1, ra != 'x')
print(hash(ra) == hash(1), hash(rb) == hash(2))
d = {ra: 'a', rb: 'b'}
print(d[ra2], weakref.ref(b) in d)
del a
print(ra == ra2, ra == ra, ra != ra2, hash(ra) == hash(1))
show(lambda: hash(weakref.ref(V(3))))
class Unhashable:
    def __eq__(self, other):
        return False
u = Unhashable()
show(lambda: hash(weakref.ref(u)))
show(lambda: ra < rb)
show(lambda: ra <= 1)
show(lambda: sorted([rb, ra2]))

print('-- __callback__')
def cb(w):
    print('cb', w() is None, w.__callback__)
c = C()
r = weakref.ref(c, cb)
print(r.__callback__ is cb, weakref.ref(c).__callback__)
del c
print(r.__callback__)
show(lambda: setattr(r, '__callback__', cb))
show(lambda: delattr(r, '__callback__'))
show(lambda: r.something)

print('-- __weakref__ and class dicts')
class Plain:
    pass
class WithDoc:
    'doc'
    x = 1
class WithEq:
    def __eq__(self, other):
        return True
class Slotted:
    __slots__ = ('x', '__weakref__', 'y')
class SlottedDict:
    __slots__ = ('__dict__',)
class Sub(Plain):
    pass
class Err(Exception):
    pass
class Meta(type):
    pass
for k in (Plain, WithDoc, WithEq, Slotted, SlottedDict, Sub, Err, Meta):
    print(k.__name__, list(k.__dict__))
print(addr(repr(Plain.__weakref__)), '__weakref__' in dir(Plain()))
p = Plain()
print(p.__weakref__)
rp = weakref.ref(p)
print(p.__weakref__ is rp)
show(lambda: setattr(p, '__weakref__', 1))
s = Slotted()
print(s.__weakref__, weakref.ref(s)() is s)
print(sorted(vars(Plain)))

print('-- what can be weakly referenced')
def gen():
    yield 1
class Sl:
    __slots__ = ('a',)
class SlW:
    __slots__ = ('a', '__weakref__')
class SlD:
    __slots__ = ('__dict__',)
class SubStr(str):
    pass
class SubInt(int):
    pass
class SubTuple(tuple):
    pass
class SubBytes(bytes):
    pass
class SubList(list):
    pass
class SubDict(dict):
    pass
class SubFloat(float):
    pass
class SubSet(set):
    pass
class SubFrozen(frozenset):
    pass
Point = collections.namedtuple('Point', 'x y')
class RefSub(weakref.ref):
    pass
yes = [
    ('set', set), ('frozenset', frozenset), ('function', lambda: lambda: 0),
    ('generator', gen), ('code', lambda: compile('1', 's', 'eval')), ('instance', C),
    ('bound method', lambda: C().m), ('builtin method', lambda: [].append),
    ('partial', lambda: functools.partial(print)), ('deque', collections.deque),
    ('module', lambda: types.ModuleType('m')), ('StringIO', io.StringIO),
    ('BytesIO', io.BytesIO), ('exception subclass', Err), ('str subclass', SubStr),
    ('list subclass', SubList), ('dict subclass', SubDict), ('float subclass', SubFloat),
    ('set subclass', SubSet), ('frozenset subclass', SubFrozen),
    ('slots with __weakref__', SlW), ('ref subclass', lambda: RefSub(C())),
]
for name, make in yes:
    o = make()
    w = weakref.ref(o)
    alive = w() is o
    del o
    print(name, alive, w())
# Classes live in cycles: they go at a collection.
k = type('K', (), {})
wk = weakref.ref(k)
del k
print('class', wk() is not None, gc.collect() > 0, wk())
print('builtin function', weakref.ref(len)() is len, 'type', weakref.ref(int)() is int)
no = [1, None, 'str', [], {}, (), 1.5, b'', bytearray(), object(), range(3), slice(1),
      property(), staticmethod(len), ValueError(), SubInt(1), SubTuple(), SubBytes(),
      Point(1, 2), Sl(), SlD(), iter([]), enumerate([]), zip(), map(len, []), Ellipsis,
      NotImplemented, True, 2 ** 100, super(C, C()), weakref.ref(C), weakref.proxy(C)]
for o in no:
    show(lambda: weakref.ref(o))

print('-- __slots__ and __weakref__')
def make_class(bases, slots):
    try:
        k = type('T', bases, {'__slots__': slots})
    except TypeError as e:
        print('TypeError:', e)
    else:
        try:
            weakref.ref(k())
            print('weakly referenceable', '__weakref__' in k.__dict__)
        except TypeError as e:
            print(e, '__weakref__' in k.__dict__)
make_class((), ('__weakref__',))
make_class((), ('__weakref__', '__weakref__'))
make_class((SlW,), ('__weakref__',))
make_class((SlW,), ())
make_class((int,), ('__weakref__',))
make_class((tuple,), ('__weakref__',))
make_class((str,), ('__weakref__',))
make_class((Sl,), ())
make_class((Sl,), ('b', '__weakref__'))
class X:
    __slots__ = ()
class Y:
    pass
make_class((X, Y), ())
make_class((Y, X), ())
make_class((X,), ())
print(list(type('T', (), {'__slots__': ('b', '__weakref__')}).__dict__))

print('-- __class__ assignment')
class P1:
    pass
class P2:
    pass
p = P1()
rp = weakref.ref(p, lambda w: print('p died'))
p.__class__ = P2
print(rp() is p)
del p
print(rp())
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x', '__weakref__')
show(lambda: setattr(S1(), '__class__', S2))

print('-- subclasses of ref')
class NamedRef(weakref.ref):
    pass
c = C()
n1, n2 = NamedRef(c), NamedRef(c)
n1.label = 'one'
print(n1 is n2, n1 == n2, n1() is c, n1.label, type(n1).__name__)
print(weakref.getweakrefcount(c), weakref.ref(c) in weakref.getweakrefs(c))
class KeyRef(weakref.ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = KeyRef(c, lambda w: print('died', w.key, type(w).__name__), 'k1')
print(kr.key, kr() is c)
show(lambda: KeyRef(c, None, 'k', 'extra'))
show(lambda: NamedRef(c, None, 3))
show(lambda: weakref.ref(kr))
show(lambda: weakref.ref(n1) is weakref.ref(n1))
del c
print(n1(), kr())
class CallRef(weakref.ref):
    def __call__(self):
        o = super().__call__()
        return 'dead' if o is None else 'alive'
c = C()
cr = CallRef(c)
print(cr())
del c
print(cr())

print('-- the type')
print(weakref.ref.__name__, weakref.ref.__qualname__, weakref.ref.__module__)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__module__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.ref[int], weakref.ref.__call__.__name__)
print(sorted(n for n in weakref.__all__))

print('-- copy')
import copy
c = C()
r = weakref.ref(c)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
print(copy.deepcopy({'k': r, 'o': c})['k'] is r)
