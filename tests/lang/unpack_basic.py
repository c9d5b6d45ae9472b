# Tuple/list unpacking in assignment and for loops, swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [3, 4]
print(p, q)
(m, n), o = (5, 6), 7
print(m, n, o)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class O: pass
obj = O()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
lst = [0, 0, 0]
lst[0], lst[2] = 9, 8
print(lst)
a = b = c = [1]
print(a is b is c)
i, lst[i] = 1, 99
print(lst)
t = 1,
print(t, type(t).__name__)
(single,) = [42]
print(single)
r1, r2 = range(2)
print(r1, r2)
s1, s2 = {1: "a", 2: "b"}
print(s1, s2)
g1, g2, g3 = (v * 2 for v in range(3))
print(g1, g2, g3)
