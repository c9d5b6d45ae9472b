# sorted(): key, reverse, stability, mixed types errors, list.sort equivalence.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)))
words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([3.5, -1, 2, True]))
print(sorted([]), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([None], key=lambda x: 0))
