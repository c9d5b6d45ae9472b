# Generators drained by C loops that take items at the yield (Note [Consumed
# generators]): sum(), list(), tuple(), list.extend, str.join, sorted. Each
# case must look exactly like items fetched one next() at a time.
import sys


def show(f, *args):
    try:
        print(f(*args))
    except BaseException as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("add", self.v, o if not isinstance(o, Num) else o.v)
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __repr__(self):
        return "Num(%r)" % self.v


class MyFloat(float):
    def __add__(self, o):
        return "MyFloat.add"

    def __radd__(self, o):
        return MyFloat(42.5)


class MyInt(int):
    def __radd__(self, o):
        return MyInt(1000)


# sum: ints, floats, bools, overflow, mixed, and items the C total refuses.
show(sum, (i for i in range(100)))
show(sum, (i * 0.5 for i in range(10)))
show(sum, (i * 0.5 for i in range(10)), 1)
show(sum, (b for b in [True, False, True]))
show(sum, (x for x in [1, 2.5, True, 3]))
show(sum, (2**62 + i for i in range(4)))
show(sum, (2**200 for i in range(3)))
show(sum, (x for x in [1, 2, Num(3), 4, 5.5]))
show(sum, (x for x in [1.5, MyFloat(1.0), 2]))
show(sum, (x for x in [1, MyInt(5), 2]))
show(sum, (x for x in [[1], [2]]), [])
show(sum, (x for x in [1, "a"]))
show(sum, (x for x in [(1,), (2,)]), ())
show(sum, (x for x in []), 7)
show(sum, (x for x in [1.0, float("inf"), float("-inf")]))
show(sum, (x for x in [1e308, 1e308, -1e308]))


# Errors raised by the generator body part-way.
def raiser(n):
    for i in range(n):
        yield i
    raise KeyError("after %d" % n)


show(sum, raiser(5))
show(list, raiser(3))
show(tuple, raiser(2))
show(lambda: "".join(str(x) for x in raiser(4)))


def stopper():
    yield 1.0
    raise StopIteration("inside")


show(sum, stopper())
show(list, stopper())


def returner():
    yield 1
    yield 2
    return "value"


show(sum, returner())
show(list, returner())


# finally blocks and their order relative to the consumer.
def with_finally(log):
    try:
        for i in range(3):
            log.append("yield %d" % i)
            yield i
    finally:
        log.append("finally")


log = []
print(sum(with_finally(log)), log)
log = []
print(list(with_finally(log)), log)

# Partly consumed with next(), then drained.
g = (i * 2 for i in range(6))
print(next(g), next(g), sum(g), list(g), sum(g))
g = with_finally([])
print(next(g), list(g), list(g))


# A generator that drains itself: already executing.
def selfish():
    yield 1
    yield sum(me)


me = selfish()
show(sum, me)
me = selfish()
show(list, me)


def running_flag():
    for i in range(3):
        yield int(gen_self.gi_running)


gen_self = running_flag()
print(sum(gen_self))
gen_self = running_flag()
print(list(gen_self))


# Nested consumers: the body of one drained generator drains others.
def rows(m):
    for row in m:
        yield sum(v * 2 for v in row)


m = [[1, 2], [3.5, 4], [], [5]]
print(sum(rows(m)), list(rows(m)), [sum(x for x in r) for r in m])
print(list(list(range(i)) for i in range(4)))
print(sum(sum(j for j in range(i)) for i in range(10)))


# yield from inside a drained generator.
def inner():
    yield 1
    yield 2.5
    return 10


def outer():
    r = yield from inner()
    yield r
    yield from [4, 5]
    yield from (x for x in (6,))


print(sum(outer()), list(outer()), tuple(outer()))


# list.extend with a generator reading the list it extends.
L = [1, 2, 3]
L.extend(x * 10 for x in L if x < 5)
print(L)
L = [1, 2]
L.extend(len(L) for _ in range(5))
print(L)


class MyList(list):
    def append(self, x):
        raise RuntimeError("not used by extend")


ml = MyList([1])
ml.extend(i for i in range(20))
print(ml, type(ml).__name__)

# Long generators: the list grows between taken items.
print(len(list(i for i in range(10000))), sum(1 for _ in range(10000)))
print(sorted(x % 7 for x in range(30)))
print(", ".join(str(i) for i in range(12)))
print(tuple(c for c in "hello"))


# Exceptions being handled inside the generator while it is drained.
def handled():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield str(sys.exc_info()[1])
    yield sys.exc_info()[0]


print(list(handled()), sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(list(handled())[:2], sys.exc_info()[0].__name__)


# The generator closed/collected early by an error in the consumer.
def closing(log):
    try:
        yield 1
        yield "x"
        yield 2
    finally:
        log.append("closed")


log = []
show(sum, closing(log))
print(log)


# GeneratorExit and throw after partial consumption.
def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit")
        raise


g = catcher()
print(next(g))
g.close()
g = catcher()
print(next(g))
show(g.throw, ValueError("t"))
print(list(g))


# Recursion through drained generators.
def depth(n):
    if n == 0:
        yield 0
        return
    yield sum(depth(n - 1)) + 1


print(sum(depth(50)))


def deep(n):
    yield sum(deep(n + 1))


show(sum, deep(0))
