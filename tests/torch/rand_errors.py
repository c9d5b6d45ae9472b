# Bad arguments to the sampling ops raise what PyTorch raises, before drawing anything.
import torch

x = torch.ones(3)
cases = [
    "torch.rand(2, dtype=torch.long)", "torch.randn(2, dtype=torch.int32)", "torch.rand(-1)", "torch.randn(2, -3)",
    "torch.randint(5, 3, (2,))", "torch.randint(3, 3, (2,))", "torch.randint(0, 300, (2,), dtype=torch.uint8)",
    "torch.randint(-1, 3, (2,), dtype=torch.uint8)", "torch.randint(0, 3, (2,), dtype=torch.bool)",
    "torch.randint(-200, 3, (2,), dtype=torch.int8)", "torch.randint(0, 2**40, (2,), dtype=torch.int32)",
    "torch.randint(0, 10, (2,), dtype=torch.float16)", "torch.randint(0, 10**6, (2,), dtype=torch.float16)",
    "torch.randperm(-1)", "torch.randperm(300, dtype=torch.uint8)", "torch.randperm(300, dtype=torch.int8)", "torch.randperm(3, dtype=torch.bool)",
    "torch.randperm(2**24 + 2, dtype=torch.float)", "torch.randperm(2050, dtype=torch.half)", "torch.randperm(2**25, dtype=torch.half)",
    "torch.randperm(3, out=torch.empty(0, dtype=torch.bool))",
    "x.uniform_(2, 1)", "x.uniform_(-1e39, 1)", "x.uniform_(0, 1e39)", "x.uniform_(-3e38, 3e38)", "x.long().uniform_()", "x.double().uniform_(-1e300, 1e300)",
    "x.half().uniform_(0, 70000)", "torch.empty(3).expand(2, 3).uniform_()",
    "x.normal_(0, -1)", "x.normal_(0, -0.5)", "x.long().normal_()", "x.normal_(float('nan'), -1)", "torch.empty(3).expand(2, 3).normal_()",
    "torch.empty(20).expand(2, 20).normal_()",
    "x.bernoulli_(1.5)", "x.bernoulli_(-0.5)", "x.bernoulli_(float('nan'))", "x.bernoulli_(torch.tensor([0.5, 1.5, 0.2]))",
    "x.bernoulli_(torch.tensor([1, 0, 1]))", "x.bernoulli_(torch.ones(4))", "x.half().bernoulli_(0.5)", "x.half().bernoulli_(x)",
    "x.bernoulli_(torch.ones(3).half())", "torch.bernoulli(torch.tensor([0.5, 2.]))", "torch.bernoulli(x.long())", "torch.bernoulli(x, 2.0)",
    "torch.bernoulli(torch.tensor([float('nan')]))",
    "x.exponential_(-1)", "x.long().exponential_()", "x.exponential_(-0.0)",
    "x.random_(5, 3)", "x.random_(-5)", "x.long().random_(-2**63)", "x.byte().random_(-2)", "x.byte().random_(-2, None)",
    "x.int().random_(0, 2**40)", "x.bool().random_(0, 3)", "x.half().random_(-2**63, None)", "x.int().random_(-2**63, None)",
    "x.random_(2**24 + 1, 2**24 + 2)", "x.half().random_(0, 70000)", "x.random_(2**60, None)",
    "torch.normal(x, -1.)", "torch.normal(1., -x)", "torch.normal(x, x * -1)", "torch.normal(x, torch.tensor([1., float('nan'), 1.]))",
    "torch.normal(x.long(), 1.)", "torch.normal(0., 1., (2,), dtype=torch.long)", "torch.normal(x, torch.ones(4))",
    "torch.normal(x, 1.0, out=torch.empty(4))",
    "torch.multinomial(x, 5)", "torch.multinomial(x, 0)", "torch.multinomial(-x, 1)", "torch.multinomial(x.long(), 1)",
    "torch.multinomial(torch.zeros(3), 1)", "torch.multinomial(torch.zeros(3), 2, True)", "torch.multinomial(torch.ones(2, 2, 2), 1)",
    "torch.multinomial(torch.tensor(1.), 1)",
    "torch.multinomial(torch.tensor([1., float('inf')]), 3, True)", "torch.multinomial(x, 2, out=torch.empty(2))",
    "torch.multinomial(torch.tensor([1., -1.]), 3, True)",
]
# Argument-parsing errors: PyTorch's texts also list overloads we leave out (named
# tensors), so only the exception type is compared.
parse_cases = [
    "torch.rand('a')", "torch.randn(2, 'a')", "torch.randint(10)", "torch.randint(1, 2, 3, 4)", "torch.randperm('a')",
    "torch.randperm(3, 4)", "x.uniform_('a')", "x.normal_(1, 2, 3)", "x.bernoulli_('a')", "x.random_('a')", "x.random_(1, 2, 3)",
    "x.exponential_('a')", "torch.normal('a')", "torch.multinomial('a')", "torch.bernoulli(x, 'a')", "x.bernoulli('a')",
    "torch.rand_like(x, 'a')", "torch.randint_like(x, 'a')", "torch.randn_like('a')",
]
for expr in cases:
    try:
        r = eval(expr)
        print(expr, "->", r.dtype, tuple(r.shape))
    except Exception as e:
        print(expr, type(e).__name__, e)
for expr in parse_cases:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__)
