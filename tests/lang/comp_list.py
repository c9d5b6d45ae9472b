# List comprehensions.
print([x for x in range(6)])
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in "ab"])
print([c.upper() for c in "hello" if c != "l"])
print([[0] * 3 for _ in range(2)])
print([len(w) for w in "the quick brown fox".split()])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([i for i in []])
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]])
print([y for x in [[1, 2], [3], []] for y in x])
print([f(3) for f in (abs, str, float)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
