# range() with arbitrary-precision bounds.
print(list(range(2 ** 64, 2 ** 64 + 3)), range(-10 ** 20, 10 ** 20)[-1])
big = range(10 ** 30)
print(len(big[::10 ** 25]), 10 ** 29 in big, big[-1], big[10 ** 20], big.index(10 ** 25))
r = range(-(2 ** 70), 2 ** 70, 2 ** 68)
print(list(r), len(r), r[-1], 0 in r, 1 in r)
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), range(0, 2 ** 65)[::-2 ** 63])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)
