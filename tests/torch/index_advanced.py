import torch

def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)

x = torch.tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(x[[0, 2]], x[torch.tensor([2, 0, 2])], x[[-1]], x[[]], x[:, [0, 3]])
print(x[[0, 1], [1, 2]], x[[[0], [2]], [1, 3]], x[1, [0, 3]], x[[0, 2], 1:3])
print(x[torch.tensor(1)], x[:, torch.tensor(2)], x[[[0, 1]]], x[[0, [1]]])
m = torch.tensor([[True, False, True, False], [False, False, True, True], [False, False, False, False]])
print(x[m], x[torch.tensor([True, False, True])], x[:, torch.tensor([True, False, True, False])])
print(x[x > 5] if False else x[m].shape, x[torch.tensor(True)].shape, x[torch.tensor(False)].shape)
z = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(z[[0, 1], :, [1, 0]], z[:, [0, 1], [1, 0]], z[[1], None, [0]].shape)
print(z[..., [0]], z[[0, 1], [1, 1]].shape, z[torch.tensor([[0, 1], [1, 0]])].shape)
e(lambda: x[[3]])
e(lambda: x[:, [4]])
e(lambda: x[[0, 1], [0, 1, 2]])
e(lambda: x[torch.tensor([1.0])])
e(lambda: x[torch.tensor([0], dtype=torch.int32)])
e(lambda: x[torch.tensor([True, False])])
e(lambda: x[m, 0])

y = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y[[0, 1], [2, 0]] = 0
print(y)
y[:, [0, 1]] = torch.tensor([[10.0, 20.0], [30.0, 40.0]])
print(y)
y[:, [1]] = torch.tensor([-1.0])
print(y)
y[torch.tensor([[True, False, True], [False, False, True]])] = 5
print(y)
y[torch.tensor([[True, False, True], [False, False, True]])] = torch.tensor([1.0, 2.0, 3.0])
print(y)
y[y.T.T.T[0:1].shape[0] if False else 1] = torch.tensor(7)
print(y)
y[[0, 0]] = torch.tensor(y[1])
print(y)
e(lambda: y.__setitem__((slice(None), [0, 1]), torch.tensor([1.0, 2.0, 3.0])))
e(lambda: y.__setitem__(torch.tensor([[True, False, True], [False, False, True]]), torch.tensor([1.0, 2.0])))
e(lambda: y.__setitem__([5], 1.0))
