# The program the bare-arm port runs on the emulated Cortex-M4F. tools/arm_check.sh
# compares its output with CPython's, so it must be deterministic.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self


def squares(n):
    for i in range(n):
        yield i * i


print("hello from upytorch on a Cortex-M4")
print([fib(i) for i in range(15)], fib(90))
c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.counts.items()))
print(sum(squares(10)), list(squares(5)), 2 ** 100)
print("%.3f %s %r" % (3.14159, 1.5, "x"), f"{255:#x} {0.1 + 0.2}")
try:
    {}["missing"]
except KeyError as e:
    print("caught", type(e).__name__, e)
# Library modules embedded in flash (as bytecode when built with the freezer).
import collections
import functools
Point = collections.namedtuple("Point", "x y")
print(Point(1, 2), functools.reduce(lambda a, b: a * b, range(1, 10)),
      collections.OrderedDict(a=1, b=2))
