# argparse: bool-like types, nargs with defaults, required subparsers, prefix_chars,
# combined formatters, resolve conflicts, version, default prog.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, sys

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

def str2bool(v):
    if v.lower() in ('yes', 'true', '1'): return True
    if v.lower() in ('no', 'false', '0'): return False
    raise argparse.ArgumentTypeError('Boolean value expected.')

p = argparse.ArgumentParser()
print(p.prog)
p.add_argument('--use-amp', type=str2bool, nargs='?', const=True, default=False, help='amp')
p.add_argument('--gpus', type=int, nargs='*', default=[], help='gpu ids (default: %(default)s)')
p.add_argument('model', nargs='?', choices=['resnet', 'vit'], default='resnet')
p.add_argument('+p', '++plus', action='store_true') if False else None
p.add_argument('--seed', type=lambda s: int(s, 0), default=0)
p.add_argument('--dtype', choices=('fp16', 'fp32'), metavar='DT', help='dtype %(metavar)s %(choices)s')
for a in [[], ['--use-amp'], ['--use-amp', 'no'], ['--use-amp', 'maybe'], ['vit', '--gpus', '0', '1'],
          ['--gpus'], ['x'], ['--seed', '0x10'], ['--seed', 'zz'], ['--dtype', 'bf16']]:
    run(p, a)
print(p.format_help())
ns = argparse.Namespace(seed=5)
print(p.parse_args([], namespace=ns))

s = argparse.ArgumentParser(prog='s')
sub = s.add_subparsers(dest='cmd', required=True)
a = sub.add_parser('a')
a.set_defaults(func='fa')
a.add_argument('x', type=int)
b = sub.add_parser('b')
b.set_defaults(func='fb')
run(s, [])
run(s, ['a', '3'])
run(s, ['b'])
run(s, ['a'])
run(s, ['a', '-h'])

pc = argparse.ArgumentParser(prog='pc', prefix_chars='-+')
pc.add_argument('+x', action='store_true')
pc.add_argument('-y', type=int)
pc.add_argument('++long', default='L')
run(pc, ['+x', '-y', '3', '++lo', 'q'])
print(pc.format_help())

class F(argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter):
    pass
f = argparse.ArgumentParser(prog='f', formatter_class=F, description='a\n  b')
f.add_argument('--lr', default=0.1, help='learning\nrate')
f.add_argument('--wd', type=float, default=0.0)
print(f.format_help())
w = argparse.ArgumentParser(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100))
w.add_argument('--a-quite-long-option', metavar='N', help='help ' * 30)
w.add_argument('--b', help='x' * 120)
print(w.format_help())
v = argparse.ArgumentParser(prog='v')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 2.3.1')
run(v, ['-V'])
print(v.get_default('version'))
m = argparse.ArgumentParser(prog='m')
m.add_argument('files', nargs='+', metavar='FILE')
m.add_argument('-o', '--output', required=True)
gp = m.add_argument_group('group', 'desc')
gx = gp.add_mutually_exclusive_group()
gx.add_argument('--p', action='store_true')
gx.add_argument('--q', action='store_true')
run(m, ['a', 'b', '-o', 'x', '--p'])
run(m, ['-o', 'x'])
run(m, ['a', '--p', '--q', '-o', 'x'])
print(m.format_help())
c = argparse.ArgumentParser(prog='c', conflict_handler='resolve')
c.add_argument('-f', '--foo', help='old')
c.add_argument('--foo', help='new')
print(c.format_help())
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(**{'a b': 1}))
