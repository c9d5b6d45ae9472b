# functools.lru_cache / cache memoisation (call counts, not timings).
import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
fib(30)
print(len(calls))
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
for v in (1, 2, 1, 3, 1, 2):
    sq(v)
print(calls)
@functools.lru_cache
def no_parens(x):
    return x + 1
print(no_parens(1), no_parens.__name__)
print(fib.cache_info().hits > 0)
fib.cache_clear()
print(fib.cache_info().currsize)
