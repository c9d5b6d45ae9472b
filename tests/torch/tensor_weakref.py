# Tensors and parameters can be weakly referenced (PyTorch's tensors can).
import gc
import weakref

import torch

gc.disable()
t = torch.zeros(2)
r = weakref.ref(t, lambda w: print('tensor died'))
print(r() is t, weakref.getweakrefcount(t))
del t
print(r())
p = torch.nn.Parameter(torch.ones(1))
rp = weakref.ref(p)
print(rp() is p, '__weakref__' in type(p).__dict__)
del p
print(rp())
m = torch.nn.Linear(2, 2)
values = weakref.WeakValueDictionary(w=m.weight, b=m.bias)
print(sorted(values))
del m
gc.collect()
print(sorted(values))
keys = weakref.WeakKeyDictionary()
x = torch.ones(1)
keys[x] = 'x'
print(len(keys), keys[x])
del x
print(len(keys))
for o in [torch.float32, torch.device('cpu')]:
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)
