# The methods str, bytes and bytearray have in common, for all three types:
# the str texts go beyond ASCII (indices count code points; more whitespace and
# line breaks than bytes know), the bytes ones are their UTF-8 encodings.


def r(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def show(*fs):
    print(" ".join(repr(r(f)) for f in fs))


TEXTS = [
    "",
    "a",
    "abcab",
    "a,b,,c,",
    ",,",
    "  hello  world  ",
    "\tx\ny\r\nz\x0b\x0c\x1c end\x1f ",
    "h\xe9llo w\xf6rld \xe9",
    "\u03b1\u03b2\u03b3,\u03b4,,\u03b5",
    "\u65e5\u672c \u8a9e\u3000\u30c6",
    "a\u2028b\x85c\u2029d\re",
    "-0x\xe9",
]
TYPES = [str, bytes, bytearray]


def conv(t, s):
    return s if t is str else t(s.encode())


WINDOWS = [(), (None,), (1,), (-3,), (None, -1), (2, 5), (5, 2), (100,), (-100, -100), (0, 100)]

for t in TYPES:
    print("--", t.__name__)
    for s0 in TEXTS:
        s = conv(t, s0)
        for n0 in ["", "a", ",", "b,", "\xe9", "\u03b3,", "zz"]:
            n = conv(t, n0)
            for m in ["find", "rfind", "index", "rindex", "count"]:
                print(m, repr(s), repr(n), [r(lambda: getattr(s, m)(n, *w)) for w in WINDOWS])
            for m in ["startswith", "endswith"]:
                print(m, repr(s), repr(n), [r(lambda: getattr(s, m)(n, *w)) for w in WINDOWS])
            print("in", repr(s), repr(n), r(lambda: n in s))
        for sep in [None, ",", ", ", "\xe9", "\u03b4,", "l"]:
            sp = sep if sep is None else conv(t, sep)
            for ms in [-1, 0, 1, 2, 5]:
                show(lambda: s.split(sp, ms), lambda: s.rsplit(sp, ms))
        show(lambda: s.split(), lambda: s.rsplit(), lambda: s.split(maxsplit=1),
             lambda: s.rsplit(maxsplit=1), lambda: s.split(sep=None, maxsplit=-5))
        show(lambda: s.splitlines(), lambda: s.splitlines(True), lambda: s.splitlines(keepends=1))
        for ch in [None, " ", "a", "\xe9 h", "\u03b1\u03b5", "\t\n"]:
            c = ch if ch is None else conv(t, ch)
            show(lambda: s.strip(c), lambda: s.lstrip(c), lambda: s.rstrip(c))
        show(lambda: s.strip(), lambda: s.lstrip(), lambda: s.rstrip())
        for sep in [",", "l", "\xe9", "\u03b2\u03b3", "zz"]:
            p = conv(t, sep)
            show(lambda: s.partition(p), lambda: s.rpartition(p))
        for old, new in [("a", "XY"), (",", ""), ("", "-"), ("\xe9", "E"), ("l", "\u03b1"),
                         ("zz", "q")]:
            o, nw = conv(t, old), conv(t, new)
            show(*[(lambda c=c: s.replace(o, nw, c)) for c in (-1, 0, 1, 2)],
                 lambda: s.replace(o, nw))
        show(lambda: s.expandtabs(), lambda: s.expandtabs(4), lambda: s.expandtabs(0),
             lambda: s.expandtabs(-1), lambda: s.expandtabs(tabsize=1))
        show(*[(lambda w=w: s.zfill(w)) for w in (-1, 0, 3, 8, 12)])
        for w in (-2, 0, 5, 12, 13):
            show(lambda: s.center(w), lambda: s.ljust(w), lambda: s.rjust(w),
                 lambda: s.center(w, conv(t, "*")), lambda: s.ljust(w, conv(t, "-")),
                 lambda: s.rjust(w, conv(t, "0")))
        for a in ["", "a", "\u03b1", "e", "-0", "\xe9"]:
            x = conv(t, a)
            show(lambda: s.removeprefix(x), lambda: s.removesuffix(x))
        show(*[(lambda k=k: s * k) for k in (-1, 0, 1, 3)], lambda: 2 * s)
        show(lambda: s.isalpha(), lambda: s.isalnum(), lambda: s.isdigit(), lambda: s.isspace(),
             lambda: s.islower(), lambda: s.isupper(), lambda: s.istitle(), lambda: s.isascii())
        show(lambda: s.lower(), lambda: s.upper(), lambda: s.swapcase(), lambda: s.title(),
             lambda: s.capitalize())
        show(lambda: conv(t, ",").join([s, s]), lambda: s.join([]), lambda: s.join((conv(t, "x"),)),
             lambda: s.join([conv(t, "p"), conv(t, "\u03b1")]))

# Comparisons, all six operators, across lengths and prefixes.
for t in TYPES:
    vals = [conv(t, v) for v in ["", "a", "ab", "b", "\xe9", "a\xe9"]]
    for x in vals:
        print(t.__name__, repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in vals])

# Result types of subclasses and bytearrays.
class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for s in [S("a b,c"), B(b"a b,c"), BA(b"a b,c")]:
    e = s[:0]
    c = type(s)(b"," if not isinstance(s, str) else ",")
    print(type(s).__name__, [type(v).__name__ for v in [
        s.split()[0], s.rsplit(c)[0], s.strip(), s.lstrip(), s.partition(c)[0],
        s.partition(c)[1], s.rpartition(c)[2], s.replace(c, c), s.zfill(1), s.zfill(9),
        s.center(1), s.ljust(9), s.expandtabs(), s.splitlines()[0], s.removeprefix(c),
        s.removesuffix(e), s * 1, s * 2,
        s.lower(), s.title(), c.join([s]), s.join([])]])

# Identities CPython keeps.
s, b = "abc", b"abc"
print(s.strip() is s, s.replace("x", "y") is s, s.zfill(2) is s, s.center(2) is s, s * 1 is s,
      s.removeprefix("x") is s, s.split()[0] is s, s.rsplit(",")[0] is s,
      s.splitlines()[0] is s, s[:] is s)
print(b.split()[0] is b, b.rsplit(b",")[0] is b, b.splitlines()[0] is b, b.strip() is b,
      b.removeprefix(b"x") is b, b.translate(None) is b, b[:] is b, b.partition(b",")[0] is b,
      b.rpartition(b",")[2] is b, b.replace(b"x", b"y") is b, b.replace(b"", b"-", 0) is b,
      b.zfill(2) is b, b.center(2) is b, b.ljust(3) is b, b.rjust(1, b"x") is b, b * 1 is b)
print(s.replace("", "-", 0) is s, s.partition(",")[1], b"a,b".partition(bytearray(b",")),
      b"a,b".rpartition(bytearray(b",")), bytearray(b"a,b").partition(b","))

# Errors: the argument checks of each type.
for t in TYPES:
    s = conv(t, "a,b")
    other = "x" if t is not str else b"x"
    print("--", t.__name__)
    show(lambda: s.find(other), lambda: s.find(), lambda: s.find(s, 1, 2, 3),
         lambda: s.find(s, "1"), lambda: s.index(conv(t, "z")), lambda: s.rindex(conv(t, "z"), 1),
         lambda: s.count(s, None, 1.5),
         lambda: s.find(s, start=1), lambda: s.count(97), lambda: s.find(300), lambda: s.rfind(-1))
    show(lambda: s.startswith(other), lambda: s.endswith((s, other)), lambda: s.startswith(5),
         lambda: s.startswith(), lambda: s.endswith((s,), 1, 2, 3), lambda: s.startswith(s, x=1),
         lambda: s.endswith((other,), 100), lambda: s.startswith((), 0))
    show(lambda: s.split(other), lambda: s.rsplit(other), lambda: s.split(s[:0]),
         lambda: s.rsplit(s[:0]), lambda: s.split(None, "1"), lambda: s.split(x=1),
         lambda: s.split(None, 1, 2), lambda: s.rsplit(maxsplit=1.0))
    show(lambda: s.splitlines(1, 2), lambda: s.splitlines(x=1))
    show(lambda: s.strip(other), lambda: s.lstrip(5), lambda: s.rstrip(s, s),
         lambda: s.strip(chars=s))
    show(lambda: s.partition(other), lambda: s.rpartition(s[:0]), lambda: s.partition(),
         lambda: s.rpartition(s, s))
    show(lambda: s.replace(other, s), lambda: s.replace(s, other), lambda: s.replace(s, s, "1"),
         lambda: s.replace(s), lambda: s.replace(s, s, 1, 2), lambda: s.replace(s, s, count=1))
    show(lambda: s.expandtabs("8"), lambda: s.expandtabs(1, 2), lambda: s.expandtabs(x=1))
    show(lambda: s.zfill("3"), lambda: s.zfill(), lambda: s.zfill(1, 2), lambda: s.zfill(width=3))
    show(lambda: s.center(), lambda: s.center(5, other), lambda: s.ljust(5, conv(t, "ab")),
         lambda: s.rjust("5"), lambda: s.center(5, 1), lambda: s.ljust(1, 2, 3),
         lambda: s.rjust(5, fillchar=s), lambda: s.center(5, s[:0]))
    show(lambda: s.removeprefix(other), lambda: s.removesuffix(5), lambda: s.removeprefix())
    show(lambda: s * 1.5, lambda: s * "2", lambda: s + 1, lambda: s + other, lambda: 1 + s,
         lambda: s * (1 << 70), lambda: -(1 << 70) * s, lambda: s.join([other]),
         lambda: s.join(5), lambda: s.join([s, 1]))
    show(lambda: s.isalpha(1), lambda: s.lower(1), lambda: s.isupper(x=1))

# Operands of other types: __index__ repeats, a reflected method may answer.
class I:
    def __index__(self):
        return 2


class R:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"


class IR(I, R):
    pass


class X:
    pass


for t in TYPES:
    s = conv(t, "ab")
    other = "x" if t is not str else b"x"
    show(lambda: s * I(), lambda: I() * s, lambda: s * R(), lambda: R() * s, lambda: s + R(),
         lambda: s * IR(), lambda: IR() * s, lambda: s * X(), lambda: X() * s, lambda: s + X(),
         lambda: s * True, lambda: s % (), lambda: s + s, lambda: s + s[:0], lambda: s[:0] + s)
    show(lambda: 97 in s, lambda: 1.5 in s, lambda: 300 in s, lambda: I() in s, lambda: None in s,
         lambda: other in s, lambda: s[:0] in s, lambda: bytearray(b"b") in s)
    show(lambda: s == s, lambda: s == conv(t, "ab"), lambda: s != s[:1], lambda: s < 1,
         lambda: s == "ab", lambda: s == b"ab", lambda: s == bytearray(b"ab"))

# join: a single exact item is returned itself, of the separator's kind.
x, y = "xy", b"xy"
print("".join([x]) is x, b"".join([y]) is y, bytearray(b"").join([y]), b"-".join([bytearray(y)]),
      "".join([]), b"".join([]), bytearray().join([]), ",".join(("a", "\u03b1", "")),
      b",".join(iter([b"a", bytes(b"b")])))

# repr (and ascii() of str): quotes, escapes, bytes beyond ASCII.
for s0 in ["", "a'b", 'a"b', "a'\"b", "\\\t\n\r\x00\x1f\x7f\x80\xa0\xff",
           "\u03b1\u2028\u3000\U0001F600"]:
    for t in TYPES:
        print(repr(conv(t, s0)), ascii(conv(t, s0)), repr(conv(t, s0).lower()))
print(repr("\udcff"), ascii("\udcff\U000e0100"), [repr(bytes([i])) for i in range(0, 256, 7)])

# Codec arguments: the type checks of encode, decode, str() and bytes().
show(lambda: "x\xe9".encode(1), lambda: "x".encode("ascii", 2), lambda: "x\xe9".encode(errors="x"),
     lambda: "x\xe9".encode("latin-1"), lambda: "x\xe9".encode(encoding="ascii", errors="replace"),
     lambda: "x".encode("utf-8", "strict", 3), lambda: "x".encode(x=1))
show(lambda: b"x".decode(1), lambda: b"x".decode("ascii", 2), lambda: b"x\xe9".decode(errors=[]),
     lambda: bytearray(b"x\xe9").decode("latin-1"), lambda: b"\xff".decode("utf-8", "replace"),
     lambda: bytearray(b"x").decode(None), lambda: b"x".decode(encoding="ascii"))
show(lambda: str(b"x", 1), lambda: str(b"x", "ascii", 2), lambda: str(b"x", errors=3),
     lambda: str(bytearray(b"x\xe9"), "latin-1"), lambda: str(b"x", encoding="ascii"))
show(lambda: bytes("x", 1), lambda: bytes("x", "ascii", 2), lambda: bytearray("x", "utf-8", 5),
     lambda: bytearray("x\xe9", "latin-1"), lambda: bytes("x", errors=1), lambda: bytes("x", None))
show(lambda: bytes(errors=1), lambda: bytes(1, errors=1), lambda: bytes(1, 1),
     lambda: bytearray(errors=1), lambda: bytearray("x", errors=1), lambda: bytes(encoding=None),
     lambda: bytes("x", errors="strict"), lambda: bytes(b"x", "ascii"),
     lambda: bytes(encoding="ascii"),
     lambda: bytes("x"), lambda: bytearray(3, errors="strict"))

# __getnewargs__ and __bytes__.
for s in ["x\xe9", S("y"), b"z", B(b"w")]:
    show(lambda: s.__getnewargs__(), lambda: type(s.__getnewargs__()[0]).__name__,
         lambda: s.__getnewargs__(1), lambda: s.__getnewargs__(x=1))
show(lambda: b"v".__bytes__(), lambda: type(B(b"u").__bytes__()).__name__,
     lambda: b"t".__bytes__(1),
     lambda: bytes(B(b"s")), lambda: type(bytes(B(b"s"))).__name__)
