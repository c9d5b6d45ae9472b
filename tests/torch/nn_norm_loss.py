# Element-wise and margin losses (reduction 0 'none', 1 'mean', 2 'sum').
import torch

nn = torch._C._nn


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.flatten().tolist())


def attempt(name, f):
    try:
        show(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


x = (torch.arange(12.).view(3, 4) * 0.73).sin() * 1.5
y = (torch.arange(12.).view(3, 4) * 0.29).cos()
p = torch.sigmoid(x)
q = (torch.arange(12.).view(3, 4) % 3) / 2

for red in (0, 1, 2):
    show("mse %d" % red, nn.mse_loss(x, y, red))
    show("l1 %d" % red, nn.l1_loss(x, y, red))
    show("smooth_l1 %d" % red, nn.smooth_l1_loss(x, y, red, 0.5))
    show("huber %d" % red, nn.huber_loss(x, y, red, 0.7))
    show("soft_margin %d" % red, nn.soft_margin_loss(x, y.sign(), red))
    show("bce %d" % red, nn.binary_cross_entropy(p, q, None, red))
    show("bce w %d" % red, nn.binary_cross_entropy(p, q, torch.tensor([1.0, 2.0, 0.5, 0.0]), red))
    show("bcel %d" % red, torch.binary_cross_entropy_with_logits(x, q, None, None, red))
    show("bcel pw %d" % red, torch.binary_cross_entropy_with_logits(x, q, torch.tensor([[1.0], [0.5], [2.0]]), torch.tensor([1.0, 3.0, 0.5, 2.0]), red))
    show("kl %d" % red, torch.kl_div(torch.log_softmax(x, 1), torch.softmax(y, 1), red))
    show("kl log %d" % red, torch.kl_div(torch.log_softmax(x, 1), torch.log_softmax(y, 1), red, log_target=True))
    show("margin_ranking %d" % red, torch.margin_ranking_loss(x[0], x[1], torch.tensor([1.0, -1.0, 1.0, -1.0]), 0.3, red))
    show("hinge %d" % red, torch.hinge_embedding_loss(x, torch.tensor([1.0, -1.0, 1.0, -1.0]), 0.8, red))
    show("cosine_emb %d" % red, torch.cosine_embedding_loss(x, y, torch.tensor([1.0, -1.0, 1.0]), 0.1, red))
    show("triplet %d" % red, torch.triplet_margin_loss(x, y, x.flip(0), 1.0, 2.0, 1e-6, False, red))
    show("poisson %d" % red, torch.poisson_nll_loss(x, q * 3, True, False, 1e-8, red))
    show("multi_margin %d" % red, nn.multi_margin_loss(x, torch.tensor([3, 0, 1]), 1, 1, None, red))
    show("multilabel %d" % red, nn.multilabel_margin_loss(x, torch.tensor([[3, 0, -1, 1], [1, 2, 3, 0], [-1, 0, 0, 0]]), red))

# defaults, keywords, dtypes, broadcasting, special values
show("mse default", nn.mse_loss(x, y))
show("mse kw", nn.mse_loss(input=x, target=y, reduction=2))
show("mse double", nn.mse_loss(x.double(), y.double()))
show("mse mixed", nn.mse_loss(x, y.double(), 0))
show("mse broadcast", nn.mse_loss(x[0], y, 0))
show("mse 0d", nn.mse_loss(torch.tensor(2.0), torch.tensor(0.5)))
show("mse empty mean", nn.mse_loss(torch.zeros(0), torch.zeros(0)))
show("mse empty sum", nn.mse_loss(torch.zeros(0, 2), torch.zeros(0, 2), 2))
show("mse noncontig", nn.mse_loss(x.t(), y.t(), 0))
o = torch.empty(0)
r = nn.mse_loss(x, y, 0, out=o)
print("mse out", r is o)
show("mse out value", o)
show("l1 long", nn.l1_loss(torch.tensor([1, 5, -2]), torch.tensor([0, 1, 2]), 2))
show("l1 mixed", nn.l1_loss(x, y.double(), 0))
show("smooth_l1 default", nn.smooth_l1_loss(x, y))
show("smooth_l1 beta0", nn.smooth_l1_loss(x, y, 1, 0.0))
show("smooth_l1 out", nn.smooth_l1_loss(x, y, 0, 2.0, out=torch.empty(0)))
show("huber default", nn.huber_loss(x, y))
show("huber mixed", nn.huber_loss(x, y.double(), 0))
show("huber out", nn.huber_loss(x, y, 2, 0.3, out=torch.empty(0)))
show("soft_margin double", nn.soft_margin_loss(x.double(), y))
show("soft_margin out", nn.soft_margin_loss(x, y, 1, out=torch.empty(0)))
show("bce edges", nn.binary_cross_entropy(torch.tensor([0.0, 1.0, 0.0, 1.0]), torch.tensor([1.0, 0.0, 0.0, 1.0]), None, 0))
show("bce double", nn.binary_cross_entropy(p.double(), q.double()))
show("bce w double", nn.binary_cross_entropy(p, q, torch.ones(4).double() * 2, 0))
show("bce out", nn.binary_cross_entropy(p, q, None, 2, out=torch.empty(3, 4)))
show("bce out none", nn.binary_cross_entropy(p, q, None, 0, out=torch.empty(3, 4)))
show("bcel double", torch.binary_cross_entropy_with_logits(x.double(), q.double()))
show("bcel mixed", torch.binary_cross_entropy_with_logits(x.double(), q))
show("bcel big", torch.binary_cross_entropy_with_logits(torch.tensor([-100.0, 100.0, 30.0, -30.0]), torch.tensor([1.0, 0.0, 1.0, 0.5]), None, None, 0))
show("kl zero target", torch.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.0, 0.5]), 0))
show("kl broadcast", torch.kl_div(x, torch.tensor([0.1, 0.2, 0.3, 0.4]), 0))
show("margin_ranking long", torch.margin_ranking_loss(torch.tensor([1, 2]), torch.tensor([2, 1]), torch.tensor([1, 1]), 0.5, 0))
show("hinge long", torch.hinge_embedding_loss(torch.tensor([0, 2, 3]), torch.tensor([1, -1, -1]), 2.5, 0))
show("hinge default", torch.hinge_embedding_loss(x, torch.ones(4)))
show("cosine_emb 0d target", torch.cosine_embedding_loss(x[0], y[0], torch.tensor(-1.0), -0.5))
show("cosine_emb long", torch.cosine_embedding_loss(torch.tensor([[1, 2], [0, 1]]), torch.tensor([[2, 1], [1, 1]]), torch.tensor([1, -1])))
show("triplet swap", torch.triplet_margin_loss(x, y, x.flip(0), 0.5, 1.0, 1e-6, True, 0))
show("triplet default", torch.triplet_margin_loss(x, y, y.flip(1)))
show("poisson nolog", torch.poisson_nll_loss(p, q * 3, False, False, 1e-8, 0))
show("poisson full", torch.poisson_nll_loss(x, torch.tensor([0.0, 1.0, 2.5, 7.0]), True, True, 1e-8, 0))
show("multi_margin p2", nn.multi_margin_loss(x, torch.tensor([3, 0, 1]), 2, 0.5, torch.tensor([1.0, 2.0, 0.5, 1.5]), 0))
show("multi_margin 1d", nn.multi_margin_loss(x[0], torch.tensor([2]), reduction=0))
show("multi_margin 0d", nn.multi_margin_loss(torch.tensor(2.0), torch.tensor(0)))
show("multi_margin empty", nn.multi_margin_loss(torch.zeros(0, 3), torch.tensor([], dtype=torch.long), 1, 1, None, 0))
show("multi_margin out", nn.multi_margin_loss(x, torch.tensor([3, 0, 1]), out=torch.empty(0)))
show("multilabel 1d", nn.multilabel_margin_loss(x[0], torch.tensor([1, 2, -1, 0]), 0))
show("multilabel out", nn.multilabel_margin_loss(x[:1], torch.tensor([[1, 2, -1, 0]]), 2, out=torch.empty(0)))

for name, f in [
    ("mse long", lambda: nn.mse_loss(x.long(), y.long())),
    ("mse shape", lambda: nn.mse_loss(x, torch.ones(2))),
    ("smooth_l1 long", lambda: nn.smooth_l1_loss(x.long(), y.long())),
    ("smooth_l1 beta", lambda: nn.smooth_l1_loss(x, y, 1, -1.0)),
    ("huber long", lambda: nn.huber_loss(x.long(), y.long())),
    ("huber delta", lambda: nn.huber_loss(x, y, 1, 0.0)),
    ("soft_margin long", lambda: nn.soft_margin_loss(x.long(), y.long())),
    ("bce range", lambda: nn.binary_cross_entropy(p + 1, q)),
    ("bce nan", lambda: nn.binary_cross_entropy(torch.tensor([float("nan")]), torch.tensor([0.0]))),
    ("bce dtype", lambda: nn.binary_cross_entropy(p, q.double())),
    ("bce dtype 2", lambda: nn.binary_cross_entropy(p.double(), q)),
    ("bce long", lambda: nn.binary_cross_entropy(p.long(), q.long())),
    ("bce weight shape", lambda: nn.binary_cross_entropy(p[0], q[0], torch.ones(2, 4))),
    ("bcel long", lambda: torch.binary_cross_entropy_with_logits(x.long(), q.long())),
    ("bcel shape", lambda: torch.binary_cross_entropy_with_logits(x, q[0])),
    ("kl long", lambda: torch.kl_div(x.long(), y.long())),
    ("multi_margin p", lambda: nn.multi_margin_loss(x, torch.tensor([1, 2, 3]), 3)),
    ("multi_margin range", lambda: nn.multi_margin_loss(x, torch.tensor([1, 2, 4]))),
    ("multi_margin size", lambda: nn.multi_margin_loss(x, torch.tensor([1, 2]))),
    ("multi_margin long", lambda: nn.multi_margin_loss(x.long(), torch.tensor([1, 2, 3]))),
    ("multi_margin empty", lambda: nn.multi_margin_loss(torch.zeros(3, 0), torch.tensor([1, 2, 3]))),
    ("multi_margin int32", lambda: nn.multi_margin_loss(x, torch.tensor([1, 2, 3]).int())),
    ("multi_margin weight", lambda: nn.multi_margin_loss(x, torch.tensor([1, 2, 3]), 1, 1, torch.ones(4).double())),
    ("multilabel size", lambda: nn.multilabel_margin_loss(x, torch.tensor([1, 2, 3]))),
    ("multilabel range", lambda: nn.multilabel_margin_loss(x, torch.tensor([[1, 2, -1, 0]] * 3) + 4)),
    ("multilabel range neg", lambda: nn.multilabel_margin_loss(x, torch.tensor([[1, 2, -1, 0]] * 3) - 2)),
    ("multilabel int32", lambda: nn.multilabel_margin_loss(x, torch.tensor([[1, 2, -1, 0]] * 3).int())),
    ("multilabel long", lambda: nn.multilabel_margin_loss(x.long(), torch.tensor([[1, 2, -1, 0]] * 3))),
    ("cosine_emb 2d target", lambda: torch.cosine_embedding_loss(x, x, torch.ones(3, 1))),
    ("cosine_emb 0d target", lambda: torch.cosine_embedding_loss(x, x, torch.tensor(1.0))),
    ("cosine_emb 1d target", lambda: torch.cosine_embedding_loss(x[0], x[0], torch.ones(3))),
    ("triplet dims", lambda: torch.triplet_margin_loss(x, x, x[0])),
]:
    attempt(name, f)

for name, f in [
    ("hinge bool", lambda: torch.hinge_embedding_loss(torch.tensor([True]), torch.tensor([1.0]))),
    ("margin_ranking bool", lambda: torch.margin_ranking_loss(torch.tensor([True]), torch.tensor([1.0]), torch.tensor([1.0]))),
    ("margin_ranking bools", lambda: torch.margin_ranking_loss(torch.tensor([True]), torch.tensor([False]), torch.tensor([1.0]))),
    ("margin_ranking bool target", lambda: torch.margin_ranking_loss(torch.tensor([1.0]), torch.tensor([1.0]), torch.tensor([True]))),
    ("bce half", lambda: nn.binary_cross_entropy(torch.tensor([0.5]).half(), torch.tensor([1.0]).half())),
    ("kl half", lambda: torch.kl_div(torch.tensor([-0.5]).half(), torch.tensor([1.0]).half())),
    ("mse bool", lambda: nn.mse_loss(torch.tensor([True]), torch.tensor([False]))),
]:
    attempt(name, f)
