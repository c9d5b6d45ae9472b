# repr() quoting and escaping rules for str.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x1f\x7f", "\x80\x9f\xa0\xff",
          "é中", "\u200b", "\ud7ff", "😀", "\U000e0001", "\x0b\x0c", "'", '"', "'\"'"]:
    print(repr(s), ascii(s))
