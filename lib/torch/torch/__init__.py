# The torch package: the _torch builtin module (Tensor, dtypes, operators) plus
# the pieces PyTorch writes in Python.
from _torch import *
from _torch import _set_grad_enabled
import sys as _sys
import _torch as _C
# torch._C and torch._C._nn are what PyTorch's Python code imports the kernels from.
_sys.modules["torch._C"] = _C
_sys.modules["torch._C._nn"] = _C._nn
del _sys
from torch.autograd.grad_mode import no_grad, enable_grad, set_grad_enabled, inference_mode
from torch.functional import einsum, meshgrid
from torch.random import manual_seed, seed, initial_seed, get_rng_state, set_rng_state

__version__ = "1.13.1"


# torch.nn is imported on first use (torch.nn.X, from torch import nn), which
# keeps `import torch` as fast as it was.
def __getattr__(name):
    if name == "nn":
        import torch.nn
        return torch.nn
    raise AttributeError("module 'torch' has no attribute '{}'".format(name))
