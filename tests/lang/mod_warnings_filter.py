# warnings filters: turning warnings into errors, ignoring them, catch_warnings.
import warnings
warnings.simplefilter("error")
try:
    warnings.warn("now an error", UserWarning)
except UserWarning as e:
    print(type(e).__name__, e)
warnings.simplefilter("ignore")
warnings.warn("ignored")
print("ignored ok")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.filterwarnings("error", category=DeprecationWarning)
try:
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    print(type(e).__name__, e)
