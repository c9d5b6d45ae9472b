# !r, !s, !a conversions and the = debugging specifier.
s = "quote's"
print(f"{s!r} {s!s} {s!a}")
print(f"{'é'!a} {'é'!r}")
class C:
    def __repr__(self): return "C-repr"
    def __str__(self): return "C-str"
    def __format__(self, spec): return "C-format[" + spec + "]"
c = C()
print(f"{c} {c!r} {c!s} {c:xyz} {c!r:>8}")
x, y = 3, "hi"
print(f"{x=} {y=} {x + 1=}")
print(f"{x = }")
print(f"{x=:5}|{y=!s}|{3.5=:.1f}")
print(f"{[1, 'a']!r:^15}|")
