# File name pattern expansion (CPython's glob module), on os.listdir.

import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname == '**':
        for first in it:       # the empty name that '**' yields first
            break
    return it


def _iglob(pathname, root_dir, recursive, dironly, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and basename in ('**', b'**'):
            yield from _glob2(root_dir, basename, dironly, hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename in ('**', b'**'):
            each = _glob2
        else:
            each = _glob1
    else:
        each = _glob0
    for d in dirs:
        for name in each(_join(root_dir, d), basename, dironly, hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, hidden):
    names = _listdir(dirname, dironly)
    if not hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, hidden):
    if not basename:
        if _isdir(dirname):
            return [basename]
    elif _exists(os.path.join(dirname, basename)):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, hidden)


def _rlistdir(dirname, dironly, hidden):
    for x in _listdir(dirname, dironly):
        if hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, hidden):
                yield os.path.join(x, y)


def _listdir(dirname, dironly):
    top = dirname or (os.curdir if isinstance(dirname, str) else os.curdir.encode())
    try:
        names = os.listdir(top)
    except OSError:
        return []
    if dironly:
        names = [x for x in names if _isdir(os.path.join(top, x))]
    return names


def _join(root, path):
    return os.path.join(root, path) if root and path else root or path


def _exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return os.path.islink(path)
    return True


def _isdir(path):
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _ishidden(path):
    return path[0] in ('.', 46)


_magic = re.compile('([*?[])')
_magic_b = re.compile(b'([*?[])')


def has_magic(s):
    m = _magic_b if isinstance(s, bytes) else _magic
    return m.search(s) is not None


def escape(pathname):
    # posix: no drive to keep apart
    if isinstance(pathname, bytes):
        return _magic_b.sub(br'[\1]', pathname)
    return _magic.sub(r'[\1]', pathname)
