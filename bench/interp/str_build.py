# String building: f-strings, %-formatting, concatenation and join.
import time


def run(n):
    parts = []
    s = ""
    for i in range(n):
        parts.append(f"item{i}:{i * 0.5:.1f}")
        parts.append("%d-%s" % (i, "x"))
        s += "ab"
        if len(s) > 1000:
            s = ""
    return len(",".join(parts))


N = 100000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
