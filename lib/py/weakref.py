"""Weak references: ref and proxy (from _weakref), the weak containers
WeakValueDictionary, WeakKeyDictionary and WeakSet, WeakMethod and finalize.

The containers drop an entry when its weakly held object dies: the reference
they keep to it has a callback that removes the entry. While a container is
being iterated, those removals wait until the last iteration ends."""

try:
    from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType,
                          CallableProxyType)
except ImportError:
    raise ImportError('weak references are not supported in this build of upytorch '
                      '(UPY_ENABLE_WEAKREF is off)') from None

import sys
from collections.abc import Mapping, MutableMapping, MutableSet
from types import GenericAlias

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

ProxyTypes = (ProxyType, CallableProxyType)


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the object or
    the function dies, and calling it rebuilds the bound method."""

    __slots__ = ('_func_ref', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) \
                from None

        def died(_):
            wm = self_ref()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj, func = ref.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


class _Removals:
    """What the weak containers share: `data` holds the entries, `_iterating`
    counts the iterations under way and `_pending` the references that died
    meanwhile. _stale(wr): wr still stands for an entry of `data`, which
    _discard(wr) removes."""

    def _init_removals(self):
        self._iterating = 0
        self._pending = []
        self._died = _owner_callback(self)

    def _begin(self):
        self._iterating += 1

    def _end(self):
        self._iterating -= 1
        if not self._iterating:
            self._commit_removals()

    def _remove_dead(self, wr):
        if self._stale(wr):
            self._discard(wr)

    def _commit_removals(self):
        pending, self._pending = self._pending, []
        for wr in pending:
            self._remove_dead(wr)

    def _flush(self):
        # CPython's weak containers do this even while iterated, where a
        # removal makes the iteration fail ("changed size during iteration").
        if self._pending:
            self._commit_removals()

    def __len__(self):
        stale = {id(wr) for wr in self._pending if self._stale(wr)} if self._pending else ()
        return len(self.data) - len(stale)


class KeyedRef(ref):
    """A ref that remembers the key it is stored under (WeakValueDictionary)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _owner_callback(container):
    # The removal callback of a container's references: it holds the container
    # weakly, so the references do not keep it alive.
    owner = ref(container)

    def died(wr):
        c = owner()
        if c is not None:
            if c._iterating:
                c._pending.append(wr)
            else:
                c._remove_dead(wr)
    return died


class WeakValueDictionary(_Removals, MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._init_removals()
        self.update(other, **kw)

    def _stale(self, wr):
        return self.data.get(wr.key) is wr # not when the key holds a newer value

    def _discard(self, wr):
        del self.data[wr.key]

    def __getitem__(self, key):
        self._flush()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._flush()
        self.data[key] = KeyedRef(value, self._died, key)

    def __delitem__(self, key):
        self._flush()
        del self.data[key]

    def __len__(self):
        self._flush()
        return len(self.data)

    def __contains__(self, key):
        self._flush()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        self._flush()
        wr = self.data.get(key)
        o = wr() if wr is not None else None
        return default if o is None else o

    def items(self):
        self._flush()
        self._begin()
        try:
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    yield key, o
        finally:
            self._end()

    def keys(self):
        for key, _ in self.items():
            yield key

    __iter__ = keys

    def values(self):
        for _, o in self.items():
            yield o

    def itervaluerefs(self):
        self._flush()
        self._begin()
        try:
            for wr in self.data.values():
                if wr() is not None:
                    yield wr
        finally:
            self._end()

    def valuerefs(self):
        self._flush()
        return list(self.data.values())

    def popitem(self):
        self._flush()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *default):
        self._flush()
        wr = self.data.pop(key, None)
        o = wr() if wr is not None else None
        if o is not None:
            return o
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = o = default
        return o

    def update(self, other=None, /, **kwargs):
        self._flush()
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self.items())
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Removals, MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key
    dies. Keys must be weakly referenceable and hashable."""

    def __init__(self, dict=None):
        self.data = {}
        self._init_removals()
        if dict is not None:
            self.update(dict)

    def _stale(self, wr):
        return wr in self.data

    def _discard(self, wr):
        del self.data[wr]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._died)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        self._begin()
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._end()

    def keys(self):
        for key, _ in self.items():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self.items():
            yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._died), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = {}.__class__(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        return type(self)(dict(self.items()))

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(dict(self.items()))
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(_Removals):
    """A set whose elements are held weakly: an element goes away when it
    dies. Elements must be weakly referenceable and hashable."""

    def __init__(self, data=None):
        self.data = set()
        self._init_removals()
        if data is not None:
            self.update(data)

    def _stale(self, wr):
        return wr in self.data

    def _discard(self, wr):
        self.data.discard(wr)

    def _refs(self, items):
        return {ref(item) for item in items}

    def __iter__(self):
        self._begin()
        try:
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._end()

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return type(self)(deepcopy(list(self), memo))

    def add(self, item):
        self._flush()
        self.data.add(ref(item, self._died))

    def clear(self):
        self.data.clear()
        self._pending = []

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        self._flush()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self._flush()
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self._flush()
        keep = self._refs(other)
        # Keep our own references: theirs have no callback.
        for wr in [wr for wr in self.data if wr not in keep]:
            self.data.discard(wr)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self._flush()
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._died) for item in other}

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return self.data <= self._refs(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    __class_getitem__ = classmethod(GenericAlias)


WeakSet.__module__ = '_weakrefset'  # where CPython defines it (its repr says so)
MutableSet.register(WeakSet)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    when obj dies, when the finalizer is called, or at exit (unless its
    `atexit` is set false), whichever comes first: once at most.

    Finalizers alive at exit run newest first, through the atexit module."""

    __slots__ = ()
    # Each live finalizer -> [weakref to obj, func, args, kwargs, atexit, number]
    _registry = {}
    _count = 0
    _shutdown = False
    _atexit_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._atexit_registered:
            import atexit
            atexit.register(cls._exitfunc)
            cls._atexit_registered = True
        cls._count += 1
        cls._registry[self] = [ref(obj, self), func, args, kwargs, True, cls._count]

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info[1](*info[2], **info[3])

    def _live_info(self):
        info = self._registry.get(self)
        return (info, info[0]()) if info is not None else (None, None)

    def detach(self):
        info, obj = self._live_info()
        if obj is not None and self._registry.pop(self, None) is not None:
            return obj, info[1], info[2], info[3]

    def peek(self):
        info, obj = self._live_info()
        if obj is not None:
            return obj, info[1], info[2], info[3]

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return info is not None and info[4]

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info is not None:
            info[4] = bool(value)

    def __repr__(self):
        obj = self._live_info()[1]
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Newest first; one made meanwhile by another finalizer runs too.
        try:
            pending, made = [], None
            while True:
                if made != cls._count:
                    made = cls._count
                    pending = sorted((info[5], f) for f, info in cls._registry.items() if info[4])
                if not pending:
                    break
                f = pending.pop()[1]
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
