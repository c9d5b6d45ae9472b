# `for a, b in zip(...)` takes zip's items without building the tuple; every
# way such a loop can end or fail must match CPython.


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


def loop2(*its, **kw):
    out = []
    for a, b in zip(*its, **kw):
        out.append((a, b))
    return out


def loop3(*its, **kw):
    out = []
    for a, b, c in zip(*its, **kw):
        out.append(a + b + c)
    return out


show(loop2, [1, 2, 3], "abc")
show(loop2, [1, 2, 3], "ab")
show(loop2, [], "ab")
show(loop2, range(3), range(10, 13), strict=True)
show(loop2, range(3), range(10, 12), strict=True)
show(loop2, range(2), range(10, 13), strict=True)
show(loop3, [1, 2], [3, 4], [5, 6])
show(loop3, [1, 2], [3, 4], [5])
show(loop2, [1, 2], [3, 4], [5, 6])
show(loop3, [1, 2], [3, 4])
show(loop2, [1])
show(loop2, {"k": 1, "j": 2}, {"k": 1, "j": 2}.values())


def five():
    out = []
    for a, b, c, d, e in zip("ab", "cd", "ef", "gh", "ij"):
        out.append(a + b + c + d + e)
    return out


show(five)


def empty_unpack():
    n = 0
    for () in zip():
        n += 1
    return n


show(empty_unpack)


def logged(name, n, log, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError(name)
        log.append("%s%d" % (name, i))
        yield i


def order(fail_at=None, strict=False):
    log = []
    out = []
    try:
        for a, b in zip(logged("a", 3, log), logged("b", 2, log, fail_at), strict=strict):
            out.append(a * 10 + b)
    except Exception as e:
        out.append(type(e).__name__)
    return out, log


show(order)
show(order, 1)
show(order, None, True)


class Z(zip):
    def __next__(self):
        t = super().__next__()
        return t[::-1]


def subclass():
    return [(a, b) for a, b in Z("xy", "uv")]


show(subclass)


def break_out():
    it = zip(range(5), range(5))
    for a, b in it:
        if a == 2:
            break
    return next(it), list(it)


show(break_out)


def nested():
    r = []
    for a, b in zip(range(3), range(3)):
        for c, d in zip("xy", (a, b)):
            r.append((c, d))
    return r


show(nested)


def gen_over_zip():
    for w, v in zip([1.5, 2.5], [2, 4]):
        yield w * v


print(sum(gen_over_zip()), list(gen_over_zip()))
