import torch

# flip, fliplr, flipud, roll, rot90, tril/triu (+ indices), diag, diag_embed,
# diagflat, trace, repeat, tile, repeat_interleave, unflatten, movedim/moveaxis,
# swapaxes/swapdims, view_as, reshape_as, new_zeros/ones/full/empty.


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
x3 = torch.arange(24).view(2, 3, 4)
xt = x.t()
xe = torch.arange(4.).expand(3, 4)
dtypes = [torch.float32, torch.float64, torch.int64, torch.int32, torch.int16, torch.uint8, torch.bool, torch.float16, torch.bfloat16]

# flip / fliplr / flipud
for dt in dtypes:
    print(torch.flip(x.to(dt), (0,)), x.to(dt).flip(-1, 0), torch.fliplr(x.to(dt)), torch.flipud(x.to(dt)))
print(torch.flip(x3, [0, 2]), torch.flip(x3, ()), torch.flip(xt, [1]), torch.flip(xe, [1, 0]), x3.fliplr(), x3.flipud())
print(torch.flip(torch.tensor(3.), ()), torch.flip(torch.tensor(3.), (0,)), torch.flip(torch.ones(0, 2), (0, 1)).shape, torch.flipud(torch.arange(5)[::2]))
for e in ["torch.flip(x, (0, 0))", "torch.flip(x, (2,))", "torch.flip(x, (0, -2))", "torch.fliplr(torch.ones(3))", "torch.flipud(torch.tensor(1.))"]:
    show(e, lambda: eval(e))

# roll
for dt in dtypes:
    print(torch.roll(x.to(dt), 1), x.to(dt).roll(-1, 1), torch.roll(x.to(dt), (1, 2), (0, 1)))
print(torch.roll(x3, 5), torch.roll(x3, [7, -5], [-1, 0]), torch.roll(xt, 1, 0), torch.roll(xe, 3, 1), torch.roll(x, 0, 1), torch.roll(x, 13, 1))
print(torch.roll(torch.tensor(3.), 1), torch.roll(torch.ones(0, 3), 2, 0).shape, torch.roll(torch.ones(0, 3), 2).shape, torch.roll(x, shifts=2, dims=1))
for e in ["torch.roll(x, (1, 2), (0,))", "torch.roll(x, (1,), (5,))", "torch.roll(x, (), ())", "torch.roll(x, (1, 2))"]:
    show(e, lambda: eval(e))

# rot90
for k in range(-5, 6):
    print(k, torch.rot90(x, k), torch.rot90(x3, k, [2, 0]))
print(x.rot90(), torch.rot90(xt, 1, (1, 0)), torch.rot90(xe.to(torch.int8), 2, [-1, -2]), torch.rot90(x.bool(), 3))
for e in ["torch.rot90(x, 1, (0, 0))", "torch.rot90(x, 1, (0,))", "torch.rot90(x, 1, (0, 5))", "torch.rot90(x, 1, (5, 0))",
          "torch.rot90(torch.ones(3), 1)", "torch.rot90(x, 1, (1, -1))", "torch.rot90(x, 1, (-3, 1))"]:
    show(e, lambda: eval(e))

# tril / triu
for dt in dtypes:
    print(torch.tril(x.to(dt)), x.to(dt).triu(1), torch.tril(x.to(dt), -1), torch.triu(x.to(dt), -2))
print(torch.tril(x3, 1), torch.triu(x3, -1), torch.tril(xt), torch.triu(xe), torch.tril(x, 10), torch.triu(x, 10), torch.tril(torch.ones(0, 3)))
y = x.clone()
print(y.tril_(), y, y.triu_(1), y, xt.clone().tril_(-1), torch.tril(x, out=torch.empty(0)), torch.triu(x, 2, out=torch.empty(0)))
z = x.clone()
z.t().triu_()
print(z)
for e in ["torch.tril(torch.ones(3))", "torch.triu(torch.tensor(3.))", "torch.ones(3).tril_()"]:
    show(e, lambda: eval(e))
for r, c, o in [(3, 3, 0), (4, 3, 1), (3, 5, -1), (0, 3, 0), (3, 0, 0), (2, 4, 10), (4, 2, -10), (1, 1, 0)]:
    print(torch.tril_indices(r, c, o), torch.triu_indices(r, c, o))
print(torch.tril_indices(3, 3, dtype=torch.int32), torch.triu_indices(3, 4, 1, dtype=torch.long), torch.tril_indices(row=2, col=2, offset=1))
for e in ["torch.tril_indices(-1, 3)", "torch.triu_indices(3, -3)", "torch.tril_indices(3, 3, dtype=torch.float)", "torch.triu_indices(3, 3, dtype=torch.int16)",
          "torch.tril_indices(3, 3, dtype=torch.bool)"]:
    show(e, lambda: eval(e))

# diag / diag_embed / diagflat / trace
v = torch.tensor([1., 2., 3.])
print(torch.diag_embed(v.half()))
for e in ["torch.diag(v.half())", "torch.diagflat(x.half())"]:
    show(e, lambda: eval(e))
for dt in [t for t in dtypes if t != torch.float16]:
    print(torch.diag(v.to(dt)), torch.diag(x.to(dt)), torch.diag(x.to(dt), 1), v.to(dt).diag(-1), torch.diag_embed(x.to(dt)), torch.diagflat(v.to(dt)))
print(torch.diag(x, -2), torch.diag(x, 3), torch.diag(xt, 1), torch.diag(xe), torch.diag(v[::2], 2), torch.diag(torch.ones(0)), torch.diag(x, out=torch.empty(0)))
print(torch.diag_embed(v, 1), torch.diag_embed(x, -1, 0, 2), torch.diag_embed(x, 0, -1, 0), torch.diag_embed(xt, 2, 2, 1).shape, torch.diag_embed(torch.ones(2, 0)).shape)
print(torch.diagflat(x), torch.diagflat(x, -1), torch.diagflat(torch.tensor(2.)), torch.diagflat(xt, 1), x.diagflat().shape)
for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.int8, torch.uint8]:
    print(torch.trace(x.to(dt)), x.to(dt).trace())
print(torch.trace(xt), torch.trace(xe), torch.trace(torch.ones(0, 3)), torch.trace(torch.ones(0, 3, dtype=torch.int32)))
for e in ["torch.diag(torch.ones(2, 2, 2))", "torch.diag(torch.tensor(1.))", "torch.diag_embed(torch.tensor(1.))", "torch.diag_embed(x, 0, 0, 0)",
          "torch.diag_embed(x, 0, 0, 3)", "torch.diag_embed(x, 0, -4, 1)", "torch.trace(torch.ones(3))", "torch.trace(torch.ones(2, 3, 4))",
          "torch.trace(torch.ones(2, 3, dtype=torch.bool))", "torch.trace(torch.ones(2, 3, dtype=torch.half))"]:
    show(e, lambda: eval(e))

# repeat / tile
for dt in dtypes:
    print(x.to(dt)[:2, :2].repeat(2, 3), torch.tile(v.to(dt), (2,)), v.to(dt).tile(2, 1))
print(x.repeat(1, 1), x.repeat(2, 1, 2).shape, xt.repeat(1, 2), xe.repeat(2, 1), torch.tensor(3.).repeat(2, 2), torch.tensor(3.).repeat(()), v.repeat(0), v.repeat((2, 0)).shape)
print(x3.repeat(1, 2, 1, 1).shape, x.repeat([2, 1]), torch.tile(x, ()), torch.tile(x, (2,)), torch.tile(x3, (2, 1)), torch.tile(torch.tensor(1), (3,)), torch.tile(x, (0, 1)).shape)
for e in ["x.repeat(2)", "x.repeat(2, -1)", "x.repeat()", "torch.tile(x, (-1,))"]:
    show(e, lambda: eval(e))

# repeat_interleave
r = torch.tensor([1, 0, 3])
print(torch.repeat_interleave(r), torch.repeat_interleave(r.int()), torch.repeat_interleave(torch.tensor([], dtype=torch.long)), torch.repeat_interleave(r, output_size=4))
print(torch.repeat_interleave(x, r, 0), torch.repeat_interleave(x, 2), x.repeat_interleave(2, 1), torch.repeat_interleave(x, torch.tensor([2]), 1), x.repeat_interleave(r, dim=-2))
print(torch.repeat_interleave(x, torch.arange(12)).shape, torch.repeat_interleave(xt, 2, 0), torch.repeat_interleave(xe, torch.tensor(1), 1), torch.repeat_interleave(torch.tensor(3), 2))
print(torch.repeat_interleave(x.bool(), 2, 0, output_size=6), torch.repeat_interleave(x, 0, 1).shape, torch.repeat_interleave(v, r.int()), torch.repeat_interleave(r, out=torch.empty(0, dtype=torch.long)) if False else 0)
for e in ["torch.repeat_interleave(torch.tensor([1, -1]))", "torch.repeat_interleave(torch.tensor([[1, 1]]))", "torch.repeat_interleave(torch.tensor([1., 1]))",
          "torch.repeat_interleave(x, torch.tensor([1, 2]), 1)", "torch.repeat_interleave(x, torch.tensor([1, 2]))", "torch.repeat_interleave(x, -1)",
          "torch.repeat_interleave(x, 2, 5)", "torch.repeat_interleave(x, 2, output_size=5)", "torch.repeat_interleave(torch.tensor([1, 2]), output_size=2)",
          "torch.repeat_interleave(torch.tensor(3))"]:
    show(e, lambda: eval(e))

# unflatten / movedim / moveaxis / swapaxes / swapdims / view_as / reshape_as
print(x.unflatten(1, (2, 2)), x.unflatten(-1, (-1, 2)).shape, torch.unflatten(x3, 0, (1, 2)).shape, x.unflatten(0, (3,)), x.unflatten(1, [1, -1, 1]).shape)
print(torch.ones(2, 0).unflatten(1, (0, 5)).shape, torch.ones(2, 0).unflatten(1, (-1, 5)).shape if False else 0)
for e in ["x.unflatten(1, (3, 2))", "x.unflatten(1, (-1, -1))", "x.unflatten(1, ())", "x.unflatten(1, (0, -1))", "x.unflatten(5, (1, 3))", "xt.unflatten(1, (1, 3))"]:
    show(e, lambda: eval(e))
for f in (torch.movedim, torch.moveaxis):
    print(f(x3, 0, 2).shape, f(x3, -1, 0), f(x3, (0, 1), (2, 0)).shape, f(x3, [2, 0], [0, 1]).stride(), f(x3, (), ()).shape, f(torch.tensor(1.), 0, -1))
print(x3.movedim(1, -1).shape, x3.moveaxis((0, 2), (1, 0)).shape, x.movedim(0, 1).is_contiguous())
for e in ["torch.movedim(x, (0, 1), (1,))", "torch.movedim(x, (0, 0), (1, 0))", "torch.movedim(x, (0, 1), (1, 1))", "torch.movedim(x, 3, 0)",
          "torch.movedim(x, 0, 3)", "torch.moveaxis(x, (0, -2), (0, 1))"]:
    show(e, lambda: eval(e))
print(torch.swapaxes(x3, 0, 2).shape, x3.swapaxes(-1, 1).stride(), torch.swapdims(x, 0, 1), x.swapdims(1, 0).is_contiguous(), torch.swapaxes(torch.tensor(2.), 0, -1))
y = x3.clone()
print(y.swapaxes_(0, 2).shape, y.stride(), y.swapdims_(1, 0).shape, y.stride(), y.is_contiguous(), y)
for e in ["torch.swapaxes(x, 0, 3)", "x.clone().swapdims_(2, 0)"]:
    show(e, lambda: eval(e))
print(x.view_as(x3[0]), x.view_as(torch.ones(2, 6, dtype=torch.bool)).shape, xt.reshape_as(torch.ones(12)), x3.reshape_as(torch.ones(4, 6).t()).shape)
for e in ["x.view_as(torch.ones(4))", "x.t().view_as(torch.ones(12))", "x.reshape_as(torch.ones(5))", "x.view_as(3)"]:
    show(e, lambda: eval(e))

# new_zeros / new_ones / new_full / new_empty
for t in [x, x.long(), x.bool(), torch.tensor(2, dtype=torch.int8)]:
    print(t.new_zeros(2, 3), t.new_ones((2,)), t.new_full((2, 2), 3), t.new_full([1], True), t.new_empty((2, 0)).shape, t.new_empty(3).dtype)
print(x.new_zeros((2,), dtype=torch.long), x.new_ones(2, dtype=torch.bool), x.new_full((2,), 2.5, dtype=torch.int32), x.new_empty([], dtype=torch.float64).shape)
print(x.new_zeros(size=(1, 2)), x.new_ones(()), x.new_full(size=(2,), fill_value=-1))
for e in ["x.new_zeros(-1)", "x.new_full((2,))", "x.new_ones('a')"]:
    show(e, lambda: eval(e))
