# chr() and ord() across ASCII, Latin-1, BMP and astral code points.
for c in "aZ0 ~\n\x00\x7fé€中😀":
    print(ord(c), repr(chr(ord(c))))
print(chr(65), chr(0x263A), chr(0x10FFFF) == "\U0010FFFF", ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(i) for i in range(97, 123)))
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr("a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
