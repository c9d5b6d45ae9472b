# Name mangling of __private attributes.
class A:
    def __init__(self):
        self.__secret = "A"
        self._protected = "p"
    def reveal(self):
        return self.__secret
    def __hidden(self):
        return "hidden A"
    def call_hidden(self):
        return self.__hidden()

class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B"
    def mine(self):
        return self.__secret

b = B()
print(b.reveal(), b.mine(), b._A__secret, b._B__secret, b._protected)
print(sorted(vars(b)))
print(b.call_hidden(), b._A__hidden())
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    __dunder__ = "not mangled"
    __x = 1
print(C.__dunder__, C._C__x, hasattr(C, "__x"))
