import torch

print(torch.zeros(2, 3), torch.zeros((2, 3)), torch.zeros([2]), torch.zeros(torch.Size([1, 2])), torch.zeros(()))
print(torch.ones(2, dtype=torch.int64), torch.ones(3, dtype=int), torch.ones(2, dtype=bool), torch.ones(2, dtype=float))
print(torch.empty(0, 2).shape, torch.empty(2, 3, dtype=torch.float64).dtype)
print(torch.full((2, 2), 7), torch.full((2,), 1.5), torch.full((2,), True), torch.full([3], 2, dtype=torch.float32))
print(torch.arange(5), torch.arange(1, 4), torch.arange(0, 1, 0.25), torch.arange(5.0), torch.arange(1, 10, 3, dtype=torch.float64))
print(torch.arange(end=3), torch.arange(start=1, end=3))
x = torch.arange(6).view(2, 3)
print(torch.zeros_like(x), torch.ones_like(x, dtype=torch.float32), torch.full_like(x, 4), torch.empty_like(x).shape)
o = torch.empty(2)
print(torch.zeros(3, out=o), o, torch.ones(2, 2, out=o), torch.arange(4, out=o), torch.full((3,), 5.0, out=o))
for expr in ["torch.ones('a')", "torch.ones(2, 'a')", "torch.arange('a')", "torch.arange(1, 'a')", "torch.ones(-1)"]:
    try:
        eval(expr)
        print(expr, "ok")
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
