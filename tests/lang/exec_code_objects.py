# exec() and eval() of a function's code object: free variables refused,
# parameters missing, *args/**kwargs empty, cells fresh, generators made.
def f(x):
    return lambda: x + 1
g = f(3)
for fn in (eval, exec):
    try:
        fn(g.__code__, {})
    except TypeError as e: print(e)
def h():
    y = 5
    def inner(): return y
    print('h ran', inner())
exec(h.__code__, {'print': print})
def k(a):
    print('k', a)
try:
    exec(k.__code__, {})
except TypeError as e: print('TE', e)
def m():
    z = 1
    print('m', z)
exec(m.__code__, {'print': print})
def v(*a, **k):
    print('v', a, k)
exec(v.__code__, {'print': print})
def kw(*, q):
    pass
try:
    exec(kw.__code__, {})
except TypeError as e: print('TE', e)
def two(a, b, *, c):
    pass
try:
    eval(two.__code__, {})
except TypeError as e: print('TE', e)
def gen():
    yield 1
print(type(eval(gen.__code__, {})).__name__)
print(eval((lambda: 42).__code__))
gg = eval(gen.__code__, {})
print(gg.__name__, list(gg))
