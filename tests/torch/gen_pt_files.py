"""Writes the .pt files the tests/torch/load_*.py scripts read, with PyTorch.

Run by /usr/bin/python3 + torch (the reference). The load scripts call
`generate(folder)` when they run under CPython; tests/run.py runs the reference
before upytorch, so the files exist by the time upytorch loads them. Files go to
a temporary folder, never into the repository.
"""
import collections
import os
import sys
import zipfile

import torch

FOLDER = "/tmp/upytorch-tests/pt"

DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64,
          torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool]


def _dtype_files(folder):
    for dt in DTYPES:
        name = str(dt).replace("torch.", "")
        t = (torch.arange(12, dtype=torch.float64) * 1.25 - 5).to(dt).reshape(3, 4)
        torch.save(t, os.path.join(folder, "dtype_%s.pt" % name))


def _view_files(folder):
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    torch.save(base.t(), os.path.join(folder, "view_t.pt"))
    torch.save(base[1:3, ::2], os.path.join(folder, "view_slice.pt"))
    torch.save(base[2], os.path.join(folder, "view_row.pt"))
    torch.save({"base": base, "col": base[:, 3], "tail": base.view(-1)[5:],
                "perm": base.reshape(2, 3, 4).permute(2, 0, 1)},
               os.path.join(folder, "shared.pt"))
    w = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    torch.save(collections.OrderedDict([("enc.weight", w), ("dec.weight", w)]),
               os.path.join(folder, "tied.pt"))


def _misc_files(folder):
    torch.save(torch.tensor(3.5), os.path.join(folder, "zero_dim.pt"))
    torch.save(torch.tensor(7), os.path.join(folder, "zero_dim_long.pt"))
    torch.save(torch.zeros(0, 3), os.path.join(folder, "empty.pt"))
    torch.manual_seed(0)
    sd = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4),
                             torch.nn.Linear(4, 2)).state_dict()
    torch.save(sd, os.path.join(folder, "state_dict.pt"))
    nested = {"ints": [0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**62, -2**63, 2**70],
              "floats": (0.5, -1e300, float("inf")), "strs": ["", "abc", "h\u00e9\u4e16"],
              "flags": [True, False, None], "t": torch.ones(2, dtype=torch.int32),
              "deep": {"a": [{"b": (1, (2, [3, {"c": torch.tensor([1.5])}]))}]},
              5: "int key", "tuple4": (1, 2, 3, 4)}
    torch.save(nested, os.path.join(folder, "nested.pt"))
    torch.save(torch.nn.Parameter(torch.ones(2)), os.path.join(folder, "parameter.pt"))


def _hostile_files(folder):
    good = os.path.join(folder, "dtype_float32.pt")
    data = open(good, "rb").read()
    with open(os.path.join(folder, "bad_truncated.pt"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(folder, "bad_text.pt"), "wb") as f:
        f.write(b"hello, not a zip file\n")
    with open(os.path.join(folder, "bad_empty.pt"), "wb") as f:
        pass
    # A pickle that asks for os.system.
    with zipfile.ZipFile(os.path.join(folder, "bad_global.pt"), "w") as z:
        z.writestr("archive/data.pkl", b"\x80\x02cos\nsystem\nX\x04\x00\x00\x00trueq\x00\x85R.")
        z.writestr("archive/version", b"3\n")
    # A storage reference whose data record is missing.
    with zipfile.ZipFile(os.path.join(folder, "bad_missing_storage.pt"), "w") as z:
        z.writestr("archive/data.pkl", zipfile.ZipFile(good).read("dtype_float32/data.pkl"))
        z.writestr("archive/version", b"3\n")
    # Truncated pickle inside a valid zip.
    with zipfile.ZipFile(os.path.join(folder, "bad_pickle.pt"), "w") as z:
        z.writestr("archive/data.pkl", zipfile.ZipFile(good).read("dtype_float32/data.pkl")[:40])
        z.writestr("archive/version", b"3\n")


def generate(folder=FOLDER):
    os.makedirs(folder, exist_ok=True)
    _dtype_files(folder)
    _view_files(folder)
    _misc_files(folder)
    _hostile_files(folder)


if __name__ == "__main__":
    generate(sys.argv[1] if len(sys.argv) > 1 else FOLDER)
