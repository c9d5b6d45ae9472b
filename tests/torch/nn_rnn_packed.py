# torch.nn.utils.rnn (PackedSequence, pack/pad helpers) and the recurrent layers
# on packed input: sorted and unsorted lengths, batch_first, bidirectional, h0.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import (PackedSequence, pack_padded_sequence, pad_packed_sequence, pad_sequence,
                                pack_sequence, unpack_sequence, unpad_sequence, invert_permutation)


def show(name, t):
    if isinstance(t, (tuple, list)):
        for i, u in enumerate(t):
            show(name + "[%d]" % i, u)
        return
    if t is None:
        print(name, None)
        return
    print(name, tuple(t.shape), t.dtype, t.reshape(-1).tolist())


def data(*shape):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) * 0.47).sin().view(shape)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


x = torch.arange(24.).view(4, 3, 2)
p = pack_padded_sequence(x, [4, 3, 1])
print(p)
print(type(p).__name__, isinstance(p, tuple), p.batch_sizes, p.sorted_indices, p.unsorted_indices)
show("pad", pad_packed_sequence(p))
show("pad bf total", pad_packed_sequence(p, batch_first=True, padding_value=-1.0, total_length=6))
q = pack_padded_sequence(x.transpose(0, 1), torch.tensor([2, 4, 3]), batch_first=True, enforce_sorted=False)
print(q)
show("pad unsorted", pad_packed_sequence(q, batch_first=True))
seqs = [data(2, 3), data(5, 3) + 1, data(3, 3) - 1]
show("pad_sequence", pad_sequence(seqs))
show("pad_sequence bf", pad_sequence(seqs, batch_first=True, padding_value=9.0))
ps = pack_sequence(seqs, enforce_sorted=False)
print(ps.batch_sizes, ps.sorted_indices, ps.unsorted_indices)
show("unpack", unpack_sequence(ps))
show("unpad", unpad_sequence(pad_sequence(seqs), torch.tensor([2, 5, 3])))
show("invert", invert_permutation(torch.tensor([3, 0, 2, 1])))
print(invert_permutation(None), PackedSequence((p.data, p.batch_sizes)).batch_sizes)
d, b, s, u = p.double()
print(d.dtype, b, s, u, p.to(torch.float32) is p)

for cls, kw in [(nn.RNN, {}), (nn.LSTM, dict(num_layers=2, bidirectional=True)), (nn.GRU, dict(batch_first=True)),
                (nn.LSTM, dict(proj_size=2, batch_first=True, bidirectional=True)),
                (nn.GRU, dict(num_layers=3, bidirectional=True))]:
    torch.manual_seed(0)
    m = cls(3, 4, **kw).eval()
    bf = m.batch_first
    inp = data(4, 6, 3) if bf else data(6, 4, 3)
    for lengths, sort in [([6, 5, 2, 1], True), ([2, 6, 1, 5], False), ([6, 6, 6, 6], True)]:
        packed = pack_padded_sequence(inp, lengths, batch_first=bf, enforce_sorted=sort)
        out, h = m(packed)
        print(cls.__name__, kw, lengths, type(out).__name__)
        show(" data", out.data)
        show(" h", h)
        show(" padded", pad_packed_sequence(out, batch_first=bf)[0])
    D = 2 if m.bidirectional else 1
    H = m.proj_size if m.proj_size > 0 else 4
    h0 = data(m.num_layers * D, 4, H) * 0.3
    hx = (h0, data(m.num_layers * D, 4, 4) * -0.2) if cls is nn.LSTM else h0
    out, h = m(pack_padded_sequence(inp, [3, 6, 1, 2], batch_first=bf, enforce_sorted=False), hx)
    show(" h0 data", out.data)
    show(" h0 h", h)

# Packed input of full lengths equals the padded run.
torch.manual_seed(1)
g = nn.GRU(3, 4, bidirectional=True)
o1, h1 = g(data(5, 2, 3))
o2, h2 = g(pack_padded_sequence(data(5, 2, 3), [5, 5]))
print("full lengths", (pad_packed_sequence(o2)[0] - o1).abs().max().item() < 1e-6, (h1 - h2).abs().max().item() < 1e-6)

# Errors.
attempt("len", lambda: pack_padded_sequence(x, [4, 3]))
attempt("unsorted", lambda: pack_padded_sequence(x, [3, 4, 1]))
attempt("zero", lambda: pack_padded_sequence(x, [4, 3, 0]))
attempt("2-D lengths", lambda: pack_padded_sequence(x, [[4, 3, 1]]))
attempt("empty", lambda: pack_padded_sequence(torch.zeros(0, 3, 2), [0, 0, 0]))
attempt("total_length", lambda: pad_packed_sequence(p, total_length=3))
attempt("pad empty", lambda: pad_sequence([]))
attempt("pad 0-d", lambda: pad_sequence([torch.tensor(1.), torch.tensor(2.)]))
attempt("pad int", lambda: pad_sequence(3))
try:
    pad_sequence([torch.zeros(2, 3), torch.zeros(3, 2)])
except Exception as e:
    print("pad mismatch", type(e).__name__)
lstm = nn.LSTM(2, 3)
attempt("packed input size", lambda: lstm(pack_padded_sequence(torch.zeros(4, 3, 5), [4, 3, 1])))
attempt("packed h0 batch", lambda: lstm(p, (torch.zeros(1, 2, 3), torch.zeros(1, 3, 3))))
