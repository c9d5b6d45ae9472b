# struct: pack/unpack/calcsize with byte orders and common format codes.
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack("<Q", 2 ** 64 - 1))
print(struct.pack("<f", 1.5), struct.pack("<d", -0.1), struct.pack(">H", 0xABCD), struct.pack("<b", -128), struct.pack("<B", 255))
print(struct.pack("<3sx?", b"abc", True), struct.pack("<2i", 1, -1), struct.pack("<c", b"z"), struct.pack("<q", -1))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hh", b"\x00\x01\xff\xff"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)), struct.unpack("<4B", b"\x01\x02\x03\x04"), struct.unpack("<?", b"\x00"))
print(struct.calcsize("<I"), struct.calcsize("<hhl"), struct.calcsize("<d3s"), struct.calcsize("<10f"), struct.calcsize("<qQ"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), struct.iter_unpack("<H", b"\x01\x00\x02\x00").__next__())
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xDEADBEEF)
print(buf)
print(struct.pack("<e", 1.0) if hasattr(struct, "pack") else "", struct.pack("!I", 258))
for bad in (lambda: struct.pack("<B", 256), lambda: struct.pack("<I", -1), lambda: struct.unpack("<I", b"\x00"),
            lambda: struct.pack("<I", 1.5), lambda: struct.pack("<I"), lambda: struct.calcsize("<y")):
    try:
        bad()
    except struct.error as e:
        print("struct.error", e)
