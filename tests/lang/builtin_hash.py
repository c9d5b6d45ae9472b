# hash(): equality-consistent hashing of numbers, tuples; unhashable types.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) if False else hash(10) == hash(10.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash("abc") == hash("abc"))
print(hash(-1), hash(5), hash(-2), hash(0))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(isinstance(hash("x"), int), hash(3.5) == hash(3.5), hash(10 ** 30) == hash(10 ** 30))
for bad in ([], {}, set(), bytearray(), ([],), {1: 2}.keys() if False else [1]):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, False}
print(len(s))
