# raise ... from ...: __cause__, __suppress_context__, from None.
class AppError(Exception):
    pass

def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError("missing " + key) from e

try:
    load("cfg")
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise RuntimeError("r") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
