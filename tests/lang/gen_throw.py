# generator.throw(): caught inside, uncaught propagation, throw after exhaustion.
def worker():
    while True:
        try:
            x = yield "ready"
            print("working on", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(f)
except StopIteration:
    print("finished after throw")

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
g = with_finally()
next(g)
try:
    g.throw(RuntimeError, RuntimeError("typed"))
except RuntimeError as e:
    print("got", e)

def converts():
    try:
        yield
    except IndexError:
        raise TypeError("converted")
c = converts()
next(c)
try:
    c.throw(IndexError)
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
fresh = fragile()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted:", e)
