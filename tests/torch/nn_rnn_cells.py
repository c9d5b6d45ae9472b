# nn.RNNCell / nn.LSTMCell / nn.GRUCell: init after a seed, repr, batched and
# unbatched steps, a hand-unrolled sequence against nn.LSTM, errors.
import torch
import torch.nn as nn


def show(name, t):
    if isinstance(t, (tuple, list)):
        for i, u in enumerate(t):
            show(name + "[%d]" % i, u)
        return
    print(name, tuple(t.shape), t.reshape(-1).tolist())


def near(a, b):
    return a.shape == b.shape and (a - b).abs().max().item() < 1e-6


def data(*shape):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) * 0.61).cos().view(shape)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for cls, kw in [(nn.RNNCell, {}), (nn.RNNCell, dict(nonlinearity="relu")),
                (nn.RNNCell, dict(bias=False)), (nn.LSTMCell, {}), (nn.LSTMCell, dict(bias=False)),
                (nn.GRUCell, {}), (nn.GRUCell, dict(bias=False))]:
    torch.manual_seed(5)
    c = cls(4, 3, **kw)
    print(c, [(k, tuple(v.shape)) for k, v in c.state_dict().items()])
    print(" bias_ih", c.bias_ih if c.bias_ih is None else c.bias_ih.tolist())
    print(" weight_hh", c.weight_hh.reshape(-1).tolist()[:5])
    x = data(2, 4)
    show(" zero state", c(x))
    h = data(2, 3) * 0.4
    hx = (h, data(2, 3) * -0.7) if cls is nn.LSTMCell else h
    show(" state", c(x, hx))
    show(" unbatched", c(x[1]))
    hx1 = (h[0], hx[1][1]) if cls is nn.LSTMCell else h[1]
    show(" unbatched state", c(x[0], hx1))

# A cell unrolled by hand equals the one-layer LSTM that holds its weights.
torch.manual_seed(0)
cell = nn.LSTMCell(3, 5)
lstm = nn.LSTM(3, 5)
with torch.no_grad():
    for a, b in [("weight_ih", "weight_ih_l0"), ("weight_hh", "weight_hh_l0"),
                 ("bias_ih", "bias_ih_l0"), ("bias_hh", "bias_hh_l0")]:
        getattr(lstm, b).copy_(getattr(cell, a))
seq = data(6, 2, 3)
h = c_ = torch.zeros(2, 5)
outs = []
for t in range(6):
    h, c_ = cell(seq[t], (h, c_))
    outs.append(h)
out, (hn, cn) = lstm(seq)
print("unrolled", near(torch.stack(outs), out), near(hn[0], h),
      near(cn[0], c_))

# Errors.
torch.manual_seed(0)
lc = nn.LSTMCell(4, 3)
gc = nn.GRUCell(4, 3)
rc = nn.RNNCell(4, 3)
attempt("lstm input size", lambda: lc(data(2, 5)))
attempt("lstm batch", lambda: lc(data(2, 4), (data(3, 3), data(2, 3))))
attempt("lstm hidden", lambda: lc(data(2, 4), (data(2, 4), data(2, 3))))
attempt("lstm cell", lambda: lc(data(2, 4), (data(2, 3), data(2, 4))))
attempt("lstm 3-D", lambda: lc(data(3, 2, 4)))
attempt("lstm unbatched 2-D h", lambda: lc(data(4), (data(1, 3), data(3))))
attempt("gru input size", lambda: gc(data(2, 5)))
attempt("gru batch", lambda: gc(data(2, 4), data(3, 3)))
attempt("gru hidden", lambda: gc(data(2, 4), data(2, 2)))
attempt("gru 0-D", lambda: gc(torch.tensor(1.)))
attempt("rnn input size", lambda: rc(data(2, 5)))
attempt("rnn 3-D", lambda: rc(data(1, 2, 4)))
bad = nn.RNNCell(4, 3, nonlinearity="foo")
attempt("rnn nonlinearity", lambda: bad(data(2, 4)))
attempt("lstm hx tensor", lambda: lc(data(2, 4), data(2, 3)))
attempt("lstm hx 3 states", lambda: lc(data(2, 4), (data(2, 3),) * 3))
attempt("lstm hx list", lambda: lc(data(2, 4), [data(2, 3), data(2, 3)]))
attempt("lstm double", lambda: lc(data(2, 4).double()))
attempt("gru double state", lambda: gc(data(2, 4), data(2, 3).double()))
attempt("rnn double + size", lambda: rc(data(2, 5).double()))
