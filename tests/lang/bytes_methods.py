# bytes methods mirroring str.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.strip().split(b", "), b.split())
print(b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"abc".replace(b"b", b"BB"), b"abcabc".find(b"c"))
print(b"abc".rfind(b"c"), b"abc".index(b"b"), b"aaa".count(b"a"), b"xyz".startswith(b"x"), b"xyz".endswith((b"q", b"z")))
print(b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4), b"Hi There".swapcase(), b"hello world".title())
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"key=val".partition(b"="))
print(b"a\nb\r\nc".splitlines(), b"%d-%s" % (5, b"x"), b"abc".decode(), b"\xc3\xa9".decode("utf-8"))
print(b"hello".capitalize(), b"x".join([b"1", b"2", b"3"]), b"ab" * 2, b"cba".translate(None, b"a") if False else b"")
print(b"a b".removeprefix(b"a "), b"tab\tx".expandtabs(4))
