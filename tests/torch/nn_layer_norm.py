# BatchNorm (train/eval, running statistics, momentum None), LayerNorm,
# GroupNorm, InstanceNorm, LocalResponseNorm, Dropout family, Embedding.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter('ignore')
torch.set_grad_enabled(False)


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
x4 = torch.randn(3, 2, 4, 5)
bn = nn.BatchNorm2d(2)
print(bn, bn(x4)[0, :, 0], bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn(x4 * 2 + 1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x4)[1, :, 1], bn.num_batches_tracked)
bm = nn.BatchNorm1d(3, momentum=None, affine=False)
x2 = torch.randn(4, 3)
print(bm, bm(x2), bm(x2 + 1)[0], bm.running_mean, bm.num_batches_tracked, list(bm.state_dict()))
bt = nn.BatchNorm1d(3, track_running_stats=False)
print(bt, bt(x2)[0], bt.eval()(x2)[0], bt.running_mean)
b3 = nn.BatchNorm1d(2, eps=1e-3, momentum=0.5)
x3 = torch.randn(2, 2, 5)
print(b3, b3(x3)[0], b3.running_var)
attempt(lambda: nn.BatchNorm2d(2)(torch.randn(2, 2)))
attempt(lambda: nn.BatchNorm1d(2)(torch.randn(1, 2)))
attempt(lambda: nn.BatchNorm1d(2)(torch.randn(2, 2, 2, 2)))
print(nn.BatchNorm1d(2).eval()(torch.randn(1, 2)))
print(F.batch_norm(x2, torch.zeros(3), torch.ones(3)), F.batch_norm(x2, None, None, training=True)[0])
bn.reset_running_stats()
print(bn.running_mean, bn.num_batches_tracked)

ln = nn.LayerNorm(5)
print(ln, ln(x4)[0, 0], nn.LayerNorm([4, 5], elementwise_affine=False)(x4)[0, 1, 0], nn.LayerNorm((5,), eps=0.1))
print(F.layer_norm(x4, (5,), torch.ones(5) * 2, torch.ones(5))[0, 0, 0])
attempt(lambda: nn.LayerNorm(3)(x4))
gn = nn.GroupNorm(1, 2)
print(gn, gn(x4)[0, :, 0], nn.GroupNorm(2, 2, affine=False)(x4)[1, 1, 1], F.group_norm(x4, 2)[2, 0, 0])
attempt(lambda: nn.GroupNorm(3, 2))
attempt(lambda: nn.GroupNorm(2, 2)(torch.ones(2, 2)))
inn = nn.InstanceNorm2d(2)
print(inn, inn(x4)[0, 1, 0], inn(x4[0])[1, 0], list(inn.state_dict()))
it = nn.InstanceNorm2d(2, affine=True, track_running_stats=True)
print(it, it(x4)[0, 0, 0], it.running_mean, it.eval()(x4)[0, 0, 0])
i1 = nn.InstanceNorm1d(2)
print(i1(x3)[0], nn.InstanceNorm1d(3, momentum=0.3))
attempt(lambda: nn.InstanceNorm2d(2)(torch.ones(2, 2)))
attempt(lambda: nn.InstanceNorm2d(2)(torch.ones(1, 2, 1, 1)))
print(nn.LocalResponseNorm(2), nn.LocalResponseNorm(3)(x4)[0, 0, 0], nn.LocalResponseNorm(2)(x3)[0])
sd = {'running_mean': torch.zeros(2), 'running_var': torch.ones(2)}
attempt(lambda: nn.InstanceNorm2d(2).load_state_dict(sd))

# Dropout: identity in eval mode, masks with PyTorch's random stream in training mode.
d = nn.Dropout(0.4)
print(d, d.eval()(x2) is x2, nn.Dropout2d(), nn.AlphaDropout(0.2), nn.Dropout1d(0.1, True), nn.FeatureAlphaDropout())
torch.manual_seed(3)
print(d.train()(torch.ones(3, 4)), nn.Dropout2d(0.5)(torch.ones(2, 3, 2, 2)), nn.Dropout1d(0.5)(torch.ones(2, 3, 2)))
print(nn.AlphaDropout(0.3)(torch.ones(2, 4)), nn.Dropout3d(0.5)(torch.ones(1, 2, 1, 1, 2)).shape)
print(F.dropout(torch.ones(4), 0.5), F.dropout(torch.ones(4), 0.5, training=False), F.dropout(torch.ones(2), 0.0), F.dropout(torch.ones(2), 1.0))
t = torch.ones(4)
print(F.dropout(t, 0.5, inplace=True) is t, F.dropout2d(torch.ones(1, 2, 3), 0.5), F.dropout1d(torch.ones(3, 2), 0.5))
attempt(lambda: nn.Dropout(1.5))
attempt(lambda: F.dropout(t, -0.1))
attempt(lambda: F.dropout1d(torch.ones(2, 2, 2, 2)))
print(nn.Dropout(0.2).eval()(x2)[0], nn.Dropout2d().eval()(x4).shape)

torch.manual_seed(1)
e = nn.Embedding(6, 3, padding_idx=2)
idx = torch.tensor([[0, 2, 5], [1, 1, 4]])
print(e, e.weight, e(idx), e(torch.tensor(3)))
print(nn.Embedding(4, 2, max_norm=1.0, norm_type=1.0, scale_grad_by_freq=True, sparse=True), nn.Embedding(3, 2, padding_idx=-1).padding_idx)
em = nn.Embedding(4, 2, max_norm=1.0)
print(em(torch.tensor([0, 1])), em.weight)
pre = nn.Embedding.from_pretrained(torch.arange(6.).view(3, 2))
print(pre, pre.weight.requires_grad, pre(torch.tensor([2, 0])), nn.Embedding.from_pretrained(torch.ones(2, 2), freeze=False, padding_idx=0).weight.requires_grad)
print(F.embedding(torch.tensor([1, 0]), torch.arange(4.).view(2, 2)), F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([1]), 4))
attempt(lambda: nn.Embedding(3, 2, padding_idx=3))
attempt(lambda: e(torch.tensor([6])))
attempt(lambda: e(torch.tensor([1.0])))
attempt(lambda: nn.Embedding(3, 2, _weight=torch.ones(2, 2)))
attempt(lambda: nn.Embedding.from_pretrained(torch.ones(3)))
attempt(lambda: F.one_hot(torch.tensor([3]), 2))
