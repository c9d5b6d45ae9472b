import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
f = torch.tensor([1.5, 2.0, 3.5])
for name in ["eq", "ne", "lt", "le", "gt", "ge"]:
    fn = getattr(torch, name)
    print(name, fn(x, 3), fn(x, f), getattr(x, name)(torch.tensor(2)), fn(f, 2.0), fn(x, x.t().contiguous().t()))
    out = torch.empty(2, 3, dtype=torch.bool)
    print(fn(x, 2, out=out), out)
print(x < 3, x <= 3, x == 3, x != 3, x > 3, x >= 3, 3 < x, 2.5 >= f, x == f)
print(torch.where(x > 2, x, -x), torch.where(x > 2, x, 0), torch.where(x > 2, 1.5, x), torch.where(x > 2, 1, 0))
print(x.where(x > 3, torch.zeros(1, dtype=torch.int64)))
o = torch.empty(2, 3, dtype=torch.int64)
print(torch.where(x > 2, x, x * 10, out=o), o)
for expr in ["torch.eq(x, 'x')", "x.eq(3, 4)", "torch.where(x > 1, x, torch.ones(4))", "x < 'a'"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
print(x == None, x != None)
