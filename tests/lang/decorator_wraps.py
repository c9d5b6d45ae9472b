# functools.wraps copies metadata.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@logged
def compute(x, y=2):
    """Compute something."""
    return x ** y

print(compute(3), compute(2, y=10))
print(compute.__name__)
print(compute.__doc__)
print(compute.__qualname__)
print(compute.__module__)
print(compute.__wrapped__(4))
print(compute.__wrapped__.__name__)

def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@plain
def other():
    """Other doc."""
print(other.__name__, other.__doc__)

def with_attr(fn):
    fn.marker = "set"
    return fn

@logged
@with_attr
def marked():
    pass
print(marked.marker, marked.__name__)
