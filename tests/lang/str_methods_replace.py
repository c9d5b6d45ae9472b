# replace with counts, empty patterns; translate/maketrans.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", ""), "".replace("", "x"))
print("héllo".replace("é", "e"), "ababa".replace("aba", "X"), s.replace("one", "1", -1))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "abc".translate({ord("a"): None, ord("b"): "BB"}))
print("hello".translate(str.maketrans({"l": "L", "o": None})), str.maketrans("ab", "cd", "e") == {97: 99, 98: 100, 101: None})
