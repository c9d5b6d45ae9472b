# nn.RNN / nn.LSTM / nn.GRU: parameters and init after a seed, repr, eval and
# training outputs for the layouts and options, errors.
import torch
import torch.nn as nn


def show(name, t):
    if isinstance(t, (tuple, list)):
        for i, u in enumerate(t):
            show(name + "[%d]" % i, u)
        return
    print(name, tuple(t.shape), t.reshape(-1).tolist())


def same(a, b):
    return a.shape == b.shape and bool((a == b).all())


def data(*shape):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) * 0.37).sin().view(shape)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


CONFIGS = [
    ("RNN", {}),
    ("RNN", dict(nonlinearity="relu", num_layers=2)),
    ("RNN", dict(bidirectional=True, bias=False)),
    ("LSTM", {}),
    ("LSTM", dict(num_layers=2, bidirectional=True)),
    ("LSTM", dict(batch_first=True, num_layers=3)),
    ("LSTM", dict(proj_size=2, num_layers=2, bidirectional=True)),
    ("LSTM", dict(proj_size=1, bias=False, batch_first=True)),
    ("GRU", {}),
    ("GRU", dict(num_layers=2, bidirectional=True, batch_first=True)),
    ("GRU", dict(bias=False, num_layers=2)),
]

for cls_name, kw in CONFIGS:
    torch.manual_seed(0)
    m = getattr(nn, cls_name)(4, 3, **kw)
    print(m)
    for k, v in m.state_dict().items():
        print(" ", k, tuple(v.shape), v.reshape(-1).tolist()[:4])
    print(" names", [n for n, _ in m.named_parameters()], len(m.all_weights))
    m.eval()
    bf = m.batch_first
    D = 2 if m.bidirectional else 1
    H = m.proj_size if m.proj_size > 0 else m.hidden_size
    x = data(2, 5, 4) if bf else data(5, 2, 4)
    with torch.no_grad():
        show(" out", m(x))
        h0 = data(m.num_layers * D, 2, H) * 0.5
        hx = (h0, data(m.num_layers * D, 2, 3) * -0.3) if cls_name == "LSTM" else h0
        show(" out h0", m(x, hx))
        x1 = data(5, 4) * 0.8
        show(" unbatched", m(x1))
        hx1 = (h0[:, 0], hx[1][:, 1]) if cls_name == "LSTM" else h0[:, 1]
        show(" unbatched h0", m(x1, hx1))
    m.train()
    out = m(x)
    show(" train", out)

# Default hidden_size edge: one step, batch of one, long sequence.
torch.manual_seed(1)
g = nn.GRU(2, 5).eval()
show("gru T=1", g(data(1, 1, 2)))
show("gru T=12", g(data(12, 3, 2))[1])
l = nn.LSTM(3, 2, num_layers=2).eval()
show("lstm batch0", l(torch.zeros(4, 0, 3)))

# Reassigning a weight is seen by forward.
r = nn.RNN(2, 2).eval()
r.weight_hh_l0 = nn.Parameter(torch.zeros(2, 2))
r.bias_ih_l0.data.fill_(0.5)
show("reassigned", r(data(3, 1, 2)))

# load_state_dict into a fresh module gives the same outputs.
torch.manual_seed(2)
a = nn.LSTM(3, 4, 2, bidirectional=True)
torch.manual_seed(3)
b = nn.LSTM(3, 4, 2, bidirectional=True)
b.load_state_dict(a.state_dict())
a.eval()
b.eval()
print("load_state_dict", same(a(data(4, 2, 3))[0], b(data(4, 2, 3))[0]))

# .double() re-reads the converted weights; deepcopy keeps its own weights.
import copy
torch.manual_seed(4)
d = nn.GRU(3, 2, bidirectional=True).eval()
dc = copy.deepcopy(d)
d.double()
out = d(data(3, 2, 3).double())
print("double", out[0].dtype, out[1].dtype, out[0].reshape(-1).tolist()[:4])
print("deepcopy", dc.weight_ih_l0.dtype, dc._flat_weights[0] is dc.weight_ih_l0,
      dc.weight_ih_l0 is not d.weight_ih_l0, (dc(data(3, 2, 3))[0] - out[0].float()).abs().max().item() < 1e-5)

# Constructor errors and warnings.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    nn.LSTM(4, 3, dropout=0.5)
    print("warning", len(w), w[0].category.__name__, w[0].message)
attempt("gru proj", lambda: nn.GRU(4, 3, proj_size=2))
attempt("rnn proj", lambda: nn.RNN(4, 3, proj_size=2))
attempt("proj >= hidden", lambda: nn.LSTM(4, 3, proj_size=3))
attempt("proj < 0", lambda: nn.LSTM(4, 3, proj_size=-1))
attempt("dropout > 1", lambda: nn.LSTM(4, 3, dropout=1.5))
attempt("dropout bool", lambda: nn.LSTM(4, 3, dropout=True))
attempt("dropout str", lambda: nn.LSTM(4, 3, dropout="0.1"))
attempt("nonlinearity", lambda: nn.RNN(4, 3, nonlinearity="sigmoid"))
attempt("mode", lambda: nn.RNNBase("FOO", 4, 3))

# Forward errors.
torch.manual_seed(0)
lstm = nn.LSTM(4, 3, 2)
gru = nn.GRU(4, 3)
attempt("input size", lambda: lstm(data(5, 2, 5)))
attempt("4-D input", lambda: lstm(data(5, 2, 2, 4)))
attempt("1-D input", lambda: lstm(data(4)))
attempt("h0 batch", lambda: lstm(data(5, 2, 4), (data(2, 3, 3), data(2, 2, 3))))
attempt("c0 layers", lambda: lstm(data(5, 2, 4), (data(2, 2, 3), data(1, 2, 3))))
attempt("h0 2-D", lambda: lstm(data(5, 2, 4), (data(2, 3), data(2, 2, 3))))
attempt("unbatched h0 3-D", lambda: lstm(data(5, 4), (data(2, 2, 3), data(2, 2, 3))))
attempt("empty sequence", lambda: lstm(torch.zeros(0, 2, 4)))
attempt("gru h0 2-D", lambda: gru(data(5, 2, 4), data(2, 3)))
attempt("gru unbatched h0 3-D", lambda: gru(data(5, 4), data(1, 2, 3)))
attempt("gru h0 size", lambda: gru(data(5, 2, 4), data(2, 2, 3)))
attempt("gru h0 hidden", lambda: gru(data(5, 2, 4), data(1, 2, 4)))
attempt("double input", lambda: lstm(data(5, 2, 4).double()))
attempt("double h0", lambda: lstm(data(5, 2, 4), (data(2, 2, 3).double(), data(2, 2, 3))))
attempt("gru double input", lambda: gru(data(5, 2, 4).double()))
attempt("hx tensor for lstm", lambda: lstm(data(5, 2, 4), data(2, 2, 3)))

# dtype= / device= factory arguments.
torch.manual_seed(0)
g = nn.GRU(3, 2, dtype=torch.float64, device="cpu").eval()
print("float64", g.weight_ih_l0.dtype, g(data(2, 1, 3).double())[0].reshape(-1).tolist())
print("cell float64", nn.LSTMCell(3, 2, dtype=torch.float64).weight_hh.dtype)
