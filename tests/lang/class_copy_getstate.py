# copy.copy / copy.deepcopy of instances whose class defines __getstate__.
import copy
class St2:
    def __getstate__(self): return {"x": 1}
    def __setstate__(self, s): print("setstate", s); self.__dict__.update(s); self.restored = True
c = copy.copy(St2()); print(c.__dict__)
c = copy.deepcopy(St2()); print(c.__dict__)
class St3:
    def __init__(self): self.a = [1]
    def __getstate__(self): return {"x": [2]}
c = copy.copy(St3()); print(c.__dict__)
d = copy.deepcopy(St3()); print(d.__dict__)
class St4:
    def __init__(self): self.a = 1
    def __getstate__(self):
        s = self.__dict__.copy(); s["extra"] = 2; return s
print(copy.copy(St4()).__dict__, copy.deepcopy(St4()).__dict__)
class St5:
    def __getstate__(self): return None
    def __setstate__(self, s): print("never")
print(copy.copy(St5()).__dict__)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, st): self.a = st["a"] * 10
c = copy.deepcopy(Sl()); print(c.a, hasattr(c, "b"))
class Sub(St4): pass
print(copy.deepcopy(Sub()).__dict__)
