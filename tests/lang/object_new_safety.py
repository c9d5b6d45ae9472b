# X.__new__(T) refuses a T whose instances another type's __new__ lays out
# (object.__new__(int) would otherwise make an int without a value).
class A(int): pass
class B(int):
    def __new__(cls, v):
        return int.__new__(cls, v)
class C: pass
class D(C):
    def __new__(cls):
        return object.__new__(cls)
class E(list): pass
for e in ['object.__new__(int)', 'object.__new__(list)', 'object.__new__(dict)', 'object.__new__(str)', 'object.__new__(type)',
          'object.__new__(A)', 'object.__new__(B)', 'type(object.__new__(C)).__name__', 'type(D()).__name__', 'object.__new__(E)',
          'int.__new__(A, 5)', 'int.__new__(B, 6)', 'int.__new__(bool)', 'list.__new__(E)', 'list.__new__(C)', 'tuple.__new__(E)',
          'int.__new__(int, "7")', 'B(3) + 1', 'float.__new__(A)', 'dict.__new__(dict)', 'object.__new__(ValueError)', 'BaseException.__new__(ValueError)']:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
