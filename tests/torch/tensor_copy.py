import copy
import torch

t = torch.arange(6.).view(2, 3)
c = copy.copy(t)
print(c, c.shape, c.dtype, type(c).__name__)
c[0, 0] = 100.0  # a shallow copy shares the storage
print(t[0, 0].item(), c.data_ptr() == t.data_ptr())
d = copy.deepcopy(t)
d[1, 1] = -1.0
print(t[1, 1].item(), d[1, 1].item(), d.data_ptr() == t.data_ptr())
v = t[:, 1]
print(copy.copy(v), copy.copy(v).stride(), copy.copy(torch.tensor(3)).item())
l = copy.copy([t, {"k": t}])
print(l[0] is t, l[1]["k"] is t)
m = copy.deepcopy({"a": t, "b": t})
print(m["a"] is m["b"], m["a"] is t, torch.equal(m["a"], t) if hasattr(torch, "equal") else (m["a"] == t).all().item())
