# Error paths of the mini nn package mirror torch.nn's checks.
import pkgs.tinynn as nn
from pkgs.tinynn.tensor import Tensor


class NoForward(nn.Module):
    pass


try:
    NoForward()(Tensor([1.0]))
except NotImplementedError as e:
    print(type(e).__name__, e)


class EarlyParam(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(Tensor([1.0]))
        super().__init__()


try:
    EarlyParam()
except AttributeError as e:
    print(type(e).__name__, e)

lin = nn.Linear(2, 2)
try:
    lin.weight = Tensor([1.0, 2.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lin.register_parameter("p", [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lin.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
seq = nn.Sequential(nn.ReLU(), nn.Identity())
try:
    seq[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lin.register_buffer("a.b", None)
except KeyError as e:
    print(type(e).__name__, e)
lin.bias = None
print([n for n, _ in lin.named_parameters()], lin.bias)
del lin.weight
print([n for n, _ in lin.named_parameters()], hasattr(lin, "weight"))
lin.plain = 5
print(lin.plain, "plain" in lin.__dict__)
ml = nn.ModuleList([nn.ReLU(), nn.Tanh()])
print(len(ml), [type(m).__name__ for m in ml], ml[1](Tensor([0.0, 100.0])))
