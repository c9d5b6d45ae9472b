# argparse: parsing (positionals, options, nargs, actions, abbreviations,
# '--', negative numbers, groups, subparsers, parents, defaults, Namespace).
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(p, args):
    err, sys.stderr = sys.stderr, io.StringIO()
    out, sys.stdout = sys.stdout, io.StringIO()
    try:
        r = p.parse_args(args)
    except SystemExit as e:
        r = 'exit %s' % e.code
    text = sys.stderr.getvalue() + sys.stdout.getvalue()
    sys.stderr, sys.stdout = err, out
    print(args, '->', r)
    if text:
        print(text, end='')


p = argparse.ArgumentParser(prog='train')
p.add_argument('data')
p.add_argument('--lr', type=float, default=0.1)
p.add_argument('--epochs', '-e', type=int, default=3)
p.add_argument('--name', default='run')
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('--no-cuda', action='store_false', dest='cuda')
p.add_argument('-q', action='count', default=0)
p.add_argument('--tag', action='append')
p.add_argument('--mode', choices=['a', 'b'], default='a')
p.add_argument('--sizes', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--pair', nargs=2, metavar=('X', 'Y'))
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True)
p.add_argument('--c1', action='store_const', const=42)
p.add_argument('--ac', action='append_const', const=1, dest='acs')
for args in [['d'], ['d', '--lr', '0.5', '-e', '7'], ['--lr=1e-3', 'x', '-e5'],
             ['d', '-vqqq', '--tag', 'a', '--tag', 'b'], ['d', '--no-cuda', '--mode', 'b'],
             ['d', '--sizes', '1', '2', '3'], ['d', '--opt'], ['d', '--opt', 'v'],
             ['d', '--pair', '1', '2'], ['d', '--no-flag'], ['d', '--flag'],
             ['d', '--c1', '--ac', '--ac'], ['d', '--ep', '9', '--verb'], ['--', '-x'],
             ['d', '--name=a=b'], ['d', '-q', '-q'], ['d', '--lr', '-1.5'],
             ['d', '-e', '-3']]:
    run(p, args)

q = argparse.ArgumentParser(prog='pos')
q.add_argument('a')
q.add_argument('b', nargs='?', default='B')
q.add_argument('c', nargs='*')
q.add_argument('-x', type=int)
for args in [['1'], ['1', '2'], ['1', '2', '3', '4'], ['1', '-x', '5', '2', '3'],
             ['1', '2', '--', '-5', '-x'], ['-1', '-2.5']]:
    run(q, args)

r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['go', '-a', '--b', 'c'])
n = argparse.ArgumentParser(prog='n')
n.add_argument('xy', nargs=2, type=int)
n.add_argument('z', nargs='+')
run(n, ['1', '2', 'a', 'b'])

ns, extra = p.parse_known_args(['d', '--zzz', '1', 'e'])
print(ns, extra)
print(p.parse_known_args(['d', '-Z']))

# defaults
s = argparse.ArgumentParser(prog='s', argument_default=argparse.SUPPRESS)
s.add_argument('--a', type=int)
s.add_argument('--b', default=5)
print(s.parse_args([]), s.parse_args(['--a', '1']))
d = argparse.ArgumentParser(prog='d')
d.add_argument('--x', type=int, default='7')
d.set_defaults(y=1, x='8')
print(d.parse_args([]), d.get_default('x'), d.get_default('y'), d.get_default('q'))

# mutually exclusive groups and argument groups
m = argparse.ArgumentParser(prog='m')
g = m.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_true')
grp = m.add_argument_group('model', 'model options')
grp.add_argument('--depth', type=int, default=2)
run(m, ['--foo'])
run(m, ['--foo', '--bar'])
run(m, ['--depth', '4', '--bar'])

# subparsers
sp = argparse.ArgumentParser(prog='tool')
sp.add_argument('--debug', action='store_true')
sub = sp.add_subparsers(dest='command')
tr = sub.add_parser('train', help='train a model')
tr.add_argument('--steps', type=int, default=10)
ev = sub.add_parser('eval', aliases=['ev'])
ev.add_argument('ckpt')
run(sp, ['train', '--steps', '5'])
run(sp, ['--debug', 'eval', 'model.pt'])
run(sp, ['ev', 'm.pt'])
run(sp, [])
run(sp, ['zap'])
run(sp, ['train', '--bad'])

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--seed', type=int, default=0)
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('--bs', type=int, default=32)
run(child, ['--seed', '3'])


# custom actions and types
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('called', option_string, repr(values))


def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


c = argparse.ArgumentParser(prog='c')
c.add_argument('--up', action=Upper)
c.add_argument('--n', type=pos_int)
run(c, ['--up', 'abc', '--n', '3'])
run(c, ['--n', '0'])
run(c, ['--n', 'x'])

# Namespace
a = argparse.Namespace(a=1, b='x')
print(a, a == argparse.Namespace(b='x', a=1), a != argparse.Namespace(a=2), 'a' in a, 'z' in a)
print(vars(a), argparse.Namespace())
print(repr(p._actions[1]))
print(repr(argparse.ArgumentParser(prog='P', description='d')))

# exit_on_error=False
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--k', type=int)
try:
    e.parse_args(['--k', 'z'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err)

# definition errors
for kw in [dict(action='store', nargs=0), dict(action='bogus'), dict(const=1),
           dict(type='int'), dict(nargs=2, metavar=('A', 'B', 'C'))]:
    try:
        argparse.ArgumentParser(prog='x').add_argument('--z', **kw)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    argparse.ArgumentParser(prog='x').add_argument('--help')
except argparse.ArgumentError as err:
    print('ArgumentError', err)
try:
    argparse.ArgumentParser(prog='x').add_argument('z', required=True)
except TypeError as err:
    print('TypeError', err)
