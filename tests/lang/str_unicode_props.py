# Full-Unicode character properties and special case mappings (beyond ASCII/Latin-1).
for t in ("²", "Ⅻ", "中文", "\u00a0", "٣", "ǅ", "ß", "ﬁ", "\u2028", "Σ"):
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable())
print(int("٣"), int("١٢"), float("٣.٥"))
print("ß".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "ǅ".lower(), "ǆ".title(), "straße".casefold())
