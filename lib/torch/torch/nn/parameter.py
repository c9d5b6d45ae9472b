# nn.Parameter: a Tensor subclass that Module.__setattr__ registers as a
# parameter. It shares the storage of the tensor it wraps.
import torch
from collections import OrderedDict


class Parameter(torch.Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = torch.empty(0)
        return torch.Tensor._make_subclass(cls, data, requires_grad)

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        result = type(self)(self.data.clone(), self.requires_grad)
        memo[id(self)] = result
        return result

    def __repr__(self):
        return 'Parameter containing:\n' + torch.Tensor.__repr__(self)

    def __reduce_ex__(self, proto):
        return (torch._utils._rebuild_parameter, (self.data, self.requires_grad, OrderedDict()))
