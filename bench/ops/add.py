# Per-op overhead: torch.add on float32 tensors of SIZE elements, N times,
# in two forms. Prints ns per iteration.
#   upytorch bench/ops/add.py FORM SIZE N      FORM: out | new
import sys
import time

import torch

form, size, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
a = torch.ones(size)
b = torch.ones(size)
t0 = time.perf_counter()
if form == "out":
    for _ in range(n):
        torch.add(a, b, out=a)
else:
    for _ in range(n):
        a = torch.add(a, b)
print("%.1f" % ((time.perf_counter() - t0) * 1e9 / n))
