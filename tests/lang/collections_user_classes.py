# UserDict, UserList, UserString: wrappers around a separate `data` container
# built on the collections.abc mixins, so that overrides are seen by the mixin methods.
import collections
import collections.abc as cabc
import copy
from collections import UserDict, UserList, UserString


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(type(r).__name__, repr(r))


print(UserDict, UserList, UserString, UserDict.__module__, UserDict.__name__)
print('UserDict' in dir(collections), 'UserString' in collections.__all__)
print(collections.UserDict is UserDict, getattr(collections, 'UserList') is UserList)
show(lambda: collections.NoSuchThing)

# --- UserDict
d = UserDict({'a': 1}, b=2)
print(d, repr(d), type(d.data).__name__, d.data, len(d), 'a' in d, 'z' in d)
print(isinstance(d, dict), isinstance(d, cabc.MutableMapping), isinstance(d, cabc.Mapping))
print(UserDict(), UserDict([('x', 1)]), UserDict(dict=3), UserDict(None), UserDict(a=None))
show(lambda: UserDict(1, 2))
show(lambda: UserDict(5))
show(lambda: d['z'])
print(d.get('a'), d.get('z'), d.get('z', 0), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(type(d.keys()).__name__, type(d.items()).__name__)
print(d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
d.update({'e': 5}, f=6)
d.update([('g', 7)])
print(d, d.popitem(), d)
del d['e']
show(lambda: d.__delitem__('e'))
print(d == {'a': 1, 'b': 2, 'f': 6}, d == UserDict(d), d != {}, d == [1])
show(lambda: hash(d))
e = UserDict()
show(lambda: e.popitem())
d.data['direct'] = 0
print(d, sorted(d))
d.clear()
print(d, d.data, bool(d), bool(UserDict(x=1)))

# | and |=
a, b = UserDict(x=1, y=2), UserDict(y=3, z=4)
print(a | b, a | {'w': 0}, {'w': 0} | a, type({'w': 0} | a).__name__, type(a | b).__name__)
show(lambda: a | [('q', 1)])
show(lambda: [('q', 1)] | a)
a |= b
a |= {'v': 5}
a |= [('u', 6)]
print(a)

# copy
print(d.copy(), type(d.copy()).__name__, UserDict.fromkeys('ab'), UserDict.fromkeys([1, 2], 0))
f = UserDict(k=[1])
f.extra = 'attr'
g, h = f.copy(), copy.copy(f)
print(g, h, g.data is f.data, h.data is f.data, h.data['k'] is f.data['k'], h.extra, vars(h))
deep = copy.deepcopy(f)
print(deep, deep.data['k'] is f.data['k'], deep.extra)


# A subclass's __getitem__/__setitem__ are used by get, setdefault, update, pop, ...
class Logged(UserDict):
    def __getitem__(self, key):
        print('  get', key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value * 10)

    def __delitem__(self, key):
        print('  del', key)
        super().__delitem__(key)


m = Logged({'a': 1}, b=2)
print(m)
print(m.get('a'), m.get('nope'))
print(m.setdefault('c', 3))
m.update(d=4)
print(m.pop('a'), m)
print(m.popitem())
print('b' in m, list(m.items()), list(m.values()))
mc = m.copy()
print(type(mc).__name__, mc, mc.data is m.data)
print(m == {'b': 20, 'c': 30, 'd': 40}, dict(m))
print(type(Logged.fromkeys('xy', 1)).__name__)
print(type(m | {'z': 1}).__name__)


# __missing__ is looked up on the class; `in` and get() only see data
class Missing(UserDict):
    def __missing__(self, key):
        return 'missing ' + repr(key)


mm = Missing(a=1)
print(mm['a'], mm['q'], 'q' in mm, mm.get('q'), mm.get('q', 0), len(mm), mm)
mm.__missing__ = lambda key: 'instance'  # not used: the class's is
print(mm['r'])
show(lambda: mm.pop('r'))


class CountingMissing(UserDict):
    def __missing__(self, key):
        self[key] = 0
        return 0


cm = CountingMissing()
for ch in 'abca':
    cm[ch] += 1
print(cm)


# a subclass with an __init__ of its own still copies
class WithInit(UserDict):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag


w = WithInit('t')
w['x'] = 1
wc = w.copy()
print(type(wc).__name__, wc, wc.tag, copy.copy(w), copy.copy(w).tag)

# --- UserList
u = UserList([3, 1, 2])
print(u, repr(u), type(u.data).__name__, len(u), isinstance(u, list), isinstance(u, cabc.MutableSequence))
print(UserList(), UserList('ab'), UserList(u), UserList(u).data is u.data, UserList((1, 2)))
show(lambda: UserList(5))
print(u[0], u[-1], u[1:], type(u[1:]).__name__, u[::-1], u[5:])
show(lambda: u[7])
u[0] = 9
u[1:2] = [7, 7]
print(u, u.count(7), u.index(7), u.index(2, 1), 7 in u, 5 in u)
show(lambda: u.index(42))
del u[0]
print(u)
u.append(4)
u.insert(0, 0)
u.extend([5, 6])
u.extend(UserList([8]))
u.extend(iter([10]))
print(u, u.pop(), u.pop(0), u)
u.remove(7)
show(lambda: u.remove(99))
u.sort()
print(u)
u.sort(key=lambda x: -x)
print(u)
u.sort(reverse=True)
u.reverse()
print(u, list(reversed(u)), list(iter(u)))
print(u + [1], [1] + u, u + UserList([0]), u + (9,), (9,) + u, type([1] + u).__name__)
show(lambda: u + 1)
show(lambda: u + None)
print(u * 2, 2 * u, type(2 * u).__name__, u * 0)
v = UserList([1])
alias = v
v += [2]
v += (3,)
v += UserList([4])
v *= 2
print(v, v is alias)
print(UserList([1, 2]) == [1, 2], UserList([1, 2]) == UserList([1, 2]), UserList([1]) != [1])
print(UserList([1]) < [2], UserList([1]) <= UserList([1]), UserList([2]) > [1], UserList([1]) >= [2])
print([1] < UserList([2]), UserList([1]) == (1,))
show(lambda: UserList([1]) < 3)
show(lambda: hash(UserList()))
c1 = UserList([[1]])
c1.tag = 'x'
c2, c3 = c1.copy(), copy.copy(c1)
print(c2, c3, c2.data is c1.data, c3.data is c1.data, c3.data[0] is c1.data[0], c3.tag)
print(copy.deepcopy(c1).data[0] is c1.data[0])
c1.clear()
print(c1, bool(c1), bool(UserList([0])))
e = UserList()
show(lambda: e.pop())


class Squares(UserList):
    def __getitem__(self, i):
        value = super().__getitem__(i)
        return value * value if isinstance(i, int) else value


sq = Squares([1, 2, 3])
# Iteration goes through __getitem__ (the Sequence mixin); list() too.
print(list(sq), [x for x in sq], sq[1:], type(sq[1:]).__name__, list(reversed(sq)))
print(type(sq + [4]).__name__, type(sq * 2).__name__, type(sq.copy()).__name__)
print(4 in sq, sq.index(2), max(sq), sorted(sq))

# --- UserString
s = UserString('Hello World')
print(s, repr(s), type(s.data).__name__, len(s), isinstance(s, str), isinstance(s, cabc.Sequence))
print(UserString(12), UserString(s), UserString(None), UserString(['x']), str(s) is s.data)
show(lambda: UserString())
print(s[0], type(s[0]).__name__, s[1:5], type(s[1:5]).__name__, s[::-1])
show(lambda: s[99])
print([type(c).__name__ for c in UserString('ab')], list(reversed(UserString('ab'))))
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize(), s.casefold())
for method in ('lower', 'strip', 'center', 'zfill', 'replace', 'expandtabs', 'ljust', 'rjust',
               'lstrip', 'rstrip', 'removeprefix', 'removesuffix', 'translate', 'title'):
    args = {'center': (15, '*'), 'zfill': (14,), 'replace': ('o', '0'), 'ljust': (13,),
            'rjust': (13, '-'), 'removeprefix': ('Hell',), 'removesuffix': (UserString('ld'),),
            'translate': ({ord('o'): 'O'},), 'strip': ('Hd',), 'lstrip': ('H',),
            'rstrip': ('d',)}.get(method, ())
    r = getattr(s, method)(*args)
    print(method, type(r).__name__, repr(r))
print(s.split(), s.split('o', 1), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'))
print(UserString('a\nb\r\nc').splitlines(), UserString('a\nb').splitlines(True))
print(s.count('o'), s.count(UserString('l')), s.count('o', 5), s.find('o'), s.find(UserString('W')),
      s.rfind('o'), s.index('o'), s.rindex('o'), s.find('o', 5, 8))
show(lambda: s.index('zz'))
show(lambda: s.index(UserString('o')))
show(lambda: s.rindex('zz'))
print(s.startswith('He'), s.endswith(('ld', 'x')), s.startswith('W', 6), 'World' in s,
      UserString('lo') in s, 'x' in s)
show(lambda: 1 in s)
print(s.join(['a', 'b']), type(s.join(['a', 'b'])).__name__, UserString('-').join('xyz'))
print(s.isalpha(), UserString('abc').isalpha(), UserString('123').isdigit(),
      UserString('12').isdecimal(), UserString('12').isnumeric(), UserString('a1').isalnum(),
      UserString('ab').isascii(), UserString('x_1').isidentifier(), UserString('ab').islower(),
      UserString('AB').isupper(), UserString(' ').isspace(), UserString('Ab Cd').istitle(),
      UserString('a\t').isprintable())
print(UserString('a\tb').expandtabs(4), s.encode(), s.encode(None, None), UserString('é').encode('latin-1'))
print(UserString('{} {x}').format(1, x=2), type(UserString('{}').format(1)).__name__,
      UserString('{a}').format_map({'a': 3}))
print(UserString.maketrans('ab', 'xy'), s.maketrans({'a': 'b'}))
print(s + '!', s + UserString('?'), s + 5, 'x' + s, type('x' + s).__name__, 3 * UserString('ab'),
      UserString('ab') * 2)
print(UserString('%s-%d') % ('a', 1), type(UserString('%s') % 'a').__name__, UserString('%s') % 'q')
print(UserString('b') == 'b', UserString('b') == UserString('b'), UserString('b') != 'b',
      UserString('a') < 'b', UserString('a') <= UserString('a'), UserString('c') > 'b',
      UserString('a') >= 'b', 'a' < UserString('b'), UserString('1') == 1)
show(lambda: UserString('a') < 1)
print(hash(UserString('key')) == hash('key'), {UserString('k'): 1}[UserString('k')], {UserString('k'): 1}.get('k'))
print(int(UserString('42')), float(UserString('2.5')), UserString('x').__getnewargs__())
show(lambda: int(UserString('nope')))
print(sorted([UserString('b'), UserString('a')]), max(UserString('abc')))
st = UserString('abc')
st2 = copy.copy(st)
print(st2, type(st2).__name__, st2 == st, copy.deepcopy(st))


class Shout(UserString):
    def upper(self):
        return 'never'


sh = Shout('hey')
print(type(sh.lower()).__name__, type(sh[0]).__name__, type(sh + 'x').__name__, sh.upper(),
      type(sh.strip()).__name__)

# errors from the wrappers' own signatures and from the wrapped container
show(lambda: UserString('x').center())
show(lambda: UserString('x').join([1]))
show(lambda: UserString('x').removeprefix(prefix='x'))
show(lambda: UserList([2, 1]).sort(None))
show(lambda: UserList().insert(0))
show(lambda: UserDict.fromkeys())
show(lambda: UserDict().update(1))
print(issubclass(UserList, cabc.Sequence), issubclass(UserString, cabc.MutableSequence),
      isinstance(UserString(''), cabc.Hashable), isinstance(UserDict(), cabc.Hashable),
      isinstance(UserList(), cabc.Reversible), issubclass(UserDict, cabc.Reversible))
