"""Writes what PyTorch's CPU generator produces, for tests/tensor/test_random.cpp.

Usage: /usr/bin/python3 gen_random_expected.py OUT_FILE

One case per line:  op dtype seed n p1 p2 | v1 v2 ...
  seed -1 means "continue with the generator as the previous line left it".
  Parameters and float values are written with float.hex (exact); ints in decimal.
"""
import math
import sys

import torch
import torch.nn.functional as F

SEEDS = [0, 1, 42, 123456789, 2**32 + 5]
SIZES = [1, 7, 15, 16, 17, 100, 1000]
FLOATS = {"float32": torch.float32, "float64": torch.float64}

out = []


def fmt(v):
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, int):
        return str(v)
    return float(v).hex()


def emit(op, dtype, seed, n, p1, p2, values):
    head = " ".join([op, dtype, str(seed), str(n), fmt(p1), fmt(p2)])
    out.append(head + " | " + " ".join(fmt(v) for v in values))


def seeded(seed):
    if seed >= 0:
        torch.manual_seed(seed)


def side_generator(seed):
    """Inputs that are not under test (p tensors, dropout inputs) come from a second one."""
    g = torch.Generator()
    g.manual_seed(seed + 1)
    return g


def uniform_cases():
    for seed in SEEDS:
        for n in SIZES:
            for name, dt in FLOATS.items():
                seeded(seed)
                emit("rand", name, seed, n, 0.0, 1.0, torch.rand(n, dtype=dt).tolist())
                for a, b in [(-2.5, 3.25), (-1 / math.sqrt(3), 1 / math.sqrt(3)), (5.0, 5.0)]:
                    seeded(seed)
                    t = torch.empty(n, dtype=dt).uniform_(a, b)
                    emit("uniform", name, seed, n, a, b, t.tolist())


def normal_cases():
    for seed in SEEDS:
        for n in SIZES + [31, 32, 33, 48]:
            for name, dt in FLOATS.items():
                seeded(seed)
                emit("randn", name, seed, n, 0.0, 1.0, torch.randn(n, dtype=dt).tolist())
                for mean, std in [(1.5, 0.02), (-3.0, 7.25)]:
                    seeded(seed)
                    t = torch.empty(n, dtype=dt).normal_(mean, std)
                    emit("normal", name, seed, n, mean, std, t.tolist())


def randint_cases():
    ranges = [(0, 10), (-5, 5), (0, 2**31), (-(2**40), 2**40), (3, 2**32 + 3), (0, 1)]
    dtypes = {"int64": torch.int64, "int32": torch.int32,
              "float32": torch.float32, "float64": torch.float64}
    for seed in SEEDS:
        for n in SIZES:
            for lo, hi in ranges:
                for name, dt in dtypes.items():
                    if name == "int32" and hi > 2**31:
                        continue
                    if name == "float32" and hi > 2**24:
                        continue
                    seeded(seed)
                    t = torch.randint(lo, hi, (n,), dtype=dt)
                    emit("randint", name, seed, n, lo, hi, [int(v) for v in t.tolist()])


def randperm_cases():
    for seed in SEEDS:
        for n in [0, 1, 2, 7, 16, 100, 1000, 5000]:
            seeded(seed)
            emit("randperm", "int64", seed, n, 0, 0, torch.randperm(n).tolist())


def bernoulli_cases():
    for seed in SEEDS:
        for n in SIZES:
            for name, dt in FLOATS.items():
                for p in [0.0, 0.3, 0.5, 0.9, 1.0]:
                    seeded(seed)
                    t = torch.empty(n, dtype=dt).bernoulli_(p)
                    emit("bernoulli", name, seed, n, p, 0.0, t.tolist())
                # p tensor of the same dtype, drawn from the side generator
                p = torch.rand(n, dtype=dt, generator=side_generator(seed))
                seeded(seed)
                emit("bernoulli_tensor", name, seed, n, 0.0, 0.0, torch.bernoulli(p).tolist())


def dropout_cases():
    for seed in SEEDS:
        for n in SIZES:
            for name, dt in FLOATS.items():
                for p in [0.1, 0.5, 0.8]:
                    x = torch.empty(n, dtype=dt).uniform_(-2, 2, generator=side_generator(seed))
                    seeded(seed)
                    y = F.dropout(x, p, training=True)
                    emit("dropout", name, seed, n, p, 0.0, y.tolist())


def exponential_cases():
    for seed in SEEDS:
        for n in SIZES:
            for name, dt in FLOATS.items():
                seeded(seed)
                t = torch.empty(n, dtype=dt).exponential_(1.5)
                emit("exponential", name, seed, n, 1.5, 0.0, t.tolist())


class RecordUniform:
    """Records the (from, to) that torch.nn.init passes to Tensor.uniform_."""

    def __enter__(self):
        self.calls = []
        self.orig = torch.Tensor.uniform_
        orig, calls = self.orig, self.calls

        def uniform_(t, a=0.0, b=1.0, **kw):
            calls.append((float(a), float(b)))
            return orig(t, a, b, **kw)

        torch.Tensor.uniform_ = uniform_
        return self

    def __exit__(self, *exc):
        torch.Tensor.uniform_ = self.orig


def init_cases():
    for seed in SEEDS:
        for fan_in, fan_out in [(4, 3), (16, 8), (7, 100)]:
            with RecordUniform() as rec:
                torch.manual_seed(seed)
                lin = torch.nn.Linear(fan_in, fan_out)
            (wa, wb), (ba, bb) = rec.calls
            emit("linear_weight", "float32", seed, fan_in * fan_out, wa, wb,
                 lin.weight.flatten().tolist())
            emit("linear_bias", "float32", -1, fan_out, ba, bb, lin.bias.tolist())
        for n in SIZES:
            for mean, std, a, b in [(0.0, 1.0, -2.0, 2.0), (0.5, 0.02, 0.45, 0.6)]:
                with RecordUniform() as rec:
                    torch.manual_seed(seed)
                    t = torch.nn.init.trunc_normal_(torch.empty(n), mean, std, a, b)
                (lo, hi), = rec.calls
                head = "trunc_normal float32 %d %d %s %s" % (seed, n, fmt(lo), fmt(hi))
                out.append(head + " | " + " ".join(fmt(v) for v in [mean, std, a, b] + t.tolist()))


def erfinv_cases():
    for name, dt in FLOATS.items():
        x = torch.cat([torch.linspace(-1, 1, 4001, dtype=dt),
                       torch.rand(20000, dtype=dt, generator=side_generator(7)) * 2 - 1,
                       torch.tensor([0.7, -0.7, 0.6999999, 0.7000001, 1e-30, -1e-8, 2.0], dtype=dt)])
        y = torch.erfinv(x)
        pairs = [v for xy in zip(x.tolist(), y.tolist()) for v in xy]
        emit("erfinv", name, 0, len(x), 0.0, 0.0, pairs)


def sequence_cases():
    """Interleaved draws on one seed: state continuity and the normal cache."""
    for seed in SEEDS:
        torch.manual_seed(seed)
        emit("randn", "float64", seed, 1, 0.0, 1.0, torch.randn(1, dtype=torch.float64).tolist())
        emit("randn", "float32", -1, 3, 0.0, 1.0, torch.randn(3).tolist())
        emit("rand", "float32", -1, 5, 0.0, 1.0, torch.rand(5).tolist())
        emit("normal", "float32", -1, 1, 2.0, 3.0, torch.empty(1).normal_(2.0, 3.0).tolist())
        emit("randn", "float32", -1, 20, 0.0, 1.0, torch.randn(20).tolist())
        emit("randint", "int64", -1, 9, 0, 2**33, torch.randint(0, 2**33, (9,)).tolist())
        emit("randn", "float64", -1, 2, 0.0, 1.0, torch.randn(2, dtype=torch.float64).tolist())
        state = torch.get_rng_state()
        emit("state", "uint8", -1, len(state), 0, 0, state.tolist())
        emit("initial_seed", "int64", -1, 1, 0, 0, [torch.initial_seed()])


def main():
    uniform_cases()
    normal_cases()
    randint_cases()
    randperm_cases()
    bernoulli_cases()
    dropout_cases()
    exponential_cases()
    init_cases()
    erfinv_cases()
    sequence_cases()
    with open(sys.argv[1], "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
