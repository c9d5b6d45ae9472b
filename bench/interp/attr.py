# Instance attribute reads and writes.
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    p = Point(1, 2)
    for i in range(n):
        p.x = p.y + i
        p.y = p.x - i
    return p.x


N = 500000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
