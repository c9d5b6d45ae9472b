# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({c: "aAbB".count(c) for c in "aAb"})
print({i: [j for j in range(i)] for i in range(4)})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print({(i, i + 1): i for i in range(3)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x: y for x in range(2) for y in range(3)})
try:
    {[1]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
