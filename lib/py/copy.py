"""Shallow and deep copy operations.

As CPython's: builtin containers and immutable values have fast paths (the
tables below); anything else is copied by its __copy__ / __deepcopy__, or is
taken apart by the reduce protocol (a copyreg.dispatch_table entry, else
__reduce_ex__(4), else __reduce__) and rebuilt from the pieces."""

import types
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy, and keeps the
    originals alive in memo[id(memo)]."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is _deepcopy_atomic:
        return x
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        return x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        keep = memo.get(id(memo))
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return y


def _reduce(x, cls, kind):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def _copy_immutable(x):
    return x


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, _nil=[]):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items copies x too when x is reachable from them.
    y = memo.get(id(x), _nil)
    if y is not _nil:
        return y
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_copy_dispatch = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}
_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                      types.MethodType: _deepcopy_method}
_atomic = [type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, property, types.BuiltinFunctionType, types.FunctionType, types.CodeType]
try:
    _atomic.append(complex)
except NameError:  # the size build has no complex numbers
    pass
try:
    from weakref import ref as _ref
    _atomic.append(_ref)
except ImportError:
    pass
for t in _atomic:
    _copy_dispatch[t] = _copy_immutable
    _deepcopy_dispatch[t] = _deepcopy_atomic
for t in (tuple, frozenset, slice):
    _copy_dispatch[t] = _copy_immutable
del t


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
