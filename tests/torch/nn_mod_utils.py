# torch.nn.utils: parameters <-> vector, conv/linear + batch-norm fusion,
# gradient clipping with no gradients; nn.common_types and module paths.
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters, fuse_conv_bn_eval, fuse_conv_bn_weights
from torch.nn.utils.fusion import fuse_linear_bn_eval
from torch.nn.modules.module import Module
from torch.nn.modules.linear import Linear, NonDynamicallyQuantizableLinear
from torch.nn.modules.utils import _pair, _single, _triple, _quadruple, _reverse_repeat_tuple, _list_with_default
from torch.nn.parameter import Parameter
from torch.nn.common_types import _size_2_t

torch.manual_seed(0)
torch.set_grad_enabled(False)
m = nn.Sequential(nn.Linear(3, 2), nn.Linear(2, 1, bias=False))
v = parameters_to_vector(m.parameters())
print(v.shape, v)
vector_to_parameters(torch.arange(11.), m.parameters())
print(m[0].weight, m[0].bias, m[1].weight, type(m[1].weight).__name__)
try:
    vector_to_parameters([1.0], m.parameters())
except TypeError as e:
    print('TypeError')
print(nn.utils.clip_grad_norm_(m.parameters(), 1.0), nn.utils.clip_grad_value_(m.parameters(), 0.5))

conv = nn.Conv2d(2, 3, 3, padding=1)
bn = nn.BatchNorm2d(3)
bn.running_mean.copy_(torch.tensor([0.1, -0.2, 0.3]))
bn.running_var.copy_(torch.tensor([1.5, 0.5, 2.0]))
bn.weight.data = torch.tensor([1.0, 2.0, 0.5])
conv.eval()
bn.eval()
x = torch.randn(1, 2, 4, 4)
fused = fuse_conv_bn_eval(conv, bn)
print(fused, (fused(x) - bn(conv(x))).abs().max() < 1e-5, type(fused.weight).__name__)
w, b = fuse_conv_bn_weights(conv.weight, None, bn.running_mean, bn.running_var, bn.eps, None, None)
print(w.shape, b)
lin = nn.Linear(3, 3).eval()
bn1 = nn.BatchNorm1d(3).eval()
fl = fuse_linear_bn_eval(lin, bn1)
xx = torch.randn(2, 3)
print((fl(xx) - bn1(lin(xx))).abs().max() < 1e-5)
print(_pair(3), _pair((1, 2)), _single(4), _triple(1), _quadruple(0), _reverse_repeat_tuple((1, 2), 2), _list_with_default([None, 3], [1, 2, 5, 6]))
print(Module is nn.Module, Linear is nn.Linear, issubclass(NonDynamicallyQuantizableLinear, Linear), Parameter is nn.Parameter)
print(isinstance(nn.ReLU(), Module), issubclass(nn.Conv2d, nn.Module), isinstance(nn.Conv1d(1, 1, 1), nn.modules.conv._ConvNd))
