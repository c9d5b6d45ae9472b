# str() and repr() of builtin exceptions with 0, 1 and many args.
for exc in (ValueError(), ValueError("msg"), ValueError("a", 1), ValueError(42),
            KeyError("k"), KeyError(), KeyError("a", "b"), IndexError("list index out of range"),
            Exception(None), OSError(2, "No such file"), StopIteration(3),
            SystemExit(2), RuntimeError(""), AttributeError("x")):
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
print(StopIteration(3).value, StopIteration().value, SystemExit(2).code, SystemExit().code)
print(KeyError("k").args[0], str(KeyError(1)))
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror)
print(type(FileNotFoundError(2, "x")).__name__)
print(BaseException("x").with_traceback(None) is not None)
