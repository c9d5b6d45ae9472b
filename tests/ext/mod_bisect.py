# bisect (lib/ext): search and insertion points, key=, lo/hi, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
b = []
for v in (5, 1, 4, 1, 3):
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
print(b)
pairs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(pairs, 3, key=lambda p: p[0]), bisect.bisect_right(pairs, 3, key=lambda p: p[0]))
bisect.insort(pairs, (4, 'd'), key=lambda p: p[0])
print(pairs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
print(bisect.bisect_left([], 1), bisect.bisect_right('abc', 'b'))
