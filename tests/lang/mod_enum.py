# enum.Enum basics: members, name/value, iteration, lookup, identity, errors.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "blue"
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.BLUE.value)
print(list(Color), len(Color), [c.name for c in Color])
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color.RED == Color.RED, Color.RED == 1)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__)
class Mode(Enum):
    TRAIN = "train"
    EVAL = "eval"
    def describe(self):
        return "mode " + self.value
    @classmethod
    def default(cls):
        return cls.EVAL
print(Mode.TRAIN.describe(), Mode.default(), {Mode.TRAIN: 1}[Mode.TRAIN], hash(Mode.EVAL) == hash(Mode.EVAL))
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B is Alias.A, list(Alias), Alias(1).name)
print(Color.RED.__class__ is Color, sorted(Color.__members__))
