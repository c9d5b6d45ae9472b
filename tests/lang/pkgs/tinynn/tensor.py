# A 1-D/2-D list-backed tensor, just enough for the model tests.
import math


class Tensor:
    def __init__(self, data, shape=None):
        if data and isinstance(data[0], (list, tuple)):
            self.shape = (len(data), len(data[0]))
            self.data = [float(v) for row in data for v in row]
        else:
            self.data = [float(v) for v in data]
            self.shape = tuple(shape) if shape else (len(self.data),)

    @staticmethod
    def zeros(*shape):
        n = 1
        for s in shape:
            n *= s
        return Tensor([0.0] * n, shape)

    def numel(self):
        return len(self.data)

    def dim(self):
        return len(self.shape)

    def rows(self):
        if self.dim() == 1:
            return [self.data]
        r, c = self.shape
        return [self.data[i * c:(i + 1) * c] for i in range(r)]

    def column(self, j):
        return [row[j] for row in self.rows()]

    def tolist(self):
        return self.rows() if self.dim() == 2 else list(self.data)

    def apply(self, fn):
        return Tensor([fn(v) for v in self.data], self.shape)

    def mul_columns(self, scales):
        return Tensor([[v * s for v, s in zip(row, scales)] for row in self.rows()])

    def __add__(self, other):
        if isinstance(other, Tensor):
            return Tensor([a + b for a, b in zip(self.data, other.data)], self.shape)
        return self.apply(lambda v: v + other)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Tensor):
            return Tensor([a - b for a, b in zip(self.data, other.data)], self.shape)
        return self.apply(lambda v: v - other)

    def __mul__(self, other):
        if isinstance(other, Tensor):
            return Tensor([a * b for a, b in zip(self.data, other.data)], self.shape)
        return self.apply(lambda v: v * other)

    __rmul__ = __mul__

    def __neg__(self):
        return self.apply(lambda v: -v)

    def __matmul__(self, other):
        a = self.rows()
        b = other.rows()
        bt = list(zip(*b))
        return Tensor([[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a])

    def t(self):
        return Tensor([list(c) for c in zip(*self.rows())])

    def sum(self):
        return sum(self.data)

    def mean(self):
        return sum(self.data) / len(self.data)

    def __len__(self):
        return self.shape[0]

    def __eq__(self, other):
        return isinstance(other, Tensor) and self.shape == other.shape and self.data == other.data

    __hash__ = object.__hash__

    def __repr__(self):
        def fmt(v):
            return "{:.4f}".format(v)
        if self.dim() == 1:
            return "tensor([" + ", ".join(fmt(v) for v in self.data) + "])"
        rows = ["[" + ", ".join(fmt(v) for v in r) + "]" for r in self.rows()]
        return "tensor([" + ",\n        ".join(rows) + "])"
