# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize.
import collections.abc
import copy
import gc
import re
import weakref

gc.disable()  # cycles die at the gc.collect() calls only


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x..', s)


def show(f):
    try:
        r = f()
    except Exception as e:
        print('%s: %s' % (type(e).__name__, addr(str(e))))


def error_type(f):
    # For errors whose message names a weak reference: whether its referent
    # is still alive then depends on how long tracebacks keep frames.
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
    else:
        print(addr(repr(r)))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name

    def method(self, x=0):
        return '%s.method(%s)' % (self.name, x)


class Key(Obj):
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


print('-- WeakValueDictionary')
a, b, c = Obj('a'), Obj('b'), Obj('c')
d = weakref.WeakValueDictionary({'a': a}, b=b)
d['c'] = c
print(len(d), sorted(d.keys()), d['a'], 'a' in d, 'z' in d, d.get('z', 'default'))
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.name for v in d.values()))
print(isinstance(d, collections.abc.MutableMapping), addr(repr(d)))
del b
print(len(d), sorted(d), 'b' in d, d.get('b'))
show(lambda: d['b'])
d['a'] = c  # a key takes a new value; the old one's death must not remove it
del a
print(len(d), d['a'])
show(lambda: d.pop('zz'))
print(d.pop('zz', 'dflt'), d.pop('a'), len(d))
print(d.setdefault('c', 'unused'), d.setdefault('n', c), len(d))
refs = d.valuerefs()
print(len(refs), sorted(r.key for r in refs), type(refs[0]).__name__)
print(sorted(r.key for r in d.itervaluerefs()))
k, v = d.popitem()
print(k in ('c', 'n'), v is c, len(d))
d2 = d.copy()
print(type(d2).__name__, dict(d2) == dict(d))
e = Obj('e')
print(sorted((d | {'e': e}).keys()), sorted(({'x': e} | d).keys()))
d |= {'e': e}
print(sorted(d))
show(lambda: d | 5)
del c
print(sorted(d), len(d))
dc = copy.deepcopy(d)
print(sorted(dc), dc['e'] is e)
dd = copy.copy(d)
print(sorted(dd))
del e
print(len(d), len(dc), len(dd))
show(lambda: d.popitem())
show(lambda: weakref.WeakValueDictionary({1: 2}))
d = weakref.WeakValueDictionary([(1, Obj('kept'))])
print(len(d))
# Values that die while the dictionary is iterated are removed afterwards.
objs = [Obj(i) for i in range(5)]
d = weakref.WeakValueDictionary((o.name, o) for o in objs)
seen = []
for key in d:
    seen.append(key)
    if key == 1:
        del objs[3], objs[2]
        print('during iteration', len(d.data))
print(seen, len(d), len(d.data), sorted(d))
try:  # most methods remove dead entries at once, even during an iteration
    for key in d:
        if key == 1:
            del objs[2]
            print('len', len(d))
except RuntimeError as e:
    print('RuntimeError:', e)
objs.append(Obj(3))
d[3] = objs[-1]
it = iter(d)
next(it)
objs.pop()
print(len(d), len(d.data))
del it
print(len(d), len(d.data), sorted(d))
print(d == {0: objs[0], 1: objs[1]}, d != {})

print('-- WeakKeyDictionary')
k1, k2, k3 = Key('k1'), Key('k2'), Key('k3')
d = weakref.WeakKeyDictionary({k1: 1})
d[k2] = 2
d.update([(k3, 3)])
print(len(d), sorted(k.name for k in d), d[k1], d.get(k3), d.get(Key('zz'), 'no'))
print(Key('k1') in d, k1 in d, 1 in d, [] in d, addr(repr(d)))
print(sorted(d.values()), sorted((k.name, v) for k, v in d.items()))
error_type(lambda: d[Key('zz')])
show(lambda: d[1])
show(lambda: d.get([]))
d[Key('k1')] = 10  # an equal key: the first key object stays
print(d[k1], len(d))
del k2
print(len(d), sorted(k.name for k in d))
print(d.pop(k3), d.pop(Key('gone'), 'dflt'), len(d))
error_type(lambda: d.pop(Key('gone')))
print(d.setdefault(k1, 99), d.setdefault(k3, 33), len(d))
print(sorted(r().name for r in d.keyrefs()))
k, v = d.popitem()
print(k.name, v, len(d))
del d[k1]
print(len(d))
show(lambda: d.popitem())
d = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(4)]
for i, k in enumerate(keys):
    d[k] = i * 10
d2 = d.copy()
dc = copy.deepcopy(d)
print(len(d2), len(dc), d2[keys[1]], dc[keys[2]])
seen = []
for k in d:
    seen.append(k.name)
    if k.name == 0:
        del keys[1]
        print('during iteration', len(d))
print(seen, len(d), len(d2), sorted(k.name for k in d))
print(sorted(k.name for k in (d | {keys[0]: 'new'})), (d | {keys[0]: 'new'})[keys[0]])
show(lambda: d | 1)

print('-- WeakSet')
x, y, z = Obj('x'), Obj('y'), Obj('z')
s = weakref.WeakSet([x, y])
s.add(z)
s.add(x)
print(len(s), sorted(o.name for o in s), x in s, Obj('q') in s, 1 in s)
print(isinstance(s, collections.abc.MutableSet), isinstance(s, collections.abc.Set))
del y
print(len(s), sorted(o.name for o in s))
s.discard(z)
s.discard(Obj('nope'))
print(len(s))
error_type(lambda: s.remove(Obj('nope')))
show(lambda: s.add(1))
show(lambda: weakref.WeakSet([1]))
s.remove(x)
show(lambda: s.pop())
w, v = Obj('w'), Obj('v')
s1 = weakref.WeakSet([x, z, w])
s2 = weakref.WeakSet([z, w, v])
def names(ws):
    return sorted(o.name for o in ws)
print(names(s1 | s2), names(s1 & s2), names(s1 - s2), names(s1 ^ s2))
print(names(s1.union([v])), names(s1.intersection([x, v])), names(s1.difference([x])))
print(names(s1.symmetric_difference([x, v])), s1.isdisjoint([v]), s1.isdisjoint(s2))
print(s1 == weakref.WeakSet([w, z, x]), s1 == {x, z, w}, s1 != s2)
print(weakref.WeakSet([x]) <= s1, s1 <= s1, s1 < s1, weakref.WeakSet([x]) < s1, s1 >= [x], s1 > [x])
print(s1.issubset([x, z, w, v]), s1.issuperset([x]))
t = s1.copy()
t -= [x]
t |= [v]
t &= [w, v, z]
t ^= [x, z]
print(names(t), names(s1))
t.intersection_update([x])
t.difference_update([])
t.symmetric_difference_update([w])
t.update([v])
print(names(t))
t.clear()
print(len(t))
t = copy.copy(s1)
print(names(t), type(t).__name__)
show(lambda: hash(s1))
print(weakref.WeakSet[int])
ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
ws.update(items)
for o in ws:
    if o is not None:
        # Two others die; the set's order depends on the objects' hashes.
        victims = [i for i in items if i is not o][:2]
        items = [i for i in items if i not in victims]
        del victims
        print('during iteration', len(ws), len(ws.data))
        o = None
print(len(ws), len(ws.data), len(items))
try:  # mutating methods remove dead entries at once, even during an iteration
    for o in ws:
        items.pop()
        ws.discard(Obj('absent'))
except RuntimeError as e:
    print('RuntimeError:', e)

print('-- WeakMethod')
o = Obj('o')
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, type(wm).__name__, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(o.method, lambda r: print('WeakMethod callback', r() is None))
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
show(lambda: weakref.WeakMethod(len))
show(lambda: weakref.WeakMethod(Obj.method))
del o
print(wm(), wm2(), wm == wm2, wm == wm)
def make():
    class Temp:
        def f(self):
            return 'f'
    return Temp()
t = make()
wm3 = weakref.WeakMethod(t.f, lambda r: print('method class died'))
print(wm3()())
del t
print(wm3())
gc.collect()

print('-- finalize')
o = Obj('fin')
f = weakref.finalize(o, print, 'finalized', o.name, sep=': ')
print(f.alive, f.atexit, addr(repr(f)))
print(f.peek()[0] is o, f.peek()[1:])
del o
print(f.alive, f.peek(), f.detach(), addr(repr(f)))
o = Obj('called')
f = weakref.finalize(o, lambda *a, **k: ('result', a, k), 1, two=2)
print(f(), f(), f.alive)
o = Obj('detached')
f = weakref.finalize(o, print, 'never')
obj, func, args, kwargs = f.detach()
print(obj is o, func is print, args, kwargs, f.alive, f.detach())
del o
o2 = Obj('cycle')
o2.me = o2
weakref.finalize(o2, print, 'finalizer of a collected cycle')
del o2
gc.collect()
show(lambda: weakref.finalize(1, print))
def failing():
    raise RuntimeError('in a finalizer')
o = Obj('failing')
f = weakref.finalize(o, failing)
del o
print('after failing finalizer', f.alive)
f.atexit = False
print(f.atexit)

print('-- finalizers alive at exit run, newest first')
keep = [Obj('exit1'), Obj('exit2'), Obj('skipped')]
weakref.finalize(keep[0], print, 'at exit', 1)
weakref.finalize(keep[1], print, 'at exit', 2)
weakref.finalize(keep[2], print, 'not at exit').atexit = False
print('end of script')
