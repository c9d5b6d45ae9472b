"""Expected results for tests/tensor/test_shape_ops.cpp, computed by PyTorch 1.13.1.

Usage: /usr/bin/python3 gen_shape_expected.py OUTPUT
Records and inputs as in gen_common.py (tensor_test_util.cpp on the C++ side);
case names and parameter lists mirror the C++ test.
"""

import sys

import torch

from gen_common import DTYPES, case, inp, with_out, write

NAN = float("nan")
INF = float("inf")
KEYS = ["s234", "p234", "t23", "s0d", "s03"]
DIM_KEYS = ["s234", "p234", "t23"]

# ---------------------------------------------------------------------------
# Reductions

for x in DTYPES:
    for k in KEYS:
        n = f"{x}_{k}"
        case(f"prod_all_{n}", lambda k=k, x=x: torch.prod(inp(k, x)))
        case(f"max_all_{n}", lambda k=k, x=x: torch.max(inp(k, x)))
        case(f"min_all_{n}", lambda k=k, x=x: torch.min(inp(k, x)))
        case(f"argmax_all_{n}", lambda k=k, x=x: torch.argmax(inp(k, x)))
        case(f"argmin_all_k_{n}", lambda k=k, x=x: torch.argmin(inp(k, x), keepdim=True))
        case(f"all_all_{n}", lambda k=k, x=x: torch.all(inp(k, x)))
        case(f"any_all_{n}", lambda k=k, x=x: torch.any(inp(k, x)))
        for d, kd in ((0, False), (-1, True), (1, False)):
            m = f"{n}_{d}_{int(kd)}"
            case(f"prod_{m}", lambda k=k, x=x, d=d, kd=kd: torch.prod(inp(k, x), d, kd))
            case(f"max_{m}", lambda k=k, x=x, d=d, kd=kd: tuple(torch.max(inp(k, x), d, kd)))
            case(f"min_{m}", lambda k=k, x=x, d=d, kd=kd: tuple(torch.min(inp(k, x), d, kd)))
            case(f"argmax_{m}", lambda k=k, x=x, d=d, kd=kd: torch.argmax(inp(k, x), d, kd))
            case(f"argmin_{m}", lambda k=k, x=x, d=d, kd=kd: torch.argmin(inp(k, x), d, kd))
            case(f"all_{m}", lambda k=k, x=x, d=d, kd=kd: torch.all(inp(k, x), d, kd))
            case(f"any_{m}", lambda k=k, x=x, d=d, kd=kd: torch.any(inp(k, x), d, kd))
            case(f"cumsum_{m}", lambda k=k, x=x, d=d: torch.cumsum(inp(k, x), d))
            case(f"cumprod_{m}", lambda k=k, x=x, d=d: torch.cumprod(inp(k, x), d))
            case(f"logsumexp_{m}", lambda k=k, x=x, d=d, kd=kd: torch.logsumexp(inp(k, x), d, kd))
            case(f"softmax_{m}", lambda k=k, x=x, d=d: torch.softmax(inp(k, x), d))
            case(f"log_softmax_{m}", lambda k=k, x=x, d=d: torch.log_softmax(inp(k, x), d))
            case(f"sort_{m}", lambda k=k, x=x, d=d, kd=kd: tuple(torch.sort(inp(k, x), d, kd)))
            case(f"sort_stable_{m}", lambda k=k, x=x, d=d, kd=kd: tuple(
                torch.sort(inp(k, x), dim=d, descending=kd, stable=True)))
            case(f"argsort_{m}", lambda k=k, x=x, d=d, kd=kd: torch.argsort(inp(k, x), d, kd))
            case(f"topk_{m}", lambda k=k, x=x, d=d, kd=kd: tuple(torch.topk(inp(k, x), 2, d, kd)))
            for c in (0, 1, 2):
                case(f"var_{m}_{c}", lambda k=k, x=x, d=d, kd=kd, c=c: torch.var(
                    inp(k, x), d, correction=c, keepdim=kd))
                case(f"std_{m}_{c}", lambda k=k, x=x, d=d, kd=kd, c=c: torch.std(
                    inp(k, x), d, correction=c, keepdim=kd))
            for p in (2, 1, INF, -INF, 0, 3):
                case(f"norm_{m}_{p}", lambda k=k, x=x, d=d, kd=kd, p=p: torch.norm(
                    inp(k, x), p, d, kd))
        case(f"var_all_{n}", lambda k=k, x=x: torch.var(inp(k, x)))
        case(f"std_all_{n}", lambda k=k, x=x: torch.std(inp(k, x), unbiased=False))
        case(f"norm_all_{n}", lambda k=k, x=x: torch.norm(inp(k, x)))
        case(f"var_02_{n}", lambda k=k, x=x: torch.var(inp(k, x), (0, -1), keepdim=True))
        case(f"norm_fro_01_{n}", lambda k=k, x=x: torch.norm(inp(k, x), "fro", (0, 1)))
        case(f"logsumexp_01_{n}", lambda k=k, x=x: torch.logsumexp(inp(k, x), (0, 1)))
    for dt in ("Long", "Double", "Bool"):
        case(f"prod_dtype_{x}_{dt}", lambda x=x, dt=dt: torch.prod(inp("s234", x), 1,
                                                                    dtype=DTYPES[dt]))
        case(f"cumsum_dtype_{x}_{dt}", lambda x=x, dt=dt: torch.cumsum(inp("s234", x), 1,
                                                                        dtype=DTYPES[dt]))
        case(f"softmax_dtype_{x}_{dt}", lambda x=x, dt=dt: torch.softmax(inp("s234", x), 1,
                                                                          dtype=DTYPES[dt]))

SPECIAL = torch.tensor([[1.0, 3.0, 3.0, NAN, 3.0, NAN], [2.0, -INF, 1.0, INF, 0.0, 2.0],
                        [-INF, -INF, -INF, -INF, -INF, -INF]])
TIES = torch.tensor([1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2] * 8)
for d in (0, 1):
    case(f"special_max_{d}", lambda d=d: tuple(torch.max(SPECIAL, d)))
    case(f"special_min_{d}", lambda d=d: tuple(torch.min(SPECIAL, d)))
    case(f"special_argmax_{d}", lambda d=d: torch.argmax(SPECIAL, d))
    case(f"special_sort_{d}", lambda d=d: tuple(torch.sort(SPECIAL, d)))
    case(f"special_sort_desc_{d}", lambda d=d: tuple(torch.sort(SPECIAL, d, True)))
    case(f"special_topk_{d}", lambda d=d: tuple(torch.topk(SPECIAL, 2, d)))
    case(f"special_topk_small_{d}", lambda d=d: tuple(torch.topk(SPECIAL, 2, d, False)))
    case(f"special_logsumexp_{d}", lambda d=d: torch.logsumexp(SPECIAL, d))
    case(f"special_softmax_{d}", lambda d=d: torch.softmax(SPECIAL, d))
    case(f"special_log_softmax_{d}", lambda d=d: torch.log_softmax(SPECIAL, d))
    case(f"special_norm_{d}", lambda d=d: torch.norm(SPECIAL, INF, d))
    case(f"special_cumsum_{d}", lambda d=d: torch.cumsum(SPECIAL, d))
for s in (False, True):
    for desc in (False, True):
        case(f"ties_sort_{int(s)}_{int(desc)}", lambda s=s, desc=desc: tuple(
            torch.sort(TIES, descending=desc, stable=s)))
for kk in (1, 2, 3, 5, 100, 192):
    for largest in (False, True):
        for srt in (False, True):
            case(f"ties_topk_{kk}_{int(largest)}_{int(srt)}", lambda kk=kk, largest=largest,
                 srt=srt: tuple(torch.topk(TIES, kk, largest=largest, sorted=srt)))
case("ties_argmax", lambda: torch.argmax(TIES))
case("ties_argmin", lambda: torch.argmin(TIES))

F = lambda: inp("s234", "Float")  # noqa: E731
E = lambda: inp("s03", "Float")  # noqa: E731
case("err_max_empty", lambda: torch.max(E()))
case("err_max_empty_dim", lambda: torch.max(E(), 0))
case("max_empty_dim1", lambda: tuple(torch.max(E(), 1)))
case("err_argmax_empty", lambda: torch.argmax(E()))
case("err_argmax_empty_dim", lambda: torch.argmax(E(), 0))
case("err_max_dim", lambda: torch.max(F(), 3))
case("err_prod_dim", lambda: torch.prod(F(), -4))
case("err_var_int", lambda: torch.var(inp("s234", "Long")))
case("err_norm_int", lambda: torch.norm(inp("s234", "Long")))
case("err_softmax_int", lambda: torch.softmax(inp("s234", "Long"), 0))
case("err_log_softmax_int", lambda: torch.log_softmax(inp("s234", "Int"), 0))
case("err_topk_k", lambda: torch.topk(F(), 5))
case("err_topk_neg", lambda: torch.topk(F(), -1))
case("err_cumsum_dim", lambda: torch.cumsum(F(), 3))
case("err_sort_dim", lambda: torch.sort(F(), -4))
case("err_var_dup", lambda: torch.var(F(), (0, 0)))
case("topk_k0", lambda: tuple(torch.topk(F(), 0)))
case("prod_empty", lambda: torch.prod(E()))
case("prod_empty_d0", lambda: torch.prod(E(), 0))
case("all_empty", lambda: torch.all(E()))
case("any_empty_d1", lambda: torch.any(E(), 1))
case("var_one", lambda: torch.var(torch.ones(1)))
case("var_empty", lambda: torch.var(E(), 0))
case("sort_0d", lambda: tuple(torch.sort(torch.tensor(2.5))))
case("max_0d", lambda: tuple(torch.max(torch.tensor(2.5), 0)))


def with_outs(fn, a, b):
    fn((a, b))
    return (a, b)


case("out_prod", lambda: with_out(lambda o: torch.prod(F(), 1, out=o), torch.empty(0)))
case("out_prod_dtype", lambda: with_out(lambda o: torch.prod(F(), 1, out=o),
                                        torch.empty(0, dtype=torch.float64)))
case("out_cumsum", lambda: with_out(lambda o: torch.cumsum(inp("s234", "Int"), 1, out=o),
                                    torch.empty(0, dtype=torch.int64)))
case("out_max", lambda: with_outs(lambda o: torch.max(F(), 1, out=o), torch.empty(0),
                                  torch.empty(0, dtype=torch.int64)))
case("out_sort", lambda: with_outs(lambda o: torch.sort(F(), 1, out=o), torch.empty(0),
                                   torch.empty(0, dtype=torch.int64)))
case("out_softmax", lambda: with_out(lambda o: torch.softmax(F(), 1, out=o), torch.empty(0)))
case("out_argmax", lambda: with_out(lambda o: torch.argmax(F(), 1, out=o),
                                    torch.empty(0, dtype=torch.int64)))

# ---------------------------------------------------------------------------
# Joining and splitting

for x in DTYPES:
    for y in ("Long", "Float", "Bool"):
        case(f"cat_{x}_{y}", lambda x=x, y=y: torch.cat([inp("s234", x), inp("p234", y, 1)], 1))
        case(f"cat0_{x}_{y}", lambda x=x, y=y: torch.cat([inp("t23", x), inp("s23", y, 1)]))
        case(f"stack_{x}_{y}", lambda x=x, y=y: torch.stack([inp("t23", x), inp("s23", y, 1)], -1))
for d in (0, 1, 2, -1, -3):
    case(f"cat_dim_{d}", lambda d=d: torch.cat([F(), F(), inp("p234", "Float")], d))
    case(f"stack_dim_{d}", lambda d=d: torch.stack([inp("s23", "Int"), inp("t23", "Int")], d))
case("cat_legacy_empty", lambda: torch.cat([torch.empty(0, dtype=torch.float64), F()], 2))
case("cat_all_legacy", lambda: torch.cat([torch.empty(0), torch.empty(0, dtype=torch.int64)]))
case("cat_with_empty_rows", lambda: torch.cat([E(), inp("s23", "Float")]))
case("cat_one", lambda: torch.cat([inp("t23", "Half")], 1))
case("err_cat_empty", lambda: torch.cat([]))
case("err_cat_0d", lambda: torch.cat([torch.tensor(1.0), torch.tensor(2.0)]))
case("err_cat_ndim", lambda: torch.cat([inp("s23", "Float"), inp("s3", "Float")]))
case("err_cat_size", lambda: torch.cat([inp("s23", "Float"), inp("t23", "Float").t()], 1))
case("err_cat_dim", lambda: torch.cat([inp("s23", "Float"), inp("s23", "Float")], 2))
case("err_stack_size", lambda: torch.stack([inp("s21", "Float"), inp("s3", "Float")]))
case("err_stack_size2", lambda: torch.stack([torch.zeros(2), torch.zeros(3)]))
case("err_stack_empty", lambda: torch.stack([]))
case("err_stack_dim", lambda: torch.stack([F(), F()], 4))
case("stack_0d", lambda: torch.stack([torch.tensor(1), torch.tensor(2)]))
case("out_cat", lambda: with_out(lambda o: torch.cat([F(), F()], 1, out=o),
                                 torch.empty(0, dtype=torch.float64)))
case("err_out_cat", lambda: with_out(lambda o: torch.cat([F(), F()], 1, out=o),
                                     torch.empty(0, dtype=torch.int64)))
case("out_stack", lambda: with_out(lambda o: torch.stack([F(), F()], 1, out=o), torch.empty(0)))

for k in ("s234", "p234"):
    for d in (0, 1, -1):
        for s in (1, 2, 3, 5):
            case(f"split_{k}_{d}_{s}", lambda k=k, d=d, s=s: torch.split(inp(k, "Float"), s, d))
            case(f"chunk_{k}_{d}_{s}", lambda k=k, d=d, s=s: torch.chunk(inp(k, "Float"), s, d))
case("split_sizes", lambda: torch.split(F(), [1, 0, 3], 2))
case("split_empty", lambda: torch.split(E(), 0, 0))
case("split_empty2", lambda: torch.split(E(), 2, 0))
case("chunk_empty", lambda: torch.chunk(E(), 3, 0))
case("err_split_neg", lambda: torch.split(F(), -1))
case("err_split_zero", lambda: torch.split(F(), 0, 1))
case("err_split_0d", lambda: torch.split(torch.tensor(1.0), 1))
case("err_split_sizes", lambda: torch.split(F(), [1, 1], 1))
case("err_split_sizes_neg", lambda: torch.split(F(), [4, -1], 1))
case("err_chunk_zero", lambda: torch.chunk(F(), 0))
case("err_chunk_0d", lambda: torch.chunk(torch.tensor(1.0), 2))
case("err_chunk_dim", lambda: torch.chunk(F(), 2, 3))

write(sys.argv[1])
