# Positional-only parameters (before /).
def f(a, b, /, c, d=4):
    return a, b, c, d

print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2))

def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)
