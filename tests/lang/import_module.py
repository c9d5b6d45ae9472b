# import of a user module inside a package; attribute access; module identity.
import pkgs.helper
import sys
print(pkgs.helper.CONST, pkgs.helper.double(21), pkgs.helper.Greeter("ann").greet())
print(pkgs.helper.__name__, pkgs.helper.where(), pkgs.PKG_LEVEL)
print(pkgs.helper.__file__.endswith("helper.py"), type(pkgs.helper).__name__)
print(sys.modules["pkgs.helper"] is pkgs.helper, "pkgs" in sys.modules)
import pkgs.helper as again
print(again is pkgs.helper)
print(sorted(k for k in vars(pkgs.helper) if not k.startswith("__")))
