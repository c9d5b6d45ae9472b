# Module-level constants used from functions, classes and default arguments.
PI = 3.14159
NAMES = ("alpha", "beta")
CONFIG = {"depth": 3, "width": 8}
DEBUG = False
EPS = 1e-6

def area(r, pi=PI):
    return pi * r * r

class Layer:
    width = CONFIG["width"]
    def describe(self):
        return "%s layer width=%d depth=%d debug=%s" % (NAMES[0], self.width, CONFIG["depth"], DEBUG)

print(area(2), Layer().describe())
CONFIG["depth"] = 5
print(Layer().describe(), Layer.width)
PI = 3
print(area(1), area(1, PI))
def uses_eps(x):
    return abs(x) < EPS
print(uses_eps(1e-7), uses_eps(0.1))
print(__name__, type(__builtins__).__name__ in ("module", "dict"), isinstance(__doc__, (str, type(None))))
