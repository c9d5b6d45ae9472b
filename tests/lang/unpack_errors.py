# ValueError/TypeError messages when unpacking fails.
def attempt(src):
    try:
        exec(src, {})
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, b = 1")
attempt("a, b = None")
attempt("a, = []")
attempt("a, *b, c, d = [1, 2]")
attempt("(a, b), c = [1, 2], 3")
attempt("for a, b in [(1, 2), (3,)]: pass")
attempt("a, b = 'xyz'")
attempt("a, b = {'k': 1}")
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
