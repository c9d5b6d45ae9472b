# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, 1 + 2 << 3, 1 << 2 + 1)
print(5 & 3 | 4, 5 & (3 | 4), 6 ^ 3 & 5, 1 | 2 ^ 3, ~5 + 1, -~5, not 1 == 2, not (1 and 0))
print(1 < 2 == True, (1 < 2) == True, 3 if 1 else 4 + 10, (3 if 0 else 4) + 10)
print(True or False and False, (True or False) and False, not True or True, 1 + True * 2)
print("a" + "b" * 2, ("a" + "b") * 2, [1] * 2 + [3], -3 % 5, -(3 % 5), 2 * -3, 2 ** 2 * 3)
x = 5
print(x > 3 and x < 10, 0 < x < 10 or False, x in [5] and x not in [6], x is not None)
print((lambda: 0 if False else 1 is not None)(), (lambda: 1)() + 1)
