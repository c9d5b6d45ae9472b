# int arithmetic basics and literal forms.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 8, -3 ** 2, (-3) ** 2)
print(0x1F, 0o17, 0b1011, 1_000_000, 0X_ff if False else 0xff, 0B11)
print(type(7 / 7).__name__, 8 / 2, 1 / 3, 10 / 4, -9 / 2)
print(+5, -(-5), --5, abs(-0), 0 == -0)
print(int.__name__, (5).bit_length(), (255).bit_length(), (-255).bit_length(), (0).bit_length())
print((10).real, (10).imag, (10).numerator, (10).denominator, (10).conjugate())
print(1 < 2, 2 <= 2, 3 == 3.0, 3 != 3, 10 > 9.99, -1 < 0 < 1)
print(5 .__add__(3), (3).__mul__(4), int.__add__(1, 2), (7).__truediv__(2))
print((6).__eq__(6.0), (6).__eq__("6"), (1).__lt__(2))
print(max(3, -10 ** 50), min(2 ** 70, 2 ** 69))
x = 0
for i in range(100):
    x += i * i
print(x)
