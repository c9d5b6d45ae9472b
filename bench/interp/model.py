# A model-like workload: nn.Module-style classes (parameters found through
# __getattr__, forward via __call__) running a small MLP on nested lists.
# ns per forward pass.
import time


class Module:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        object.__setattr__(self, "_modules", {})

    def __setattr__(self, name, value):
        if isinstance(value, Module):
            self._modules[name] = value
        elif isinstance(value, list):
            self._params[name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        if name in self._params:
            return self._params[name]
        if name in self._modules:
            return self._modules[name]
        raise AttributeError(name)

    def __call__(self, *args):
        return self.forward(*args)


class Linear(Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = [[((i * 7 + j * 3) % 11 - 5) / 10.0 for j in range(n_in)] for i in range(n_out)]
        self.bias = [0.01 * i for i in range(n_out)]

    def forward(self, x):
        return [sum(w * v for w, v in zip(row, x)) + b for row, b in zip(self.weight, self.bias)]


class ReLU(Module):
    def forward(self, x):
        return [v if v > 0.0 else 0.0 for v in x]


class MLP(Module):
    def __init__(self):
        super().__init__()
        self.fc1 = Linear(16, 32)
        self.act = ReLU()
        self.fc2 = Linear(32, 8)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


model = MLP()
x = [i / 16.0 for i in range(16)]
N = 2000
t0 = time.perf_counter()
for _ in range(N):
    y = model(x)
print("%.2f" % ((time.perf_counter() - t0) * 1e9 / N))
