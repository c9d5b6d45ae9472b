# vars() and dir() on user objects, modules and classes (filtered to stable names).
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("base_attr" in vars(Child), "child_attr" in vars(Child))
import math
print("sqrt" in dir(math), "pi" in vars(math), vars(math)["pi"])
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
print(sorted(n for n in dir() if not n.startswith("__")))
