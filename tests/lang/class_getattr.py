# __getattr__ is called only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.local = "mine"
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError("no attribute " + name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.local)
p.append(0)
print(p._target, p.count(1), p.index(2))
try:
    p.bad_name
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "bad_x"), hasattr(p, "sort"), getattr(p, "bad_y", "dflt"))

class Defaults:
    x = 1
    def __getattr__(self, name):
        return "default:" + name
d = Defaults()
print(d.x, d.y, d.anything_else)
d.y = "set"
print(d.y)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: key.upper()
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
print(Dynamic().get_thing())
try:
    Dynamic().other
except AttributeError as e:
    print(type(e).__name__, e)

class PropFails:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(PropFails().p)
