# cosine_similarity, pairwise_distance, cdist, pdist.
import torch


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.flatten().tolist())


def attempt(name, f):
    try:
        show(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


a = (torch.arange(12.).view(3, 4) * 0.83).sin() * 2
b = (torch.arange(12.).view(3, 4) * 0.47).cos() + 0.3
show("cos", torch.cosine_similarity(a, b))
show("cos dim0", torch.cosine_similarity(a, b, 0))
show("cos neg dim", torch.cosine_similarity(a, b, -1, 1e-3))
show("cos broadcast", torch.cosine_similarity(a, b[1], -1))
show("cos kw", torch.cosine_similarity(x1=a, x2=b, dim=1, eps=0.5))
show("cos tiny", torch.cosine_similarity(torch.tensor([1e-9, 0.0]), torch.tensor([1e-9, 0.0]), 0))
show("cos zero", torch.cosine_similarity(torch.zeros(2, 3), torch.ones(2, 3)))
show("cos int float", torch.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1.0, 3.0]), 0))
show("cos double", torch.cosine_similarity(a.double(), b))
show("cos 0d", torch.cosine_similarity(torch.tensor(1.0), torch.tensor(2.0), 0))
show("cos 3d", torch.cosine_similarity(a.view(3, 2, 2), b.view(3, 2, 2), 1))
for name, f in [
    ("cos long", lambda: torch.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1, 3]), 0)),
    ("cos shape", lambda: torch.cosine_similarity(torch.ones(2, 3), torch.ones(3, 3))),
    ("cos dim", lambda: torch.cosine_similarity(torch.ones(3), torch.ones(3))),
]:
    attempt(name, f)

show("pd", torch.pairwise_distance(a, b))
show("pd p1 keep", torch.pairwise_distance(a, b, 1.0, 1e-6, True))
show("pd inf", torch.pairwise_distance(a, b, float("inf")))
show("pd p3", torch.pairwise_distance(a, b, 3.0, 0.0))
show("pd p0", torch.pairwise_distance(a, b, 0.0))
show("pd broadcast", torch.pairwise_distance(a[0], b))
show("pd long", torch.pairwise_distance(torch.ones(3).long(), torch.ones(2, 3).long() * 2))
show("pd 0d", torch.pairwise_distance(torch.tensor(1.0), torch.tensor(2.0)))
show("pd kw", torch.pairwise_distance(x1=a, x2=b, p=1.5, eps=0.1, keepdim=False))

x1 = (torch.arange(15.).view(5, 3) * 0.7).sin()
x2 = (torch.arange(12.).view(4, 3) * 0.3).cos()
show("cdist", torch.cdist(x1, x2))
show("cdist p1", torch.cdist(x1, x2, 1.0))
show("cdist p0", torch.cdist(x1, x2.round(), 0.0))
show("cdist inf", torch.cdist(x1, x2, float("inf")))
show("cdist p3", torch.cdist(x1, x2, 3.0))
show("cdist batch", torch.cdist(x1.view(1, 5, 3).expand(2, 5, 3) * torch.tensor([1.0, 2.0]).view(2, 1, 1), x2))
show("cdist broadcast", torch.cdist(x1.view(1, 1, 5, 3), torch.stack([x2, x2 * 2]).view(2, 1, 4, 3), 2.0))
show("cdist double", torch.cdist(x1.double(), x2.double(), 1.5))
big1 = (torch.arange(90.).view(30, 3) * 0.37).sin()
big2 = (torch.arange(24.).view(8, 3) * 0.59).cos() + 2
show("cdist mm", torch.cdist(big1, big2))
show("cdist empty", torch.cdist(torch.zeros(0, 3), x2))
show("cdist no cols", torch.cdist(torch.zeros(2, 0), torch.zeros(3, 0)))
for name, f in [
    ("cdist 1d", lambda: torch.cdist(x1[0], x2)),
    ("cdist 1d x2", lambda: torch.cdist(x1, x2[0])),
    ("cdist cols", lambda: torch.cdist(x1, x2[:, :2])),
    ("cdist long", lambda: torch.cdist(x1.long(), x2.long())),
    ("cdist long x2", lambda: torch.cdist(x1, x2.long())),
    ("cdist p", lambda: torch.cdist(x1, x2, -1.0)),
    ("cdist batch", lambda: torch.cdist(torch.zeros(2, 3, 4), torch.zeros(3, 3, 4))),
]:
    attempt(name, f)

show("pdist", torch.pdist(x1))
show("pdist p1", torch.pdist(x1, 1.0))
show("pdist inf", torch.pdist(x1, float("inf")))
show("pdist p0", torch.pdist(x1.round(), 0.0))
show("pdist p2.5", torch.pdist(x1.double(), 2.5))
show("pdist one", torch.pdist(x1[:1]))
show("pdist no cols", torch.pdist(torch.zeros(3, 0)))
show("pdist noncontig", torch.pdist(x1.t()))
for name, f in [
    ("pdist 1d", lambda: torch.pdist(x1[0])),
    ("pdist long", lambda: torch.pdist(x1.long())),
    ("pdist p", lambda: torch.pdist(x1, -2.0)),
]:
    attempt(name, f)

for name, f in [
    ("pd half", lambda: torch.pairwise_distance(torch.tensor([[1.5]]).half(), torch.tensor([[1.0]]).half())),
    ("cdist half", lambda: torch.cdist(torch.tensor([[1.5]]).half(), torch.tensor([[1.0]]).half())),
    ("pdist half", lambda: torch.pdist(torch.tensor([[1.5], [1.0]]).half())),
    ("cos 1d dim0 broadcast", lambda: torch.cosine_similarity(torch.ones(3), torch.ones(2, 3), 0)),
]:
    attempt(name, f)
