"""Names for built-in types and SimpleNamespace."""

import sys


def _type_of(make):
    try:
        return type(make())
    except Exception:
        return None


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _type_of(lambda: _f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = _type_of(lambda: type.__dict__)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
GetSetDescriptorType = _type_of(lambda: FunctionType.__dict__['__code__'])
MemberDescriptorType = GetSetDescriptorType
CellType = _type_of(lambda: (lambda x: lambda: x)(0).__closure__[0])


def _arg_repr(a):
    if a is ...:
        return '...'
    if isinstance(a, type):
        if a is NoneType:
            return 'None'
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    return repr(a)


def _params(args):
    res = []
    for a in args:
        if type(a).__name__ in ('TypeVar', 'ParamSpec'):
            ps = (a,)
        else:
            ps = () if isinstance(a, type) else getattr(a, '__parameters__', ())
        for p in ps:
            if p not in res:
                res.append(p)
    return tuple(res)


def _subst(alias, items):
    params = alias.__parameters__
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                        % ('many' if len(items) > len(params) else 'few', alias,
                           len(items), len(params)))
    subst = dict(zip(params, items))

    def sub(a):
        if a in params:
            return subst[a]
        inner = () if isinstance(a, type) else getattr(a, '__parameters__', ())
        return a[tuple(subst[p] for p in inner)] if inner else a
    return tuple(sub(a) for a in alias.__args__)


# list[int] and the like: the builtin containers' __class_getitem__ makes one.
class GenericAlias:
    _own = frozenset(('__origin__', '__args__', '__parameters__', '__class__', '__mro_entries__',
                      '__reduce__', '__reduce_ex__', '__copy__', '__deepcopy__'))

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _params(args))

    def __getattribute__(self, name):
        if name in GenericAlias._own:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    def __repr__(self):
        args = self.__args__
        inner = ', '.join(_arg_repr(a) for a in args) if args else '()'
        return '%s[%s]' % (_arg_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        res = self.__origin__(*args, **kwargs)
        try:
            res.__orig_class__ = self
        except Exception:
            pass
        return res

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __getitem__(self, items):
        return GenericAlias(self.__origin__, _subst(self, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


# int | None: type's | operator (py_binop) comes here.
class UnionType:
    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _params(args)

    def __repr__(self):
        return ' | '.join(_arg_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        res = None
        for a in _subst(self, items):
            res = a if res is None else res | a
        return res

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union(a, b):
    args = []
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType))):
            return NotImplemented
        for t in x.__args__ if isinstance(x, UnionType) else (x,):
            t = NoneType if t is None else t
            if t not in args:
                args.append(t)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


def _tb():
    try:
        raise TypeError
    except TypeError as e:
        return e.__traceback__


TracebackType = _type_of(_tb)
FrameType = type(sys._getframe())
del sys, _f, _g, _C, _tb


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join('%s=%r' % kv for kv in self.__dict__.items()))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def coroutine(func):
    return func


DynamicClassAttribute = property
