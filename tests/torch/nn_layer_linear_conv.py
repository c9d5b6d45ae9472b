# Linear, Bilinear, Identity, Flatten, Unflatten, Conv1d/Conv2d/ConvTranspose2d:
# outputs, reprs, padding modes and strings, argument errors.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def attempt_type(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


torch.manual_seed(0)
torch.set_grad_enabled(False)
x = torch.randn(2, 3)
lin = nn.Linear(3, 2)
print(lin, lin(x), lin(x[0]), lin(torch.randn(2, 2, 3)).shape)
print(nn.Linear(3, 2, bias=False)(x), F.linear(x, lin.weight), F.linear(x, lin.weight, lin.bias))
attempt_type(lambda: lin(torch.randn(2, 4)))
bil = nn.Bilinear(3, 2, 4)
print(bil, bil(x, torch.randn(2, 2)), nn.Bilinear(1, 1, 1, bias=False))
print(nn.Identity()(x) is x, nn.Flatten(), nn.Flatten(0, 1)(torch.zeros(2, 3, 4)).shape, nn.Flatten()(torch.zeros(2, 3, 4)).shape)
un = nn.Unflatten(1, (2, 5))
print(un, un(torch.arange(20.).view(2, 10)).shape, nn.Unflatten(-1, [2, -1])(torch.zeros(3, 8)).shape)
attempt(lambda: nn.Unflatten(1, 5))
attempt(lambda: nn.Unflatten(1, (2, 2.5)))
attempt(lambda: nn.Unflatten(1.0, (2, 2)))

c1 = nn.Conv1d(2, 4, 3, stride=2, padding=1, dilation=1, groups=2, bias=True)
x1 = torch.randn(2, 2, 9)
print(c1, c1(x1), c1(x1[0]).shape)
print(nn.Conv1d(2, 3, 2, padding='same'), nn.Conv1d(2, 3, 4, padding='same', dilation=2)(x1).shape,
      nn.Conv1d(2, 3, 3, padding='valid')(x1).shape)
for mode in ['zeros', 'reflect', 'replicate', 'circular']:
    c = nn.Conv1d(2, 2, 3, padding=2, padding_mode=mode)
    print(c, c._reversed_padding_repeated_twice, c(x1))
cs = nn.Conv1d(2, 2, 4, padding='same', padding_mode='reflect')
print(cs._reversed_padding_repeated_twice, cs(x1).shape)

c2 = nn.Conv2d(3, 6, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2), groups=3, bias=False)
x2 = torch.randn(1, 3, 7, 6)
print(c2, c2(x2), c2.weight.shape)
print(nn.Conv2d(3, 4, 3, padding='same')(x2).shape, nn.Conv2d(3, 2, 1), nn.Conv2d(3, 2, 3, padding_mode='circular', padding=1)(x2).shape)
print(nn.Conv2d(3, 2, 3, padding=1, padding_mode='reflect')(x2)[0, 0, :2])
print(nn.Conv2d(3, 2, 3, padding=(1, 2), padding_mode='replicate')(x2).shape)
attempt(lambda: nn.Conv2d(3, 4, 3, groups=2))
attempt(lambda: nn.Conv2d(4, 3, 3, groups=2))
attempt(lambda: nn.Conv2d(4, 4, 3, groups=0))
attempt(lambda: nn.Conv2d(4, 4, 3, padding='same', stride=2))
attempt_type(lambda: nn.Conv2d(4, 4, 3, padding='full'))
attempt_type(lambda: nn.Conv2d(4, 4, 3, padding_mode='wrap'))
attempt_type(lambda: nn.Conv2d(4, 4, 3)(x2))
attempt_type(lambda: F.conv2d(x2, torch.randn(2, 3, 9, 9)))

ct = nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1)
print(ct, ct(x2), ct(x2[0]).shape)
print(ct(x2, output_size=[14, 12]).shape, ct(x2, output_size=(1, 2, 13, 11)).shape)
attempt(lambda: ct(x2, output_size=[20, 20]))
attempt(lambda: ct(x2, output_size=[13]))
ct2 = nn.ConvTranspose2d(4, 2, (2, 3), groups=2, dilation=2, bias=False)
print(ct2, ct2(torch.randn(1, 4, 3, 3)).shape)
attempt(lambda: nn.ConvTranspose2d(3, 2, 3, padding_mode='reflect'))
print(F.conv1d(x1, torch.ones(1, 2, 2)), F.conv_transpose2d(x2, torch.ones(3, 1, 2, 2)).shape)
