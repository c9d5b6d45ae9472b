# JSON encoding and decoding (CPython's json module: same output, same error
# messages and positions as its C accelerator).

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')
_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
        '\f': '\\f'}
for _i in range(32):
    _ESC.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _quote(s):
    # The string with '"', '\\' and control characters escaped.
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ESC.get(c, c) for c in s]) + '"'


def _ascii_char(c):
    e = _ESC.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x7f:
        return c
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _quote_ascii(s):
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ascii_char(c) for c in s]) + '"'


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return (_quote_ascii if self.ensure_ascii else _quote)(o)
        return ''.join(self.iterencode(o, True))

    def iterencode(self, o, _one_shot=False):
        # Builds the whole text at once: the chunks are not CPython's.
        out = []
        _Writer(self, out, _one_shot).value(o, 0)
        return iter(out)


class _Writer:
    # One encoding: the encoder's options and the output chunk list.
    def __init__(self, enc, out, one_shot):
        self.enc = enc
        self.out = out
        self.quote = _quote_ascii if enc.ensure_ascii else _quote
        self.markers = {} if enc.check_circular else None
        ind = enc.indent
        if ind is not None and not isinstance(ind, str):
            ind = ' ' * ind
        self.indent = ind
        # CPython's C encoder (one shot, no indent) leaves the value out.
        self.nan_msg = '' if one_shot and ind is None else ': '

    def float(self, o):
        if o != o:
            t = 'NaN'
        elif o == _INF:
            t = 'Infinity'
        elif o == -_INF:
            t = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            msg = self.nan_msg and self.nan_msg + repr(o)
            raise ValueError('Out of range float values are not JSON compliant' + msg)
        return t

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.seq(o, level)
        elif isinstance(o, dict):
            self.dict(o, level)
        else:
            key = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(key)

    def enter(self, o):
        m = self.markers
        if m is None:
            return None
        key = id(o)
        if key in m:
            raise ValueError('Circular reference detected')
        m[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def open(self, ch, level):
        # Writes the opening bracket; returns the separator between items.
        sep = self.enc.item_separator
        if self.indent is None:
            self.out.append(ch)
            return sep
        nl = '\n' + self.indent * (level + 1)
        self.out.append(ch + nl)
        return sep + nl

    def close(self, ch, level):
        if self.indent is not None:
            ch = '\n' + self.indent * level + ch
        self.out.append(ch)

    def seq(self, o, level):
        if not o:
            self.out.append('[]')
            return
        key = self.enter(o)
        sep = self.open('[', level)
        first = True
        for v in o:
            if not first:
                self.out.append(sep)
            first = False
            self.value(v, level + 1)
        self.close(']', level)
        self.leave(key)

    def dict(self, o, level):
        if not o:
            self.out.append('{}')
            return
        key = self.enter(o)
        enc = self.enc
        out = self.out
        sep = self.open('{', level)
        items = sorted(o.items()) if enc.sort_keys else o.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self.float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not '
                                + k.__class__.__name__)
            if not first:
                out.append(sep)
            first = False
            out.append(self.quote(k))
            out.append(enc.key_separator)
            self.value(v, level + 1)
        self.close('}', level)
        self.leave(key)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    return (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}
_UNESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
          't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    # The code unit of the 4 hex digits at s[i:i+4], or -1.
    h = s[i:i + 4]
    if len(h) != 4:
        return -1
    for c in h:
        if c not in _HEX:
            return -1
    return int(h, 16)


def _scanstring(s, end, strict=True):
    # Decodes the string whose opening quote is at end - 1; returns (str, index
    # after the closing quote).
    begin = end - 1
    parts = []
    n = len(s)
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for j, c in enumerate(chunk):
                if c < ' ':
                    raise JSONDecodeError('Invalid control character at', s, end + j)
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        parts.append(chunk)
        if stop == q:
            return ''.join(parts), q + 1
        if b + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[b + 1]
        if esc != 'u':
            c = _UNESC.get(esc)
            if c is None:
                raise JSONDecodeError('Invalid \\escape', s, b)
            parts.append(c)
            end = b + 2
            continue
        u = _hex4(s, b + 2)
        if u < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, b + 1)
        end = b + 6
        if 0xd800 <= u <= 0xdbff and s[end:end + 2] == '\\u':
            lo = _hex4(s, end + 2)
            if lo < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= lo <= 0xdfff:
                u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00)
                end += 6
        parts.append(chr(u))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _Scanner(self, s).value(idx)


class _Scanner:
    def __init__(self, dec, s):
        self.s = s
        self.strict = dec.strict
        self.pf = dec.parse_float
        self.pi = dec.parse_int
        self.pc = dec.parse_constant
        self.oh = dec.object_hook
        self.oph = dec.object_pairs_hook

    def value(self, i):
        # (value, end) of the value starting exactly at i.
        s = self.s
        c = s[i:i + 1]
        if c == '"':
            return _scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        d = s[i + 1:i + 2] if c == '-' else c
        if d and d in _DIGITS:
            return self.number(i)
        for word, v in (('null', None), ('true', True), ('false', False)):
            if c == word[0] and s.startswith(word, i):
                return v, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if c == word[0] and s.startswith(word, i):
                return self.pc(word), i + len(word)
        raise JSONDecodeError('Expecting value', s, i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i + 1 if s[i] == '-' else i
        if s[j] == '0':
            j += 1
        else:
            while j < n and s[j] in _DIGITS:
                j += 1
        isfloat = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            isfloat = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                isfloat = True
        return (self.pf if isfloat else self.pi)(s[i:j]), j

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] == '}':
            i += 1
        else:
            while True:
                if s[i:i + 1] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                k, i = _scanstring(s, i + 1, self.strict)
                i = _skip(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip(s, i + 1)
                v, i = self.value(i)
                pairs.append((k, v))
                i = _skip(s, i)
                c = s[i:i + 1]
                i += 1
                if c == '}':
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
                i = _skip(s, i)
        if self.oph is not None:
            return self.oph(pairs), i
        d = dict(pairs)
        if self.oh is not None:
            d = self.oh(d)
        return d, i

    def array(self, i):
        s = self.s
        out = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return out, i + 1
        while True:
            v, i = self.value(i)
            out.append(v)
            i = _skip(s, i)
            c = s[i:i + 1]
            i += 1
            if c == ']':
                return out, i
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip(s, i)


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s)
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode()
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + s.__class__.__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    for k, v in (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
                 ('parse_float', parse_float), ('parse_int', parse_int),
                 ('parse_constant', parse_constant)):
        if v is not None:
            kw[k] = v
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
