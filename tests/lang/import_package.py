# Packages: __init__ runs once, submodules bound as attributes, __path__/__package__.
import pkgs.geometry
import pkgs.geometry.shapes
print(pkgs.geometry.Square(2).area(), pkgs.geometry.Circle(1).area(), pkgs.geometry.shapes.LEVEL_SEEN)
print(pkgs.geometry.util.describe(pkgs.geometry.Square(3)))
print(pkgs.geometry.__name__, pkgs.geometry.__package__, pkgs.geometry.shapes.__package__)
print(hasattr(pkgs.geometry, "__path__"), hasattr(pkgs.geometry.shapes, "__path__"))
print(pkgs.geometry.Square(5).perimeter())
import pkgs.geometry.sub.deep
print(hasattr(pkgs.geometry, "sub"), hasattr(pkgs.geometry.sub, "deep"))
