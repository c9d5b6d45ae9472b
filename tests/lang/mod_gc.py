# gc: collect() runs and returns a count; enable/disable/isenabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
for _ in range(100):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
n = gc.collect()
print(type(n).__name__, n >= 0)
big = [[i] * 10 for i in range(1000)]
del big
print(gc.collect() >= 0)
