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
