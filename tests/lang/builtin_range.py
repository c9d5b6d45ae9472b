# range(): construction, iteration, len, repr, negative steps, errors.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -4, -1)))
r = range(1, 20, 4)
print(len(r), r.start, r.stop, r.step, r[0], r[-1], r[2])
print(type(r).__name__, range(3) == range(0, 3), range(0) == range(5, 5), range(1, 4, 5) == range(1, 2))
for bad in [(1.5,), ("3",), (1, 2, 0), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
