# Argument errors of builtin methods, worded as CPython 3.11 does: keyword
# arguments to positional-only methods name the type, fill characters,
# maketrans argument order, bytes.hex separators, bytearray.extend.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class L(list):
    pass


# "X.m() takes no keyword arguments"
t(lambda: "a".center(width=5))
t(lambda: "a".startswith(prefix="a"))
t(lambda: "a".find(sub="a"))
t(lambda: "a".count(x="a"))
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".strip(chars="a"))
t(lambda: "a".ljust(3, fillchar="x"))
t(lambda: "a".upper(x=1))
t(lambda: [].index(value=1))
t(lambda: [].insert(index=0, object=1))
t(lambda: [1].pop(index=0))
t(lambda: L().pop(x=1))
t(lambda: L().append(x=1))
t(lambda: {}.get(key=1))
t(lambda: {}.pop(key=1))
t(lambda: {}.setdefault(key=1))
t(lambda: dict.fromkeys(iterable="a"))
t(lambda: {}.fromkeys(x=1))
t(lambda: set().add(element=1))
t(lambda: (1.5).__round__(ndigits=None))
t(lambda: True.bit_length(x=1))
t(lambda: float.fromhex(x=1))
t(lambda: str.maketrans(x=1))
t(lambda: bytes.maketrans(a=1))
t(lambda: b"a".center(width=3))
t(lambda: b"a".count(sub=b"a"))
t(lambda: bytearray(b"a").pop(index=0))

# keyword arguments where CPython takes them
t(lambda: "a,b".split(sep=","))
t(lambda: "a".encode(encoding="ascii", errors="strict"))
t(lambda: "a\nb".splitlines(keepends=1))
t(lambda: "a".expandtabs(tabsize=2))
t(lambda: [2, 1].sort(key=None, reverse=False))
t(lambda: b"a".hex(sep=":"))
t(lambda: (1).to_bytes(1, byteorder="big", signed=False))

# fill characters
t(lambda: "a".center(3, 1))
t(lambda: "a".ljust(3, b"x"))
t(lambda: "a".rjust(3, "xy"))
t(lambda: "a".center(4, "*"))

# str.maketrans checks its str-typed arguments first
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans(1, 2, 3))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: str.maketrans(1, "a", "b"))
t(lambda: str.maketrans("ab", "cd", "e"))

# bytes.hex separators, bytearray.extend
t(lambda: b"ab".hex(1))
t(lambda: b"ab".hex([1]))
t(lambda: b"ab".hex(None))
t(lambda: bytearray(b"ab").hex(1.5))
t(lambda: b"abc".hex("-", 2))
t(lambda: bytearray().extend(1))
t(lambda: bytearray().extend(None))
t(lambda: bytearray().extend("ab"))
t(lambda: bytearray().extend([1, "a"]))
t(lambda: bytearray(b"x").extend(range(3)))
