# iter() and next(): sentinels, defaults, exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
print(list(iter("ab")), list(iter((1,))), list(iter({"k": 1})), type(iter([])).__name__)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
i2 = iter(range(3))
print(iter(i2) is i2, list(i2), list(i2))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
s = iter("xy")
print(next(s), list(s))
d = {"a": 1}
di = iter(d)
try:
    d["b"] = 2
    next(di)
except RuntimeError as e:
    print(type(e).__name__, e)
