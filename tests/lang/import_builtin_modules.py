# Every builtin/library module listed for upytorch imports and exposes a basic name.
import sys, math, time, gc, os, os.path, typing, functools, itertools, collections, collections.abc
import warnings, random, struct, io, enum, operator
mods = [sys, math, time, gc, os, typing, functools, itertools, collections, warnings, random, struct, io, enum, operator]
print([m.__name__ for m in mods])
print(os.path.__name__ in ("posixpath", "os.path"), collections.abc.__name__)
print(callable(functools.partial), callable(itertools.chain), callable(collections.namedtuple))
import math as m2
print(m2 is math, sys.modules["math"] is math)
