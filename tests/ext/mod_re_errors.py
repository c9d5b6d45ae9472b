# re (lib/ext): re.error messages and positions, other exceptions.
import re

pats = ['a**', '*a', '+', 'a{2,1}', '(a', 'a)', '(?P<n>a)(?P<n>b)', '[a', '[a-', '[]', '\\q', 'a\\',
        '(?P=nope)', '(?P<1a>x)', '(?Px)', '(?<x)', '(?z)', '(?', '\\1', '(a)\\2', '(a\\1)',
        '[z-a]', '[\\d-z]', '\\x4', '\\u12', '\\777', '[\\777]', '(?i', '(?i-', '(?i-:a)', '(?-i)',
        '(?ai:a)', '(?iq:a)', '(?i)(?#x', 'a(?i)b', 'x|(?i)y', '(?(2)a|b)', '(?(x)a)', '(?(0)a)',
        '(?(1)a|b|c)', '(?<=a*)b', '(?<!a|bc)d', '(?P<a>x)(?<=(?P=a))', '(?<=(a)\\1)b', '^*', '\\b+',
        'a|*', '(?:)?+', 'x{1,2}{3}', '(?P<a>', '(?P<>a)', '(?P=)', 'a\nb(', '[[:alpha:]]',
        '(?L)a', '(?u)a', '\\c', '[\\c]', '\\8', '[\\8]', '\\01a', '\\12345']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, flags in ((b'(?u)a', 0), (b'a', re.U), ('a', re.L), ('a', re.A | re.U), (5, 0)):
    try:
        re.compile(p, flags)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)

for repl in ('\\g<2>', '\\g<x>', '\\g<1', '\\g', '\\g<>', '\\g<-1>', '\\q', 'a\\', '\\3', '\\400', '\\g<a1>'):
    try:
        print(repr(repl), re.sub('(a)', repl, 'xa'))
    except re.error as e:
        print(repr(repl), 'error:', e)
    except Exception as e:
        print(repr(repl), type(e).__name__, e)

print(issubclass(re.error, Exception), re.error('msg').msg, str(re.error('m', 'abc', 1)))
e = re.error('m', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno)
