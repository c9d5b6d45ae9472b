# Regular expressions (CPython's re module): a parser from pattern text to a
# tree of tuples, then a backtracking matcher built from closures.
#
# Each node compiles to a function m(c, i) -> bool that matches at index i of
# c.s and then calls the matcher of what follows it (its continuation, fixed at
# compile time). Every change to the match state (group marks, lastindex,
# repeat counters) is undone when the continuation fails, so a failed attempt
# leaves the state as it found it. bytes patterns and subjects run the same
# engine on their Latin-1 decoding, with ASCII character classes.

import enum

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern',
           'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
           'RegexFlag']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        return _flag_names(v, ())

    __str__ = __repr__


def _flag_names(v, skip):
    names = []
    for name in ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
                 'UNICODE', 'VERBOSE', 'DEBUG', 'ASCII'):
        f = RegexFlag[name]
        if v & f and name not in skip:
            names.append('re.' + name)
        v &= ~f
    if v:
        names.append(hex(v))
    return '|'.join(names)


NOFLAG = RegexFlag.NOFLAG
T = TEMPLATE = RegexFlag.TEMPLATE
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
A = ASCII = RegexFlag.ASCII

_MAXREPEAT = 4294967295
_FLAGCHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}
_TYPE_FLAGS = 4 | 32 | 256


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


# ---------------------------------------------------------------- characters

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ASCIIWORD = frozenset(_ASCIILETTERS + _DIGITS + '_')
_ASCIISPACE = frozenset(' \t\n\r\f\v')
_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r',
            '\\t': '\t', '\\v': '\v', '\\\\': '\\'}


def _uword(x):
    return x.isalnum() or x == '_'


def _udigit(x):
    return x.isdecimal()


def _uspace(x):
    return x.isspace()


def _aword(x):
    return x in _ASCIIWORD


def _adigit(x):
    return '0' <= x <= '9'


def _aspace(x):
    return x in _ASCIISPACE


def _category(letter, asc):
    # \d \s \w (and the negated upper-case forms) as a predicate on one char.
    low = letter.lower()
    if asc:
        f = _adigit if low == 'd' else _aspace if low == 's' else _aword
    else:
        f = _udigit if low == 'd' else _uspace if low == 's' else _uword
    if letter == low:
        return f
    return lambda x: not f(x)


def _fold(x):
    # One representative of x's case-insensitive equivalence class.
    u = x.upper()
    if len(u) == 1:
        x = u
    lo = x.lower()
    return lo if len(lo) == 1 else x


def _afold(x):
    return x.lower() if 'A' <= x <= 'Z' else x


def _variants(x):
    v = [x.lower(), x.upper(), _fold(x)]
    return [y for y in v if len(y) == 1 and y != x]


# ------------------------------------------------------------------- parser
#
# Nodes (tuples):
#   ('lit', ch, fold)          one character; fold is None, _fold or _afold
#   ('set', test)              one character that satisfies test (., [..], \d)
#   ('at', kind)               zero-width: bol bos eol eos eosn A Z b B
#   ('grp', gid, seq)          capturing group
#   ('alt', [seq, ...])
#   ('rep', lo, hi, mode, seq) mode: 0 greedy, 1 lazy, 2 possessive
#   ('ref', gid, fold)         backreference
#   ('look', behind, neg, seq)
#   ('atomic', seq)
#   ('cond', gid, yes_seq, no_seq)
# A seq is a list of nodes.

class _Parser:
    def __init__(self, pattern, flags, isbytes):
        self.s = pattern
        self.p = 0
        self.flags = flags
        self.isbytes = isbytes
        self.ngroups = 1            # next group number
        self.groupindex = {}
        self.open = []
        self.widths = {}
        self.lookbehind = None      # ngroups when entering a lookbehind
        self.refs = {}              # conditional group numbers -> position

    def error(self, msg, back=0):
        return error(msg, self.s, self.p - back)

    def peek(self):
        s, p = self.s, self.p
        if p >= len(s):
            return None
        if s[p] == '\\':
            if p + 1 >= len(s):
                raise error('bad escape (end of pattern)', s, len(s) - 1)
            return s[p:p + 2]
        return s[p]

    def get(self):
        t = self.peek()
        if t is not None:
            self.p += len(t)
        return t

    def accept(self, t):
        if self.peek() == t:
            self.p += len(t)
            return True
        return False

    def until(self, term, what):
        name = ''
        while True:
            t = self.get()
            if t is None:
                if not name:
                    raise self.error('missing ' + what)
                raise self.error('missing %s, unterminated name' % term, len(name))
            if t == term:
                if not name:
                    raise self.error('missing ' + what, 1)
                return name
            name += t

    def check_name(self, name, back):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + back)

    def check_ref(self, gid, back):
        if gid >= self.ngroups or gid in self.open:
            raise self.error('cannot refer to an open group', back)
        if self.lookbehind is not None and gid >= self.lookbehind:
            raise self.error('cannot refer to group defined in the same '
                             'lookbehind subpattern')

    def parse_alt(self, flags, nested):
        branches = [self.parse_seq(flags, nested, nested == 0)]
        if nested == 0:
            flags = self.flags      # with the global inline flags
        while self.accept('|'):
            branches.append(self.parse_seq(flags, nested, False))
        if len(branches) == 1:
            return branches[0]
        return [('alt', branches)]

    def parse_seq(self, flags, nested, first):
        seq = []
        while True:
            t = self.peek()
            if t is None or t == '|' or t == ')':
                return seq
            self.p += len(t)
            if flags & 64:
                if t in ' \t\n\r\f\v':
                    continue
                if t == '#':
                    while True:
                        t = self.get()
                        if t is None or t == '\n':
                            break
                    continue
            if t[0] == '\\':
                seq.append(self.escape(t, flags))
            elif t in '*+?{':
                self.repeat(t, seq)
            elif t == '.':
                seq.append(('set', _any if flags & 16 else _notnl))
            elif t == '[':
                seq.append(self.charset(flags))
            elif t == '^':
                seq.append(('at', 'bol' if flags & 8 else 'bos'))
            elif t == '$':
                seq.append(('at', 'eol' if flags & 8 else 'eosn'))
            elif t == '(':
                flags = self.group(seq, flags, nested, first)
            else:
                seq.append(self.lit(t, flags))

    def lit(self, ch, flags):
        if flags & 2:
            asc = flags & 256 or self.isbytes
            f = _afold if asc else _fold
            if f(ch) != ch or _variants(ch):
                return ('lit', ch, f)
        return ('lit', ch, None)

    def repeat(self, t, seq):
        here = self.p
        if t == '?':
            lo, hi = 0, 1
        elif t == '*':
            lo, hi = 0, _MAXREPEAT
        elif t == '+':
            lo, hi = 1, _MAXREPEAT
        else:
            if self.peek() == '}':
                seq.append(('lit', '{', None))
                return
            s = self.s
            p = here
            while p < len(s) and s[p] in _DIGITS:
                p += 1
            a = s[here:p]
            b = a
            if p < len(s) and s[p] == ',':
                q = p = p + 1
                while p < len(s) and s[p] in _DIGITS:
                    p += 1
                b = s[q:p]
            if p >= len(s) or s[p] != '}':
                seq.append(('lit', '{', None))
                return
            self.p = p + 1
            lo = int(a) if a else 0
            hi = int(b) if b else _MAXREPEAT
            if lo >= _MAXREPEAT or (b and hi >= _MAXREPEAT):
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise self.error('min repeat greater than max repeat', self.p - here)
        back = self.p - here + len(t)
        if not seq or seq[-1][0] == 'at':
            raise self.error('nothing to repeat', back)
        item = seq[-1]
        if item[0] == 'rep':
            raise self.error('multiple repeat', back)
        body = item[1] if item[0] == 'seq' else [item]
        mode = 1 if self.accept('?') else 2 if self.accept('+') else 0
        seq[-1] = ('rep', lo, hi, mode, body)

    def escape(self, t, flags):
        c = t[1]
        asc = flags & 256 or self.isbytes
        if c in 'dDsSwW':
            return ('set', _category(c, asc))
        if c == 'A':
            return ('at', 'bos')
        if c == 'Z':
            return ('at', 'eos')
        if c == 'b' or c == 'B':
            return ('at', ('a' if asc else 'u') + c)
        if c in _DIGITS and c != '0':
            return self.backref(t, flags)
        return self.lit(self.char_escape(t, False), flags)

    def backref(self, t, flags):
        start = self.p - 2
        s = self.s
        p = self.p
        if p < len(s) and s[p] in _DIGITS:
            if (t[1] in _OCTDIGITS and s[p] in _OCTDIGITS and p + 1 < len(s)
                    and s[p + 1] in _OCTDIGITS):
                self.p = p + 2
                v = int(s[start + 1:p + 2], 8)
                if v > 0o377:
                    raise self.error('octal escape value %s outside of range 0-0o377'
                                     % s[start:p + 2], 4)
                return self.lit(chr(v), flags)
            self.p = p + 1
        text = s[start:self.p]
        gid = int(text[1:])
        if gid >= self.ngroups:
            raise self.error('invalid group reference %d' % gid, len(text) - 1)
        self.check_ref(gid, len(text))
        return self.ref(gid, flags)

    def ref(self, gid, flags):
        fold = None
        if flags & 2:
            fold = _afold if flags & 256 or self.isbytes else _fold
        return ('ref', gid, fold)

    def char_escape(self, t, inset):
        # The character an escape stands for (inside or outside a set).
        c = t[1]
        if t in _ESCAPES:
            return _ESCAPES[t]
        s = self.s
        n = {'x': 2, 'u': 4, 'U': 8}.get(c, 0)
        if n and (c == 'x' or not self.isbytes):
            p = self.p
            q = p
            while q < len(s) and q - p < n and s[q] in _HEXDIGITS:
                q += 1
            self.p = q
            text = s[p - 2:q]
            if q - p != n:
                raise self.error('incomplete escape %s' % text, len(text))
            v = int(s[p:q], 16)
            if v > 0x10ffff:
                raise self.error('bad escape %s' % text, len(text))
            return chr(v)
        if c in _OCTDIGITS:
            p = self.p
            q = p
            while q < len(s) and q - p < 2 and s[q] in _OCTDIGITS:
                q += 1
            self.p = q
            v = int(s[p - 1:q], 8)
            if v > 0o377:
                raise self.error('octal escape value %s outside of range 0-0o377'
                                 % s[p - 2:q], q - p + 2)
            return chr(v)
        if c in _DIGITS or c in _ASCIILETTERS:
            raise self.error('bad escape %s' % t, 2)
        return c

    def charset(self, flags):
        here = self.p - 1
        asc = flags & 256 or self.isbytes
        neg = self.accept('^')
        chars = []
        ranges = []
        tests = []
        empty = True
        while True:
            t = self.get()
            if t is None:
                raise self.error('unterminated character set', self.p - here)
            if t == ']' and not empty:
                break
            empty = False
            cat = None
            if t[0] == '\\':
                if t[1] in 'dDsSwW':
                    cat = _category(t[1], asc)
                    a = None
                else:
                    a = self.char_escape(t, True)
            else:
                a = t
            if self.accept('-'):
                u = self.get()
                if u is None:
                    raise self.error('unterminated character set', self.p - here)
                if u == ']':
                    if cat:
                        tests.append(cat)
                    else:
                        chars.append(a)
                    chars.append('-')
                    break
                b = None
                if u[0] == '\\':
                    if u[1] not in 'dDsSwW':
                        b = self.char_escape(u, True)
                else:
                    b = u
                if cat or b is None or b < a:
                    raise self.error('bad character range %s-%s' % (t, u),
                                     len(t) + 1 + len(u))
                ranges.append((a, b))
            elif cat:
                tests.append(cat)
            else:
                chars.append(a)
        return ('set', _set_test(chars, ranges, tests, neg, flags & 2, asc))

    def group(self, seq, flags, nested, first):
        start = self.p - 1
        name = None
        gid = None
        add = sub = 0
        if self.accept('?'):
            c = self.get()
            if c is None:
                raise self.error('unexpected end of pattern')
            if c == 'P':
                if self.accept('<'):
                    name = self.until('>', 'group name')
                    self.check_name(name, 1)
                elif self.accept('='):
                    name = self.until(')', 'group name')
                    self.check_name(name, 1)
                    gid = self.groupindex.get(name)
                    if gid is None:
                        raise self.error('unknown group name %r' % name, len(name) + 1)
                    self.check_ref(gid, len(name) + 1)
                    seq.append(self.ref(gid, flags))
                    return flags
                else:
                    c = self.get()
                    if c is None:
                        raise self.error('unexpected end of pattern')
                    raise self.error('unknown extension ?P' + c, len(c) + 2)
            elif c == ':':
                return self.subgroup(seq, None, flags, nested, start, False)
            elif c == '#':
                while True:
                    t = self.get()
                    if t is None:
                        raise self.error('missing ), unterminated comment', self.p - start)
                    if t == ')':
                        return flags
            elif c in '=!<':
                behind = c == '<'
                if behind:
                    c = self.get()
                    if c is None:
                        raise self.error('unexpected end of pattern')
                    if c not in '=!':
                        raise self.error('unknown extension ?<' + c, len(c) + 2)
                    outer = self.lookbehind
                    if outer is None:
                        self.lookbehind = self.ngroups
                body = self.parse_alt(flags, nested + 1)
                if behind and outer is None:
                    self.lookbehind = None
                self.close(start)
                seq.append(('look', behind, c == '!', body, _width(body, self.widths)))
                return flags
            elif c == '(':
                self.conditional(seq, flags, nested, start)
                return flags
            elif c == '>':
                body = self.parse_alt(flags, nested + 1)
                self.close(start)
                seq.append(('atomic', body))
                return flags
            elif c in _FLAGCHARS or c == '-':
                r = self.inline_flags(c)
                if r is None:
                    if not first or seq:
                        raise self.error('global flags not at the start of the '
                                         'expression', self.p - start)
                    return flags | self.flags
                add, sub = r
                return self.subgroup(seq, None, (flags | add) & ~sub, nested, start, False)
            else:
                raise self.error('unknown extension ?' + c, len(c) + 1)
        gid = self.ngroups
        if name is not None:
            if name in self.groupindex:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, gid, self.groupindex[name]), len(name) + 1)
            self.groupindex[name] = gid
        self.ngroups += 1
        self.open.append(gid)
        self.subgroup(seq, gid, flags, nested, start, True)
        self.open.remove(gid)
        return flags

    def subgroup(self, seq, gid, flags, nested, start, capture):
        body = self.parse_alt(flags, nested + 1)
        self.close(start)
        if capture:
            self.widths[gid] = _width(body, self.widths)
            seq.append(('grp', gid, body))
        else:
            seq.append(('seq', body))
        return flags

    def close(self, start):
        if not self.accept(')'):
            raise self.error('missing ), unterminated subpattern', self.p - start)

    def conditional(self, seq, flags, nested, start):
        name = self.until(')', 'group name')
        if name.isidentifier():
            gid = self.groupindex.get(name)
            if gid is None:
                raise self.error('unknown group name %r' % name, len(name) + 1)
        else:
            try:
                gid = int(name)
                if gid < 0:
                    raise ValueError
            except ValueError:
                raise self.error('bad character in group name %r' % name,
                                 len(name) + 1) from None
            if not gid:
                raise self.error('bad group number', len(name) + 1)
            if gid not in self.refs:
                self.refs[gid] = self.p - len(name) - 1
        if self.lookbehind is not None:
            self.check_ref(gid, 0)
        yes = self.parse_seq(flags, nested + 1, False)
        no = None
        if self.accept('|'):
            no = self.parse_seq(flags, nested + 1, False)
            if self.peek() == '|':
                raise self.error('conditional backref with more than two branches')
        self.close(start)
        seq.append(('cond', gid, yes, no))

    def inline_flags(self, c):
        add = sub = 0
        if c != '-':
            while True:
                if c == 'L' and not self.isbytes:
                    raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                if c == 'u' and self.isbytes:
                    raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                f = _FLAGCHARS[c]
                add |= f
                if f & _TYPE_FLAGS and add & _TYPE_FLAGS != f:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                c = self.get()
                if c is None:
                    raise self.error('missing -, : or )')
                if c in ')-:':
                    break
                if c not in _FLAGCHARS:
                    raise self.error('unknown flag' if c.isalpha() else 'missing -, : or )',
                                     len(c))
        if c == ')':
            self.flags |= add
            return None
        if c == '-':
            c = self.get()
            if c is None:
                raise self.error('missing flag')
            if c not in _FLAGCHARS:
                raise self.error('unknown flag' if c.isalpha() else 'missing flag', len(c))
            while True:
                f = _FLAGCHARS[c]
                if f & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                sub |= f
                c = self.get()
                if c is None:
                    raise self.error('missing :')
                if c == ':':
                    break
                if c not in _FLAGCHARS:
                    raise self.error('unknown flag' if c.isalpha() else 'missing :', len(c))
        if add & sub:
            raise self.error('bad inline flags: flag turned on and off', 1)
        return add, sub


def _any(x):
    return True


def _notnl(x):
    return x != '\n'


def _set_test(chars, ranges, tests, neg, icase, asc):
    chars = frozenset(chars)

    def base(x):
        if x in chars:
            return True
        for a, b in ranges:
            if a <= x <= b:
                return True
        for t in tests:
            if t(x):
                return True
        return False

    if not ranges and not tests:
        base = chars.__contains__
    test = base
    if icase:
        if asc:
            def test(x):
                return base(x) or ('A' <= x <= 'Z' or 'a' <= x <= 'z') and base(x.swapcase())
        else:
            def test(x):
                if base(x):
                    return True
                for y in _variants(x):
                    if base(y):
                        return True
                return False
    if neg:
        return lambda x: not test(x)
    return test


def _width(seq, widths):
    # (min, max) characters a seq can match; max is capped at _MAXREPEAT.
    lo = hi = 0
    for node in seq:
        op = node[0]
        if op == 'lit' or op == 'set':
            a = b = 1
        elif op == 'grp':
            a, b = _width(node[2], widths)
        elif op == 'seq' or op == 'atomic':
            a, b = _width(node[1], widths)
        elif op == 'alt':
            ws = [_width(br, widths) for br in node[1]]
            a = min(w[0] for w in ws)
            b = max(w[1] for w in ws)
        elif op == 'rep':
            a, b = _width(node[4], widths)
            a *= node[1]
            b *= node[2]
        elif op == 'ref':
            a, b = widths.get(node[1], (0, _MAXREPEAT))
        elif op == 'cond':
            y = _width(node[2], widths)
            n = _width(node[3], widths) if node[3] is not None else (0, 0)
            a, b = min(y[0], n[0]), max(y[1], n[1])
        else:
            a = b = 0
        lo += a
        hi = min(hi + b, _MAXREPEAT)
    return min(lo, _MAXREPEAT), hi


# ----------------------------------------------------------------- compiler

class _State:
    __slots__ = ('s', 'marks', 'last', 'rep', 'stop', 'noempty')


def _succeed(c, i):
    c.stop = i
    return True


def _compile_seq(seq, nxt, nslots):
    # Adjacent plain literals become one string compared with startswith.
    out = []
    for node in seq:
        if node[0] == 'seq':
            out.extend(node[1])
        else:
            out.append(node)
    k = len(out)
    while k > 0:
        node = out[k - 1]
        if node[0] == 'lit' and node[2] is None:
            j = k - 1
            while j > 0 and out[j - 1][0] == 'lit' and out[j - 1][2] is None:
                j -= 1
            nxt = _literal(''.join(n[1] for n in out[j:k]), nxt)
            k = j
        else:
            nxt = _compile_node(node, nxt, nslots)
            k -= 1
    return nxt


def _literal(text, nxt):
    if len(text) == 1:
        def m(c, i):
            s = c.s
            return i < len(s) and s[i] == text and nxt(c, i + 1)
        return m
    n = len(text)

    def m(c, i):
        return c.s.startswith(text, i) and nxt(c, i + n)
    return m


def _single(node):
    # The one-character test of a node that always matches one character.
    op = node[0]
    if op == 'set':
        return node[1]
    if op == 'lit':
        ch, f = node[1], node[2]
        if f is None:
            return lambda x: x == ch
        key = f(ch)
        return lambda x: f(x) == key
    if op == 'seq' and len(node[1]) == 1:
        return _single(node[1][0])
    return None


def _compile_node(node, nxt, nslots):
    op = node[0]
    if op == 'lit' or op == 'set':
        test = _single(node)

        def m(c, i):
            s = c.s
            return i < len(s) and test(s[i]) and nxt(c, i + 1)
        return m
    if op == 'seq':
        return _compile_seq(node[1], nxt, nslots)
    if op == 'at':
        return _anchor(node[1], nxt)
    if op == 'grp':
        return _group(node[1], node[2], nxt, nslots)
    if op == 'alt':
        alts = [_compile_seq(b, nxt, nslots) for b in node[1]]

        def m(c, i):
            for a in alts:
                if a(c, i):
                    return True
            return False
        return m
    if op == 'rep':
        return _repeat(node, nxt, nslots)
    if op == 'ref':
        return _backref(node[1], node[2], nxt)
    if op == 'look':
        return _look(node, nxt, nslots)
    if op == 'atomic':
        return _atomic(_compile_seq(node[1], _succeed, nslots), nxt)
    if op == 'cond':
        g = 2 * node[1] + 1
        yes = _compile_seq(node[2], nxt, nslots)
        no = _compile_seq(node[3] or [], nxt, nslots)
        return lambda c, i: (yes if c.marks[g] >= 0 else no)(c, i)
    raise AssertionError(op)


def _anchor(kind, nxt):
    if kind == 'bos':
        return lambda c, i: i == 0 and nxt(c, i)
    if kind == 'eos':
        return lambda c, i: i == len(c.s) and nxt(c, i)
    if kind == 'eosn':
        def m(c, i):
            n = len(c.s)
            return (i == n or i == n - 1 and c.s[i] == '\n') and nxt(c, i)
        return m
    if kind == 'bol':
        return lambda c, i: (i == 0 or c.s[i - 1] == '\n') and nxt(c, i)
    if kind == 'eol':
        return lambda c, i: (i == len(c.s) or c.s[i] == '\n') and nxt(c, i)
    word = _aword if kind[0] == 'a' else _uword
    want = kind[1] == 'b'

    def m(c, i):
        s = c.s
        if not s:
            return False
        at = (i > 0 and word(s[i - 1])) != (i < len(s) and word(s[i]))
        return at == want and nxt(c, i)
    return m


def _group(gid, body, nxt, nslots):
    a = 2 * gid
    b = a + 1

    def close(c, j):
        marks = c.marks
        old, last = marks[b], c.last
        marks[b] = j
        c.last = gid
        if nxt(c, j):
            return True
        marks[b] = old
        c.last = last
        return False

    inner = _compile_seq(body, close, nslots)

    def m(c, i):
        marks = c.marks
        old = marks[a]
        marks[a] = i
        if inner(c, i):
            return True
        marks[a] = old
        return False
    return m


def _backref(gid, fold, nxt):
    a = 2 * gid
    b = a + 1

    def m(c, i):
        marks = c.marks
        if marks[b] < 0:
            return False
        s = c.s
        text = s[marks[a]:marks[b]]
        n = len(text)
        if fold is None:
            if not s.startswith(text, i):
                return False
        else:
            if i + n > len(s):
                return False
            for k in range(n):
                if fold(s[i + k]) != fold(text[k]):
                    return False
        return nxt(c, i + n)
    return m


def _atomic(body, nxt):
    def m(c, i):
        saved = c.marks[:], c.last
        if not body(c, i):
            return False
        if nxt(c, c.stop):
            return True
        c.marks[:], c.last = saved
        return False
    return m


def _look(node, nxt, nslots):
    behind, neg, seq, (lo, hi) = node[1], node[2], node[3], node[4]
    width = 0
    if behind:
        if lo != hi:
            raise error('look-behind requires fixed-width pattern')
        width = lo
    body = _compile_seq(seq, _succeed, nslots)

    def m(c, i):
        start = i - width
        saved = c.marks[:], c.last
        ok = start >= 0 and body(c, start)
        if neg:
            c.marks[:], c.last = saved
            return not ok and nxt(c, i)
        if ok and nxt(c, i):
            return True
        c.marks[:], c.last = saved
        return False
    return m


def _repeat(node, nxt, nslots):
    lo, hi, mode, body = node[1], node[2], node[3], node[4]
    if mode == 2:
        return _atomic(_repeat(('rep', lo, hi, 0, body), _succeed, nslots), nxt)
    test = _single(body[0]) if len(body) == 1 else None
    if test is not None:
        return _repeat_single(test, lo, hi, mode == 1, nxt)
    if not _captures(body):
        w = _width(body, {})
        if w[0] == w[1] > 0:
            return _repeat_fixed(_compile_seq(body, _succeed, nslots), lo, hi, mode == 1, nxt)
    slot = nslots[0]
    nslots[0] += 1

    def loop(c, i, n):
        # n iterations done, the last one ending at i
        rep = c.rep
        saved = rep[slot]
        if mode == 1 and n >= lo and nxt(c, i):
            return True
        if n < hi:
            rep[slot] = (n, i)
            if inner(c, i):
                return True
            rep[slot] = saved
        return mode == 0 and n >= lo and nxt(c, i)

    def after(c, j):
        n, start = c.rep[slot]
        n += 1
        if j == start and n >= lo:
            # an empty iteration: stop repeating (CPython's rule)
            return nxt(c, j)
        return loop(c, j, n)

    inner = _compile_seq(body, after, nslots)
    return lambda c, i: loop(c, i, 0)


def _captures(seq):
    # Whether a seq has groups or backreferences (state a repeat must track).
    for node in seq:
        op = node[0]
        if op in ('grp', 'ref', 'cond'):
            return True
        if op == 'alt' and any(_captures(b) for b in node[1]):
            return True
        if op == 'rep' and _captures(node[4]) or op == 'look' and _captures(node[3]):
            return True
        if (op == 'seq' or op == 'atomic') and _captures(node[1]):
            return True
    return False


def _repeat_fixed(body, lo, hi, lazy, nxt):
    # Note [Fixed-width repeats]: a body without groups whose matches all have
    # the same width ends at the same place whichever way it matches, so each
    # iteration can be matched once, without recursion (long inputs would
    # otherwise exhaust the stack) and without losing any solution.
    if lazy:
        def m(c, i):
            n = 0
            while True:
                if n >= lo and nxt(c, i):
                    return True
                if n >= hi or not body(c, i):
                    return False
                i = c.stop
                n += 1
        return m

    def m(c, i):
        ends = [i]
        while len(ends) <= hi and body(c, ends[-1]):
            ends.append(c.stop)
        k = len(ends) - 1
        while k >= lo:
            if nxt(c, ends[k]):
                return True
            k -= 1
        return False
    return m


def _repeat_single(test, lo, hi, lazy, nxt):
    if lazy:
        def m(c, i):
            s = c.s
            n = len(s)
            lim = i + hi if hi < n - i else n
            j = i
            while j < i + lo:
                if j >= n or not test(s[j]):
                    return False
                j += 1
            while True:
                if nxt(c, j):
                    return True
                if j >= lim or not test(s[j]):
                    return False
                j += 1
        return m

    def m(c, i):
        s = c.s
        n = len(s)
        j = i
        lim = i + hi if hi < n - i else n
        if test is _any:
            j = lim
        elif test is _notnl:
            j = s.find('\n', i, lim)
            if j < 0:
                j = lim
        else:
            while j < lim and test(s[j]):
                j += 1
        low = i + lo
        while j >= low:
            if nxt(c, j):
                return True
            j -= 1
        return False
    return m


def _done(c, i):
    # The end of the whole pattern; c.noempty forbids an empty match there.
    if i == c.noempty:
        return False
    c.stop = i
    return True


def _done_full(c, i):
    if i != len(c.s):
        return False
    c.stop = i
    return True


# ---------------------------------------------------------------------- API

class Pattern:
    def __init__(self, *args):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        v = self.flags
        if not self._bytes and v & _TYPE_FLAGS == 32:
            v &= ~32
        r = repr(self.pattern)[:200]
        if v:
            return 're.compile(%s, %s)' % (r, _flag_names(v, ()))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._bytes == other._bytes
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _state(self, string, pos, endpos):
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            s = string
        elif isinstance(string, (bytes, bytearray)):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            s = bytes(string).decode('latin-1')
        else:
            raise TypeError('expected string or bytes-like object, got %r'
                            % type(string).__name__)
        n = len(s)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        c = _State()
        c.s = s[:endpos] if endpos < n else s
        c.rep = [None] * self._nslots
        c.noempty = -1
        return c, pos, endpos

    def _try(self, m, c, i):
        c.marks = [-1] * (2 * self.groups + 2)
        c.last = -1
        return m(c, i)

    def _search(self, c, pos, noempty):
        s = c.s
        n = len(s)
        m = self._m
        c.noempty = noempty
        prefix = self._prefix
        i = pos
        while i <= n:
            if prefix:
                i = s.find(prefix, i)
                if i < 0:
                    return -1
            if self._try(m, c, i):
                return i
            if self._anchored:
                return -1
            c.noempty = -1
            i += 1
        return -1

    def _match(self, string, pos, endpos, start, c):
        c.marks[0] = start
        c.marks[1] = c.stop
        return Match(self, string, pos, endpos, c.marks, c.last)

    def match(self, string, pos=0, endpos=_MAXREPEAT):
        c, pos, endpos = self._state(string, pos, endpos)
        if self._try(self._m, c, pos):
            return self._match(string, pos, endpos, pos, c)
        return None

    def fullmatch(self, string, pos=0, endpos=_MAXREPEAT):
        c, pos, endpos = self._state(string, pos, endpos)
        if self._full is None:
            self._full = _compile_seq(self._tree, _done_full, [0])
        if self._try(self._full, c, pos):
            return self._match(string, pos, endpos, pos, c)
        return None

    def search(self, string, pos=0, endpos=_MAXREPEAT):
        c, pos, endpos = self._state(string, pos, endpos)
        i = self._search(c, pos, -1)
        if i < 0:
            return None
        return self._match(string, pos, endpos, i, c)

    def finditer(self, string, pos=0, endpos=_MAXREPEAT):
        c, pos, endpos = self._state(string, pos, endpos)
        n = len(c.s)
        noempty = -1
        while pos <= n:
            i = self._search(c, pos, noempty)
            if i < 0:
                return
            pos = c.stop
            noempty = pos if pos == i else -1
            yield self._match(string, i, endpos, i, c)

    def findall(self, string, pos=0, endpos=_MAXREPEAT):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, m.string[:0]))
            else:
                out.append(m.groups(m.string[:0]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        if not maxsplit or maxsplit > 0:
            for m in self.finditer(string):
                out.append(string[last:m.start()])
                out.extend(m.groups())
                last = m.end()
                n += 1
                if n == maxsplit:
                    break
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            t = _template(self, repl)
            if len(t) == 1 and not isinstance(t[0], int):
                lit = t[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand(t, m)
        out = []
        last = 0
        n = 0
        if count >= 0:
            for m in self.finditer(string):
                out.append(string[last:m.start()])
                r = fn(m)
                if r:
                    out.append(r)
                last = m.end()
                n += 1
                if n == count:
                    break
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXREPEAT):
        raise NotImplementedError('re.Pattern.scanner is not supported')


def _new_pattern(pattern, flags):
    isbytes = not isinstance(pattern, str)
    text = pattern.decode('latin-1') if isbytes else pattern
    p = _Parser(text, flags, isbytes)
    tree = p.parse_alt(flags, 0)
    if p.p < len(text):
        raise p.error('unbalanced parenthesis')
    flags = p.flags
    if isbytes:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    for g, pos in p.refs.items():
        if g >= p.ngroups:
            raise error('invalid group reference %d' % g, text, pos)
    self = object.__new__(Pattern)
    self.pattern = pattern
    self.flags = flags
    self.groups = p.ngroups - 1
    self.groupindex = dict(p.groupindex)
    self._bytes = isbytes
    self._tree = tree
    slots = [0]
    self._m = _compile_seq(tree, _done, slots)
    self._nslots = slots[0] + 1
    self._full = None
    self._templates = {}
    prefix = ''
    for node in tree:
        if node[0] != 'lit' or node[2] is not None:
            break
        prefix += node[1]
    self._prefix = prefix
    self._anchored = bool(tree) and tree[0] == ('at', 'bos')
    return self


class Match:
    def __init__(self, pattern, string, pos, endpos, marks, last):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        self.lastindex = last if last > 0 else None

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (self.span(), repr(self.group())[:50])

    def _index(self, g):
        if isinstance(g, int) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = int(g)
            except TypeError:
                g = -1
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, g, default=None):
        a, b = self._marks[2 * g], self._marks[2 * g + 1]
        if a < 0 or b < 0:
            return default
        r = self.string[a:b]
        return r if isinstance(r, (str, bytes)) else bytes(r)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)] if self._get(self._index(group)) is not None else -1

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1] if self._get(self._index(group)) is not None else -1

    def span(self, group=0):
        g = self._index(group)
        if self._get(g) is None:
            return (-1, -1)
        return (self._marks[2 * g], self._marks[2 * g + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand(_template(self.re, template), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _template(pattern, repl):
    # A replacement template as a list of literal strings and group numbers.
    t = pattern._templates.get(repl)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(pattern._templates) > 100:
            pattern._templates.clear()
        pattern._templates[repl] = t
    return t


def _parse_template(pattern, repl):
    isbytes = pattern._bytes
    if isbytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
        text = bytes(repl).decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        text = repl
    p = _Parser(text, 0, isbytes)
    out = []
    lit = []

    def group(g, back):
        if g > pattern.groups:
            raise error('invalid group reference %d' % g, repl, p.p - back)
        if lit:
            out.append(''.join(lit))
            del lit[:]
        out.append(g)

    n = len(text)
    while p.p < n:
        if text[p.p] != '\\':
            lit.append(text[p.p])
            p.p += 1
            continue
        if p.p + 1 >= n:
            raise error('bad escape (end of pattern)', repl, n - 1)
        t = text[p.p:p.p + 2]
        p.p += 2
        c = t[1]
        if c == 'g':
            if not p.accept('<'):
                raise error('missing <', repl, p.p)
            try:
                name = p.until('>', 'group name')
            except error as e:
                raise error(e.msg, repl, e.pos) from None
            if name.isidentifier():
                g = pattern.groupindex.get(name)
                if g is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                try:
                    g = int(name)
                    if g < 0:
                        raise ValueError
                except ValueError:
                    raise error('bad character in group name %r' % name, repl,
                                p.p - len(name) - 1) from None
            group(g, len(name) + 1)
        elif c == '0':
            q = p.p
            while p.p < n and p.p - q < 2 and text[p.p] in _OCTDIGITS:
                p.p += 1
            lit.append(chr(int(text[q - 1:p.p], 8) & 0xff))
        elif c in _DIGITS:
            if p.p < n and text[p.p] in _DIGITS:
                if (c in _OCTDIGITS and text[p.p] in _OCTDIGITS and p.p + 1 < n
                        and text[p.p + 1] in _OCTDIGITS):
                    v = int(text[p.p - 1:p.p + 2], 8)
                    p.p += 2
                    if v > 0o377:
                        raise error('octal escape value %s outside of range 0-0o377'
                                    % text[p.p - 4:p.p], repl, p.p - 4)
                    lit.append(chr(v))
                    continue
                p.p += 1
                group(int(text[p.p - 2:p.p]), 2)
            else:
                group(int(c), 1)
        elif t in _ESCAPES:
            lit.append(_ESCAPES[t])
        elif c in _ASCIILETTERS:
            raise error('bad escape %s' % t, repl, p.p - 2)
        else:
            lit.append(t)
    if lit:
        out.append(''.join(lit))
    if isbytes:
        out = [x if isinstance(x, int) else x.encode('latin-1') for x in out]
    return out


def _expand(t, m):
    empty = m.string[:0]
    out = []
    for x in t:
        if isinstance(x, int):
            v = m._get(x)
            if v:
                out.append(v)
        else:
            out.append(x)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = _new_pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in text).encode('latin-1')
