# __eq__ / __hash__: use as dict keys and in sets; __eq__ without __hash__.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))

d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
print(len({Key(1, 1), Key(1, 1), Key(2, 2)}))
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 2), Key(1, 2) == "x")

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() == 5, EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))

class NE:
    def __eq__(self, o):
        return NotImplemented
print(NE() == NE(), NE() != 3)

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    __hash__ = None
print(Num(3) == 3, 3 == Num(3), Num(3) != 4)
print([1, Num(2), 3].index(2), Num(2) in [1, 2])

class H:
    def __hash__(self):
        return 7
print(hash(H()), hash(True), hash(1), hash(1.0), hash(-1) == hash(-2))

# __hash__'s value is the hash when it fits in 64 bits (a str's hash may exceed
# 2**61, the modulus of an int's hash); -1 becomes -2; larger ones are reduced.
class Returns:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(Returns(hash('key'))) == hash('key'), hash(Returns(2**62)), hash(Returns(-2**63)))
print(hash(Returns(-1)), hash(Returns(2**63)), hash(Returns(-2**63 - 1)), hash(Returns(2**100)))
