# Left/right shifts, including big and negative values.
for a in (1, -1, 5, -5, 2 ** 64, -(2 ** 64) - 7, 123456789):
    print(a, [a << n for n in (0, 1, 10, 63, 64, 100)], [a >> n for n in (0, 1, 3, 64, 200)])
print(1 << 1000 >> 999, -1 >> 100, -(2 ** 100) >> 99, 0 << 10000)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 1.0):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
