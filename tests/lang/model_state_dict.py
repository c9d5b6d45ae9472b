# state_dict()/load_state_dict() round trips, strict checking and error messages.
from collections import OrderedDict
import pkgs.tinynn as nn
from pkgs.tinynn.tensor import Tensor


def make(hidden=3):
    return nn.Sequential(OrderedDict([
        ("fc1", nn.Linear(2, hidden)),
        ("act", nn.ReLU()),
        ("norm", nn.Scale(hidden)),
        ("fc2", nn.Linear(hidden, 1)),
    ]))


a = make()
sd = a.state_dict()
print(list(sd.keys()))
print(type(sd).__name__, [tuple(v.shape) for v in sd.values()])
for k, v in sd.items():
    for i in range(len(v.data)):
        v.data[i] = (i + 1) * (0.5 if "weight" in k else -0.25)
b = make()
missing, unexpected = b.load_state_dict(sd)
print(missing, unexpected)
x = Tensor([[1.0, 2.0], [0.0, -1.0]])
print(a(x), b(x), a(x) == b(x))
partial_sd = OrderedDict((k, v) for k, v in sd.items() if not k.startswith("fc2"))
try:
    b.load_state_dict(partial_sd)
except RuntimeError as e:
    print(type(e).__name__, e)
print(b.load_state_dict(partial_sd, strict=False))
wrong = make(hidden=4).state_dict()
try:
    b.load_state_dict(wrong)
except RuntimeError as e:
    print(type(e).__name__, e)
extra = OrderedDict(sd)
extra["ghost.weight"] = Tensor([1.0])
try:
    b.load_state_dict(extra)
except RuntimeError as e:
    print(type(e).__name__, e)
saved = {k: list(v.data) for k, v in a.state_dict().items()}
print(saved["fc2.bias"], saved["norm.running_mean"])
