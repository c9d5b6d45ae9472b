"""Minimal importlib.util."""

import sys


class _Spec:
    def __init__(self, name, origin=None):
        self.name = name
        self.origin = origin
        self.loader = None
        self.parent = name.rpartition('.')[0]


def find_spec(name, package=None):
    if name in sys.modules:
        m = sys.modules[name]
        return getattr(m, '__spec__', None) or _Spec(name)
    try:
        __import__(name)
    except ImportError:
        return None
    return _Spec(name, getattr(sys.modules.get(name), '__file__', None))
