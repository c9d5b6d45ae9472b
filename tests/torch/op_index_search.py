import torch

# searchsorted, bucketize, unique, unique_consecutive, einsum, meshgrid.


def show(label, f):
    try:
        r = f()
        if isinstance(r, torch.Tensor):
            print(label, r, r.dtype, tuple(r.shape))
        else:
            print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


def show_type(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


b = torch.tensor([1, 3, 5, 7, 9])
vals = torch.tensor([[3, 6, 9], [0, 1, 10]])
for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.int8, torch.uint8]:
    print(torch.searchsorted(b.to(dt), vals.to(dt)), torch.searchsorted(b.to(dt), vals.to(dt), right=True), torch.bucketize(vals.to(dt), b.to(dt)))
print(torch.searchsorted(b, torch.tensor([3., 6.5])), torch.searchsorted(b.double(), vals), torch.searchsorted(b, 3), torch.searchsorted(b, 3.5, right=True))
print(torch.searchsorted(b, vals, side='right'), torch.searchsorted(b, vals, side='left'), torch.searchsorted(b, vals, out_int32=True), torch.bucketize(4, b))
print(torch.searchsorted(b, vals, side='right', right=True), torch.bucketize(vals, b, right=True, out_int32=True), torch.bucketize(3, b, out_int32=True))
s2 = torch.tensor([[1., 2, 3], [10, 20, 30]])
print(torch.searchsorted(s2, torch.tensor([[2.5, 0], [25, 35]])), torch.searchsorted(s2, torch.tensor([[2.], [20]]), right=True))
perm = torch.tensor([9, 1, 7, 3, 5])
print(torch.searchsorted(perm, vals, sorter=torch.tensor([1, 3, 4, 2, 0])), torch.searchsorted(perm, vals, sorter=torch.argsort(perm), right=True))
print(torch.searchsorted(b[::2], vals), torch.searchsorted(b, vals.t()), torch.searchsorted(b, torch.tensor([], dtype=torch.long)), torch.searchsorted(torch.tensor([]), vals))
print(torch.searchsorted(torch.tensor([1., 2., float('nan')]), torch.tensor([1.5, float('nan')])), torch.searchsorted(b, torch.tensor(4)))
o = torch.empty(0, dtype=torch.long)
print(torch.searchsorted(b, vals, out=o), o, torch.bucketize(vals, b, out=torch.empty(0, dtype=torch.long)))
for e in ["torch.searchsorted(torch.tensor([[1, 3, 5]]), torch.tensor([[3, 6], [1, 2]]))", "torch.searchsorted(b, vals, side='foo')",
          "torch.searchsorted(b, vals, side='left', right=True)", "torch.searchsorted(b, vals, sorter=torch.tensor([0, 1]))",
          "torch.searchsorted(b, vals, sorter=torch.tensor([0, 1, 2, 3, 4.]))", "torch.searchsorted(torch.tensor(1), vals)",
          "torch.bucketize(vals, torch.tensor([[1, 3, 5]]))", "torch.searchsorted(s2, 3)"]:
    show(e, lambda: eval(e))

# unique / unique_consecutive
u = torch.tensor([[3, 1, 2, 3], [1, 1, 5, 2], [3, 1, 2, 3]])
for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.int8, torch.uint8, torch.bool]:
    t = u.to(dt)
    print(torch.unique(t), t.unique(return_inverse=True), torch.unique(t, return_counts=True), torch.unique(t, return_inverse=True, return_counts=True))
    print(torch.unique(t, dim=0), torch.unique(t, dim=1, return_inverse=True, return_counts=True), t.unique(dim=-1, return_counts=True))
    print(torch.unique_consecutive(t), t.unique_consecutive(return_inverse=True, return_counts=True), torch.unique_consecutive(t, dim=0, return_counts=True),
          torch.unique_consecutive(t, return_inverse=True, dim=1))
print(torch.unique(u.t()), torch.unique(u.t(), dim=1), torch.unique(torch.tensor([2, 1]).expand(3, 2), dim=0, return_inverse=True), torch.unique(u, sorted=True))
print(torch.unique(torch.tensor(1.)), torch.unique(torch.tensor(1.), return_inverse=True, return_counts=True), torch.unique(torch.tensor([])), torch.unique(torch.tensor([]), dim=0))
print(torch.unique(torch.ones(0, 3), dim=0, return_inverse=True, return_counts=True), torch.unique_consecutive(torch.tensor([]), return_counts=True))
print(torch.unique(torch.tensor([-0.0, 0.0, 1.5, -2.5, 1.5])), torch.unique(torch.tensor([[1, 2], [1, 2]]), dim=1), torch.unique_consecutive(torch.tensor([1, 1, 2, 1, 1])))
print(torch.unique_consecutive(torch.tensor([5, 5, 5]), return_inverse=True), torch.unique(torch.arange(6).view(3, 2) % 2, dim=0, sorted=True, return_inverse=False))
for e in ["torch.unique(torch.tensor([1, 1]), dim=2)", "torch.unique(torch.tensor(1.), dim=0)", "torch.unique_consecutive(torch.tensor(1.), dim=0)",
          "torch.unique(torch.ones(0, 3), dim=1)", "torch.unique_consecutive(torch.ones(0, 3), dim=1, return_counts=True)",
          "torch.unique(torch.ones(2, 3, dtype=torch.half))"]:
    show(e, lambda: eval(e))

# einsum
a = torch.arange(6.).view(2, 3)
m = torch.arange(9.).view(3, 3)
c = torch.arange(24.).view(2, 3, 4)
w = torch.arange(12.).view(3, 4) / 10
print(torch.einsum('ij,jk->ik', a, w), torch.einsum('ij,jk', a, w), torch.einsum('ij->ji', a), torch.einsum('ij->', a), torch.einsum('ij->j', a))
print(torch.einsum('ii', m), torch.einsum('ii->i', m), torch.einsum('iJ', a), torch.einsum('i,i', torch.ones(3), torch.arange(3.)), torch.einsum('i,j->ij', torch.ones(2), torch.arange(3.)))
print(torch.einsum('bij,bjk->bik', c.view(2, 4, 3), c), torch.einsum('bij,jk->bik', c, w.t()), torch.einsum('...ij,...jk->...ik', c.view(2, 4, 3), c))
print(torch.einsum('...', a), torch.einsum('i...->', a), torch.einsum('...j->...', c), torch.einsum('b...,b->...', c, torch.tensor([1., -1.])), torch.einsum('ij...->...ji', c).shape)
print(torch.einsum('i j , j k -> i k', a, w), torch.einsum('ij,ij->ij', a, a), torch.einsum('ij,ij->', a, a), torch.einsum('ijk,ikj->i', c, c.transpose(1, 2)))
print(torch.einsum('ij,kj,lj->ikl', a, a, a), torch.einsum('ij,jk,kl->il', a, m, w), torch.einsum('ab,bc,cd,de->ae', m, m, m, m))
print(torch.einsum('bn,anm,bm->ba', a, torch.ones(4, 3, 3), a), torch.einsum('ii,i->i', m, torch.tensor([1., 2, 3])), torch.einsum('iij->j', torch.arange(18.).view(3, 3, 2)))
print(torch.einsum('ij,jk->ik', a.t().t(), w[:, ::2]), torch.einsum('ij,jk->ik', torch.ones(1, 3).expand(2, 3), w), torch.einsum('i,i->', torch.ones(0), torch.ones(0)))
print(torch.einsum('ij,jk->ik', [a, w]), torch.einsum('ij,jk->ik', (a, w)), torch.einsum(a, [0, 1], w, [1, 2], [0, 2]), torch.einsum(a, [0, 1]), torch.einsum(a, [Ellipsis, 1], [1]))
print(torch.einsum('ij,jk->ik', a.long(), m.long()), torch.einsum('ij->', a.long()), torch.einsum('ij->', a.bool()), torch.einsum('ij->ji', a.bool()), torch.einsum('ij,jk->ik', a.double(), m.double()))
print(torch.einsum('i,j->ij', torch.tensor([2.]), torch.arange(3.)), torch.einsum('ij,ij->i', torch.ones(2, 1), a), torch.einsum('...i,...i->...', a, torch.ones(3)))
print(torch.einsum('i->', torch.tensor([1., 2.])), torch.einsum('->', torch.tensor(3.)), torch.einsum(',i->i', torch.tensor(2.), torch.ones(2)), torch.einsum('ij,ji->', m, m))
for e in ["torch.einsum('ij,jk', a, a)", "torch.einsum('ij,jk->ik', a)", "torch.einsum('ij,jk->ik', a, a.t(), a)", "torch.einsum('ij,j->ik', a, torch.ones(3))",
          "torch.einsum('ij,j->iij', a, torch.ones(3))", "torch.einsum('ij,j->i', a, torch.ones(4))", "torch.einsum('ijk', a)", "torch.einsum('i', a)",
          "torch.einsum('i.j', a)", "torch.einsum('i1', a)", "torch.einsum('ij', m.view(9, 1)[:3].view(3, 1).expand(3, 2).t())", "torch.einsum('ij->j..', a)",
          "torch.einsum('ii', a)", "torch.einsum('ijk...', a)"]:
    show(e, lambda: eval(e))
for e in ["torch.einsum('ij,jk->ik', a, m.long())", "torch.einsum('ij,jk->ik', a.bool(), m.bool())", "torch.einsum('ij')", "torch.einsum('...ij,...jk', torch.ones(2, 2, 3), torch.ones(3, 3, 4))"]:
    show_type(e, lambda: eval(e))

# einsum over many shapes (sums of the results)
def T(*s):
    n = 1
    for k in s: n *= k
    return (torch.arange(n) % 7 - 3).view(*s).float()
cases = [("ij,jk,kl->", T(2,3), T(3,4), T(4,2)), ("bhqd,bhkd->bhqk", T(2,3,4,5), T(2,3,6,5)), ("bhqk,bhkd->bqhd", T(2,3,4,6), T(2,3,6,5)),
         ("...ij,jk->...ik", T(2,3,4), T(4,5)), ("i...j,j...->i...", T(2,3,4), T(4,3)), ("ij,ij,ij->i", T(3,4), T(3,4), T(3,4)),
         ("abc,cd,da->b", T(2,3,4), T(4,5), T(5,2)), ("aab,bc->ac", T(3,3,2), T(2,4)), ("ii->", T(4,4)), ("iji->j", T(3,2,3)),
         ("i,j,k->ijk", T(2), T(3), T(2)), ("bi,bj->bij", T(2,3), T(2,4)), ("nc,nc->n", T(5,3), T(1,3)), ("...,...->...", T(2,1,3), T(4,1)),
         ("ab,ab->ba", T(3,1), T(3,4)), ("ijk,jil->kl", T(2,3,4), T(3,2,5)), ("Ab,bA->", T(2,3), T(3,2)), ("i,i->i", T(3), T(1)),
         ("bij,bjk->bik", T(1,2,3), T(4,3,5)), ("ij->ij", T(2,3)), ("ijkl->lkji", T(1,2,3,4)), ("ij,k->", T(2,2), T(3)),
         ("abcd,dcba->", T(2,2,2,2), T(2,2,2,2)), ("a,b,c,d->dcba", T(2), T(1), T(3), T(2))]
for eq, *ops in cases:
    try:
        r = torch.einsum(eq, *ops)
        print(eq, r.shape, r.sum().item(), r.flatten()[:6].tolist())
    except Exception as e:
        print(eq, type(e).__name__, e)

# meshgrid
p, q, r = torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor(7)
for idx in ['ij', 'xy']:
    print(torch.meshgrid(p, q, indexing=idx), torch.meshgrid([p, q, r], indexing=idx), torch.meshgrid((p,), indexing=idx), torch.meshgrid(r, indexing=idx))
print(torch.meshgrid(p, q), torch.meshgrid([p.float(), q.float()]), torch.meshgrid(p[::2], torch.tensor([], dtype=torch.long), indexing='xy'))
gx, gy = torch.meshgrid(torch.arange(3.), torch.arange(2.), indexing='xy')
print(gx.shape, gy.shape, gx.stride(), gy.is_contiguous(), (gx + gy).contiguous())
for e in ["torch.meshgrid(p, q, indexing='foo')", "torch.meshgrid()", "torch.meshgrid(p, q.float())"]:
    show(e, lambda: eval(e))
show_type("torch.meshgrid(p, torch.ones(2, 2).long())", lambda: torch.meshgrid(p, torch.ones(2, 2).long()))
