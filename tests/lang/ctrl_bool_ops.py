# and/or/not return operands and short-circuit.
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(not 0, not [1], not None)
print([] or {} or "last", 1 and "x" and [0], "" and 1)
print(None or 0 or 0.0)
x = [] or [1]
print(x)
print(1 if (0 or None) is None else 2)
print((True and False) or not (False or True))
print(3 and 0 or 5, (3 and 0) or 5, 3 and (0 or 5))
