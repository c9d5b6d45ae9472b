# sys._getframe / inspect.currentframe: the caller's code, globals, line and callers.
import sys, types, inspect
def f():
    fr = sys._getframe(1)
    print(fr.f_code.co_filename.endswith("sys_getframe.py"), fr.f_lineno, fr.f_globals['__name__'], fr.f_back)
    fr = sys._getframe(); print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_lineno, type(fr).__name__, type(fr) is types.FrameType)
    c = inspect.currentframe(); print(c.f_code.co_name, c.f_back.f_code.co_name, c.f_lineno)
f()
def g(n):
    if n == 0:
        fr = sys._getframe(); k = 0
        while fr: fr = fr.f_back; k += 1
        return k
    return g(n - 1)
print(g(300))
def gen():
    yield sys._getframe().f_back.f_code.co_name
def consumer():
    return next(gen())
print(consumer())
for bad in [lambda: sys._getframe(1000), lambda: sys._getframe("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
fr = sys._getframe()
print(fr.f_globals is globals(), fr.f_code.co_name)
import typing
T = typing.TypeVar("T")
print(T.__module__ if hasattr(T, "__module__") else None)
