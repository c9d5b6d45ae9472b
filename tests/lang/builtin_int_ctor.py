# int() constructor: from str with bases, floats, bools, whitespace, underscores.
print(int(), int(5), int(-5.9), int(5.9), int(True), int("  42  "), int("-0"), int("+17"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("1_000"), int("0_0"), int("1010", 2), int("777", 8), int("-ZZ", 36), int(" 10 ", 0))
print(int(1e20), int(-1e-20), int("123456789012345678901234567890"), int(2.5), int(-2.5))
print(int(b"12"), int(bytearray(b"-3")))
for args in (("",), ("1.5",), ("1__0",), ("_1",), ("0x",), ("12", 1), ("12", 37), ("09", 0), (float("inf"),),
             (float("nan"),), ("abc", 10), (None,), ([],), (5, 10)):
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
