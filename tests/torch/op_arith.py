import torch

i = torch.arange(6).view(2, 3)
f = torch.arange(6, dtype=torch.float32).view(2, 3)
u = torch.ones(3, dtype=torch.uint8)
s = torch.tensor(2.5)
e = torch.zeros(0, 3)
for x, y in [(i, i), (i, 2), (i, 2.5), (f, i), (u, torch.ones(3, dtype=torch.int8)), (i, s), (e, f[0]), (f.t(), torch.ones(3, 1))]:
    print(torch.add(x, y), torch.sub(x, y, alpha=2), torch.mul(x, y), torch.div(x, y))
    print(x.add(y, alpha=3), x.true_divide(y))
print(torch.div(i, 4, rounding_mode='floor'), torch.div(-i, 4, rounding_mode='trunc'), i.div(4, rounding_mode=None))
print(i + 1, 1 + i, i - 1.5, 10 - i, i * True, 3 * f, i / 2, 7 / (i + 1), i // 4, -7 // (i + 1))
print(-i, +f, abs(f - 2), torch.neg(u))
c = torch.zeros(2, 3)
print(torch.add(f, i, out=c), c)
print(torch.mul(f, 2, out=c), torch.div(f, 4, rounding_mode='floor', out=c), torch.sub(f, 1, out=c))
d = f.clone()
d.add_(1)
d.mul_(2)
d.sub_(i, alpha=2)
d.div_(2)
print(d)
d += 1
d -= i
d *= 2
d /= 4
print(d)
for op in ["neg", "abs", "relu", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid"]:
    print(op, getattr(torch, op)(f - 2), getattr(f - 2, op)(), getattr(torch, op)(i[0]))
    g = f.clone() - 2
    getattr(g, op + "_")()
    print(g)
out = torch.empty(2, 3)
print(torch.exp(f - 2, out=out), out)
for expr in ["i.add_(1.5)", "torch.add(i, 'x')", "torch.mul(i)", "torch.add(i, i, foo=1)", "torch.add(i, i, alpha='x')", "torch.div(i, i, rounding_mode='x')", "torch.exp(i, out=3)", "torch.neg()", "torch.neg(i, 1)", "torch.add(torch.ones(2), torch.ones(3))"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
