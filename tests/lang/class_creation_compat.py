# Class creation: __prepare__ namespaces, __set_name__ errors, class attribute checks.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class LoggingNS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LoggingNS()
    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
class K(metaclass=M):
    a = 1
    b = a + 1
    def f(self):
        pass
    del a
print(K.b)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
def mk_bad():
    class C(metaclass=BadPrep):
        pass
t("prepare int", mk_bad)
def fmeta(name, bases, ns):
    return name
fmeta.__prepare__ = lambda name, bases: None
def mk_fmeta():
    class C(metaclass=fmeta):
        pass
t("prepare None", mk_fmeta)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
def mk_boom():
    class Owner:
        attr = Boom()
try:
    mk_boom()
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

class P:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
def mk_kw():
    class Q(P, extra=1):
        pass
t("init_subclass kw", mk_kw)
def mk_kw2():
    class Q(other=2):
        pass
t("object init_subclass kw", mk_kw2)

t("qualname int", lambda: type("X", (), {"__qualname__": 1}))
print(type("X", (), {"__qualname__": "A.X"}).__qualname__)
class Y:
    "doc"
t("name int", lambda: setattr(Y, "__name__", 1))
t("qualname int", lambda: setattr(Y, "__qualname__", 1))
t("name null", lambda: setattr(Y, "__name__", "a\0b"))
t("del name", lambda: delattr(Y, "__name__"))
t("del qualname", lambda: delattr(Y, "__qualname__"))
t("del module", lambda: delattr(Y, "__module__"))
t("del doc", lambda: delattr(Y, "__doc__"))
t("int name", lambda: setattr(int, "__name__", "x"))
t("int qualname", lambda: setattr(int, "__qualname__", "x"))
t("int module", lambda: setattr(int, "__module__", "x"))
t("int doc", lambda: setattr(int, "__doc__", "x"))
Y.__doc__ = "new doc"
Y.__name__ = "Z"
Y.__module__ = "mod"
print(Y.__doc__, Y.__name__, Y.__qualname__, Y.__module__, Y)
t("object.__setattr__ on class", lambda: object.__setattr__(Y, "x", 1))
t("object.__setattr__ on int", lambda: object.__setattr__(int, "x", 1))
t("object.__delattr__ on class", lambda: object.__delattr__(Y, "__doc__"))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
t("object.__setattr__ on metaclass instance", lambda: object.__setattr__(WithMeta, "x", 1))
type.__setattr__(WithMeta, "x", 1)
print(WithMeta.x, hasattr(int, "x"))
class Plain:
    pass
object.__setattr__(Plain(), "x", 1)
t("object.__init__ extra", lambda: object.__init__(Plain(), 1))
class WithInit:
    def __init__(self, *a):
        object.__init__(self, *a)
t("object.__init__ from __init__", lambda: WithInit(1))
t("no init args", lambda: Plain(1))
