# Enum/IntEnum/Flag/auto usage as in model code: iteration, lookup, aliases, reprs, dir, errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, str(Color.GREEN))
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.__members__.keys(), list(Color.__members__.items())[-1])
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(f"{Color.RED}", "%s" % Color.RED, format(Color.RED), f"{Color.RED!r}")
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(hash(Color.RED) == hash(Color.RED))
print(Color.RED.__class__.__name__, Color.__name__, repr(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(Color): X = 9
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(2), int(Num.TWO), Num.ONE == 1)
print(f"{Num.ONE}", str(Num.ONE), format(Num.TWO, "03d"), [1, 2, 3][Num.ONE], sorted([Num.TWO, 0, Num.ONE]))
print(isinstance(Num.ONE, int), {1: "a"}[Num.ONE], Num.ONE.bit_length())

class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.X.value, A.Z.value)

class S(str, Enum):
    A = "a"
    B = "b"
print(S.A, repr(S.A), S.A == "a", S.A.upper(), f"{S.B}", S("a"), S.A.value)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, Perm(3), list(Perm))
print(repr(Perm(0)), ~Perm.R, Perm.R ^ Perm.W)

class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, repr(IF.A | IF.B), IF.A | 4, IF.A + 1)

class Method(Enum):
    SUM = "sum"
    MEAN = "mean"
    def describe(self):
        return "%s:%s" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.MEAN
    @property
    def upper(self):
        return self.value.upper()
print(Method.SUM.describe(), Method.default(), Method.MEAN.upper, Method("sum"))

class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((0.642, 3.39)))

class Mixed(Enum):
    A = 1
    _ignore_ = ["B"]
    B = 2
print(list(Mixed))

class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
print(Missing("A"))
E = Enum("E", "P Q R"); print(list(E), E.Q.value)
E2 = Enum("E2", ["P", "Q"]); print(list(E2))
E3 = Enum("E3", {"P": 5}); print(E3.P.value)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(dir(Color))
print(Color._member_names_, Color._value2member_map_)
