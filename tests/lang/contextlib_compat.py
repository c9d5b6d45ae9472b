# contextlib: contextmanager (as decorator too), ExitStack, suppress, nullcontext, closing, errors.
import contextlib
from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing, redirect_stdout
import io

@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("boom")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@tag("deco")
def decorated():
    print("in decorated")
decorated()

with suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("inside stack")
with ExitStack() as stack:
    stack.enter_context(tag("s"))
    rest = stack.pop_all()
print("popped")
rest.close()
def cb_exit(*exc):
    print("push exit", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(cb_exit)
    raise IndexError("swallowed")
print("after swallowed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("cm exit")
with CM() as c:
    print(type(c).__name__)

@contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
try:
    with reraiser():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("x")
except StopIteration as e:
    print("StopIteration", e)
try:
    with ExitStack() as s:
        s.enter_context(3)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
cm = tag("reuse")
with cm: pass
try:
    with cm: pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
