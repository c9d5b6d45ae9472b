# Annotations are stored, not enforced.
from typing import List, Optional, Dict, Callable

def f(x: int, y: "str" = "a") -> List[int]:
    return [x] * 2

print(f(3))
print(f("not an int"))
print(sorted(f.__annotations__))
print(f.__annotations__["x"], f.__annotations__["y"])

def g(cb: Optional[Callable[..., int]] = None, *args: int, **kw: Dict[str, int]) -> None:
    return cb() if cb else None
print(g(), g(lambda: 7))
print(sorted(g.__annotations__))

def h(a, b):
    pass
print(h.__annotations__)

x: int = 5
y: List[str]
print(x)
print(__annotations__["x"] is int)
print("y" in __annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class C:
    a: int = 1
    b: str
print(C.a, sorted(C.__annotations__))
print(hasattr(C, "b"))
