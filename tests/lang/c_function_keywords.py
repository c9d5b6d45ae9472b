# Argument errors of C functions taking keywords: CPython 3.11's argument clinic
# checks too many in all, too many positional, a missing required one, then
# unknown keywords ("'x' is an invalid keyword argument for f()").
import collections
import gc
import io
import math
import os
import struct
import sys

cases = [lambda: "a".split(x=1), lambda: "a".encode(x=1), lambda: int("1", x=1), lambda: (1).to_bytes(1, "big", x=1), lambda: math.isclose(1, 2, x=1),
 lambda: math.prod([1], x=2), lambda: b"a".decode(x=1), lambda: sys.getsizeof(1, x=2), lambda: [].sort(x=1), lambda: open("x", x=1),
 lambda: io.StringIO("", x=1), lambda: property(x=1), lambda: enumerate([], x=1), lambda: collections.deque([], x=1), lambda: sorted([], x=1),
 lambda: sum([], x=1), lambda: pow(1, 2, x=1), lambda: round(1, x=1), lambda: compile("1", "f", "eval", x=1), lambda: __import__("os", x=1),
 lambda: gc.collect(x=1), lambda: struct.unpack_from("b", b"a", x=1), lambda: os.mkdir("x", x=1), lambda: os.stat(".", x=1), lambda: type(sys)("m", x=1),
 lambda: os.remove("x", x=1), lambda: os.listdir(x=1), lambda: os.chdir(x=1), lambda: "a".splitlines(x=1), lambda: print(x=1), lambda: max(1, 2, x=1),
 lambda: zip(x=1), lambda: "a".expandtabs(x=1), lambda: b"a".hex(x=1), lambda: int.from_bytes(b"", x=1), lambda: str(b"", x=1), lambda: io.BytesIO(x=1)]
cases += [
 lambda: "a b".split(None, 1, 3), lambda: "a".split(x=1, y=2, z=3), lambda: "a".splitlines(1, 2), lambda: "a".splitlines(x=1, keepends=1),
 lambda: "a".expandtabs(1, 2), lambda: "a".encode(1, 2, 3), lambda: "a".encode(x=1, y=2, z=3), lambda: int("1", 10, 3), lambda: int(x=1, base=2, y=3),
 lambda: (1).to_bytes(1, "big", 3, 4), lambda: int.from_bytes(b"", "big", 1, 2), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, x=1, y=2, z=3),
 lambda: math.prod([1], 2), lambda: b"a".decode(1, 2, 3), lambda: b"a".hex(1, 2, 3), lambda: sys.getsizeof(1, 2, 3), lambda: [].sort(1),
 lambda: [].sort(key=1, reverse=2, x=3), lambda: open("x", "r", -1, None, None, None, True, None, 9), lambda: io.StringIO("", "\n", 3),
 lambda: io.BytesIO(b"", 2), lambda: property(1, 2, 3, 4, 5), lambda: enumerate([], 0, 3), lambda: enumerate(x=1, y=2, z=3),
 lambda: collections.deque([], 1, 2), lambda: sorted([], 1), lambda: sorted([], key=None, reverse=1, x=2), lambda: sum([], 0, 1),
 lambda: sum([], start=0, x=1), lambda: pow(1, 2, 3, 4), lambda: round(1, 2, 3), lambda: print(x=1, sep="", end="", file=None, flush=1),
 lambda: compile("1", "f", "eval", 0, False, -1, 0, 9), lambda: __import__("os", None, None, (), 0, 9), lambda: gc.collect(1, 2),
 lambda: gc.collect(generation=1, x=2), lambda: struct.unpack_from("b", b"a", 0, 1), lambda: os.mkdir("x", 1, 2, 3),
 lambda: os.stat(".", 1), lambda: os.stat(".", None, True, 4), lambda: type(sys)("m", "d", 3), lambda: os.listdir(".", x=1),
]
cases += [lambda: enumerate(), lambda: enumerate(x=1), lambda: enumerate(x=1, y=2),
          lambda: enumerate([], 1, 2), lambda: enumerate(start=1),
          lambda: enumerate(iterable=[], start=1, x=3),
          lambda: list(enumerate(start=1, iterable="ab")), lambda: list(enumerate(iterable="ab"))]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
