# Errors of the weakref and _weakref modules: wrong arguments, objects that
# cannot be weakly referenced, misuse of the containers.
import _weakref
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
    def m(self):
        pass


c = C()
r = weakref.ref(c)

print('-- ref')
show(lambda: weakref.ref())
show(lambda: weakref.ref(c, None, 1))
show(lambda: weakref.ref(c, callback=None))
show(lambda: weakref.ref(c, foo=1))
show(lambda: weakref.ref(1, None, x=2))
show(lambda: r(1))
show(lambda: r(a=1))
show(lambda: weakref.ref.__new__(weakref.ref))
show(lambda: weakref.ref.__new__(int, c))
show(lambda: weakref.ref.__new__(C, c))
show(lambda: weakref.ref.__new__(weakref.ref, c) is r)
show(lambda: weakref.ref.__init__(r, c, x=1))
show(lambda: weakref.ref.__init__(r))
show(lambda: weakref.ref.__init__(r, 1, 2, 3))
show(lambda: weakref.ref.__init__(r, 5))
show(lambda: weakref.ref.__call__(c))
show(lambda: setattr(weakref.ref, 'x', 1))
show(lambda: setattr(r, 'x', 1))
show(lambda: r.__dict__)
show(lambda: weakref.ref(r))
show(lambda: r < r)
show(lambda: r > 1)
show(lambda: r + 1)
show(lambda: len(r))
show(lambda: iter(r))

print('-- module functions')
show(lambda: weakref.getweakrefcount())
show(lambda: weakref.getweakrefcount(c, 1))
show(lambda: weakref.getweakrefcount(x=1))
show(lambda: weakref.getweakrefs())
show(lambda: weakref.getweakrefs(c, 1))
show(lambda: weakref.getweakrefcount(1))
show(lambda: weakref.getweakrefs(None))
show(lambda: weakref.proxy())
show(lambda: weakref.proxy(c, None, 1))
show(lambda: weakref.proxy(c, callback=None))
show(lambda: weakref.proxy(1))
print(_weakref.ref is weakref.ref, _weakref.ReferenceType is weakref.ReferenceType)
print(sorted(n for n in dir(_weakref) if not n.startswith('__') and n != '_remove_dead_weakref'))

print('-- WeakMethod')
show(lambda: weakref.WeakMethod(len))
show(lambda: weakref.WeakMethod(C.m))
show(lambda: weakref.WeakMethod(c))
show(lambda: weakref.WeakMethod(c.m, None, 1))
show(lambda: weakref.WeakMethod())
show(lambda: hash(weakref.WeakMethod(c.m)) == hash(c.m))

print('-- finalize')
show(lambda: weakref.finalize(1, print))
show(lambda: weakref.finalize(c))
show(lambda: weakref.finalize())
show(lambda: weakref.finalize(c, print).alive)

print('-- containers')
d = weakref.WeakValueDictionary()
show(lambda: d.__setitem__('k', 1))
show(lambda: d.__setitem__('k', []))
show(lambda: d['missing'])
show(lambda: d.pop('missing'))
show(lambda: d.popitem())
def del_item(m, k):
    del m[k]
show(lambda: del_item(d, 'missing'))
show(lambda: weakref.WeakValueDictionary(1))
show(lambda: weakref.WeakValueDictionary({}, {}))
show(lambda: d | [1])
k = weakref.WeakKeyDictionary()
show(lambda: k.__setitem__(1, 'v'))
show(lambda: k.__setitem__([], 'v'))
class Unhashable:
    __hash__ = None
show(lambda: k.__setitem__(Unhashable(), 'v'))
show(lambda: k[1])
show(lambda: k[c])
show(lambda: del_item(k, c))
show(lambda: k.popitem())
show(lambda: k.setdefault(1))
show(lambda: weakref.WeakKeyDictionary([1]))
print(1 in k, [] in k, c in k)
s = weakref.WeakSet()
show(lambda: s.add(1))
show(lambda: s.add(Unhashable()))
show(lambda: s.pop())
show(lambda: weakref.WeakSet(1))
show(lambda: weakref.WeakSet([1]))
show(lambda: s | [1])
show(lambda: s <= [1])
show(lambda: s.remove(1))
show(lambda: s.discard(1))
show(lambda: s < 1)
print(1 in s, s == 1, s != 1, s == set())
