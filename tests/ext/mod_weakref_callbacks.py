# Weak reference callbacks: when and in which order they run, what they see,
# exceptions in them, and the cycle collector's handling of references to
# garbage.
import gc
import sys
import weakref

gc.disable()  # cycles die at the gc.collect() calls only


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'C(%s)' % self.name


def reporter(tag):
    def cb(wr):
        dead = wr() is None if type(wr) is not weakref.ProxyType else '-'
        print('callback', tag, dead, type(wr).__name__)
    return cb


print('-- order: newest first, after the shared ref and proxy')
c = C('c')
r1 = weakref.ref(c, reporter(1))
r2 = weakref.ref(c, reporter(2))
shared = weakref.ref(c)
prox = weakref.proxy(c)
r3 = weakref.ref(c, reporter(3))
p4 = weakref.proxy(c, reporter('proxy 4'))
print(weakref.getweakrefs(c) == [shared, prox, p4, r3, r2, r1], weakref.getweakrefcount(c))
del c
print('after del', shared(), weakref.getweakrefcount(shared))

print('-- a reference that dies first never calls back')
c = C('c')
r1 = weakref.ref(c, reporter('kept'))
r2 = weakref.ref(c, reporter('dropped'))
del r2
del c

print('-- the callback receives the reference, and can drop others')
holder = {}
c = C('c')
def drop_other(wr):
    print('drop_other runs; removing r_old')
    del holder['old']
holder['old'] = weakref.ref(c, reporter('old'))
holder['new'] = weakref.ref(c, drop_other)
del c
print(sorted(holder))

print('-- exceptions in callbacks are reported, not raised')
def bad(wr):
    raise ValueError('from a callback')
c = C('c')
r1 = weakref.ref(c, reporter('after bad'))
r2 = weakref.ref(c, bad)
del c
print('still running')
try:
    raise KeyError('pending')
except KeyError:
    c = C('c')
    r3 = weakref.ref(c, bad)
    r4 = weakref.ref(c, reporter('during except'))
    del c
    print('current exception:', repr(sys.exc_info()[1]))
r5 = weakref.ref(C('x'), 42)  # not callable: reported when called
print('not callable ok')

print('-- __del__ runs first, with the references still alive')
class Fin:
    def __del__(self):
        print('__del__', wr() is self)
f = Fin()
wr = weakref.ref(f, reporter('Fin'))
del f

print('-- kinds of referents')
def make_func():
    return lambda: 1
def gen():
    yield 1
cases = [('function', make_func), ('generator', gen), ('set', set),
         ('bound method', lambda: C('m').__repr__), ('code', lambda: compile('1', 'c', 'eval'))]
for name, make in cases:
    o = make()
    w = weakref.ref(o, reporter(name))
    del o
g = gen()
next(g)
wg = weakref.ref(g, reporter('started generator'))
del g

print('-- callbacks and the cycle collector')
a, b = C('a'), C('b')
a.other, b.other = b, a
ra = weakref.ref(a, reporter('a'))
rb = weakref.ref(b, reporter('b'))
del a, b
print('before collect', ra() is not None)
gc.collect()
print('after collect', ra(), rb())

# A reference that is itself garbage is cleared without its callback.
class Holder:
    pass
h = Holder()
h.me = h
t = C('t')
h.ref = weakref.ref(t, reporter('garbage ref'))
del h
gc.collect()
del t
print('t gone, no callback')

# A reference held by its referent, in a cycle: both garbage, no callback.
x = C('x')
x.me = x
x.ref = weakref.ref(x, reporter('self ref'))
del x
gc.collect()
print('x gone, no callback')

# A live reference to garbage whose callback is a method of a live object.
class Watcher:
    def __init__(self):
        self.seen = []

    def died(self, wr):
        self.seen.append(wr() is None)
w = Watcher()
y = C('y')
y.me = y
wy = weakref.ref(y, w.died)
del y
gc.collect()
print('watcher saw', w.seen)

# Callbacks may allocate, make references and run the collector.
keep = []
def busy(wr):
    o = C('new')
    keep.append(weakref.ref(o))
    keep.append(o)
    print('busy callback', gc.collect() >= 0, wr() is None)
z = C('z')
z.me = z
wz = weakref.ref(z, busy)
del z
gc.collect()
print(keep[0]() is keep[1])

# __del__ of garbage runs after the callbacks of references to it.
class FinCycle:
    def __del__(self):
        print('__del__ of cycle', wf() is None)
f = FinCycle()
f.me = f
wf = weakref.ref(f, reporter('FinCycle'))
del f
gc.collect()

# A class and its instances die at a collection.
def make_class():
    class K:
        def method(self):
            pass
    return K
K = make_class()
wk = weakref.ref(K, reporter('class'))
wm = weakref.ref(K.method, reporter('function in class'))
del K
gc.collect()
print('classes collected', wk(), wm())

print('-- callbacks of references held by dying containers')
class Node:
    pass
n = Node()
refs = [weakref.ref(n, reporter(i)) for i in range(3)]
del refs[1]
del n
print('done')
