# try/except/else/finally flow.
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log

print(attempt(2))
print(attempt(0))
try:
    raise ValueError("v", 1)
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == "")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    try:
        {}["missing"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer caught", e)
try:
    int("x")
except Exception as e:
    print(isinstance(e, ValueError), e)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
