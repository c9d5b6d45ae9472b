# torch.load of files written by PyTorch (tests/torch/gen_pt_files.py): every
# dtype, views with offsets/strides, shared storages, state dicts, nested data.
# Under CPython (run first by tests/run.py) the script writes the files; under
# upytorch it expects them to exist.
import sys

import torch

FOLDER = "/tmp/upytorch-tests/pt/"
if sys.implementation.name == "cpython":
    import gen_pt_files

    gen_pt_files.generate(FOLDER)


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.stride(), t.storage_offset())
    print(t)


for dt in ["float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8",
           "uint8", "bool"]:
    show(dt, torch.load(FOLDER + "dtype_" + dt + ".pt"))

for name in ["view_t", "view_slice", "view_row", "zero_dim", "zero_dim_long", "empty"]:
    show(name, torch.load(FOLDER + name + ".pt"))

shared = torch.load(FOLDER + "shared.pt")
for k in shared:
    show(k, shared[k])
base = shared["base"]
print("shared storage:", all(shared[k].data_ptr() - shared[k].storage_offset() *
                             shared[k].element_size() == base.data_ptr() for k in shared))

tied = torch.load(FOLDER + "tied.pt", map_location="cpu")
print(type(tied).__name__, list(tied.keys()))
print("tied:", tied["enc.weight"].data_ptr() == tied["dec.weight"].data_ptr())

sd = torch.load(FOLDER + "state_dict.pt", map_location=torch.device("cpu"))
print(type(sd).__name__, list(sd.keys()))
print(sd._metadata)
for k, v in sd.items():
    show(k, v)

nested = torch.load(FOLDER + "nested.pt")
print(nested)

p = torch.load(FOLDER + "parameter.pt")
print(p.requires_grad, tuple(p.shape))

with open(FOLDER + "tied.pt", "rb") as f:
    print(list(torch.load(f).keys()))
