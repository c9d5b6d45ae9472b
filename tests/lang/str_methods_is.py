# Character class predicates.
tests = ["abc", "ABC", "Abc Def", "123", "12.5", "", " \t\n", "abc123", "_id", "a b", "é", "Hello World",
         "HELLO world", "x1_", "1x", "class", "\x7f", "A1!"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
