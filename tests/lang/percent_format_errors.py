# Error cases of % formatting.
cases = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("one",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(k)s" % {"other": 1},
    lambda: "%(k)s" % 5,
    lambda: "%z" % 1,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%x" % 1.5,
    lambda: "%" % (),
    lambda: "%d" % None,
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
