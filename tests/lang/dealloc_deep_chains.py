# Deep chains of objects freed without exhausting the C stack.
f = lambda: None
for i in range(300000):
    f = f.__call__
f = None
l = []
for i in range(300000):
    l = [l]
l = None
d = {}
for i in range(300000):
    d = {'k': d}
d = None
class Node:
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(300000):
    n = Node(n)
n = None
class Loud:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self):
        if self.i % 100000 == 0: print('del', self.i)
x = None
for i in range(300001):
    x = Loud(i, x)
x = None
print('done')
