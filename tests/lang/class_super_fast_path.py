# super().name and super().name(...) in every shape the compiler may
# specialise (Note [Zero-argument super]), with the cases that must behave as
# a real super object would.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Base:
    tag = "base-tag"

    def __init__(self):
        self.n = 1

    def m(self, k=0):
        return ("Base.m", type(self).__name__, k)

    @classmethod
    def cm(cls, k=0):
        return ("Base.cm", cls.__name__, k)

    @staticmethod
    def sm(k=0):
        return ("Base.sm", k)

    @property
    def p(self):
        return ("Base.p", type(self).__name__)

    def __repr__(self):
        return "<%s>" % type(self).__name__


class Child(Base):
    def m(self, k=0):
        return super().m(k + 1), super().m
    def attrs(self):
        return super().tag, super().p, super().sm(2), super().cm(3), super().__class__
    def bound(self):
        f = super().m
        return f(7), f.__self__ is self, f.__func__ is Base.m
    def builtin_methods(self):
        return super().__repr__(), super().__eq__(self), super().__eq__(1), super().__hash__() == hash(self)
    def own_attrs(self):
        return super().__thisclass__, super().__self__ is self, super().__self_class__
    def missing(self):
        return super().nope
    def missing_call(self):
        return super().nope()
    def instance_attr(self):
        return super().n  # instance attributes are not seen through super
    @classmethod
    def cm(cls, k=0):
        return super().cm(k + 1), super().sm(4), super().m.__qualname__
    @staticmethod
    def st():
        return super().m()
    def nested(self):
        def inner():
            return super().m(5)
        return inner()
    def in_lambda(self):
        return (lambda: super().m(6))()
    def in_comp(self):
        return [super().m(i) for i in range(1)]
    def in_gen(self):
        yield super().m(8)
        yield super().tag
    def first_is_cell(self):
        g = lambda: self
        return super().m(9), g() is self
    def first_rebound(self):
        self = Base()
        return super().m(10)
    def first_deleted(self):
        del self
        return super().m()
    def varargs(*args):
        return super().m(11)
    def no_args():
        return super().m()
    def kwargs_only(*, a=1):
        return super().m()
    def rebinds_class(self):
        __class__ = Base
        return super().m()


c = Child()
show(lambda: c.m())
show(c.attrs)
show(c.bound)
show(c.builtin_methods)
show(c.own_attrs)
show(c.missing)
show(c.missing_call)
show(c.instance_attr)
show(Child.cm)
show(c.cm)
show(Child.st)
show(c.nested)
show(c.in_lambda)
show(c.in_comp)
show(lambda: list(c.in_gen()))
show(c.first_is_cell)
show(c.first_rebound)
show(c.first_deleted)
show(c.varargs)
show(Child.no_args)
show(lambda: Child.kwargs_only())
show(c.rebinds_class)
show(lambda: Child.m(Base()))
show(lambda: Child.m(5))


# A class whose __class__ cell is changed from inside a method.
class Odd(Base):
    def m(self):
        return super().m()
    def change(self):
        nonlocal __class__
        __class__ = Base
    def change_to_int(self):
        nonlocal __class__
        __class__ = 3


o = Odd()
show(o.m)
o.change()
show(o.m)
o.change_to_int()
show(o.m)


# Multiple inheritance: super() follows type(self)'s mro, not the class's.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
show(D().who)
show(B().who)


# Descriptors found through super: a data descriptor, __get__ of a custom
# class, a class attribute that is a plain callable object.
class Desc:
    def __get__(self, obj, owner):
        return ("Desc.__get__", type(obj).__name__, owner.__name__)
class Callable:
    def __call__(self, *a):
        return ("Callable", a)
class P:
    d = Desc()
    c = Callable()
    lst = [1, 2]
class Q(P):
    def get(self):
        return super().d, super().c(1), super().lst, type(super().c).__name__
show(Q().get)


# `super` rebound: globally, locally, through a parameter, and builtins changed.
class R(Base):
    def m(self):
        return super().m()
    def local(self):
        super = lambda: Base()
        return super().m()
    def param(self, super=lambda: "param"):
        return super().upper()

show(R().local)
show(R().param)
real_super = super
super = lambda: "rebound"
show(R().m)
del super
show(R().m)
import builtins
builtins.super = lambda: "builtin rebound"
show(R().m)
builtins.super = real_super
show(R().m)


class MySuper(super):
    pass
class S2(Base):
    def m(self):
        global super
        return super().m()
super = MySuper
show(S2().m)
del super


# Subclasses of builtins: method descriptors found through super.
class L(list):
    def append(self, v):
        super().append(v * 2)
        return super().__len__()
class Dd(dict):
    def get(self, k, default=None):
        return ("Dd", super().get(k, default))
    def keys(self):
        return sorted(super().keys())
l = L()
show(lambda: (l.append(1), l.append(2), l))
dd = Dd(b=1, a=2)
show(lambda: (dd.get("a"), dd.get("z", 0), dd.keys()))


# Changing the base class after the first calls.
class Base2:
    def f(self):
        return "Base2.f"
class Sub2(Base2):
    def f(self):
        return super().f()
s2 = Sub2()
print(s2.f())
Base2.f = lambda self: "patched"
print(s2.f())
del Base2.f
show(s2.f)
s2.__dict__["f"] = lambda: "instance"
Base2.f = lambda self: "again"
print(s2.f(), super(Sub2, s2).f())
