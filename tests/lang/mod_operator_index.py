import operator
class I:
    def __index__(self): return 7
class Bad:
    def __index__(self): return "x"
print(operator.index(5), operator.index(True), operator.index(I()), operator.index(2**70))
for v in ("a", 1.5, None, Bad()):
    try:
        operator.index(v)
    except TypeError as e:
        print("TypeError", e)
