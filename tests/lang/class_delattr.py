# __delattr__ overrides and the del statement on attributes.
class Guarded:
    def __init__(self):
        self.keep = 1
        self.temp = 2
        self.log = []
    def __delattr__(self, name):
        self.log.append(name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)

g = Guarded()
del g.temp
print(hasattr(g, "temp"), g.log)
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
print(g.keep)
try:
    del g.never
except AttributeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
p.a = 1
delattr(p, "a")
print(hasattr(p, "a"))
try:
    delattr(p, "a")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Plain.nothing
except AttributeError as e:
    print(type(e).__name__, e)
Plain.cls_attr = 5
del Plain.cls_attr
print(hasattr(Plain, "cls_attr"))
