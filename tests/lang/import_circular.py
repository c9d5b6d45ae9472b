# Circular imports see partially initialised modules.
import pkgs.circular_a
print(pkgs.circular_a.use_b())
print(pkgs.circular_b.peek_a())
