# str.split / rsplit / splitlines: separators, maxsplit, whitespace rules.
print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0))
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"), "x".split("y"))
print(" a  b  c ".split(None, 1), " a  b  c ".rsplit(None, 1), "a\tb\nc\x0bd".split())
print("1 2 3".split(maxsplit=1), "1,2,3".rsplit(sep=",", maxsplit=-1))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "x\n\ny".splitlines())
print("one\x1cfile\u2028sep".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
