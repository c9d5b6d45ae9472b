# enumerate(): start values, iterating, error cases.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(range(3), start=-2)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
print(dict(enumerate("ab")), list(enumerate(range(2), 10 ** 20)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([], "1")
except TypeError as e:
    print(type(e).__name__, e)
