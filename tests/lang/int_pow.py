# Integer exponentiation: big results, negative exponents, modular pow.
print([2 ** i for i in range(0, 70, 7)])
print(3 ** 100, (-3) ** 101, 7 ** 0, 0 ** 5, 1 ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print(2 ** -1, 10 ** -3, (-2) ** -2, type(2 ** -1).__name__)
print(pow(7, 128, 13), pow(12345678901234567890, 98765, 10 ** 12 + 39), pow(-7, 3, 10), pow(7, 3, -10))
print(pow(5, -2, 13), (pow(5, -2, 13) * 25) % 13)
print(10 ** 50 % 97, (2 ** 127 - 1) % 1000000007)
try:
    pow(4, -1, 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print(type(e).__name__, e)
