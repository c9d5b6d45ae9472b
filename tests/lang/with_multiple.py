# Multiple context managers in one with statement: enter order, reverse exit order.
class CM:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.n)
        print("enter", self.n)
        return self.n
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None)

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("p"), CM("q"):
        raise KeyError("k")
except KeyError:
    print("key error after both exits")
with (CM("paren1") as x,
      CM("paren2") as y):
    print(x, y)
