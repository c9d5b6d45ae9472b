import torch

def e(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)

for d in [torch.float32, torch.float, torch.float64, torch.double, torch.float16, torch.half,
          torch.bfloat16, torch.int8, torch.uint8, torch.int16, torch.short, torch.int32,
          torch.int, torch.int64, torch.long, torch.bool]:
    print(d, repr(d), str(d), d.is_floating_point, d.is_signed, isinstance(d, torch.dtype))
print(torch.float is torch.float32, torch.long == torch.int64, torch.int32 != torch.int64)
print({torch.float32: 1}[torch.float])
print(torch.get_default_dtype())
print(torch.tensor([1.5]).dtype, torch.tensor([1.5]))
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.tensor([1.5]).dtype, torch.tensor([1.5]))
print(torch.tensor([1.5], dtype=torch.float32))
torch.set_default_dtype(torch.float32)
e(lambda: torch.set_default_dtype(torch.int64))
print(torch.get_default_dtype())

print(torch.device("cpu"), repr(torch.device("cpu")), repr(torch.device("cpu:0")))
print(repr(torch.device("cpu", 0)), torch.device("cpu").type, torch.device("cpu").index)
print(torch.device("cpu") == torch.device("cpu"), torch.device("cpu") == torch.device("cpu:0"))
print(repr(torch.device("cuda")), repr(torch.device("cuda:1")))
print(repr(torch.device(torch.device("cpu"))))
e(lambda: torch.device("foo"))

s = torch.Size([2, 3])
print(s, repr(s), len(s), s[0], s[-1], s[1:], s.numel(), torch.Size([]).numel())
print(s == (2, 3), isinstance(s, tuple), s + (4,), list(s), tuple(s))
a, b = s
print(a, b)


torch.manual_seed(42)
print(torch.initial_seed())
torch.manual_seed(7)
print(torch.initial_seed())
