# A module imported (not run) sees __name__ == its module name.
import pkgs.main_guard_mod as mg
print(mg.main(), mg.__name__)
print(__name__)
