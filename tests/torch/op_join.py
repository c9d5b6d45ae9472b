import torch

a = torch.arange(6.).view(2, 3)
b = torch.arange(6, 12).view(2, 3)
print(torch.cat([a, a]), torch.cat((a, b), 1), torch.cat([a], dim=-1), torch.cat(tensors=[a, a * 2], dim=1), torch.cat([a, torch.empty(0)]))
print(torch.cat([b, b.t().t()], 0), torch.cat([torch.ones(2, 1, dtype=torch.bool), b], 1), torch.cat([a] * 12, 0).shape)
print(torch.stack([a, a]), torch.stack((a, b), 1), torch.stack([a, a, a], dim=-1).shape, torch.stack([torch.tensor(1), torch.tensor(2)]))
o = torch.empty(0)
print(torch.cat([a, a], 1, out=o), o, torch.stack([a, a], out=torch.empty(0)))
x = torch.arange(10).view(2, 5)
print(torch.split(x, 2, 1), x.split(3, dim=1), torch.split(x, [1, 4], 1), x.split([2, 2, 1], 1), x.split(1), x.split_with_sizes([3, 2], 1))
print(torch.chunk(x, 2, 1), x.chunk(3, dim=1), x.chunk(5), torch.chunk(x, 1), type(x.chunk(2)).__name__, len(torch.split(x, 1, 1)))
p = x.split(2, 1)
p[0][0, 0] = 100
print(x, torch.split(torch.arange(40), 1)[-1])
for expr in ["torch.cat([a, 1])", "torch.cat([a, None])", "torch.cat(a)", "torch.cat(1)", "torch.cat([])", "torch.cat([a, torch.ones(3)])",
             "torch.stack([a, torch.ones(3)])", "torch.stack([])", "torch.cat(x=[a])", "torch.cat([a, a], 2)", "torch.chunk(x, 0)",
             "torch.split(x, [1, 2], 1)", "x.chunk(2, 3)", "torch.stack([a], 1, 2)", "torch.cat([a, b], out=torch.empty(0, dtype=torch.long))"]:
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
