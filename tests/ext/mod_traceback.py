# traceback: extracting and formatting tracebacks, chained exceptions.
# Printed text goes through clean(): directories are dropped from file names,
# and CPython 3.11's caret lines (this runtime has no column positions, see
# Note [No carets] in lib/ext/traceback.py) are removed.
import io
import linecache
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    if not isinstance(text, str):
        text = ''.join(text)
    lines = [l for l in text.replace(HERE, '').split('\n') if not l.strip() or l.strip(' ^~')]
    return '\n'.join(lines)


def show(text):
    print(clean(text))


def inner(x):
    return 10 // x


def middle(x):
    y = x - 1
    return inner(y)


def outer():
    return middle(1)


try:
    outer()
except ZeroDivisionError as e:
    err = e
    show(traceback.format_exc())
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception(e, limit=2))
    show(traceback.format_exception(e, limit=-1))
    show(traceback.format_exception_only(e))
    show(traceback.format_exception_only(type(e), e))
    show(traceback.format_tb(e.__traceback__))
    show(traceback.format_tb(e.__traceback__, 1))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    traceback.print_exc(file=sys.stdout, limit=0)
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    traceback.print_tb(e.__traceback__, file=buf)
    show(buf.getvalue())
    tbs = traceback.extract_tb(e.__traceback__)
    print(type(tbs).__name__, len(tbs))
    for fs in tbs:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line), len(fs))
        fn, ln, name, line = fs
        print(fs[1], fs[2], fs == (fs.filename, ln, name, line), repr(fs).replace(HERE, ''))
    show(traceback.format_list(tbs))
    show(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('<stdin>', 1, '<module>', None)]))
    print([(os.path.basename(f.f_code.co_filename), n) for f, n in traceback.walk_tb(e.__traceback__)])

print(traceback.format_exc())
print(traceback.format_exception_only(ValueError('bad value')))
print(traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(StopIteration()))
print(traceback.format_exception_only(None), traceback.format_exception(None))
print(traceback.format_exception_only(ValueError, ValueError('old style')))


class MyError(Exception):
    pass


class Nested:
    class Inner(LookupError):
        pass


print(traceback.format_exception_only(MyError('mine')), traceback.format_exception_only(Nested.Inner()))
print(traceback.format_exception_only(OSError('os')), traceback.format_exception_only(ZeroDivisionError()))
e = ValueError('with notes')
e.add_note('first note')
e.add_note('second\nmulti')
print(traceback.format_exception_only(e))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(BadStr()))

# chained exceptions
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('conversion failed') from e


def handler():
    try:
        {}['missing']
    except KeyError:
        convert('x')


try:
    handler()
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    show(buf.getvalue())

try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second') from None
except ValueError as e:
    show(traceback.format_exception(e))
    print(e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        raise TypeError('a')
    finally:
        raise OSError('b')
except OSError as e:
    show(traceback.format_exception(e))

# a cycle in the chain
a = ValueError('A')
b = KeyError('B')
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))

# recursion: repeated lines are collapsed
def rec(n):
    if n == 0:
        raise RecursionError('bottom')
    return rec(n - 1)


try:
    rec(8)
except RecursionError as e:
    show(traceback.format_exception(e))
try:
    rec(4)
except RecursionError as e:
    show(traceback.format_exception(e))

# SyntaxError
for src in ('x = (', '1 +* 2', 'a b'):
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        show(traceback.format_exception_only(e)[-1:])
        print(e.filename, e.lineno, e.msg)
se = SyntaxError('bad thing', ('f.py', 3, 5, '    x = 1 +\n', 3, 8))
show(traceback.format_exception_only(se))
print(traceback.format_exception_only(SyntaxError('plain')))

# stack
def where():
    return traceback.extract_stack()


st = where()
print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in st[-2:]])
show(traceback.format_stack()[-1:])
fs = traceback.FrameSummary('x.py', 12, 'func', line='  code()  ')
print(fs.line, fs == ('x.py', 12, 'func', 'code()'), list(fs), traceback.FrameSummary('nofile.py', 1, 'f').line)
te = traceback.TracebackException.from_exception(err)
show(te.format())
print(str(te), te.exc_type.__name__, len(te.stack))

for bad in (lambda: traceback.format_exception(ValueError, ValueError('x')),
            lambda: traceback.format_exception(42)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# linecache
me = os.path.basename(__file__)
print(repr(linecache.getline(me, 1)), repr(linecache.getline(me, 10**6)), repr(linecache.getline('<nothing>', 1)))
print(len(linecache.getlines(me)) > 100, linecache.getlines('does/not/exist.py'))
linecache.checkcache()
linecache.clearcache()
print(repr(linecache.getline(me, 2)))
