# torch.save by upytorch, torch.load by PyTorch. Under CPython (the reference)
# the script runs upytorch ($UPYTORCH, which tests/run.py sets to the binary under
# test; else build/upytorch) with --save-only to write the file, then loads
# it with PyTorch and prints it; under upytorch it saves and loads it itself.
# The outputs must match.
import collections
import sys

import torch

PATH = "/tmp/upytorch-tests/saved_by_upytorch.pt"


def make():
    w = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    sd = collections.OrderedDict()
    sd["w"] = w
    sd["wt"] = w.t()
    sd["row"] = w[1]
    sd["b"] = torch.tensor([1, -2, 3], dtype=torch.int64)
    sd["h"] = torch.tensor([0.5, 1.5], dtype=torch.float16)
    sd["m"] = torch.tensor([True, False])
    sd["s"] = torch.tensor(2.5, dtype=torch.float64)
    sd["e"] = torch.zeros(0, 2)
    return {"state": sd, "meta": [1, 2.5, "x", None, (True, False), {"k": -70000}], "n": 2**40}


if sys.implementation.name == "cpython":
    import os
    import subprocess

    here = os.path.dirname(os.path.abspath(__file__))
    exe = os.environ.get("UPYTORCH") or os.path.join(here, "..", "..", "build", "upytorch")
    os.makedirs(os.path.dirname(PATH), exist_ok=True)
    subprocess.run([exe, os.path.abspath(__file__), "--save-only"], check=True)
else:
    torch.save(make(), PATH)
    if "--save-only" in sys.argv:
        sys.exit(0)

obj = torch.load(PATH)
sd = obj["state"]
print(type(sd).__name__, list(sd.keys()))
for k, v in sd.items():
    print(k, v.dtype, tuple(v.shape), v.stride(), v.storage_offset())
    print(v)
print(obj["meta"], obj["n"])
print("shared:", sd["w"].data_ptr() == sd["wt"].data_ptr())
