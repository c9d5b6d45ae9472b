# bytes.hex, bytes.fromhex, decode with errors, encode round trips.
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":") if True else "", bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"))
print("héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), b"\xe4\xb8\xad".decode())
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), b"abc".decode("ascii"))
for bad in (lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"\xff".decode(), lambda: b"\x80".decode("ascii")):
    try:
        bad()
    except (ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__)
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])))
