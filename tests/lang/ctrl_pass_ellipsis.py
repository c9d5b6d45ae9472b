# pass, Ellipsis, empty bodies with docstrings or ...
def stub():
    ...
def stub2():
    "only a docstring"
class Empty:
    pass
print(stub(), stub2(), Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), str(Ellipsis), bool(...))
x = [1, ..., 3]
print(x, x.count(...))
for _ in range(2):
    pass
print("done")
