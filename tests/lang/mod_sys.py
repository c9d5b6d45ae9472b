# sys: argv, path, modules, maxsize, platform details, stdout, recursion limit.
import sys
import os
print(sys.argv, len(sys.argv))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, type(sys.modules).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux"))
print(sys.version_info[0], sys.version_info >= (3, 8), isinstance(sys.version, str))
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.flush()
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    raise KeyError("x")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info())
print(type(sys.stdin).__name__ == type(sys.stdout).__name__, sys.stderr is not sys.stdout)
print(callable(sys.exit), isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
