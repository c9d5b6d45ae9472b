# A PyTorch-style model file written against a pure-Python mini nn package
# (pkgs/tinynn): annotations with Optional[Callable[..., Module]], functools.partial
# layer factories, loops over self.modules(), Sequential, buffers, train/eval.
from functools import partial
from typing import Callable, List, Optional

import pkgs.tinynn as nn
from pkgs.tinynn import functional as F
from pkgs.tinynn.tensor import Tensor


class Block(nn.Module):
    expansion: int = 1

    def __init__(self, width: int, norm_layer: Optional[Callable[..., nn.Module]] = None,
                 activation: Callable[..., nn.Module] = nn.ReLU) -> None:
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.Identity
        self.fc = nn.Linear(width, width)
        self.norm = norm_layer(width) if norm_layer is not nn.Identity else norm_layer()
        self.act = activation()

    def forward(self, x: Tensor) -> Tensor:
        identity = x
        out = self.act(self.norm(self.fc(x)))
        return out + identity


class TinyNet(nn.Module):
    def __init__(self, in_dim: int = 3, width: int = 4, depth: int = 2, num_classes: int = 2,
                 norm_layer: Optional[Callable[..., nn.Module]] = None) -> None:
        super().__init__()
        norm_layer = norm_layer or partial(nn.Scale, momentum=0.5)
        self.stem = nn.Sequential(nn.Linear(in_dim, width), nn.ReLU(inplace=True))
        layers: List[nn.Module] = [Block(width, norm_layer) for _ in range(depth)]
        self.blocks = nn.Sequential(*layers)
        self.head = nn.Linear(width, num_classes, bias=False)
        for m in self.modules():
            if isinstance(m, nn.Scale):
                nn.init.constant_(m.weight, 0.5)
            elif isinstance(m, nn.Linear) and m.out_features == num_classes:
                nn.init.deterministic_(m.weight, scale=0.25)

    def forward(self, x: Tensor) -> Tensor:
        x = self.stem(x)
        x = self.blocks(x)
        return F.softmax(self.head(x))


model = TinyNet()
print(model)
names = [n for n, _ in model.named_parameters()]
print(names)
print(sum(p.numel() for p in model.parameters()), len(list(model.modules())))
print([type(m).__name__ for m in model.modules()])
print([n for n, _ in model.named_buffers()])
x = Tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.25]])
y = model(x)
print(y)
print([round(sum(row), 6) for row in y.rows()])
print(model.blocks[0].norm.num_batches_tracked, model.blocks[1].norm.running_mean)
model.eval()
print(all(not m.training for m in model.modules()))
y2 = model(x)
print(model.blocks[0].norm.num_batches_tracked.data, y2 == y)
model.train()
print(model.training, model.blocks[1].training)
counts = {}
model.apply(lambda m: counts.__setitem__(type(m).__name__, counts.get(type(m).__name__, 0) + 1))
print(counts)
print(len(model.blocks), type(model.blocks[-1]).__name__, type(model.blocks[0:1]).__name__)
print([n for n, _ in model.named_children()])
print(model.head.bias, "head.bias" in model.state_dict())
print(sorted(k for k in dir(model.stem) if not k.startswith("_"))[:5])
