# Parameter; Module dtype conversions, requires_grad_, zero_grad, deepcopy;
# torch.save / torch.load of parameters and state dicts.
import copy
import os
import sys
import torch
import torch.nn as nn


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


p = nn.Parameter(torch.tensor([1., 2.]))
print(p, repr(p), type(p).__name__, isinstance(p, torch.Tensor), isinstance(p, nn.Parameter))
print(p.requires_grad, p.is_leaf, p.grad, p.shape, p.dtype, type(p.data).__name__, p.data)
q = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
print(q, nn.Parameter(), nn.Parameter(torch.tensor(3.)))
with torch.no_grad():
    print(type(p + 1).__name__, type(p * p).__name__, type(p[0]).__name__, type(p.view(2, 1)).__name__)
    print(p + 1, p.sum(), type(p.detach()).__name__, type(p.clone()).__name__)
d = p.data
d[0] = 10.
print(p)
p.data = torch.tensor([5., 6., 7.])
print(p, type(p).__name__)
attempt(lambda: nn.Parameter(torch.tensor([1, 2])))
print(nn.Parameter(torch.tensor([1, 2]), requires_grad=False))
pp = nn.Parameter(p)
print(type(pp).__name__, pp.requires_grad)

torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.Embedding(4, 2))
w = m[0].weight
print(m.double() is m, m[0].weight.dtype, m[0].weight is w, type(m[0].weight).__name__, m[1].running_mean.dtype,
      m[1].num_batches_tracked.dtype)
print(m[0].weight.requires_grad, m.state_dict()['0.weight'].dtype)
m.float()
print(m[0].weight.dtype, m[1].running_var.dtype, m[0].bias)
m.to(torch.float64)
print(m[2].weight.dtype, m[1].num_batches_tracked.dtype)
m.to(dtype=torch.float32)
m.to('cpu')
m.to(torch.zeros(1, dtype=torch.float64))
print(m[0].weight.dtype)
m.to('cpu', torch.float32)
print(m[0].weight.dtype, m.cpu() is m, m.type(torch.float64)[0].weight.dtype)
m.float()
attempt(lambda: m.to(torch.int64))
attempt(lambda: nn.Linear(1, 1).to('cuda'))
attempt(lambda: nn.Linear(1, 1).to(torch.device('cuda:1'), torch.float64))
attempt(lambda: nn.Linear(1, 1).to(0))
attempt(lambda: nn.Linear(1, 1).cuda())
print(nn.ReLU().cuda(), nn.ReLU().to('cuda'), nn.Linear(1, 1).to(device='cpu', dtype=torch.float64).weight.dtype)
m.half()
print(m[0].weight.dtype, m[1].num_batches_tracked.dtype)
m.float()
print(m[0].weight)
print(m.requires_grad_(False) is m, [p.requires_grad for p in m.parameters()])
m.requires_grad_()
print([p.requires_grad for p in m.parameters()])
m.zero_grad()
m.zero_grad(set_to_none=True)
print([p.grad for p in m.parameters()])

# deepcopy: new tensors, same values, shared parameters stay shared
m2 = copy.deepcopy(m)
print(m2, m2[0].weight is m[0].weight, bool((m2[0].weight == m[0].weight).all()), type(m2[0].weight).__name__)
print(m2[0].weight.requires_grad, m2.training, list(m2.state_dict().keys()) == list(m.state_dict().keys()))
with torch.no_grad():
    m2[0].weight.fill_(0)
print(m[0].weight.sum() != 0)
tied = nn.Module()
tied.a = nn.Linear(2, 2)
tied.b = nn.Linear(2, 2)
tied.b.weight = tied.a.weight
t2 = copy.deepcopy(tied)
print(t2.b.weight is t2.a.weight, t2.a.weight is tied.a.weight, [n for n, _ in t2.named_parameters()])
print(list(tied.state_dict().keys()))
x = torch.tensor([1., 2.])
y = copy.deepcopy(x)
print(y, y is x, copy.deepcopy(nn.Parameter(torch.ones(1), requires_grad=False)))
m3 = nn.Linear(2, 2)
m3.register_forward_hook(lambda mod, i, o: None)
m4 = copy.deepcopy(m3)
print(len(m4._forward_hooks), m4)

# save / load
tmp = '/tmp/upytorch-tests'
os.makedirs(tmp, exist_ok=True)
tag = sys.implementation.name  # the reference and upytorch may run at the same time
path = os.path.join(tmp, 'nn_sd_%s.pt' % tag)
torch.save(m.state_dict(), path)
sd = torch.load(path)
print(list(sd.keys()), [type(v).__name__ for v in sd.values()])
m5 = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.Embedding(4, 2))
print(m5.load_state_dict(sd), bool((m5[0].weight == m[0].weight).all()))
ppath = os.path.join(tmp, 'nn_p_%s.pt' % tag)
torch.save(nn.Parameter(torch.arange(3.)), ppath)
lp = torch.load(ppath)
print(type(lp).__name__, lp, lp.requires_grad)
torch.save([nn.Parameter(torch.ones(1), requires_grad=False)], ppath)
print(torch.load(ppath))
os.remove(path)
os.remove(ppath)
