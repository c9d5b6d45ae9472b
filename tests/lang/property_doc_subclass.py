# property docstrings: a copy made by .getter() takes the new getter's doc
# unless the doc was explicit; property subclasses keep the doc per instance;
# messages name the owner class by its qualified name.
class Base:
    @property
    def spam(self):
        """Base.getter"""
        return 1
    @spam.setter
    def spam(self, v):
        pass
class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """Sub.getter"""
        return 2
print(Base.spam.__doc__, Sub.spam.__doc__, Sub().spam)
class Keep:
    p = property(lambda self: 3, doc='explicit')
    q = p.getter(lambda self: 4)
print(Keep.p.__doc__, Keep.q.__doc__, Keep().q)

class PropertySub(property):
    """This is a subclass of property"""
class PropertySubSlots(property):
    """This is a subclass of property"""
    __slots__ = ()
def getter(self):
    """spam wrapped in property subclass"""
    return 1
class Foo:
    spam = PropertySub(getter)
    eggs = PropertySub(lambda self: 1)
print(Foo.spam.__doc__, Foo.eggs.__doc__, Foo().spam)
try:
    PropertySubSlots(getter)
except AttributeError as e:
    print('AttributeError', e)
class Foo2:
    @PropertySub
    def spam(self):
        """old"""
        return 1
    @spam.getter
    def spam(self):
        """new"""
        return 2
print(Foo2.spam.__doc__, Foo2().spam, type(Foo2.__dict__['spam']).__name__)

class Outer:
    class Inner:
        foo = property()
        bar = property()
    class Inner2:
        pass
Outer.Inner2.baz = property()
for act in (lambda o: o.foo, lambda o: setattr(o, 'foo', 1), lambda o: delattr(o, 'foo')):
    try:
        act(Outer.Inner())
    except AttributeError as e:
        print(e)
try:
    Outer.Inner2().baz
except AttributeError as e:
    print(e)
