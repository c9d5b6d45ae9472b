# dict reads and writes with str and int keys.
import time


def run(n):
    d = {"alpha": 1, "beta": 2, "gamma": 3}
    counts = {}
    for i in range(n):
        d["alpha"] = d["beta"] + d.get("gamma", 0)
        k = i & 255
        counts[k] = counts.get(k, 0) + 1
        if "delta" in d:
            break
    return len(counts)


N = 300000
t0 = time.perf_counter()
run(N)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
