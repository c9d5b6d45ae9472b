# min()/max(): iterables, multiple args, key, default, ties, errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2.5, 1, 3)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "cc"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([], default="empty"), max([], default=None))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max(range(10), key=lambda x: x % 7))
print(max(1, 2.5), min(-0.0, 0), max(True, 1), max([1, 1.0]))
for f in (min, max):
    for bad in ((), ([],), (5,), ([1, "a"],)):
        try:
            f(*bad)
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
