# Insertion order: preserved, updated values keep position, deleted keys re-added go last.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d2 = dict(sorted(d.items()))
print(d2)
print({**d, "alpha": -1, "new": 1})
d3 = {3: "c", 1: "a", 2: "b"}
print(list(d3), list(d3.values()), d3 == {1: "a", 2: "b", 3: "c"})
print(d3.popitem(), list(d3))
print(list({k: None for k in "hello world"}))
