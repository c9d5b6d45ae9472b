# __getitem__ receiving slices and tuples; __index__.
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[1:2], s[::2], s[1:2:3], s[:], s[-1:])
print(s[1, 2], s[1:2, ::3], s[...], s[None])
sl = s[2:10:3]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
print(sl.indices(5), slice(None, None, -1).indices(4))

class MyList:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return MyList(self.items[k])
        return self.items[k]
    def __repr__(self):
        return "MyList(%r)" % self.items
    def __len__(self):
        return len(self.items)
m = MyList(range(10))
print(m[2], m[-1], m[2:5], m[::-3], len(m[1:]))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), range(Idx(3)))
try:
    [1, 2]["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][1.0]
except TypeError as e:
    print(type(e).__name__, e)
