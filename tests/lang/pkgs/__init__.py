# Helper package for the import tests (not a test itself).
print("pkgs/__init__ executed")
PKG_LEVEL = "top"
