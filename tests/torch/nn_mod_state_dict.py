# state_dict / load_state_dict: key order and naming, buffers (persistent or
# not, num_batches_tracked), prefix, keep_vars, strict loading and its errors.
from collections import OrderedDict
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.bn = nn.BatchNorm2d(2)
        self.register_buffer('steps', torch.tensor(3))
        self.register_buffer('tmp', torch.zeros(2), persistent=False)
        self.register_buffer('unset', None)
        self.blocks = nn.ModuleList([nn.Linear(4, 4), nn.Sequential(nn.Linear(4, 2, bias=False), nn.LayerNorm(2))])
        self.w = nn.Parameter(torch.arange(3.))
        self.gone = None


def same(a, b):
    return a.shape == b.shape and bool((a == b).all())


torch.manual_seed(1)
net = Net()
sd = net.state_dict()
print(type(sd).__name__, list(sd.keys()))
print([tuple(v.shape) for v in sd.values()], sd['bn.num_batches_tracked'], sd['steps'])
print(list(sd._metadata.items()))
print([type(v).__name__ for v in sd.values()][:3], sd['w'].requires_grad)
kv = net.state_dict(keep_vars=True)
print([type(v).__name__ for v in kv.values()][:3], kv['w'] is net.w, kv['w'].requires_grad)
print(list(net.state_dict(prefix='net.').keys())[:3])
dest = OrderedDict()
net.blocks.state_dict(destination=dest, prefix='b.')
print(list(dest.keys()))
print(list(net.bn.state_dict().keys()), list(nn.BatchNorm1d(3, track_running_stats=False).state_dict().keys()))
print(list(nn.InstanceNorm2d(3, affine=True, track_running_stats=True).state_dict().keys()))

# Loading copies into the existing tensors.
torch.manual_seed(2)
other = Net()
w_before = other.w
r = other.load_state_dict(sd)
print(r, type(r).__name__, r.missing_keys, r.unexpected_keys)
print(other.w is w_before, same(other.w, net.w), same(other.conv.weight, net.conv.weight))
print(other.w.requires_grad, type(other.w).__name__, other.tmp)
sd2 = {k: v * 0 + 1 for k, v in sd.items()}
other.load_state_dict(sd2)
print(other.w, other.bn.num_batches_tracked, other.steps)
other.load_state_dict(OrderedDict(bn=1) and sd)


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


bad = dict(sd)
del bad['conv.bias']
del bad['blocks.1.1.weight']
bad['extra'] = torch.zeros(1)
bad['bn.extra'] = torch.zeros(1)
bad['blocks.2.weight'] = torch.zeros(1)
attempt(lambda: other.load_state_dict(bad))
print(other.load_state_dict(bad, strict=False))
big = dict(sd)
big['w'] = torch.zeros(4)
big['conv.weight'] = torch.zeros(2, 1, 2, 2)
attempt(lambda: other.load_state_dict(big))
attempt(lambda: other.load_state_dict(big, strict=False))
big['w'] = 'not a tensor'
attempt(lambda: other.load_state_dict(big, strict=False))
attempt(lambda: other.load_state_dict([1, 2]))
attempt(lambda: other.load_state_dict({}))
# A 1-element checkpoint tensor loads into a 0-dim buffer.
s3 = dict(sd)
s3['steps'] = torch.tensor([7])
other.load_state_dict(s3)
print(other.steps)
# dtype conversion on copy
s4 = dict(sd)
s4['w'] = torch.tensor([1, 2, 3])
other.load_state_dict(s4)
print(other.w)
# Old checkpoints (no version metadata) may lack num_batches_tracked.
old = OrderedDict((k, v) for k, v in sd.items() if 'num_batches_tracked' not in k)
print(other.load_state_dict(old))
old._metadata = {'bn': {'version': 2}}
attempt(lambda: other.load_state_dict(old))

# Post hooks see the incompatible keys.
seen = []
h = other.register_load_state_dict_post_hook(lambda mod, keys: seen.append((list(keys.missing_keys), list(keys.unexpected_keys))))
other.load_state_dict({'w': torch.zeros(3), 'zz': torch.zeros(1)}, strict=False)
print(seen)
h.remove()

# Round trip through a plain dict of clones, and a Linear-only model.
lin = nn.Linear(3, 2)
lin2 = nn.Linear(3, 2, bias=False)
attempt(lambda: lin2.load_state_dict(lin.state_dict()))
print(lin2.load_state_dict(lin.state_dict(), strict=False))
print(same(lin2.weight, lin.weight))
seq = nn.Sequential(OrderedDict([('fc1', nn.Linear(2, 2)), ('act', nn.ReLU()), ('fc2', nn.Linear(2, 1))]))
print(list(seq.state_dict().keys()), list(seq.state_dict()._metadata.keys()))
