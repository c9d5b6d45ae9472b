# __init_subclass__ hooks and keyword arguments in class definitions.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls

class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)

class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class X(Counted): pass
class Y(Counted): pass
print(X.index, Y.index, Counted.subclasses, hasattr(Counted, "index"))
try:
    class Z(Counted, extra=1): pass
except TypeError as e:
    print(type(e).__name__)
class Req:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " must define 'required'")
try:
    class Bad(Req): pass
except TypeError as e:
    print(type(e).__name__, e)
class Good(Req):
    required = True
print(Good.required)
