# Flatten and Unflatten.
from .module import Module


class Flatten(Module):
    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self):
        return 'start_dim={}, end_dim={}'.format(self.start_dim, self.end_dim)


def _check_sizes(sizes, elem_type, what):
    if not isinstance(sizes, (tuple, list) if elem_type is int else tuple):
        raise TypeError('unflattened_size must be a tuple of {}, but found type {}'.format(what, type(sizes).__name__))
    for i, e in enumerate(sizes):
        if not isinstance(e, elem_type):
            raise TypeError('unflattened_size must be tuple of {}, but found element of type {} at pos {}'
                            .format(what, type(e).__name__, i))


class Unflatten(Module):
    def __init__(self, dim, unflattened_size):
        super().__init__()
        if isinstance(dim, int):
            _check_sizes(unflattened_size, int, 'ints')
        elif isinstance(dim, str):
            _check_sizes(unflattened_size, tuple, 'tuples')
        else:
            raise TypeError('invalid argument type for dim parameter')
        self.dim = dim
        self.unflattened_size = unflattened_size

    def forward(self, input):
        # A selective build may leave Tensor.unflatten out (traces record its view).
        if hasattr(input, 'unflatten'):
            return input.unflatten(self.dim, self.unflattened_size)
        d = self.dim + input.dim() if self.dim < 0 else self.dim
        shape = list(input.shape)
        return input.view(shape[:d] + list(self.unflattened_size) + shape[d + 1:])

    def extra_repr(self):
        return 'dim={}, unflattened_size={}'.format(self.dim, self.unflattened_size)
