# torch.load of malformed, truncated and hostile files: a clear exception, never
# a crash. Exception types are printed only where PyTorch's own are meaningful.
import sys

import torch

FOLDER = "/tmp/upytorch-tests/pt/"
if sys.implementation.name == "cpython":
    import gen_pt_files

    gen_pt_files.generate(FOLDER)

# name -> print the exception type and message (True) or only that it raised
CASES = [("bad_truncated", True), ("bad_empty", False), ("bad_global", False),
         ("bad_text", False), ("bad_missing_storage", False), ("bad_pickle", False)]

for name, detailed in CASES:
    try:
        torch.load(FOLDER + name + ".pt", weights_only=True)
        print(name, "loaded?!")
    except Exception as e:
        print(name, type(e).__name__ + ": " + str(e) if detailed else "raised")

try:
    torch.load(FOLDER + "bad_global.pt", weights_only=True)
except Exception as e:
    print(type(e).__name__, "Unsupported class os.system" in str(e))

try:
    torch.load(FOLDER + "missing.pt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)

# Every truncation of a valid file fails cleanly.
data = open(FOLDER + "nested.pt", "rb").read()
failures = 0
for n in range(0, len(data), 7):
    with open(FOLDER + "cut.pt", "wb") as f:
        f.write(data[:n])
    try:
        torch.load(FOLDER + "cut.pt")
    except Exception:
        failures += 1
print("truncations failed:", failures == len(range(0, len(data), 7)))
