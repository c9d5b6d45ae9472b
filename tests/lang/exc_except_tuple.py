# except with tuples, variables holding tuples, order of handlers.
errs = (ValueError, TypeError)
for bad in (lambda: int("x"), lambda: len(5), lambda: [][1], lambda: {}[1]):
    try:
        bad()
    except errs as e:
        print("errs:", type(e).__name__)
    except (IndexError,) as e:
        print("index:", type(e).__name__)
    except LookupError as e:
        print("lookup:", type(e).__name__)
try:
    raise KeyError("k")
except (LookupError, KeyError) as e:
    print("first matching handler wins", type(e).__name__)
try:
    try:
        raise ValueError
    except ():
        print("empty tuple matches nothing")
except ValueError:
    print("propagated past empty tuple")
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
