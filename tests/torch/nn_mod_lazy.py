# `import torch` gives torch.nn on first use, as PyTorch's does.
import sys
import torch

print(type(torch.nn).__name__, torch.nn.Linear(2, 1).weight.shape)
from torch import nn
import torch.nn.functional as F
print(nn is torch.nn, F is torch.nn.functional, nn.functional is F, nn.init is torch.nn.init, nn.utils.rnn.PackedSequence.__name__)
print('torch.nn' in sys.modules, 'torch.nn.functional' in sys.modules, 'torch.nn.modules.conv' in sys.modules)
try:
    torch.no_such_thing
except AttributeError as e:
    print(e)
print(hasattr(torch, 'nn'), hasattr(torch, 'no_such_thing'), getattr(torch, 'nope', 'default'))
