# Plain function definitions, calls and return values.
def add(a, b):
    return a + b

def nothing():
    pass

def early(x):
    if x > 0:
        return "pos"
    return "non-pos"

def multi():
    return 1, "two", [3]

print(add(2, 3), add("a", "b"), add([1], [2]))
print(nothing())
print(early(5), early(0), early(-2))
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
print(add.__name__, nothing.__name__)
f = add
print(f(10, 20), f is add)

def doc():
    "A docstring."
    return 1
print(doc.__doc__)
print(nothing.__doc__)

def outer():
    def inner(y):
        return y * 2
    return inner(21)
print(outer())

def count_down(n):
    out = []
    while n:
        out.append(n)
        n -= 1
    return out
print(count_down(5))
print(callable(add), callable(3))
