"""Runtime support for type hints (a small subset of CPython's typing)."""

import collections.abc as _abc
import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _Final:
    __slots__ = ()


class _BaseAlias(_Final):
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            if any(b is not self and isinstance(b, type) and issubclass(b, Generic)
                   for b in bases):
                return ()
        if not isinstance(origin, type):
            return ()
        res = [origin]
        if origin is not Generic and Generic not in bases and not issubclass(origin, Generic) \
                and any(isinstance(a, TypeVar) for a in getattr(self, '__args__', ())):
            res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _GenericAlias(_BaseAlias):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a, '') for a in args)
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))
        self._name = name
        self._inst = inst

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % self)
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return self.__class__(self.__origin__, new_args, self._name, self._inst)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        return _GenericAlias, (self.__origin__, self.__args__, self._name)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                               _type_repr(args[-1]))


class _SpecialGenericAlias(_BaseAlias):
    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__.capitalize()
        self._inst = inst

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        if not isinstance(args, (list, tuple)):
            return _CallableGenericAlias(self.__origin__, (args, result), 'Callable')
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, ((),), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, 'Tuple')


class _UnionGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), None)
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % self)
        return self._getitem(self, parameters)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p).__name__ == 'UnionType' and hasattr(p, '__args__'):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    params = []
    for p in flat:
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params), 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _simple_getitem(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _literal_getitem(self, parameters):
    return _LiteralGenericAlias(self, parameters, 'Literal')


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, parameters, 'Concatenate')


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], tuple(params[1:]))


def _no_getitem(self, parameters):
    raise TypeError('%s is not subscriptable' % self)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem)
Final = _SpecialForm('Final', _simple_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem)
Required = _SpecialForm('Required', _simple_getitem)
NotRequired = _SpecialForm('NotRequired', _simple_getitem)
Unpack = _SpecialForm('Unpack', _simple_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and \
                        not isinstance(p, _GenericAlias):
                    raise TypeError('Parameters to %s[...] must all be type variables or '
                                    'parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            bases = cls.__orig_bases__
        else:
            bases = ()
        params = []
        for b in bases:
            for a in getattr(b, '__parameters__', ()):
                if a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@typing.overload-decorated functions outside a stub module '
                                  'should always be followed by an implementation that is not '
                                  '@typing.overload-ed.')
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def _eval_hint(value, globalns, localns):
    if isinstance(value, str):
        try:
            return eval(value, globalns, localns)
        except Exception:
            return ForwardRef(value)
    if isinstance(value, ForwardRef):
        try:
            return value._evaluate(globalns, localns)
        except Exception:
            return value
    if value is None:
        return type(None)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {})
            else:
                g = globalns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns if localns is not None
                                         else dict(vars(base)))
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)
    if origin is not None and type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return origin
    if type(tp).__name__ == 'UnionType':
        return type(tp)
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        if tp.__args__ == ((),):
            return ()
        return tp.__args__
    args = getattr(tp, '__args__', None)
    if isinstance(args, tuple) and type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return args
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst)


Hashable = _abc.Hashable
Sized = _abc.Sized
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2, 'Callable')
AbstractSet = _alias(_abc.Set, 1, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _alias(list, 1, 'List', inst=False)
Deque = None
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, 'Dict', inst=False)
DefaultDict = None
OrderedDict = None
Counter = None
ChainMap = None
Generator = _alias(_abc.Generator, 3)
Type = _alias(type, 1, 'Type', inst=False)
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def _init_collections_aliases():
    global Deque, DefaultDict, OrderedDict, Counter, ChainMap
    import collections
    Deque = _alias(collections.deque, 1, 'Deque')
    DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
    OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
    Counter = _alias(collections.Counter, 1, 'Counter')
    ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')


_init_collections_aliases()


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


def _make_nmtuple(typename, types, defaults, module):
    import collections
    types = dict(types)
    nm_tpl = collections.namedtuple(typename, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


_NT_RESERVED = frozenset(['_make', '_replace', '_asdict', '_fields', '_field_defaults',
                          '__new__', '__init__', '__slots__', '__getnewargs__'])


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types, [ns[n] for n in default_names],
                               ns.get('__module__'))
        for key, value in ns.items():
            if key in _NT_RESERVED:
                if key != '__slots__':
                    raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in nm_tpl._fields and key not in ('__annotations__', '__qualname__',
                                                           '__orig_bases__', '__module__'):
                setattr(nm_tpl, key, value)
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _make_nmtuple(typename, fields, None, _caller_module())


NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        ns = dict(ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        tp_dict.__total__ = total
        tp_dict.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = (args + (None,))[:2]
            if fields is None:
                fields = kwargs
            ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
            return _TypedDictMeta(typename, (), ns, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()
