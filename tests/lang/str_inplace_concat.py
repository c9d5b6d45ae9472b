s = ""
for i in range(5):
    s += str(i)
    t = s
    s += "x"
    print(s, t)
u = "é"
for i in range(3):
    u += "ü"
print(u, len(u), u == "é" + "ü" * 3, hash(u) == hash("éüüü"))
class S(str):
    def __radd__(self, o): return "radd"
v = "a"
v += S("b")
print(v)
def f():
    w = "abc"
    w += w
    return w
print(f())
class S(str):
    def __radd__(self, o): return "radd"
print("a" + S("b"))
v = "a"
v += S("b")
print(v)
class I(int):
    def __radd__(self, o): return "iradd"
print(1 + I(2))
t = (1,)
class T(tuple):
    def __radd__(self, o): return "tradd"
t += T((2,))
print(t)
l = [1]
class L(list):
    def __radd__(self, o): return "lradd"
l += L([2])
print(l)
def grow(n):
    s = ""
    for i in range(n):
        s += "%d," % i
    return s
print(len(grow(2000)), grow(2000)[-10:])
class X:
    def __radd__(self, o): return 'xradd'
    def __iter__(self): return iter([5])
l = [1]; l += X(); print(l)
l = [1]; l += [2]; l *= 2; print(l)
class Y:
    def __ror__(self, o): return 'yror'
s = {1}; s |= Y(); print(s)
class Z:
    def __radd__(self, o): return 'zradd'
b = bytearray(b'a'); b += Z(); print(b)
class W:
    def __iter__(self): return iter([7])
l = [1]; l += W(); print(l)
