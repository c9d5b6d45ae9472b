# Extracting, formatting and printing tracebacks (CPython's traceback module).
# Note [No carets]: this runtime records lines, not columns, so the '^^^^'
# lines CPython 3.11 puts under the failing expression are never printed.
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

_CUTOFF = 3  # identical lines shown before "[Previous line repeated ...]"
_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_sentinel = object()


def _safe(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = list(frame_gen)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for f, lineno in entries:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for e in a_list:
            if not isinstance(e, FrameSummary):
                filename, lineno, name, line = e
                e = FrameSummary(filename, lineno, name, line=line)
            result.append(e)
        return result

    def format_frame_summary(self, fs):
        row = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        if fs.line:
            row += f'    {fs.line.strip()}\n'
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row += f'    {name} = {value}\n'
        return row

    def format(self):
        out = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _CUTOFF:
                    out.append(_repeated(count - _CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _CUTOFF:
                out.append(self.format_frame_summary(fs))
        if count > _CUTOFF:
            out.append(_repeated(count - _CUTOFF))
        return out


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def _out(file):
    return sys.stderr if file is None else file


def print_list(extracted_list, file=None):
    file = _out(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines)
        self._str = _safe(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            ln = exc_value.lineno
            self.lineno = str(ln) if ln is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.exceptions = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = None

        def chained(e):
            if e is None or id(e) in _seen:
                return None
            return TracebackException(type(e), e, e.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, _seen=_seen)
        if exc_value is not None:
            self.__cause__ = chained(exc_value.__cause__)
            if not compact or self.__cause__ is None and not self.__suppress_context__:
                self.__context__ = chained(exc_value.__context__)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        t = self.exc_type
        if t is None:
            yield _final_line(None, self._str)
            return
        stype = t.__qualname__
        smod = t.__module__
        if smod not in ('__main__', 'builtins'):
            stype = (smod if isinstance(smod, str) else '<unknown>') + '.' + stype
        if issubclass(t, SyntaxError):
            yield from self._syntax_error(stype)
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                for line in _safe(note, 'note').split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _safe(notes, '__notes__', func=repr)

    def _syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield f'    {ltext}\n'
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if start == end or end == -1:
                    end = start + 1
                col = start - 1 - spaces
                if col >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                    yield '    ' + pad + '^' * (end - start) + '\n'
        yield f'{stype}: {self.msg or "<no detail available>"}{suffix}\n'

    def format(self, *, chain=True):
        chain_list = []
        e = self
        while e is not None:
            msg = nxt = None
            if chain:
                if e.__cause__ is not None:
                    msg, nxt = _CAUSE, e.__cause__
                elif e.__context__ is not None and not e.__suppress_context__:
                    msg, nxt = _CONTEXT, e.__context__
            chain_list.append((msg, e))
            e = nxt
        for msg, e in reversed(chain_list):
            if msg is not None:
                yield msg
            if e.stack:
                yield 'Traceback (most recent call last):\n'
                yield from e.stack.format()
            yield from e.format_exception_only()

    def print(self, *, file=None, chain=True):
        file = _out(file)
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _final_line(stype, value):
    s = _safe(value, 'exception')
    if value is None or not s:
        return f'{stype}\n'
    return f'{stype}: {s}\n'


def _value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _value_tb(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(
        file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True)
                .format_exception_only())


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
