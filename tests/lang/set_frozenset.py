# frozenset: hashable, immutable, mixes with set in operations.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "as key"}[frozenset({1, 2, 3})], {frozenset(), frozenset({1})} == {frozenset({1}), frozenset()})
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 2}), type(f.copy()).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset() == set(), f == {1, 2, 3}, frozenset("aa") == frozenset("a"))
nested = {frozenset({1}), frozenset({1, 2})}
print(sorted(len(x) for x in nested))
