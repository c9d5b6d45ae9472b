# Iterating strings, membership, min/max, mult, misc methods (count, encode, format_map).
s = "mississippi"
print(sorted(set(s)), s.count("ss"), s.count("i"), [c for c in s if c > "m"], max(s), min(s))
print(dict.fromkeys(s), {c: s.count(c) for c in "misp"})
print("{x}-{y}".format_map({"x": 1, "y": 2}), "abc".__len__(), "a,b".split(",")[::-1])
print(str.upper("x"), str.join("-", "ab"), "".join(sorted("cba")), "ab" * 3 + "c")
it = iter("ab")
print(next(it), next(it), next(it, None))
print(hash("abc") == hash("ab" + "c"), "abc" is not None)
