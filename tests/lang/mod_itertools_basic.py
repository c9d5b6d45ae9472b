# itertools: count, cycle, repeat, chain, islice, accumulate, starmap, takewhile, dropwhile, ...
import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.repeat(1), 2)), list(it.repeat(0, 0)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3], []])), list(it.chain()))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abcdef", 3)), list(it.islice("abc", 1, None)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.zip_longest("ab", [1, 2, 3])), list(it.zip_longest("a", "xyz", fillvalue="-")))
print(list(it.pairwise([1, 2, 3, 4])), list(it.pairwise("a")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
for key, grp in it.groupby("aaabccdd"):
    print(key, list(grp), end="; ")
print()
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
try:
    it.islice(range(3), -1)
except ValueError as e:
    print(type(e).__name__)
