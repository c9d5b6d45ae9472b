# Arbitrary precision integers: growth, arithmetic, conversions.
a = 2 ** 100
b = 3 ** 80
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(b // a, b % a, divmod(b, a), divmod(-b, a))
print(a ** 3, (-a) ** 3)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63, 2 ** 62 * 2, 9223372036854775807 + 1)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)))
print(f // (f // 1000), f % 1000003)
print(10 ** 40 // 10 ** 20, 10 ** 40 / 10 ** 20, (10 ** 40 + 1) / 10 ** 20)
print(str(-10 ** 30), repr(10 ** 30), int(str(7 ** 77)) == 7 ** 77)
print(a == 2 ** 100, a > b, a < b, a == float(a), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(a) == hash(2 ** 100), abs(-a) == a, -(-a) == a)
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 30)
print(123456789 * 987654321, 99999999999 * 99999999999, (2 ** 31) * (2 ** 31), (2 ** 32) ** 2)
print(int(1e30), float(10 ** 30), 10 ** 30 / 3)
mx = 2 ** 62 - 1
print(mx + mx, mx * mx, -mx - mx - 2, (mx + 1) // 2)
