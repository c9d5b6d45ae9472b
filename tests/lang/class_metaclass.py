# Simple metaclasses: type subclass with __new__/__init__/__call__; type() 3-arg form.
class Meta(type):
    created = []
    def __new__(mcls, name, bases, ns):
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass

print(Meta.created, Base.added_by_meta, Child.added_by_meta)
c = Child(5)
print(c.v, c.via_meta, type(Child).__name__, isinstance(Child, Meta), isinstance(c, Base))

Dyn = type("Dyn", (Base,), {"x": 1, "get": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().get(), Dyn.added_by_meta, type(Dyn).__name__)
Plain = type("Plain", (), {})
print(Plain.__name__, Plain.__bases__ == (object,), type(Plain) is type)
print(type(5) is int, type(type) is type, type(Meta) is type)

class Attrs(type):
    def __getattr__(cls, name):
        return "meta:" + name
class WithMetaAttr(metaclass=Attrs):
    real = 1
print(WithMetaAttr.real, WithMetaAttr.virtual)
class Init(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("_"))
class Rec(metaclass=Init):
    b = 1
    a = 2
print(Rec.fields)
try:
    type("X", (5,), {})
except TypeError as e:
    print(type(e).__name__)
