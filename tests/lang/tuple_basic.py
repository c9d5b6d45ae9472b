# Tuples: construction, immutability, methods, comparisons, hashing.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t[:2] * 2, () , (1,), tuple())
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x * x for x in range(3)))
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3), (1, 2, 3, 2).index(2, 2), 2 in t, "two" in t)
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "point"}[(1, 2)])
a = (1, 2)
b = a * 1
print(a == b, type(t).__name__, isinstance(t, tuple))
x = 1, 2, 3
print(x, type(x).__name__)
print(tuple.__name__, (5,) * 0, (0,) * 3)
