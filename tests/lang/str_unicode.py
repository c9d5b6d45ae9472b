# Unicode: code point indexing, lengths, encoding sizes, iteration.
s = "añ中😀b"
print(len(s), [c for c in s], s[1], s[2], s[3], s[-1], s[1:4], s[::-1])
print([ord(c) for c in s], len(s.encode("utf-8")), s.encode("utf-8"))
print(s.find("😀"), s.index("b"), "😀" in s, s.count("中"), s.upper())
print("\u03b1", "\u00e9" == "é", len("e\u0301"))
for ch in "zé中😀":
    print(ch, len(ch.encode()), ch.encode("utf-8").decode("utf-8") == ch)
print("é".encode("latin-1") if False else "skip latin-1", "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__)
print(sorted(["é", "e", "z", "a", "中"]), max("abc😀"))
