# What copy.copy / copy.deepcopy raise for objects they cannot copy, and for
# reduce values they cannot use (CPython's exceptions and messages).
import copy
import sys


def attempt(label, x):
    for f in (copy.copy, copy.deepcopy):
        try:
            y = f(x)
            print(label, f.__name__, 'ok', type(y).__name__)
        except Exception as e:
            print(label, f.__name__, type(e).__name__, e)


class NoReduce:
    def __getattribute__(self, name):
        if name.startswith('__reduce'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)


attempt('no reduce', NoReduce())
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
attempt('generator', (i for i in ()))
attempt('module', sys)
attempt('object', object())


def gen():
    yield 1


attempt('generator function', gen)


class Reduces:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class C:
    pass


attempt('6-tuple', Reduces((C, (), None, None, None, None)))
attempt('1-tuple', Reduces((C,)))
attempt('None', Reduces(None))
attempt('string', Reduces('name'))
attempt('non-callable', Reduces((1, ())))


class EvilState:
    def __getstate__(self):
        raise ValueError("no state")


attempt('getstate raises', EvilState())


class Registered:
    def __new__(cls, foo):
        obj = object.__new__(cls)
        obj.foo = foo
        return obj


attempt('no args for __new__', Registered(1))


class BadNewArgs:
    def __getnewargs__(self):
        return 1


attempt('bad getnewargs', BadNewArgs())


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


attempt('class with metaclass', WithMeta)


class WithSetstate:
    def __setstate__(self, state):
        raise KeyError(state)


w = WithSetstate()
w.x = 1
attempt('setstate raises', w)
