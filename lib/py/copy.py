"""Shallow and deep copy operations."""

import types as _types


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, str, bytes, type, range, _types.BuiltinFunctionType,
           type(Ellipsis), type(NotImplemented), _types.FunctionType, property, _types.CodeType}
try:
    _atomic.add(complex)
except NameError:
    pass
try:
    from _weakref import ref as _ref  # weak references copy as themselves
    _atomic.add(_ref)
except ImportError:
    pass


_object_reduce_ex = getattr(object, '__reduce_ex__', None)


def _reduced(x, cls):
    """What the class's __reduce_ex__(4) or __reduce__ says x is made of, or None
    when it has neither of its own (then x is copied attribute by attribute)."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(x, '__reduce__', None)
    return reductor() if reductor is not None else None


def _reconstruct(x, rv, deep=False, memo=None):
    # rv = (callable, args[, state[, listitems[, dictitems]]]).
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    state = rv[2] if len(rv) > 2 else None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for key, value in slots.items():
                    setattr(y, key, value)
    if len(rv) > 3 and rv[3] is not None:
        for item in rv[3]:
            y.append(deepcopy(item, memo) if deep else item)
    if len(rv) > 4 and rv[4] is not None:
        for key, value in rv[4]:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _new_like(x, cls):
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    if isinstance(x, tuple):
        return cls.__new__(cls, tuple(x))
    return _blank(cls)


def _blank(cls):
    # A builtin type that cannot be instantiated (generators, frames, ...)
    # cannot be copied either, in the words pickling would use.
    try:
        return cls.__new__(cls)
    except TypeError as e:
        if str(e).startswith('object.__new__('):
            raise TypeError('cannot pickle %r object' % cls.__name__) from None
        raise


def _copy_state(y, x, deep, memo):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        # A class's own __getstate__ gives the whole state (slots included).
        state = getstate(x)
        if state is not None:
            if deep:
                state = deepcopy(state, memo)
            setstate = getattr(y, '__setstate__', None)
            if setstate is not None:
                setstate(state)
            else:
                y.__dict__.update(state)
        return
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and not isinstance(getattr(type(y), '__setstate__', None),
                                                   _types.BuiltinFunctionType):
            setstate(state)
        else:
            y.__dict__.update(state)
    for cls in type(x).__mro__:
        for name in cls.__dict__.get('__slots__', ()):
            if isinstance(name, str) and name not in ('__dict__', '__weakref__') \
                    and hasattr(x, name):
                v = getattr(x, name)
                setattr(y, name, deepcopy(v, memo) if deep else v)


def copy(x):
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, _types.ModuleType):
        return x
    if isinstance(x, (set, frozenset)):
        # As set.__reduce__ would have it: the class called on a list of the items.
        y = cls(list(x))
        _copy_state(y, x, False, None)
        return y
    rv = _reduced(x, cls)
    if rv is not None:
        return _reconstruct(x, rv)
    y = _new_like(x, cls)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, (set, bytearray)):
        y.update(x) if isinstance(x, set) else y.extend(x)
    _copy_state(y, x, False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type) or isinstance(x, _types.ModuleType):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, _types.MethodType):
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, (set, frozenset)):
            y = cls(deepcopy(list(x), memo))
            memo[d] = y
            _copy_state(y, x, True, memo)
        elif (rv := _reduced(x, cls)) is not None:
            y = _reconstruct(x, rv, True, memo)
        else:
            if isinstance(x, tuple):
                items = [deepcopy(a, memo) for a in x]
                getnewargs = getattr(x, '__getnewargs__', None)
                y = cls.__new__(cls, *items) if getnewargs is not None else cls.__new__(cls, items)
            else:
                y = _blank(cls)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            _copy_state(y, x, True, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def replace(obj, /, **changes):
    return type(obj).__replace__(obj, **changes)
