# sum(): start values, floats, lists, errors.
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(sum(x * x for x in range(4)), sum([10 ** 20, 10 ** 20]), sum([], start=5))
print(sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 0.125))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum(5),
            lambda: sum([1, "x"]), lambda: sum([[1]])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
