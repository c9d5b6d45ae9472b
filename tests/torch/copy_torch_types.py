# copy.copy / copy.deepcopy of torch's value types (their __reduce__), and of a
# module holding them.
import copy
import torch

for v in [torch.float32, torch.int64, torch.device('cpu'), torch.device('cpu', 0),
          torch.Size([2, 3]), torch.Size([])]:
    for f in (copy.copy, copy.deepcopy):
        y = f(v)
        print(repr(v), f.__name__, y is v, y == v, type(y).__name__)
print(torch.float32.__reduce__(), torch.device('cpu', 0).__reduce__()[1],
      torch.Size([4]).__reduce__()[1])
for f in (copy.copy, copy.deepcopy):
    try:
        f(torch.Generator())
    except TypeError as e:
        print(f.__name__, 'TypeError', e)


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(2, 2)
        self.dtype = torch.float32
        self.device = torch.device('cpu')
        self.shape = torch.Size([2, 2])


torch.manual_seed(0)
b = Block()
layers = torch.nn.ModuleList([copy.deepcopy(b) for _ in range(2)])
c = layers[1]
print(c.dtype is torch.float32, c.device, c.shape, c.lin.weight is b.lin.weight,
      torch.equal(c.lin.weight, b.lin.weight), type(c.lin.weight).__name__)
with torch.no_grad():
    c.lin.weight.add_(1.0)
print(torch.equal(layers[0].lin.weight, b.lin.weight), torch.equal(c.lin.weight, b.lin.weight))
