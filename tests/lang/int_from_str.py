# int(str, base) parsing across bases, signs, prefixes, underscores and big values.
for s, base in (("0", 10), ("-42", 10), ("ff", 16), ("FF", 16), ("-0x1A", 16), ("0x1A", 0), ("0o777", 0),
                ("777", 8), ("0b1_0_1", 0), ("11", 2), ("zz", 36), ("Zz", 36), ("10", 3), ("  12  ", 0),
                ("1" * 50, 10), ("f" * 40, 16), ("-" + "7" * 30, 8), ("100", 0), ("0", 0), ("000", 0)):
    print(repr(s), base, int(s, base))
for s, base in (("08", 0), ("1a", 10), ("12", 2), ("0x", 16), ("0b2", 0), ("", 16), (" ", 10), ("1 2", 10),
                ("4", 1), ("5", 40), ("0x10", 10)):
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
