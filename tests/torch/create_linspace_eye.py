# linspace / logspace / eye: PyTorch's values bit for bit (tolist() prints them exactly).
import torch

def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())

for steps in [0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 23, 31, 32, 33, 40, 64, 65, 100, 257]:
    show("linspace", torch.linspace(-3.3, 7.1, steps))
    show("linspace f64", torch.linspace(-3.3, 7.1, steps, dtype=torch.float64))
    show("linspace rev", torch.linspace(1, -1, steps))
    for dt in [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8]:
        show("linspace int", torch.linspace(0, 100, steps, dtype=dt))
        show("linspace int neg", torch.linspace(-7, 19, steps, dtype=dt))
    show("logspace", torch.logspace(-2, 3, steps))
    show("logspace f64", torch.logspace(-2, 3, steps, dtype=torch.float64))
    show("logspace base2", torch.logspace(0.5, 10, steps, base=2))
    show("logspace int", torch.logspace(0, 6, steps, 2, dtype=torch.int64))
    show("logspace int base", torch.logspace(0, 3, steps, base=3.5, dtype=torch.int32))
show("linspace ints", torch.linspace(0, 10, 11))
show("linspace same", torch.linspace(2, 2, 20))
show("linspace 1e6", torch.linspace(0, 1e6, 50))
show("linspace small", torch.linspace(1e-3, 2e-3, 37))
show("linspace float start int dtype", torch.linspace(0.7, 9.9, 12, dtype=torch.int64))
show("linspace half", torch.linspace(-1, 1, 40, dtype=torch.float16))
show("linspace bf16", torch.linspace(0, 10, 40, dtype=torch.bfloat16))
show("logspace bf16", torch.logspace(0, 2, 9, dtype=torch.bfloat16))
show("logspace steps 1 half", torch.logspace(0, 2, 1, dtype=torch.float16))
show("logspace neg", torch.logspace(3, -3, 13))
show("logspace rounded diff", torch.logspace(0.1, 0.7, 7))
show("logspace rounded diff bf16", torch.logspace(0.1, 0.7, 7, dtype=torch.bfloat16))
show("logspace int8", torch.logspace(-100, 100, 5, base=1.01, dtype=torch.int8))
show("logspace uint8 base", torch.logspace(0, 7, 8, base=2.0, dtype=torch.uint8))
show("logspace steps 1", torch.logspace(2, 3, 1))
show("logspace steps 1 int", torch.logspace(2, 3, 1, dtype=torch.int64))
show("linspace steps 1", torch.linspace(2.5, 3, 1, dtype=torch.int64))

o = torch.empty(3)
show("linspace out", torch.linspace(0, 1, 6, out=o))
print(o.shape)
show("logspace out", torch.logspace(0, 1, 4, out=o))
od = torch.empty(2, 5, dtype=torch.float64)
show("linspace out reshaped", torch.linspace(0, 1, 10, out=od))
nc = torch.zeros(10)[::2]
torch.linspace(0, 1, 5, out=nc)
show("linspace out strided", nc)

for args in [(0,), (1,), (3,), (2, 4), (4, 2), (0, 3), (3, 0)]:
    show("eye", torch.eye(*args))
show("eye dtype", torch.eye(3, dtype=torch.int64))
show("eye bool", torch.eye(2, 3, dtype=torch.bool))
show("eye f64", torch.eye(2, m=2, dtype=torch.float64))
o = torch.empty(1)
show("eye out", torch.eye(3, out=o))
show("eye m out", torch.eye(2, 4, out=o))
oi = torch.zeros(5, dtype=torch.int32)
show("eye out int", torch.eye(2, out=oi))

for expr in ["torch.linspace(0, 1, -1)", "torch.logspace(0, 1, -2)", "torch.eye(-1)", "torch.eye(2, -3)", "torch.eye(-2, 3)",
             "torch.linspace(0, 1, 3, dtype=torch.bool)", "torch.logspace(0, 1, 3, dtype=torch.float16)", "torch.linspace(0, 1)", "torch.linspace('a', 1, 2)", "torch.eye('a')",
             "torch.eye(2, 3, 4)", "torch.linspace(0, 1, 2.5)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
