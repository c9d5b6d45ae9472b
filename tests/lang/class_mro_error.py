# Inconsistent hierarchies raise TypeError.
class A: pass
class B(A): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class E(5): pass
except TypeError as e:
    print(type(e).__name__)

class OK(B, object): pass
print([c.__name__ for c in OK.__mro__])
