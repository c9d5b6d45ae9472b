# reversed(): sequences, __reversed__, ranges, errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 3))))
print(list(reversed([])), "".join(reversed("hello")))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
print(list(reversed({"a": 1, "b": 2})))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)


# __getitem__ without __len__: reversed() fails on the length
class GetitemOnly:
    def __getitem__(self, i):
        return i


try:
    reversed(GetitemOnly())
except TypeError as e:
    print("TypeError", e)
