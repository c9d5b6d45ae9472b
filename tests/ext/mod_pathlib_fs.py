# pathlib: Path on the file system (its own tree under /tmp, removed at the end).
import os
from pathlib import Path, PosixPath

base = Path('/tmp/upy_pathlib_test')


def rm_tree(p):
    if p.is_dir() and not p.is_symlink():
        for c in p.iterdir():
            rm_tree(c)
        p.rmdir()
    elif p.exists():
        p.unlink()


def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)


rm_tree(base)
print(base.exists(), base.is_dir())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / 'a' / 'b' / 'c').mkdir(parents=True)
(base / 'a').mkdir(exist_ok=True)
for args in [dict(), dict(parents=True)]:
    try:
        (base / 'a').mkdir(**args)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == str(base / 'a'))
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

print((base / 'f.txt').write_text('hello\nworld\n'), (base / 'g.bin').write_bytes(b'\x00\x01'))
print(repr((base / 'f.txt').read_text()), (base / 'g.bin').read_bytes())
(base / 'a' / 'm.py').write_text('x = 1\n')
(base / 'a' / 'b' / 'n.py').write_text('y = 2\n')
(base / 'a' / 'b' / 'c' / 'o.txt').write_text('z')
(base / '.hidden.py').touch()
(base / 'e.py').touch()
(base / 'e.py').touch()
try:
    (base / 'e.py').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
with (base / 'f.txt').open() as f:
    print(f.readline().strip())
with (base / 'f.txt').open('a') as f:
    f.write('more\n')
print((base / 'f.txt').read_text().splitlines(), (base / 'f.txt').stat().st_size)
try:
    (base / 'f.txt').write_text(b'x')
except TypeError as e:
    print('TypeError', e)

print(rel(base.iterdir()))
print(rel(base.glob('*.py')), rel(base.glob('*')), rel(base.glob('a/*')))
print(rel(base.glob('**/*.py')), rel(base.glob('**')), rel(base.glob('a/**/*.txt')))
print(rel(base.rglob('*.py')), rel(base.rglob('*')), rel(base.rglob('[mn].py')))
print(rel(base.glob('a/b')), rel(base.glob('zz')), rel(base.glob('*/b/c')), rel(base.glob('?.txt')))
g = base.glob('')  # lazy: the error comes on iteration
for bad in ['', '/abs', 'a**']:
    try:
        list(base.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

p = base / 'f.txt'
q = p.rename(base / 'h.txt')
print(type(q).__name__, q.name, p.exists(), q.exists())
r = q.replace(base / 'a' / 'h2.txt')
print(r.relative_to(base), r.read_text().count('\n'))
r.unlink()
r.unlink(missing_ok=True)
try:
    r.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    (base / 'a').rmdir()
except OSError as e:
    print('OSError', e.errno)

old = os.getcwd()
os.chdir(base)
print(Path.cwd() == base, Path('a/m.py').absolute() == base / 'a/m.py',
      Path('a/b/../m.py').resolve() == base / 'a/m.py', Path('a').is_dir(), Path('zz').exists())
os.chdir(old)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x',
      Path('a/~').expanduser(), Path('/x').absolute())
print(isinstance(base, PosixPath), isinstance(base, Path))
rm_tree(base)
print(base.exists())
