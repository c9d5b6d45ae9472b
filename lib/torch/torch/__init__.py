# The torch package: the _torch builtin module (Tensor, dtypes, operators) plus
# the pieces PyTorch writes in Python.
from _torch import *
from _torch import _set_grad_enabled
from torch.autograd.grad_mode import no_grad, enable_grad, set_grad_enabled, inference_mode

__version__ = "1.13.1"
