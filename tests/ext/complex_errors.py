# complex: the errors CPython raises (constructor, malformed strings, operators,
# conversions, ** overflow and zero division, math functions, syntax).
import math


def check(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j


class CB:
    def __complex__(self):
        return 3.0


class CR:
    def __complex__(self):
        raise KeyError('inner')


class FB:
    def __float__(self):
        return 'x'


class IB:
    def __index__(self):
        return 1.5


class Sub(complex):
    pass


# The constructor
check('complex(None)', lambda: complex(None))
check('complex(1, None)', lambda: complex(1, None))
check("complex('1', None)", lambda: complex('1', None))
check("complex('1+2j', 1)", lambda: complex('1+2j', 1))
check("complex(1, '1')", lambda: complex(1, '1'))
check('complex([])', lambda: complex([]))
check('complex(1, [])', lambda: complex(1, []))
check("complex(b'1')", lambda: complex(b'1'))
check("complex(bytearray(b'1'))", lambda: complex(bytearray(b'1')))
check('complex(1, C())', lambda: complex(1, C()))
check('complex(C(), C())', lambda: complex(C(), C()))
check('complex(CB())', lambda: complex(CB()))
check('complex(CR())', lambda: complex(CR()))
check('complex(FB())', lambda: complex(FB()))
check('complex(1, FB())', lambda: complex(1, FB()))
check('complex(IB())', lambda: complex(IB()))
check('complex(10**400)', lambda: complex(10**400))
check('complex(1, 10**400)', lambda: complex(1, 10**400))
check('complex(10**400, [])', lambda: complex(10**400, []))
check('complex(x=1)', lambda: complex(x=1))
check('complex(1, 2, 3)', lambda: complex(1, 2, 3))
check('complex(1, real=2)', lambda: complex(1, real=2))
check('complex.__new__(int)', lambda: complex.__new__(int))
check('Sub([])', lambda: Sub([]))
check("Sub('x')", lambda: Sub('x'))

# Malformed strings
for s in ["(1+2j", "1+2j)", "1 + 2j", "", " ", "()", "1e", "1ej", "1e+j", "1+-2j", "1++2j",
          "1+2", "1+j2", "1j+2", "0x10", "1\x00", "1+2jj", "jj", "(1+2j)(", "--1", "1__0j",
          "_1j", "1_j", "1_", "1._5", "1_.5", "inf_j", "1\x00_", "1_0\x001", "\x1c1j",
          "\u20031j\x1c", "1 j", "(1)j", "nan j", "in", "infinit", "1.2.3", "+", "-", "j1",
          "1e5e5", "\u0661\u0662\u0663", "1+\u0663j", "\ud800"]:
    check('complex(%r)' % s, lambda: complex(s))

# Operators
for a, b in [(1j, 2), (2, 1j), (1j, 1j), (1j, 1.5), (1j, 'a'), ('a', 1j), (1j, None), ([1], 1j)]:
    for name, f in [('<', lambda: a < b), ('>=', lambda: a >= b), ('//', lambda: a // b),
                    ('%', lambda: a % b), ('divmod', lambda: divmod(a, b)), ('<<', lambda: a << b),
                    ('&', lambda: a & b), ('@', lambda: a @ b), ('+', lambda: a + b),
                    ('*', lambda: a * b)]:
        check('%r %s %r' % (a, name, b), f)
check('~1j', lambda: ~1j)
check('sorted([2j, 1j])', lambda: sorted([2j, 1j]))
check('max(1j, 2j)', lambda: max(1j, 2j))
check('1j / 0', lambda: 1j / 0)
check('1 / 0j', lambda: 1 / 0j)
check('1.5 / 0j', lambda: 1.5 / 0j)
check('0j / 0j', lambda: 0j / 0j)
check('1j / -0.0', lambda: 1j / -0.0)
check('1j / complex(0, -0.0)', lambda: 1j / complex(0, -0.0))
check('1j + 10**400', lambda: 1j + 10**400)
check('10**400 * 1j', lambda: 10**400 * 1j)
check('1j ** 10**400', lambda: 1j ** 10**400)
check('1j == 10**400', lambda: 1j == 10**400)
check('x = 1j; x //= 2', lambda: exec('x = 1j\nx //= 2'))
check('x = 1j; x %= 2', lambda: exec('x = 1j\nx %= 2'))
check('abs(complex(1.7e308, 1.7e308))', lambda: abs(complex(1.7e308, 1.7e308)))
check('abs(complex(1e308, 1e308))', lambda: abs(complex(1e308, 1e308)))

# ** and pow()
inf, nan = float('inf'), float('nan')
for a, b in [(0j, -1), (0j, -1.5), (0j, 1j), (0j, -2 + 1j), (0j, 0), (0j, 0j), (0j, 2), (0j, 2.5),
             (1j, 1e400), (1e200 + 0j, 2), (1e200 + 1e200j, 2), (2 + 0j, 1080), (2 + 0j, 1080.5),
             (2 + 0j, -1080), (1 + 1j, 1e10), (complex(inf, 0), 2), (complex(inf, 0), 0.5),
             (complex(nan, 0), 2), (complex(nan, 1), 0.5), (1e-200 + 0j, 2), (1e-200j, 3.5),
             (0.0, -1j), (0, -1 + 0j), (-8, 1 / 3), (-8.0, 1 / 3), (-2.0, -0.5), (-1e300, 0.5),
             (-1e-300, 1.5), (-1, 0.5), (-1.5, 1e300 + 0.5), (-inf, 0.5), (-0.0, 0.5),
             (1 + 1j, 1 + 1j), (2, 1 + 1j), (1j, 1j), (-1, 1j), (1 + 2j, 3), (1 + 2j, -3),
             (1 + 2j, 100), (1 + 2j, 101), (1 + 2j, 100.0), (1.1 + 0.3j, 99), (1.1 + 0.3j, 100),
             (1.1 + 0.3j, 101), (1.1 + 0.3j, -100), (1.1 + 0.3j, -101), (1.1 + 0.3j, 100.5),
             (1 + 1j, -0.0), (1 + 1j, True), (1e154 + 1e154j, 2), (1e-170 + 1e-170j, -2)]:
    check('%r ** %r' % (a, b), lambda: a ** b)
check('pow(1j, 2, 3)', lambda: pow(1j, 2, 3))
check('pow(2, 1j, 3)', lambda: pow(2, 1j, 3))
check('pow(2, 2, 3j)', lambda: pow(2, 2, 3j))
check('pow(1j, 2.0, 3)', lambda: pow(1j, 2.0, 3))
check('pow(2.0, 1j, 3)', lambda: pow(2.0, 1j, 3))
check('pow(2, 1j, 3.0)', lambda: pow(2, 1j, 3.0))
check('pow(1j, 2, None)', lambda: pow(1j, 2, None))
check('pow(-8, 1 / 3)', lambda: pow(-8, 1 / 3))

# Conversions and builtins that want real numbers
check('int(1j)', lambda: int(1j))
check('float(1j)', lambda: float(1j))
check('round(1j)', lambda: round(1j))
check('round(1j, 2)', lambda: round(1j, 2))
check('range(1j)', lambda: range(1j))
check('[1][1j]', lambda: [1][1j])
check('hex(1j)', lambda: hex(1j))
check("'%d' % 1j", lambda: '%d' % 1j)
check("'%f' % 1j", lambda: '%f' % 1j)
check("'%x' % 1j", lambda: '%x' % 1j)
check("'%g' % 1j", lambda: '%g' % 1j)
check("'abc' * 1j", lambda: 'abc' * 1j)
check('1j.real = 2', lambda: setattr(1j, 'real', 2))
check('del 1j.imag', lambda: delattr(1j, 'imag'))
check('1j.foo', lambda: (1j).foo)
check('(1j).conjugate(1)', lambda: (1j).conjugate(1))
check('(1j).__format__()', lambda: (1j).__format__())
check('(1j).__format__(1)', lambda: (1j).__format__(1))
check('(1j).__getnewargs__(1)', lambda: (1j).__getnewargs__(1))
check('complex.conjugate(1)', lambda: complex.conjugate(1))
check('hash(complex(nan, 1)) == hash(complex(nan, 1))', lambda: type(hash(complex(nan, 1))))
for name in ['sqrt', 'floor', 'ceil', 'trunc', 'exp', 'log', 'fabs', 'isnan', 'isinf',
             'isfinite', 'sin', 'atan2', 'pow', 'copysign', 'fsum', 'isclose', 'hypot', 'prod']:
    f = getattr(math, name)
    if name in ('atan2', 'pow', 'copysign', 'isclose', 'hypot'):
        check('math.%s(1j, 1)' % name, lambda: f(1j, 1))
        check('math.%s(1, 1j)' % name, lambda: f(1, 1j))
    elif name in ('fsum', 'prod'):
        check('math.%s([1j])' % name, lambda: f([1j]))
    else:
        check('math.%s(1j)' % name, lambda: f(1j))
check('math.pow(-8, 1 / 3)', lambda: math.pow(-8, 1 / 3))

# Imaginary literals in the syntax
for src in ['1jx', 'x = 1.5jk', '1e5jj', '1_j', '0x1j', '0o7j', '0b1j', '1__0j', '1e_5j',
            '1jif 1 else 2', '[1jfor x in y]', '1 if 1jelse 2', '1Jand 2', '1jor 2', '09.5j',
            '0777j', '1.5j.real', '1j.imag', '1 j']:
    try:
        print(repr(src), repr(eval(compile(src, '<s>', 'eval' if 'x =' not in src else 'exec'))))
    except SyntaxError as e:
        if 'imaginary' in e.msg:
            print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        else:
            print(repr(src), 'SyntaxError', e.msg, e.lineno)
    except Exception as e:
        print(repr(src), type(e).__name__, e)
