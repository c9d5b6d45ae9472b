# __new__ vs __init__: construction order, returning other objects, immutable subclasses.
class Tracked:
    log = []
    def __new__(cls, *args):
        Tracked.log.append(("new", cls.__name__, args))
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        Tracked.log.append(("init", v))
        self.v = v

t = Tracked(7)
print(t.created, t.v, Tracked.log)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(Other())

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), type(p).__name__)

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Single() is Single())
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
