# float16 / bfloat16 sampling: PyTorch draws fewer mantissa bits and rounds through the type.
import torch

def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())

for dt in [torch.float16, torch.bfloat16]:
    for n in [1, 5, 15, 16, 17, 40]:
        torch.manual_seed(21)
        show("rand", torch.rand(n, dtype=dt))
        show("randn", torch.randn(n, dtype=dt))
        show("uniform_", torch.empty(n, dtype=dt).uniform_(-3, 5))
        show("normal_", torch.empty(n, dtype=dt).normal_(1.5, 2.0))
    show("normal_ t", torch.empty(5, 4, dtype=dt).t().normal_())
    show("exponential_", torch.empty(6, dtype=dt).exponential_(0.5))
    show("randint", torch.randint(-50, 50, (8,), dtype=dt))
    show("random_", torch.empty(8, dtype=dt).random_())
    show("randperm", torch.randperm(12, dtype=dt))
    show("rand_like", torch.rand_like(torch.zeros(3, 3, dtype=dt)))
show("bernoulli_ bf16", torch.empty(8, dtype=torch.bfloat16).bernoulli_(0.5))
show("bernoulli_ bf16 p", torch.empty(8).bernoulli_(torch.full((8,), 0.5, dtype=torch.bfloat16)))
show("random_ bf16 full", torch.empty(4, dtype=torch.bfloat16).random_(-2**63, None))
show("randint bf16 wide", torch.randint(0, 2**33, (4,), dtype=torch.bfloat16))
