# startswith / endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(("x", "fi")))
print(s.endswith(".gz"), s.endswith((".zip", ".tar.gz")), s.endswith("tar", 0, 12), s.endswith(""))
print("".startswith(""), "abc".startswith("", 5), "abc".startswith("abcd"), "abc".endswith("c", -1))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
