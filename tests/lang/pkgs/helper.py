# A plain module with functions, constants, private names and __all__.
__all__ = ["double", "CONST", "Greeter"]
CONST = 42
_private = "hidden from star import"
not_exported = "also hidden from star import"

def double(x):
    return x * 2

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name

def where():
    return __name__
