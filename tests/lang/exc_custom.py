# User exception classes: attributes, __str__, hierarchies, args handling.
class AppError(Exception):
    """Base of app errors."""

class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code
    def __str__(self):
        return "%s not found (%d)" % (self.name, self.code)

class Quiet(AppError):
    pass

try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
try:
    raise Quiet()
except AppError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise Quiet("one")
except Quiet as e:
    print(str(e), repr(e))
try:
    raise Quiet("a", 2)
except Quiet as e:
    print(str(e), repr(e))
class WithInit(ValueError):
    def __init__(self, x):
        self.x = x
try:
    raise WithInit(5)
except ValueError as e:
    print(e.x, e.args, str(e))
e = NotFound("x", 1)
e.args = ("changed",)
print(e.args, e.name)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
