# pathlib: pure paths (parsing, parts, names and suffixes, joining, relative_to, match).
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for args in [('a/b',), ('/a', 'b'), ('a', '/b', 'c'), ('//a/b',), ('///a',), ('a//b/./c/',),
             ('',), ('.',), ('./a/..',), ('/',), ('a', PurePosixPath('b/c')), (), ('~/x',)]:
    p = PurePosixPath(*args)
    print(args, repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), p.root, p.anchor, p.drive, p.is_absolute())
print(repr(PurePath('x/y')), repr(Path('x')), type(Path('x')).__name__, repr(PosixPath('/q')))

for name in ['a.tar.gz', '.bashrc', 'a.', 'a..b', '..', 'noext', '.a.b', 'x.py']:
    p = PurePosixPath('dir', name)
    print(name, repr(p.suffix), p.suffixes, repr(p.stem))

p = PurePosixPath('/usr/lib/python3.11/argparse.py')
print(p.parent, p.parent.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1],
      p.parents[1:3], repr(p.parents))
print(PurePosixPath('a/b').parent, PurePosixPath('a').parent, PurePosixPath('/').parent,
      list(PurePosixPath('a/b/c').parents))
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)

print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('parse'))
print(PurePosixPath('a/b.tar.gz').with_suffix('.zip'), PurePosixPath('a/b').with_suffix('.c'))
for f, arg in [('with_name', ''), ('with_name', 'a/b'), ('with_name', '/x'),
               ('with_suffix', 'txt'), ('with_suffix', '.'), ('with_suffix', './x')]:
    try:
        getattr(p, f)(arg)
    except ValueError as e:
        print('ValueError', e)
for f in ['with_name', 'with_suffix', 'with_stem']:
    try:
        getattr(PurePosixPath('/'), f)('.x')
    except ValueError as e:
        print('ValueError', e)

a = PurePosixPath('/home/user/proj')
print(a / 'src' / 'main.py', a / '/etc', 'rel' / PurePosixPath('x'), a.joinpath('a', 'b/c'))
print(a.relative_to('/home'), a.relative_to('/home/user/proj'), a.relative_to('/', 'home'),
      PurePosixPath('a/b/c').relative_to('a'))
for x, y in [(a, '/etc'), (a, 'home'), (PurePosixPath('a/b'), '/a'), (PurePosixPath('a'), '.')]:
    try:
        print(x.relative_to(y))
    except ValueError as e:
        print('ValueError', e)
print(a.is_relative_to('/home'), a.is_relative_to('/usr'))
try:
    a / 3
except TypeError as e:
    print('TypeError', e)
try:
    PurePosixPath(b'x')
except TypeError as e:
    print('TypeError', e)

for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a/b.py', '/*.py'), ('/a/b.py', '/a/*.py'), ('b.py', '/*.py'),
                  ('a/b.py', '*.p?'), ('a/b.pyc', '*.py'), ('x/data_12.bin', 'data_[0-9]*.bin'),
                  ('x/data_a.bin', 'data_[!a-c]*.bin'), ('x/data_z.bin', 'data_[!a-c]*.bin'),
                  ('f[x', 'f[x'), ('abc', 'a*c*'), ('aXbXc', '*X*X*'), ('a.b', '[.]b')]:
    print(path, pat, PurePosixPath(path).match(pat))
try:
    PurePosixPath('a').match('')
except ValueError as e:
    print('ValueError', e)

xs = [PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('/z'), PurePosixPath('a')]
print(sorted(xs), PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') == 'a',
      PurePosixPath('a') == Path('a'), PurePosixPath('a') < PurePosixPath('b'),
      hash(PurePosixPath('a/b')) == hash(PurePosixPath('a', 'b')),
      len({PurePosixPath('a'), PurePosixPath('./a'), PurePosixPath('b')}))
print(str(PurePosixPath('a/b')), PurePosixPath('a/b').as_posix(), bytes(PurePosixPath('a/b')),
      f'{PurePosixPath("q")}', PurePosixPath('/x').is_reserved())
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'))
