import torch

nan, inf = float("nan"), float("inf")
a = torch.tensor([1.0, 2.0, nan, inf, -inf, 1e-9, 100.0])
b = torch.tensor([1.0 + 1e-6, 2.1, nan, inf, inf, 0.0, 100.001])
print(torch.isclose(a, b), a.isclose(b), torch.isclose(a, b, equal_nan=True))
print(torch.isclose(a, b, rtol=0.1), torch.isclose(a, b, 0, 0), torch.isclose(a, b, atol=0.2, rtol=0))
print(torch.allclose(a, b), torch.allclose(a[:2], b[:2], rtol=0.1), a[:2].allclose(b[:2]), torch.allclose(a, a, equal_nan=True))
d = a.double()
print(torch.isclose(d, b.double()), torch.allclose(d, d.clone(), equal_nan=True))
i = torch.tensor([1, 2, 3])
j = torch.tensor([1, 3, 3])
print(torch.isclose(i, j), torch.isclose(i, j, atol=1), torch.allclose(i, j, atol=1, rtol=0))
print(torch.isclose(torch.tensor([True, False]), torch.tensor([True, True])))
print(torch.isclose(torch.ones(2, 1), torch.ones(3)), torch.isclose(torch.zeros(0), torch.zeros(0)))
print(torch.equal(a[:2], b[:2]), torch.equal(i, i.clone()), torch.equal(i, torch.tensor([1., 2., 3.])),
      torch.equal(torch.ones(2), torch.ones(3)), torch.equal(torch.ones(2, 1), torch.ones(1, 2)), i.equal(j))
print(torch.equal(torch.zeros(0), torch.zeros(0)), torch.equal(torch.tensor(1.), torch.tensor(1.)), torch.equal(a, a))
for expr in ["torch.isclose(i, a[:3])", "torch.isclose(a, b, rtol=-1)", "torch.isclose(a, b, atol=-0.5)",
             "torch.allclose(a, torch.ones(3))", "torch.isclose(a)", "torch.equal(a, 1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
