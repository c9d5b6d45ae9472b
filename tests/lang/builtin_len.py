# len() of builtins and user types, error cases.
print(len(""), len("héllo"), len(b"\x00\x01"), len([1, 2]), len((1,)), len({1: 2}))
print(len({1, 2, 3}), len(frozenset()), len(range(10)), len(range(0, 100, 7)), len(range(5, 0, -2)))
print(len(bytearray(3)), len("😀"), len({"a": 1}.keys()), len({"a": 1}.items()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, 3.5, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
class NotInt:
    def __len__(self):
        return "3"
try:
    len(NotInt())
except TypeError as e:
    print(type(e).__name__, e)
