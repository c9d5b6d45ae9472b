"""import_module and friends."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import "
                            "for %r" % name)
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    module = sys.modules.get(name)
    if module is not None:
        return module
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % name, name=name)
    del sys.modules[name]
    try:
        new = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(new.__dict__)
    sys.modules[name] = module
    return module
