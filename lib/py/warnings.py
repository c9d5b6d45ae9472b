"""Warning control: warn, filters, catch_warnings."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = [1]
_registries = {}
_line_cache = {}


def _filters_mutated():
    _filters_version[0] += 1


def _getline(filename, lineno):
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split('\n')
        except Exception:
            lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_action(action):
    assert action in ('error', 'ignore', 'always', 'default', 'module', 'once'), \
        'invalid action: %r' % (action,)


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_action(action)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    _check_lineno(lineno)
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


# Filters match with a subset of re (the runtime has no re module): literals, '.',
# [...] sets, the escapes \d \w \s and escaped symbols, the quantifiers * + ?,
# '^' first and '$' or \Z last. Other patterns match as a literal prefix.
_ESCAPES = {'d': str.isdigit, 's': str.isspace, 'w': lambda c: c.isalnum() or c == '_'}


def _re_atom(p, i, fold):
    c = p[i]
    if c == '\\' and i + 1 < len(p):
        c = p[i + 1]
        test = _ESCAPES.get(c.lower())
        if test is not None:
            return (lambda ch: not test(ch)) if c.isupper() else test, i + 2
        return (lambda ch: fold(ch) == fold(c)), i + 2
    if c == '.':
        return (lambda ch: ch != '\n'), i + 1
    if c == '[':
        j = p.find(']', i + 2)
        if j < 0:
            return None, i
        body = p[i + 1:j]
        neg = body[:1] == '^'
        body = body[1:] if neg else body
        tests = []
        k = 0
        while k < len(body):
            if body[k] == '\\':
                t, k = _re_atom(body, k, fold)
            elif k + 2 < len(body) and body[k + 1] == '-':
                lo, hi = fold(body[k]), fold(body[k + 2])
                t, k = (lambda ch, lo=lo, hi=hi: lo <= fold(ch) <= hi), k + 3
            else:
                t, k = (lambda ch, c=fold(body[k]): fold(ch) == c), k + 1
            tests.append(t)
        return (lambda ch: any(t(ch) for t in tests) != neg), j + 1
    if c in '()|{}*+?^$':
        return None, i
    return (lambda ch: fold(ch) == fold(c)), i + 1


def _re_compile(pattern, fold):
    atoms = []
    i = 1 if pattern[:1] == '^' else 0
    while i < len(pattern):
        if pattern[i:] in ('$', '\\Z'):
            atoms.append((None, 0, 0))
            break
        test, i = _re_atom(pattern, i, fold)
        if test is None:
            return None
        q = pattern[i:i + 1]
        lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}.get(q, (1, 1))
        i += q in ('*', '+', '?')
        atoms.append((test, lo, hi))
    return atoms


def _re_match(atoms, k, text, pos):
    if k == len(atoms):
        return True
    test, lo, hi = atoms[k]
    if test is None:
        return pos == len(text) or text[pos:] == '\n'
    j = pos
    while j < len(text) and j - pos != hi and test(text[j]):
        j += 1
    while j >= pos + lo:
        if _re_match(atoms, k + 1, text, j):
            return True
        j -= 1
    return False


def _match(pattern, text, whole=False, ignorecase=False):
    if pattern is None:
        return True
    fold = str.lower if ignorecase else str
    atoms = _re_compile(pattern + ('$' if whole else ''), fold)
    if atoms is None:
        return fold(text).startswith(fold(pattern))
    return _re_match(atoms, 0, text, 0)


def _caller_info(stacklevel):
    try:
        frame = sys._getframe(stacklevel + 1)
    except (AttributeError, ValueError):
        return 'sys', 1, {'__name__': 'sys'}
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not %r' % type(category).__name__)
    filename, lineno, globals_ = _caller_info(stacklevel)
    module = globals_.get('__name__', '<string>')
    registry = globals_.get('__warningregistry__') if isinstance(globals_, dict) else None
    if registry is None:
        registry = _registries.setdefault(module, {})
        try:
            globals_['__warningregistry__'] = registry
        except Exception:
            pass
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_match(msg, text, ignorecase=True) and issubclass(category, cat) and
                _match(mod, module, whole=True) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        _rebind_filters(self._module)
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        _rebind_filters(self._module)
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _rebind_filters(module):
    module._filters_mutated()
