# slice objects: attributes, indices(), equality, use as keys in __getitem__.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print("abcdefghij"[s], list(range(20))[s], (0, 1, 2, 3)[slice(-2, None)])
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(type(s).__name__)
