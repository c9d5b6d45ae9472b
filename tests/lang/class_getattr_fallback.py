# __getattr__ is reached when the normal lookup misses, however it misses;
# getattr(o, name, default) and hasattr on plain objects miss quietly.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class G:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"

    @property
    def prop_attr_error(self):
        raise AttributeError("from property")

    @property
    def prop_value_error(self):
        raise ValueError("from property")

    @property
    def prop_ok(self):
        return "prop"

    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError("G has no " + name)
        return "getattr:" + name


g = G()
show(lambda: (g.inst, g.cls_attr, g.prop_ok, g.other, g.prop_attr_error))
show(lambda: g.prop_value_error)
show(lambda: g.nothing)
show(lambda: (getattr(g, "nothing", "dflt"), hasattr(g, "nothing"), hasattr(g, "x")))
show(lambda: getattr(g, "prop_value_error", "dflt"))


class H(G):
    def __getattribute__(self, name):
        if name == "special":
            return "H.special"
        return super().__getattribute__(name)


h = H()
show(lambda: (h.special, h.inst, h.missing, h.prop_attr_error))
show(lambda: h.nope)


class NoGetattr:
    __slots__ = ("a",)


n = NoGetattr()
show(lambda: n.a)
show(lambda: (getattr(n, "a", "unset"), hasattr(n, "b"), getattr(n, "b", 5)))
show(lambda: getattr(object(), "zzz"))


class Late:
    pass


late = Late()
show(lambda: late.x)
Late.__getattr__ = lambda self, name: name * 2
show(lambda: late.x)
del Late.__getattr__
show(lambda: late.x)


class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name


class WithMeta(metaclass=Meta):
    real = 1


show(lambda: (WithMeta.real, WithMeta.virtual, getattr(WithMeta, "v2", None)))
