# str() constructor: objects, bytes with encoding, errors.
print(str(), str(5), str(-1.5), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), str(str))
print(str(b"abc", "utf-8"), str(b"\xc3\xa9", encoding="utf-8"), str(b"abc"))
print(str(bytearray(b"xyz"), "ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xffa", "utf-8", "replace"), str(b"\xffa", "utf-8", "ignore"))
class S:
    def __str__(self): return "custom"
print(str(S()), str(1e16), str(1e-5), str(0.1), str(100.0))
