# Padding layers over F.pad; padding is given last dim first, (left, right, top, bottom, ...).
from .module import Module
from .utils import _ntuple
from .. import functional as F


class _PadNd(Module):
    # _n: number of padded dims; _mode: F.pad's mode.
    def __init__(self, padding):
        super().__init__()
        self.padding = _ntuple(2 * self._n)(padding)

    def forward(self, input):
        return F.pad(input, self.padding, self._mode)

    def extra_repr(self):
        return '{}'.format(self.padding)


class _ConstantPadNd(_PadNd):
    _mode = 'constant'

    def __init__(self, padding, value):
        super().__init__(padding)
        self.value = value

    def forward(self, input):
        return F.pad(input, self.padding, 'constant', self.value)

    def extra_repr(self):
        return 'padding={}, value={}'.format(self.padding, self.value)


class ConstantPad1d(_ConstantPadNd):
    _n = 1


class ConstantPad2d(_ConstantPadNd):
    _n = 2


class ConstantPad3d(_ConstantPadNd):
    _n = 3


class ZeroPad2d(ConstantPad2d):
    def __init__(self, padding):
        super().__init__(padding, 0.0)

    def extra_repr(self):
        return '{}'.format(self.padding)


class ReflectionPad1d(_PadNd):
    _n, _mode = 1, 'reflect'


class ReflectionPad2d(_PadNd):
    _n, _mode = 2, 'reflect'


class ReflectionPad3d(_PadNd):
    _n, _mode = 3, 'reflect'


class ReplicationPad1d(_PadNd):
    _n, _mode = 1, 'replicate'


class ReplicationPad2d(_PadNd):
    _n, _mode = 2, 'replicate'


class ReplicationPad3d(_PadNd):
    _n, _mode = 3, 'replicate'
