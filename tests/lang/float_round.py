# round() of floats: banker's rounding, ndigits, representation effects.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.25, 0.35, 2.675, 1.005, 1234.5678, 1e15 + 0.5, 5e-324, 0.0, -0.0]
for v in vals:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(round(123.456, -1), round(-123.456, -2), round(9.99, 1), round(1e20, -21), round(1.5e300, -300))
print(round(1.23456789e-10, 12), round(float("inf"), 2), round(float("nan"), 1))
