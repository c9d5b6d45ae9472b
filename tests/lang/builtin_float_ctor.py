# float() constructor from strings and numbers.
print(float(), float(3), float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float("1e-3"), float(True), float(10 ** 20), float("+0.0"))
print(float("  1.25\n"), float(b"2.5"), float("1E5"), float("-0"))
for bad in ("", "abc", "1.2.3", "1e", "--1", "1_", None, [], "0x10"):
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
