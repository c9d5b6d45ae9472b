# Iterating sets; sets of tuples and ints; converting between containers.
s = {(i % 3, i % 2) for i in range(12)}
print(sorted(s), len(s))
print(sorted({x * x for x in range(-3, 4)}))
print(list(sorted(set([5, 3, 5, 1]))), tuple(sorted(frozenset(range(4)))))
total = 0
for v in {10, 20, 30}:
    total += v
print(total, sum({1, 2, 3}), max({4, 9, 2}), min(frozenset({7, -1})))
print(sorted(set(range(10)) - set(range(0, 10, 2))), set() or "empty set is falsy")
try:
    s = {1, 2, 3}
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
