# argparse: help and usage layout (wrapping, alignment, groups, formatters).
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys

p = argparse.ArgumentParser(prog='train.py', description='Train a model on a data set. '
                            'This description is long enough that it has to be wrapped '
                            'over several lines by the formatter.', epilog='See %(prog)s docs.')
p.add_argument('data', help='path to the data')
p.add_argument('out', nargs='?', default='out', help='output dir (default: %(default)s)')
p.add_argument('extra', nargs='*', help='extra files')
p.add_argument('--lr', '--learning-rate', type=float, default=0.1, metavar='LR',
               help='learning rate (%(type)s, default %(default)s)')
p.add_argument('-e', '--epochs', type=int, default=3, help='number of epochs')
p.add_argument('-v', '--verbose', action='store_true', help='print more')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s')
p.add_argument('--sizes', nargs='+', type=int, help='sizes')
p.add_argument('--pair', nargs=2, metavar=('X', 'Y'), help='a pair')
p.add_argument('--opt', nargs='?', const=1)
p.add_argument('--many', nargs='*')
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='flag it')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-indeed', help='this help starts on its own line '
               'because the invocation is wider than the column, and it wraps too')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_argument_group('model', 'Options of the model.')
g.add_argument('--depth', type=int, default=4, help='number of layers')
g.add_argument('--width', type=int, default=64)
m = p.add_mutually_exclusive_group()
m.add_argument('--cpu', action='store_true')
m.add_argument('--gpu', action='store_true')
print(p.format_usage(), end='')
print(p.format_help(), end='')

out, sys.stdout = sys.stdout, io.StringIO()
try:
    p.parse_args(['--version'])
except SystemExit as e:
    code = e.code
text, sys.stdout = sys.stdout.getvalue(), out
print(repr(text), code)
out, sys.stdout = sys.stdout, io.StringIO()
try:
    p.parse_args(['-h'])
except SystemExit as e:
    code = e.code
text, sys.stdout = sys.stdout.getvalue(), out
print(text == p.format_help(), code)

for cls in (argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.MetavarTypeHelpFormatter):
    q = argparse.ArgumentParser(prog='q', formatter_class=cls,
                                description='First line\n  indented line\n\nlast')
    q.add_argument('n', type=int, help='a count')
    q.add_argument('--x', type=float, default=1.5, help='an x\nsecond line')
    q.add_argument('--y', type=str, help='no default shown? %(default)s')
    q.add_argument('--z', type=int, default=2)
    print(q.format_help())

# required mutually exclusive group and long usage lines
r = argparse.ArgumentParser(prog='a_rather_long_program_name_for_testing_usage_wrap')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--alpha', type=int)
rg.add_argument('--beta', action='store_true')
for i in range(8):
    r.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
r.add_argument('input_file')
r.add_argument('output_files', nargs='+')
print(r.format_help())
long = argparse.ArgumentParser(prog='x' * 70)
long.add_argument('--aaaa')
long.add_argument('--bbbbbbbbbb', nargs=3)
long.add_argument('positional')
print(long.format_usage())
print(argparse.ArgumentParser(prog='empty', add_help=False).format_help())
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [opts] FILE')
print(u.format_help())

# subparsers in help
s = argparse.ArgumentParser(prog='tool')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
t = sub.add_parser('train', help='train it', description='Training.')
t.add_argument('--steps', type=int)
sub.add_parser('eval', help='evaluate it', aliases=['e'])
sub.add_parser('silent')
print(s.format_help())
print(t.format_help())
s2 = argparse.ArgumentParser(prog='tool2')
sub2 = s2.add_subparsers(title='commands', description='pick one', metavar='CMD')
sub2.add_parser('go', help='go now')
print(s2.format_help())

for cols in ('40', '120', '30'):
    os.environ['COLUMNS'] = cols
    print(cols)
    print(p.format_help())

# only ASCII whitespace is collapsed (CPython's r'\s+' with re.ASCII)
os.environ['COLUMNS'] = '60'
nb = argparse.ArgumentParser(prog='nb', description='non\xa0breaking\xa0\xa0space and\u2003em   tabs\there')
nb.add_argument('--x', help='a\xa0b  c\u2003\u2003d ' * 6)
print(nb.format_help())
