# Loops over lists: iteration, indexing, append, comprehension. ns per element.
import time


def run(data):
    total = 0
    for v in data:
        total += v
    for i in range(len(data)):
        total += data[i]
    out = []
    for v in data:
        out.append(v * 2)
    squares = [v * v for v in data]
    return total + len(out) + len(squares)


data = list(range(100000))
REPS = 5
t0 = time.perf_counter()
for _ in range(REPS):
    run(data)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / (REPS * len(data))))
