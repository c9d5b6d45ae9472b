# Deeply nested unpacking patterns.
data = [("alice", (30, ["x", "y"])), ("bob", (25, ["z", "w"]))]
for name, (age, [first, second]) in data:
    print(name, age, first, second)
((a, b), (c, (d, e))) = ((1, 2), (3, (4, 5)))
print(a, b, c, d, e)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
(h, *t), *rest = "abc", "de", "f"
print(h, t, rest)
points = {(1, 2): "A", (3, 4): "B"}
for (px, py), label in points.items():
    print(label, px + py)
matrix = [[1, 2], [3, 4]]
[[m11, m12], [m21, m22]] = matrix
print(m11 * m22 - m12 * m21)
