# zip(): shortest stops, many args, unzip idiom, strict=.
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])), list(zip(range(3), range(10), "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip("abc", range(3))))
z = zip([1], [2])
print(next(z), next(z, None), type(z).__name__)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
def counted():
    for i in range(5):
        print("produce", i)
        yield i
print(list(zip(counted(), "ab")))
