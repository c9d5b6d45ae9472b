# Error cases on str methods and operators.
cases = [lambda: "a" * 1.5, lambda: "a" - "b", lambda: "abc".center(), lambda: "x".join([b"y"]),
         lambda: "a".encode("no-such-codec"), lambda: "abc"[1.0], lambda: "abc".replace("a"),
         lambda: "{0}".format, lambda: "abc".zfill("3"), lambda: str.upper(5), lambda: "x" < 5,
         lambda: "a".count(), lambda: -"a", lambda: "abc".startswith()]
for c in cases:
    try:
        r = c()
        print("ok", type(r).__name__)
    except (TypeError, ValueError, LookupError, IndexError) as e:
        print(type(e).__name__, e)
