# A tiny pure-Python imitation of torch.nn, used by the model_* tests. It follows
# the structure of the real thing: Parameter, Module with __setattr__/__getattr__
# registration, Sequential/ModuleList, named_* generators, state_dict.
from collections import OrderedDict
from typing import Callable, Dict, Iterator, List, Optional, Tuple
from .tensor import Tensor
from . import functional
from . import init


class Parameter(Tensor):
    def __init__(self, data, requires_grad=True):
        super().__init__(data.data if isinstance(data, Tensor) else data, data.shape if isinstance(data, Tensor) else None)
        self.requires_grad = requires_grad

    def __repr__(self):
        return "Parameter containing:\n" + super().__repr__()


class Module:
    training: bool
    _version: int = 1

    def __init__(self) -> None:
        object.__setattr__(self, "training", True)
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_buffers", OrderedDict())
        object.__setattr__(self, "_modules", OrderedDict())

    def forward(self, *args, **kwargs):
        raise NotImplementedError(f'Module [{type(self).__name__}] is missing the required "forward" function')

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def register_buffer(self, name: str, tensor: Optional[Tensor]) -> None:
        if "." in name:
            raise KeyError("buffer name can't contain \".\"")
        self._buffers[name] = tensor

    def register_parameter(self, name: str, param: Optional[Parameter]) -> None:
        if "_parameters" not in self.__dict__:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError("cannot assign '{}' object to parameter '{}' (tinynn.Parameter or None required)"
                            .format(type(param).__name__, name))
        self._parameters[name] = param

    def add_module(self, name: str, module: Optional["Module"]) -> None:
        self._modules[name] = module

    def __getattr__(self, name: str):
        for store in ("_parameters", "_buffers", "_modules"):
            d = self.__dict__.get(store)
            if d is not None and name in d:
                return d[name]
        raise AttributeError("'{}' object has no attribute '{}'".format(type(self).__name__, name))

    def __setattr__(self, name: str, value) -> None:
        params = self.__dict__.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            for d in (self.__dict__, self._buffers, self._modules):
                d.pop(name, None)
            self.register_parameter(name, value)
        elif params is not None and name in params:
            if value is not None:
                raise TypeError("cannot assign '{}' as parameter '{}' (tinynn.Parameter or None expected)"
                                .format(type(value).__name__, name))
            self.register_parameter(name, value)
        elif isinstance(value, Module):
            modules = self.__dict__.get("_modules")
            if modules is None:
                raise AttributeError("cannot assign module before Module.__init__() call")
            for d in (self.__dict__, self._parameters, self._buffers):
                d.pop(name, None)
            modules[name] = value
        elif self.__dict__.get("_buffers") is not None and name in self._buffers:
            self._buffers[name] = value
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        for store in (self._parameters, self._buffers, self._modules):
            if name in store:
                del store[name]
                return
        object.__delattr__(self, name)

    def named_modules(self, memo=None, prefix: str = "") -> Iterator[Tuple[str, "Module"]]:
        if memo is None:
            memo = set()
        if id(self) not in memo:
            memo.add(id(self))
            yield prefix, self
            for name, module in self._modules.items():
                if module is None:
                    continue
                sub = prefix + ("." if prefix else "") + name
                yield from module.named_modules(memo, sub)

    def modules(self) -> Iterator["Module"]:
        for _, m in self.named_modules():
            yield m

    def named_children(self):
        for name, m in self._modules.items():
            if m is not None:
                yield name, m

    def children(self):
        for _, m in self.named_children():
            yield m

    def named_parameters(self, prefix: str = "", recurse: bool = True):
        seen = set()
        mods = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for mprefix, m in mods:
            for k, p in m._parameters.items():
                if p is None or id(p) in seen:
                    continue
                seen.add(id(p))
                yield mprefix + ("." if mprefix else "") + k, p

    def parameters(self, recurse: bool = True):
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self):
        for mprefix, m in self.named_modules():
            for k, b in m._buffers.items():
                if b is not None:
                    yield mprefix + ("." if mprefix else "") + k, b

    def state_dict(self) -> Dict[str, Tensor]:
        out = OrderedDict()
        for mprefix, m in self.named_modules():
            dot = mprefix + ("." if mprefix else "")
            for k, p in m._parameters.items():
                if p is not None:
                    out[dot + k] = p
            for k, b in m._buffers.items():
                if b is not None:
                    out[dot + k] = b
        return out

    def load_state_dict(self, state: Dict[str, Tensor], strict: bool = True):
        own = self.state_dict()
        missing = [k for k in own if k not in state]
        unexpected = [k for k in state if k not in own]
        if strict and (missing or unexpected):
            raise RuntimeError("Error(s) in loading state_dict for {}: missing {}, unexpected {}".format(
                type(self).__name__, missing, unexpected))
        for k, v in state.items():
            if k in own:
                if own[k].shape != v.shape:
                    raise RuntimeError("size mismatch for {}: copying a param with shape {}, current shape {}".format(
                        k, v.shape, own[k].shape))
                own[k].data[:] = v.data
        return missing, unexpected

    def train(self, mode: bool = True):
        for m in self.modules():
            object.__setattr__(m, "training", mode)
        return self

    def eval(self):
        return self.train(False)

    def apply(self, fn: Callable[["Module"], None]):
        for m in self.children():
            m.apply(fn)
        fn(self)
        return self

    def extra_repr(self) -> str:
        return ""

    def __repr__(self):
        lines = []
        for name, m in self._modules.items():
            sub = repr(m).replace("\n", "\n  ")
            lines.append("(" + name + "): " + sub)
        main = type(self).__name__ + "(" + self.extra_repr()
        if lines:
            main += "\n  " + "\n  ".join(lines) + "\n"
        return main + ")"

    def __dir__(self):
        keys = list(self.__dict__) + list(self._parameters) + list(self._modules) + list(self._buffers)
        return sorted(k for k in keys if not k[0].isdigit())


class Sequential(Module):
    def __init__(self, *args: Module):
        super().__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            for k, m in args[0].items():
                self.add_module(k, m)
        else:
            for i, m in enumerate(args):
                self.add_module(str(i), m)

    def __len__(self):
        return len(self._modules)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Sequential(OrderedDict(list(self._modules.items())[idx]))
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError("index {} is out of range".format(idx))
        return list(self._modules.values())[idx]

    def __iter__(self):
        return iter(self._modules.values())

    def append(self, m: Module) -> "Sequential":
        self.add_module(str(len(self)), m)
        return self

    def forward(self, x):
        for m in self:
            x = m(x)
        return x


class ModuleList(Module):
    def __init__(self, modules=None):
        super().__init__()
        for m in modules or []:
            self.append(m)

    def append(self, m):
        self.add_module(str(len(self._modules)), m)
        return self

    def __iter__(self):
        return iter(self._modules.values())

    def __len__(self):
        return len(self._modules)

    def __getitem__(self, i):
        return list(self._modules.values())[i]


class Linear(Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True) -> None:
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(Tensor.zeros(out_features, in_features))
        if bias:
            self.bias = Parameter(Tensor.zeros(out_features))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        init.deterministic_(self.weight, scale=1.0 / self.in_features)
        if self.bias is not None:
            init.constant_(self.bias, 0.1)

    def forward(self, x):
        return functional.linear(x, self.weight, self.bias)

    def extra_repr(self):
        return "in_features={}, out_features={}, bias={}".format(self.in_features, self.out_features, self.bias is not None)


class ReLU(Module):
    def __init__(self, inplace: bool = False):
        super().__init__()
        self.inplace = inplace

    def forward(self, x):
        return functional.relu(x)

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class Tanh(Module):
    def forward(self, x):
        return x.apply(functional.tanh_scalar)


class Identity(Module):
    def forward(self, x):
        return x


class Scale(Module):
    """A module with a buffer (running statistics style)."""
    def __init__(self, n, eps=1e-5, momentum=0.1):
        super().__init__()
        self.eps = eps
        self.momentum = momentum
        self.weight = Parameter(Tensor([1.0] * n))
        self.register_buffer("running_mean", Tensor([0.0] * n))
        self.register_buffer("num_batches_tracked", Tensor([0.0]))

    def forward(self, x):
        if self.training:
            self.num_batches_tracked.data[0] += 1
            for j in range(len(self.running_mean.data)):
                col = x.column(j)
                mean = sum(col) / len(col)
                rm = self.running_mean.data
                rm[j] = (1 - self.momentum) * rm[j] + self.momentum * mean
        return x.mul_columns(self.weight.data)

    def extra_repr(self):
        return "{}, eps={}, momentum={}".format(len(self.weight.data), self.eps, self.momentum)
