# Shell-style file name matching (CPython's fnmatch module), through re.

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _matcher(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(pat.decode('latin-1')).encode('latin-1')
        else:
            res = translate(pat)
        m = re.compile(res).match
        if len(_cache) >= 256:
            _cache.clear()
        _cache[key] = m
    return m


def fnmatch(name, pat):
    # os.path.normcase is the identity on posix
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    m = _matcher(pat)
    return [name for name in names if m(name)]


_STAR = None


def translate(pat):
    # Each '*' run becomes _STAR, everything else a piece of regex text; then
    # the stars are spelled so that matching cannot backtrack exponentially:
    # every interior '*' + fixed text is an atomic lazy group.
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            i = _bracket(pat, i, parts)
        else:
            parts.append(re.escape(c))
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1                     # parts[k - 1] is a star
        j = k
        while j < len(parts) and parts[j] is not _STAR:
            j += 1
        fixed = ''.join(parts[k:j])
        if j == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
        k = j
    return r'(?s:%s)\Z' % ''.join(out)


def _bracket(pat, i, parts):
    # pat[i - 1] is '['; append the set's regex and return the index after it.
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    j = pat.find(']', j)
    if j < 0:
        parts.append('\\[')
        return i
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # split at the hyphens that make ranges, drop empty ranges, and
        # escape the remaining backslashes and hyphens
        chunks = []
        start = i
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k += 3
        if start < j:
            chunks.append(pat[start:j])
        else:
            chunks[-1] += '-'
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        body = '-'.join(ch.replace('\\', '\\\\').replace('-', '\\-') for ch in chunks)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        parts.append('(?!)')
    elif body == '!':
        parts.append('.')
    else:
        if body[0] == '!':
            body = '^' + body[1:]
        elif body[0] in '^[':
            body = '\\' + body
        parts.append('[%s]' % body)
    return j + 1
