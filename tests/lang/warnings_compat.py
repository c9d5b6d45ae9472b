# warnings as model code and its scripts use them: catch_warnings(record=True), filters (with
# regex messages), stacklevel, the caller's file and line, formatwarning, errors.
import warnings, sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(UserWarning("third"))
    warnings.warn("fourth", category=FutureWarning, stacklevel=2)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(type(w[0].message).__name__, w[0].filename.endswith("p_warn.py"), w[0].lineno, isinstance(w[0].message, Warning))
    print(str(w[0])[:40] if False else "")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("x")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("user")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me"); warnings.warn("keep me")
    print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once-ish")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once")
    warnings.warn("other")
    print(len(w))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
try:
    warnings.filterwarnings("bogus")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning), warnings.WarningMessage.__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "file.py", 12)
    print(w[0].filename, w[0].lineno, str(w[0].message))
import io
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr")
sys.stderr = old
print(buf.getvalue().split(":", 2)[2])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3))
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line of code"))
def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated()
    print(w[0].lineno, w[0].category.__name__)
pats = [".*deprecated.*", "skip.*", "The given NumPy", r"torch\.meshgrid", "[Uu]ser.*", "a+b?c", r"\d+ items", "^exact$", r"x\Z", "[^a-c]z", r"\w+\s\w+", ".*", "[0-9]*x", r"\D", "abc$"]
texts = ["this is deprecated now", "skip me", "the given numpy array", "torch.meshgrid: in an upcoming", "torchXmeshgrid", "User code", "aac", "abc", "12 items", "exact", "exactly", "x", "xy", "dz", "az", "hello world", "123x", "5", "abc\n"]
for p in pats:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", message=p)
        for t in texts:
            warnings.warn(t)
        print(p, [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("module filtered")
    print(len(w))
