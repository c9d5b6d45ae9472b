# Relative imports at several levels inside a package.
from pkgs.geometry.sub import deep
print(deep.describe())
from pkgs.geometry.sub.deep import describe as d2
print(d2 is deep.describe)
