"""Expected results for tests/tensor/test_linalg.cpp and test_conv.cpp, by PyTorch 1.13.1.

Usage: /usr/bin/python3 gen_linalg_expected.py OUT_FILE

The case list lives only here: each line names a case, the op, its arguments and
PyTorch's result, and the C++ tests replay the call from the line:

  name \\t op \\t arg;arg;... \\t RECORD

RECORD is a record of gen_common.py without its name: "T dtype ndim sizes...
strides... offset numel values..." or "E Kind message".

Arguments: t:DTYPE:2x3:SEED:LAYOUT (a tensor; LAYOUT c contiguous, T made with
its last two sizes swapped then transposed, S made with the last size doubled
then sliced [..., ::2], E expanded from size 1 in dim 0), none (no tensor),
i:N (int), l:N,N (int list), f:X (float scalar), n:N (int scalar), s:STR (string).
Input values: v = (i * 37 + seed * 11) % 23 - 11, divided by 7 for floating dtypes.
"""
import math
import sys

import torch
import torch.nn.functional as F

from gen_common import DTYPES, error_fields, tensor_fields, write


class T:
    def __init__(self, dtype, sizes, seed=0, layout="c"):
        self.dtype, self.sizes, self.seed, self.layout = dtype, list(sizes), seed, layout

    def spec(self):
        return f"t:{self.dtype}:{'x'.join(map(str, self.sizes)) or '-'}:{self.seed}:{self.layout}"

    def make(self):
        sizes = list(self.sizes)
        if self.layout == "T":
            sizes[-1], sizes[-2] = sizes[-2], sizes[-1]
        elif self.layout == "S":
            sizes[-1] *= 2
        elif self.layout == "E":
            sizes[0] = 1
        n = math.prod(sizes)
        vals = [(i * 37 + self.seed * 11) % 23 - 11 for i in range(n)]
        dt = DTYPES[self.dtype]
        if dt.is_floating_point:
            data = torch.tensor([v / 7 for v in vals], dtype=torch.float64).to(dt)
        else:
            data = torch.tensor(vals, dtype=torch.int64).to(dt)
        t = data.reshape(sizes)
        if self.layout == "T":
            return t.transpose(-1, -2)
        if self.layout == "S":
            return t[..., ::2]
        if self.layout == "E":
            return t.expand(self.sizes)
        return t


def spec(a):
    if isinstance(a, T):
        return a.spec()
    if a is None:
        return "none"
    if isinstance(a, str):
        return "s:" + a
    if isinstance(a, (list, tuple)):
        return "l:" + ",".join(map(str, a))
    if isinstance(a, float):
        return "f:" + repr(a)
    return "i:" + str(a)


def value(a):
    return a.make() if isinstance(a, T) else a


lines = []


def case(name, op, fn, *args):
    try:
        res = "T " + tensor_fields(fn(*[value(a) for a in args]))
    except Exception as e:  # the message is the expected value
        res = "E " + error_fields(e)
    lines.append("\t".join([name, op, ";".join(spec(a) for a in args), res]))


def with_scalars(op):
    """beta and alpha are keyword-only in PyTorch; the C++ calls take them in order."""
    return lambda self, a, b, beta, alpha: op(self, a, b, beta=beta, alpha=alpha)


# ---------------------------------------------------------------------------
# Linear algebra (test_linalg.cpp)

FLOATS = ["Float", "Double"]
NUMERIC = ["Float", "Double", "Long", "Int", "Char", "Byte", "BFloat16", "Bool", "Half"]

for dt in NUMERIC:
    case(f"mm_{dt}", "mm", torch.mm, T(dt, [3, 4]), T(dt, [4, 5], 1))
    case(f"mv_{dt}", "mv", torch.mv, T(dt, [3, 4]), T(dt, [4], 1))
    case(f"dot_{dt}", "dot", torch.dot, T(dt, [7]), T(dt, [7], 1))
    case(f"bmm_{dt}", "bmm", torch.bmm, T(dt, [2, 3, 4]), T(dt, [2, 4, 5], 1))
    case(f"outer_{dt}", "outer", torch.outer, T(dt, [3]), T(dt, [4], 1))

# Shapes that cross the GEMM's blocking (4 x 8 tiles, 64/256 blocks) and layouts.
MM_SHAPES = [(1, 1, 1), (1, 7, 1), (5, 1, 3), (4, 8, 8), (9, 17, 13), (70, 33, 65),
             (3, 300, 2), (2, 0, 3), (0, 3, 2), (130, 20, 260)]
for dt in FLOATS + ["Long"]:
    for m, k, n in MM_SHAPES:
        for la, lb in [("c", "c"), ("T", "c"), ("c", "T"), ("S", "T")]:
            if (m, k, n) == (130, 20, 260) and dt != "Float":
                continue
            case(f"mm_{dt}_{m}x{k}x{n}_{la}{lb}", "mm", torch.mm, T(dt, [m, k], 0, la),
                 T(dt, [k, n], 1, lb))

for dt in FLOATS:
    for a, b in [([3, 4], [4, 5]), ([4], [4]), ([3, 4], [4]), ([4], [4, 5]), ([2, 3, 4], [4]),
                 ([4], [2, 4, 5]), ([2, 3, 4], [4, 5]), ([3, 4], [2, 4, 5]),
                 ([2, 3, 4], [2, 4, 5]), ([2, 1, 3, 4], [5, 4, 2]), ([3, 4], [2, 2, 4, 5]),
                 ([2, 2, 3, 4], [4]), ([4], [2, 2, 4, 5]), ([1, 3, 4], [3, 4, 5]),
                 ([0, 3, 4], [4, 5]), ([2, 3, 0], [0, 5])]:
        key = "x".join(map(str, a)) + "_" + "x".join(map(str, b))
        case(f"matmul_{dt}_{key}", "matmul", torch.matmul, T(dt, a), T(dt, b, 1))
    case(f"matmul_{dt}_T3_2", "matmul", torch.matmul, T(dt, [2, 3, 4], 0, "T"), T(dt, [4, 5], 1))
    case(f"matmul_{dt}_3_T2", "matmul", torch.matmul, T(dt, [2, 3, 4]), T(dt, [4, 5], 1, "T"))
    case(f"matmul_{dt}_S3_E3", "matmul", torch.matmul, T(dt, [2, 3, 4], 0, "S"),
         T(dt, [2, 4, 5], 1, "E"))
case("matmul_Long_3_2", "matmul", torch.matmul, T("Long", [2, 3, 4]), T("Long", [4, 5], 1))

MATMUL_ERRORS = [([], [2, 3]), ([2, 3], []), ([3], [4]), ([2, 3], [4]), ([3], [4, 5]),
                 ([2, 2, 3], [4]), ([3], [2, 4, 5]), ([2, 5, 3], [4, 3]), ([5, 3], [2, 4, 3]),
                 ([2, 3, 4], [2, 5, 6]), ([2, 3, 4], [3, 4, 6]), ([5], [2, 2, 4, 3])]
for a, b in MATMUL_ERRORS:
    key = "x".join(map(str, a)) + "_" + "x".join(map(str, b))
    case(f"matmul_err_{key}", "matmul", torch.matmul, T("Float", a), T("Float", b))
case("matmul_err_dtype", "matmul", torch.matmul, T("Float", [2, 3]), T("Double", [3, 2]))

for dt in FLOATS + ["Long"]:
    scalars = [(1, 1), (2, 3), (0, 1), (0, -2)] if dt == "Long" else [(1, 1), (0.5, 2.0),
                                                                        (0, 1), (0, -1.5)]
    for beta, alpha in scalars:
        key = f"{dt}_{beta}_{alpha}"
        case(f"addmm_{key}", "addmm", with_scalars(torch.addmm), T(dt, [3, 5], 2), T(dt, [3, 4]),
             T(dt, [4, 5], 1), beta, alpha)
        case(f"addmm_bc_{key}", "addmm", with_scalars(torch.addmm), T(dt, [5], 2), T(dt, [3, 4], 0, "T"),
             T(dt, [4, 5], 1, "S"), beta, alpha)
        case(f"addmv_{key}", "addmv", with_scalars(torch.addmv), T(dt, [3], 2), T(dt, [3, 4], 0, "T"),
             T(dt, [4], 1), beta, alpha)
        case(f"addbmm_{key}", "addbmm", with_scalars(torch.addbmm), T(dt, [3, 5], 2), T(dt, [2, 3, 4]),
             T(dt, [2, 4, 5], 1), beta, alpha)
        # PyTorch 1.13's CPU baddbmm with beta=0 reads its uninitialised output
        # (results vary from run to run); the documented result is alpha * bmm.
        baddbmm = with_scalars(torch.baddbmm) if beta else (
            lambda self, a, b, beta, alpha: alpha * torch.bmm(a, b))
        case(f"baddbmm_{key}", "baddbmm", baddbmm, T(dt, [1, 5], 2),
             T(dt, [2, 3, 4], 0, "T"), T(dt, [2, 4, 5], 1), beta, alpha)

case("addmm_nan_beta0", "addmm", lambda s, a, b: torch.addmm(s / 0, a, b, beta=0),
     T("Float", [3, 5], 2), T("Float", [3, 4]), T("Float", [4, 5], 1))
case("addmm_err_expand", "addmm", torch.addmm, T("Float", [3]), T("Float", [2, 3]),
     T("Float", [3, 2]))
case("addmm_err_self_dtype", "addmm", torch.addmm, T("Double", [2, 2]), T("Float", [2, 3]),
     T("Float", [3, 2]))
case("addmm_err_mat_dtype", "addmm", torch.addmm, T("Float", [2, 2]), T("Double", [2, 3]),
     T("Float", [3, 2]))
case("addmm_err_dim", "addmm", torch.addmm, T("Float", [2, 2]), T("Float", [2, 3, 1]),
     T("Float", [3, 2]))
case("addmm_err_shape", "addmm", torch.addmm, T("Float", [2, 2]), T("Float", [2, 3]),
     T("Float", [4, 2]))
case("addmv_err_size", "addmv", torch.addmv, T("Float", [3]), T("Float", [2, 3]),
     T("Float", [3]))
case("addmv_err_dtype", "addmv", torch.addmv, T("Float", [2]), T("Float", [2, 3]),
     T("Double", [3]))
case("addbmm_err_expand", "addbmm", torch.addbmm, T("Float", [3, 3]), T("Float", [2, 2, 3]),
     T("Float", [2, 3, 2]))
case("addbmm_err_batches", "addbmm", torch.addbmm, T("Float", [2, 2]), T("Float", [2, 2, 3]),
     T("Float", [3, 3, 2]))
case("addbmm_err_sizes", "addbmm", torch.addbmm, T("Float", [2, 2]), T("Float", [2, 2, 3]),
     T("Float", [2, 4, 2]))
case("baddbmm_err_expand", "baddbmm", torch.baddbmm, T("Float", [3, 3]), T("Float", [2, 2, 3]),
     T("Float", [2, 3, 2]))
case("baddbmm_err_dtype", "baddbmm", torch.baddbmm, T("Double", [2, 2, 2]),
     T("Float", [2, 2, 3]), T("Float", [2, 3, 2]))
case("mm_err_shape", "mm", torch.mm, T("Float", [2, 3]), T("Float", [4, 5]))
case("mm_err_dim", "mm", torch.mm, T("Float", [3]), T("Float", [4, 5]))
case("mm_err_dim2", "mm", torch.mm, T("Float", [2, 3]), T("Float", [3]))
case("mm_err_dtype", "mm", torch.mm, T("Float", [2, 3]), T("Double", [3, 2]))
case("mm_err_dtype2", "mm", torch.mm, T("Double", [2, 3]), T("Float", [3, 2]))
case("mm_err_dtype_long", "mm", torch.mm, T("Float", [2, 3]), T("Long", [3, 2]))
case("bmm_err_dim", "bmm", torch.bmm, T("Float", [3, 4]), T("Float", [2, 4, 5]))
case("bmm_err_dim2", "bmm", torch.bmm, T("Float", [2, 3, 4]), T("Float", [4, 5]))
case("bmm_err_batch", "bmm", torch.bmm, T("Float", [2, 3, 4]), T("Float", [3, 4, 5]))
case("bmm_err_k", "bmm", torch.bmm, T("Float", [2, 3, 4]), T("Float", [2, 5, 5]))
case("bmm_err_dtype", "bmm", torch.bmm, T("Float", [2, 3, 4]), T("Double", [2, 4, 5]))
case("dot_err_size", "dot", torch.dot, T("Float", [3]), T("Float", [4]))
case("dot_err_dim", "dot", torch.dot, T("Float", [3, 1]), T("Float", [3]))
case("dot_err_dtype", "dot", torch.dot, T("Float", [3]), T("Double", [3]))
case("mv_err_size", "mv", torch.mv, T("Float", [2, 3]), T("Float", [4]))
case("mv_err_dim", "mv", torch.mv, T("Float", [3]), T("Float", [3]))
case("mv_err_dim2", "mv", torch.mv, T("Float", [2, 3]), T("Float", [3, 1]))
case("mv_err_dtype", "mv", torch.mv, T("Float", [2, 3]), T("Double", [3]))
case("outer_err_dim", "outer", torch.outer, T("Float", [3, 1]), T("Float", [2]))
case("outer_err_dim2", "outer", torch.outer, T("Float", [3]), T("Float", [2, 2]))
case("outer_mixed", "outer", torch.outer, T("Float", [3]), T("Double", [2]))
case("outer_S", "outer", torch.outer, T("Float", [3], 0, "S"), T("Long", [2]))

for dt in FLOATS:
    for x in [[3], [2, 3], [4, 2, 3], [2, 2, 2, 3]]:
        for bias in [None, T(dt, [5], 3)]:
            key = f"{dt}_{'x'.join(map(str, x))}_{'b' if bias else 'nb'}"
            case(f"linear_{key}", "linear", F.linear, T(dt, x), T(dt, [5, 3], 1), bias)
    case(f"linear_{dt}_T3", "linear", F.linear, T(dt, [4, 2, 3], 0, "T"), T(dt, [5, 3], 1),
         T(dt, [5], 3))
    case(f"linear_{dt}_wT", "linear", F.linear, T(dt, [4, 3]), T(dt, [5, 3], 1, "T"),
         T(dt, [5], 3))
case("linear_w1", "linear", F.linear, T("Float", [2, 3]), T("Float", [3]), None)
case("linear_err_0d", "linear", F.linear, T("Float", []), T("Float", [4, 3]), None)
case("linear_err_shape", "linear", F.linear, T("Float", [2, 3]), T("Float", [4, 5]), None)
case("linear_err_bias", "linear", F.linear, T("Float", [2, 3]), T("Float", [4, 3]),
     T("Float", [5]))
case("linear_err_w1_bias", "linear", F.linear, T("Float", [2, 3]), T("Float", [3]),
     T("Float", []))
case("linear_err_dtype", "linear", F.linear, T("Float", [2, 3]), T("Double", [4, 3]), None)
case("linear_err_bias_dtype", "linear", F.linear, T("Float", [2, 3]), T("Float", [4, 3]),
     T("Double", [4]))

# ---------------------------------------------------------------------------
# Convolutions (test_conv.cpp)


def conv2d(x, w, b, stride, padding, dilation, groups):
    return F.conv2d(x, w, b, stride, padding, dilation, groups)


def conv1d(x, w, b, stride, padding, dilation, groups):
    return F.conv1d(x, w, b, stride, padding, dilation, groups)


def conv_t2d(x, w, b, stride, padding, output_padding, groups, dilation):
    return F.conv_transpose2d(x, w, b, stride, padding, output_padding, groups, dilation)


CONV2D = [  # input, weight, bias, stride, padding, dilation, groups
    ([1, 3, 5, 5], [2, 3, 3, 3], True, [1], [0], [1], 1),
    ([2, 3, 6, 7], [4, 3, 3, 2], True, [2, 1], [1, 0], [1], 1),
    ([1, 4, 7, 7], [6, 2, 3, 3], True, [1], [1], [2], 2),
    ([2, 4, 5, 6], [4, 1, 3, 3], False, [2], [1, 2], [1, 2], 4),
    ([3, 5, 5], [2, 3, 3, 3], True, [1], [1], [1], 1),
    ([1, 3, 4, 4], [5, 3, 1, 1], True, [1], [0], [1], 1),
    ([1, 3, 8, 8], [5, 3, 1, 1], False, [2], [0], [1], 1),
    ([0, 3, 5, 5], [2, 3, 3, 3], True, [1], [0], [1], 1),
    ([1, 16, 12, 12], [32, 16, 3, 3], True, [1], [1], [1], 1),
    ([1, 3, 5, 5], [2, 3, 2, 4], True, [1], "same", [1], 1),
    ([1, 3, 6, 5], [2, 3, 4, 2], False, [1], "same", [2, 1], 1),
    ([1, 3, 5, 5], [2, 3, 2, 3], True, [1], "valid", [1], 1),
    ([3, 5, 5], [2, 3, 2, 2], True, [1], "same", [1], 1),
]
for dt in FLOATS + ["Long", "BFloat16"]:
    for i, (x, w, b, st, pad, dil, g) in enumerate(CONV2D):
        bias = T(dt, [w[0]], 2) if b else None
        case(f"conv2d_{dt}_{i}", "conv2d", conv2d, T(dt, x), T(dt, w, 1), bias, st, pad, dil, g)
for dt in FLOATS:
    case(f"conv2d_{dt}_noncontig", "conv2d", conv2d, T(dt, [1, 3, 5, 6], 0, "T"),
         T(dt, [2, 3, 3, 3], 1, "S"), T(dt, [2], 2), [1], [1], [1], 1)

CONV1D = [
    ([1, 3, 9], [2, 3, 3], True, [1], [0], [1], 1),
    ([2, 4, 10], [6, 2, 3], True, [2], [1], [2], 2),
    ([3, 7], [2, 3, 3], False, [1], [2], [1], 1),
    ([1, 3, 8], [2, 3, 4], True, [1], "same", [1], 1),
    ([1, 3, 8], [2, 3, 3], True, [1], "same", [3], 1),
    ([1, 3, 8], [2, 3, 3], True, [1], "valid", [1], 1),
]
for dt in FLOATS + ["Long"]:
    for i, (x, w, b, st, pad, dil, g) in enumerate(CONV1D):
        bias = T(dt, [w[0]], 2) if b else None
        case(f"conv1d_{dt}_{i}", "conv1d", conv1d, T(dt, x), T(dt, w, 1), bias, st, pad, dil, g)

CONVT = [  # input, weight, bias, stride, padding, output_padding, groups, dilation
    ([1, 3, 4, 4], [3, 2, 3, 3], True, [1], [0], [0], 1, [1]),
    ([2, 3, 4, 5], [3, 2, 3, 2], True, [2], [1], [1], 1, [1]),
    ([1, 4, 3, 3], [4, 3, 3, 3], False, [2, 1], [0, 1], [1, 0], 2, [1]),
    ([1, 2, 3, 3], [2, 2, 2, 2], True, [1], [1], [0], 1, [2]),
    ([3, 4, 4], [3, 2, 3, 3], True, [3], [0], [2], 1, [1]),
    ([1, 2, 3, 3], [2, 2, 3, 3], True, [2], [1], [1], 1, [2]),
]
for dt in FLOATS + ["Long"]:
    for i, (x, w, b, st, pad, op, g, dil) in enumerate(CONVT):
        bias = T(dt, [w[1] * g], 2) if b else None
        case(f"convt_{dt}_{i}", "conv_transpose2d", conv_t2d, T(dt, x), T(dt, w, 1), bias, st,
             pad, op, g, dil)

for dt in ["Int", "Char", "Byte", "Bool", "Half"]:
    case(f"conv2d_{dt}", "conv2d", conv2d, T(dt, [1, 1, 3, 3]), T(dt, [1, 1, 2, 2]), None, [1],
         [0], [1], 1)
    case(f"convt_{dt}", "conv_transpose2d", conv_t2d, T(dt, [1, 1, 3, 3]), T(dt, [1, 1, 2, 2]),
         None, [1], [0], [0], 1, [1])

X, W = T("Float", [1, 3, 5, 5]), T("Float", [2, 3, 3, 3])
CONV_ERRORS = [
    ("2d", T("Float", [2, 3]), W, None, [1], [0], [1], 1),
    ("5d", T("Float", [1, 1, 2, 3, 3]), W, None, [1], [0], [1], 1),
    ("w3", X, T("Float", [2, 3, 3]), None, [1, 1], [0, 0], [1, 1], 1),
    ("w2", X, T("Float", [2, 3]), None, [1], [0], [1], 1),
    ("channels", T("Float", [1, 4, 5, 5]), W, None, [1], [0], [1], 1),
    ("channels_unbatched", T("Float", [4, 5, 5]), W, None, [1], [0], [1], 1),
    ("kernel", T("Float", [1, 3, 2, 2]), W, None, [1], [0], [1], 1),
    ("dilated_kernel", X, W, None, [1], [0], [3], 1),
    ("stride0", X, W, None, [0], [0], [1], 1),
    ("padneg", X, W, None, [1], [-1], [1], 1),
    ("dil0", X, W, None, [1], [0], [0], 1),
    ("groups0", X, W, None, [1], [0], [1], 0),
    ("groups2", T("Float", [1, 4, 5, 5]), T("Float", [3, 2, 3, 3]), None, [1], [0], [1], 2),
    ("groups_big", X, T("Float", [2, 1, 3, 3]), None, [1], [0], [1], 3),
    ("bias_size", X, W, T("Float", [3]), [1], [0], [1], 1),
    ("bias_dim", X, W, T("Float", [2, 1]), [1], [0], [1], 1),
    ("dtype", X, T("Double", [2, 3, 3, 3]), None, [1], [0], [1], 1),
    ("dtype2", T("Double", [1, 3, 5, 5]), W, None, [1], [0], [1], 1),
    ("bias_dtype", X, W, T("Double", [2]), [1], [0], [1], 1),
    ("same_strided", X, W, None, [2], "same", [1], 1),
    ("stride3", X, W, None, [2, 1, 1], [0], [1], 1),
    ("pad3", X, W, None, [1], [1, 1, 1], [1], 1),
    ("empty_weight", X, T("Float", [0, 3, 3, 3]), None, [1], [0], [1], 1),
]
for name, x, w, b, st, pad, dil, g in CONV_ERRORS:
    case(f"conv2d_err_{name}", "conv2d", conv2d, x, w, b, st, pad, dil, g)
case("conv1d_err_4d", "conv1d", conv1d, X, T("Float", [2, 3, 3]), None, [1], [0], [1], 1)
case("conv1d_err_kernel", "conv1d", conv1d, T("Float", [1, 3, 2]), T("Float", [2, 3, 3]), None,
     [1], [0], [1], 1)
case("conv1d_err_w2", "conv1d", conv1d, T("Float", [1, 3, 5]), T("Float", [2, 3]), None, [1],
     [0], [1], 1)
W_T = T("Float", [3, 2, 3, 3])
CONVT_ERRORS = [
    ("2d", T("Float", [2, 3]), W_T, None, [1], [0], [0], 1, [1]),
    ("channels", T("Float", [1, 4, 5, 5]), W_T, None, [1], [0], [0], 1, [1]),
    ("output_padding", X, W_T, None, [1], [0], [1], 1, [1]),
    ("output_padding2", X, W_T, None, [2], [0], [2], 1, [1]),
    ("groups", T("Float", [1, 4, 5, 5]), T("Float", [4, 2, 3, 3]), None, [1], [0], [0], 3, [1]),
    ("bias", X, W_T, T("Float", [3]), [1], [0], [0], 1, [1]),
    ("too_small", T("Float", [1, 3, 1, 1]), T("Float", [3, 2, 1, 1]), None, [1], [1], [0], 1,
     [1]),
    ("w3", X, T("Float", [3, 2, 3]), None, [1, 1], [0, 0], [0, 0], 1, [1, 1]),
    ("dtype", X, T("Double", [3, 2, 3, 3]), None, [1], [0], [0], 1, [1]),
    ("stride0", X, W_T, None, [0], [0], [0], 1, [1]),
]
for name, *args in CONVT_ERRORS:
    case(f"convt_err_{name}", "conv_transpose2d", conv_t2d, *args)

write(sys.argv[1], lines)
