# itertools: bad arguments fail when the iterator is made, not when it first
# runs, with CPython's exception types and messages.
import itertools as it


def show(label, make):
    try:
        r = make()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> made", list(it.islice(r, 4)))


show("count str", lambda: it.count("a"))
show("count step str", lambda: it.count(1, "b"))
show("count None", lambda: it.count(None))
show("count float", lambda: it.count(0.5, 0.25))
show("cycle int", lambda: it.cycle(1))
show("cycle", lambda: it.cycle("ab"))
show("repeat str times", lambda: it.repeat(1, "a"))
show("repeat float times", lambda: it.repeat(1, 2.0))
show("repeat neg", lambda: it.repeat(1, -3))
show("repeat bool", lambda: it.repeat("x", True))
show("accumulate int", lambda: it.accumulate(1))
show("accumulate initial", lambda: it.accumulate([1, 2], initial=10))
show("accumulate mixed", lambda: list(it.accumulate([1, "a"])))
show("zip_longest int", lambda: it.zip_longest("a", 1))
show("zip_longest", lambda: it.zip_longest("ab", "c", fillvalue=0))
show("pairwise int", lambda: it.pairwise(1))
show("pairwise", lambda: it.pairwise("abc"))
show("permutations str r", lambda: it.permutations("abc", "x"))
show("permutations float r", lambda: it.permutations("abc", 1.0))
show("permutations neg", lambda: it.permutations("abc", -1))
show("islice one arg", lambda: it.islice("abc"))
show("islice five args", lambda: it.islice("abc", 1, 2, 3, 4))
show("islice neg", lambda: it.islice("abc", -1))
show("islice step 0", lambda: it.islice("abc", 0, 2, 0))
show("starmap int", lambda: list(it.starmap(pow, [1])))
show("starmap", lambda: it.starmap(pow, [(2, 3), [3, 2], "\x02\x01"[:0] or (4, 1)]))
show("product neg", lambda: it.product("ab", repeat=-1))
show("combinations neg", lambda: it.combinations("abc", -1))
show("cwr neg", lambda: it.combinations_with_replacement("abc", -1))
