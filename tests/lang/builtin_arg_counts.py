# Wrong argument counts and keywords for builtins whose counts are in the method table.
import io
import math
import os
import struct
import time
from collections import deque

cases = [
    ("abs()", lambda: abs()),
    ("abs(1, 2)", lambda: abs(1, 2)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("repr()", lambda: repr()),
    ("ascii(1, 2)", lambda: ascii(1, 2)),
    ("callable()", lambda: callable()),
    ("len()", lambda: len()),
    ("len([], [])", lambda: len([], [])),
    ("hash()", lambda: hash()),
    ("id(1, 2)", lambda: id(1, 2)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("issubclass(int, int, int)", lambda: issubclass(int, int, int)),
    ("format()", lambda: format()),
    ("format(1, '', 2)", lambda: format(1, "", 2)),
    ("globals(1)", lambda: globals(1)),
    ("locals(1)", lambda: locals(1)),
    ("all()", lambda: all()),
    ("any([], [])", lambda: any([], [])),
    ("bin()", lambda: bin()),
    ("oct(1, 2)", lambda: oct(1, 2)),
    ("hex(x=1)", lambda: hex(x=1)),
    ("chr()", lambda: chr()),
    ("ord('a', 'b')", lambda: ord("a", "b")),
    ("getattr(1)", lambda: getattr(1)),
    ("getattr(1, 'a', 2, 3)", lambda: getattr(1, "a", 2, 3)),
    ("setattr(1, 'a')", lambda: setattr(1, "a")),
    ("delattr(1)", lambda: delattr(1)),
    ("hasattr(1, 'a', 2)", lambda: hasattr(1, "a", 2)),
    ("dir(1, 2)", lambda: dir(1, 2)),
    ("vars(1, 2)", lambda: vars(1, 2)),
    ("iter()", lambda: iter()),
    ("iter(1, 2, 3)", lambda: iter(1, 2, 3)),
    ("next()", lambda: next()),
    ("next(iter([]), 1, 2)", lambda: next(iter([]), 1, 2)),
    ("divmod(1)", lambda: divmod(1)),
    ("input(1, 2)", lambda: input(1, 2)),
    ("math.ldexp(1)", lambda: math.ldexp(1)),
    ("io.StringIO().seek()", lambda: io.StringIO().seek()),
    ("io.StringIO().seek(0, 0, 0)", lambda: io.StringIO().seek(0, 0, 0)),
    ("io.StringIO().truncate(0, 0)", lambda: io.StringIO().truncate(0, 0)),
    ("io.StringIO().read(1, 2)", lambda: io.StringIO().read(1, 2)),
]
for text, f in cases:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)

# Still called correctly after the change.
print(abs(-2), len([1, 2]), getattr(1, "real"), getattr(1, "nope", 7), format(3, "03"))
print(all([]), any([0, 1]), bin(5), oct(8), hex(255), chr(65), ord("A"), divmod(7, 2))
print(next(iter([]), "d"), list(iter([1, 2])), isinstance(1, int), issubclass(bool, int))
print(math.ldexp(1, 3), struct.calcsize("i"), int.mro(), object().__dir__() is not None)
d = deque([1, 2, 3])
d.rotate()
d.insert(0, 9)
print(d)
s = io.StringIO("hello")
print(s.read(2), s.seek(0), s.read(), s.tell(), s.truncate(2), s.getvalue())


# Methods whose messages name their type, also when called on a subclass.
class L(list):
    pass


class D(dict):
    pass


for text, f in [
    ("[].append()", lambda: [].append()),
    ("L().append(1, 2)", lambda: L().append(1, 2)),
    ("list.append([])", lambda: list.append([])),
    ("[].extend()", lambda: [].extend()),
    ("[].remove(x=1)", lambda: [].remove(x=1)),
    ("[].count()", lambda: [].count()),
    ("L().clear(1)", lambda: L().clear(1)),
    ("[].copy(1)", lambda: [].copy(1)),
    ("[].reverse(1)", lambda: [].reverse(1)),
    ("[].__reversed__(1)", lambda: [].__reversed__(1)),
    ("{}.keys(1)", lambda: {}.keys(1)),
    ("D().values(1)", lambda: D().values(1)),
    ("{}.items(1)", lambda: {}.items(1)),
    ("{}.popitem(1)", lambda: {}.popitem(1)),
    ("{}.copy(1)", lambda: {}.copy(1)),
    ("D().clear(1)", lambda: D().clear(1)),
    ("{}.__reversed__(1)", lambda: {}.__reversed__(1)),
    ("().count()", lambda: ().count()),
    ("().__getnewargs__(1)", lambda: ().__getnewargs__(1)),
    ("range(3).count()", lambda: range(3).count()),
    ("range(3).index(1, 2)", lambda: range(3).index(1, 2)),
    ("range(3).__reversed__(1)", lambda: range(3).__reversed__(1)),
    ("slice(1).indices()", lambda: slice(1).indices()),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)

l = L([1, 2])
l.append(3)
l.extend([4])
l.remove(1)
print(l, l.count(2), l.copy(), list(reversed(l)), D(a=1).copy(), list({1: 2}.items()))
print((1, 1).count(1), range(5).index(3), list(range(3).__reversed__()), slice(1, 9).indices(4))

for text, f in [
    ("math.atan2(1)", lambda: math.atan2(1)),
    ("math.copysign(1, 2, 3)", lambda: math.copysign(1, 2, 3)),
    ("math.fmod()", lambda: math.fmod()),
    ("math.remainder(1)", lambda: math.remainder(1)),
    ("math.pow(2)", lambda: math.pow(2)),
    ("math.nextafter(1)", lambda: math.nextafter(1)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
print(math.sqrt(4), math.sin(0), math.isnan(1.0), math.atan2(0, 1), math.pow(2, 3), math.factorial(5))
print(math.fmod(7, 3), math.copysign(1, -2), math.remainder(7, 4), math.nextafter(1, 1), math.gamma(3))


def g():
    yield 1


p = property(lambda self: 1)
for text, f in [
    ("g().close(1)", lambda: g().close(1)),
    ("p.getter()", lambda: p.getter()),
    ("p.setter(1, 2)", lambda: p.setter(1, 2)),
    ("p.deleter()", lambda: p.deleter()),
    ("io.StringIO().readlines(1, 2)", lambda: io.StringIO().readlines(1, 2)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
s = io.StringIO()
s.writelines(["a\n", "b\n"])
s.seek(0)
print(s.readlines(), s.__enter__() is s, g().close(), p.getter(len).fget is len)


class S(set):
    pass


class F(frozenset):
    pass


for text, f in [
    ("set().add()", lambda: set().add()),
    ("S().discard(1, 2)", lambda: S().discard(1, 2)),
    ("set().remove()", lambda: set().remove()),
    ("set().pop(1)", lambda: set().pop(1)),
    ("set().clear(1)", lambda: set().clear(1)),
    ("set().copy(1)", lambda: set().copy(1)),
    ("frozenset().copy(1)", lambda: frozenset().copy(1)),
    ("F().copy(1)", lambda: F().copy(1)),
    ("set().union(x=1)", lambda: set().union(x=1)),
    ("frozenset().intersection(x=1)", lambda: frozenset().intersection(x=1)),
    ("set().difference(x=1)", lambda: set().difference(x=1)),
    ("frozenset().symmetric_difference()", lambda: frozenset().symmetric_difference()),
    ("set().update(x=1)", lambda: set().update(x=1)),
    ("set().intersection_update(x=1)", lambda: set().intersection_update(x=1)),
    ("set().difference_update(x=1)", lambda: set().difference_update(x=1)),
    ("set().symmetric_difference_update()", lambda: set().symmetric_difference_update()),
    ("F().issubset()", lambda: F().issubset()),
    ("set().issuperset(1, 2)", lambda: set().issuperset(1, 2)),
    ("frozenset().isdisjoint()", lambda: frozenset().isdisjoint()),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
a = S([1, 2])
a.add(3)
a.update([4], [5])
print(sorted(a.union()), sorted(a.union([9], [8])), sorted(frozenset([1]).intersection()))
print(sorted(a.difference([1], [2])), a.issubset(range(9)), F([1]).isdisjoint([2]), a.pop() in range(9))
print(math.hypot(), math.hypot(3, 4), math.gcd(), math.gcd(12, 18, 9), math.lcm(4, 6), struct.pack("<hh", 1, 2))
print(type(time.time()), type(time.perf_counter_ns()), time.gmtime(0)[:6], time.gmtime()[0] > 2000)
try:
    os.rmdir("/nonexistent-upytorch-dir")
except OSError as e:
    print(type(e).__name__, e.errno)


class T(str):
    pass


for text, f in [
    ("''.isalpha(1)", lambda: "".isalpha(1)),
    ("''.isascii(1)", lambda: "".isascii(1)),
    ("''.lower(1)", lambda: "".lower(1)),
    ("T().upper(1)", lambda: T().upper(1)),
    ("''.capitalize(x=1)", lambda: "".capitalize(x=1)),
    ("''.islower(1)", lambda: "".islower(1)),
    ("''.isidentifier(1)", lambda: "".isidentifier(1)),
    ("''.join()", lambda: "".join()),
    ("T().zfill(1, 2)", lambda: T().zfill(1, 2)),
    ("''.translate()", lambda: "".translate()),
    ("''.format_map()", lambda: "".format_map()),
    ("''.__format__()", lambda: "".__format__()),
    ("''.__getnewargs__(1)", lambda: "".__getnewargs__(1)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
print("a".upper(), T("Ab").swapcase(), "x".join("abc"), "7".zfill(3), "ab".translate({97: "c"}), "a1".isalnum())
for text, f in [
    ("''.replace('a')", lambda: "".replace("a")),
    ("str.maketrans()", lambda: str.maketrans()),
    ("str.maketrans('a', 'b', 'c', 'd')", lambda: str.maketrans("a", "b", "c", "d")),
    ("b''.join()", lambda: b"".join()),
    ("bytearray().join()", lambda: bytearray().join()),
    ("b''.replace(b'a')", lambda: b"".replace(b"a")),
    ("b''.isascii(1)", lambda: b"".isascii(1)),
    ("bytearray().zfill()", lambda: bytearray().zfill()),
    ("b''.__bytes__(1)", lambda: b"".__bytes__(1)),
    ("bytearray().append()", lambda: bytearray().append()),
    ("bytearray().extend()", lambda: bytearray().extend()),
    ("bytearray().pop(1, 2)", lambda: bytearray().pop(1, 2)),
    ("bytearray().insert(1)", lambda: bytearray().insert(1)),
    ("bytearray().remove()", lambda: bytearray().remove()),
    ("bytearray().clear(1)", lambda: bytearray().clear(1)),
    ("bytearray().copy(1)", lambda: bytearray().copy(1)),
    ("bytearray().reverse(1)", lambda: bytearray().reverse(1)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
ba = bytearray(b"ab")
ba.append(99)
ba.extend(b"d")
ba.insert(0, 122)
ba.remove(97)
ba.reverse()
print(ba, ba.pop(), ba.copy(), b"-".join([b"a", b"b"]), b"aa".replace(b"a", b"b", 1), str.maketrans("a", "b"))
for text, f in [
    ("''.partition()", lambda: "".partition()),
    ("T().rpartition(1, 2)", lambda: T().rpartition(1, 2)),
    ("''.removeprefix()", lambda: "".removeprefix()),
    ("''.removesuffix(x=1)", lambda: "".removesuffix(x=1)),
    ("b''.partition()", lambda: b"".partition()),
    ("bytearray().rpartition()", lambda: bytearray().rpartition()),
    ("b''.removeprefix()", lambda: b"".removeprefix()),
    ("bytearray().removesuffix(1, 2)", lambda: bytearray().removesuffix(1, 2)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
print("a=b".partition("="), "a=b=c".rpartition("="), "xab".removeprefix("x"), b"a:b".partition(b":"), b"ab".removesuffix(b"b"))
for text, f in [
    ("b''.strip(1, 2)", lambda: b"".strip(1, 2)),
    ("bytearray().lstrip(1, 2)", lambda: bytearray().lstrip(1, 2)),
    ("b''.upper(1)", lambda: b"".upper(1)),
    ("bytearray().lower(1)", lambda: bytearray().lower(1)),
    ("b''.swapcase(1)", lambda: b"".swapcase(1)),
    ("bytearray().title(1)", lambda: bytearray().title(1)),
    ("b''.capitalize(1)", lambda: b"".capitalize(1)),
    ("b''.center()", lambda: b"".center()),
    ("bytearray().ljust(1, b' ', 2)", lambda: bytearray().ljust(1, b" ", 2)),
    ("b''.rjust()", lambda: b"".rjust()),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
print(b" a ".strip(), bytearray(b"xa").lstrip(b"x"), b"aB".swapcase(), b"ab cd".title(), b"ab".upper(), b"a".center(3, b"*"), b"a".rjust(2))
for text, f in [
    ("''.strip(1, 2)", lambda: "".strip(1, 2)),
    ("T().lstrip(1, 2)", lambda: T().lstrip(1, 2)),
    ("''.rstrip(1, 2)", lambda: "".rstrip(1, 2)),
    ("b''.isalpha(1)", lambda: b"".isalpha(1)),
    ("bytearray().isdigit(1)", lambda: bytearray().isdigit(1)),
    ("b''.isalnum(x=1)", lambda: b"".isalnum(x=1)),
    ("b''.isspace(1)", lambda: b"".isspace(1)),
    ("bytearray().isupper(1)", lambda: bytearray().isupper(1)),
    ("b''.islower(1)", lambda: b"".islower(1)),
    ("b''.istitle(1)", lambda: b"".istitle(1)),
]:
    try:
        f()
        print(text, "no error")
    except TypeError as e:
        print(text, "->", e)
print(" a ".strip(), "xa".lstrip("x"), "ay".rstrip("y"), b"ab".isalpha(), b"1".isdigit(), b"A".isupper(), b"Ab Cd".istitle(), b" ".isspace())
