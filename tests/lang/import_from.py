# from-imports: names, aliases, star imports honouring __all__.
from pkgs.helper import double, CONST as ANSWER
from pkgs.helper import *
print(double(4), ANSWER, CONST, Greeter("x").greet())
print("_private" in dir(), "not_exported" in dir(), "where" in dir())
from pkgs import helper
print(helper.not_exported)
from math import sqrt, pi as PI
print(sqrt(9), round(PI, 2))
from pkgs.geometry import Square, VERSION
print(Square(3).area(), VERSION)
