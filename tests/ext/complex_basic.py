# complex: literals, constructor, attributes, arithmetic with int/float/complex
# mixing, comparisons, hash, bool, subclasses.
inf, nan = float('inf'), float('nan')

# Literals and repr
print(1j, 2.5e3J, 0j, 00j, 0_0j, 1_000j, .5j, 5.j, 1e-3j, 1E5J, 09j)
print(-1j, +1j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0j, 1e300j * 10)
print(repr(1j), str(1 + 2j), [1j, -2.5j], (0.1 + 0.2j,), {'k': 3 - 4j})
for v in [complex(inf, nan), complex(-inf, -nan), complex(nan, 0), complex(0, -0.0),
          complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1e16, 1e17), complex(1e-5, 1e15),
          complex(123456789012345678, 1), complex(0.1, 0.7), complex(5e-324, -5e-324)]:
    print(repr(v), str(v), v.real, v.imag)
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex))
print(issubclass(complex, object), complex.__name__, complex.__base__)

# The constructor
print(complex(), complex(1), complex(1.5, 2), complex(True, False), complex(-0.0))
print(complex(0, -0.0), complex(-0.0, -0.0), complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(1 + 0j, -0.0), complex(1, -0.0), complex(-0.0, 1j), complex(real=1, imag=2))
print(complex(imag=1j), complex(real=2), complex(imag=-0.0), complex(10**20), complex(2**1000))
print(complex(1, 2**1000), complex(inf), complex(nan, inf))
x = 1 + 2j
print(complex(x) is x, complex(x, 0) is x)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class C:
    def __complex__(self):
        return 3 + 4j


class FS(float):
    def __float__(self):
        return 42.0


class Sub(complex):
    pass


class CF(complex):
    def __complex__(self):
        return 9j


print(complex(F()), complex(I()), complex(C()), complex(F(), F()), complex(I(), F()))
print(complex(FS(1.5)), complex(1, FS(1.5)), complex(C(), 1), complex(Sub(1, 2)))
print(type(complex(Sub(1, 2))).__name__, complex(CF(1, 2)), complex(CF(1, 2), 1))

# From strings
for s in ["1+2j", " (1-2j) ", "j", "-j", "+J", "inf", "nanj", "-infj", "1e500j", "( 1 )",
          "1_0+2_0j", "(j)", "1e5", "1.e5j", ".5j", "5.j", "infinityj", "-nan+nanj",
          "NaN-InfJ", "\u0661+\u0662j", "\u20031j\u2003", "1.5e-3-2.5e+3j", "+1.5+1.5j",
          "1e1_0j", "(+j)", "\t\n1j\r\x0b\x0c", "-0", "-0j", "0-0j", "-0-0j", "1E+2-1E-2J",
          "  +inf-INFINITYJ  ", str(2**70)]:
    print(repr(s), complex(s))


class S(str):
    pass


print(complex(S("3+4j")), complex(Sub("1.5")), type(Sub("1.5")).__name__)

# Attributes and methods
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (-0j).conjugate(), z.__complex__())
print(z.__getnewargs__(), complex(*z.__getnewargs__()), (1j).__complex__() == 1j)
s = Sub(1, 2)
print(s, type(s).__name__, s.real, s.conjugate(), type(s.conjugate()).__name__)
print(type(s.__complex__()).__name__, type(+s).__name__, type(-s).__name__, type(s + 1).__name__)
print(type(+x).__name__, +x is x, complex.conjugate(2j), complex.real.__get__(5j))
s.attr = 'has a dict'
print(s.attr, s == 1 + 2j, hash(s) == hash(1 + 2j))

# Arithmetic: complex with complex, float and int, both ways
pairs = [(1 + 2j, 3 - 4j), (1 + 2j, 2), (2, 1 + 2j), (1.5, -2j), (-2j, 1.5), (True, 1j),
         (complex(0, -0.0), 1), (1, complex(0, -0.0)), (complex(-0.0, -0.0), 0.0),
         (complex(inf, 0), 2), (2, complex(inf, 0)), (complex(inf, 1), complex(1, inf)),
         (complex(nan, 1), 2j), (1e308 + 1e308j, 10), (10**20, 1j), (0.1 + 0.2j, 0.3 - 0.4j)]
for a, b in pairs:
    print(repr(a), repr(b), a + b, a - b, a * b)
for a, b in [(1 + 2j, 3 - 4j), (1, 2j), (2j, 1), (1.5, -2j), (1 + 1j, 1e-320j),
             (1 + 1j, 1e308 + 1e308j), (1e308 + 1e308j, 1e-10 + 1e-10j), (1j, complex(inf, 1)),
             (1j, complex(nan, 0)), (complex(inf, inf), 1 + 1j), (5, 1e-300 + 1e300j),
             (-0.0, 1j), (0j, -1j), (7 - 3j, 2 + 0.5j), (complex(1, nan), complex(0, 0.0) + 1)]:
    print(repr(a), repr(b), a / b)
print(-(1 + 2j), -complex(0, 0), +(-0j), abs(3 + 4j), abs(-5j), abs(complex(inf, nan)),
      abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(1e308 + 1e308j), abs(0j))
w = 1 + 1j
w += 2
w *= 1j
w -= 0.5
w /= 2j
w **= 2
print(w)
print(sum([1j, 2, 3.5, -4j]), sum([1 + 1j] * 10, 0j), sum([], 0j))

# Comparisons and hashing
print(1j == 1j, 1j != 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j)
print(1j == 0, 0j == 0, 0j == False, 1 + 0j == True, 1j == 'x', 1j != None, 1j == [1j])
print(complex(2.0**60, 0) == 2**60, complex(2.0**53, 0) == 2**53 + 1, complex(1, 0) == 10**400)
print(complex(nan, 0) == nan, complex(nan, 0) != complex(nan, 0), complex(inf, 0) == inf)
print(complex.__eq__(1j, 'a'), complex.__ne__(1j, 1j), complex.__lt__(1j, 2j))
print(1j in [1, 2, 1j], [1j, 2j].index(2j), {1j, 1j, 2j} == {2j, 1j}, {1 + 0j: 'a'}[1])
for v in [1j, 0j, -1j, 1 + 1j, complex(1.5, 0), complex(-1, 0), complex(0, -1), complex(inf, 0),
          complex(-inf, inf), complex(1e300, -1e-300), complex(2**61, 2**62), complex(-0.0, 0)]:
    print(repr(v), hash(v), hash(v) == hash(v.real) if v.imag == 0 else '')
print(hash(complex(1.5, 0)) == hash(1.5), hash(complex(7, 0)) == hash(7), hash(Sub(1, 2)) == hash(1 + 2j))

# Truth value
print(bool(0j), bool(-0j), bool(1j), bool(complex(1e-320, 0)), bool(complex(nan, 0)), not 0j)
if 0j or complex(0, 0.0):
    print('true')
else:
    print('false')

# Conversions elsewhere
print(str(1 + 2j), '%s %r' % (1j, 1 - 1j), '{} {!r}'.format(2j, -2j), f'{3j} {3j!r}')
print(list(map(complex, ['1', '2j'])), sorted([3j, 1j, 2j], key=abs), max([1j, -3j], key=abs))
print(divmod(7, 2), isinstance(1j, (int, float, complex)), complex in (int, complex))
import numbers
import copy
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.0, numbers.Complex))
print(copy.copy(1 + 2j), copy.deepcopy([1j]), copy.copy(Sub(1, 2)) == Sub(1, 2))
