# **kwargs collection, forwarding, and keyword argument errors.
def f(**kw):
    return kw

print(f(), f(a=1), f(b=2, a=1))
print(type(f()).__name__)

def g(a, **kw):
    return a, sorted(kw.items())
print(g(1, z=3, y=2))
print(g(a=5))
opts = {"x": 1, "y": 2}
print(f(**opts), f(**opts, z=3))
print(g(**{"a": 0, "k": 9}))

def h(a, b):
    return a - b
print(h(**{"b": 1, "a": 10}))
try:
    h(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, b=2, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)

def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
