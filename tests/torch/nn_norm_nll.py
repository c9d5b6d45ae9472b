# nll_loss, nll_loss2d, nll_loss_nd and cross_entropy_loss (F.nll_loss / F.cross_entropy).
import torch

nn = torch._C._nn


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.flatten().tolist())


def attempt(name, f):
    try:
        show(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


x = (torch.arange(20.).view(5, 4) * 0.61).sin() * 2
lp = torch.log_softmax(x, 1)
t = torch.tensor([1, 0, 3, 3, 2])
w = torch.tensor([1.0, 0.5, 2.0, 0.25])
for red in (0, 1, 2):
    show("nll %d" % red, nn.nll_loss(lp, t, None, red))
    show("nll w %d" % red, nn.nll_loss(lp, t, w, red))
    show("nll ignore %d" % red, nn.nll_loss(lp, t, w, red, 3))
    show("nll 1d %d" % red, nn.nll_loss(lp[0], torch.tensor(2), None, red))
    show("nll all ignored %d" % red, nn.nll_loss(lp, torch.full((5,), 7), None, red, 7))
show("nll default", nn.nll_loss(lp, t))
show("nll kw", nn.nll_loss(input=lp, target=t, weight=w, reduction=2, ignore_index=0))
show("nll double", nn.nll_loss(lp.double(), t, w.double()))
show("nll byte target", nn.nll_loss(lp, t.byte(), None, 0))
show("nll noncontig", nn.nll_loss(lp.t().contiguous().t(), t, None, 1))
show("nll empty none", nn.nll_loss(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long), None, 0))
show("nll empty mean", nn.nll_loss(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long), None, 1))
show("nll empty sum", nn.nll_loss(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long), None, 2))
show("nll out", nn.nll_loss(lp, t, None, 0, out=torch.empty(0)))

# 2-d (N, C, H, W) and n-d
x4 = (torch.arange(2 * 3 * 2 * 4.).view(2, 3, 2, 4) * 0.37).cos()
lp4 = torch.log_softmax(x4, 1)
t4 = torch.tensor([[[0, 1, 2, 1], [2, 2, 0, 1]], [[1, 1, 0, 2], [0, 2, 2, 1]]])
w3 = torch.tensor([0.2, 1.0, 3.0])
for red in (0, 1, 2):
    show("nll2d %d" % red, nn.nll_loss2d(lp4, t4, None, red))
    show("nll2d w ignore %d" % red, nn.nll_loss2d(lp4, t4, w3, red, 1))
    show("nll_nd 4d %d" % red, nn.nll_loss_nd(lp4, t4, w3, red))
    show("nll_nd 3d %d" % red, nn.nll_loss_nd(lp4.view(2, 3, 8), t4.view(2, 8), None, red))
    show("nll_nd 5d %d" % red, nn.nll_loss_nd(lp4.view(2, 3, 2, 2, 2), t4.view(2, 2, 2, 2), w3, red, 2))
    show("nll_nd 2d %d" % red, nn.nll_loss_nd(lp, t, w, red))
    show("nll_nd 1d %d" % red, nn.nll_loss_nd(lp[1], torch.tensor(3), None, red))
show("nll2d out", nn.nll_loss2d(lp4, t4, None, 0, out=torch.empty(0)))
show("nll_nd empty", nn.nll_loss_nd(torch.zeros(0, 3, 4), torch.zeros(0, 4, dtype=torch.long), None, 0))
show("nll_nd empty sum", nn.nll_loss_nd(torch.zeros(0, 3, 4), torch.zeros(0, 4, dtype=torch.long), None, 2))

for name, f in [
    ("nll oob", lambda: nn.nll_loss(lp, torch.tensor([1, 0, 5, 3, 2]))),
    ("nll oob none", lambda: nn.nll_loss(lp, torch.tensor([1, 0, 4, 3, 2]), None, 0)),
    ("nll negative", lambda: nn.nll_loss(lp, torch.tensor([1, 0, -1, 3, 2]))),
    ("nll int32", lambda: nn.nll_loss(lp, t.int())),
    ("nll float target", lambda: nn.nll_loss(lp, t.float())),
    ("nll long input", lambda: nn.nll_loss(lp.long(), t)),
    ("nll weight dtype", lambda: nn.nll_loss(lp, t, w.double())),
    ("nll weight size", lambda: nn.nll_loss(lp, t, torch.ones(3))),
    ("nll batch", lambda: nn.nll_loss(lp, t[:2])),
    ("nll 2d target", lambda: nn.nll_loss(lp, t.view(5, 1))),
    ("nll 1d batch target", lambda: nn.nll_loss(lp[0], torch.tensor([1]))),
    ("nll 3d", lambda: nn.nll_loss(lp4[0], torch.tensor(1))),
    ("nll 0d", lambda: nn.nll_loss(torch.tensor(1.0), torch.tensor(1))),
    ("nll2d target dim", lambda: nn.nll_loss2d(lp4, t4[0])),
    ("nll2d input dim", lambda: nn.nll_loss2d(lp4[0], t4)),
    ("nll2d size", lambda: nn.nll_loss2d(lp4, torch.zeros(2, 2, 3, dtype=torch.long))),
    ("nll2d weight", lambda: nn.nll_loss2d(lp4, t4, torch.ones(2))),
    ("nll2d int32", lambda: nn.nll_loss2d(lp4, t4.int())),
    ("nll2d oob", lambda: nn.nll_loss2d(lp4, t4 + 1)),
    ("nll_nd 0d", lambda: nn.nll_loss_nd(torch.tensor(1.0), torch.tensor(1))),
    ("nll_nd batch", lambda: nn.nll_loss_nd(lp4.view(2, 3, 8), t4.view(1, 16))),
    ("nll_nd target size", lambda: nn.nll_loss_nd(lp4.view(2, 3, 8), t4.view(2, 2, 4))),
    ("nll_nd 5d size", lambda: nn.nll_loss_nd(torch.zeros(2, 3, 4, 5, 6), torch.zeros(2, 4, 5, 7).long())),
]:
    attempt(name, f)

# cross_entropy_loss: class indices, probabilities, label smoothing
for red in (0, 1, 2):
    show("ce %d" % red, nn.cross_entropy_loss(x, t, None, red))
    show("ce w ignore %d" % red, nn.cross_entropy_loss(x, t, w, red, 0))
    show("ce smooth %d" % red, nn.cross_entropy_loss(x, t, None, red, -100, 0.2))
    show("ce smooth w ignore %d" % red, nn.cross_entropy_loss(x, t, w, red, 3, 0.3))
    probs = torch.softmax(x.flip(1), 1)
    show("ce probs %d" % red, nn.cross_entropy_loss(x, probs, None, red))
    show("ce probs w smooth %d" % red, nn.cross_entropy_loss(x, probs, w, red, -100, 0.1))
    show("ce 4d %d" % red, nn.cross_entropy_loss(x4, t4, w3, red))
    show("ce 4d smooth %d" % red, nn.cross_entropy_loss(x4, t4, None, red, 2, 0.4))
    show("ce 1d %d" % red, nn.cross_entropy_loss(x[2], torch.tensor(1), None, red))
show("ce default", nn.cross_entropy_loss(x, t))
show("ce double", nn.cross_entropy_loss(x.double(), t, w.double(), label_smoothing=0.05))
show("ce probs 1d", nn.cross_entropy_loss(x[0], torch.tensor([0.25, 0.25, 0.5, 0.0])))
show("ce probs empty", nn.cross_entropy_loss(torch.zeros(0, 4), torch.zeros(0, 4)))
show("ce empty", nn.cross_entropy_loss(torch.zeros(0, 4), torch.zeros(0, dtype=torch.long), None, 2))
for name, f in [
    ("ce oob", lambda: nn.cross_entropy_loss(x, torch.tensor([1, 0, 9, 3, 2]))),
    ("ce probs long", lambda: nn.cross_entropy_loss(x, x.long())),
    ("ce probs ignore", lambda: nn.cross_entropy_loss(x, x, None, 1, 1)),
    ("ce smoothing", lambda: nn.cross_entropy_loss(x, t, None, 1, -100, 1.5)),
    ("ce probs smoothing", lambda: nn.cross_entropy_loss(x, x, None, 1, -100, 1.5)),
    ("ce probs weight", lambda: nn.cross_entropy_loss(x, x, torch.ones(3))),
    ("ce long", lambda: nn.cross_entropy_loss(x.long(), t)),
    ("ce 0d", lambda: nn.cross_entropy_loss(torch.tensor(1.0), torch.tensor(1))),
    ("ce batch", lambda: nn.cross_entropy_loss(x, t[:3])),
]:
    attempt(name, f)

for name, f in [
    ("ce 0d probs", lambda: nn.cross_entropy_loss(torch.tensor(1.0), torch.tensor(0.5))),
    ("nll_nd 0d target", lambda: nn.nll_loss_nd(torch.zeros(2, 3), torch.tensor(0))),
    ("nll 0d target", lambda: nn.nll_loss(torch.zeros(2, 3), torch.tensor(0))),
    ("nll half", lambda: nn.nll_loss(torch.tensor([[1.5]]).half(), torch.tensor([0]))),
    ("ce 1d smooth", lambda: nn.cross_entropy_loss(torch.tensor([1.0, 2.0, 0.5]), torch.tensor(2), None, 1, -100, 0.3)),
    ("ce smooth w mean", lambda: nn.cross_entropy_loss(torch.ones(2, 3), torch.tensor([0, 2]), torch.tensor([1.0, 2.0, 3.0]), 1, -100, 0.3)),
    ("ce smooth all ignored", lambda: nn.cross_entropy_loss(torch.ones(2, 3), torch.tensor([1, 1]), None, 1, 1, 0.3)),
    ("ce probs 3d", lambda: nn.cross_entropy_loss(torch.ones(2, 3, 2), torch.ones(2, 3, 2) / 3, torch.tensor([1.0, 2.0, 3.0]), 0)),
]:
    attempt(name, f)
