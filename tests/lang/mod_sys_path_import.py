# Modifying sys.path to import a module from a subfolder.
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pkgs", "extra_path"))
import hidden_module
print(hidden_module.VALUE, hidden_module.__name__, "hidden_module" in sys.modules)
