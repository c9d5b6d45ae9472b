"""Expected tensor reprs for tests/tensor/test_print.cpp, from PyTorch 1.13.

Usage: /usr/bin/python3 gen_print_expected.py OUT_FILE

For each case it writes the tensor's storage bytes, dtype, sizes, strides,
storage offset, the set_printoptions call and the resulting options, and
repr(t), one "key value" line each:

    case NAME
    dtype DTYPE default DTYPE grad 0|1
    sizes N...          (may be empty for 0-dim)
    strides N...
    offset N
    call PROFILE PRECISION THRESHOLD EDGEITEMS LINEWIDTH SCI   ("-" = None)
    opts PRECISION THRESHOLD EDGEITEMS LINEWIDTH SCI           (after the call)
    data HEX            (whole storage)
    expected HEX        (repr(t), UTF-8)
    end

SCI is -1 (None), 0 or 1.
"""
import math
import sys

import torch
import torch._tensor_str as ts

DTYPES = {
    torch.uint8: "uint8",
    torch.int8: "int8",
    torch.int16: "int16",
    torch.int32: "int32",
    torch.int64: "int64",
    torch.float16: "float16",
    torch.float32: "float32",
    torch.float64: "float64",
    torch.bool: "bool",
    torch.bfloat16: "bfloat16",
}
FLOATS = [torch.float32, torch.float64, torch.float16, torch.bfloat16]
INTS = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]

cases = []
names = set()


def sci_str(s):
    return "-1" if s is None else str(int(bool(s)))


def opt_str(v):
    return "-" if v is None else str(v)


def add(name, t, default=torch.float32, profile=None, precision=None, threshold=None,
        edgeitems=None, linewidth=None, sci_mode=None, requires_grad=False):
    assert name not in names, name
    names.add(name)
    torch.set_default_dtype(default)
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_printoptions(profile=profile, precision=precision, threshold=threshold,
                           edgeitems=edgeitems, linewidth=linewidth, sci_mode=sci_mode)
    if requires_grad:
        t = t.detach().clone().requires_grad_()
    try:
        text = repr(t)
        assert str(t) == text
    finally:
        opts = ts.PRINT_OPTS
        got = (opts.precision, opts.threshold, opts.edgeitems, opts.linewidth, opts.sci_mode)
        torch.set_printoptions(profile="default", sci_mode=None)
        torch.set_default_dtype(torch.float32)
    base = t.detach()
    flat = torch.tensor([], dtype=base.dtype).set_(base.storage())
    data = flat.view(torch.uint8).numpy().tobytes()
    lines = [
        "case " + name,
        "dtype %s default %s grad %d" % (DTYPES[t.dtype], DTYPES[default], int(requires_grad)),
        "sizes " + " ".join(str(s) for s in t.shape),
        "strides " + " ".join(str(s) for s in t.stride()),
        "offset %d" % t.storage_offset(),
        "call %s %s %s %s %s %s" % (opt_str(profile), opt_str(precision), opt_str(threshold),
                                    opt_str(edgeitems), opt_str(linewidth), sci_str(sci_mode)),
        "opts %d %r %d %d %s" % (got[0], float(got[1]), got[2], got[3], sci_str(got[4])),
        "data " + data.hex(),
        "expected " + text.encode().hex(),
        "end",
    ]
    cases.append("\n".join(lines) + "\n")


nan, inf = math.nan, math.inf

# Float values that exercise each _Formatter decision.
FLOAT_VALUES = {
    "int_small": [1.0, 2.0, 3.0],
    "int_neg": [-1.0, 0.0, 5.0, -12.0],
    "int_ratio": [1.0, 2000.0],
    "int_big": [100.0, 2.0e8],
    "fixed": [1.5, 2.25, -3.125],
    "tenths": [0.1, 0.2, 0.3],
    "round": [0.00005, 0.12345, 1.99995],
    "sci_small": [1e-5, 1.0],
    "sci_ratio": [0.001, 10.0],
    "sci_big": [1.5e10, 1.0],
    "min_edge": [1e-4, 0.5],
    "nan_mix": [nan, 1.5, 2.0],
    "nan_only": [nan, nan],
    "inf_mix": [inf, -inf, 1.5],
    "inf_int": [inf, 2.0, -3.0],
    "nonfinite": [nan, inf, -inf],
    "nan_sci": [nan, 1e10, 1.0],
    "negzero": [-0.0, 0.0],
    "negzero_int": [-0.0, 1.0],
    "negzero_fixed": [-0.0, 1.5],
    "negzero_sci": [-0.0, 1e-8],
    "zeros": [0.0, 0.0, 0.0],
    "mixed_sign_sci": [-1.2345e-7, 3.0e5, 42.0],
}
for dt in FLOATS:
    dn = DTYPES[dt]
    for key, vals in FLOAT_VALUES.items():
        add("%s_%s" % (dn, key), torch.tensor(vals, dtype=dt))
    for v in [3.0, 3.5, -2.25, 1e10, 1e-10, nan, -inf, -0.0, 0.0]:
        add("%s_scalar_%r" % (dn, v), torch.tensor(v, dtype=dt))
    add(dn + "_empty", torch.zeros(0, dtype=dt))
    add(dn + "_empty_0x3", torch.zeros(0, 3, dtype=dt))
    add(dn + "_empty_2x0x3", torch.zeros(2, 0, 3, dtype=dt))

torch.manual_seed(0)
for dt in FLOATS:
    dn = DTYPES[dt]
    add(dn + "_randn_5", torch.randn(5).to(dt))
    add(dn + "_randn_3x4", torch.randn(3, 4).to(dt))
    add(dn + "_randn_2x3x4", torch.randn(2, 3, 4).to(dt))
    add(dn + "_randn_2x2x2x2", torch.randn(2, 2, 2, 2).to(dt))
    add(dn + "_randn_30", torch.randn(30).to(dt))
    add(dn + "_arange_50", torch.arange(50).to(dt))
    add(dn + "_big_2000", (torch.randn(2000) * 100).to(dt))
    add(dn + "_big_40x40", torch.randn(40, 40).to(dt))
    add(dn + "_big_11x11x11", torch.randn(11, 11, 11).to(dt))
    add(dn + "_transposed", torch.randn(4, 5).to(dt).t())
    add(dn + "_stepped", torch.arange(20).to(dt)[::3])
    add(dn + "_sliced_2d", torch.randn(6, 6).to(dt)[::2, 1::2])

# Specials where float16/bfloat16 differ from float32.
add("float16_max", torch.tensor([65504.0, 1.0], dtype=torch.float16))
add("float16_subnormal", torch.tensor([6e-8, 1.0], dtype=torch.float16))
add("float16_overflow", torch.tensor([1e5, 1.0], dtype=torch.float16))
add("bfloat16_big", torch.tensor([3e38, 1.0], dtype=torch.bfloat16))
add("float32_precise", torch.tensor([1.00005, 2.00015, 0.33333334]))
add("float64_precise", torch.tensor([1.00005, 2.00015, 1 / 3], dtype=torch.float64))
add("float32_ties", torch.tensor([0.5, 1.5, 2.5, 0.125, 0.375]))
add("float64_huge", torch.tensor([1e300, -1e-300], dtype=torch.float64))
add("float64_subnormal", torch.tensor([5e-324, 1.0], dtype=torch.float64))
add("float32_1e8", torch.tensor([1e8, 1.0]))
add("float32_1e8_plus", torch.tensor([1e8 + 8, 1.0]))
add("float32_ratio_1000", torch.tensor([1.0, 1000.0]))
add("float32_ratio_1001", torch.tensor([1.0, 1001.0]))
add("float32_large_ints_sci", torch.tensor([123456789.0, -5.0]))

for dt in INTS:
    dn = DTYPES[dt]
    info = torch.iinfo(dt)
    add(dn + "_small", torch.tensor([1, 2, 3], dtype=dt))
    add(dn + "_extremes", torch.tensor([info.min, 0, info.max], dtype=dt))
    add(dn + "_2x3", torch.tensor([[1, 20, 3], [4, 5, 100]], dtype=dt))
    add(dn + "_3d", torch.arange(24, dtype=dt).reshape(2, 3, 4))
    add(dn + "_4d", torch.arange(48).reshape(2, 2, 3, 4).to(dt))
    add(dn + "_scalar", torch.tensor(7, dtype=dt))
    add(dn + "_scalar_max", torch.tensor(info.max, dtype=dt))
    add(dn + "_empty", torch.zeros(0, dtype=dt))
    add(dn + "_empty_0x3", torch.zeros(0, 3, dtype=dt))
    add(dn + "_wrap_60", torch.arange(60).to(dt))
    add(dn + "_big_2000", torch.randint(0, 100, (2000,)).to(dt))
    add(dn + "_big_50x50", torch.randint(0, 100, (50, 50)).to(dt))
    add(dn + "_transposed", torch.arange(12, dtype=dt).reshape(3, 4).t())
    add(dn + "_stepped", torch.arange(40, dtype=dt)[1::4])
    add(dn + "_rand_2x3x4x5", torch.randint(0, 100, (2, 3, 4, 5)).to(dt))
for dt in [torch.int8, torch.int16, torch.int32, torch.int64]:
    add(DTYPES[dt] + "_negative", torch.tensor([-5, 10, -100], dtype=dt))
add("int64_huge", torch.tensor([-(2**63), 2**63 - 1, 12345678901234]))

add("bool_small", torch.tensor([True, False, True]))
add("bool_2x2", torch.tensor([[True, False], [False, True]]))
add("bool_scalar_true", torch.tensor(True))
add("bool_scalar_false", torch.tensor(False))
add("bool_empty", torch.zeros(0, dtype=torch.bool))
add("bool_empty_2x0", torch.zeros(2, 0, dtype=torch.bool))
add("bool_all_true", torch.ones(5, dtype=torch.bool))
add("bool_wrap_40", torch.randn(40) > 0)
add("bool_big_2000", torch.randn(2000) > 0)
add("bool_big_3d", torch.randn(12, 10, 10) > 0)
add("bool_transposed", (torch.randn(3, 4) > 0).t())

# Print options.
x = torch.randn(4, 6)
r = torch.arange(10)
f = torch.tensor([1.123456789, -22.5, 333.0])
add("opt_precision_2", f, precision=2)
add("opt_precision_0", f, precision=0)
add("opt_precision_10", f, precision=10)
add("opt_precision_64", torch.tensor([0.1, 2.0], dtype=torch.float64), precision=64)
add("opt_precision_64_dbl_max", torch.tensor([-1.7976931348623157e308, 0.5], dtype=torch.float64),
    precision=64, sci_mode=False)
add("opt_precision_64_sci", torch.tensor([1e-300, 0.5], dtype=torch.float64), precision=64)
add("opt_precision_2_sci", torch.tensor([1e-6, 1.0]), precision=2)
add("opt_precision_1_2d", x, precision=1)
add("opt_sci_true", f, sci_mode=True)
add("opt_sci_true_int", torch.tensor([1.0, 2.0, 30.0]), sci_mode=True)
add("opt_sci_true_zeros", torch.zeros(3), sci_mode=True)
add("opt_sci_true_nan", torch.tensor([nan, 1.5]), sci_mode=True)
add("opt_sci_false_small", torch.tensor([1e-6, 1.0]), sci_mode=False)
add("opt_sci_false_big", torch.tensor([1e10, 1.0]), sci_mode=False)
add("opt_sci_false_huge", torch.tensor([1e30, 2.0]), sci_mode=False)
add("opt_sci_false_ints", torch.tensor([1.0, 2e9]), sci_mode=False)
add("opt_sci_true_int_tensor", r, sci_mode=True)
add("opt_sci_true_2d", x, sci_mode=True)
add("opt_threshold_5", r, threshold=5)
add("opt_threshold_5_float", r.float(), threshold=5)
add("opt_threshold_5_2d", torch.arange(64).reshape(8, 8), threshold=5)
add("opt_threshold_0_scalar", torch.tensor(2.5), threshold=0)
add("opt_threshold_10_exact", r, threshold=10)
add("opt_threshold_9", r, threshold=9)
add("opt_threshold_float", r, threshold=9.5)
add("opt_edgeitems_1", torch.randn(2000), edgeitems=1)
add("opt_edgeitems_1_3d", torch.randn(10, 10, 20), edgeitems=1)
add("opt_edgeitems_5", torch.randn(2000), edgeitems=5)
add("opt_edgeitems_0_1d", r, edgeitems=0, threshold=5)
add("opt_edgeitems_10_small", torch.randn(30, 30), edgeitems=20)
add("opt_edgeitems_2_threshold_3", torch.arange(25).reshape(5, 5), edgeitems=2, threshold=3)
add("opt_linewidth_40", torch.randn(20), linewidth=40)
add("opt_linewidth_120", torch.randn(40), linewidth=120)
add("opt_linewidth_10", torch.randn(3, 4), linewidth=10)
add("opt_linewidth_5", torch.arange(8), linewidth=5)
add("opt_linewidth_0", torch.arange(8), linewidth=0)
add("opt_linewidth_200_big", torch.randn(50, 50), linewidth=200)
add("opt_profile_short", torch.randn(2000), profile="short")
add("opt_profile_short_2d", torch.randn(5, 5), profile="short")
add("opt_profile_full", torch.arange(1500), profile="full")
add("opt_profile_full_float", torch.randn(1100), profile="full")
add("opt_profile_default", torch.randn(2000), profile="default")
add("opt_profile_short_precision", torch.randn(5), profile="short", precision=6)
add("opt_profile_unknown", torch.randn(5), profile="nonsense", precision=3)
add("opt_profile_full_sci", torch.tensor([1e-6, 1.0]), profile="full", sci_mode=False)

# Default dtype.
for dd in [torch.float64, torch.float16, torch.bfloat16]:
    dn = DTYPES[dd]
    add("default_%s_f32" % dn, torch.tensor([1.5, 2.0], dtype=torch.float32), default=dd)
    add("default_%s_f64" % dn, torch.tensor([1.5, 2.0], dtype=torch.float64), default=dd)
    add("default_%s_self" % dn, torch.tensor([1.5, 2.0], dtype=dd), default=dd)
    add("default_%s_int64" % dn, torch.tensor([1, 2]), default=dd)
    add("default_%s_empty_self" % dn, torch.zeros(0, dtype=dd), default=dd)
    add("default_%s_empty_f32" % dn, torch.zeros(0, 2), default=dd)

# requires_grad and the suffix line-length rule.
add("grad_small", torch.tensor([1.5, 2.0]), requires_grad=True)
add("grad_scalar", torch.tensor(1.0), requires_grad=True)
add("grad_f64", torch.tensor([1.5, 2.0], dtype=torch.float64), requires_grad=True)
add("grad_2d", torch.randn(3, 3), requires_grad=True)
add("grad_empty", torch.zeros(0, 4), requires_grad=True)
add("grad_empty_1d", torch.zeros(0), requires_grad=True)
add("grad_empty_f64", torch.zeros(0, dtype=torch.float64), requires_grad=True)
add("grad_wrap_20", torch.randn(20), requires_grad=True)
add("grad_big", torch.randn(2000), requires_grad=True)
add("grad_f16_long", torch.randn(9).half(), requires_grad=True)
for n in range(6, 14):
    add("suffix_int32_%d" % n, torch.arange(n, dtype=torch.int32) + 10000)
for n in range(5, 10):
    add("suffix_f64_grad_%d" % n, torch.randn(n, dtype=torch.float64), requires_grad=True)
add("suffix_linewidth_30", torch.tensor([1, 2], dtype=torch.int8), linewidth=30)
add("suffix_linewidth_10", torch.tensor([1, 2], dtype=torch.int8), linewidth=10)
add("suffix_empty_linewidth_20", torch.zeros(0, 3, dtype=torch.int16), linewidth=20)
add("suffix_grad_linewidth_20", torch.zeros(2, dtype=torch.float64), linewidth=20,
    requires_grad=True)

# Views with offsets and odd strides.
base = torch.randn(8, 9, 10)
add("view_permute", base.permute(2, 0, 1)[:3, :2])
add("view_select_offset", base[3, 2:5, 1::3])
add("view_big_transposed", base.transpose(0, 2))
add("view_expand", torch.tensor([1.5, 2.0]).expand(3, 2))
add("view_expand_big", torch.arange(40).expand(40, 40))
add("view_zero_stride_scalar", torch.tensor(2.5).expand(()))
add("view_diag", torch.arange(25.0).reshape(5, 5).diagonal())
add("view_unfold", torch.arange(10).unfold(0, 4, 2))
add("view_int16_offset", torch.arange(30, dtype=torch.int16).reshape(5, 6)[2:, 3:])
add("view_bool_stepped", (torch.arange(30) % 3 == 0)[2::5])
add("view_0dim_select", torch.arange(6.0)[4])
add("view_f16_transposed_big", torch.randn(60, 30).half().t())

# Higher ranks and size-1 dims.
add("rank5", torch.arange(32.0).reshape(2, 2, 2, 2, 2))
add("rank6_int", torch.arange(64).reshape(2, 2, 2, 2, 2, 2))
add("size1_dims", torch.tensor([[[1.5]]]))
add("size1_column", torch.arange(4.0).reshape(4, 1))
add("big_4d", torch.randn(10, 10, 10, 10))
add("big_rows_3x500", torch.randn(3, 500))
add("big_cols_500x3", torch.randn(500, 3))
add("big_1001", torch.arange(1001.0))
add("exact_1000", torch.arange(1000.0))

with open(sys.argv[1], "w") as out:
    out.write("".join(cases))
print("%d cases" % len(cases), file=sys.stderr)
