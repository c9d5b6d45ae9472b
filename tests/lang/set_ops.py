# Set algebra: operators and methods, subsets, in-place forms.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, {1, 9}.issubset(a), a.issuperset({2, 3}), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {100, 1}
print(sorted(c))
d = set(a)
d.update([7], {8})
d.intersection_update(range(5, 10))
print(sorted(d))
d.difference_update({7})
d.symmetric_difference_update({8, 9})
print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
