# heapq: heap lists are printed, so items must move exactly as CPython's do.
import heapq
import random

rng = random.Random(5)
data = [rng.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2)
print(heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 77), h2)
print(heapq.heappushpop([], 3))
for n in range(0, 12):
    d = [rng.randrange(20) for _ in range(n)]
    a = list(d)
    heapq.heapify(a)
    print(n, list(a), sorted(d) == [heapq.heappop(a) for _ in range(n)])

# tuples and ties
t = [(rng.randrange(5), i) for i in range(15)]
heapq.heapify(t)
print(t)
s = ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date']
heapq.heapify(s)
print(s, heapq.heappop(s), s)

for n in (-1, 0, 1, 2, 3, 5, 39, 40, 41, 100):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(heapq.nsmallest(n, data, key=lambda v: v % 7), heapq.nlargest(n, iter(data), key=lambda v: v % 7))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, [], key=len), heapq.nlargest(3, iter([])))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([3, 1])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 3], [7, 6, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (2, 'd')], key=lambda p: p[0])))
print(list(heapq.merge('ace', 'bdf', 'aaz')))
g = heapq.merge([1, 2], [1, 3])
print(next(g), next(g), list(g))

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
            lambda: heapq.heappop(()), lambda: heapq.heappushpop(None, 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
