"""Times one model's forward pass: builds it as tests/models/NAME.py does, loads
the weights and input gen_models.py wrote, and prints the median milliseconds of
REPS forward passes (after one warm-up; the upper median for even REPS) as its last line.

    python infer.py NAME REPS [THREADS]     (THREADS: PyTorch only)
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "tests", "models"))
import torch
from gen_models import DATA, specs

name, reps = sys.argv[1], int(sys.argv[2])
if len(sys.argv) > 3 and sys.implementation.name == "cpython":
    torch.set_num_threads(int(sys.argv[3]))
build, _ = specs()[name]
model = build()
model.load_state_dict(torch.load(DATA + name + ".pt"))
x = torch.load(DATA + name + "_input.pt")
model.eval()
times = []
with torch.no_grad():
    model(x)
    for _ in range(reps):
        t0 = time.perf_counter()
        model(x)
        times.append(time.perf_counter() - t0)
times.sort()
print("%.3f" % (times[len(times) // 2] * 1e3))
