# dict construction, access, update, deletion and equality.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in d)
d["c"] = 3
d["a"] = 10
del d["b"]
print(d, list(d), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", (1, 2))))
print({1: "int", "1": "str", (1,): "tuple", None: "none", 1.5: "float", True: "bool?"})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == dict())
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"]["inner"][-1])
