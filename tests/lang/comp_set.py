# Set comprehensions (small ints only so iteration order is deterministic).
s = {x % 5 for x in range(20)}
print(sorted(s), len(s), type(s).__name__)
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x for x in []} == set())
print(sorted({(x, x) for x in range(3)}))
print({x * 0 for x in range(100)})
print(sorted({c for c in "mississippi"}))
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
