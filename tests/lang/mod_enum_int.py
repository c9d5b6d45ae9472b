# enum.IntEnum: behaves like int; auto().
from enum import IntEnum, Enum, auto
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID, repr(Level.MID), Level.LOW + 1, Level.HIGH * 2, Level.MID == 5, Level.LOW < Level.HIGH)
print(sorted([Level.HIGH, Level.LOW, Level.MID]), int(Level.HIGH), isinstance(Level.LOW, int), Level(10).name)
print([1, 2, 3, 4, 5, 6][Level.MID], "%d" % Level.HIGH, f"{Level.LOW:>3}", max(Level))
class Auto(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print([(m.name, m.value) for m in Auto])
try:
    Level(2)
except ValueError as e:
    print(type(e).__name__, e)
