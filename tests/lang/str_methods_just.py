# center / ljust / rjust / zfill / expandtabs.
for s in ("ab", "", "toolongstring"):
    print(repr(s.center(7)), repr(s.center(8, "*")), repr(s.ljust(6, "-")), repr(s.rjust(6)), repr(s.zfill(5)))
print("42".zfill(5), "-42".zfill(5), "+3".zfill(4), "x".zfill(0), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
print("é".center(5, "ü"))
for bad in (lambda: "a".center(5, "ab"), lambda: "a".ljust("5"), lambda: "a".rjust(5, "")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
