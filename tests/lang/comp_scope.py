# Comprehension variables do not leak; they see enclosing function scopes.
x = "global x"
r = [x for x in range(3)]
print(x, r)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g():
    items = [1, 2]
    return {k: [v * k for v in items] for k in range(2)}
print(g())

def h():
    n = 3
    fs = [lambda: n * i for i in range(2)]
    n = 5
    return [f() for f in fs]
print(h())
i = "untouched"
_ = [i for i in range(5)]
print(i)
print([(lambda: j)() for j in range(3)])
def walrus_leak():
    [last := v for v in range(4)]
    return last
print(walrus_leak())
res = [y for y in (x.upper() for x in ["a", "b"])]
print(res, x)
