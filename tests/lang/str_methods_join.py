# join with various iterables and errors.
print(",".join(["a", "b", "c"]), "".join("xyz"), " ".join(()), "-".join(["only"]), "->".join(map(str, range(4))))
print(", ".join(k for k in {"x": 1, "y": 2}), "".join(["é", "中", "😀"]), "ab".join("123"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
