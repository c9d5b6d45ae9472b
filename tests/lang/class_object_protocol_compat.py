# object-level protocols: str() falling back to __repr__, __class__ assignment
# and proxies claiming a class through __class__.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 1
t("repr", lambda: repr(BadRepr()))
t("str", lambda: str(BadRepr()))
t("format", lambda: format(BadRepr()))
t("fstring", lambda: f"{BadRepr()}")

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
t("to int", lambda: setattr(A(), "__class__", int))
t("from int", lambda: setattr(1, "__class__", bool))
t("to 1", lambda: setattr(A(), "__class__", 1))
t("delete", lambda: delattr(A(), "__class__"))
class WithSlots:
    __slots__ = ("x",)
t("slots vs dict", lambda: setattr(A(), "__class__", WithSlots))

class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
p = Proxy(A())
print(isinstance(p, A), isinstance(p, Proxy), isinstance(p, B), type(p).__name__, p.__class__.__name__)
print(isinstance(p, (int, A)), A.__instancecheck__(p), issubclass(Proxy, A))
class NotAType:
    @property
    def __class__(self):
        return 42
print(isinstance(NotAType(), int))
class Raising:
    @property
    def __class__(self):
        raise ValueError("no class")
t("raising __class__", lambda: isinstance(Raising(), int))
class AttrErr:
    @property
    def __class__(self):
        raise AttributeError("no class")
t("AttributeError __class__", lambda: isinstance(AttrErr(), int))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class ProxyWM:
    __class__ = WithMeta
print(isinstance(ProxyWM(), WithMeta), Meta.__instancecheck__(WithMeta, ProxyWM()))
