import torch

x = torch.tensor([[-2.5, -1.0, 0.0], [0.5, 1.5, 3.0]])
i = torch.tensor([[-7, -2, 0], [3, 5, 9]])
u = torch.tensor([1, 2, 250], dtype=torch.uint8)
bo = torch.tensor([True, False, True])
# % ** & | ^ ~ and their reflected / in-place forms
print(x % 2, i % 3, i % -4, 7 % i[1], 5.5 % x[1], x % x[1], i % 2.5, torch.remainder(i, 3), torch.remainder(5, i[1]))
print(x ** 2, 2 ** x, i ** 2, 2 ** i[1], 2.5 ** i[1], x ** x, i ** 0.5, x ** -1, torch.pow(i, 2), torch.pow(2, i[1]), x.pow(3))
print(i & 6, 6 & i, i | 1, i ^ i[1], bo & True, bo | torch.tensor([False, False, True]), bo ^ bo, ~i, ~bo, ~u)
print(torch.bitwise_and(i, 3), torch.bitwise_or(5, i), i.bitwise_xor(2), torch.bitwise_not(u), u & 7, u | i[1])
y = i.clone()
y %= 4
y **= 2
y &= 7
y |= 8
y ^= 1
print(y)
f = x.clone()
f %= 1.5
f **= 2
print(f)
print(torch.fmod(i, 3), torch.fmod(x, -1.5), i.fmod(torch.tensor(4)), torch.floor_divide(i, 2), i.floor_divide(3), torch.true_divide(i, 2))
print(torch.atan2(x, torch.ones(3)), torch.maximum(x, torch.zeros(3)), torch.minimum(i, torch.tensor([0, 1, 2])), x.maximum(i))
print(torch.logical_and(x, i), torch.logical_or(bo, 0 * bo), x.logical_xor(torch.ones(3)), torch.logical_not(i), bo.logical_not())
# unary
for name in ["sign", "exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "tan", "asin", "acos", "atan", "sinh", "cosh",
             "floor", "ceil", "round", "trunc", "frac", "reciprocal", "square"]:
    fn = getattr(torch, name)
    print(name, fn(x), getattr(x, name)(), fn(x.double()) if name != "frac" else "")
print(torch.sign(i), torch.floor(i), torch.square(i), torch.square(bo), torch.reciprocal(i), torch.exp2(i), torch.round(torch.tensor([0.5, 1.5, 2.5, -0.5])))
z = x.clone()
print(z.floor_(), z.sign_(), torch.square_(z), torch.selu(x), torch.selu_(x.clone()))
print(torch.isnan(torch.tensor([1., float("nan")])), torch.isinf(torch.tensor([float("inf"), -float("inf"), 1.])), torch.isfinite(x / 0), i.isfinite(), x.isnan())
n = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.5])
print(torch.nan_to_num(n), n.nan_to_num(0.5, 10.0, -10.0), torch.nan_to_num(n, posinf=1.0), torch.nan_to_num(i), torch.nan_to_num(n.double()))
n2 = n.clone()
print(n2.nan_to_num_(nan=2.0), n2, torch.nan_to_num(n, out=torch.empty(0)))
# clamp / clip
print(torch.clamp(x, -1, 1), torch.clamp(x, min=0), x.clamp(max=0.5), torch.clip(i, -3, 3), i.clamp(0.5), i.clip(max=2))
print(torch.clamp(x, torch.zeros(3), torch.tensor([1., 2., 2.])), x.clamp(min=torch.tensor([0., -5., 0.])), torch.clamp(i, max=torch.tensor(1)))
c = x.clone()
print(c.clamp_(-1, 1), c, torch.clamp_(c, max=0), c.clip_(min=-0.5), torch.clamp(x, 0, 1, out=torch.empty(0)))
# lerp, masked_fill
print(torch.lerp(x, torch.ones(3), 0.5), x.lerp(torch.zeros(2, 3), torch.tensor([0., 0.5, 1.])), x.clone().lerp_(torch.ones(3), 2))
mask = x > 0
print(x.masked_fill(mask, 0), torch.masked_fill(i, mask, -1), i.masked_fill(mask, 2.7), x.masked_fill(torch.tensor([True, False, False]), torch.tensor(9.)))
m = i.clone()
print(m.masked_fill_(mask, 100), m, x.clone().masked_fill_(mask, float("-inf")))
# out=
o = torch.empty(0)
print(torch.remainder(x, 2, out=o), o, torch.pow(x, 2, out=torch.empty(0)), torch.pow(2, x, out=torch.empty(0)), torch.maximum(x, x, out=torch.empty(0)))
print(torch.bitwise_and(i, 3, out=torch.empty(0, dtype=torch.long)), torch.sign(x, out=torch.empty(0)), torch.logical_and(x, x, out=torch.empty(0, dtype=torch.bool)))
for expr in ["~x", "x & 1", "x | x", "i ** -1", "torch.pow(i, -2)", "2 ** 'a'", "x % 'a'", "x ** None", "torch.clamp(x)",
             "torch.remainder(i, 0)", "torch.floor_divide(i, 0)", "torch.fmod(i, 0)", "torch.bitwise_not(x)", "torch.lerp(x, i, 0.5)",
             "x.masked_fill(i, 1)", "x.masked_fill(mask, torch.ones(3))", "torch.frac(i)", "torch.clamp(x, 'a')", "torch.remainder(x)",
             "torch.pow(x, 2, 3)", "torch.nan_to_num(x, 'a')", "torch.sign(x, 1)", "i.clamp_(0.5)", "torch.isnan(x, out=x)", "bo & 1.5",
             "torch.maximum(x, 1)", "u.pow_(0.5)"]:
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
