# str(), %-formatting and format() of floats side by side.
vals = [0.0, 1.0, -1.5, 1 / 3, 1e-5, 1e21, 123456.789, 2.5e-8, 1e16]
for v in vals:
    print(str(v), "%s" % v, "%r" % v, "%f" % v, "%.3e" % v, "%g" % v, "%.10g" % v, format(v, ".4"), f"{v:.2%}")
