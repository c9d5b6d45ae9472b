# In-place operator methods (__iadd__, __ior__, ...) exist as slot wrappers on the
# builtin types whose operators work in place, and nowhere else.
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({9}), s.__ixor__({4}), s)
print(set.__ior__({1}, [2]), set.__iand__({1}, 3))
d = {1: 2}
print(d.__ior__({3: 4}), d.__ior__([(5, 6)]), d)
try:
    dict.__ior__(d, 5)
except TypeError as e:
    print(e)
b = bytearray(b"ab")
print(b.__iadd__(b"c"), b.__imul__(2), b)
from collections import deque
q = deque([1])
print(q.__iadd__([2]), q.__imul__(2), q)
l = [1]
print(l.__iadd__((2,)), l.__imul__(2), l)
for t in (list, set, dict, bytearray, deque, frozenset, tuple, str, int):
    print(t.__name__, sorted(n for n in dir(t) if n.startswith("__i") and n not in ("__init__", "__init_subclass__", "__iter__", "__index__", "__int__", "__invert__")))
class S(set):
    def __ior__(self, o):
        print("S.__ior__")
        return super().__ior__(o)
x = S({1})
x |= {2}
print(x, type(x).__name__)
try:
    frozenset().__ior__
except AttributeError as e:
    print(e)
try:
    set.__ior__(frozenset(), {1})
except TypeError as e:
    print(e)
