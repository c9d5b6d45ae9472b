# else runs only without exception; exceptions in else are not caught by the same try.
def f(v):
    try:
        r = int(v)
    except ValueError:
        return "bad"
    else:
        if r < 0:
            raise KeyError("negative")
        return "ok %d" % r
    finally:
        print("finally for", repr(v))

print(f("5"))
print(f("x"))
try:
    f("-3")
except KeyError as e:
    print("else raised", e)

def g():
    try:
        pass
    except Exception:
        pass
    else:
        try:
            raise ValueError("in else")
        except ValueError as e:
            return "handled " + str(e)
print(g())
