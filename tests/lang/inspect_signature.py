# inspect.signature: functions, methods, classes, partials, wrapped functions,
# bind / bind_partial, and building Parameter / Signature objects by hand.
import functools
import inspect
from inspect import Parameter, Signature
from typing import List, Optional


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', r)


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    pass


def g(x: int, y: 'str' = 'q', *, z: Optional[List[int]] = None) -> float:
    pass


def h(*, only):
    pass


def k(p, /):
    pass


sig = inspect.signature(f)
show('f', lambda: str(sig))
show('f repr', lambda: repr(sig))
show('f params', lambda: [(n, str(p.kind), p.default is p.empty) for n, p in sig.parameters.items()])
show('g', lambda: str(inspect.signature(g)))
show('g ann', lambda: (inspect.signature(g).return_annotation, inspect.signature(g).parameters['x'].annotation))
show('h', lambda: str(inspect.signature(h)))
show('k', lambda: str(inspect.signature(k)))
show('lambda', lambda: str(inspect.signature(lambda q, *r: 0)))
show('kinds', lambda: [int(Parameter.POSITIONAL_ONLY), str(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD.description, repr(Parameter.POSITIONAL_OR_KEYWORD)])


class A:
    def __init__(self, x, y=2):
        pass

    def method(self, u, *, v=1):
        pass

    @classmethod
    def cm(cls, w):
        pass

    @staticmethod
    def sm(s, t=0):
        pass

    def __call__(self, n):
        pass


class B(A):
    pass


class C:
    def __new__(cls, a, b):
        return super().__new__(cls)


class D:
    pass


class Meta(type):
    def __call__(cls, m1, m2=0):
        return super().__call__()


class E(metaclass=Meta):
    pass


show('class A', lambda: str(inspect.signature(A)))
show('class B', lambda: str(inspect.signature(B)))
show('class C', lambda: str(inspect.signature(C)))
show('class D', lambda: str(inspect.signature(D)))
show('class E', lambda: str(inspect.signature(E)))
show('method', lambda: str(inspect.signature(A(1).method)))
show('unbound', lambda: str(inspect.signature(A.method)))
show('classmethod', lambda: str(inspect.signature(A.cm)))
show('staticmethod', lambda: str(inspect.signature(A.sm)))
show('instance', lambda: str(inspect.signature(A(1))))
show('partial', lambda: str(inspect.signature(functools.partial(f, 10, d=4))))
show('partial kw', lambda: str(inspect.signature(functools.partial(g, y='w'))))
show('partial 2', lambda: str(inspect.signature(functools.partial(g, 5))))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(alpha, beta=3):
    pass


show('wrapped', lambda: str(inspect.signature(wrapped)))
show('not followed', lambda: str(inspect.signature(wrapped, follow_wrapped=False)))
show('not callable', lambda: inspect.signature(3))
show('builtin type', lambda: inspect.signature(int))

# bind
s = inspect.signature(f)
ba = s.bind(1, 2, 3, 4, 5, d=6, z=7)
show('bind args', lambda: (ba.args, ba.kwargs, dict(ba.arguments)))
show('bind missing', lambda: s.bind(1))
show('bind too many', lambda: inspect.signature(g).bind(1, 2, 3))
show('bind unexpected', lambda: inspect.signature(g).bind(1, w=2))
show('bind posonly kw', lambda: inspect.signature(k).bind(p=1))
show('bind multiple', lambda: inspect.signature(g).bind(1, x=2))
bp = inspect.signature(g).bind_partial(y='m')
show('bind_partial', lambda: (bp.args, bp.kwargs))
ba2 = inspect.signature(g).bind(1)
ba2.apply_defaults()
show('apply_defaults', lambda: dict(ba2.arguments))
show('bound repr', lambda: repr(ba2))

# construction and validation
show('manual', lambda: str(Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.KEYWORD_ONLY, default=1)])))
show('bad order', lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]))
show('dup', lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)]))
show('default order', lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]))
show('bad name', lambda: Parameter('a b', Parameter.POSITIONAL_ONLY))
show('keyword name', lambda: Parameter('for', Parameter.POSITIONAL_ONLY))
show('bad kind', lambda: Parameter('a', 7))
show('var default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
p = Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
show('param', lambda: (str(p), repr(p), p == p.replace(), p == p.replace(default=2), str(p.replace(name='b', annotation=Parameter.empty))))
show('sig eq', lambda: (inspect.signature(f) == inspect.signature(f), inspect.signature(f) == inspect.signature(g)))
show('replace', lambda: str(inspect.signature(g).replace(return_annotation=Signature.empty)))
show('from_callable', lambda: str(Signature.from_callable(h)))
show('params tuple', lambda: tuple(inspect.signature(A.method).parameters))
