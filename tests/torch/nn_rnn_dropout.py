# Dropout between stacked recurrent layers: only in training, only between layers,
# drawing from the global generator as PyTorch does (same numbers after a seed).
import torch
import torch.nn as nn


def same(a, b):
    return a.shape == b.shape and bool((a == b).all())


def data(*shape):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) * 0.53).sin().view(shape)


for cls in (nn.RNN, nn.LSTM, nn.GRU):
    torch.manual_seed(0)
    m = cls(4, 3, num_layers=3, dropout=0.5, bidirectional=cls is nn.GRU)
    x = data(5, 2, 4)
    out, h = m(x)
    print(cls.__name__, "train", out.reshape(-1).tolist())
    torch.manual_seed(1)
    a = m(x)[0]
    torch.manual_seed(1)
    b = m(x)[0]
    print(" same seed same mask", same(a, b))
    m.eval()
    e1 = m(x)[0]
    e2 = m(x)[0]
    print(" eval deterministic", same(e1, e2), e1.reshape(-1).tolist()[:6])
    m.train()
    m.dropout = 1.0
    out = m(x)[0]
    print(" p=1", out.reshape(-1).tolist()[:6])

# One layer: dropout is never applied (only a warning at construction).
torch.manual_seed(2)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    one = nn.LSTM(4, 3, dropout=0.9)
one.train()
print("one layer", same(one(data(3, 1, 4))[0], one.eval()(data(3, 1, 4))[0]))
