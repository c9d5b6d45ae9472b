# Keys of many hashable types, numeric key unification, user-class keys.
d = {}
d[1] = "one"
d[1.0] = "float one"
d[True] = "true"
print(d)
d[2 ** 100] = "big"
d[-0.0] = "neg zero"
d[0] = "zero"
print(d)
d[(1, (2, 3))] = "tuple"
d[frozenset({1})] = "frozenset"
d["str"] = "s"
d[b"bytes"] = "b"
d[None] = "none"
d[range(2)] = "range"
print(d[(1, (2, 3))], d[frozenset([1])], d[None], d[b"bytes"], d[range(0, 2)], len(d))
class K:
    pass
k1, k2 = K(), K()
d2 = {k1: 1, k2: 2}
print(d2[k1], d2[k2], len(d2))
for bad in ([1], {1: 2}, {1}, bytearray(b"x"), (1, [2])):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
