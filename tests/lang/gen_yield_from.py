# yield from: delegation, return value, send/throw forwarding, iterables.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-done"

o = outer()
print(next(o))
print(o.send("hello"))
print(next(o))
print(list(o))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))

def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught in inner"
def delegating():
    yield from catcher()
d = delegating()
next(d)
print(d.throw(ValueError))

def closing_inner():
    try:
        yield 1
    finally:
        print("inner closed")
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()

def ret_only():
    return 99
    yield
def get_ret():
    v = yield from ret_only()
    yield v
print(list(get_ret()))

def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        results.append((yield from accumulate()))
res = []
g = gather(res)
next(g)
for v in [1, 2, 3, None, 10, 20, None]:
    g.send(v)
print(res)
