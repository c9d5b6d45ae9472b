from ... import helper
from ...helper import CONST as C
from ..shapes import Square
from .. import util
from . import SUB

def describe():
    return [helper.double(C), util.describe(Square(2)), SUB, __name__, __package__]
