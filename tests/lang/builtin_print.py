# print(): sep, end, file, flush, multiple args, no args.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*[], sep="x")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", end="")
print("tab\tand\nnewline")
print("unicode: é ß 中文 😀")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "object", file=w)
print(w.parts)
