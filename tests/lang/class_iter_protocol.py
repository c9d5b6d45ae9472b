# __iter__ / __next__ iterators, StopIteration, iterables vs iterators.
class CountDown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(CountDown(4)))
it = CountDown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
r = Range2(7)
print(list(r), list(r), sum(r), max(r))
print([x * 10 for x in r], dict.fromkeys(r))

class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d.upper()
print(list(GenIter(["a", "b"])), "B" in GenIter("ab"))

class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(3)
except TypeError as e:
    print(type(e).__name__, e)
x, *rest = CountDown(5)
print(x, rest)
