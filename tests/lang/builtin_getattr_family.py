# getattr / setattr / hasattr / delattr.
class C:
    cls = "class value"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls"), getattr(c, "missing", None), getattr(C, "cls"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), hasattr(c, "y"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"))
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), getattr(int, "__name__"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "append", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print("hasattr propagates", type(e).__name__)
