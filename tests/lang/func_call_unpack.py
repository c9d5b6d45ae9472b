# Mixing positional, *iterables, keywords and **mappings in one call.
def f(a, b, c, d=0, *rest, e=5, **kw):
    return a, b, c, d, rest, e, kw

print(f(1, *[2, 3]))
print(f(*(1, 2), 3, *[4, 5, 6], e=7))
print(f(1, 2, **{"c": 3, "e": 6, "z": 0}))
print(f(*range(3), x=1, **{"y": 2}))
gen = (i * 10 for i in range(4))
print(f(*gen))
print(f(*"xyz"))
print(f(*{1: "a", 2: "b"}, 3))
print(max(*[3, 9, 2]), print(*[], sep="-"))
print(*[1, 2], *(3,), sep=",")

def kw_only(**kw):
    return sorted(kw)
print(kw_only(**{"b": 1}, a=2, **dict(c=3)))
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
