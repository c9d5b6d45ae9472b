# Common string-building patterns: join, +=, format, list of parts.
parts = []
for i in range(5):
    parts.append("item%d" % i)
print(", ".join(parts))
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
lines = ["{:<6}|{:>4}".format(name, n) for name, n in [("ab", 1), ("cdef", 22), ("g", 333)]]
print("\n".join(lines))
table = {"x": 1.5, "yy": 22.25}
print("; ".join(f"{k}={v:.1f}" for k, v in table.items()))
print("-" * 20)
print("".join(chr(ord("a") + (i * 7) % 26) for i in range(26)))
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), " ".join(reversed(words)), "_".join(words).upper())
csv = "name,age\nann,30\nbob,25"
rows = [r.split(",") for r in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
