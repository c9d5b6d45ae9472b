# C3 linearisation on classic diamond and more complex hierarchies.
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(names(k))

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
print(names(P), "|", names(Q))

class F: pass
class G(F): pass
class H(F): pass
class I(G, H): pass
class J(H): pass
class L(I, J): pass
print(names(L))
print(L.__mro__ == tuple(L.mro()))
