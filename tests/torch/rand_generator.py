# torch.Generator, torch.manual_seed / seed / initial_seed / get_rng_state / set_rng_state.
import torch

g = torch.manual_seed(42)
print(type(g).__name__, g is torch.default_generator, isinstance(g, torch.Generator))
print(torch.initial_seed(), g.initial_seed(), torch.default_generator.initial_seed())
a = torch.rand(4).tolist()
torch.manual_seed(42)
print(a == torch.rand(4).tolist(), a)

# Seeds: big, negative, int-like values.
for s in [0, 1, 2**32 - 1, 2**32 + 5, 2**63 - 1, 2**63, 2**64 - 1, -1, -2**63, 7.9, True]:
    torch.manual_seed(s)
    print(s, torch.initial_seed(), torch.rand(2).tolist(), torch.randn(1).tolist())

# A Generator object is independent of the default one.
gen = torch.Generator()
print(gen.initial_seed(), gen.device, torch.Generator(device="cpu").initial_seed(), torch.Generator("cpu").device)
print(gen.manual_seed(3) is gen)
torch.manual_seed(3)
x = torch.rand(5).tolist()
y = torch.rand(5, generator=gen).tolist()
print(x == y, y)
print(torch.randn(3, generator=gen).tolist(), torch.randint(0, 9, (4,), generator=gen).tolist(),
      torch.randperm(5, generator=gen).tolist())
print(torch.empty(3).uniform_(generator=gen).tolist(), torch.empty(17).normal_(generator=gen).tolist())
print(torch.empty(4).bernoulli_(0.5, generator=gen).tolist(), torch.empty(3).exponential_(generator=gen).tolist())
print(torch.bernoulli(torch.full((4,), 0.5), generator=gen).tolist(), torch.normal(2.0, 3.0, (3,), generator=gen).tolist())
print(torch.rand(2, generator=None).shape, torch.randn(2, 2, generator=None, dtype=torch.float64).dtype)
print(torch.rand(2, 3, generator=gen, dtype=torch.float64).tolist())
o = torch.empty(0)
print(torch.rand(3, generator=gen, out=o).tolist(), o.shape)

# State round trips (the cached normal sample included).
for dt in [torch.float32, torch.float64]:
    torch.manual_seed(10)
    torch.randn(1, dtype=dt)  # leaves a cached second sample
    st = torch.get_rng_state()
    print(st.dtype, st.shape, st[:8].tolist(), st[-8:].tolist())
    first = torch.randn(5, dtype=dt).tolist()
    torch.set_rng_state(st)
    print(first == torch.randn(5, dtype=dt).tolist(), first)
st = gen.get_state()
first = torch.rand(7, generator=gen).tolist()
print(gen.set_state(st) is gen, first == torch.rand(7, generator=gen).tolist())
torch.set_rng_state(gen.get_state())
print(torch.rand(3).tolist() == torch.rand(3, generator=gen).tolist())
torch.manual_seed(99)
print(torch.get_rng_state().tolist() == torch.Generator().manual_seed(99).get_state().tolist())
# A state is a copy, not a view of the generator.
st = torch.get_rng_state()
torch.rand(100)
print(st.tolist() == torch.get_rng_state().tolist())
# Legacy 5048-byte states are accepted.
torch.manual_seed(5)
leg = torch.get_rng_state()[:5048].clone()
torch.rand(3)
torch.set_rng_state(leg)
torch.manual_seed(5)
print(torch.rand(3).tolist())

# seed(): a fresh seed that initial_seed() then reports.
s = torch.seed()
print(isinstance(s, int), s == torch.initial_seed(), 0 <= s < 2**64)
s2 = gen.seed()
print(s2 == gen.initial_seed())

import torch.random
print(torch.random.initial_seed() == torch.initial_seed(), torch.random.manual_seed(1) is torch.default_generator)

for expr in ["torch.manual_seed(2**64)", "torch.manual_seed(-2**63 - 1)", "torch.manual_seed('a')",
             "torch.Generator().manual_seed(1.5)", "torch.Generator().manual_seed(True)", "torch.Generator().manual_seed('x')",
             "torch.Generator('cuda')", "torch.set_rng_state(torch.zeros(5056, dtype=torch.uint8))",
             "torch.set_rng_state(torch.zeros(10, dtype=torch.uint8))", "torch.set_rng_state(torch.zeros(5056))",
             "torch.set_rng_state([1])", "gen.set_state(torch.zeros(3, dtype=torch.uint8))",
             "torch.empty(2).normal_(generator=3)"]:
    try:
        r = eval(expr)
        print(expr, "ok", type(r).__name__)
    except Exception as e:
        print(expr, type(e).__name__, e)

# PyTorch lists its named-tensor overloads too here: compare the exception type only.
for expr in ["torch.rand(2, generator=1)", "torch.randn(2, generator='a')",
             "torch.randint(5, (2,), generator=torch.Generator(), foo=1)", "torch.randperm(3, generator=2.5)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__)
