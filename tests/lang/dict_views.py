# keys()/values()/items() views: dynamic, set operations on keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3)}), k == {"b", "c", "d"}, k.isdisjoint(["x"]))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(d.keys() == d.keys(), d.values() == d.values())
it2 = iter(d.items())
print(next(it2))
for key in list(d):
    if key == "c":
        del d[key]
print(d)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
