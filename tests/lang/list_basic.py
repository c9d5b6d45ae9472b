# Lists: construction, indexing, mutation, identity and aliasing.
l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[1:], l + [4], l * 2, [] * 5, [0] * 3, list(), list("abc"), list(range(3)))
l[0] = 10
l[-1] += 5
print(l)
m = l
m.append(99)
print(l, l is m, l == l[:], l is l[:])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 1
print(good)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [1] < [2], [1, 2] < [1, 2, 3])
print(3 in l, 4 not in l, l.__len__(), type(l).__name__)
for bad in (lambda: l[10], lambda: l["x"], lambda: [1] + (2,), lambda: [1] * 1.5):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l[10] = 0
except IndexError as e:
    print(type(e).__name__, e)
print(list(x for x in range(3)), list({1: 2}), list([1, 2]) is not l)
