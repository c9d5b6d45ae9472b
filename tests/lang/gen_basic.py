# Generator functions: lazy evaluation, state, iteration protocol.
def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])

def pairs(items):
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            yield x, y
print(list(pairs("abc")))

def empty():
    return
    yield
print(list(empty()))

def gen_in_loop():
    for x in range(3):
        yield x * x
print(sum(gen_in_loop()), max(gen_in_loop()), sorted(gen_in_loop(), reverse=True))
g2 = gen_in_loop()
print(iter(g2) is g2)
def yield_expr_value():
    x = yield
    print("got", x)
    yield x * 2
h = yield_expr_value()
next(h)
print(h.send(21))
