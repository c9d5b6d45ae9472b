# Same seed -> PyTorch's numbers, bit for bit (printed with tolist(): full precision).
import torch

def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())

SIZES = [(), (1,), (5,), (15,), (16,), (17,), (33,), (4, 9)]

for dt in [torch.float32, torch.float64]:
    for size in SIZES:
        torch.manual_seed(7)
        show("rand", torch.rand(size, dtype=dt))
        show("randn", torch.randn(size, dtype=dt))
        show("rand+randn", torch.randn(*size, dtype=dt) if size else torch.randn(size, dtype=dt))
    torch.manual_seed(3)
    show("uniform_", torch.empty(20, dtype=dt).uniform_(-2.5, 3.25))
    show("uniform_ kw", torch.empty(3, 2, dtype=dt).uniform_(to=0.5, from_=0.0) if False else torch.empty(3, 2, dtype=dt).uniform_(0.0, 0.5))
    show("normal_", torch.empty(21, dtype=dt).normal_(1.5, 0.25))
    show("normal_ small", torch.empty(7, dtype=dt).normal_(mean=-3.0, std=7.25))
    show("normal_ default", torch.empty(2, 3, dtype=dt).normal_())
    show("exponential_", torch.empty(6, dtype=dt).exponential_(2.0))
    show("exponential_ default", torch.empty(3, dtype=dt).exponential_())
    for p in [0.0, 0.3, 1.0]:
        show("bernoulli_", torch.empty(9, dtype=dt).bernoulli_(p))
    show("bernoulli_ default", torch.empty(9, dtype=dt).bernoulli_())
    show("bernoulli_ tensor", torch.empty(3, 4, dtype=dt).bernoulli_(torch.tensor([0.1, 0.5, 0.9, 1.0], dtype=dt)))
    show("bernoulli_ float p", torch.empty(5, dtype=dt).bernoulli_(torch.full((5,), 0.5, dtype=torch.float32)))
    show("bernoulli_ double p", torch.empty(5, dtype=dt).bernoulli_(torch.full((5,), 0.5, dtype=torch.float64)))
    p = torch.rand(12, dtype=dt)
    show("bernoulli", torch.bernoulli(p))
    show("bernoulli method", p.bernoulli())
    show("bernoulli p", torch.bernoulli(p, 0.25))
    show("bernoulli p method", p.bernoulli(0.75))
    o = torch.empty(2, dtype=dt)
    show("bernoulli out", torch.bernoulli(p, out=o))
    print(o.shape)

# Non-contiguous tensors: PyTorch fills them in memory order.
torch.manual_seed(11)
for dt in [torch.float32, torch.float64]:
    base = torch.zeros(6, 8, dtype=dt)
    v = base.t()
    show("normal_ t", v.normal_())
    show("base", base)
    w = torch.zeros(10, 20, dtype=dt)[:, ::2]
    show("normal_ strided", w.normal_(2.0, 0.5))
    show("uniform_ strided", torch.zeros(4, 6, dtype=dt)[1:, 1::2].uniform_(-1, 1))
    show("uniform_ t", torch.zeros(3, 5, dtype=dt).t().uniform_())
    show("bernoulli_ t", torch.zeros(4, 5, dtype=dt).t().bernoulli_(0.5))
    show("exponential_ t", torch.zeros(3, 4, dtype=dt).t().exponential_())
    show("random_ t", torch.zeros(3, 4, dtype=dt).t().random_(0, 100))
    z = torch.zeros(4, 3, dtype=dt).permute(1, 0)
    show("bernoulli_ t tensor p", z.bernoulli_(torch.rand(4, 3, dtype=dt).t()))
    big = torch.zeros(8, 8, dtype=dt).t()
    show("normal_ t 64", big.normal_())

# Integer dtypes and random_.
torch.manual_seed(5)
for dt in [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.float32, torch.float64, torch.bool]:
    show("random_", torch.empty(6, dtype=dt).random_())
    show("random_ to", torch.empty(6, dtype=dt).random_(2))
    show("random_ from to", torch.empty(6, dtype=dt).random_(0, 2))
    show("random_ from", torch.empty(4, dtype=dt).random_(0, None) if dt == torch.bool else torch.empty(4, dtype=dt).random_(3, None))
    show("bernoulli_ int", torch.empty(6, dtype=dt).bernoulli_(0.5))
for dt in [torch.int64, torch.float32, torch.float64]:
    show("random_ full", torch.empty(5, dtype=dt).random_(-2**63, None))
show("random_ wide", torch.empty(5, dtype=torch.int64).random_(-2**40, 2**40))
show("random_ float big", torch.empty(5, dtype=torch.float32).random_(3, 2**32 + 3))
show("random_ float update", torch.empty(5, dtype=torch.float32).random_(2**25 + 1, 2**26 + 3))
show("random_ gen", torch.empty(3, dtype=torch.int64).random_(generator=torch.Generator().manual_seed(2)))
show("random_ neg", torch.empty(4, dtype=torch.int8).random_(-128, 127))

for dt in [None, torch.int64, torch.int32, torch.uint8, torch.float32, torch.float64, torch.int16]:
    torch.manual_seed(9)
    kw = {} if dt is None else {"dtype": dt}
    show("randint", torch.randint(10, (7,), **kw))
    show("randint low", torch.randint(0 if dt == torch.uint8 else -5, 5, (2, 3), **kw))
    show("randperm", torch.randperm(9, **kw))
show("randint big", torch.randint(3, 2**32 + 3, (5,)))
show("randint huge", torch.randint(-2**62, 2**62, (4,)))
show("randperm 0", torch.randperm(0))
show("randperm 1", torch.randperm(1))
show("randperm 100", torch.randperm(100))
show("randperm half", torch.randperm(10, dtype=torch.float16))
show("randperm bf16", torch.randperm(10, dtype=torch.bfloat16))

# *_like keep the dtype (and a dense layout) of the input.
torch.manual_seed(2)
x = torch.zeros(3, 4, dtype=torch.float64)
show("rand_like", torch.rand_like(x))
show("randn_like", torch.randn_like(x))
show("randn_like t", torch.randn_like(x.t()))
r = torch.rand_like(x.t())
print(r.stride(), r.is_contiguous())
show("rand_like dtype", torch.rand_like(x, dtype=torch.float32))
show("randint_like", torch.randint_like(x, 10))
show("randint_like low", torch.randint_like(x, -3, 3))
show("randint_like dtype", torch.randint_like(x, 3, 9, dtype=torch.int32))
show("randn_like 16", torch.randn_like(torch.zeros(16)))

# torch.normal overloads.
torch.manual_seed(4)
for dt in [torch.float32, torch.float64]:
    mean = torch.arange(20, dtype=dt) / 4
    std = torch.arange(1, 21, dtype=dt) / 10
    show("normal T f", torch.normal(mean, 0.5))
    show("normal T", torch.normal(mean))
    show("normal f T", torch.normal(2.0, std))
    show("normal T T", torch.normal(mean, std))
    show("normal T T bcast", torch.normal(mean[:4].view(4, 1), std[:3]))
    show("normal f f", torch.normal(0.5, 2.0, (3, 6), dtype=dt))
    show("normal f f small", torch.normal(-1.0, 0.1, size=(5,)))
    o = torch.empty(5, dtype=dt)
    show("normal out", torch.normal(mean[:5], 1.0, out=o))
    show("normal out2", torch.normal(1.0, std[:5], out=o))
    show("normal out3", torch.normal(mean[:5], std[:5], out=o))
    show("normal out4", torch.normal(0.0, 1.0, (2, 2), out=o))
    print(o.shape)
show("normal gen", torch.normal(torch.zeros(4), 1.0, generator=torch.Generator().manual_seed(1)))

# out= variants of the factories.
torch.manual_seed(6)
o = torch.empty(1)
show("rand out", torch.rand(3, 3, out=o))
show("randn out", torch.randn((20,), out=o))
oi = torch.empty(1, dtype=torch.int64)
show("randint out", torch.randint(5, (4,), out=oi))
show("randint low out", torch.randint(5, 50, (4,), out=oi))
show("randperm out", torch.randperm(7, out=oi))
od = torch.empty(1, dtype=torch.float64)
show("rand out double", torch.rand(4, out=od))
show("randperm out double", torch.randperm(5, out=od))

# Empty tensors draw nothing.
torch.manual_seed(8)
print(torch.rand(0).shape, torch.randn(2, 0).shape, torch.empty(0).normal_().shape, torch.empty(0, dtype=torch.int64).random_(0, 3).shape)
show("after empty", torch.rand(3))

# multinomial
torch.manual_seed(12)
w = torch.tensor([0.1, 2.0, 0.0, 3.5, 1.0])
show("multinomial 1", torch.multinomial(w, 1))
show("multinomial norepl", torch.multinomial(w, 3))
show("multinomial repl", torch.multinomial(w, 10, True))
show("multinomial 2d", torch.multinomial(torch.rand(3, 6), 4, replacement=True))
show("multinomial 2d norepl", torch.rand(3, 6, dtype=torch.float64).multinomial(2))
show("multinomial gen", torch.multinomial(w, 6, True, generator=torch.Generator().manual_seed(3)))
oi = torch.empty(0, dtype=torch.int64)
show("multinomial out", torch.multinomial(w, 2, out=oi))
