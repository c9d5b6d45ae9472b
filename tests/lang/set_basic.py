# set construction, add/remove/discard/pop, membership (small ints only).
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 in s, type(s).__name__)
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s))
print(set(), set([1, 1, 2]), set(range(3)), set((5,)), len(set("aab")))
e = set()
e.add(7)
print(e.pop(), e)
for bad in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: set().add([]), lambda: set(5)):
    try:
        bad()
    except (KeyError, TypeError) as ex:
        print(type(ex).__name__, ex)
c = s.copy()
c.clear()
print(sorted(s), c)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), {1, 2, 3} == set(range(1, 4)))
