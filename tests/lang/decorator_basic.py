# Function decorators without arguments.
calls = []

def trace(fn):
    def wrapper(*args, **kw):
        calls.append(fn.__name__)
        return fn(*args, **kw)
    return wrapper

@trace
def add(a, b):
    return a + b

@trace
def neg(x):
    return -x

print(add(1, 2), neg(5), add(b=1, a=2))
print(calls)
print(add.__name__)

def register(fn, registry={}):
    registry[fn.__name__] = fn
    fn.registry = registry
    return fn

@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(one.registry), two.registry["one"]())

def replace_with_value(fn):
    return fn()

@replace_with_value
def computed():
    return [1, 2, 3]
print(computed)

def double_result(fn):
    return lambda *a: fn(*a) * 2

class Holder:
    @double_result
    def value(self):
        return 21
print(Holder().value())
