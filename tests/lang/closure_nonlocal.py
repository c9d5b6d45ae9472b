# nonlocal rebinding across several levels.
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = mid()
    return r, x
print(outer())

def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = acc()
for v in (1, 2, 3):
    add(v)
print(add(4), items)

def shadow():
    x = "outer"
    def f():
        x = "local"
        return x
    f()
    return x
print(shadow())

def assign_later():
    def g():
        return y
    y = 42
    return g()
print(assign_later())

def unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound()

def loop_nonlocal():
    n = 0
    def step():
        nonlocal n
        n += 1
    for _ in range(5):
        step()
    return n
print(loop_nonlocal())
