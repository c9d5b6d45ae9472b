"""What the gen_*.py scripts share: dtype names, the inputs both sides build,
and the record format the C++ tests read (tensor_test_util.h).

One record per line:

  T name dtype ndim sizes... strides... offset numel values...   a tensor result
  E name Kind message...                                          an error
  N name                        not implemented by PyTorch on CPU (test skipped)
  S name text                                                     a string result

A tuple or list result `name` is recorded as "S name#len N" and its items as
name.0, name.1, ...
"""

import math
import warnings

import torch

warnings.filterwarnings("ignore")  # deprecation notes about resized out= tensors

DTYPES = {
    "Byte": torch.uint8, "Char": torch.int8, "Short": torch.int16, "Int": torch.int32,
    "Long": torch.int64, "Half": torch.float16, "Float": torch.float32,
    "Double": torch.float64, "Bool": torch.bool, "BFloat16": torch.bfloat16,
}  # ORDER SCALAR TYPE
NAMES = {v: k for k, v in DTYPES.items()}
FLOATS = ["Half", "Float", "Double", "BFloat16"]

# Input shapes by key: (sizes, transposed). A transposed input is made with the
# reversed sizes and then .t() (a non-contiguous view). Same table in
# tensor_test_util.cpp.
SHAPES = {
    "s23": ([2, 3], False), "s3": ([3], False), "s0d": ([], False), "s03": ([0, 3], False),
    "t23": ([2, 3], True), "s413": ([4, 1, 3], False), "s21": ([2, 1], False),
    "s234": ([2, 3, 4], False),
}


def inp(key, dtype, seed=0):
    """The input tensor_test::inp() makes; "p234" is s234 permuted (2, 0, 1)."""
    if key == "p234":
        return inp("s234", dtype, seed).permute(2, 0, 1)
    sizes, transposed = SHAPES[key]
    if transposed:
        sizes = sizes[::-1]
    vals = [((i * 7 + 3 + seed * 5) % 11) - 5 for i in range(math.prod(sizes))]
    if dtype in FLOATS:
        data = [v * 0.75 for v in vals]
    elif dtype == "Byte":
        data = [v + 5 for v in vals]
    elif dtype == "Bool":
        data = [v > 0 for v in vals]
    else:
        data = vals
    t = torch.tensor(data, dtype=DTYPES[dtype]).reshape(sizes)
    return t.t() if transposed else t


def fmt_value(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return repr(float(v))


def tensor_fields(t):
    """A T record's body: dtype ndim sizes... strides... offset numel values..."""
    vals = t.reshape(-1).tolist() if t.numel() else []
    fields = [NAMES[t.dtype], str(t.dim())]
    fields += [str(s) for s in t.shape] + [str(s) for s in t.stride()]
    fields += [str(t.storage_offset()), str(t.numel())] + [fmt_value(v) for v in vals]
    return " ".join(fields)


def error_fields(e):
    """An E record's body: the exception's kind and the first line of its message."""
    return f"{type(e).__name__} {str(e).split(chr(10))[0]}"


def not_tested(e):
    """PyTorch gaps (Half/BFloat16 kernels) and bugs (internal asserts) are skipped."""
    msg = str(e)
    return ("not implemented for 'Half'" in msg or "not implemented for 'BFloat16'" in msg
            or "INTERNAL ASSERT FAILED" in msg)


records = []


def case(name, fn):
    """Records fn()'s result: a tensor, a tuple or list of them, a string, or the
    error it raises."""
    try:
        r = fn()
    except Exception as e:  # the message is the expected value
        records.append(f"N {name}" if not_tested(e) else f"E {name} {error_fields(e)}")
        return
    if isinstance(r, torch.Tensor):
        records.append(f"T {name} {tensor_fields(r)}")
    elif isinstance(r, (tuple, list)):
        records.append(f"S {name}#len {len(r)}")
        for i, t in enumerate(r):
            records.append(f"T {name}.{i} {tensor_fields(t)}")
    else:
        records.append(f"S {name} {r}")


def with_out(fn, out):
    """fn(out) for an out= or in-place call; the result is what out holds."""
    fn(out)
    return out


def write(path, lines=None):
    with open(path, "w") as f:
        f.write("\n".join(records if lines is None else lines) + "\n")
