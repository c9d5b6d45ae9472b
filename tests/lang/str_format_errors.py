# str.format errors.
cases = [
    lambda: "{}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{:d}".format("s"),
    lambda: "{!x}".format(1),
    lambda: "{:>>>}".format(1),
    lambda: "{:,s}".format("x"),
]
for c in cases:
    try:
        print(c())
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
