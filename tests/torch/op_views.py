import torch

x = torch.arange(24).view(2, 3, 4)
print(x.view(6, 4), x.view(-1), x.view((4, 6)), x.reshape(4, -1), torch.reshape(x, (2, 12)))
print(torch.flatten(x), x.flatten(1), x.flatten(start_dim=0, end_dim=1).shape)
print(x.permute(2, 0, 1).shape, torch.permute(x, (1, 0, 2)).shape, x.transpose(0, 2).shape, torch.transpose(x, 1, 2)[0])
m = x[0]
print(m.t(), torch.t(m), x.select(1, 2), torch.select(x, 0, 1), x.narrow(2, 1, 2), torch.narrow(x, 0, 1, 1))
y = torch.zeros(1, 3, 1)
print(y.squeeze().shape, y.squeeze(0).shape, torch.squeeze(y, 2).shape, y.unsqueeze(0).shape, torch.unsqueeze(y, -1).shape)
z = torch.arange(3).view(3, 1)
print(z.expand(3, 4), z.expand(2, -1, 2).shape, z.expand_as(torch.ones(3, 5)).shape)
t = m.t()
print(t.is_contiguous(), t.contiguous().is_contiguous(), t.clone(), torch.clone(t))
print(m.diagonal(), torch.diagonal(x, 0, 1, 2), m.diagonal(offset=1), torch.arange(8).unfold(0, 3, 2))
print(torch.as_strided(torch.arange(9), (2, 2), (3, 1), 1), torch.arange(9).as_strided((3,), (2,)))
print(x.to(torch.float32).dtype, x.to(torch.ones(1, dtype=torch.float64)).dtype, x.type_as(torch.ones(1)).dtype)
print(x.float().dtype, x.double().dtype, x.half().dtype, x.float().long().dtype, x.int().dtype, x.bool().dtype)
print(x.to(torch.int64) is x, x.contiguous() is x)
for expr in ["x.view(5)", "x.select(3, 0)", "x.permute(0, 1)", "torch.t(x)", "x.expand(3, 3)", "x.narrow(0, 0, 5)"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
