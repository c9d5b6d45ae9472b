# time: only deterministic properties (types, monotonicity, sleep lower bound).
import time
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
time.sleep(0.02)
t1 = time.time()
p1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(m0).__name__)
print(t0 > 1.6e9, p1 - p0 >= 0.015, n1 - n0 >= 15_000_000, m1 >= m0, t1 >= t0)
time.sleep(0)
print(isinstance(time.time_ns(), int), time.time_ns() > 1_600_000_000 * 10 ** 9)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__)
lt = time.localtime(0)
print(type(time.gmtime(0).tm_year).__name__, time.gmtime(0).tm_year, time.gmtime(86400 * 365).tm_yday)
