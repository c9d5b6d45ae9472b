# ImportError / ModuleNotFoundError and modules that fail during import.
import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkgs.no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs.helper import nope
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'nope' from 'pkgs.helper'"))
try:
    import pkgs.raises_on_import
except ValueError as e:
    print(type(e).__name__, e)
print("pkgs.raises_on_import" in sys.modules)
try:
    import pkgs.broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename.endswith("broken_syntax.py"))
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
