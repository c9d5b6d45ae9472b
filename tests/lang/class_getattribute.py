# __getattribute__ intercepts every attribute access.
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "_log") if name != "_log" else None
        if log is not None:
            log.append(name)
        return object.__getattribute__(self, name)
    _log = None

obj = Logged()
Logged._log = []
print(obj.a)
print(obj.__init__ is not None)
print(Logged._log)

class Upper:
    def __init__(self):
        self.name = "value"
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
print(Upper().name)

class Both:
    x = 10
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
b = Both()
print(b.x, b.hidden, b.other)

class Block:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
try:
    Block().y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Block()).__name__)
