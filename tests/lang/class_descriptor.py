# User descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)

class Rec:
    n = Typed(int)
    s = Typed(str)

r = Rec()
print(r.n)
r.n = 5
r.s = "x"
print(r.n, r.s, sorted(vars(r)))
try:
    r.n = "bad"
except TypeError as e:
    print(type(e).__name__, e)
del r.n
print(r.n, isinstance(Rec.n, Typed))

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class H:
    d = NonData()
h = H()
print(h.d)
h.__dict__["d"] = "from instance"
print(h.d, H.d)

class Const:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class K:
    c = Const()
k = K()
k.__dict__["c"] = 0
print(k.c)
try:
    k.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
