# Rich comparisons, reflection (__lt__ ↔ __gt__), sorting user objects.
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts

vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9"), Ver("1.2.0")]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver("1.0") < Ver("1.1"), Ver("2.0") > Ver("1.1"), Ver("1.0") >= Ver("1.0"))

class Log:
    calls = []
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        Log.calls.append(("lt", self.n, o.n)); return NotImplemented
    def __gt__(self, o):
        Log.calls.append(("gt", self.n, o.n)); return True
print(Log(1) < Log(2), Log.calls)

class OnlyEq:
    def __eq__(self, o): return "truthy"
print(OnlyEq() == 1, OnlyEq() != 1)
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 < 3, 3 > 2 > 2, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "a" < "b" < "ba")
