# re (lib/ext): matching semantics: literals, escapes, classes, anchors, groups,
# quantifiers, lookaround, flags, conditionals; Match and Pattern objects.
import re


def show(pat, s, flags=0):
    try:
        m = re.search(pat, s, flags)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
        return
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex)


cases = [
    ('abc', 'xxabcxx'), ('a.c', 'a\nc abc'), ('a\\.c', 'abc a.c'), (r'\x41\u0042\n', 'AB\n'),
    (r'\101\0', 'A\0'), (r'\t\\', '\t\\'), ('[a-c]+', 'xxbcaz'), ('[^a-c]+', 'abxyzc'),
    (r'[\d.]+', 'v1.25x'), (r'[\w-]+', 'foo-bar baz'), ('[]a]+', 'a]]b'), ('[a-]+', 'b-a-'),
    (r'[\]\\]+', 'x]\\y'), ('[^]]', ']]x'), (r'\d+', 'ab ١٢3 x'), (r'\w+', 'été_1 x'),
    (r'\s+', 'a \t\n\x0b\x1cb'), (r'\D+\S+\W+', '12ab cd!!x'), ('^abc$', 'abc'), ('^b', 'a\nb'),
    ('a$', 'a\n'), ('a$', 'a\nb'), (r'\Aa', 'ba'), (r'a\Z', 'a\n'), (r'\bfoo\b', 'afoo foo'),
    (r'\Bo\B', 'foo'), (r'\b', ''), (r'\B', ''), ('(a)(b)?(c)', 'ac'), ('(?:ab)+', 'ababx'),
    ('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe'), (r'(a)\1', 'aa'), (r'(?P<x>a)(?P=x)', 'xaa'),
    ('a|b|cd', 'xcd'), ('(a|ab)(c|bcd)(d*)', 'abcd'), ('a*', 'aaa'), ('a*?', 'aaa'), ('a+?b', 'aaab'),
    ('a??b', 'ab'), ('a{2}', 'aaa'), ('a{2,}', 'aaaa'), ('a{,2}', 'aaa'), ('a{1,2}?', 'aaa'),
    ('a{2,3}b', 'aaaab'), ('x{', 'x{'), ('x{a}', 'x{a}'), ('x{}', 'x{}'), ('x{1', 'x{1'),
    ('(ab){2}', 'ababab'), ('(a|b)*c', 'abbac'), ('(a*)+b', 'aab'), ('(a*)*', 'b'),
    ('(?:(a)|b)*', 'ab'), ('((a)|(b))+', 'ab'), ('(a+)+b', 'aaaaaaaaaaaaab'),
    ('foo(?=bar)', 'foobaz foobar'), ('foo(?!bar)', 'foobar foobaz'), ('(?<=a)b', 'cb ab'),
    ('(?<!a)b', 'ab cb'), ('(?<=(a))b', 'ab'), ('(?<=ab|cd)x', 'cdx'), ('(?<=a+)b', 'ab'),
    ('(?=(a+))a*b\\1', 'baaabac'), ('(a)?(?(1)b|c)', 'ab c'), ('(?P<q>")?\\w+(?(q)")', '"ab" cd'),
    ('(a)(?(1)b)', 'ab'), ('(?i)abc', 'xABC'), ('(?i:a)b', 'Ab AB'), ('a(?i)b', 'ab'),
    ('(?m)^b$', 'a\nb\nc'), ('(?s).+', 'a\nb'), ('(?x) a b # comment\n c', 'abc'),
    ('(?x)[ ]a', ' a'), ('(?a)\\w+', 'été'), ('(?-i:a)b', 'aB'), ('(?i)[a-c]+', 'xABCd'),
    ('(?i)[^a]', 'Ab'), ('(?i)\\w+', 'ÀÉ'), ('(?i)é', 'É'), ('(?ia)é', 'É'), ('(?>a+)b', 'aab'),
    ('(?>a+)a', 'aaa'), ('a++b', 'aab'), ('a*+a', 'aaa'), ('(?#comment)x', 'x'),
    ('a{3}?', 'aaaa'), ('(?:a{2})*', 'aaaaa'), ('\\w+@\\w+\\.com', 'mail bob@ex.com now'),
    ('[\\s\\S]+', 'a\nb'), ('.*?x', 'abxcx'), ('(.*)(\\d+)', 'ab123'), ('(.*?)(\\d+)', 'ab123'),
    ('^$', ''), ('$', 'ab'), ('x*', ''), ('(?:)', 'ab'), ('[-a]', '-'), ('[a\\-z]+', '-az'),
    ('[\\x41-\\x43]+', 'ABCD'), ('\\(\\)', '()'), ('[.*+?]+', 'a.*+?'),
]
for pat, s in cases:
    show(pat, s)

# flags given to the functions
show('ABC', 'xabc', re.I)
show('^b', 'a\nb', re.M)
show('a.b', 'a\nb', re.S)
show(' a b ', 'ab', re.X)
show('\\w+', 'été', re.A)
show('^B.C$', 'a\nb\nC', re.I | re.M | re.S)

# match / fullmatch / search and pos, endpos
p = re.compile(r'\d+')
print(p.match('12ab'), p.match('ab12'), p.search('ab12cd'), p.fullmatch('123'), p.fullmatch('12a'))
print(p.match('ab12', 2), p.search('1234', 1, 3), p.fullmatch('1234', 1, 3), p.match('abc', 5))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'), re.match('(a|ab)$', 'ab'))

# Match object
m = re.match(r'(?P<key>\w+)=(?P<val>\w*)(;)?', 'name=joe rest')
print(m, bool(m), m.group(), m.group(1), m.group('val'), m.group(1, 'key', 0), m[2], m['key'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
print(m.expand(r'\2 is \g<key>! [\g<3>] \n'))
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
m = re.match('((a)b)', 'ab')
print(m.lastindex, m.lastgroup, re.match('(?P<o>(?P<i>a)b)', 'ab').lastgroup, re.match('a', 'a').lastindex)
print(repr(re.search('x+', 'a' + 'x' * 80)))

# Pattern object
p = re.compile(r'(?P<w>\w+)(\d)?', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a'), re.compile('a', re.A), re.compile('a', re.S | re.X), re.compile('(?s)a').flags)
print(re.compile(b'a'), re.compile(b'a', re.I).flags)
print(p == re.compile(r'(?P<w>\w+)(\d)?', re.I | re.M), p == re.compile('x'), hash(p) == hash(re.compile(p.pattern, p.flags)))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
print(re.I, re.I | re.M, int(re.X), re.NOFLAG, re.IGNORECASE == 2)

# findall / finditer
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2 c'), re.findall(r'(\w)\d', 'a1b2'))
print(re.findall(r'(a)|b', 'ab'), re.findall('', 'abc'), re.findall('x*', 'axxb'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')])
print([m.group() for m in re.compile('a|b').finditer('xaxbx', 2, 4)])

# bytes
print(re.match(rb'(\w+) (\d+)', b'abc 123').groups(), re.findall(rb'\s', b'a b\tc'))
print(re.search(b'(?i)B+', b'abBc'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(b',', b'a,b'))
print(re.match(rb'\w', b'\xe9'), re.match(r'\w', '\xe9'))
for a, b in (('a', b'a'), (b'a', 'a')):
    try:
        re.match(a, b)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)

# escape and purge
print(re.escape('a.b*c?d+e(f)g[h]{i}|^$\\ -#&~\t_x1é'), re.escape(b'a.b'))
re.purge()
print(re.match(re.escape('1+1=2?'), '1+1=2?'))

# repeats of fixed-width bodies over long inputs (no deep recursion)
print(re.match('(?:ab)*', 'ab' * 3000).end(), re.match('(?:ab|cd){2,}?x', 'abcdabx'), re.search('(?:a.)+?c', 'axayc'))
print(re.match('(?:[ab]c)*ac', 'acbcac'), re.fullmatch('(?:a|b){2,3}', 'abab'), re.match('.*x', 'a' * 3000))
print(re.findall('(?i)a|b', 'AB'), re.findall('(?x)a | b', 'ab'), re.findall('(?s).|x', '\n'))
