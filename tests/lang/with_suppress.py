# __exit__ returning true suppresses the exception; returning a truthy object too.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return "truthy string"
        return None

with Suppress(KeyError) as s:
    {}["x"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
def f():
    with Suppress(ZeroDivisionError):
        1 / 0
        return "unreachable"
    return "after with"
print(f())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError
        print("iteration", i)
class Converting:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("converted") from ev
try:
    with Converting():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__))
