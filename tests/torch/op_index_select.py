import torch

# index_select, gather, take, take_along_dim, scatter*, index_add/fill/copy,
# masked_select/scatter, nonzero/argwhere/where(cond).


def show(label, f):
    try:
        r = f()
        if isinstance(r, torch.Tensor):
            print(label, r, r.dtype, tuple(r.shape))
        else:
            print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


x = torch.arange(12.).view(3, 4)
xt = x.t()                          # non-contiguous
xe = torch.arange(4.).expand(3, 4)  # expanded (stride 0)
dtypes = [torch.float32, torch.float64, torch.int64, torch.int32, torch.int8, torch.uint8, torch.bool, torch.float16]
i = torch.tensor([2, 0, 2])

# index_select
for dt in dtypes:
    print(dt, torch.index_select(x.to(dt), 0, i), x.to(dt).index_select(-1, i))
print(torch.index_select(xt, 1, i), torch.index_select(xe, 0, i), torch.index_select(x, 1, i.int()))
print(torch.index_select(x, 0, torch.tensor([], dtype=torch.long)).shape, torch.index_select(x, 1, torch.tensor(3)))
print(torch.index_select(torch.tensor(5.), 0, torch.tensor([0])), torch.index_select(torch.ones(0, 3), 1, i).shape)
print(torch.index_select(x, 0, torch.tensor([0, 1, 2, 0])[::2]))
out = torch.empty(0)
print(torch.index_select(x, 0, i, out=out), out.shape)
for e in ["torch.index_select(x, 0, torch.tensor([3]))", "torch.index_select(x, 0, torch.tensor([-1]))",
          "torch.index_select(x, 0, torch.tensor([[0]]))", "torch.index_select(x, 0, torch.tensor([0.]))",
          "torch.index_select(x, 2, i)", "torch.index_select(torch.tensor(5.), 0, torch.tensor([1]))",
          "torch.index_select(x, 0, torch.tensor([0], dtype=torch.int16))"]:
    show(e, lambda: eval(e))

# gather / take_along_dim
g = torch.tensor([[0, 1], [3, 3], [2, 0]])
for dt in dtypes:
    print(torch.gather(x.to(dt), 1, g), x.to(dt).gather(0, torch.tensor([[2, 1, 0, 0]])))
print(torch.gather(xt, -1, torch.tensor([[0], [2]])), torch.gather(xe, 1, g), torch.gather(x, 1, g.t().t()))
print(torch.gather(torch.tensor(7.), 0, torch.tensor(0)), torch.gather(x, 1, torch.zeros(0, 2, dtype=torch.long)).shape)
print(torch.gather(x, 1, g, sparse_grad=False), torch.gather(x, 1, g, out=torch.empty(1)))
print(torch.take_along_dim(x, g, 1), torch.take_along_dim(x, torch.tensor([[1], [0], [2]]), -1), torch.take_along_dim(x, torch.tensor([5, 0, 11])))
print(torch.take_along_dim(x, torch.tensor([[2, 0, 1, 1]]), 0), x.take_along_dim(torch.tensor([[0]]), 1), torch.take_along_dim(x, g, 1, out=torch.empty(0)))
for e in ["torch.gather(x, 1, torch.tensor([[0, 5]]))", "torch.gather(x, 1, torch.tensor([[0, -1]]))", "torch.gather(x, 1, torch.tensor([0]))",
          "torch.gather(x, 1, torch.tensor([[0]], dtype=torch.int32))", "torch.gather(x, 0, torch.tensor([[0, 0, 0, 0, 0]]))",
          "torch.gather(x, 1, torch.zeros(4, 1, dtype=torch.long))", "torch.gather(x, 2, g)",
          "torch.take_along_dim(x, torch.tensor([[0, 5]]), 1)", "torch.take_along_dim(x, g.int(), 1)", "torch.take_along_dim(x, torch.tensor([0, 1]), 1)",
          "torch.take_along_dim(x, g, 3)", "torch.take_along_dim(x, torch.zeros(2, 1, dtype=torch.long), 1)"]:
    show(e, lambda: eval(e))

# take
for dt in dtypes:
    print(torch.take(x.to(dt), torch.tensor([[0, 11], [-1, -12]])))
print(torch.take(xt, torch.tensor([1, 4])), torch.take(xe, torch.tensor([5])), torch.take(torch.tensor(3.), torch.tensor(0)), x.take(torch.tensor([], dtype=torch.long)))
print(torch.take(torch.tensor([]), torch.tensor([], dtype=torch.long)), torch.take(x, torch.tensor([3]), out=torch.empty(0)))
for e in ["torch.take(x, torch.tensor([12]))", "torch.take(x, torch.tensor([-13]))", "torch.take(x, torch.tensor([1], dtype=torch.int32))",
          "torch.take(torch.tensor([]), torch.tensor([0]))"]:
    show(e, lambda: eval(e))

# scatter family
src = torch.arange(1., 7.).view(2, 3)
idx = torch.tensor([[0, 1, 2], [2, 0, 1]])
for dt in dtypes:
    s = src.to(dt)
    z = torch.zeros(3, 3, dtype=dt)
    print(torch.scatter(z, 0, idx, s), z.scatter(1, idx, s), torch.scatter(z, 0, idx, 5), z.scatter_add(0, idx, s))
print(torch.scatter(torch.ones(3, 3), 0, idx, src, reduce='add'), torch.scatter(torch.ones(3, 3), 1, idx, src, reduce='multiply'))
print(torch.scatter(torch.ones(3, 3), 0, idx, 2.5, reduce='add'), torch.scatter(torch.ones(3, 3), 1, idx, 3, reduce='multiply'))
print(torch.scatter(torch.zeros(3, 5), 1, idx, src.t().t()), torch.scatter(torch.zeros(3, 3), -1, torch.tensor([[0, 0]]), src))
z = torch.zeros(3, 3)
print(z.scatter_(0, idx, src), z.scatter_(1, idx, 9.), z.scatter_(0, idx, src, reduce='add'), z.scatter_(0, idx, 2., reduce='multiply'), z)
print(z.scatter_add_(1, idx, src), z.t().scatter_(0, idx, -1.), z)
print(torch.scatter(torch.tensor(1.), 0, torch.tensor(0), torch.tensor(4.)), torch.scatter(z, 0, torch.zeros(0, 3, dtype=torch.long), src))
print(torch.scatter_add(torch.zeros(4), 0, torch.tensor([0, 0, 3, 0]), torch.ones(4)), torch.scatter_add(torch.zeros(2), 0, torch.tensor([1, 1]), torch.ones(2).expand(2)))
o = torch.empty(0)
print(torch.scatter(z, 0, idx, src, out=o), torch.scatter(z, 0, idx, 1., out=o), torch.scatter(z, 0, idx, src, reduce='add', out=o),
      torch.scatter(z, 0, idx, 1., reduce='add', out=o), torch.scatter_add(z, 0, idx, src, out=o))
bz = torch.ones(3, dtype=torch.bool)
print(torch.scatter_add(bz, 0, torch.tensor([0, 0]), torch.ones(2, dtype=torch.bool)),
      torch.scatter(bz, 0, torch.tensor([0, 0]), torch.zeros(2, dtype=torch.bool), reduce='multiply'))
for e in ["torch.scatter(x, 1, torch.tensor([[0, 5]]), 1.)", "torch.scatter(x, 1, torch.tensor([[0, -1]]), 1.)",
          "torch.scatter(x, 1, torch.tensor([[0, 1]]), torch.ones(2, 2, dtype=torch.long))", "torch.scatter(x, 1, torch.tensor([[0, 1]], dtype=torch.int32), 1.)",
          "torch.scatter(x, 1, torch.tensor([[0, 1, 2, 0]]), torch.ones(1, 2))", "torch.scatter(x, 0, torch.tensor([[0, 1, 2, 0, 1]]), 1.)",
          "torch.scatter(x, 1, torch.tensor([[0, 1]]), 2., reduce='foo')", "torch.scatter(x, 1, torch.tensor([[0, 1]]), torch.ones(1, 2), reduce='sum')",
          "torch.scatter(x, 1, torch.tensor([0, 1]), 1.)", "torch.scatter(x, 1, torch.tensor([[0, 1]]), torch.ones(2))",
          "torch.scatter_add(x, 1, torch.tensor([[0, 1]]), torch.ones(1, 2, dtype=torch.int64))", "torch.scatter_add(x, 1, torch.tensor([[0, 4]]), torch.ones(1, 2))",
          "torch.scatter(x, 2, idx, 1.)", "x.clone().scatter_(1, torch.tensor([[9]]), 1.)"]:
    show(e, lambda: eval(e))

# index_add / index_fill / index_copy
for dt in dtypes:
    b = x.to(dt)
    ones = torch.ones(2, 4, dtype=dt)
    print(torch.index_add(b, 0, torch.tensor([2, 0]), ones), b.index_fill(1, torch.tensor([0, -1]), 1),
          torch.index_copy(b, 0, torch.tensor([1, 2]), ones), b.index_fill(0, torch.tensor([1]), torch.tensor(0)))
print(torch.index_add(x, 1, torch.tensor([0, 0, 3]), torch.ones(3, 3), alpha=2), torch.index_add(x, 0, torch.tensor([1, 1], dtype=torch.int32), torch.ones(2, 4), alpha=0.5))
print(torch.index_add(torch.ones(3, dtype=torch.long), 0, torch.tensor([0, 0]), torch.ones(2, dtype=torch.long), alpha=2))
print(torch.index_add(xt, 0, torch.tensor([3]), torch.ones(1, 3)), torch.index_add(x, 0, torch.tensor([0]), torch.ones(1, 1).expand(1, 4)))
print(torch.index_add(torch.tensor(3.), 0, torch.tensor([0]), torch.tensor(2.)), torch.index_add(x, 0, torch.tensor([], dtype=torch.long), torch.ones(0, 4)))
print(torch.index_fill(x, 1, torch.tensor([1, 3]), -2.5), torch.index_fill(xt, 0, torch.tensor(2), 0), torch.index_fill(torch.tensor(3.), 0, torch.tensor([0]), 1))
print(torch.index_fill(torch.ones(3, dtype=torch.long), 0, torch.tensor([0]), 1.5), torch.index_fill(torch.ones(3, dtype=torch.bool), 0, torch.tensor([0]), 0))
print(torch.index_copy(x, 1, torch.tensor([3, 0]), torch.arange(6.).view(3, 2)), torch.index_copy(xt, 1, torch.tensor([0]), torch.zeros(4, 1)))
print(torch.index_copy(torch.tensor(3.), 0, torch.tensor([0]), torch.tensor(5.)), torch.index_copy(torch.tensor(3.), 0, torch.tensor(0), torch.tensor([5.])))
y = x.clone()
print(y.index_add_(0, torch.tensor([0]), torch.ones(1, 4)), y.index_fill_(0, torch.tensor([2]), 7.), y.index_fill_(1, torch.tensor([2]), torch.tensor(-1.)),
      y.index_copy_(0, torch.tensor([1]), torch.zeros(1, 4)), y)
print(torch.index_add(x, 0, i, torch.ones(3, 4), out=torch.empty(0)), torch.index_copy(x, 0, torch.tensor([0]), torch.ones(1, 4), out=torch.empty(0)))
for e in ["torch.index_add(x, 0, torch.tensor([0, 5]), torch.ones(2, 4))", "torch.index_add(x, 0, torch.tensor([0, 1]), torch.ones(2, 4, dtype=torch.long))",
          "torch.index_add(x, 0, torch.tensor([0, 1]), torch.ones(3, 4))", "torch.index_add(x, 0, torch.tensor([[0, 1]]), torch.ones(2, 4))",
          "torch.index_add(x, 0, torch.tensor([0., 1]), torch.ones(2, 4))", "torch.index_add(x, 0, torch.tensor([0, 1]), torch.ones(2, 5))",
          "torch.index_add(x, 3, i, x)", "torch.index_add(x, 0, torch.tensor([-1]), torch.ones(1, 4))",
          "torch.index_fill(x, 1, torch.tensor([0, 5]), 2)", "torch.index_fill(x, 1, torch.tensor([0, -5]), 2)",
          "torch.index_fill(x, 1, torch.tensor([0, 1]), torch.tensor([1., 2]))", "torch.index_fill(x, 1, torch.tensor([0, 1], dtype=torch.int32), 1)",
          "torch.index_fill(x, 1, torch.tensor([[0, 1]]), 1)", "torch.index_fill(x, 2, i, 1)",
          "torch.index_copy(x, 1, torch.tensor([0, 5]), torch.ones(3, 2))", "torch.index_copy(x, 1, torch.tensor([0, 1]), torch.ones(3, 2, dtype=torch.long))",
          "torch.index_copy(x, 1, torch.tensor([0, 1]), torch.ones(3, 3))", "torch.index_copy(x, 1, torch.tensor([0, 1], dtype=torch.int32), torch.ones(3, 2))",
          "torch.index_copy(x, 1, torch.tensor([0, -1]), torch.ones(3, 2))", "torch.index_copy(x, 1, torch.tensor([[0, 1]]), torch.ones(3, 2))"]:
    show(e, lambda: eval(e))

# masked_select / masked_scatter
m = x % 3 == 0
for dt in dtypes:
    print(torch.masked_select(x.to(dt), m), x.to(dt).masked_scatter(m, torch.arange(10, 20).to(dt)))
print(torch.masked_select(x, torch.tensor([True, False, False, True])), torch.masked_select(torch.arange(4.), m), torch.masked_select(xt, m.t()))
print(torch.masked_select(xe, m), torch.masked_select(torch.tensor(2.), torch.tensor(True)), torch.masked_select(x, torch.zeros(3, 4, dtype=torch.bool)))
print(torch.masked_select(x, torch.tensor([1, 0, 0, 1], dtype=torch.uint8)), torch.masked_select(x, m, out=torch.empty(0)))
print(torch.masked_scatter(x, torch.tensor([True, False, False, True]), torch.arange(100., 110.)), torch.masked_scatter(torch.arange(4.), m, -torch.arange(1., 9.)))
print(torch.masked_scatter(xt, m.t(), torch.zeros(3, 4)), torch.masked_scatter(x, m, torch.arange(9.).view(3, 3).t()))
y = x.clone()
print(y.masked_scatter_(m, torch.full((5,), -1.)), y, y.t().masked_scatter_(m.t(), torch.full((5,), -2.)), y)
for e in ["torch.masked_select(x, torch.tensor([1, 0, 1, 1]))", "torch.masked_select(x, torch.tensor([True, False]))",
          "torch.masked_scatter(x, m, torch.arange(2.))", "torch.masked_scatter(x, m, torch.arange(10))",
          "x[0].clone().masked_scatter_(m, torch.arange(10.))"]:
    show(e, lambda: eval(e))

# nonzero / argwhere / where(condition)
for dt in dtypes:
    t = (x.to(dt) % 5).to(dt)
    print(torch.nonzero(t), t.nonzero(as_tuple=True), torch.argwhere(t), torch.where(t > 2))
print(torch.nonzero(xt > 5), torch.nonzero(xe), torch.nonzero(torch.tensor(1.)), torch.nonzero(torch.tensor(0.)), torch.nonzero(torch.zeros(2, 0)))
print(torch.nonzero(torch.tensor(1.), as_tuple=True), torch.nonzero(torch.tensor(0.), as_tuple=True), torch.where(torch.tensor([])), torch.argwhere(torch.tensor(0.)))
print(torch.nonzero(torch.tensor([0., float('nan'), -0.0, 2])), torch.nonzero(x, as_tuple=False).shape, torch.nonzero(x > 6, out=torch.empty(0, dtype=torch.long)))
print(torch.where(torch.ones(2, 1, 2)), x.argwhere().shape)
