print("circular_a start")
import pkgs.circular_b as b
A_VALUE = "a"
def use_b():
    return b.B_VALUE + "+" + b.peek_a()
print("circular_a end")
