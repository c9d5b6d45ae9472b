# del on names, list items, slices, dict keys and attributes.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.p = 1
del o.p
print(hasattr(o, "p"))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
def f():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
