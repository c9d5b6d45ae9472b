"""Helpers for the reduce protocol that copy (and, in CPython, pickle) use.

The registry of reduction functions by type, and the constructors that
object.__reduce_ex__'s tuples name. CPython's extension code registry
(add_extension and friends) is left out: only pickle uses it."""

__all__ = ["pickle", "constructor"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


try:
    complex
except NameError:
    pass
else:
    def pickle_complex(c):
        return complex, (c.real, c.imag)

    pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Protocols 0 and 1 (object.__reduce__(), __reduce_ex__(0 or 1)): the object
# is rebuilt as an instance of its nearest builtin base, made from the
# object's value, then given the class and the attributes.

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    for base in cls.__mro__:
        if '__module__' not in base.__dict__:  # only classes have it of their own
            return base
    return object


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    slots = getattr(self, "__slots__", None)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        state_dict = getattr(self, '__dict__', None)
    else:
        if slots and type(self).__getstate__ is object.__getstate__:
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state_dict = getstate()
    if state_dict:
        return _reconstructor, (cls, base, state), state_dict
    return _reconstructor, (cls, base, state)


def _slotnames(cls):
    """The names of the slots of cls and its bases, as its instances' attributes
    (private names mangled), kept in cls.__slotnames__ when that can be set."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            slots = c.__dict__.get("__slots__", ())
            for name in (slots,) if isinstance(slots, str) else slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = c.__name__.lstrip('_')
                    if owner:
                        name = '_' + owner + name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names
