# Deep recursion raises RecursionError, which can be caught; the interpreter recovers.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))

class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Loop().a
except RecursionError as e:
    print("attr recursion:", type(e).__name__)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
import sys
print(sys.getrecursionlimit() >= 100)
