"""Minimal object introspection."""

import types as _types

# code.co_flags bits, CPython's values (co_flags reports these).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def isgeneratorfunction(obj):
    if ismethod(obj):
        obj = obj.__func__
    if not isfunction(obj):
        return False
    code = obj.__code__
    flag = getattr(code, 'co_flags', 0) & CO_GENERATOR
    return bool(flag) or getattr(code, 'co_generator', False)


def iscoroutinefunction(obj):
    return False


def iscoroutine(obj):
    return False


def isawaitable(obj):
    return False


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or \
        type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor', 'method-wrapper')


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', False))


def isdatadescriptor(obj):
    t = type(obj)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda kv: kv[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    import sys
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if name else None


def getfile(obj):
    if ismodule(obj):
        f = getattr(obj, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        return getfile(getmodule(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(obj).__name__))


def currentframe():
    import sys
    try:
        return sys._getframe(1)
    except AttributeError:
        return None


def unwrap(func, *, stop=None):
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
    return func


# ---------------------------------------------------------------------------
# Signatures: what a callable accepts, built from its code object (functions),
# __func__ (methods), func/args/keywords (functools.partial) or __init__ /
# __new__ / __call__ (classes and callable instances).
# ---------------------------------------------------------------------------

class _empty:
    """Marks a parameter without default or annotation."""


class _void:
    """Marks an argument Parameter.replace / Signature.replace was not given."""


import enum as _enum


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_TEXT[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_TEXT = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        from keyword import iskeyword
        if not name.isidentifier() or (iskeyword(name) and self._kind != _POSITIONAL_ONLY):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = text + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        filled = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled.append((name, self.arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        return '<{} ({})>'.format(type(self).__name__, ', '.join(
            '{}={!r}'.format(k, v) for k, v in self.arguments.items()))


class Signature:
    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                defaulted = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top.description, kind.description))
                    top = max(top, kind)
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if defaulted:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            defaulted = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        keyword = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, keyword, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return hash(self) == hash(other) and self.__str__() == other.__str__() and \
            self._return_annotation == other._return_annotation

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = iter(self._parameters.values())
        rest = iter(args)
        # Positional arguments fill the parameters in order.
        while True:
            try:
                arg = next(rest)
            except StopIteration:
                break
            try:
                param = next(params)
            except StopIteration:
                raise TypeError('too many positional arguments') from None
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (arg,) + tuple(rest)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = arg
        # The others come from keywords (or defaults, or not at all).
        kwargs = dict(kwargs)
        var_kw = None
        for param in params:
            if param.kind == _VAR_KEYWORD:
                var_kw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if param.kind == _POSITIONAL_ONLY or name not in kwargs:
                if param.kind == _POSITIONAL_ONLY and name in kwargs and var_kw is None and \
                        not any(p.kind == _VAR_KEYWORD for p in self._parameters.values()):
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(name))
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(name)) from None
                continue
            arguments[name] = kwargs.pop(name)
        if kwargs:
            if var_kw is None:
                for p in self._parameters.values():
                    if p.kind == _VAR_KEYWORD:
                        var_kw = p
            if var_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[var_kw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        parts = []
        slash = False
        star = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash = True
            elif slash:
                parts.append('/')
                slash = False
            if kind == _VAR_POSITIONAL:
                star = False
            elif kind == _KEYWORD_ONLY and star:
                parts.append('*')
                star = False
            parts.append(str(param))
        if slash:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _signature_from_code(func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & 0x04:
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _signature_drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_partial(sig, partial):
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from None
    out = []
    keyword_only = False
    for param in params:
        name = param.name
        if name in bound.arguments and name not in partial.keywords:
            if param.kind == _VAR_POSITIONAL:
                out.append(param)
            continue  # given positionally: gone
        if name in partial.keywords:
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                keyword_only = True
            out.append(param.replace(default=partial.keywords[name],
                                     kind=_KEYWORD_ONLY if param.kind != _VAR_KEYWORD else param.kind))
            continue
        if keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            out.append(param.replace(kind=_KEYWORD_ONLY))
        elif keyword_only and param.kind == _VAR_POSITIONAL:
            continue
        else:
            out.append(param)
    return sig.replace(parameters=out)


def _user_defined(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            value = klass.__dict__[name]
            if isinstance(value, staticmethod):
                value = value.__func__
            return value if isinstance(value, (_types.FunctionType, classmethod)) or \
                hasattr(value, '__code__') else None
    return None


def _signature_of(obj, follow_wrapped=True):
    import functools
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _signature_drop_first(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_of(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None and not isinstance(obj, type):
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_code(obj)
    if isinstance(obj, functools.partial):
        return _signature_partial(_signature_of(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        if sig is not None:
            return sig
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            return _signature_drop_first(_signature_of(call, follow_wrapped))
        new = _user_defined(obj, '__new__')
        init = _user_defined(obj, '__init__')
        for meth in ((new, init) if new is not None and (init is None or
                     _defined_before(obj, '__new__', '__init__')) else (init, new)):
            if meth is not None:
                return _signature_drop_first(_signature_of(meth, follow_wrapped))
        for base in obj.__mro__[:-1]:
            if base.__module__ == 'builtins':
                raise ValueError('no signature found for builtin type {!r}'.format(base))
        return Signature()
    if hasattr(obj, '__code__') and hasattr(obj, '__defaults__'):
        return _signature_from_code(obj)
    if isbuiltin(obj) or type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                                 'method-wrapper', 'classmethod_descriptor'):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _user_defined(type(obj), '__call__')
    if call is not None:
        return _signature_drop_first(_signature_of(call, follow_wrapped))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _defined_before(cls, first, second):
    for klass in cls.__mro__:
        if first in klass.__dict__:
            return True
        if second in klass.__dict__:
            return False
    return False


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
