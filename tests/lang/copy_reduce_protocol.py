# object.__reduce_ex__ / __reduce__ / __getstate__ and copyreg: what the reduce
# protocol takes an instance apart into (the functions shown by name).
import copyreg


def show(rv):
    if isinstance(rv, str):
        return rv
    out = []
    for item in rv:
        if callable(item) and hasattr(item, '__name__') and not isinstance(item, type):
            out.append(item.__module__ + '.' + item.__name__)
        elif hasattr(item, '__next__'):
            out.append(('iter', list(item)))
        elif isinstance(item, tuple):
            out.append(tuple(a.__name__ if isinstance(a, type) else a for a in item))
        else:
            out.append(item)
    return tuple(out)


def attempt(label, f):
    try:
        print(label, show(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


p = Plain()
attempt('plain empty', lambda: p.__reduce_ex__(4))
p.a = 1
p.b = [2]
attempt('plain', lambda: p.__reduce_ex__(2))
attempt('plain proto 4', lambda: p.__reduce_ex__(4))
print('getstate is the dict', p.__getstate__() is p.__dict__)
print('empty getstate', Plain().__getstate__())


class Slotted:
    __slots__ = ('x', '__y', 'z')

    def __init__(self):
        self.x = 1
        self.__y = 2


class SlottedChild(Slotted):
    __slots__ = ['w']


s = Slotted()
attempt('slots', lambda: s.__reduce_ex__(4))
print('slotnames', copyreg._slotnames(Slotted), Slotted.__dict__.get('__slotnames__'))
c = SlottedChild()
c.w = 'w'
attempt('child slots', lambda: c.__reduce_ex__(4))
print('child getstate', c.__getstate__())


class SlotsAndDict:
    __slots__ = ('x', '__dict__')


sd = SlotsAndDict()
sd.x = 1
sd.y = 2
attempt('slots and dict', lambda: sd.__reduce_ex__(3))
print(SlotsAndDict.__slotnames__ if hasattr(SlotsAndDict, '__slotnames__') else 'none yet')


class NewArgs(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return int(self), self.tag


attempt('getnewargs', lambda: NewArgs(5, 't').__reduce_ex__(2))


class NewArgsEx:
    def __new__(cls, *args, **kw):
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return (1, 2), {'k': 3}


attempt('getnewargs_ex', lambda: NewArgsEx().__reduce_ex__(4))


class NewArgsExNoKw(NewArgsEx):
    def __getnewargs_ex__(self):
        return (1,), {}


attempt('getnewargs_ex no kw', lambda: NewArgsExNoKw().__reduce_ex__(4))


class BadNewArgs:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


for r in [[1], (1,), ((), {}, 3), ([], {}), ((), [])]:
    attempt('bad getnewargs_ex %r' % (r,), lambda: BadNewArgs(r).__reduce_ex__(4))


class BadNewArgs2:
    def __getnewargs__(self):
        return [1]


attempt('bad getnewargs', lambda: BadNewArgs2().__reduce_ex__(4))


class OwnGetstate:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return ('custom', self.a)


attempt('own getstate', lambda: OwnGetstate().__reduce_ex__(4))


class ListSub(list):
    pass


class DictSub(dict):
    pass


ls = ListSub([1, 2])
ls.attr = 'x'
attempt('list subclass', lambda: ls.__reduce_ex__(4))
attempt('dict subclass', lambda: DictSub(a=1).__reduce_ex__(4))
attempt('tuple subclass', lambda: type('T', (tuple,), {})((1, 2)).__reduce_ex__(4))


class OwnReduce:
    def __reduce__(self):
        return 'OwnReduce'


attempt('own reduce wins', lambda: OwnReduce().__reduce_ex__(4))
attempt('object reduce_ex of int', lambda: (7).__reduce_ex__(2))
attempt('str', lambda: 'ab'.__reduce_ex__(4))
attempt('list', lambda: [1, 2].__reduce_ex__(4))
attempt('dict', lambda: {'a': 1}.__reduce_ex__(4))
attempt('set', lambda: {3}.__reduce_ex__(4))
attempt('frozenset', lambda: frozenset([3]).__reduce__())
attempt('slice', lambda: slice(1, 2).__reduce__())
attempt('bytearray', lambda: bytearray(b'ab').__reduce_ex__(4))
attempt('bytearray 2', lambda: bytearray(b'a\xff').__reduce_ex__(2))
attempt('bytearray empty', lambda: bytearray().__reduce__())
attempt('exception', lambda: ValueError(1, 'x').__reduce__())
attempt('object', lambda: object().__reduce_ex__(4))
attempt('generator', lambda: (i for i in ()).__reduce_ex__(4))
attempt('bad protocol', lambda: p.__reduce_ex__('4'))
attempt('no protocol', lambda: p.__reduce_ex__())

# Protocols 0 and 1: copyreg._reconstructor
attempt('proto 0', lambda: p.__reduce_ex__(0))
attempt('reduce', lambda: p.__reduce__())
attempt('proto 1 int subclass', lambda: NewArgs(5, 't').__reduce_ex__(1))
attempt('proto 0 slots', lambda: s.__reduce_ex__(0))
attempt('proto 0 object', lambda: object().__reduce_ex__(0))
obj = copyreg._reconstructor(NewArgs, int, 9)
print('reconstructed', type(obj).__name__, obj)

# copyreg
print(copyreg.__newobj__(Plain).__class__.__name__)
print(copyreg.__newobj_ex__(NewArgsEx, (1,), {'k': 2}).__class__.__name__)
try:
    copyreg.pickle(Plain, 1)
except TypeError as e:
    print('TypeError', e)
try:
    copyreg.pickle(Plain, lambda o: ('x',), 2)
except TypeError as e:
    print('TypeError', e)
print(Plain in copyreg.dispatch_table)
del copyreg.dispatch_table[Plain]
