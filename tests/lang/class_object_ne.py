# object.__ne__ / __eq__ called directly (and through super()) return NotImplemented
# for unrelated objects; the != operator then falls back to identity.
class A:
    pass
a = A()
print(object.__ne__(a, 1), object.__eq__(a, 1), object.__ne__(a, a), object.__eq__(a, a))
class B:
    def __eq__(self, o): return True
b = B()
print(B.__ne__(b, 1), object.__ne__(b, 1))
class C(A):
    def f(self): return super().__ne__(1), super().__eq__(1)
print(C().f())
x, y = A(), A()
print(x != y, x != x, x == y, x == x, [x] != [y], [x] != [x], (x, 1) != (x, 1))
print(x != 1, 1 != x, None != x, x != None)
d = {x: 1}
print(d != {y: 1}, d != {x: 1})
