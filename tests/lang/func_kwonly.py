# Keyword-only parameters (after * or *args).
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=9))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

def g(*args, key=None, reverse=False):
    return args, key, reverse
print(g(3, 1, 2, reverse=True))
print(g(key=len))

def h(*, only):
    return only
print(h(only="x"))
try:
    h("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__)
print(f.__code__.co_kwonlyargcount)
