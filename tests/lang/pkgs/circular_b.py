print("circular_b start")
import pkgs.circular_a as a
B_VALUE = "b"
def peek_a():
    return a.A_VALUE
print("circular_b end, a has A_VALUE:", hasattr(a, "A_VALUE"))
