# nn.TransformerEncoderLayer / TransformerEncoder (+ decoder and nn.Transformer):
# init after a seed, state_dict keys, repr, activations, norm_first, masks,
# PyTorch's eval fast-path behaviours (padded rows zeroed by the encoder), errors.
import copy
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")


def show(name, t):
    if isinstance(t, (tuple, list)):
        for i, u in enumerate(t):
            show(name + "[%d]" % i, u)
        return
    flat = t.reshape(-1)
    if flat.numel() <= 24:
        print(name, tuple(t.shape), flat.tolist())
    else:  # a digest: a few values, then position-weighted sums of the positive and negative parts
        w = (torch.arange(flat.numel()) % 7 + 1).double()
        flat = flat.double()
        print(name, tuple(t.shape), flat[:6].tolist(), (flat.relu() * w).sum().item(),
              ((-flat).relu() * (w % 5 + 1)).sum().item())


def same(a, b):
    return a.shape == b.shape and bool((a == b).all())


def data(*shape, k=0.37):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) * k).sin().view(shape)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


# Bool padding masks: left-aligned (the encoder's nested path) and not.
left = torch.tensor([[False] * 5, [False, False, False, True, True], [False, True, True, True, True]])
holes = torch.tensor([[False] * 5, [False, True, False, False, True], [True, False, False, False, False]])
causal = torch.tensor([[j > i for j in range(5)] for i in range(5)])

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(8, 2, 16)
print(layer)
for k, v in layer.state_dict().items():
    print(" ", k, tuple(v.shape), v.reshape(-1).tolist()[:3])
print(layer.activation is F.relu, layer.activation_relu_or_gelu, layer.norm_first, layer.self_attn.batch_first)

CONFIGS = [{}, dict(batch_first=True), dict(norm_first=True), dict(activation="gelu", batch_first=True),
           dict(activation=torch.tanh, batch_first=True), dict(activation=nn.GELU(), batch_first=True),
           dict(layer_norm_eps=1e-2, batch_first=True, dropout=0.0), dict(batch_first=True, norm_first=True),
           dict(nhead=1, batch_first=True)]
for kw in CONFIGS:
    kw = dict(kw)
    nhead = kw.pop("nhead", 2)
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(8, nhead, 16, **kw)
    torch.manual_seed(1)
    enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(8))
    with torch.no_grad():
        enc.norm.bias.copy_(data(8, k=1.3) * 0.1)
        enc.layers[1].linear1.bias.add_(0.05)
    print(sorted(kw), nhead, layer.activation_relu_or_gelu, len(enc.layers), enc.layers[0] is not layer,
          list(enc.state_dict())[:3], len(enc.state_dict()))
    bf = layer.self_attn.batch_first
    x = data(3, 5, 8) if bf else data(5, 3, 8)
    for name, m in (("layer", layer), ("encoder", enc)):
        m.eval()
        mask_kw = "src_mask" if m is layer else "mask"
        for grad in (True, False):
            with torch.set_grad_enabled(grad):
                show(" %s %s plain" % (name, grad), m(x))
                show(" %s %s left kpm" % (name, grad), m(x, src_key_padding_mask=left))
                show(" %s %s holes kpm" % (name, grad), m(x, src_key_padding_mask=holes))
                show(" %s %s float kpm" % (name, grad), m(x, src_key_padding_mask=left.float() * 0.5))
                show(" %s %s causal" % (name, grad), m(x, **{mask_kw: causal}))
                show(" %s %s causal float + kpm" % (name, grad),
                     m(x, src_key_padding_mask=holes, **{mask_kw: causal.float() * -1e9}))
                show(" %s %s unbatched" % (name, grad), m(x[0] if bf else x[:, 0]))
        m.train()
        if kw.get("dropout") == 0.0:
            show(" %s train" % name, m(x, src_key_padding_mask=left))

# mask_check=False and enable_nested_tensor=False.
torch.manual_seed(3)
layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)
x = data(3, 5, 8, k=0.71)
with torch.no_grad():
    for kw in [dict(mask_check=False), dict(enable_nested_tensor=False)]:
        enc = nn.TransformerEncoder(layer, 1, **kw).eval()
        show("encoder %s" % kw, enc(x, src_key_padding_mask=left))

# Decoder layer and the full Transformer.
torch.manual_seed(4)
dl = nn.TransformerDecoderLayer(8, 2, 16)
print(dl, [k for k in dl.state_dict()][:6])
for kw in [{}, dict(batch_first=True, norm_first=True, activation="gelu")]:
    torch.manual_seed(5)
    t = nn.Transformer(8, 2, 2, 2, 16, **kw).eval()
    print(len(t.state_dict()), list(t.state_dict())[:2], t.encoder.layers[0].self_attn.in_proj_weight.reshape(-1)[:3].tolist())
    src = data(5, 3, 8)
    tgt = data(4, 3, 8, k=0.9)
    if kw:
        src, tgt = src.transpose(0, 1), tgt.transpose(0, 1)
    tm = nn.Transformer.generate_square_subsequent_mask(4)
    show(" transformer", t(src, tgt, tgt_mask=tm))
    show(" transformer masks", t(src, tgt, tgt_mask=tm, src_key_padding_mask=left, memory_key_padding_mask=left,
                                 tgt_key_padding_mask=left[:, :4]))
print(nn.Transformer.generate_square_subsequent_mask(3))

# deepcopy keeps outputs and gives fresh parameters.
torch.manual_seed(6)
layer = nn.TransformerEncoderLayer(8, 2, 16).eval()
clone = copy.deepcopy(layer)
print("deepcopy", clone.linear1.weight is layer.linear1.weight, same(clone(data(5, 3, 8)), layer(data(5, 3, 8))))

# dtype= / device= factory arguments.
torch.manual_seed(7)
t64 = nn.TransformerEncoderLayer(4, 2, 8, dtype=torch.float64, device="cpu").eval()
m64 = nn.MultiheadAttention(4, 2, kdim=3, dtype=torch.float64)
print("float64", sorted(set(str(v.dtype) for v in t64.state_dict().values())),
      sorted(set(str(v.dtype) for v in m64.state_dict().values())))
show("float64 out", t64(data(3, 2, 4).double()))

# Errors.
attempt("activation", lambda: nn.TransformerEncoderLayer(8, 2, activation="tanh"))
attempt("heads", lambda: nn.TransformerEncoderLayer(8, 3))
layer = nn.TransformerEncoderLayer(8, 2, 16)
enc = nn.TransformerEncoder(layer, 1)
attempt("int kpm layer", lambda: layer(data(5, 3, 8), src_key_padding_mask=torch.zeros(3, 5, dtype=torch.long)))
attempt("int kpm encoder", lambda: enc(data(5, 3, 8), src_key_padding_mask=torch.zeros(3, 5, dtype=torch.long)))
attempt("mask shape", lambda: enc(data(5, 3, 8), mask=torch.zeros(4, 5)))
t = nn.Transformer(8, 2, 1, 1, 16)
attempt("batch mismatch", lambda: t(data(5, 3, 8), data(4, 2, 8)))
attempt("d_model mismatch", lambda: t(data(5, 3, 8), data(4, 3, 6)))
