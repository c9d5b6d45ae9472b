# io's abstract bases (isinstance, subclassing), namedtuple field docs,
# os.fsencode/fsdecode/getpid and inspect's CO_* flags.
import inspect
import io
import os
import sys
from collections import namedtuple

print(io.StringIO, io.BytesIO, io.IOBase, io.TextIOBase, io.BufferedIOBase, io.RawIOBase)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(isinstance(io.StringIO(), io.BufferedIOBase), issubclass(io.BytesIO, io.IOBase))
with open(__file__, 'rb') as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
with open(__file__) as f:
    print(isinstance(f, io.TextIOBase), type(f).__name__)


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print(u.write('abc'), u.parts, isinstance(u, io.IOBase))

P = namedtuple('P', 'x y')
print(P.x.__doc__)
P.x.__doc__ = 'the x coordinate'
print(P.x.__doc__, P(1, 2).x)
del P.y.__doc__
print(P.y.__doc__)

print(os.fsencode('a/b'), os.fsdecode(b'a/b'), os.fsdecode('c'), os.fsencode(b'd'))
for bad in (1, None):
    for f in (os.fsencode, os.fsdecode):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
print(type(os.getpid()).__name__, os.getpid() > 0)


def gen():
    yield


def va(*a, **k):
    pass


print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(va.__code__.co_flags & inspect.CO_VARARGS),
      bool(va.__code__.co_flags & inspect.CO_VARKEYWORDS), bool(va.__code__.co_flags & inspect.CO_GENERATOR))


class Raw(io.RawIOBase):
    pass


class Buf(io.BufferedIOBase):
    pass


print(Raw.__mro__[1].__name__, isinstance(Buf(), io.IOBase), isinstance(Raw(), io.TextIOBase))
