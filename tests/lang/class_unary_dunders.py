# Unary and conversion dunders: __neg__, __pos__, __invert__, __abs__, __int__,
# __float__, __index__, __round__, __bool__.
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(+self.v * 10)
    def __invert__(self): return U(~self.v)
    def __abs__(self): return U(abs(self.v) + 0.5)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v) + 0.25
    def __round__(self, n=None): return ("round", n)
    def __repr__(self): return "U(%r)" % self.v

u = U(3)
print(-u, +u, ~u, abs(U(-2)), int(u), float(u), round(u), round(u, 2))
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 6
print(int(I()) if hasattr(int, "__index__") else 0, hex(I()), [0] * I() == [0] * 6)
