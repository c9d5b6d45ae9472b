# dict | and |= operators (3.9+), ** merging.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**b, **{"y": 0}}, dict(a, **b))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
