import torch

def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)

t = torch.tensor([[1.5, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(t.shape, t.size(), t.size(0), t.size(-1), t.size(dim=1), t.dim(), t.ndim, t.ndimension())
print(t.numel(), t.nelement(), t.element_size(), t.stride(), t.stride(0), t.stride(-1))
print(t.storage_offset(), t.is_contiguous(), t.dtype, t.device, t.requires_grad, t.is_leaf)
print(t.grad, t.grad_fn, t.is_cuda, type(t.data_ptr()))
print(t.T, t.T.shape, t.T.is_contiguous(), t.T.stride())
print(t.type(), t.type(torch.int32), t.type('torch.DoubleTensor'))
print(t.long(), t.int(), t.double(), t.bool(), t.half(), t.byte(), t.float() is t)
print(torch.tensor([1, 2], dtype=torch.int16).element_size(), torch.tensor([True]).element_size())
e(lambda: t.size(2))
e(lambda: t.stride(-3))
e(lambda: torch.tensor(1).size(0))
print(torch.tensor(5).shape, torch.tensor(5).stride(), torch.tensor(5).dim())

print(t.tolist(), torch.tensor(1.5).tolist(), torch.tensor([True, False]).tolist())
print(torch.tensor(7).item(), torch.tensor(0.1).item(), torch.tensor([True]).item())
print(torch.tensor(1e30).item(), torch.tensor([2.5], dtype=torch.float64).item())
e(lambda: torch.tensor([1, 2]).item())
print(int(torch.tensor(-2.7)), float(torch.tensor(3)), bool(torch.tensor([0.0])))
print(bool(torch.tensor(2)), int(torch.tensor([True])), [10, 20, 30][torch.tensor(2)])
e(lambda: bool(torch.tensor([1, 2])))
e(lambda: bool(torch.tensor([])))
e(lambda: int(torch.tensor([1, 2])))
e(lambda: float(torch.tensor([])))
e(lambda: [1, 2][torch.tensor(1.0)])
print(len(t), len(torch.tensor([1, 2, 3])))
e(lambda: len(torch.tensor(1)))
e(lambda: iter(torch.tensor(1)))
for row in t:
    print(row)
print([x.item() for x in torch.tensor([3, 4])])
print(format(torch.tensor(1.5), ".2f"), format(torch.tensor(3), "04d"), "{}".format(torch.tensor([1, 2])))
e(lambda: format(torch.tensor([1.5]), ".2f"))
print(hash(t) == id(t), {t: 1}[t])

d = t.detach()
print(d, d.requires_grad)
g = torch.tensor([1.0, 2.0], requires_grad=True)
print(g, g.requires_grad, g.detach().requires_grad)
g.requires_grad = False
print(g)
print(g.requires_grad_(), g.requires_grad_(False))
e(lambda: torch.tensor([1]).requires_grad_())
x = torch.tensor([1.0, 2.0])
x.data = torch.tensor([5.0, 6.0, 7.0])
print(x, x.data)
x.foo = 3
print(x.foo)

class Param(torch.Tensor):
    def __new__(cls, data=None, requires_grad=True):
        return torch.Tensor._make_subclass(cls, data, requires_grad)

p = Param(torch.tensor([1.0, 2.0]))
print(type(p).__name__, isinstance(p, torch.Tensor), p.requires_grad, p.shape)
p.tag = "w"
print(p.tag, p.detach().tolist())
print(torch.is_tensor(p))
