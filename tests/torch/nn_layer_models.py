# Small models written the way torchvision writes them (annotations,
# functools.partial, init loops over self.modules()): print(model), parameter
# counts, outputs in eval and train mode, train-mode running statistics.
from functools import partial
from typing import Callable, List, Optional
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor


def conv3x3(in_planes: int, out_planes: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=1, bias=False)


class BasicBlock(nn.Module):
    expansion: int = 1

    def __init__(self, inplanes: int, planes: int, stride: int = 1, downsample: Optional[nn.Module] = None,
                 norm_layer: Optional[Callable[..., nn.Module]] = None) -> None:
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.BatchNorm2d
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = norm_layer(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = norm_layer(planes)
        self.downsample = downsample

    def forward(self, x: Tensor) -> Tensor:
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class TinyResNet(nn.Module):
    def __init__(self, layers: List[int], num_classes: int = 5,
                 norm_layer: Optional[Callable[..., nn.Module]] = None) -> None:
        super().__init__()
        self._norm_layer = norm_layer or partial(nn.BatchNorm2d, momentum=0.2)
        self.inplanes = 4
        self.conv1 = nn.Conv2d(3, 4, kernel_size=5, stride=2, padding=2, bias=False)
        self.bn1 = self._norm_layer(4)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(4, layers[0])
        self.layer2 = self._make_layer(8, layers[1], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(8, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)

    def _make_layer(self, planes: int, blocks: int, stride: int = 1) -> nn.Sequential:
        downsample = None
        if stride != 1 or self.inplanes != planes:
            downsample = nn.Sequential(nn.Conv2d(self.inplanes, planes, 1, stride, bias=False), self._norm_layer(planes))
        layers = [BasicBlock(self.inplanes, planes, stride, downsample, self._norm_layer)]
        self.inplanes = planes
        for _ in range(1, blocks):
            layers.append(BasicBlock(self.inplanes, planes, norm_layer=self._norm_layer))
        return nn.Sequential(*layers)

    def forward(self, x: Tensor) -> Tensor:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer2(self.layer1(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
                                      nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.Tanh(), nn.Dropout(0.3),
                                        nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))

    def forward(self, x):
        return F.log_softmax(self.classifier(self.features(x)), dim=1)


torch.manual_seed(0)
net = TinyResNet([2, 1])
print(net)
print(sum(p.numel() for p in net.parameters()), len(net.state_dict()), list(net.state_dict())[:8])
x = torch.randn(2, 3, 24, 24)
with torch.no_grad():
    net.eval()
    print(net(x))
    net.train()
    print(net(x))
    print(net.bn1.running_mean, net.layer2[0].downsample[1].running_var, net.bn1.num_batches_tracked)
    net.eval()
    print(net(x).argmax(1))

torch.manual_seed(1)
le = LeNet()
print(le)
img = torch.randn(3, 1, 28, 28)
with torch.no_grad():
    print(le.eval()(img))
    torch.manual_seed(2)
    print(le.train()(img))

mlp = nn.Sequential(nn.Linear(4, 16), nn.GELU(), nn.LayerNorm(16), nn.Linear(16, 16), nn.SiLU(), nn.Linear(16, 3))
feats = {}
for name, mod in mlp.named_children():
    mod.register_forward_hook(partial(lambda n, m, i, o: feats.__setitem__(n, tuple(o.shape)), name))
with torch.no_grad():
    out = mlp(torch.randn(5, 4))
print(out.shape, feats, nn.CrossEntropyLoss()(out, torch.tensor([0, 1, 2, 0, 1])).item() > 0)
