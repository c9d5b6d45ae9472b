# hex(), bin(), oct() and int() round trips.
for v in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100), 12345):
    print(v, hex(v), bin(v), oct(v), int(hex(v), 16) == v, int(bin(v), 0) == v, int(oct(v), 8) == v)
class I:
    def __index__(self): return 10
print(hex(I()), bin(True))
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
