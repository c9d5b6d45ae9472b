# object.__str__ exists (the repr): super().__str__() and object.__str__(x).
class Foo:
    def __repr__(self):
        return 'Foo!'
class Bar(Foo):
    def __str__(self):
        return 'Bar(' + super().__str__() + ')'
print(object.__str__(Foo()), str(Bar()), Bar.__str__ is not object.__str__, Foo.__str__ is object.__str__)
print(object.__str__, '__str__' in dir(object), str(Foo()), f'{Bar()}', [Bar()])
class E(Exception):
    def __str__(self):
        return 'E:' + super().__str__()
print(str(E('x')))
class I(int):
    def __str__(self):
        return 'I' + super().__str__()
print(str(I(5)), repr(I(5)))
try:
    object.__str__()
except TypeError as e:
    print(e)
