# del with slices of all forms.
for sl in (slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(-3, None),
           slice(1, 8, 3), slice(5, 1), slice(None, None, -1), slice(100, None)):
    L = list(range(10))
    del L[sl]
    print(sl, L)
d = list("abcdef")
del d[:]
print(d)
b = bytearray(b"0123456789")
del b[::3]
print(b)
try:
    t = (1, 2, 3)
    del t[0:1]
except TypeError as e:
    print(type(e).__name__, e)
