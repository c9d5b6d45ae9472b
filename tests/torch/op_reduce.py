import torch

x = torch.arange(24).view(2, 3, 4)
f = x.float()
b = x > 10
print(torch.sum(x), x.sum(), x.sum(0), x.sum(1, keepdim=True), x.sum((0, 2)), x.sum(dim=[-1]), x.sum(dtype=torch.float32))
print(torch.sum(x, 1, True, dtype=torch.float64), b.sum(), b.sum(1), torch.ones(0, 3).sum(0), torch.tensor(5).sum())
print(f.mean(), torch.mean(f, 1), f.mean((0, 1), keepdim=True), x.mean(dtype=torch.float32), f[0].t().mean(0))
print(x.amax(), torch.amax(f, 1), x.amin(dim=(0, 2)), torch.amin(x, -1, True), f.amax(keepdim=True))
o = torch.empty(0)
print(torch.sum(f, 0, out=o), o)
o = torch.empty(0)
print(torch.mean(f, (1,), out=o), o)
o = torch.empty(0)
print(torch.amax(f, 2, out=o), torch.amin(f, out=torch.empty(0)))
for expr in ["x.mean()", "x.sum(5)", "torch.amax(torch.ones(0))", "torch.mean(f, 1, dtype=torch.int64)"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
