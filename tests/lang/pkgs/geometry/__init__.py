# A package whose __init__ re-exports names from its submodules.
from .shapes import Square, Circle
from . import util
VERSION = (1, 2)
print("geometry package initialised")
