# bool(): constructor, arithmetic on bools, repr, singletons.
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([[]]), bool(None))
print(True + True, True * 10, False - 1, True / 2, -True, ~True, True & False, True | False, True ^ True)
print(repr(True), str(False), int(True), float(False), True == 1, False == 0, True is bool(5))
print(type(True + 1).__name__, type(True & True).__name__, type(~False).__name__)
print(isinstance(True, int), True < 2, sum([True] * 5), "%d %s" % (True, True), f"{True:>6}")
print(True.real, True.numerator, (5 > 3) + (2 > 1))
try:
    bool.__new__(bool, 1) and type("x", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
