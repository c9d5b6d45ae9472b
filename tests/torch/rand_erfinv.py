# torch.erfinv / Tensor.erfinv / erfinv_ (PyTorch's CPU kernel, bit for bit).
import torch

vals = [-1.0, -0.999999, -0.9, -0.7, -0.5, -0.1, -1e-8, 0.0, 1e-8, 0.2, 0.5, 0.69, 0.7, 0.71, 0.95, 0.99999, 1.0, 1.5, -2.0, float("nan")]
for dt in [torch.float32, torch.float64]:
    t = torch.tensor(vals, dtype=dt)
    print(torch.erfinv(t).tolist())
    print(t.erfinv().tolist())
    u = torch.linspace(-0.999, 0.999, 101, dtype=dt)
    print(u.erfinv().tolist())
    c = t.clone()
    print(c.erfinv_() is c, c.tolist() == t.erfinv().tolist() or "nan")
    o = torch.empty(0, dtype=dt)
    print(torch.erfinv(t[:4], out=o).tolist(), o.shape)
    print(torch.erfinv(t.view(4, 5).t()).tolist())
print(torch.erfinv(torch.tensor([0, 1], dtype=torch.int64)).tolist(), torch.erfinv(torch.tensor([True, False])).dtype)
print(torch.erfinv(torch.tensor(0.3)).tolist(), torch.erfinv(torch.empty(0, 2)).shape)
for expr in ["torch.tensor([1, 2]).erfinv_()", "torch.erfinv('a')", "torch.erfinv(torch.ones(2), out=torch.empty(2, dtype=torch.int64))"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
