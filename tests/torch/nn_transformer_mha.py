# nn.MultiheadAttention and F.multi_head_attention_forward: init after a seed,
# layouts, kdim/vdim, bias_kv, zero_attn, bool/float/3-D masks, padding masks,
# per-head weights, the eval fast path's float-mask quirk, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F


def show(name, t):
    if isinstance(t, (tuple, list)):
        for i, u in enumerate(t):
            show(name + "[%d]" % i, u)
        return
    if t is None:
        print(name, None)
        return
    flat = t.reshape(-1)
    if flat.numel() <= 24:
        print(name, tuple(t.shape), flat.tolist())
    else:  # a digest: a few values, then position-weighted sums of the positive and negative parts
        w = (torch.arange(flat.numel()) % 7 + 1).double()
        flat = flat.double()
        print(name, tuple(t.shape), flat[:6].tolist(), (flat.relu() * w).sum().item(),
              ((-flat).relu() * (w % 5 + 1)).sum().item())


def data(*shape, k=0.43):
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


CONFIGS = [{}, dict(batch_first=True), dict(kdim=3, vdim=5), dict(bias=False),
           dict(add_bias_kv=True), dict(add_zero_attn=True),
           dict(add_bias_kv=True, add_zero_attn=True, batch_first=True, kdim=6)]

kpm = torch.tensor([[False, False, True, False, False, True],
                    [False, True, True, False, False, True],
                    [False, False, False, False, False, False]])
am = torch.tensor([[False, True, False, False, False, False],
                   [False, False, False, True, True, False],
                   [False, False, False, False, False, False],
                   [True, True, False, False, True, False]])
amf = data(4, 6, k=1.7)
am3 = data(3 * 2, 4, 6, k=0.9)

for kw in CONFIGS:
    torch.manual_seed(0)
    m = nn.MultiheadAttention(8, 2, **kw)
    print(m, m.head_dim, m._qkv_same_embed_dim, m.bias_k is None)
    for k, v in m.state_dict().items():
        print(" ", k, tuple(v.shape), v.reshape(-1).tolist()[:4])
    m.eval()
    bf = m.batch_first

    def sh(L, N, E):
        return (N, L, E) if bf else (L, N, E)

    q = data(*sh(4, 3, 8))
    k = data(*sh(6, 3, m.kdim), k=0.77)
    v = data(*sh(6, 3, m.vdim), k=0.29)
    for label, kk in [("plain", {}), ("kpm", dict(key_padding_mask=kpm)), ("bool mask", dict(attn_mask=am)),
                      ("float mask + kpm", dict(attn_mask=amf, key_padding_mask=kpm)),
                      ("3-D mask", dict(attn_mask=am3, need_weights=False)),
                      ("per head", dict(attn_mask=am, key_padding_mask=kpm, average_attn_weights=False)),
                      ("float kpm", dict(key_padding_mask=kpm.float() * -2.5))]:
        show(" " + label, m(q, k, v, **kk))
    ub = (lambda t: t[0]) if bf else (lambda t: t[:, 0])
    show(" unbatched", m(ub(q), ub(k), ub(v), key_padding_mask=kpm[0], attn_mask=am))
    if m._qkv_same_embed_dim:
        s = data(*sh(6, 3, 8), k=0.53)
        show(" self", m(s, s, s, key_padding_mask=kpm))
        show(" shared kv", m(q, s, s, need_weights=False))
    m.train()
    show(" train", m(q, k, v, attn_mask=am))

# Self-attention in eval mode without grad (PyTorch's fused path): a float padding
# mask counts as bool there, non-zero = padded.
torch.manual_seed(1)
m = nn.MultiheadAttention(8, 2, batch_first=True).eval()
s = data(3, 6, 8, k=0.31)
fk = torch.tensor([[0., 0., 0.5, 0., 0., 1.], [0., -1., 0., 0., 0., 0.], [0.] * 6])
with torch.no_grad():
    show("fast float kpm", m(s, s, s, key_padding_mask=fk))
    show("fast bool kpm", m(s, s, s, key_padding_mask=fk != 0, average_attn_weights=False))
show("general float kpm", m(s, s, s, key_padding_mask=fk))
m1 = nn.MultiheadAttention(9, 3, batch_first=True).eval()
with torch.no_grad():
    s9 = data(2, 6, 9, k=0.21)
    show("odd heads float kpm", m1(s9, s9, s9, key_padding_mask=fk[:2]))
# Fully masked rows give NaN, as in PyTorch.
with torch.no_grad():
    show("all masked", m(s, s, s, key_padding_mask=torch.ones(3, 6, dtype=torch.bool))[0][0, 0])

# The functional form, sequence-first.
torch.manual_seed(2)
E, H = 6, 3
w_in = torch.randn(3 * E, E) * 0.3
b_in = torch.randn(3 * E) * 0.1
w_out = torch.randn(E, E) * 0.3
b_out = torch.randn(E) * 0.1
q = data(5, 2, E)
kv = data(7, 2, E, k=0.9)
show("F.mha", F.multi_head_attention_forward(q, kv, kv, E, H, w_in, b_in, None, None, False, 0.0,
                                             w_out, b_out, training=False))
show("F.mha self", F.multi_head_attention_forward(q, q, q, E, H, w_in, b_in, None, None, True, 0.0,
                                                  w_out, None, need_weights=False))
wq, wk, wv = w_in.chunk(3)
show("F.mha separate", F.multi_head_attention_forward(
    q, kv, kv * 2, E, H, None, b_in, None, None, False, 0.0, w_out, b_out,
    use_separate_proj_weight=True, q_proj_weight=wq, k_proj_weight=wk, v_proj_weight=wv,
    average_attn_weights=False))
sk = data(2 * H, 7, E // H, k=1.1)
show("F.mha static kv", F.multi_head_attention_forward(
    q, kv, kv, E, H, w_in, b_in, None, None, False, 0.0, w_out, b_out, static_k=sk, static_v=sk * 0.5))
show("F.mha byte mask", F.multi_head_attention_forward(
    q, kv, kv, E, H, w_in, b_in, None, None, False, 0.0, w_out, b_out,
    attn_mask=(data(5, 7) > 0.5).to(torch.uint8)))

# Errors.
attempt("heads", lambda: nn.MultiheadAttention(8, 3))
torch.manual_seed(0)
m = nn.MultiheadAttention(8, 2)
q = data(4, 3, 8)
k = data(6, 3, 8)
attempt("int kpm", lambda: m(q, k, k, key_padding_mask=torch.zeros(3, 6, dtype=torch.long)))
attempt("kpm shape", lambda: m(q, k, k, key_padding_mask=torch.zeros(3, 5, dtype=torch.bool)))
attempt("kpm 3-D", lambda: m(q, k, k, key_padding_mask=torch.zeros(3, 6, 1, dtype=torch.bool)))
attempt("mask 2-D shape", lambda: m(q, k, k, attn_mask=torch.zeros(4, 5)))
attempt("mask 3-D shape", lambda: m(q, k, k, attn_mask=torch.zeros(3, 4, 6)))
attempt("mask 4-D", lambda: m(q, k, k, attn_mask=torch.zeros(1, 6, 4, 6)))
attempt("int mask", lambda: m(q, k, k, attn_mask=torch.zeros(4, 6, dtype=torch.long)))
attempt("key 2-D", lambda: m(q, k[:, 0], k))
attempt("query 4-D", lambda: m(q.unsqueeze(0), k, k))
attempt("embed dim", lambda: m(data(4, 3, 6), k, k))
attempt("key/value shape", lambda: m(q, k, k[:5]))
attempt("unbatched 3-D mask", lambda: m(q[:, 0], k[:, 0], k[:, 0], attn_mask=torch.zeros(2, 4, 5)))
attempt("unbatched kpm 2-D", lambda: m(q[:, 0], k[:, 0], k[:, 0], key_padding_mask=torch.zeros(1, 6)))
attempt("F no in_proj", lambda: F.multi_head_attention_forward(
    q, k, k, 8, 2, None, None, None, None, False, 0.0, m.out_proj.weight, None))
attempt("F static_k size", lambda: F.multi_head_attention_forward(
    q, k, k, 8, 2, m.in_proj_weight, None, None, None, False, 0.0, m.out_proj.weight, None,
    static_k=torch.zeros(5, 6, 4)))
