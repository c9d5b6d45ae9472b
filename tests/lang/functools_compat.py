# functools as model helpers use it: partial, reduce, wraps, lru_cache, cached_property,
# total_ordering, singledispatch, and their errors.
import functools
from functools import partial, reduce, wraps, lru_cache, cached_property, total_ordering, cmp_to_key, update_wrapper
import operator

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 9), p.func is f, p.args, p.keywords)
p2 = partial(p, 7); print(p2(), p2.args, p2.func is f)
print(repr(partial(int, base=2))[:30])
print(partial(int, base=2)("101"))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(3)
except TypeError as e:
    print("TypeError", e)
print(reduce(operator.add, [1, 2, 3]), reduce(lambda a, b: a * b, [1, 2, 3, 4], 10), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(x: int) -> int:
    """hello doc"""
    return x
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__annotations__, hello.__module__)
print(hello(3))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@lru_cache
def noargs(x): return x
print(noargs(1), noargs.cache_info())
@functools.cache
def c2(x): return x + 1
print(c2(1), c2(1), c2.cache_info())
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
print(sq.__name__, sq.__wrapped__.__name__)

class Data:
    def __init__(self):
        self.n = 0
    @cached_property
    def expensive(self):
        self.n += 1
        return self.n * 10
d = Data(); print(d.expensive, d.expensive, d.n, "expensive" in d.__dict__)
del d.expensive; print(d.expensive)
print(type(Data.expensive).__name__)

@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) > Ver(1))
try:
    @total_ordering
    class NoOrd:
        pass
except ValueError as e:
    print("ValueError", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

if hasattr(functools, "singledispatch"):
    @functools.singledispatch
    def process(x):
        return "default"
    @process.register(int)
    def _(x):
        return "int"
    @process.register
    def _(x: list):
        return "list"
    print(process(1), process([]), process("s"), process(True))

class M:
    @functools.partialmethod
    def pm(self, a, b): return a + b
def add(self, a, b): return a + b
class M2:
    add5 = functools.partialmethod(add, 5)
print(M2().add5(1))
def w(): pass
def inner(): "doc"
update_wrapper(w, inner); print(w.__name__, w.__doc__)
print(functools.WRAPPER_ASSIGNMENTS)
print(list(functools.reduce(lambda acc, x: acc + [x * 2], range(3), [])))
