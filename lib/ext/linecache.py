# Source lines of files, cached (CPython's linecache module, without lazy
# loaders: frozen modules' names look like "<frozen json>" and have no lines).
import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache']

cache = {}  # filename -> (size, mtime, lines, fullname)


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    e = cache.get(filename)
    if e is not None:
        return e[2]
    return updatecache(filename, module_globals)


def clearcache():
    cache.clear()


def checkcache(filename=None):
    # Drops the entries whose file changed or went away.
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        size, mtime, _, full = cache[name]
        try:
            st = os.stat(full)
        except OSError:
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or filename[0] + filename[-1] == '<>':
        return []
    full = filename
    try:
        st = os.stat(full)
    except OSError:
        st = None
        if not os.path.isabs(filename):
            for d in sys.path:
                full = os.path.join(d, filename)
                try:
                    st = os.stat(full)
                    break
                except (OSError, TypeError, ValueError):
                    pass
        if st is None:
            return []
    try:
        with open(full, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, full
    return lines
