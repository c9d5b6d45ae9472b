# Python function calls with positional and keyword arguments.
import time


def add(a, b, c=1):
    return a + b + c


def run(n):
    total = 0
    for i in range(n):
        total = add(total, i) + add(i, 1, c=2) - i
    return total


N = 300000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
