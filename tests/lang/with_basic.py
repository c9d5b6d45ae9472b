# with statement basics, including contextlib-free managers and file objects.
class Res:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        self.open = False
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

with Res("r1") as r:
    print("inside", r.open)
print("after", r.open)
try:
    with Res("r2"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Res("r3"):
    pass
def early_return():
    with Res("r4") as x:
        return x.name
print(early_return())
for i in range(2):
    with Res("loop%d" % i):
        continue
with Res("r5") as (a):
    print(a.name)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (p, q):
    print(p + q)
