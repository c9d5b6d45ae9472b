# Augmented assignment on names, attributes, subscripts (evaluated once).
calls = []
class Box:
    def __init__(self):
        self.v = 1
b = Box()
def get_box():
    calls.append("box")
    return b
get_box().v += 10
print(b.v, calls)
lst = [1, 2, 3]
def idx():
    calls.append("idx")
    return 1
lst[idx()] *= 5
print(lst, calls)
d = {"k": "a"}
d["k"] += "b"
d.setdefault("n", 0)
d["n"] -= 1
print(d)
x = 10
x /= 4
print(x)
x //= 1
print(x)
s = [1]
s *= 3
print(s)
m = {"a": [1]}
m["a"] += [2]
print(m)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
