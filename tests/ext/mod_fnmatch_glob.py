# fnmatch and glob (lib/ext): translate's exact text, matching, and globbing a
# tree this test builds in its own folder (results sorted: listdir order varies).
import fnmatch
import glob
import os

pats = ['*.py', 'a*b*c', '*a*', '**', '[!a-c]x', '[]]', '[!]]', '[!]', '[', 'a[b-a]c', '[a-z-]*',
        '[\\]', 'x[&&]', '[~|]', '**/*.txt', '[a-c-e]', '?a*', '[^x]', '[!a-c-e-g]', '[z-a]', '[a--]',
        'a.b+c(d)', '*?*', '[[]', 'x[!', '[!-]', '[---]', '']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', '.x.py', 'abc', 'a]', 'ab.PY', 'x-y', 'c.py.bak']
for p in ('*.py', '*', '?b*', '[a-b]*', '[!a]*', '*.[pP][yY]', '*-*', 'a]', '.*'):
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names[:3]])
print(fnmatch.fnmatchcase('ABC', 'abc'), fnmatch.fnmatch('x/y.py', '*.py'), fnmatch.filter([b'a.c', b'b'], b'*.c'))

root = 'glob_tree_tmp'


def make(path, isdir=False):
    full = os.path.join(root, path)
    if isdir:
        os.makedirs(full, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write('x')


def remove(top):
    for name in os.listdir(top):
        p = os.path.join(top, name)
        if os.path.isdir(p):
            remove(p)
        else:
            os.remove(p)
    os.rmdir(top)


if os.path.exists(root):
    remove(root)
for f in ('a.txt', 'b.py', '.hidden.txt', 'sub/c.txt', 'sub/d.py', 'sub/deep/e.txt', 'sub/.h/f.txt',
          'other/g.txt', 'x[1].txt'):
    make(f)
make('empty', True)


def rel(paths):
    return sorted(p[len(root) + 1:] if p.startswith(root + os.sep) else p for p in paths)


for p in ('*', '*.txt', '*/*.txt', 'sub/*', '**', '**/*.txt', 'sub/**', 'sub/**/', '*/', 'sub',
          'sub/c.txt', 'nope/*', 'nope', '.*', 'sub/.*/*', '[ab].*', 'x[[]1].txt', '*/', '?ub/d.*'):
    pat = os.path.join(root, p)
    print(p, rel(glob.glob(pat)), rel(glob.glob(pat, recursive=True)))
print(rel(glob.glob(os.path.join(root, '**', '*.txt'), recursive=True, include_hidden=True)))
print(sorted(glob.glob('*.txt', root_dir=os.path.join(root, 'sub'))),
      sorted(glob.glob('**', root_dir=root, recursive=True)))
print(rel(glob.iglob(os.path.join(root, 's*', '*.py'))), type(glob.iglob('*')).__name__)
for s in ('abc', 'a*c', 'a?', '[x]', 'a/b', b'a*'):
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.glob(glob.escape(os.path.join(root, 'x[1].txt'))) == [os.path.join(root, 'x[1].txt')])
remove(root)
print(os.path.exists(root))
