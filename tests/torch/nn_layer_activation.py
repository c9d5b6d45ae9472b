# Activation layers and their functional forms, in place and not, with reprs.
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


x = torch.tensor([[-3.0, -1.5, -0.25, 0.0], [0.3, 1.0, 2.5, 7.0]])
layers = [nn.ReLU(), nn.ReLU(inplace=True), nn.ReLU6(), nn.ReLU6(True), nn.LeakyReLU(), nn.LeakyReLU(0.2, True),
          nn.ELU(), nn.ELU(0.5, inplace=True), nn.SELU(), nn.CELU(2.0), nn.GELU(), nn.GELU('tanh'), nn.SiLU(),
          nn.Mish(), nn.Sigmoid(), nn.Tanh(), nn.Hardswish(), nn.Hardsigmoid(), nn.Hardtanh(), nn.Hardtanh(-2, 3),
          nn.Softplus(), nn.Softplus(2, 5), nn.Softsign(), nn.Tanhshrink(), nn.Threshold(0.5, -1.0),
          nn.Hardshrink(), nn.Softshrink(0.3), nn.LogSigmoid(), nn.GLU(), nn.GLU(0), nn.PReLU(), nn.PReLU(4),
          nn.Softmax(dim=1), nn.Softmax(0), nn.LogSoftmax(dim=1), nn.Softmin(dim=1), nn.Softmax2d(), nn.RReLU(0.1, 0.3)]
for m in layers:
    m.eval()
    inp = x.clone().unsqueeze(0) if isinstance(m, nn.Softmax2d) else x.clone()
    out = m(inp)
    print(m, out, 'same object' if out is inp else '')
print(nn.SiLU(inplace=True), nn.Mish(True), nn.SELU(True), nn.Hardswish(True), nn.Hardsigmoid(True), nn.Threshold(1, 2, True))

# functional forms
fns = [lambda t: F.relu(t), lambda t: F.relu6(t), lambda t: F.elu(t, 0.3), lambda t: F.selu(t), lambda t: F.celu(t, 1.5),
       lambda t: F.leaky_relu(t, 0.3), lambda t: F.gelu(t), lambda t: F.gelu(t, approximate='tanh'), lambda t: F.silu(t),
       lambda t: F.mish(t), lambda t: F.hardswish(t), lambda t: F.hardsigmoid(t), lambda t: F.hardtanh(t, -0.5, 0.5),
       lambda t: F.softplus(t, beta=0.5, threshold=1), lambda t: F.softsign(t), lambda t: F.tanhshrink(t),
       lambda t: F.threshold(t, 0.1, 20.0), lambda t: F.hardshrink(t, 1.0), lambda t: F.softshrink(t, 1.0),
       lambda t: F.logsigmoid(t), lambda t: F.glu(t, 1), lambda t: F.prelu(t, torch.tensor([0.1])),
       lambda t: F.prelu(t, torch.tensor([0.1, 0.2, 0.3, 0.4])), lambda t: F.rrelu(t), lambda t: F.sigmoid(t),
       lambda t: F.tanh(t), lambda t: F.softmax(t, 0), lambda t: F.softmax(t, -1, dtype=torch.float64),
       lambda t: F.log_softmax(t, 1), lambda t: F.softmin(t, 1), lambda t: F.softmax(t), lambda t: F.log_softmax(t),
       lambda t: F.softmin(t), lambda t: F.softmax(t[0]), lambda t: F.softmax(t.view(1, 2, 4)), lambda t: F.softmax(t.view(1, 1, 2, 4)),
       lambda t: F.normalize(t), lambda t: F.normalize(t, p=1, dim=0), lambda t: F.normalize(t, 3.0, -1, 0.5)]
for i, f in enumerate(fns):
    print(i, f(x))
# in place variants
for f in [F.relu_, F.elu_, F.leaky_relu_, F.hardtanh_, F.selu_, F.celu_, F.threshold_, F.rrelu_,
          lambda t: F.relu(t, inplace=True), lambda t: F.hardswish(t, True), lambda t: F.silu(t, True),
          lambda t: F.mish(t, True), lambda t: F.hardsigmoid(t, True), lambda t: F.relu6(t, True),
          lambda t: F.elu(t, inplace=True), lambda t: F.leaky_relu(t, 0.5, True), lambda t: F.hardtanh(t, inplace=True)]:
    t = x.clone()
    r = f(t, 0.5, 0.5) if f is F.threshold_ else f(t)
    print(r is t, t)
print(F.relu(torch.tensor([-1, 0, 3])), F.relu(x.double()).dtype, F.softmax(torch.zeros(0), 0))
attempt(lambda: F.glu(torch.tensor(1.0)))
attempt(lambda: F.glu(torch.ones(3)))
attempt(lambda: nn.Hardtanh(1, 0))
attempt(lambda: nn.Softmax2d()(torch.ones(2)))
attempt(lambda: F.prelu(x, torch.ones(3)))
p = nn.PReLU(3, init=0.1)
print(p.weight, list(p.state_dict().keys()))
