# Class attributes vs instance attributes, mutation through instances.
class C:
    count = 0
    shared = []
    def __init__(self):
        C.count += 1
        self.own = []

a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(C.count, a.count, b.shared, b.own)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
print(hasattr(C, "own"), hasattr(a, "own"))
C.new_attr = "added later"
print(a.new_attr)
setattr(C, "dyn", 5)
print(b.dyn, getattr(a, "dyn"), getattr(a, "nope", "default"))
print("count" in C.__dict__, "own" in C.__dict__, "own" in vars(a))
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
class D(C):
    pass
print(D.count, D().count, C.count)
print("count" in D.__dict__)
