# embedding, embedding_renorm_ (F.embedding's max_norm) and one_hot.
import torch


def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.flatten().tolist())


def attempt(name, f):
    try:
        show(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


w = (torch.arange(30.).view(10, 3) * 0.41).sin() * 2
show("emb 1d", torch.embedding(w, torch.tensor([1, 2, 9, 0, 2])))
show("emb 2d", torch.embedding(w, torch.tensor([[1, 2], [3, 9]])))
show("emb int32", torch.embedding(w, torch.tensor([[4], [5]], dtype=torch.int32)))
show("emb 0d", torch.embedding(w, torch.tensor(3)))
show("emb empty", torch.embedding(w, torch.zeros(2, 0, dtype=torch.long)))
show("emb args", torch.embedding(w, torch.tensor([7, 8]), 0, False, False))
show("emb kw", torch.embedding(weight=w, indices=torch.tensor([1]), padding_idx=-1, scale_grad_by_freq=True, sparse=False))
show("emb long weight", torch.embedding(w.long(), torch.tensor([[1, 2], [3, 4]])))
show("emb double", torch.embedding(w.double(), torch.tensor([6])))
show("emb weight view", torch.embedding(w.t().contiguous().t(), torch.tensor([2, 5])))
show("emb weight slice", torch.embedding(w[:, 1:], torch.tensor([2, 5])))
show("emb idx noncontig", torch.embedding(w, torch.tensor([[1, 2], [3, 4]]).t()))
for name, f in [
    ("emb oob", lambda: torch.embedding(w, torch.tensor([1, 10]))),
    ("emb negative", lambda: torch.embedding(w, torch.tensor([1, -1]))),
    ("emb oob 2d", lambda: torch.embedding(w, torch.tensor([[1, 2], [3, 10]]))),
    ("emb float idx", lambda: torch.embedding(w, torch.tensor([1.0, 2]))),
    ("emb short idx", lambda: torch.embedding(w, torch.tensor([1, 2], dtype=torch.int16))),
    ("emb weight 1d", lambda: torch.embedding(w[0], torch.tensor([1, 2]))),
    ("emb weight 3d", lambda: torch.embedding(w.view(10, 3, 1), torch.tensor([1, 2]))),
]:
    attempt(name, f)

# embedding_renorm_: rows named by indices rescaled to norm <= max_norm, in place.
ww = w.clone()
r = torch.embedding_renorm_(ww, torch.tensor([1, 2, 2, 7]), 1.0, 2.0)
print("renorm same", r is ww)
show("renorm", ww)
ww = w.clone()
torch.embedding_renorm_(ww, torch.tensor([[0, 5], [9, 0]], dtype=torch.int32), 0.5, 1.0)
show("renorm p1", ww)
ww = w.double()
torch.embedding_renorm_(ww, torch.tensor([3, -2]), 1.5, 3.0)
show("renorm neg", ww)
ww = w.clone()
torch.embedding_renorm_(ww, torch.tensor([4]), 100.0, 2.0)
show("renorm no-op", ww)
for name, f in [
    ("renorm oob", lambda: torch.embedding_renorm_(w.clone(), torch.tensor([1, 2, 10]), 1.0, 2.0)),
    ("renorm float idx", lambda: torch.embedding_renorm_(w.clone(), torch.tensor([1.0, 2]), 1.0, 2.0)),
    ("renorm 1d", lambda: torch.embedding_renorm_(w[0].clone(), torch.tensor([1, 2]), 1.0, 2.0)),
    ("renorm long", lambda: torch.embedding_renorm_(w.long(), torch.tensor([1, 2]), 1.0, 2.0)),
]:
    attempt(name, f)

# one_hot
oh = torch._C._nn.one_hot
show("oh", oh(torch.tensor([1, 2, 0])))
show("oh n", oh(torch.tensor([1, 2, 0]), 5))
show("oh 2d", oh(torch.tensor([[1, 3], [0, 0]]), num_classes=4))
show("oh 0d", oh(torch.tensor(2), 4))
show("oh empty", oh(torch.tensor([], dtype=torch.long), 5))
show("oh noncontig", oh(torch.tensor([[1, 3], [0, 2]]).t()))
for name, f in [
    ("oh small", lambda: oh(torch.tensor([1, 2, 0]), 2)),
    ("oh negative", lambda: oh(torch.tensor([1, -2, 0]), 5)),
    ("oh int32", lambda: oh(torch.tensor([1, 2, 0]).int(), 5)),
    ("oh empty infer", lambda: oh(torch.tensor([], dtype=torch.long))),
    ("oh -2", lambda: oh(torch.tensor([1, 2, 0]), -2)),
    ("oh 0", lambda: oh(torch.tensor([1, 2, 0]), 0)),
]:
    attempt(name, f)
