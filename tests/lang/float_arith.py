# Float arithmetic, mixed int/float, precision edges.
print(0.1 + 0.2, 1.5 * 2, 7.0 / 2, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** 10, 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e300 * 1e10 == float("inf"))
print(3 * 0.1, 0.1 * 3 == 0.3, 1 - 0.9, 100 * 1.1, 1.1 + 2.2)
print(10 / 3 * 3, 2 / 3 + 1 / 3, 1e16 + 1, 1e16 + 2, 0.1 ** 2)
print(5 + 0.0, type(5 + 0.0).__name__, 3 // 1.0, -3 % 1.0, 2 ** -1.0, (-8) ** 2.0)
print(abs(-1.5), -(-0.0), 0.0 == -0.0, 1.0 / 3.0 * 3.0 == 1.0)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), (1e300).is_integer())
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
print(sum([0.1] * 10), 0.1 * 10, 1 / 10 * 10)
x = 1.0
for _ in range(50):
    x = x * 1.1 - 0.05
print(x)
