# torch.nn code that draws random numbers: same seed -> PyTorch's parameters and dropout masks.
import torch
import torch.nn as nn
import torch.nn.functional as F

def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())

torch.manual_seed(0)
lin = nn.Linear(5, 3)
show("linear weight", lin.weight.data)
show("linear bias", lin.bias.data)
conv = nn.Conv2d(2, 3, 3)
show("conv weight", conv.weight.data.flatten()[:20])
emb = nn.Embedding(4, 3)
show("embedding", emb.weight.data)

w = torch.empty(4, 6)
show("init uniform_", nn.init.uniform_(w, -0.1, 0.1))
show("init normal_", nn.init.normal_(w, 0.5, 2.0))
show("init trunc_normal_", nn.init.trunc_normal_(w, std=0.02))
show("init xavier_uniform_", nn.init.xavier_uniform_(w))
show("init xavier_normal_", nn.init.xavier_normal_(w))
show("init kaiming_uniform_", nn.init.kaiming_uniform_(w, a=5 ** 0.5))
show("init kaiming_normal_", nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu"))

x = torch.arange(32, dtype=torch.float32).view(2, 4, 2, 2) / 10
show("F.dropout", F.dropout(x, 0.3))
show("F.dropout eval", F.dropout(x, 0.3, training=False))
show("F.dropout2d", F.dropout2d(x, 0.5))
show("F.alpha_dropout", F.alpha_dropout(x, 0.2, training=True))
drop = nn.Dropout(0.25)
show("nn.Dropout", drop(x))
drop.eval()
show("nn.Dropout eval", drop(x))
y = x.clone()
F.dropout(y, 0.5, inplace=True)
show("F.dropout inplace", y)
