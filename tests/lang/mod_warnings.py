# warnings.warn writes to stderr and execution continues.
import warnings
print("before")
warnings.warn("something odd")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("user warning", UserWarning, stacklevel=2)
def f():
    warnings.warn("inside function", RuntimeWarning)
    return "f returned"
print(f())
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Warning))
print("after")
