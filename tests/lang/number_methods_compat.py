# int/float methods and slot wrappers called directly: argument-count errors,
# three-argument __pow__, __divmod__ (divmod() on subclasses), from_bytes/fromhex
# argument types, list/tuple.index bounds.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I(int):
    pass


class F(float):
    pass


class A:
    pass


# divmod() reaches int/float subclasses through __divmod__ / __rdivmod__
t(lambda: divmod(I(7), 2))
t(lambda: divmod(7, I(-2)))
t(lambda: divmod(F(7.5), 2))
t(lambda: divmod(-7, F(2.0)))
t(lambda: divmod(I(7), 0))
t(lambda: divmod(F(7), 0))
t(lambda: (7).__divmod__(2))
t(lambda: (7).__rdivmod__(2))
t(lambda: (7).__divmod__(2.0))
t(lambda: (7.5).__divmod__(2))
t(lambda: (7.0).__rdivmod__(2))
t(lambda: (7.0).__divmod__("a"))
t(lambda: (2**70).__divmod__(-3))

# pow(self, other, mod) through __pow__ / __rpow__
t(lambda: (2).__pow__(10, 7))
t(lambda: (2).__rpow__(3, 5))
t(lambda: (2).__pow__(3, None))
t(lambda: (2).__pow__(3, 5.0))
t(lambda: True.__pow__(True, 2))
t(lambda: (2.0).__pow__(3, 5))
t(lambda: (2.0).__rpow__(3, 5))
t(lambda: (2.0).__pow__(3, None))
t(lambda: (2).__pow__())
t(lambda: (2).__pow__(1, 2, 3))

# slot wrappers: CPython's unnamed argument-count messages
t(lambda: (1).__add__())
t(lambda: (1).__add__(1, 2))
t(lambda: (1).__neg__(1))
t(lambda: (1).__add__(x=1))
t(lambda: [].__len__(x=1))
t(lambda: (1).__setattr__("a"))
t(lambda: [].__setitem__(1))
t(lambda: property().__get__())
t(lambda: property().__get__(1, 2, 3))
t(lambda: property().__set__(1))
t(lambda: property().__delete__())
t(lambda: (1).__lt__())
t(lambda: "a".__hash__(1))

# methods named with their type in the messages
t(lambda: (5).bit_length(1))
t(lambda: (5).bit_count(1))
t(lambda: (5).conjugate(1))
t(lambda: (5).__trunc__(1))
t(lambda: (5).__floor__(1))
t(lambda: (5).__ceil__(1))
t(lambda: (5).as_integer_ratio(1))
t(lambda: (5).__format__())
t(lambda: True.__ceil__(1))
t(lambda: I(5).bit_length(1))
t(lambda: (1.5).hex(1))
t(lambda: (1.5).is_integer(1))
t(lambda: (1.5).as_integer_ratio(1))
t(lambda: (1.5).conjugate(1))
t(lambda: (1.5).__trunc__(1))
t(lambda: (1.5).__floor__(1, 2))
t(lambda: (1.5).__format__())
t(lambda: float.fromhex())
t(lambda: float.fromhex(1))
t(lambda: float.fromhex(b"0x1p0"))
t(lambda: float.__getformat__())
t(lambda: A().__format__())
t(lambda: A().__dir__(1))
t(lambda: A.__init_subclass__(1))
t(lambda: object.__format__(1, 2, 3))
t(lambda: [].__format__(1, 2))

# int.from_bytes takes bytes-like objects and iterables of ints only
t(lambda: int.from_bytes("ab", "big"))
t(lambda: int.from_bytes(5))
t(lambda: int.from_bytes(1.5))
t(lambda: int.from_bytes([1, 2], "big"))
t(lambda: int.from_bytes((1, 300)))
t(lambda: int.from_bytes(bytearray(b"\xff\x01"), "little", signed=True))

# list/tuple.index bounds must be ints (None is not allowed, unlike str.find)
t(lambda: [1, 2, 3].index(2, 1.0))
t(lambda: [1, 2, 3].index(2, None))
t(lambda: (1, 2).index(2, 0, "a"))
t(lambda: (1, 2).index(2, 0, None))
t(lambda: [1, 2, 3].index(3, True))
t(lambda: "abc".find("c", None, None))
t(lambda: "abc".find("c", 1.0))
