"""Expected results for tests/tensor/test_*.cpp, computed by PyTorch 1.13.1.

Run with /usr/bin/python3 (Debian's python3-torch):  gen_expected.py OUTPUT
The build runs it; the output is never committed. Records and inputs as in
gen_common.py: the same case names and parameter lists appear in the C++ tests.
"""

import math
import sys

import torch

from gen_common import DTYPES, FLOATS, NAMES, case, inp, with_out, write

# Binary shape pairs, by key (same list in test_binary.cpp).
PAIRS = [("s23", "s23"), ("s23", "s3"), ("s0d", "s23"), ("s03", "s3"), ("t23", "s23"),
         ("s413", "s21"), ("s0d", "s0d")]


# ---------------------------------------------------------------------------
# Creation and elements (test_tensor.cpp)

case("zeros_23_Int", lambda: torch.zeros(2, 3, dtype=torch.int32))
case("ones_0d_Double", lambda: torch.ones((), dtype=torch.float64))
case("full_23_Half", lambda: torch.full((2, 3), 2.5, dtype=torch.float16))
case("full_2_Bool", lambda: torch.full((2,), 3, dtype=torch.bool))
case("full_3_Byte_neg", lambda: torch.full((3,), -1, dtype=torch.uint8))
case("empty_neg", lambda: torch.empty(-1, 2))
for dt in DTYPES:
    case(f"arange_0_5_1_{dt}", lambda dt=dt: torch.arange(0, 5, 1, dtype=DTYPES[dt]))
    case(f"arange_1_2.5_0.5_{dt}", lambda dt=dt: torch.arange(1, 2.5, 0.5, dtype=DTYPES[dt]))
case("arange_10_0_-3_Long", lambda: torch.arange(10, 0, -3, dtype=torch.int64))
case("arange_0.1_1_0.3_Float", lambda: torch.arange(0.1, 1, 0.3, dtype=torch.float32))
for dt in ("Long", "Int", "Byte"):
    for lo, hi, st in ((0.5, 3, 1), (0, 2.5, 1), (0, 5, 1.5), (-1.5, 3, 1)):
        case(f"arange_{lo}_{hi}_{st}_{dt}", lambda lo=lo, hi=hi, st=st, dt=dt: torch.arange(
            lo, hi, st, dtype=DTYPES[dt]))
case("arange_step0", lambda: torch.arange(0, 5, 0))
case("arange_sign", lambda: torch.arange(5, 0, 1))
for dt in DTYPES:
    case(f"inp_s234_{dt}", lambda dt=dt: inp("s234", dt))
    case(f"inp_t23_{dt}", lambda dt=dt: inp("t23", dt, 1))
# Conversions through float -> uint8 wrap via int64; Half/BFloat16 rounding.
case("convert_float_byte", lambda: torch.tensor([-1.5, 300.7, -300.2, 2.9]).to(torch.uint8))
case("convert_float_half", lambda: torch.tensor(
    [1 / 3, 65504.0, 65520.0, 1e-5, 6e-8, -2.5e-8, 1e10, float("nan"), float("-inf")]).half())
case("convert_float_bf16", lambda: torch.tensor(
    [1 / 3, 3.3895e38, 1e-40, -7.7, float("nan"), 1.00390625, 1.01171875]).bfloat16())
case("convert_float_bool", lambda: torch.tensor([0.0, -0.0, 0.5, float("nan")]).bool())
case("convert_double_int", lambda: torch.tensor([-2.7, 2.7, 1e3], dtype=torch.float64).int())

# ---------------------------------------------------------------------------
# Views (test_views.cpp)

a = lambda: inp("s234", "Float")  # noqa: E731
case("view_6_4", lambda: a().view(6, 4))
case("view_neg1", lambda: a().view(-1, 2))
case("view_two_neg1", lambda: a().view(-1, -1))
case("view_bad_numel", lambda: a().view(5, -1))
case("view_bad_dim", lambda: a().view(-2, 12))
case("view_empty_ambiguous", lambda: inp("s03", "Float").view(0, -1))
case("view_empty", lambda: inp("s03", "Float").view(3, 0, 2))
case("view_0d_11", lambda: inp("s0d", "Float").view(1, 1))
case("view_0d_empty_shape", lambda: inp("s0d", "Float").view([]))
case("view_noncontig_ok", lambda: a().transpose(0, 1).view(3, 2, 2, 2))
case("view_noncontig_bad", lambda: a().transpose(1, 2).view(24))
case("view_permuted_split", lambda: a().permute(2, 0, 1).view(2, 2, 6))
case("reshape_copy", lambda: a().transpose(1, 2).reshape(24))
case("reshape_view", lambda: a().transpose(0, 1).reshape(3, 2, 2, 2))
case("reshape_expanded", lambda: inp("s3", "Float").expand(2, 3).reshape(6))
case("flatten_all", lambda: a().flatten())
case("flatten_12", lambda: a().flatten(1, 2))
case("flatten_0d", lambda: inp("s0d", "Float").flatten())
case("flatten_bad", lambda: a().flatten(2, 1))
case("flatten_t", lambda: a().transpose(0, 2).flatten(0, 1))
case("permute_201", lambda: a().permute(2, 0, 1))
case("permute_neg", lambda: a().permute(-1, 0, 1))
case("permute_len", lambda: a().permute(0, 1))
case("permute_dup", lambda: a().permute(0, 0, 1))
case("transpose_02", lambda: a().transpose(0, 2))
case("transpose_range", lambda: a().transpose(0, 3))
case("transpose_0d", lambda: inp("s0d", "Float").transpose(0, -1))
case("t_2d", lambda: inp("s23", "Float").t())
case("t_1d", lambda: inp("s3", "Float").t())
case("t_3d", lambda: a().t())
case("select_1_2", lambda: a().select(1, 2))
case("select_neg", lambda: a().select(-1, -1))
case("select_range", lambda: a().select(0, 2))
case("select_0d", lambda: inp("s0d", "Float").select(0, 0))
case("narrow_2_1_2", lambda: a().narrow(2, 1, 2))
case("narrow_end", lambda: a().narrow(2, 4, 0))
case("narrow_neg_start", lambda: a().narrow(2, -3, 2))
case("narrow_start_range", lambda: a().narrow(1, 4, 0))
case("narrow_length", lambda: a().narrow(1, 1, 5))
case("narrow_0d", lambda: inp("s0d", "Float").narrow(0, 0, 1))
case("slice_step2", lambda: a()[:, :, 1::2])
case("slice_neg", lambda: a()[:, -2:])
case("slice_clamp", lambda: a()[:, 1:100:2])
case("slice_empty", lambda: a()[:, 2:1])
case("slice_dim0", lambda: a()[1:])
case("diagonal_0", lambda: inp("s234", "Float").diagonal())
case("diagonal_off1_12", lambda: a().diagonal(1, 1, 2))
case("diagonal_neg_off", lambda: a().diagonal(-1, 2, 1))
case("diagonal_out_of_range", lambda: a().diagonal(7, 1, 2))
case("diagonal_same", lambda: a().diagonal(0, 1, 1))
case("unfold_2_2_1", lambda: a().unfold(2, 2, 1))
case("unfold_2_3_2", lambda: a().unfold(2, 3, 2))
case("unfold_0d", lambda: inp("s0d", "Float").unfold(0, 1, 1))
case("unfold_too_big", lambda: a().unfold(1, 4, 1))
case("unfold_step0", lambda: a().unfold(1, 2, 0))
case("squeeze_all", lambda: torch.zeros(1, 3, 1, 2).squeeze())
case("squeeze_dim", lambda: torch.zeros(1, 3, 1, 2).squeeze(2))
case("squeeze_dim_not1", lambda: torch.zeros(1, 3, 1, 2).squeeze(1))
case("squeeze_0d", lambda: inp("s0d", "Float").squeeze(0))
case("unsqueeze_0", lambda: a().unsqueeze(0))
case("unsqueeze_end", lambda: a().unsqueeze(-1))
case("unsqueeze_mid_view", lambda: a()[:, 1].unsqueeze(1))
case("unsqueeze_range", lambda: a().unsqueeze(4))
case("expand_lead", lambda: inp("s3", "Float").expand(2, 3))
case("expand_keep", lambda: inp("s21", "Float").expand(-1, 4))
case("expand_lead_one", lambda: inp("s3", "Float").expand(1, 2, 3))
case("expand_0d", lambda: inp("s0d", "Float").expand(2, 2))
case("expand_fewer", lambda: a().expand(3))
case("expand_mismatch", lambda: inp("s23", "Float").expand(2, 4))
case("expand_lead_neg", lambda: inp("s3", "Float").expand(-1, 3))
case("expand_bool_msg", lambda: inp("s23", "Bool").expand(3))
case("as_strided_ok", lambda: a().as_strided([3, 3], [4, 1], 2))
case("as_strided_bounds", lambda: a().as_strided([5, 5], [5, 1]))
case("as_strided_neg", lambda: a().as_strided([2], [-1]))
case("as_strided_view_offset", lambda: a()[1].as_strided([2, 2], [1, 2]))
case("dim_wrap_msg", lambda: a().select(3, 0))

# ---------------------------------------------------------------------------
# Copies (test_copy.cpp)

for src in DTYPES:
    for dst in DTYPES:
        def copy_case(src=src, dst=dst):
            d = inp("t23", dst, 2)
            d.copy_(inp("s3", src))
            return d
        case(f"copy_{src}_{dst}", copy_case)


def copy_into_view():
    base = inp("s234", "Float")
    base[:, 1, ::2].copy_(torch.tensor([[9.0], [8.0]]))
    return base


case("copy_into_view", copy_into_view)
case("copy_bad_shape", lambda: inp("s3", "Float").copy_(inp("s23", "Float")))
case("copy_bad_broadcast", lambda: inp("s3", "Float").copy_(torch.zeros(4)))
case("copy_into_expanded", lambda: inp("s3", "Float").expand(2, 3).copy_(inp("s23", "Float")))
case("clone_t", lambda: inp("t23", "Int").clone())
case("clone_sliced", lambda: inp("s234", "Int")[:, :, ::2].clone())
case("clone_permuted", lambda: inp("s234", "Int").permute(2, 0, 1).clone())
case("clone_expanded", lambda: inp("s3", "Int").expand(2, 3).clone())
case("contiguous_t", lambda: inp("t23", "Short").contiguous())
case("to_double_t", lambda: inp("t23", "Float").to(torch.float64))

# ---------------------------------------------------------------------------
# Type promotion (test_promote.cpp)

for x in DTYPES:
    for y in DTYPES:
        case(f"promote_{x}_{y}", lambda x=x, y=y: NAMES[torch.promote_types(DTYPES[x], DTYPES[y])])
        case(f"can_cast_{x}_{y}", lambda x=x, y=y: int(torch.can_cast(DTYPES[x], DTYPES[y])))
        case(f"result_dim_0d_{x}_{y}",
             lambda x=x, y=y: NAMES[torch.result_type(inp("s23", x), inp("s0d", y))])
    for s, v in (("int", 2), ("float", 2.5), ("bool", True)):
        case(f"result_{x}_{s}", lambda x=x, v=v: NAMES[torch.result_type(inp("s23", x), v)])
        case(f"result_0d_{x}_{s}", lambda x=x, v=v: NAMES[torch.result_type(inp("s0d", x), v)])
case("result_three", lambda: NAMES[(inp("s23", "Byte") + inp("s0d", "Char") + 2.5).dtype])

# ---------------------------------------------------------------------------
# Pointwise (test_binary.cpp, test_unary.cpp)

BINARY = {
    "add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div,
    "div_trunc": lambda a, b: torch.div(a, b, rounding_mode="trunc"),
    "div_floor": lambda a, b: torch.div(a, b, rounding_mode="floor"),
    "add_alpha": lambda a, b: torch.add(a, b, alpha=2), "sub_alpha": lambda a, b: torch.sub(a, b, alpha=3),
    "eq": torch.eq, "ne": torch.ne, "lt": torch.lt, "le": torch.le, "gt": torch.gt, "ge": torch.ge,
    "where": lambda a, b: torch.where(inp("s23", "Bool", 3), a, b),
}  # same list in test_binary.cpp


def binary_cases(x, y, pair):
    for op, fn in BINARY.items():
        case(f"{op}_{x}_{y}_{pair[0]}_{pair[1]}",
             lambda fn=fn: fn(inp(pair[0], x), inp(pair[1], y, 1)))


for x in DTYPES:
    for y in DTYPES:
        binary_cases(x, y, PAIRS[0])
        binary_cases(x, y, PAIRS[2])
for x, y in (("Float", "Float"), ("Int", "Float"), ("Long", "Long"), ("Half", "Half"),
             ("Byte", "Char")):
    for pair in PAIRS:
        binary_cases(x, y, pair)
SCALARS = {"int": 2, "float": 2.5, "bool": True, "negint": -3}
for x in DTYPES:
    for s, v in SCALARS.items():
        for op in ("add", "sub", "mul", "div", "div_floor", "eq", "lt"):
            case(f"{op}_{x}_scalar_{s}", lambda op=op, x=x, v=v: BINARY[op](inp("s23", x), v))
# Float division corner cases: signed zeros, infinities, NaN.
DIVA = [5.0, -5.0, 0.0, -0.0, 7.5, float("inf"), -7.5, float("nan"), 1.0]
DIVB = [0.0, 0.0, -2.0, 3.0, -2.0, 2.0, float("inf"), 1.0, -0.0]
for mode in (None, "trunc", "floor"):
    case(f"div_special_{mode}", lambda mode=mode: torch.div(
        torch.tensor(DIVA), torch.tensor(DIVB), rounding_mode=mode))
case("div_floor_int_neg", lambda: torch.div(torch.tensor([7, -7, 7, -7, 0]),
                                            torch.tensor([2, 2, -2, -2, 3]), rounding_mode="floor"))
case("div_trunc_int_zero", lambda: torch.div(torch.tensor([1, 2]), torch.tensor([1, 0]),
                                             rounding_mode="trunc"))
case("add_alpha_float_int", lambda: torch.add(inp("s23", "Int"), inp("s23", "Int"), alpha=2.5))
case("add_alpha_bool_int", lambda: torch.add(inp("s23", "Int"), inp("s23", "Int"), alpha=True))
case("add_alpha_bool_bool", lambda: torch.add(inp("s23", "Bool"), inp("s23", "Bool", 1), alpha=True))
case("sub_alpha_float", lambda: torch.sub(inp("s23", "Float"), inp("s3", "Float"), alpha=0.5))
case("add_broadcast_error", lambda: inp("s23", "Float") + inp("s413", "Float"))
case("where_cond_long", lambda: torch.where(inp("s23", "Long"), inp("s23", "Float"), inp("s23", "Float")))
case("where_cond_byte", lambda: torch.where(inp("s23", "Byte"), inp("s23", "Float"), inp("s3", "Int")))
case("where_broadcast3", lambda: torch.where(inp("s21", "Bool"), inp("s3", "Float"), inp("s0d", "Double")))


# out= and in-place forms.
case("add_out_resize", lambda: with_out(
    lambda o: torch.add(inp("s23", "Float"), inp("s3", "Float"), out=o), torch.zeros(5)))
case("add_out_int_to_float", lambda: with_out(
    lambda o: torch.add(inp("s23", "Int"), inp("s3", "Int"), out=o), torch.zeros(2, 3)))
case("add_out_float_to_int", lambda: with_out(
    lambda o: torch.add(inp("s23", "Float"), inp("s3", "Int"), out=o), torch.zeros(2, 3, dtype=torch.int64)))
case("add_out_view", lambda: with_out(
    lambda o: torch.add(inp("s23", "Float"), 1, out=o), torch.zeros(3, 2).t()))
case("div_out_float_to_int", lambda: with_out(
    lambda o: torch.div(inp("s23", "Int"), inp("s23", "Int", 1), out=o), torch.zeros(2, 3, dtype=torch.int32)))
case("eq_out_float", lambda: with_out(
    lambda o: torch.eq(inp("s23", "Int"), inp("s3", "Int", 1), out=o), torch.zeros(2, 3)))
case("add__int_float", lambda: inp("s23", "Int").add_(inp("s23", "Float")))
case("add__float_int", lambda: inp("s23", "Float").add_(inp("s23", "Int")))
case("add__int_scalar_float", lambda: inp("s23", "Int").add_(2.5))
case("add__half_float", lambda: inp("s23", "Half").add_(inp("s3", "Float")))
case("add__broadcast_self", lambda: inp("s3", "Float").add_(inp("s23", "Float")))
case("add__expanded", lambda: inp("s3", "Float").expand(2, 3).add_(1))
case("mul__view", lambda: inp("t23", "Long").mul_(inp("s3", "Long", 1)))
case("sub__bool", lambda: inp("s23", "Bool").sub_(inp("s23", "Bool")))
case("div__int", lambda: inp("s23", "Int").div_(inp("s23", "Int", 1)))
case("div__floor_int", lambda: inp("s23", "Int").div_(inp("s23", "Int", 2), rounding_mode="floor"))

UNARY = {"neg": torch.neg, "abs": torch.abs, "relu": torch.relu, "exp": torch.exp,
         "log": torch.log, "sqrt": torch.sqrt, "sin": torch.sin, "cos": torch.cos,
         "tanh": torch.tanh, "sigmoid": torch.sigmoid}  # ORDER UNARY OP
for op, fn in UNARY.items():
    for x in DTYPES:
        for shape in ("s23", "s0d", "s03", "t23"):
            case(f"{op}_{x}_{shape}", lambda fn=fn, x=x, shape=shape: fn(inp(shape, x)))
    case(f"{op}__Int", lambda op=op: getattr(inp("s23", "Int"), op + "_")())
    case(f"{op}__Float_t", lambda op=op: getattr(inp("t23", "Float"), op + "_")())
    if op != "relu":  # torch.relu has no out=
        case(f"{op}_out_Double", lambda fn=fn: with_out(lambda o: fn(inp("s23", "Float"), out=o),
                                                        torch.zeros(1, dtype=torch.float64)))
        case(f"{op}_out_Long", lambda fn=fn: with_out(lambda o: fn(inp("s23", "Float"), out=o),
                                                      torch.zeros(1, dtype=torch.int64)))
# Signed zeros, infinities and NaNs (same list in test_unary.cpp). NaN signs are
# compared (through signbit) only for the ops whose result sign IEEE defines.
UNARY_SPECIAL = [0.0, -0.0, math.nan, -math.nan, math.inf, -math.inf, -1.0, 1e-30, -1e-30, 0.5, 4.0]
for x in FLOATS:
    special = torch.tensor(UNARY_SPECIAL, dtype=torch.float64).to(DTYPES[x])
    for op, fn in UNARY.items():
        case(f"{op}_special_{x}", lambda fn=fn, t=special: fn(t.clone()))
    for op in ("neg", "abs", "relu"):
        case(f"{op}_signbit_{x}", lambda fn=UNARY[op], t=special: torch.signbit(fn(t.clone())))
# Float results over ranges, compared in ulps (test_unary.cpp, UlpsFromPyTorch).
UNARY_RANGES = {"signed": [(i - 2000) / 100 for i in range(4001)],
                "positive": [i / 100 for i in range(1, 4001)]}
for op, key in (("exp", "signed"), ("log", "positive"), ("sqrt", "positive"), ("sin", "signed"),
                ("cos", "signed"), ("tanh", "signed"), ("sigmoid", "signed")):
    for x in ("Float", "Double"):
        case(f"{op}_range_{x}", lambda fn=UNARY[op], key=key, x=x: fn(torch.tensor(
            UNARY_RANGES[key], dtype=torch.float64).to(DTYPES[x])))

# ---------------------------------------------------------------------------
# Reductions (test_reduce.cpp)

REDUCE_DIMS = {"all": None, "d0": (0,), "d1k": (1,), "d02": (0, 2), "dneg": (-1,),
               "d02k": (0, 2)}  # same list in test_reduce.cpp; *k = keepdim


def reduce_call(fn, t, key, **kw):
    dims = REDUCE_DIMS[key]
    if dims is None:
        return fn(t, **kw)
    return fn(t, dims, keepdim=key.endswith("k"), **kw)


for x in DTYPES:
    for key in REDUCE_DIMS:
        for op in ("sum", "mean", "amax", "amin"):
            fn = getattr(torch, op)
            case(f"{op}_{x}_s234_{key}", lambda fn=fn, x=x, key=key: reduce_call(fn, inp("s234", x), key))
            case(f"{op}_{x}_p234_{key}", lambda fn=fn, x=x, key=key: reduce_call(
                fn, inp("s234", x).permute(2, 0, 1), key))
    case(f"sum_{x}_dtype_Double", lambda x=x: torch.sum(inp("s234", x), (1,), dtype=torch.float64))
    case(f"mean_{x}_dtype_Double", lambda x=x: torch.mean(inp("s234", x), (1,), dtype=torch.float64))
    case(f"sum_{x}_0d", lambda x=x: torch.sum(inp("s0d", x), (0,)))
for op in ("sum", "mean", "amax", "amin"):
    fn = getattr(torch, op)
    case(f"{op}_empty_d0", lambda fn=fn: fn(inp("s03", "Float"), (0,)))
    case(f"{op}_empty_d1", lambda fn=fn: fn(inp("s03", "Float"), (1,)))
    case(f"{op}_empty_all", lambda fn=fn: fn(inp("s03", "Float")))
    case(f"{op}_dup_dims", lambda fn=fn: fn(inp("s234", "Float"), (0, -3)))
    case(f"{op}_bad_dim", lambda fn=fn: fn(inp("s234", "Float"), (3,)))
case("mean_dtype_long", lambda: torch.mean(inp("s234", "Float"), (0,), dtype=torch.int64))
case("sum_out_int_to_double", lambda: with_out(
    lambda o: torch.sum(inp("s234", "Int"), (1,), out=o), torch.zeros(1, dtype=torch.float64)))
case("sum_out_dtype_mismatch", lambda: with_out(
    lambda o: torch.sum(inp("s234", "Float"), (1,), dtype=torch.float64, out=o), torch.zeros(1)))
case("amax_out_dtype", lambda: with_out(
    lambda o: torch.amax(inp("s234", "Float"), (1,), out=o), torch.zeros(1, dtype=torch.int64)))
case("amax_nan", lambda: torch.amax(torch.tensor([[1.0, float("nan")], [3.0, 2.0]]), (1,)))
case("amin_nan", lambda: torch.amin(torch.tensor([[float("nan"), 1.0], [3.0, 2.0]]), (0,)))

write(sys.argv[1])
