# Descriptor protocol corner cases, as CPython 3.11.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class CW:
    @classmethod
    @property
    def cp(cls):
        return "cp " + cls.__name__
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
class CW2(CW):
    pass
print(CW.cp, CW().cp, CW2.cp)
cm = CW.__dict__["cm"]
print(cm.__get__(None, CW)(1), cm.__get__(CW())(2), cm.__get__(CW2(), CW)(3))
t("cm None None", lambda: cm.__get__(None, None))
t("cm None", lambda: cm.__get__(None))
def f(self):
    return self
t("func None None", lambda: f.__get__(None, None))
t("prop None None", lambda: CW.__dict__["cp"].__get__(None, None))
class NonData:
    def __get__(self, inst, owner=None):
        return (inst is None, owner is None)
t("python None None", lambda: NonData().__get__(None, None))
class Chain:
    def __get__(self, inst, owner):
        return ("Chain", inst, owner.__name__)
class UsesChain:
    c = classmethod(Chain())
print(UsesChain.c, UsesChain().c)

# A descriptor with only one of __set__ / __delete__.
class SetOnly:
    def __get__(self, inst, owner):
        return "got"
    def __set__(self, inst, v):
        print("set", v)
class DelOnly:
    def __get__(self, inst, owner):
        return "got"
    def __delete__(self, inst):
        print("delete")
class H:
    s = SetOnly()
    d = DelOnly()
h = H()
h.s = 1
del h.d
t("del set-only", lambda: delattr(h, "s"))
t("set del-only", lambda: setattr(h, "d", 1))
class SetItemOnly:
    def __setitem__(self, k, v):
        pass
class DelItemOnly:
    def __delitem__(self, k):
        pass
def del0(o):
    del o[0]
def set0(o):
    o[0] = 1
t("del setitem-only", lambda: del0(SetItemOnly()))
t("set delitem-only", lambda: set0(DelItemOnly()))

# __doc__ of bound methods, class/static methods and slots.
class Docs:
    __slots__ = ("a",)
    def m(self):
        "m doc"
    def n(self):
        pass
    @classmethod
    def c(cls):
        "c doc"
    @staticmethod
    def s():
        pass
d = Docs()
print(d.m.__doc__, d.n.__doc__, Docs.__dict__["c"].__doc__, Docs.__dict__["s"].__doc__)
print(Docs.a.__doc__, Docs.c.__doc__)
sm = staticmethod(len)
sm.__doc__ = "mine"
print(sm.__doc__, staticmethod(Docs.m).__doc__)
t("staticmethod()", lambda: staticmethod())
t("classmethod(1, 2)", lambda: classmethod(1, 2))
t("staticmethod(f=1)", lambda: staticmethod(f=1))
t("del unset slot", lambda: delattr(d, "a"))
