# bytes/bytearray methods against CPython: maketrans/translate, join errors,
# static methods called on instances, positional-only argument errors.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


table = bytes.maketrans(b"abc", b"xyz")
t(lambda: len(table))
t(lambda: table[97:100])
t(lambda: table[:3])
t(lambda: b"aabbcc-d".translate(table))
t(lambda: b"aabbcc-d".translate(table, b"b-"))
t(lambda: b"aabbcc-d".translate(None, b"ad"))
t(lambda: b"abc".translate(None, delete=b"ac"))
t(lambda: bytearray(b"abc").translate(table, bytearray(b"b")))
t(lambda: type(bytearray(b"a").translate(None)))
b = b"abc"
t(lambda: b.translate(None) is b)
t(lambda: b.translate(bytes(range(256))) is b)
t(lambda: b"".translate(None))
t(lambda: b"abc".translate())
t(lambda: b"abc".translate(table=None))
t(lambda: b"abc".translate(1))
t(lambda: b"abc".translate(b"x"))
t(lambda: b"abc".translate(None, 1))
t(lambda: b"abc".translate(None, b"a", 3))
t(lambda: bytearray.maketrans(bytearray(b"a"), b"b")[97])
t(lambda: b"x".maketrans(b"a", b"b")[97])
t(lambda: bytes.maketrans(b"a", b"xy"))
t(lambda: bytes.maketrans(1, b""))
t(lambda: bytes.maketrans(b"a"))
t(lambda: type(bytes.__dict__["maketrans"]).__name__)
t(lambda: type(str.__dict__["maketrans"]).__name__)
t(lambda: "abc".maketrans("a", "b"))
t(lambda: "abc".translate("x".maketrans("ab", "ba")))

# join
t(lambda: b",".join([b"a", bytearray(b"b")]))
t(lambda: bytearray(b"-").join([b"x", b"y"]))
t(lambda: b",".join(5))
t(lambda: b",".join(None))
t(lambda: b",".join([b"a", "b"]))
t(lambda: b",".join(x for x in [b"p", b"q"]))

# builtin static methods: named after their type, bound to it
t(lambda: str.maketrans.__qualname__)
t(lambda: bytes.maketrans.__qualname__)
t(lambda: bytearray.maketrans.__name__)
t(lambda: str.maketrans.__self__)
t(lambda: "".maketrans.__self__)
