# Chained comparisons evaluate each operand once and short-circuit.
def v(x, log):
    log.append(x)
    return x

log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 <= x <= 5 < 6 != 7)
print(0 < x < 3, "a" < "b" < "c", [1] == [1] != [2])
print(1 in [1, 2] in [[1, 2]], None is None is not False)
print(2 < 3 > 1 == 1, (2 < 3) > 1)
a = [3, 1, 2]
print(a[0] > a[1] < a[2])
