# Starred assignment targets and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = [7, 8]
print(everything)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3))
print({*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
t = *range(2), 5
print(t)
print(type(rest).__name__, type(init).__name__)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
