# copy.copy / copy.deepcopy through the reduce protocol: subclasses of builtin
# containers, slots, __getnewargs(_ex)__, __getstate__/__setstate__, recursive
# structures, the memo, copyreg.dispatch_table.
import copy
import copyreg


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class S(set):
    pass


class F(frozenset):
    pass


x = L([[1, 2], 3])
x.attr = [4]
for f in (copy.copy, copy.deepcopy):
    y = f(x)
    print(f.__name__, type(y).__name__, y, y.attr, y[0] is x[0], y.attr is x.attr)

d = D(a=[1])
d.attr = 'v'
for f in (copy.copy, copy.deepcopy):
    y = f(d)
    print(f.__name__, type(y).__name__, y, y.attr, y['a'] is d['a'])

t = T(([1], 2))
for f in (copy.copy, copy.deepcopy):
    y = f(t)
    print(f.__name__, type(y).__name__, y, y is t, y[0] is t[0])

for cls in (S, F):
    s = cls([1, 2, (3,)])
    s.attr = [5]
    for f in (copy.copy, copy.deepcopy):
        y = f(s)
        print(f.__name__, type(y).__name__, sorted(y, key=str), y.attr, y.attr is s.attr)


# a dict subclass whose __setitem__ keeps more state
class Ordered(dict):
    def __init__(self, d=None):
        self.keys_seen = list(d or ())
        super().__init__(d or {})

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if key not in self.keys_seen:
            self.keys_seen.append(key)


o = Ordered({'k': 0})
y = copy.deepcopy(o)
print(y, y.keys_seen, y.keys_seen is o.keys_seen)


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = [1]
for f in (copy.copy, copy.deepcopy):
    y = f(s)
    print(f.__name__, y.a, y.a is s.a, hasattr(y, 'b'))


class NewArgs(int):
    def __new__(cls, foo):
        self = int.__new__(cls)
        self.foo = foo
        return self

    def __getnewargs__(self):
        return self.foo,


class NewArgsEx(int):
    def __new__(cls, *, foo):
        self = int.__new__(cls)
        self.foo = foo
        return self

    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}


for v in (NewArgs([42]), NewArgsEx(foo=[42])):
    for f in (copy.copy, copy.deepcopy):
        y = f(v)
        print(f.__name__, type(y).__name__, y.foo, y.foo is v.foo, y is v)


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        print('getstate')
        return self.v

    def __setstate__(self, state):
        print('setstate', state)
        self.v = state


for f in (copy.copy, copy.deepcopy):
    y = f(State([0.0]))
    print(f.__name__, y.v)
y = copy.copy(State(0.0))  # a false state is still set
print(y.v)


class NoneState:
    def __getstate__(self):
        return None

    def __setstate__(self, state):
        print('never called')


print(type(copy.copy(NoneState())).__name__)

# recursion and the memo
a = []
a.append(a)
b = copy.deepcopy(a)
print(b[0] is b, b is not a)
tup = ([],)
tup[0].append(tup)
c = copy.deepcopy(tup)
print(c[0][0] is c, c is not tup)
dd = {}
dd['self'] = dd
e = copy.deepcopy(dd)
print(e['self'] is e)


class Node:
    pass


n = Node()
n.me = n
n.items = [n, (n,)]
m = copy.deepcopy(n)
print(m.me is m, m.items[0] is m, m.items[1][0] is m)

memo = {}
shared = [1]
pair = [shared, shared]
y = copy.deepcopy(pair, memo)
print(y[0] is y[1], memo[id(shared)] is y[0], memo[id(memo)][0] is shared, len(memo))
memo = {}
copy.deepcopy([(1, 2), 'a', 3], memo)
print(len(memo))
print(copy.deepcopy((1, (2, 3))) is not None)
imm = ((1, 2), 3)
print(copy.deepcopy(imm) is imm)


# bound methods
class Foo:
    def m(self):
        return self


f = Foo()
f.b = f.m
g = copy.deepcopy(f)
print(g.b.__self__ is g, g.b() is g)
h = copy.copy(f.m)
print(h == f.m, h.__self__ is f)
print(f.m.__reduce__()[0] is getattr, f.m.__reduce__()[1][1])

# atomic values and immutables
for v in [None, 1, 2 ** 100, 1.5, True, 'x', b'y', range(3), slice(1, 2), len, Foo,
          property(), frozenset([1]), (1, 2), Ellipsis, NotImplemented, Foo.m]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
for v in [[1], {1: 2}, {1}, bytearray(b'z')]:
    print(type(v).__name__, copy.copy(v) == v, copy.copy(v) is v, copy.deepcopy(v) == v)
sl = slice([1], 2)
print(copy.deepcopy(sl) == sl, copy.deepcopy(sl).start is sl.start)

# exceptions
err = ValueError('bad', [1])
err.note = 'n'
e2 = copy.deepcopy(err)
print(type(e2).__name__, e2.args, e2.note, e2.args[1] is err.args[1])
print(copy.copy(KeyError('k')).args)


# copyreg.dispatch_table wins over __reduce_ex__
class Reg:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        raise AssertionError('not used')


copyreg.pickle(Reg, lambda r: (Reg, (r.v * 10,)))
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)
del copyreg.dispatch_table[Reg]


# __copy__ / __deepcopy__ and the memo they are given
class Custom:
    def __copy__(self):
        return 'copied'

    def __deepcopy__(self, memo):
        return ('deep', type(memo).__name__)


print(copy.copy(Custom()), copy.deepcopy(Custom()))


# reduce tuples of every length
class R:
    def __init__(self, make):
        self.make = make

    def __reduce__(self):
        return self.make()


class Bag(list):
    pass


for make in [lambda: (Bag, ()), lambda: (Bag, (), {'x': 1}),
             lambda: (Bag, (), None, iter([1, [2]])),
             lambda: (dict, (), None, None, iter([('k', [3])])),
             lambda: (Bag, [], None, [5], None)]:
    for f in (copy.copy, copy.deepcopy):
        y = f(R(make))
        print(f.__name__, type(y).__name__, y, getattr(y, 'x', None))

# a memo given by the caller is used and filled
a = [1]
memo = {id(a): 'given'}
print(copy.deepcopy([a, a], memo), len(memo))


class Holder:
    def __deepcopy__(self, memo):
        inner = copy.deepcopy(self.items, memo)
        return ('holder', inner, id(self.items) in memo)


h = Holder()
h.items = [[1]]
print(copy.deepcopy([h, h.items]))
