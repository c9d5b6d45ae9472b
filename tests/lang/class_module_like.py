# The torch.nn.Module pattern: __setattr__ routes parameters and submodules into
# dicts, __getattr__ finds them again, __delattr__ removes them.
from collections import OrderedDict

class Parameter:
    def __init__(self, data):
        self.data = data
    def __repr__(self):
        return "Parameter(%r)" % (self.data,)

class Module:
    def __init__(self):
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_modules", OrderedDict())
        object.__setattr__(self, "training", True)

    def __setattr__(self, name, value):
        params = self.__dict__.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            self.__dict__.pop(name, None)
            params[name] = value
        elif isinstance(value, Module):
            self.__dict__.pop(name, None)
            self._modules[name] = value
        elif params is not None and name in params:
            if value is not None:
                raise TypeError("cannot assign '%s' as parameter '%s'" % (type(value).__name__, name))
            params[name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        if "_parameters" in self.__dict__ and name in self.__dict__["_parameters"]:
            return self.__dict__["_parameters"][name]
        if "_modules" in self.__dict__ and name in self.__dict__["_modules"]:
            return self.__dict__["_modules"][name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __delattr__(self, name):
        if name in self._parameters:
            del self._parameters[name]
        elif name in self._modules:
            del self._modules[name]
        else:
            object.__delattr__(self, name)

    def named_parameters(self, prefix=""):
        for n, p in self._parameters.items():
            if p is not None:
                yield prefix + n, p
        for mn, m in self._modules.items():
            yield from m.named_parameters(prefix + mn + ".")

    def __dir__(self):
        return list(self._parameters) + list(self._modules)

class Linear(Module):
    def __init__(self, i, o):
        super().__init__()
        self.weight = Parameter([[0.5] * i for _ in range(o)])
        self.bias = Parameter([0.0] * o)
        self.in_features = i

class Net(Module):
    def __init__(self):
        super().__init__()
        self.fc1 = Linear(2, 3)
        self.fc2 = Linear(3, 1)
        self.scale = 2.0

net = Net()
print([n for n, _ in net.named_parameters()])
print(net.fc1.in_features, net.scale, net.fc2.bias)
print(sorted(net.__dict__))
print("fc1" in net.__dict__, "fc1" in net._modules)
net.fc2.bias = None
print([n for n, _ in net.named_parameters()])
try:
    net.fc1.weight = 5
except TypeError as e:
    print(type(e).__name__, e)
del net.fc1
print(list(net._modules))
try:
    net.fc1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    net.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class Early(Module):
    def __init__(self):
        self.w = Parameter(1)
        super().__init__()
try:
    Early()
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(net, "scale"), hasattr(net, "fc2"), hasattr(net, "fc1"))
