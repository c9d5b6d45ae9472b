# Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict.
from collections import OrderedDict
import torch
import torch.nn as nn


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
torch.set_grad_enabled(False)
s = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.arange(6.).view(2, 3) / 6
print(s, len(s), s[0], s[-1], type(s[1:]).__name__, s[1:], s[::2])
print(s(x))
print([type(m).__name__ for m in s], list(s._modules.keys()))
attempt(lambda: s[3])
attempt(lambda: s[-4])
attempt(lambda: s['a'])
s.append(nn.Sigmoid())
print(s, s(x))
s[1] = nn.Tanh()
print(s[1], len(s))
del s[1]
print(s, list(s._modules.keys()))
s.insert(1, nn.ReLU6())
s.insert(-1, nn.Identity())
print(s)
attempt(lambda: s.insert(9, nn.ReLU()))
attempt(lambda: s.insert(0, 3))
print(s.pop(1), len(s))
s.extend([nn.ReLU(), nn.ReLU()])
del s[-2:]
print(list(s._modules.keys()))
s2 = s + nn.Sequential(nn.Softmax(dim=1))
print(s2, len(s2))
attempt(lambda: s + nn.ReLU())
s3 = nn.Sequential(nn.ReLU(), nn.Tanh()) * 2
print(s3, 2 * nn.Sequential(nn.ReLU()))
attempt(lambda: nn.Sequential(nn.ReLU()) * 0)
attempt(lambda: nn.Sequential(nn.ReLU()) * 1.5)
s4 = nn.Sequential(nn.ReLU())
s4 *= 3
s4 += nn.Sequential(nn.Tanh())
print(s4)
od = nn.Sequential(OrderedDict([('first', nn.Linear(2, 2)), ('act', nn.GELU()), ('last', nn.Linear(2, 1))]))
print(od, od.first, od[2], od[:2], list(od.state_dict().keys()))
print(nn.Sequential(), nn.Sequential()(x) is x)

ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
print(ml, len(ml), ml[1], ml[-1] is ml[2], ml[1:])
ml.append(nn.ReLU())
ml.extend([nn.Tanh()])
ml.insert(0, nn.Identity())
ml += [nn.ELU()]
print([type(m).__name__ for m in ml], list(ml._modules))
del ml[0]
print(list(ml._modules), type(ml.pop(-1)).__name__, len(ml))
ml[0] = nn.Sigmoid()
print(ml[0], len(ml + nn.ModuleList([nn.ReLU()])))
del ml[1:3]
print(ml)
attempt(lambda: ml[10])
attempt(lambda: ml.extend(5))
print(nn.ModuleList(), list(nn.ModuleList()))

md = nn.ModuleDict({'b': nn.ReLU(), 'a': nn.Linear(1, 1)})
md['c'] = nn.Tanh()
md.update([('d', nn.Identity())])
md.update(OrderedDict(e=nn.GELU()))
print(md, len(md), list(md), list(md.keys()), [type(v).__name__ for v in md.values()], 'a' in md, 'z' in md)
print([k for k, _ in md.items()], type(md.pop('b')).__name__, list(md))
del md['c']
print(list(md.keys()), md['a'])
attempt(lambda: md['zz'])
attempt(lambda: md.update(5))
attempt(lambda: md.update([('x',)]))
attempt(lambda: md.update([3]))
md.clear()
print(md, len(md))

pl = nn.ParameterList([nn.Parameter(torch.ones(2)), torch.zeros(3, 2)])
pl.append(nn.Parameter(torch.ones(1, dtype=torch.float64)))
pl.extend([torch.ones(2, 2)])
print(pl, len(pl), [type(p).__name__ for p in pl], pl[1].requires_grad)
print([n for n, _ in pl.named_parameters()], pl[-1].shape, len(pl[1:3]))
pl[0] = torch.full((1,), 5.)
print(pl[0], list(pl.state_dict().keys()))
attempt(lambda: pl[7])
attempt(lambda: pl.extend(torch.ones(2)))
attempt(lambda: pl(1))

pd = nn.ParameterDict({'b': nn.Parameter(torch.ones(2)), 'a': torch.zeros(3)})
pd['c'] = torch.ones(1, 1)
pd.update({'e': torch.ones(1), 'd': torch.ones(2)})
print(pd, len(pd), list(pd), list(pd.keys()), 'a' in pd)
print([k for k, _ in pd.items()], [v.shape for v in pd.values()], pd.get('zz'), pd.get('a').shape)
print(type(pd.pop('b')).__name__, list(pd), pd.setdefault('f', torch.zeros(1)).shape, list(pd))
del pd['c']
print(list(pd.state_dict().keys()), list(reversed(pd)))
print(pd.popitem()[0], list(pd.copy().keys()), list(pd.fromkeys(['x', 'y'], torch.ones(1)).keys()))
attempt(lambda: pd[3])
attempt(lambda: pd.update(3))
attempt(lambda: pd(1))
print(list((pd | nn.ParameterDict({'z': torch.ones(1)})).keys()))
pd.clear()
print(pd, len(pd))
