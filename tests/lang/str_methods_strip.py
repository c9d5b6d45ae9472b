# strip / lstrip / rstrip / removeprefix / removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print(repr("".strip()), repr("   ".strip()), "aaa".strip("a") == "", "hi".strip(""))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "test.py".removesuffix(".py"), "a".removesuffix(""))
print("\u3000wide space\u3000".strip(), "é é".strip("é"))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
