# Float format specs: f, e, g, %, default, precision, rounding and special values.
vals = [0.0, -0.0, 1.0, -2.5, 3.14159, 1234.5678, 1e-5, 1.5e16, 123456789.125, 0.1, 2 / 3]
specs = ["", "f", ".0f", ".1f", ".3f", "e", ".2e", "g", ".3g", "10.4g", "%", ".1%", "+.2f",
         "010.2f", "<10.1f", "^10.1f", ",.2f", "_.1f", "#.0f", "#g", "G", "E"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for special in (float("inf"), float("-inf"), float("nan")):
    print([format(special, s) for s in ("", "f", "e", "g", "10", "<6", "+", "%")])
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e300 * 10, ".2f"), format(9.999, ".2f"), format(9.995, ".2f"), format(-9.995, ".2f"))
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
