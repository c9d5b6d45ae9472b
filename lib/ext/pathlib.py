# Object-oriented paths (CPython's pathlib module), POSIX paths only: PurePath
# is PurePosixPath and Path is PosixPath. Glob patterns are matched by
# fnmatch's rules.

import os
from fnmatch import fnmatchcase as _fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(args):
    # (root, names) of the joined arguments; a later absolute argument restarts.
    root, names = '', []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike '
                                'object returning str, not %r' % type(a))
        if a.startswith('/'):
            root = '//' if a[:2] == '//' and a[2:3] != '/' else '/'
            names = []
        names += [x for x in a.split('/') if x and x != '.']
    return root, names


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        root, names = _parse(args)
        return cls._from_parsed(root, names)

    @classmethod
    def _from_parsed(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        return self

    def _new(self, root, names):
        return type(self)._from_parsed(root, names)

    def __str__(self):
        return self._root + '/'.join(self._names) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    @property
    def _key(self):
        return ([self._root] if self._root else []) + self._names

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        return hash(tuple(self._key))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key < other._key

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key <= other._key

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key > other._key

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key >= other._key

    drive = ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, names = _parse((name,))
        if not name or name[-1] == '/' or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._new(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        return self.with_name((name[:-len(old)] if old else name) + suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        # CPython counts drive and root as two parts of an absolute path.
        mine = ['', self._root] + self._names if self._root else self._names
        root, names = _parse(other)
        to = ['', root] + names if root else names
        n = len(to)
        if self._root if n == 0 else mine[:n] != to:
            raise ValueError('%r is not in the subpath of %r OR one path is relative '
                             'and the other is absolute.'
                             % (str(self), root + '/'.join(names) or '.'))
        return self._new('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        root, names = _parse(args)
        if root:
            return self._new(root, names)
        return self._new(self._root, self._names + names)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._names:
            return self
        return self._new(self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pats = _parse((path_pattern,))
        if not root and not pats:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        if root and len(pats) != len(self._names) or len(pats) > len(self._names):
            return False
        return all(_fnmatch(n, p) for n, p in zip(reversed(self._names), reversed(pats)))


class _PathParents:
    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._new(p._root, p._names[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def _child(self, name):
        return self._new(self._root, self._names + [name])

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = type(self)(os.path.realpath(self))
        if strict:
            p.stat()
        return p

    def expanduser(self):
        if not self._root and self._names and self._names[0][:1] == '~':
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._names[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def _dirs(self):
        # This directory and all below it (not through symbolic links).
        yield self
        try:
            names = os.listdir(self)
        except PermissionError:
            return
        for name in names:
            p = self._child(name)
            if p.is_dir() and not p.is_symlink():
                yield from p._dirs()

    def _select(self, pats):
        if not pats:
            yield self
            return
        pat, rest = pats[0], pats[1:]
        if pat == '**':
            seen = set()
            for d in self._dirs():
                for p in d._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif pat == '':  # trailing '/': directories only
            if self.is_dir():
                yield self
        elif '*' in pat or '?' in pat or '[' in pat:
            try:
                names = os.listdir(self)
            except PermissionError:
                return
            for name in names:
                p = self._child(name)
                if _fnmatch(name, pat) and (not rest or p.is_dir()):
                    yield from p._select(rest)
        else:
            p = self._child(pat)
            if p.is_dir() if rest else p.exists():
                yield from p._select(rest)

    def _glob(self, pattern, prefix):
        root, pats = _parse((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] == '/':
            pats.append('')
        if self.is_dir():
            yield from self._select(prefix + pats)

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        yield from self._glob(pattern, [])

    def rglob(self, pattern):
        yield from self._glob(pattern, ['**'])

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        data = bytes(data)
        with self.open('wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return  # no os.utime: the time stamps stay as they are
        open(self, 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)


class PosixPath(Path, PurePosixPath):
    pass
