# The builtin exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (UnicodeDecodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, BaseException),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException),
    (UserWarning, Warning), (DeprecationWarning, Warning), (Warning, Exception),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (TimeoutError, OSError),
    (PermissionError, OSError), (IOError, OSError), (EnvironmentError, OSError),
    (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(BaseException.__bases__[0].__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
