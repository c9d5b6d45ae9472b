# Instruction pairs the assembler fuses (Note [Fused instructions]): errors in
# either half, jumps landing between the halves, loops ending inside a pair,
# and the in-place `s += t` that looks at the instruction after it.
import sys


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, "line", tb.tb_lineno - f.__code__.co_firstlineno)


def unbound_first():
    if False:
        a = 1
    b = 2
    return a + b


def unbound_second():
    a = 1
    if False:
        b = 2
    return a + b


def unbound_after_store():
    x = 1
    y = x
    del x
    z = y
    return x


show(unbound_first)
show(unbound_second)
show(unbound_after_store)


def jump_between(flag):
    # `a if flag else b` then a use: the jump lands on the second LOAD_FAST.
    a, b, c = 1, 2, 3
    r = []
    for i in range(4):
        v = (a if i % 2 else b) + c
        r.append(v)
    while flag:
        flag -= 1
        r.append(flag)
    return r


show(jump_between, 3)
show(jump_between, 0)


def loops(n):
    out = []
    for i in range(n):
        for j, k in zip(range(i), "abcdef"):
            out.append((i, j, k))
        else:
            out.append(-i)
    for x in []:
        out.append(x)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a * b)
    try:
        for a, b in [(1, 2), (3,)]:
            out.append(a)
    except ValueError as e:
        out.append(str(e))
    return out


show(loops, 4)


def store_chain():
    a = b = c = 5
    a, b = b + 1, a + 2
    c = a
    d = c
    return a, b, c, d


show(store_chain)


def const_ops(x):
    return 2 * x, x * 3, 1 - x, x - 1, 2.5 / x, "a" + str(x), 7 // x, 7 % x


show(const_ops, 2)
show(const_ops, 0)


class Attrs:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v

    def put(self, x):
        self.v = x
        return self.v


o = Attrs()
show(o.get)
show(o.put, 9)
show(lambda: Attrs.get(None))
show(lambda: Attrs.put(3, 4))


def str_append(n):
    s = ""
    t = s
    for i in range(n):
        s += str(i)
        u = s
    return s, t, u


show(str_append, 12)


def str_append_alias():
    s = "ab"
    keep = []
    for i in range(3):
        keep.append(s)
        s += "c"
    return s, keep


show(str_append_alias)


def deep_loop():
    total = 0
    i = 0
    while i < 1000:
        j = i
        i = j + 1
        total = total + j
    return total


show(deep_loop)


def yield_pairs():
    for a, b in zip("xyz", range(3)):
        c = yield a
        d = c
        yield b, d


g = yield_pairs()
print(next(g), g.send(10), next(g), g.send(11))
print(list(yield_pairs()))
print(sys.getrecursionlimit() > 0)
