# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1}
print(d.setdefault("a", 9), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
c.clear()
print(c, len(c))
for bad in (lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {}.update(5), lambda: {}.update([1]),
            lambda: {}.get(), lambda: {}.setdefault([], 1)):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({}.get("x", []) == [], {"k": None}.get("k", 5))
