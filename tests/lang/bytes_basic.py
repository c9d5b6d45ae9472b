# bytes literals, construction, indexing, slicing, concatenation.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), b + b" world", b * 2, b"" * 3)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(b"\x00\xff\n\t\\", b"'", b'"', b"\x7f\x80", list(b"abc"), b"abc" == b"abc", b"a" < b"b")
print(b"ell" in b, 101 in b, 120 in b, type(b[0]).__name__, type(b[0:1]).__name__)
for x in b"hi":
    print(x, end=" ")
print()
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: b"a" + "b", lambda: bytes(-1),
            lambda: b"abc"[5], lambda: bytes(1.5)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b == "hello", b"1" == 1)
