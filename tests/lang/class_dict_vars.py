# __dict__, vars(), __class__, instance attribute order.
class P:
    cls_attr = 1
    def __init__(self):
        self.z = 26
        self.a = 1
        self.m = 13

p = P()
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["new"] = "via dict"
print(p.new, list(vars(p)))
print(p.__class__ is P, p.__class__.__name__)
print("cls_attr" in vars(P), "z" in vars(P))
del p.__dict__["z"]
print(hasattr(p, "z"))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Q:
    pass
q = Q()
q.__class__ = P
print(type(q).__name__, q.cls_attr, isinstance(q, P))
