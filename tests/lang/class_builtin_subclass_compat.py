# Subclasses of builtins: which operations go through Python overrides.
class DictGet(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return 42
    def keys(self):
        print("keys()")
        return super().keys()
    def __iter__(self):
        print("iter()")
        return super().__iter__()
    def __len__(self):
        print("len()")
        return super().__len__()
def f(**kw):
    return kw
d = DictGet(x=1)
print(f(**d))
print(f(a=0, **d))
print(dict(d), len(d), list(d))
class PlainDict(dict):
    pass
print(f(**PlainDict(y=2)))

class TS(tuple):
    def __iter__(self):
        print("TS.iter")
        return super().__iter__()
def g(*a):
    return a
ts = TS((1, 2))
print(g(*ts), type(g(*ts)).__name__)
a, b = ts
print(a, b, list(ts))

class LS(list):
    def __iter__(self):
        print("LS.iter")
        return super().__iter__()
    def __len__(self):
        print("LS.len")
        return super().__len__()
ls = LS([1, 2, 3])
print(list(ls), tuple(ls), sorted(ls), [*ls], g(*ls))
x = [0]
x.extend(ls)
print(x)
class BadLen(list):
    def __len__(self):
        raise TypeError("no len")
print(list(BadLen([5])))
class ErrLen(list):
    def __len__(self):
        raise ValueError("len fails")
try:
    list(ErrLen([5]))
except ValueError as e:
    print("ValueError", e)

class SS(str):
    def __str__(self):
        return "SS.str"
ss = SS("ab")
print(f"{ss}", "{}".format(ss), format(ss, ""), format(ss, "4"), f"{ss:>4}", ss + "c")

class IS(int):
    def __float__(self):
        return 9.0
class FS(float):
    def __float__(self):
        return 1.0
print(float(IS(5)), float(FS(2.5)), IS(5) + 1.0, 1.0 * IS(2))
import math
print(math.sqrt(IS(4)), math.floor(FS(2.5)))
class FB(float):
    def __float__(self):
        return "no"
try:
    float(FB(1.5))
except TypeError as e:
    print("TypeError", e)
print(math.sqrt(FB(2.25)))
