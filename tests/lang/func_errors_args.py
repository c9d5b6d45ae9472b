# TypeError messages for wrong argument counts and names.
def two(a, b):
    return a + b

def tests():
    yield lambda: two(1)
    yield lambda: two(1, 2, 3)
    yield lambda: two()
    yield lambda: two(1, c=2)
    yield lambda: two(1, a=2)
    yield lambda: (lambda: 0)(1)
    yield lambda: (lambda x, *, y: 0)(1)
    yield lambda: (lambda x, y, z: 0)(1)
    yield lambda: (lambda x, /: 0)(x=1)

for t in tests():
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)

class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.m(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"(1)
except TypeError as e:
    print(type(e).__name__, e)
