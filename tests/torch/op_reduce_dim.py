import torch

x = torch.tensor([[3., -1., 4.], [1., 5., 9.], [2., 6., 5.]])
i = torch.tensor([[3, 1, 4], [1, 5, 9]])
b = torch.tensor([[True, False], [True, True]])
n = torch.tensor([1., float("nan"), 3.])
# named tuples
r = torch.max(x, 1)
print(r)
print(r.values, r.indices, r[0], r[1], r[-1], len(r), type(r).__name__, isinstance(r, tuple), list(r) == [r[0], r[1]])
v, k = x.min(dim=0)
print(v, k, x.max(0, keepdim=True), torch.min(i, -1), torch.max(n, 0), x.max(), torch.min(i), torch.max(x, torch.ones(3)), x.min(torch.tensor(2.)))
print(r[0:1], tuple(r), r.values is r[0])
vo, io = torch.empty(0), torch.empty(0, dtype=torch.long)
ro = torch.max(x, 1, out=(vo, io))
print(ro, ro.values is vo, ro[1] is io, vo, io, torch.min(x, 0, True, out=[vo, io]))
print(torch.max(x, x.t(), out=torch.empty(0)))
# reductions
print(torch.prod(x), x.prod(1), torch.prod(i, 0, keepdim=True), i.prod(), b.prod(), torch.prod(x, 1, dtype=torch.float64), torch.prod(i, dtype=torch.float32))
print(torch.argmax(x), x.argmax(1), torch.argmin(x, dim=0, keepdim=True), i.argmin(), torch.argmax(n), torch.argmax(x, 1, out=torch.empty(0, dtype=torch.long)))
print(torch.var(x), x.var(1), torch.var(x, 0, False), x.var(dim=(0, 1), keepdim=True), torch.var(x, 1, correction=0), x.var(unbiased=False), x.var(None, correction=2))
print(torch.std(x), x.std(0), torch.std(x, 1, keepdim=True), x.std(dim=1, unbiased=False), torch.std(x.double(), 0, correction=0), torch.std(x, 1, out=torch.empty(0)))
print(torch.norm(x), x.norm(1), torch.norm(x, 3, 1), x.norm(float("inf")), torch.norm(x, p=2, dim=0, keepdim=True), x.norm(None, [0, 1]), torch.norm(x, 1, 0, out=torch.empty(0)))
print(torch.all(b), b.all(1), torch.any(b, 0, keepdim=True), x.all(), i.any(0), torch.any(torch.tensor([0, 0])), torch.all(b, 1, out=torch.empty(0, dtype=torch.bool)))
print(torch.logsumexp(x, 1), x.logsumexp((0, 1)), torch.logsumexp(i, 0, keepdim=True), torch.logsumexp(x, 0, out=torch.empty(0)))
print(torch.softmax(x, 1), x.softmax(0), torch.softmax(i, 1, dtype=torch.float64), torch.log_softmax(x, -1), x.log_softmax(dim=0), torch.softmax(x, 0, out=torch.empty(0)))
print(torch.cumsum(x, 0), x.cumsum(1), torch.cumsum(i, 1), i.cumsum(0, dtype=torch.float32), torch.cumprod(x, 1), b.cumprod(0), torch.cumsum(x, 1, out=torch.empty(0)))
# sorting
s = torch.sort(x)
print(s, torch.sort(x, 0, True), x.sort(dim=0, descending=True), torch.sort(n), torch.sort(i, stable=True, descending=True))
print(torch.sort(x, 1, out=(torch.empty(0), torch.empty(0, dtype=torch.long))), torch.sort(x, stable=False, dim=0, out=(torch.empty(0), torch.empty(0, dtype=torch.long))))
print(torch.argsort(x), x.argsort(0, True), torch.argsort(i, dim=1, descending=True), torch.argsort(x, stable=True))
t = torch.topk(x, 2)
print(t, x.topk(1, 0), torch.topk(x, 2, largest=False), torch.topk(i, 1, dim=0, sorted=True), t.indices, torch.topk(x, 2, out=(torch.empty(0), torch.empty(0, dtype=torch.long))))
for expr in ["torch.max(x, 3)", "torch.max(x, 1, out=(vo,))", "torch.min(torch.ones(0), 0)",
             "torch.sort(x, 2)", "torch.topk(x, 5)", "torch.topk(x)", "torch.all(x, 2)", "torch.argmax(x, 5)"]:
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
