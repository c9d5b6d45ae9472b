"""Functions to call when the interpreter exits. The runtime calls
_run_exitfuncs() once the program has ended (py_deinit), when it has imported
this module: the functions registered by then run, newest first."""

import sys

_handlers = []


def register(*args, **kwargs):
    if not args:
        raise TypeError('register() takes at least 1 argument (0 given)')
    func = args[0]
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args[1:], kwargs))
    return func


def unregister(*args):
    if len(args) != 1:
        raise TypeError('atexit.unregister() takes exactly one argument (%d given)' % len(args))
    _handlers[:] = [h for h in _handlers if h[0] != args[0]]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    handlers = _handlers[:]
    for func, args, kwargs in reversed(handlers):
        try:
            func(*args, **kwargs)
        except BaseException as e:
            sys.stdout.flush()
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            sys.excepthook(type(e), e, e.__traceback__)
    _clear()
