# Text wrapping and filling (CPython's textwrap module). CPython splits text
# into chunks with a regular expression; _chunks below is a hand-written
# scanner giving the same chunks.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '


def _word(c):  # \w
    return c.isalnum() or c == '_'


def _letter(c):  # [^\d\W]
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _punct(c):  # [\w!"'&.,?]
    return _word(c) or c in '!"\'&.,?'


def _dashes(s, j):
    # Whether s[j:] starts with two or more '-' and then a \w character.
    k = j
    n = len(s)
    while k < n and s[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _word(s[k])


def _hyphen_break(s, j):
    # Whether a word may break after the hyphen at s[j]: letters on both
    # sides, as in "long-term" (not "a-b" alone nor "x--y").
    n = len(s)
    before = (j >= 2 and _letter(s[j - 2]) and _letter(s[j - 1]) or
              j >= 3 and _letter(s[j - 3]) and s[j - 2] == '-' and _letter(s[j - 1]))
    if not before or j + 2 >= n or not _letter(s[j + 1]):
        return False
    c = s[j + 2]
    return _letter(c) or c == '-' and j + 3 < n and _letter(s[j + 3])


def _chunks(s):
    # Whitespace runs, em-dashes between words, and words cut after hyphens.
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i + 1
        if s[i] in _WS:
            while j < n and s[j] in _WS:
                j += 1
        elif s[i] == '-' and i and _punct(s[i - 1]) and _dashes(s, i):
            while s[j] == '-':
                j += 1
        else:
            while j < n:
                c = s[j]
                if c in _WS:
                    break
                if c == '-':
                    if _hyphen_break(s, j):
                        j += 1
                        break
                    if _punct(s[j - 1]) and _dashes(s, j):
                        break
                j += 1
        out.append(s[i:j])
        i = j
    return out


def _split_ws(s):
    # Words and whitespace runs.
    out = []
    i = 0
    n = len(s)
    while i < n:
        ws = s[i] in _WS
        j = i + 1
        while j < n and (s[j] in _WS) == ws:
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _sentence_end(w):
    # [a-z][.!?]["']? at the end of the chunk.
    if w[-1:] in '"\'' and w:
        w = w[:-1]
    return len(w) >= 2 and w[-1] in '.!?' and 'a' <= w[-2] <= 'z'


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        return _chunks(text) if self.break_on_hyphens else _split_ws(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, rev, line, used, width):
        # Puts as much of the too-long chunk rev[-1] on the line as fits,
        # preferring a cut after a hyphen.
        room = width - used if width >= 1 else 1
        if self.break_long_words:
            w = rev[-1]
            cut = room
            if self.break_on_hyphens and len(w) > room:
                h = w.rfind('-', 0, room)
                if h > 0 and w[:h].strip('-'):
                    cut = h + 1
            line.append(w[:cut])
            rev[-1] = w[cut:]
        elif not line:
            line.append(rev.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        maxl = self.max_lines
        ph = self.placeholder
        drop = self.drop_whitespace
        if maxl is not None:
            ind = self.subsequent_indent if maxl > 1 else self.initial_indent
            if len(ind) + len(ph.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        rev = chunks[::-1]
        while rev:
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if drop and lines and not rev[-1].strip():
                rev.pop()
            line = []
            used = 0
            while rev and used + len(rev[-1]) <= width:
                used += len(rev[-1])
                line.append(rev.pop())
            if rev and len(rev[-1]) > width:
                self._handle_long_word(rev, line, used, width)
                used = sum(map(len, line))
            if drop and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            last = not rev or drop and len(rev) == 1 and not rev[0].strip()
            if maxl is None or len(lines) + 1 < maxl or last and used <= width:
                lines.append(ind + ''.join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(ph) <= width:
                    lines.append(ind + ''.join(line) + ph)
                    return lines
                used -= len(line.pop())
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(ph) <= self.width:
                    lines[-1] = prev + ph
                    return lines
            lines.append(ind + ph.lstrip())
            return lines
        return lines

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    # Lines of only spaces and tabs become empty; the longest run of spaces
    # and tabs starting every other line is removed.
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        ind = line[:len(line) - len(body)]
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            i = 0
            while margin[i] == ind[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        ok = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if ok else line)
    return ''.join(out)
