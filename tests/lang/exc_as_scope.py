# The `as` name is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, "exc" in locals()
r = f()
print(type(r[0]).__name__, r[1])
try:
    raise KeyError(1)
except KeyError as k:
    k2 = k
print(repr(k2))
