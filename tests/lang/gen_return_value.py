# return in generators: StopIteration.value, return None.
def g():
    yield 1
    return "the value"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

def h():
    yield 1
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

def k():
    return [1, 2]
    yield
try:
    next(k())
except StopIteration as e:
    print(e.value)

def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
