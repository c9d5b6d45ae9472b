# torch.nn, written in Python over the kernels of torch and torch._C._nn.
from .modules import *
from .parameter import Parameter
from . import functional, init, utils
