# Truth value: __bool__, falling back to __len__, default True.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither:
    pass

for o in (B(True), B(False), L(0), L(3), Neither()):
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print([x for x in (L(0), L(1), B(False)) if x].__len__())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
print(B(False) or "fallback", L(2) and "second")
x = L(0)
while x:
    print("never")
print(all([L(1), B(True)]), any([L(0), B(False)]))
