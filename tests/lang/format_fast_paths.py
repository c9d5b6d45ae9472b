# Edges of the string-building fast paths: f-string pieces joined in one
# allocation, float text buffers sized from the value, %d of small ints.

# f-strings whose pieces are empty, single characters or non-ASCII
e = ""
print(repr(f"{e}{e}"), repr(f"{e}x{e}"), repr(f"{'y'}{e}"), len(f"{e}é{e}"))
print(f"{e}" == "", f"{e}{'z'}" == "z", f"a{'é'}b{'漢'}c", len(f"a{'é'}b{'漢'}c"))
print(f"{'ab'}{'€'}"[1:], f"{1}{2}{3}{e}")

# float formats around the stack-buffer bounds
for v in [0.0, -0.0, 0.05, 0.25, 1.5, 2.5, -2.5, 123.456, 9999999999999998.0, 1e15, 1e16,
          -1e16, 1e17, 123456789012345678.0, 1e22, 1e300, -1e300, 1.7976931348623157e308,
          5e-324, float("inf"), float("-inf"), float("nan")]:
    print(f"{v:.1f}", f"{v:.0f}", f"{v:f}", f"{v:.3e}", f"{v:g}", f"{v:.20g}", f"{v:%}")
    print(f"{v:30.2f}|{v:<30.2f}|{v:^+30.2f}|{v:=30.2f}|{v:*>40.3f}|{v:,.2f}|{v:_.1f}")
    print("%.1f %10.3f %-12.2e %g %r" % (v, v, v, v, v), format(v, ".1f"), str(v), repr(v))
print(f"{1e300:.40f}"[:50], len(f"{1e300:.40f}"), len(f"{1e16:.300f}"), f"{2.5:.60f}")
print(f"{12345.678:é>20.2f}", f"{-3.5:€^15.1f}", f"{7.25:0=12.3f}", f"{7.25:012.3f}")
print(f"{1e-5:.3e}", f"{1e-100:.3E}", f"{1e100:e}", f"{123.0:.2G}", f"{1e-7:g}")

# %d and friends with small and large ints, flags and widths
for i in [0, 7, -7, 42, -123456, 2**40, -(2**62), 2**62 - 1, 2**63, -(2**100), True]:
    print("%d|%5d|%-6d|%06d|%+d|% d|%.4d|%x|%X|%o|%#x|%i|%u" % ((i,) * 13))
print("%d-%s" % (5, "x"), "%s%d%%" % ("n", 9), "%(a)d" % {"a": 3}, "%c" % 65, "%3.1s" % "xyz")
print("%d" % 3.9, "%d" % -3.9, "%5.2d" % 1, "%*d" % (4, 2), "%-*d|" % (4, 2))
