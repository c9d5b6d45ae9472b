import torch

a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4) - 5
d = a.double()
i = torch.arange(6).view(2, 3)
print(torch.mm(a, b), a.mm(b), torch.mm(d, b.double()), torch.mm(i, torch.arange(12).view(3, 4)))
print(torch.mm(a.t().contiguous().t(), b), torch.mm(torch.empty(2, 0), torch.empty(0, 3)))
o = torch.empty(0)
print(torch.mm(a, b, out=o), o)
ba = torch.arange(24.).view(2, 3, 4)
bb = torch.arange(40.).view(2, 4, 5) / 10
print(torch.bmm(ba, bb), ba.bmm(bb), torch.bmm(ba, bb, out=torch.empty(0)))
v = torch.tensor([1., 2., 3.])
w = torch.tensor([4., -5., 6.])
print(torch.dot(v, w), v.dot(w), torch.dot(torch.tensor([1, 2]), torch.tensor([3, 4])), torch.dot(v, tensor=w))
print(torch.mv(a, v), a.mv(v), torch.outer(v, w), v.outer(w[:2]), torch.ger(v, w), torch.outer(torch.tensor([1, 2]), v))
# matmul: every rank combination
print(torch.matmul(v, w), torch.matmul(a, v), torch.matmul(v[:2], a), torch.matmul(a, b))
print(torch.matmul(ba, torch.ones(4)), torch.matmul(torch.ones(3), ba), torch.matmul(ba, bb), torch.matmul(ba, torch.ones(4, 2)))
print(torch.matmul(torch.ones(2, 1, 3, 4), torch.ones(5, 4, 2)).shape, a.matmul(v), torch.matmul(a, v, out=torch.empty(0)))
print(v @ w, a @ b, ba @ bb, a @ v, i @ torch.arange(3))
c = a.clone()
c @= torch.ones(3, 3)
print(c)
# addmm & co
m = torch.ones(2, 4)
print(torch.addmm(m, a, b), torch.addmm(m, a, b, beta=0.5, alpha=2), m.addmm(a, b, alpha=-1), torch.addmm(torch.ones(4), a, b))
print(torch.addmm(m, a, b, out=torch.empty(0)))
m2 = m.clone()
print(m2.addmm_(a, b, beta=2), m2)
print(torch.addmv(torch.ones(2), a, v), torch.addmv(torch.ones(2), a, v, beta=2, alpha=3), torch.ones(2).addmv(a, v))
t = torch.zeros(2)
print(torch.addmv_(t, a, v), t, t.addmv_(a, v, alpha=0.5))
print(torch.addbmm(torch.zeros(3, 5), ba, bb), torch.ones(3, 5).addbmm(ba, bb, beta=-1))
print(torch.baddbmm(torch.zeros(2, 3, 5), ba, bb, alpha=2), torch.ones(1, 5).baddbmm(ba, bb))
z = torch.zeros(2, 3, 5)
print(z.baddbmm_(ba, bb), torch.baddbmm(z, ba, bb, out=torch.empty(0)))
for expr in ["torch.mm(a, a)", "torch.mm(a, v)", "torch.mm(a, b.double())", "torch.bmm(a, b)",
             "torch.dot(v, w[:2])", "torch.dot(v, a)", "torch.mv(a, w[:2])", "torch.matmul(v, torch.tensor(1.))",
             "a @ a", "a @ 2", "2 @ a", "torch.mm(a)", "torch.mm(a, b, b)", "torch.mm(a, 2)", "a.mm(b, 3)",
             "torch.addmm(m, a, b, 1, 1)", "torch.addmm(m, a, b, beta='x')", "torch.mm(torch.ones(2, 2, dtype=torch.bool), torch.ones(2, 2, dtype=torch.bool))",
             "torch.matmul(ba, torch.ones(5, 2))", "torch.mm(a, b, out=torch.empty(0, dtype=torch.int64))"]:
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
