# repr() of builtin values.
vals = [0, -5, 10 ** 25, 1.0, -0.0, 1e-7, 1e16, 1.5e300, float("inf"), float("nan"),
        "", "a'b", 'a"b', "a'b\"c", "tab\t nl\n cr\r bs\\ nul\x00 del\x7f", "é中😀", "\x80\xff",
        b"", b"a'b", b"\x00\xff\n", bytearray(b"xy"), [], [1, [2]], (), (1,), (1, 2), {}, {"a": [1]},
        set(), {1}, frozenset(), frozenset({2}), None, True, False, ..., range(3), slice(1, 2),
        NotImplemented, int, str, type, object, len, ValueError("x"), KeyError("k")]
for v in vals:
    print(repr(v))
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(repr(d))
