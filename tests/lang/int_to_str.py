# str/repr/format of ints in several bases and sizes.
for v in (0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 63 - 1, 2 ** 63, 2 ** 200, -(3 ** 150)):
    print(str(v), hex(v), oct(v), bin(v)[:40], format(v, ","), len(str(v)))
print(str(10 ** 100)[:10], str(10 ** 100)[-5:], str(2 ** 1000).count("7"))
