# is vs ==, small object identity that is guaranteed, truthiness of containers.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, None is None, True is True, () == (), [] is not [])
x = None
print(x is None, x == None, not x)
def f(arg=None):
    return "default" if arg is None else arg
print(f(), f(0), f(""), f([]))
for v in ([], [0], {}, {0: 0}, set(), {0}, "", " ", 0, 0.0, -1, range(0), range(1)):
    print(type(v).__name__, bool(v))
class Z:
    pass
print(bool(Z()), bool(Z), bool(print))
