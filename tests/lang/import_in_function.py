# Imports inside functions bind local names; __import__ works.
def f():
    import math
    from pkgs.helper import double
    return math.floor(2.5), double(3), "math" in locals()
print(f())
print("math" in globals())
m = __import__("math")
print(m.sqrt(4))
pk = __import__("pkgs.helper")
print(pk.__name__, pk.helper.CONST)
def g():
    from pkgs import helper as h
    return h.where()
print(g())
