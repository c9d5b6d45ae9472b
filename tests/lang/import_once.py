# A module's body runs once no matter how many times it is imported.
import pkgs.counter_mod
import pkgs.counter_mod
from pkgs import counter_mod
from pkgs.counter_mod import bump
print(bump(), bump(), counter_mod.count, pkgs.counter_mod.count)
def inner():
    import pkgs.counter_mod as cm
    return cm.bump()
print(inner(), counter_mod.count)
import sys
m = sys.modules["pkgs.counter_mod"]
print(m is counter_mod)
