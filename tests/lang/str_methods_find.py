# find / rfind / index / rindex / count with ranges.
s = "hello world, hello moon"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.rfind("o", 0, 10))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("o", -5), s.find("l", 3, 4), s.find("l", 3, 3))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, 15))
print("aaaa".count("aa"), "ababab".find("ab", 1), "ababab".rfind("ab", 0, 5))
print("héllo wörld".find("w"), "héllo".index("l"), "日本語".find("語"))
for bad in (lambda: s.index("zzz"), lambda: s.rindex("zzz"), lambda: s.find(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
