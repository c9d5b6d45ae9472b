# str literals, escapes, concatenation, repetition, indexing, immutability.
s = "hello"
print(s[0], s[-1], s[1:3], len(s), s + " world", s * 2, 2 * "ab", "" * 5, s * 0, s * -1)
print('single', "double", '''triple
lines''', """also""", 'it\'s', "say \"hi\"")
print("tab\there", "nl\\n", r"raw\n\t", "\x41\u00e9\u4e2d\U0001F600", "\101\060", "a\
b")
print("implicit" " concat" ' works')
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "" < "a", "abc" == "abc", "a" != "A")
print("x" in "xyz", "xz" in "xyz", "" in "abc", "abc" not in "ab")
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(s).__name__, str is type(""), s.__len__(), s.__contains__("ell"), s.__getitem__(1))
print(sorted("hello"), list("ab"), tuple("ab"), "".join(reversed(s)))
