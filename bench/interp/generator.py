# Generators and generator expressions feeding builtins.
import time


def gen(n):
    for i in range(n):
        yield i


def run(n):
    total = 0
    for v in gen(n):
        total += v
    total += sum(i * 2 for i in range(n))
    return total


N = 300000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
