# Floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 1, -1, 10 ** 20 + 3, -(10 ** 20 + 3)):
    for b in (2, -2, 3, -3, 10 ** 10, -(10 ** 10)):
        print(a, b, a // b, a % b, divmod(a, b) == (a // b, a % b), (a // b) * b + a % b == a)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, 7 % 2.5, -0.0 // 1, 5 // 0.5)
print(-7 // 2 == -4, int(-7 / 2) == -3)
