# bytearray: mutation, slicing, conversion, comparisons.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[0], ba[-1], ba[1:4], bytes(ba), type(ba[1:2]).__name__)
ba[1:3] = b"EE"
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("E"))
print(ba, ba.find(b"o"), ba.count(b"l"), b"E" in ba, ba.upper(), ba == b"AElo! o", ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)) + b"x", bytearray(b"ab") * 2)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2.reverse()
print(ba2, ba2.hex(), bytearray(b"x").copy(), ba2.clear(), ba2)
for bad in (lambda: bytearray(b"a").__setitem__(0, 300), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
            lambda: hash(bytearray()), lambda: bytearray(b"a").append(-1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
