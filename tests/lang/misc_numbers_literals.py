# Numeric literal forms and type of results.
print(0, 00, 1_000, 0b1, 0o7, 0xA, 0XF, 1e3, 1E-3, 1., .5, 1_0.0_1, 0xFFFF_FFFF)
print(type(1e3).__name__, type(10 // 3).__name__, type(10 / 5).__name__, type(2 ** 3).__name__, type(2 ** -3).__name__)
print(9999999999999999999999, -0x8000000000000000, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1 + 1.0, 3 * 1.0, 7 // 2.0, 7 % 2.0, True + 1.5)
print(int == type(5), float == type(5.0), bool == type(True))
