# __setattr__ overrides: validation, recording, delegating to object.__setattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)

f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "y", 3)
except AttributeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __init__(self):
        self.history = []
    def __setattr__(self, name, value):
        if name != "history":
            self.history.append((name, value))
        super().__setattr__(name, value)
r = Recorder()
r.a = 1
r.b = "two"
r.a = 3
print(r.a, r.b, r.history)

class Typed:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int, got %s" % (name, type(value).__name__))
        self.__dict__[name] = value * 10
t = Typed()
t.n = 4
print(t.n, t.__dict__)
try:
    t.m = "x"
except TypeError as e:
    print(type(e).__name__, e)

class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x + 1
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
w = WithProp()
w.v = 10
print(w.v)
