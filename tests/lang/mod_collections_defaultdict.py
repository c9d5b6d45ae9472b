# collections.defaultdict: factories, __missing__, repr, default_factory None.
from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d["new"], len(d))
c = defaultdict(int)
for ch in "hello":
    c[ch] += 1
print(dict(c), c.default_factory is int, "z" in c, c.get("z"), "z" in c)
n = defaultdict(lambda: "n/a", x=1)
print(n["x"], n["y"], dict(n))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print({k: dict(v) for k, v in nested.items()})
none = defaultdict()
try:
    none["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(d, dict), type(d).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
