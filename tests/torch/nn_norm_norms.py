# batch_norm, instance_norm, layer_norm, group_norm as torch.nn.functional calls them.
import torch


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.flatten().tolist())


def attempt(name, f):
    try:
        show(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


x = (torch.arange(60.).view(4, 3, 5) * 0.37).sin() * 2 + 0.5
w = torch.tensor([1.5, -0.5, 2.0])
b = torch.tensor([0.1, 0.2, -0.3])

# --- batch_norm: evaluation with running stats
rm = torch.tensor([0.2, -0.1, 0.4])
rv = torch.tensor([1.5, 0.7, 2.0])
show("bn eval", torch.batch_norm(x, w, b, rm, rv, False, 0.1, 1e-5, False))
show("bn eval no affine", torch.batch_norm(x, None, None, rm, rv, False, 0.1, 1e-5, False))
show("bn eval 2d", torch.batch_norm(x[:, :, 0], w, b, rm, rv, False, 0.1, 1e-3, False))
show("bn eval double", torch.batch_norm(x.double(), w.double(), None, rm.double(), rv.double(), False, 0.1, 1e-5, False))
show("bn eval 4d", torch.batch_norm(x.view(2, 3, 2, 5), w, b, rm, rv, False, 0.1, 1e-5, False))
show("bn noncontig", torch.batch_norm(x.permute(2, 1, 0), w, b, rm, rv, False, 0.1, 1e-5, False))

# --- training: batch statistics, running stats updated in place
rm2, rv2 = rm.clone(), rv.clone()
show("bn train", torch.batch_norm(x, w, b, rm2, rv2, True, 0.1, 1e-5, False))
show("bn rm", rm2)
show("bn rv", rv2)
show("bn train again", torch.batch_norm(x * 3 - 1, w, b, rm2, rv2, True, 0.3, 1e-5, False))
show("bn rm2", rm2)
show("bn rv2", rv2)
show("bn train no stats", torch.batch_norm(x, None, None, None, None, True, 0.1, 1e-5, False))
show("bn train 2d", torch.batch_norm(x[:, :, 1], w, None, None, None, True, 0.1, 1e-5, False))
rmd, rvd = rm.double(), rv.double()
show("bn train double", torch.batch_norm(x.double(), None, b.double(), rmd, rvd, True, 0.5, 1e-3, False))
show("bn rmd", rmd)
show("bn rvd", rvd)
base = torch.zeros(2, 3)
rm_view, rv_view = base[0], torch.ones(3, 2)[:, 1]
torch.batch_norm(x, None, None, rm_view, rv_view, True, 0.2, 1e-5, False)
show("bn stat views", base)
show("bn stat view noncontig", rv_view)
show("bn empty", torch.batch_norm(torch.zeros(0, 3, 2), w, b, None, None, True, 0.1, 1e-5, False))
show("bn empty eval", torch.batch_norm(torch.zeros(0, 3), w, b, None, None, False, 0.1, 1e-5, False))

for name, f in [
    ("bn no running_mean", lambda: torch.batch_norm(x, w, b, None, rv, False, 0.1, 1e-5, False)),
    ("bn no running_var", lambda: torch.batch_norm(x, w, b, rm, None, False, 0.1, 1e-5, False)),
    ("bn rm size", lambda: torch.batch_norm(x, w, b, torch.zeros(4), rv, False, 0.1, 1e-5, False)),
    ("bn rv size", lambda: torch.batch_norm(x, w, b, rm, torch.ones(2), True, 0.1, 1e-5, False)),
    ("bn weight size", lambda: torch.batch_norm(x, torch.ones(2), b, rm, rv, False, 0.1, 1e-5, False)),
    ("bn bias size", lambda: torch.batch_norm(x, w, torch.ones(5), rm, rv, False, 0.1, 1e-5, False)),
    ("bn 1d", lambda: torch.batch_norm(torch.ones(3), None, None, None, None, True, 0.1, 1e-5, False)),
    ("bn 0d", lambda: torch.batch_norm(torch.tensor(1.), None, None, None, None, True, 0.1, 1e-5, False)),
    ("bn long", lambda: torch.batch_norm(x.long(), None, None, None, None, True, 0.1, 1e-5, False)),
    ("bn mixed param", lambda: torch.batch_norm(x, None, None, rm.double(), rv, False, 0.1, 1e-5, False)),
    ("bn mixed input", lambda: torch.batch_norm(x.double(), w, None, rm, rv, False, 0.1, 1e-5, False)),
]:
    attempt(name, f)
try:
    torch.batch_norm(x, w)
except TypeError as e:
    print("bn args", type(e).__name__)

# --- instance_norm
show("in", torch.instance_norm(x, None, None, None, None, True, 0.1, 1e-5, False))
show("in affine", torch.instance_norm(x, w, b, None, None, True, 0.1, 1e-5, False))
rm3, rv3 = rm.clone(), rv.clone()
show("in running", torch.instance_norm(x.view(2, 3, 2, 5), w, b, rm3, rv3, True, 0.1, 1e-5, False))
show("in rm", rm3)
show("in rv", rv3)
show("in eval", torch.instance_norm(x, w, b, rm, rv, False, 0.1, 1e-5, False))
show("in double", torch.instance_norm(x.double(), None, None, None, None, True, 0.1, 1e-5, False))
for name, f in [
    ("in no stats", lambda: torch.instance_norm(x, None, None, None, None, False, 0.1, 1e-5, False)),
    ("in weight size", lambda: torch.instance_norm(x, torch.ones(4), None, None, None, True, 0.1, 1e-5, False)),
    ("in 1d", lambda: torch.instance_norm(torch.ones(3), None, None, None, None, True, 0.1, 1e-5, False)),
]:
    attempt(name, f)

# --- layer_norm
show("ln", torch.layer_norm(x, [5]))
show("ln 2", torch.layer_norm(x, (3, 5), torch.ones(3, 5) * 0.5, torch.arange(15.).view(3, 5) / 10, 1e-3))
show("ln weight only", torch.layer_norm(x, [5], torch.arange(5.) - 2))
show("ln bias only", torch.layer_norm(x, [5], None, torch.arange(5.) - 2, eps=0.1))
show("ln all dims", torch.layer_norm(x, [4, 3, 5]))
show("ln 1d", torch.layer_norm(x[0, 0], [5]))
show("ln double", torch.layer_norm(x.double(), [5], torch.ones(5).double(), None))
show("ln noncontig", torch.layer_norm(x.transpose(0, 2), [4]))
show("ln kw", torch.layer_norm(input=x, normalized_shape=[5], eps=1e-2, cudnn_enable=False))
show("ln empty rows", torch.layer_norm(torch.zeros(0, 5), [5]))
show("ln empty", torch.layer_norm(torch.zeros(2, 0), [0]))
for name, f in [
    ("ln shape", lambda: torch.layer_norm(x, [5, 3])),
    ("ln too many", lambda: torch.layer_norm(x[0], [4, 3, 5])),
    ("ln weight shape", lambda: torch.layer_norm(x, [5], torch.ones(4))),
    ("ln bias shape", lambda: torch.layer_norm(x, [5], None, torch.ones(1, 5))),
    ("ln empty shape", lambda: torch.layer_norm(x, [])),
    ("ln long", lambda: torch.layer_norm(x.long(), [5])),
    ("ln weight dtype", lambda: torch.layer_norm(x, [5], None, torch.ones(5).double())),
    ("ln input dtype", lambda: torch.layer_norm(x.double(), [5], torch.ones(5))),
    ("ln args", lambda: torch.layer_norm(x)),
]:
    attempt(name, f)

# --- group_norm
y = (torch.arange(96.).view(2, 6, 8) * 0.53).cos() + 0.25
gw = torch.arange(6.) / 3 - 0.5
gb = torch.arange(6.) / 5
show("gn", torch.group_norm(y, 2))
show("gn affine", torch.group_norm(y, 3, gw, gb))
show("gn weight only", torch.group_norm(y, 6, gw))
show("gn bias only", torch.group_norm(y, 1, None, gb, 1e-2))
show("gn 4d", torch.group_norm(y.view(2, 6, 2, 4), 2, gw, gb))
show("gn 2d", torch.group_norm(y[:, :, 0], 3, gw, gb))
show("gn double", torch.group_norm(y.double(), 2, gw.double(), gb.double()))
show("gn noncontig", torch.group_norm(y.transpose(0, 2), 3))
show("gn empty", torch.group_norm(torch.zeros(0, 4, 2), 2))
for name, f in [
    ("gn divisible", lambda: torch.group_norm(y, 4)),
    ("gn zero groups", lambda: torch.group_norm(y, 0)),
    ("gn weight", lambda: torch.group_norm(y, 3, torch.ones(4))),
    ("gn weight 2d", lambda: torch.group_norm(y, 3, torch.ones(6, 1))),
    ("gn bias", lambda: torch.group_norm(y, 3, None, torch.ones(4))),
    ("gn bias with weight", lambda: torch.group_norm(y, 3, gw, torch.ones(4))),
    ("gn 1d", lambda: torch.group_norm(torch.ones(3), 1)),
    ("gn long", lambda: torch.group_norm(y.long(), 1)),
    ("gn weight dtype", lambda: torch.group_norm(y, 3, gw.double())),
]:
    attempt(name, f)

# bfloat16: normalised in float32, rounded back (float32 parameters allowed for batch_norm)
xb = torch.tensor([[1.0, 2.0], [3.0, 6.0]]).bfloat16()
show("bn bf16", torch.batch_norm(xb, None, None, None, None, True, 0.1, 1e-5, False))
show("bn bf16 mixed", torch.batch_norm(xb, torch.ones(2), torch.zeros(2), torch.zeros(2), torch.ones(2), False, 0.1, 1e-5, False))
rmb = torch.zeros(2).bfloat16()
show("bn bf16 train", torch.batch_norm(xb, None, None, rmb, None, True, 0.5, 1e-5, False))
show("bn bf16 rm", rmb)
rmf = torch.zeros(2)
show("bn bf16 train mixed", torch.batch_norm(xb, None, None, rmf, None, True, 0.5, 1e-5, False))
show("bn bf16 rmf", rmf)
show("ln bf16", torch.layer_norm(torch.tensor([[1.0, 3.0], [2.0, 6.0]]).bfloat16(), [2], torch.tensor([2.0, 1.0]).bfloat16()))
show("gn bf16", torch.group_norm(torch.tensor([[1.0, 3.0, 2.0, 6.0]]).bfloat16(), 2))
for name, f in [
    ("bn half", lambda: torch.batch_norm(torch.ones(2, 3).half(), None, None, None, None, True, 0.1, 1e-5, False)),
    ("ln half", lambda: torch.layer_norm(torch.ones(2, 3).half(), [3])),
    ("ln bf16 float weight", lambda: torch.layer_norm(xb, [2], torch.tensor([2.0, 1.0]))),
    ("bn int weight", lambda: torch.batch_norm(torch.ones(2, 3), torch.ones(3, dtype=torch.long), None, None, None, True, 0.1, 1e-5, False)),
    ("in 2d weight", lambda: torch.instance_norm(torch.ones(2, 3, 4), torch.ones(3, 1), None, None, None, True, 0.1, 1e-5, False)),
    ("in 0d weight", lambda: torch.instance_norm(torch.ones(2, 3, 4), torch.tensor(1.0), None, None, None, True, 0.1, 1e-5, False)),
    ("in empty", lambda: torch.instance_norm(torch.ones(0, 3, 4), None, None, None, None, True, 0.1, 1e-5, False)),
]:
    attempt(name, f)
