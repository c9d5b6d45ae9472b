# In-place operators: __iadd__ etc., fallback to __add__, aliasing effects.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self

a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, alias is a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

l = [1]
m = l
l += [2]
print(m, l is m)
t = (1,)
u = t
t += (2,)
print(u, t)
s = "a"
s += "b"
s *= 3
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n &= 0b1110; n ^= 5
print(n)
class Ret:
    def __iadd__(self, o):
        return "replaced"
r = Ret()
r += 1
print(r)
try:
    q = None
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
