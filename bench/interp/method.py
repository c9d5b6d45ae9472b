# Method calls on user classes, including an inherited one and super().
import time


class Base:
    def __init__(self):
        self.count = 0

    def step(self, k):
        self.count += k
        return self.count


class Child(Base):
    def step(self, k):
        return super().step(k) + 1

    def peek(self):
        return self.count


def run(n):
    c = Child()
    for i in range(n):
        c.step(1)
        c.peek()
    return c.count


N = 300000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
