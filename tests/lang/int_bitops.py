# Bitwise operations on positive, negative and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 1]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a & -a if a else 0)
for a in (12, -12, 2 ** 65):
    for b in (10, -10, 2 ** 64 + 1):
        print(a, b, a & b, a | b, a ^ b)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print((2 ** 100 - 1) & (2 ** 50), (-1) & (2 ** 80 - 1) == 2 ** 80 - 1)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True & 3, False | 2, True ^ True)
print((5).bit_count() if hasattr(int, "bit_count") else 2, (-1 ^ 2 ** 64).bit_length())
