# Argument errors of C functions in modules other than builtins name them as
# CPython does ("math.sqrt() takes exactly one argument"), and builtin types
# outside builtins are quoted by their full name ('collections.deque').
import collections
import gc
import itertools
import math
import os
import random
import struct
import sys
import time


def check(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")


check(lambda: math.sqrt(1, 2))
check(lambda: math.floor())
check(lambda: math.gcd(1, x=2))
check(lambda: math.hypot(x=1))
check(lambda: math.log())
check(lambda: math.log(1, 2, 3))
check(lambda: math.log(x=1))
print(math.log(8, 2), math.log(1))
check(lambda: time.time(1))
check(lambda: time.perf_counter(1))
check(lambda: time.perf_counter_ns(1))
check(lambda: time.monotonic(2))
check(lambda: time.sleep())
check(lambda: sys.getrefcount())
check(lambda: sys.intern())
check(lambda: gc.isenabled(1))
check(lambda: os.getcwd(1))
check(lambda: os.remove())
check(lambda: os.rmdir())
check(lambda: os.unlink(1, 2))
check(lambda: os.listdir(1, 2))
check(lambda: struct.calcsize())
check(lambda: random.random(1))
check(lambda: random.getrandbits())
check(lambda: len(1, 2))
check(lambda: sys.version_info.nope)

print(os.getcwd.__module__, struct.calcsize.__module__, math.sqrt.__module__, len.__module__)
print(sorted(os.listdir(path=os.path.dirname(os.path.abspath(__file__))))[:0])
try:
    os.remove(path="/nonexistent-dir/x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)

d = collections.deque([1, 2], maxlen=3)
print(d, type(d), type(d).__name__, type(d).__qualname__, type(d).__module__)
print(collections.deque.append.__qualname__, d.append.__qualname__)


class D(collections.deque):
    pass


print(D([1]), D.__mro__)
check(lambda: d.append())
check(lambda: d.pop(1))
check(lambda: d.rotate(1, 2))
check(lambda: d.copy(1))
check(lambda: collections.deque.append(1, 2))
check(lambda: hash(d))
check(lambda: d.nope)
print(itertools.chain, itertools.groupby, itertools.chain.__qualname__)
