# Implicit chaining: __context__ set when raising inside except/finally.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise TypeError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    print(repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except ValueError as v:
        try:
            raise KeyError("y")
        except KeyError as k:
            raise RuntimeError("z")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)

err = ValueError("manual")
err.__context__ = KeyError("ctx")
print(repr(err.__context__))
e2 = Exception("x")
print(e2.__context__, e2.__cause__, e2.__traceback__)
try:
    raise e2
except Exception as got:
    print(got is e2, got.__traceback__ is not None)
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self-context avoided:", e.__context__)
