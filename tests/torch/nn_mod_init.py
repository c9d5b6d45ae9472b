# Initial weights: torch.manual_seed then layer construction gives PyTorch's
# exact parameters (same formulas, same order of random draws); nn.init.
import math
import warnings
import torch
import torch.nn as nn
from torch.nn import init

warnings.simplefilter('ignore')


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def show(m):
    for n, p in m.named_parameters():
        print(n, p)
    for n, b in m.named_buffers():
        print(n, b)


torch.manual_seed(0)
for m in [nn.Linear(4, 3), nn.Linear(2, 2, bias=False), nn.Bilinear(2, 3, 2), nn.Conv1d(2, 3, 2),
          nn.Conv2d(2, 4, (2, 1), groups=2), nn.ConvTranspose2d(2, 3, 2), nn.Conv2d(1, 1, 2, bias=False),
          nn.Embedding(4, 3), nn.Embedding(5, 2, padding_idx=-1), nn.BatchNorm1d(3), nn.LayerNorm((2, 2)),
          nn.GroupNorm(2, 4), nn.PReLU(2), nn.InstanceNorm2d(2, affine=True), nn.Conv1d(1, 1, 1, dtype=torch.float64)]:
    print(m)
    show(m)
print(torch.rand(2))

torch.manual_seed(3)
seq = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.Flatten(), nn.Linear(4, 2))
print([(n, tuple(p.shape), round(float(p.sum()), 4)) for n, p in seq.named_parameters()])

# nn.init functions
print([init.calculate_gain(n) for n in ['linear', 'conv2d', 'sigmoid', 'tanh', 'relu', 'selu', 'leaky_relu']])
print(init.calculate_gain('leaky_relu', 0.2), init.calculate_gain('leaky_relu', 1))
attempt(lambda: init.calculate_gain('leaky_relu', 'x'))
attempt(lambda: init.calculate_gain('leaky_relu', True))
attempt(lambda: init.calculate_gain('swish'))
torch.manual_seed(1)
w = torch.empty(3, 5)
print(init.uniform_(w), init.uniform_(w, -2, 2), init.normal_(w), init.normal_(w, 1, 0.1))
print(init.constant_(w, 0.5), init.ones_(w), init.zeros_(w), init.eye_(w), init.eye_(torch.empty(4, 2)))
print(init.xavier_uniform_(w), init.xavier_normal_(w, gain=2.0), init.kaiming_uniform_(w), init.kaiming_normal_(w))
print(init.kaiming_uniform_(w, a=0.1, mode='fan_out', nonlinearity='relu'), init.kaiming_normal_(w, mode='fan_out'))
print(init.trunc_normal_(w), init.trunc_normal_(w, 0.5, 0.2, 0.0, 1.0))
print(init._calculate_fan_in_and_fan_out(torch.empty(4, 3, 2, 5)), init._calculate_fan_in_and_fan_out(w))
d = init.dirac_(torch.empty(2, 2, 3))
print(d, init.dirac_(torch.empty(4, 2, 3, 3), groups=2)[:, :, 1])
p = nn.Parameter(torch.empty(2, 2))
r = init.normal_(p)
print(r is p, p.requires_grad, type(r).__name__)
attempt(lambda: init.xavier_uniform_(torch.empty(3)))
attempt(lambda: init.kaiming_uniform_(w, mode='fan_avg'))
attempt(lambda: init.eye_(torch.empty(2, 2, 2)))
attempt(lambda: init.dirac_(torch.empty(2, 2)))
attempt(lambda: init.dirac_(torch.empty(3, 2, 2), groups=2))
print(init.kaiming_uniform_(torch.empty(0, 3)))


# Re-initialising a model the torchvision way.
class Small(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.bn = nn.BatchNorm2d(2)
        self.fc = nn.Linear(2, 2)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.01)
                nn.init.zeros_(m.bias)


torch.manual_seed(5)
show(Small())
lin = nn.Linear(3, 3)
torch.manual_seed(7)
lin.reset_parameters()
print(lin.weight)
