import torch

def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)

x = torch.tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(x[0], x[-1], x[1, 2], x[1][2], x[-1, -1])
print(x[:, 1], x[1:], x[::2], x[:, ::2], x[0:2, 1:3], x[:, -2:], x[5:], x[1:100])
print(x[..., 1], x[1, ...], x[...], x[None].shape, x[:, None].shape, x[..., None].shape)
print(x[None, ..., None].shape, x[True].shape, x[False].shape, x[()].shape)
print(x[0].is_contiguous(), x[:, 0].stride(), x[:, 0].storage_offset(), x[1:, 1:].storage_offset())
v = x[1]
v[0] = 100
print(x)
e(lambda: x[3])
e(lambda: x[-4])
e(lambda: x[0, 4])
e(lambda: x[1, -5])
e(lambda: x[0, 0, 0])
e(lambda: x[::-1])
e(lambda: x[::0])
e(lambda: x["a"])
e(lambda: x[1.5])
e(lambda: x[..., ...])
e(lambda: torch.tensor(5)[0])
print(torch.tensor(5)[...], torch.tensor(5)[None])

y = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y[0] = 0
print(y)
y[:, 1] = torch.tensor([7.0, 8.0])
print(y)
y[1, 2] = 2.5
y[..., 0] = True
print(y)
y[:] = torch.tensor([9, 8, 7])
print(y)
i = torch.tensor([1, 2, 3], dtype=torch.int32)
i[0] = 7.9
i[1:] = torch.tensor([1.5, -2.5])
print(i)
e(lambda: y.__setitem__(0, torch.zeros_like if False else torch.tensor([1.0, 2.0])))
e(lambda: y.__setitem__(0, [1, 2, 3]))
