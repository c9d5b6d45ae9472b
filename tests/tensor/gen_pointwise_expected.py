"""Expected results for tests/tensor/test_pointwise.cpp, computed by PyTorch 1.13.1.

Usage: /usr/bin/python3 gen_pointwise_expected.py OUT_FILE
Records and inputs as in gen_common.py (tensor_test_util.cpp on the C++ side).
"""

import sys

import torch
import torch.nn.functional as F

from gen_common import DTYPES, case, inp, with_out, write

# Same lists in test_pointwise.cpp.
TYPES = ["Bool", "Byte", "Int", "Long", "Half", "Float", "Double", "BFloat16"]
PAIRS = [("s23", "s3"), ("s0d", "s23"), ("s03", "s3"), ("t23", "s23"), ("s413", "s21")]
SCALARS = {"int": 2, "float": 2.5, "bool": True, "negint": -3}

UNARY = {  # ORDER UNARY POINTWISE, then predicates
    "sign": torch.sign, "exp2": torch.exp2, "expm1": torch.expm1, "log2": torch.log2,
    "log10": torch.log10, "log1p": torch.log1p, "rsqrt": torch.rsqrt, "tan": torch.tan,
    "asin": torch.asin, "acos": torch.acos, "atan": torch.atan, "sinh": torch.sinh,
    "cosh": torch.cosh, "floor": torch.floor, "ceil": torch.ceil, "round": torch.round,
    "trunc": torch.trunc, "frac": torch.frac, "reciprocal": torch.reciprocal,
    "square": torch.square, "relu6": F.relu6, "selu": F.selu, "silu": F.silu, "mish": F.mish,
    "hardswish": F.hardswish, "hardsigmoid": F.hardsigmoid, "logical_not": torch.logical_not,
    "bitwise_not": torch.bitwise_not, "isnan": torch.isnan, "isinf": torch.isinf,
    "isfinite": torch.isfinite,
}
# In-place and out= spellings where they differ from torch.<name>_ / torch.<name>(out=).
INPLACE = {"relu6": lambda t: F.relu6(t, inplace=True), "selu": torch.selu_,
           "silu": lambda t: F.silu(t, inplace=True), "mish": lambda t: F.mish(t, inplace=True),
           "hardswish": lambda t: F.hardswish(t, inplace=True),
           "hardsigmoid": lambda t: F.hardsigmoid(t, inplace=True)}
NN_OUT = {"silu", "mish", "hardswish", "hardsigmoid"}
PREDICATES = {"isnan", "isinf", "isfinite"}


def unary_cases():
    for op, fn in UNARY.items():
        for dt in TYPES:
            for shape in ("s23", "s0d", "s03", "t23"):
                case(f"{op}_{dt}_{shape}", lambda fn=fn, dt=dt, shape=shape: fn(inp(shape, dt)))
        if op in PREDICATES:
            continue
        ip = INPLACE.get(op, lambda t, op=op: getattr(t, op + "_")())
        for dt, shape in (("Float", "t23"), ("Int", "s23")):
            case(f"{op}__{dt}_{shape}", lambda ip=ip, dt=dt, shape=shape: with_out(ip, inp(shape, dt)))
        if op in ("relu6", "selu"):
            continue  # no out= in PyTorch
        mod = torch._C._nn if op in NN_OUT else torch
        case(f"{op}_out_Double", lambda op=op, mod=mod: with_out(
            lambda o: getattr(mod, op)(inp("s23", "Float"), out=o), torch.zeros(1, dtype=torch.float64)))
        case(f"{op}_out_Long", lambda op=op, mod=mod: with_out(
            lambda o: getattr(mod, op)(inp("s23", "Float"), out=o), torch.zeros(1, dtype=torch.int64)))


PARAM_UNARY = {  # same list in test_pointwise.cpp
    "leaky_relu": lambda x: F.leaky_relu(x, 0.2),
    "leaky_relu_default": lambda x: F.leaky_relu(x),
    "elu": lambda x: torch._C._nn.elu(x, 0.5, 2.0, 1.5),
    "elu_default": lambda x: F.elu(x),
    "gelu": lambda x: F.gelu(x),
    "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "hardtanh": lambda x: F.hardtanh(x, -0.5, 2.0),
    "hardtanh_int": lambda x: F.hardtanh(x, -2, 1),
    "softplus": lambda x: F.softplus(x, 2.0, 1.0),
    "softplus_default": lambda x: F.softplus(x),
    "clamp": lambda x: torch.clamp(x, -1, 2),
    "clamp_float": lambda x: torch.clamp(x, -1.5, 2.25),
    "clamp_min": lambda x: torch.clamp(x, min=0.5),
    "clamp_max": lambda x: torch.clamp(x, max=-1),
    "clamp_crossed": lambda x: torch.clamp(x, 2, 1),
    "clip": lambda x: torch.clip(x, -2, 2),
    "nan_to_num": lambda x: torch.nan_to_num(x),
    "nan_to_num_args": lambda x: torch.nan_to_num(x, 1.5, 100.0, -100.0),
    "pow_2": lambda x: torch.pow(x, 2),
    "pow_3": lambda x: torch.pow(x, 3),
    "pow_half": lambda x: torch.pow(x, 0.5),
    "pow_negint": lambda x: torch.pow(x, -2),
    "pow_negfloat": lambda x: torch.pow(x, -1.0),
    "pow_bool": lambda x: torch.pow(x, True),
    "rpow_int": lambda x: torch.pow(2, x),
    "rpow_float": lambda x: torch.pow(1.5, x),
    "rpow_negint": lambda x: torch.pow(-2, x),
}


def param_cases():
    for op, fn in PARAM_UNARY.items():
        for dt in TYPES:
            for shape in ("s23", "t23"):
                case(f"{op}_{dt}_{shape}", lambda fn=fn, dt=dt, shape=shape: fn(inp(shape, dt)))


BINARY = {  # ORDER BINARY POINTWISE
    "true_divide": torch.true_divide, "floor_divide": torch.floor_divide,
    "remainder": torch.remainder, "fmod": torch.fmod, "pow": torch.pow, "atan2": torch.atan2,
    "maximum": torch.maximum, "minimum": torch.minimum, "logical_and": torch.logical_and,
    "logical_or": torch.logical_or, "logical_xor": torch.logical_xor,
    "bitwise_and": torch.bitwise_and, "bitwise_or": torch.bitwise_or,
    "bitwise_xor": torch.bitwise_xor,
}


# Ops whose schemas also take a Python number as `other`.
SCALAR_OPS = {"true_divide", "floor_divide", "remainder", "fmod", "pow", "bitwise_and",
              "bitwise_or", "bitwise_xor"}


def binary_cases():
    for op, fn in BINARY.items():
        for x in TYPES:
            for y in TYPES:
                case(f"{op}_{x}_{y}", lambda fn=fn, x=x, y=y: fn(inp("s23", x), inp("s23", y, 1)))
        for x in ("Float", "Long"):
            for a, b in PAIRS:
                case(f"{op}_{x}_{a}_{b}", lambda fn=fn, x=x, a=a, b=b: fn(inp(a, x), inp(b, x, 1)))
        for x in TYPES if op in SCALAR_OPS else []:
            for sname, s in SCALARS.items():
                case(f"{op}_{x}_scalar_{sname}", lambda fn=fn, x=x, s=s: fn(inp("s23", x), s))
        case(f"{op}_out_Double", lambda fn=fn: with_out(
            lambda o: fn(inp("s23", "Int"), inp("s3", "Int", 1), out=o),
            torch.zeros(1, dtype=torch.float64)))
        if op in ("maximum", "minimum"):
            continue  # no in-place form in PyTorch
        case(f"{op}__Float", lambda op=op: with_out(
            lambda t: getattr(t, op + "_")(inp("s3", "Float", 1)), inp("t23", "Float")))
        case(f"{op}__Int", lambda op=op: with_out(
            lambda t: getattr(t, op + "_")(inp("s23", "Int", 1)), inp("s23", "Int")))


def special_cases():
    sp = torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5, 0.0, -0.0, float("nan"), float("inf"),
                       -float("inf"), 1e30, -7.25])
    for dt in ("Float", "Double", "Half", "BFloat16"):
        t = sp.to(DTYPES[dt])
        for op in ("round", "floor", "ceil", "trunc", "frac", "sign", "isnan", "isinf",
                   "isfinite", "nan_to_num", "reciprocal", "rsqrt", "expm1", "log1p"):
            case(f"special_{op}_{dt}", lambda op=op, t=t: getattr(torch, op)(t.clone()))
        # gelu is left out: PyTorch's vectorised float path turns -0.0 into +0.0.
        for op in ("silu", "mish", "softplus", "hardswish", "selu", "relu6"):
            case(f"special_{op}_{dt}", lambda op=op, t=t: getattr(F, op)(t.clone()))
        case(f"special_nan_to_num_args_{dt}", lambda t=t: torch.nan_to_num(t, 1.5, 2.0, -3.0))
        case(f"special_clamp_{dt}", lambda t=t: torch.clamp(t, -1, 1))
    a = torch.tensor([5.0, -5.0, 0.0, 7.5, -7.5, float("inf"), 3.0, -3.0, float("nan"), 1.0])
    b = torch.tensor([0.0, 0.0, -2.0, -2.0, 2.0, 2.0, float("inf"), -float("inf"), 1.0, -0.0])
    for op in ("remainder", "fmod", "floor_divide", "maximum", "minimum", "atan2", "pow"):
        case(f"special_{op}", lambda op=op: getattr(torch, op)(a, b))
    ia = torch.tensor([7, -7, 7, -7, 0, 5])
    ib = torch.tensor([2, 2, -2, -2, 3, -1])
    for op in ("remainder", "fmod", "floor_divide"):
        case(f"int_{op}", lambda op=op: getattr(torch, op)(ia, ib))
        case(f"int_{op}_zero", lambda op=op: getattr(torch, op)(ia, torch.tensor([1, 1, 1, 1, 0, 1])))
    case("int_pow_neg", lambda: torch.pow(torch.tensor([2, -1, 1, 0, 3, -1]),
                                          torch.tensor([-1, -3, -2, 2, 2, 4])))
    case("int_pow_overflow", lambda: torch.pow(torch.tensor([3, 7], dtype=torch.int32),
                                               torch.tensor([40, 30], dtype=torch.int32)))
    case("int_pow_scalar_neg_error", lambda: torch.pow(torch.tensor([2, 3]), -1))
    case("bitwise_and_float_error", lambda: torch.bitwise_and(inp("s23", "Float"), inp("s23", "Int")))


def clamp_lerp_cases():
    for dt in ("Float", "Int", "Long", "Double"):
        case(f"clamp_tensor_{dt}", lambda dt=dt: torch.clamp(inp("s23", dt), inp("s3", dt, 1),
                                                             inp("s21", dt, 2)))
        case(f"clamp_tensor_min_{dt}", lambda dt=dt: torch.clamp(inp("s23", dt), min=inp("s3", dt, 1)))
        case(f"clamp_tensor_max_{dt}", lambda dt=dt: torch.clamp(inp("t23", dt), max=inp("s0d", dt, 1)))
    case("clamp_tensor_mixed", lambda: torch.clamp(inp("s23", "Int"), inp("s3", "Float", 1)))
    case("clamp_none_error", lambda: torch.clamp(inp("s23", "Float")))
    case("clamp_out_Double", lambda: with_out(
        lambda o: torch.clamp(inp("s23", "Float"), -1, 1, out=o), torch.zeros(1, dtype=torch.float64)))
    case("clamp__Int_float_error", lambda: with_out(lambda t: t.clamp_(-1.5, 1), inp("s23", "Int")))
    case("clamp__Float", lambda: with_out(lambda t: t.clamp_(-1, 1), inp("t23", "Float")))
    case("clamp__tensor", lambda: with_out(lambda t: t.clamp_(inp("s3", "Float", 1)), inp("s23", "Float")))
    case("clamp_nan_bound", lambda: torch.clamp(inp("s23", "Float"),
                                                torch.tensor([float("nan"), 0.0, 0.0]), inp("s3", "Float", 1)))
    for dt in ("Float", "Double", "BFloat16", "Half", "Long"):
        for w in (0.25, 0.75, -1.5, 2):
            case(f"lerp_{dt}_{w}", lambda dt=dt, w=w: torch.lerp(inp("s23", dt), inp("s3", dt, 1), w))
        case(f"lerp_tensor_{dt}", lambda dt=dt: torch.lerp(inp("s23", dt), inp("s3", dt, 1),
                                                           inp("s21", dt, 2) / 4))
    case("lerp_end_dtype_error", lambda: torch.lerp(inp("s23", "Float"), inp("s23", "Double"), 0.5))
    case("lerp_weight_dtype_error", lambda: torch.lerp(inp("s23", "Float"), inp("s23", "Float"),
                                                       inp("s23", "Double")))
    case("lerp_out_Double", lambda: with_out(
        lambda o: torch.lerp(inp("s23", "Float"), inp("s3", "Float", 1), 0.3, out=o),
        torch.zeros(1, dtype=torch.float64)))
    case("lerp__Float", lambda: with_out(lambda t: t.lerp_(inp("s3", "Float", 1), 0.6), inp("t23", "Float")))


def masked_fill_cases():
    for dt in TYPES:
        for vname, v in (("int", 3), ("float", -2.75), ("bool", True)):
            case(f"masked_fill_{dt}_{vname}", lambda dt=dt, v=v: inp("s23", dt).masked_fill(
                inp("s3", "Bool", 1), v))
        case(f"masked_fill__{dt}", lambda dt=dt: with_out(
            lambda t: t.masked_fill_(inp("s23", "Bool", 2), 7), inp("t23", dt)))
    case("masked_fill_tensor_value", lambda: inp("s23", "Int").masked_fill(
        inp("s23", "Bool", 1), torch.tensor(4.5)))
    case("masked_fill_broadcast_self", lambda: inp("s3", "Float").masked_fill(
        inp("s23", "Bool", 1), 1.5))
    case("masked_fill_t23", lambda: inp("t23", "Float").masked_fill(inp("s23", "Bool", 1), 1.5))
    case("masked_fill_0d", lambda: inp("s0d", "Long").masked_fill(torch.tensor(True), 9))
    case("masked_fill_empty", lambda: inp("s03", "Float").masked_fill(inp("s3", "Bool"), 9))
    case("masked_fill_value_dim_error", lambda: inp("s23", "Int").masked_fill(
        inp("s23", "Bool", 1), torch.tensor([4.5])))
    case("masked_fill_mask_long_error", lambda: inp("s23", "Float").masked_fill(
        inp("s23", "Long", 1), 1.0))


unary_cases()
param_cases()
binary_cases()
special_cases()
clamp_lerp_cases()
masked_fill_cases()

write(sys.argv[1])
