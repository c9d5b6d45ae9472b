# Shallow vs deep-ish copies, comparisons of nested lists, list() copies.
a = [[1, 2], [3]]
b = a[:]
c = list(a)
d = a.copy()
b[0].append(9)
print(a, c, d, b is a, b[0] is a[0])
e = [row[:] for row in a]
e[0].append(0)
print(a, e)
print([1, [2, 3]] < [1, [2, 4]], [[]] > [], [1, 2] >= [1, 2], [0] * 3 == [0, 0, 0])
l = [1, 2, 3]
l2 = l
l = l + [4]
print(l2, l)
l3 = l2
l2 += [4]
print(l3, l2 is l3)
