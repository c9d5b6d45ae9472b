# Reflected operators (__radd__ etc.), subclass-first priority, NotImplemented chains.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
    def __add__(self, o):
        if isinstance(o, (int, R)):
            return R(self.v + (o.v if isinstance(o, R) else o))
        return NotImplemented
    def __radd__(self, o):
        return R(("r", o, self.v))
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rand__(self, o):
        return "rand"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"

print(1 + R(2), 10 - R(3), 3 * R(4), 8 / R(2), 2 ** R(5), R(1) + 1, R(1) + R(2))
print("s" + R(1), [1] @ R(0), 1 & R(0), 7 // R(2), 7 % R(2))
print(sum([R(1), R(2)], R(0)), sum([R(1)]))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __add__(self, o):
        return "Derived.add"
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

class Never:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Never() + Never()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 - Never()
except TypeError as e:
    print(type(e).__name__, e)
