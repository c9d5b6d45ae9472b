# complex: format() / f-string / str.format specs, repr and str, and the
# errors of specs complex does not take.
inf, nan = float('inf'), float('nan')
values = [1j, 1 + 2j, complex(-0.0, -0.0), complex(-0.0, 0.0), 0j, -0j, 1.5 - 2.25j,
          1e20 + 1e-7j, complex(nan, inf), complex(-inf, -nan), 1234567.5 + 0.5j,
          complex(1e16, 1e17), complex(123.0, -0.0), complex(0.1, 1 / 3), complex(-2.5, 1e-320),
          complex(999999.5, -0.00012345), complex(5e-324, 1.7976931348623157e308)]
specs = ['', '10', '<20', '^20', '>20', '*^20', '\u00b7^21', '+', ' ', '-', '#', 'z', 'z.1f',
         '.3', '.0', '.1', '.17', 'g', 'G', 'e', 'E', 'f', 'F', 'n', '.2f', ',', '_', ',.2f',
         '_.3e', '#.0e', '#g', '+.3e', 'x<15.1f', '.3g', '#.3', '#', '+#.4', ' ^30.2e', '-<12',
         '>+25.10g', '.0f', '#.0f', '+z.0f', ',g', '.50f', '30', '1']
for v in values:
    print(repr(v), str(v), '%s|%r' % (v, v), '{}|{!r}|{!s}'.format(v, v, v), f'{v}|{v!r}')
    for s in specs:
        try:
            print('  %r %r %r' % (s, format(v, s), f'{v:{s}}'))
        except Exception as e:
            print('  %r !! %s %s' % (s, type(e).__name__, e))


class Sub(complex):
    pass


class R(complex):
    def __repr__(self):
        return 'R!'


print(format(Sub(1, 2)), format(Sub(1, 2), '>12'), f'{Sub(-1, 2):e}', repr(Sub(3, 4)))
print(format(R(1, 2)), format(R(1, 2), ''), str(R(1, 2)), f'{R(1, 2)}', f'{R(1, 2):g}', [R(1, 2)])
print('{:>10}|{:^10.1f}|{:<+8}'.format(1j, 1 + 1j, 2 - 3j), '%10s|%-10r|' % (1j, 2j))

# Specs complex rejects
for s in ['d', 'c', '%', 'x', 'b', 's', 'o', 'X', '010', '0<20', '=10', 'x=10', '0=10', '010d',
          '=10d', 'abc', '.', '.f', ',_', '_,', ',d', ',n', '_x', '10.3.3', '\x01', 'z%', '#d',
          '+s', '1' * 30]:
    for v in (1j, Sub(1, 2)):
        try:
            print(repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
try:
    format(1j, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1j.__format__('.2f'), complex.__format__(1 + 1j, ''), complex.__format__(Sub(1, 1), '^9'))
except Exception as e:
    print(type(e).__name__, e)
