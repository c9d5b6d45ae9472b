# abs() and round() on ints, floats, bools, user types.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 30))
print(abs(float("-inf")), abs(-2 ** 63))
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, -2.5, 3.0, 1e20):
    print(repr(v), round(v), round(v, 1), round(v, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(7, 2))
print(round(12345.678, -2), round(0.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(True), round(-0.4), round(1e300, 2))
for bad in (lambda: round("x"), lambda: round(1.5, 1.5), lambda: round(float("inf")), lambda: round(float("nan"))):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
