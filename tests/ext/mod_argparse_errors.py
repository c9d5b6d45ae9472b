# argparse: error messages (to stderr, exit status 2) and their usage lines.
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(p, args):
    err, sys.stderr = sys.stderr, io.StringIO()
    try:
        r = p.parse_args(args)
    except SystemExit as e:
        r = 'exit %s' % e.code
    text, sys.stderr = sys.stderr.getvalue(), err
    print(args, '->', r)
    print(text, end='')


p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs=2)
p.add_argument('--lr', type=float)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--level', type=int, choices=range(3))
p.add_argument('--sizes', nargs='+')
p.add_argument('--two', nargs=2)
p.add_argument('--one', nargs=1)
p.add_argument('--maybe', nargs='?')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-info', action='store_true')
p.add_argument('-x', action='store_true')
p.add_argument('-y', action='store_true')
p.add_argument('--req', required=True)
for args in [[], ['s'], ['s', 'd1', 'd2'], ['s', 'd1', 'd2', '--req', 'r', '--lr', 'x'],
             ['s', 'd1', 'd2', '--req', 'r', '--mode', 'c'],
             ['s', 'd1', 'd2', '--req', 'r', '--level', '5'],
             ['s', 'd1', 'd2', '--req', 'r', '--level', 'z'],
             ['s', 'd1', 'd2', '--req'], ['s', 'd1', 'd2', '--req', 'r', '--sizes'],
             ['s', 'd1', 'd2', '--req', 'r', '--two', 'a'],
             ['s', 'd1', 'd2', '--req', 'r', '--one'],
             ['s', 'd1', 'd2', '--req', 'r', '--ver'],
             ['s', 'd1', 'd2', '--req', 'r', '--verbose=1'],
             ['s', 'd1', 'd2', '--req', 'r', '-xz'],
             ['s', 'd1', 'd2', '--req', 'r', '-xy', 'extra', '--what'],
             ['s', 'd1', 'd2', '--req', 'r', '--maybe', '--lr', '1'],
             ['s', 'd1', 'd2', 'd3', '--req', 'r'], ['s', 'd1', 'd2', '--req', 'r', '-5'],
             ['s', 'd1', 'd2', '--req', 'r', '--lr', '-5e-3']]:
    run(p, args)

n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('v', nargs='?')
run(n, ['-1'])
run(n, ['-2'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', type=int)
g.add_argument('--c', help=argparse.SUPPRESS)
run(m, [])
run(m, ['--a', '--b', '1'])
run(m, ['--b', '1', '--a'])

na = argparse.ArgumentParser(prog='na', allow_abbrev=False)
na.add_argument('--verbose', action='store_true')
run(na, ['--verb'])

wide = argparse.ArgumentParser(prog='wide')
for i in range(12):
    wide.add_argument('--option-number-%d' % i, type=int)
run(wide, ['--option-number-3', 'q'])

err, sys.stderr = sys.stderr, io.StringIO()
try:
    p.error('custom message')
except SystemExit as e:
    print('error() exit', e.code)
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit() exit', e.code)
try:
    p.exit()
except SystemExit as e:
    print('exit() exit', e.code)
text, sys.stderr = sys.stderr.getvalue(), err
print(text, end='')
