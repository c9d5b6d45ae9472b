# range: containment, index/count, slicing, comparison, hashing, bool.
r = range(0, 30, 3)
print(9 in r, 10 in r, -3 in r, 30 in r, 27 in r, 9.0 in r, "x" in r)
print(r.index(12), r.count(12), r.count(13))
try:
    r.index(13)
except ValueError as e:
    print(type(e).__name__, e)
print(r[2:5], r[::-1], r[::2], r[-3:], r[100:])
print(list(r[1:8:3]), list(range(10)[::-3]))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)))
print(range(5)[-5], range(10, 0, -1)[3])
