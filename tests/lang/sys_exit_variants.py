# SystemExit is catchable; its code attribute; sys.exit() with no argument.
import sys

for arg in ((), (0,), (5,), ("text",), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print("now exiting cleanly")
sys.exit()
