# divmod() and pow() with ints, floats, negatives, modular exponent.
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10 ** 20, 7), (7.5, 2), (-7.5, 2), (1, 0.3)):
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 10 ** 6, 10 ** 9 + 7))
print(2 ** 100, (-2) ** 3, 2 ** -2, (-8) ** 2, 10 ** 0, 0 ** 0, 1.5 ** 2)
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4),
            lambda: pow(2.0, 3, 5), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: divmod("a", 1)):
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(pow(2, -1)).__name__, pow(-1, 0.5) if False else "skip complex")
