# int methods: to_bytes, from_bytes, bit_length, as_integer_ratio, is_integer-likes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (2 ** 64).to_bytes(9, "little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes(range(1, 17)), "big"), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"))
print((10).as_integer_ratio(), (-3).as_integer_ratio())
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((7).__index__(), int.__name__, (5).__bool__(), (0).__bool__(), (-5).__abs__(), (5).__neg__())
