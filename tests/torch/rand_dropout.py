# dropout family with train=True draws exactly what PyTorch draws (one bernoulli_ per
# element, or per (N, C) channel for the feature_* forms, from the default generator).
import torch

def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())

x = torch.arange(24, dtype=torch.float32).view(2, 3, 4) / 7 - 1
xd = x.double()
for p in [0.0, 0.1, 0.5, 0.8, 1.0]:
    for inp in [x, xd]:
        torch.manual_seed(1)
        show("dropout", torch.dropout(inp, p, True))
        show("feature_dropout", torch.feature_dropout(inp, p, True))
        show("alpha_dropout", torch.alpha_dropout(inp, p, True))
        show("feature_alpha_dropout", torch.feature_alpha_dropout(inp, p, True))

# train=False (and p=0) give the input back.
for fn in [torch.dropout, torch.feature_dropout, torch.alpha_dropout, torch.feature_alpha_dropout]:
    y = fn(x, 0.5, False)
    print(y.data_ptr() == x.data_ptr(), y.shape, fn(x, 0.0, True).data_ptr() == x.data_ptr())

# In-place forms.
torch.manual_seed(2)
for fn in [torch.dropout_, torch.feature_dropout_, torch.alpha_dropout_, torch.feature_alpha_dropout_]:
    y = x.clone()
    r = fn(y, 0.4, True)
    print(r is y, y.tolist())
    z = x.clone()
    fn(z, 0.4, False)
    print(z.tolist() == x.tolist())

# Non-contiguous input, 4-D feature dropout, integer and empty inputs.
torch.manual_seed(3)
show("dropout t", torch.dropout(x[0].t(), 0.3, True))
show("feature 4d", torch.feature_dropout(torch.ones(2, 3, 2, 2), 0.5, True))
show("feature 2d", torch.feature_dropout(torch.ones(4, 5), 0.5, True))
show("alpha 0-dim", torch.alpha_dropout(torch.tensor(2.0), 0.5, True))
show("empty", torch.dropout(torch.ones(0, 3), 0.5, True))
show("p=1 inf", torch.dropout(torch.tensor([1.0, float("inf")]), 1.0, True))
show("bf16", torch.dropout(torch.ones(6, dtype=torch.bfloat16), 0.5, True))

# nn.init.trunc_normal_'s recipe: uniform_ -> erfinv_ -> mul_ -> add_ -> clamp_.
torch.manual_seed(4)
w = torch.empty(5, 7)
w.uniform_(-0.6, 0.9)
w.erfinv_()
w.mul_(0.02 * 2 ** 0.5)
w.add_(0.1)
w.clamp_(min=-0.2, max=0.2)
show("trunc_normal", w)

for expr in ["torch.dropout(x, 1.5, True)", "torch.dropout(x, -0.1, False)", "torch.feature_dropout(torch.ones(3), 0.5, True)",
             "torch.alpha_dropout(x, 2.0, True)", "torch.dropout(x.long(), 0.5, True)", "torch.dropout(x.half(), 0.5, True)",
             "torch.dropout(x, 'a', True)", "torch.dropout(x, 0.5)", "torch.dropout_(x.clone(), 0.5, 1)"]:
    try:
        print(expr, eval(expr).shape)
    except Exception as e:
        print(expr, type(e).__name__, e)
