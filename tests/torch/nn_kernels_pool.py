# Pooling kernels as torch.nn.functional calls them: torch.max_pool1d/2d,
# torch._C._nn.max_pool2d_with_indices, avg_pool, adaptive pools.
import torch

torch.set_printoptions(precision=6)
nn = torch._C._nn


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(r, tuple):
        print(label, type(r).__name__, len(r))
        for t in r:
            print(t, t.dtype, t.shape)
    else:
        print(label, r, r.dtype, r.shape)


x4 = (torch.arange(2 * 3 * 7 * 6.).reshape(2, 3, 7, 6) * 37 % 23) / 7 - 1.5
x3 = x4[1]
x2 = x4[0, 0]
xd = x4.double()
xt = x4.transpose(2, 3)  # non-contiguous
print(xt.is_contiguous())

# --- max_pool2d / with indices
for args in [(2,), (3, 2), (3, 1, 1), ((3, 2), (2, 1), (1, 0)), (3, 2, 1, 2), ((2, 3), 1, 0, (2, 1)),
             (3, 2, 0, 1, True), (3, 2, 1, 1, True), (2, 2, 0, 1, True), ((3, 3), (3, 3), (1, 1), 1, True)]:
    show("max_pool2d%s" % (args,), lambda: torch.max_pool2d(x4, *args))
    show("with_indices%s" % (args,), lambda: nn.max_pool2d_with_indices(x4, *args))
show("mp2 3d", lambda: torch.max_pool2d(x3, 2, 1))
show("mp2 3d idx", lambda: nn.max_pool2d_with_indices(x3, 3, 2, 1))
show("mp2 double", lambda: torch.max_pool2d(xd, 2))
show("mp2 noncontig", lambda: nn.max_pool2d_with_indices(xt, (2, 3), 2, 1))
show("mp2 kw", lambda: torch.max_pool2d(x4, kernel_size=3, stride=2, padding=1, dilation=1, ceil_mode=True))
show("mp2 empty batch", lambda: torch.max_pool2d(torch.ones(0, 3, 4, 4), 2))
show("mp2 ceil edge", lambda: torch.max_pool2d(torch.arange(36.).reshape(1, 1, 6, 6), 3, 2, 1, ceil_mode=True))
show("mp2 ceil edge2", lambda: torch.max_pool2d(torch.arange(25.).reshape(1, 1, 5, 5), 2, 2, 0, ceil_mode=True))
show("mp2 ceil drop", lambda: torch.max_pool2d(torch.arange(4.).reshape(1, 1, 2, 2), 3, 2, 1, ceil_mode=True))
nanx = torch.tensor([[[[1., float("nan"), 3.], [4., 5., float("nan")], [-1., 0., 2.]]]])
show("mp2 nan", lambda: nn.max_pool2d_with_indices(nanx, 2, 1))
show("mp2 -inf", lambda: nn.max_pool2d_with_indices(torch.full((1, 1, 3, 3), float("-inf")), 2, 1, 1))
o, i = torch.empty(0), torch.empty(0, dtype=torch.long)
r = nn.max_pool2d_with_indices(x4, 2, out=(o, i))
print(type(r).__name__, r[0] is o, r[1] is i, o.shape, i)
for args in [(0,), ((2, 2, 2),), (2, (1, 2, 3)), (3, 1, 2), (7,), (2, 0), (2, 1, 0, 0), (2, 1, (1, 1, 1)),
             (2, 1, 0, (1, 1, 1)), (2, 1, -1), (2, -1), (-2,), ((3, 0),), (2, 1, 0, 3)]:
    show("max_pool2d err%s" % (args,), lambda: torch.max_pool2d(x4, *args))
    show("with_indices err%s" % (args,), lambda: nn.max_pool2d_with_indices(x4, *args))
show("mp2 2d", lambda: torch.max_pool2d(x2, 2))
show("mp2 5d", lambda: torch.max_pool2d(torch.ones(1, 1, 1, 4, 4), 2))
show("mp2 empty C", lambda: torch.max_pool2d(torch.ones(2, 0, 4, 4), 2))
show("mp2 empty 3d", lambda: torch.max_pool2d(torch.ones(0, 4, 4), 2))
show("mp2 long", lambda: torch.max_pool2d(x4.long(), 2))
show("mp2 int idx", lambda: nn.max_pool2d_with_indices(x4.int(), 2))

# --- max_pool1d / with indices
y3 = x4[:, :, 0]
y2 = y3[0]
for args in [(2,), (3, 1), (3, 2, 1), (2, 1, 0, 2), (3, 2, 1, 1, True), (4, 3, 2, 1, True), (7,), (7, 1, 0, 1, True)]:
    show("max_pool1d%s" % (args,), lambda: torch.max_pool1d(y3, *args))
    show("mp1 idx%s" % (args,), lambda: torch.max_pool1d_with_indices(y3, *args))
show("mp1 2d", lambda: torch.max_pool1d(y2, 2))
show("mp1 2d idx", lambda: torch.max_pool1d_with_indices(y2, 3, 2, 1))
show("mp1 noncontig", lambda: torch.max_pool1d(xt[:, :, 1], 2))
show("mp1 double", lambda: torch.max_pool1d_with_indices(y3.double(), 2))
show("mp1 big kernel", lambda: torch.max_pool1d(y2, 8))
show("mp1 big kernel2", lambda: torch.max_pool1d(y2, 12, 5))
for args in [(0,), ((2, 2),), ([],), (2, (1, 1)), (2, 1, (1, 1)), (2, 1, 0, (1, 1)), (2, 0), (2, 1, 2), (2, 1, -1),
             (2, 1, 0, 0), (8, 1)]:
    show("max_pool1d err%s" % (args,), lambda: torch.max_pool1d(y2, *args))
    show("mp1 idx err%s" % (args,), lambda: torch.max_pool1d_with_indices(y2, *args))
show("mp1 1d", lambda: torch.max_pool1d(torch.ones(5), 2))
show("mp1 1d idx", lambda: torch.max_pool1d_with_indices(torch.ones(5), 2))
show("mp1 4d", lambda: torch.max_pool1d(x4, 2))
show("mp1 4d idx", lambda: torch.max_pool1d_with_indices(x4, 2))
show("mp1 empty", lambda: torch.max_pool1d(torch.ones(0, 4), 2))
show("mp1 empty batch", lambda: torch.max_pool1d(torch.ones(0, 3, 4), 2))
show("mp1 long", lambda: torch.max_pool1d(y2.long(), 2))

# --- avg_pool2d / avg_pool1d
for args in [(2,), (3, 2), (3, 2, 1), (3, 2, 1, True), (3, 2, 1, False, False), (3, 2, 1, True, False),
             ((3, 2), (2, 1), (1, 0), True, True), (3, 2, 1, False, True, 2), (2, 1, 1, True, False, 3),
             (3, 3, 1, True, True), (5, 4, 2, True, False)]:
    show("avg_pool2d%s" % (args,), lambda: nn.avg_pool2d(x4, *args))
show("ap2 3d", lambda: nn.avg_pool2d(x3, 3, 2, 1))
show("ap2 double", lambda: nn.avg_pool2d(xd, 2))
show("ap2 long", lambda: nn.avg_pool2d((x4 * 10).long(), 2, 1, 1))
show("ap2 long div", lambda: nn.avg_pool2d((x4 * 10).long(), 3, 2, 1, True, False, 4))
show("ap2 noncontig", lambda: nn.avg_pool2d(xt, 2, 1, 1, count_include_pad=False))
show("ap2 kw", lambda: nn.avg_pool2d(x4, kernel_size=2, divisor_override=1))
o = torch.empty(3)
print(nn.avg_pool2d(x3, 2, out=o) is o, o.shape)
for args in [(0,), ((2, 2, 2),), (2, (1, 2, 3)), (2, 1, (1, 1, 1)), (2, 0), (2, 1, 2), (2, 1, -1), (7,),
             (2, 1, 0, False, True, 0)]:
    show("avg_pool2d err%s" % (args,), lambda: nn.avg_pool2d(x4, *args))
show("ap2 2d", lambda: nn.avg_pool2d(x2, 2))
show("ap2 1d", lambda: nn.avg_pool2d(torch.ones(4), 2))
show("ap2 5d", lambda: nn.avg_pool2d(torch.ones(1, 1, 1, 4, 4), 2))
show("ap2 int", lambda: nn.avg_pool2d(x4.int(), 2))
show("ap2 empty C", lambda: nn.avg_pool2d(torch.ones(2, 0, 4, 4), 2))
show("ap2 empty batch", lambda: nn.avg_pool2d(torch.ones(0, 2, 4, 4), 2))
for args in [(2,), (3, 2), (3, 2, 1), (3, 2, 1, True), (3, 2, 1, True, False), (4, 3, 2, True, False)]:
    show("avg_pool1d%s" % (args,), lambda: torch.avg_pool1d(y3, *args))
show("ap1 2d", lambda: torch.avg_pool1d(y2, 3, 2, 1))
show("ap1 long", lambda: torch.avg_pool1d((y2 * 10).long(), 2))
show("ap1 kw", lambda: torch.avg_pool1d(y2, kernel_size=3, count_include_pad=False, padding=1))
for args in [(0,), ((2, 2),), (2, (1, 1)), (2, 1, (1, 1)), (2, 0), (2, 1, 2), (7,)]:
    show("avg_pool1d err%s" % (args,), lambda: torch.avg_pool1d(y2, *args))
show("ap1 1d", lambda: torch.avg_pool1d(torch.ones(5), 2))
show("ap1 4d", lambda: torch.avg_pool1d(x4, 2))

# --- adaptive pools
for size in [3, (3, 2), (7, 6), (1, 1), (4, 5), (10, 9), 1, (2, 1), (0, 2)]:
    show("adaptive_avg_pool2d%s" % (size,), lambda: nn.adaptive_avg_pool2d(x4, size))
    show("adaptive_max_pool2d%s" % (size,), lambda: nn.adaptive_max_pool2d(x4, size))
show("aap2 3d", lambda: nn.adaptive_avg_pool2d(x3, (2, 4)))
show("aap2 double", lambda: nn.adaptive_avg_pool2d(xd, 3))
show("aap2 noncontig", lambda: nn.adaptive_avg_pool2d(xt, (4, 3)))
show("amp2 3d", lambda: nn.adaptive_max_pool2d(x3, (2, 4)))
show("amp2 noncontig", lambda: nn.adaptive_max_pool2d(xt, (4, 3)))
show("amp2 nan", lambda: nn.adaptive_max_pool2d(nanx, 2))
show("aap2 11 2d", lambda: nn.adaptive_avg_pool2d(x2, 1))
show("aap2 empty C", lambda: nn.adaptive_avg_pool2d(torch.ones(2, 0, 4, 4), 2))
show("aap2 empty N", lambda: nn.adaptive_avg_pool2d(torch.ones(0, 2, 4, 4), 2))
show("amp2 empty N", lambda: nn.adaptive_max_pool2d(torch.ones(0, 2, 4, 4), 2))
o = torch.empty(0)
print(nn.adaptive_avg_pool2d(x3, 2, out=o) is o, o)
o, i = torch.empty(0), torch.empty(0, dtype=torch.long)
print(nn.adaptive_max_pool2d(x3, 2, out=(o, i))[1] is i, o, i)
for size in [(3, 3, 3), (3,), -1, (2, -1)]:
    show("aap2 err%s" % (size,), lambda: nn.adaptive_avg_pool2d(x4, size))
    show("amp2 err%s" % (size,), lambda: nn.adaptive_max_pool2d(x4, size))
show("aap2 2d", lambda: nn.adaptive_avg_pool2d(x2, 3))
show("amp2 2d", lambda: nn.adaptive_max_pool2d(x2, 3))
show("aap2 long", lambda: nn.adaptive_avg_pool2d(x4.long(), 2))
show("amp2 long", lambda: nn.adaptive_max_pool2d(x4.long(), 2))
show("aap2 empty H", lambda: nn.adaptive_avg_pool2d(torch.ones(2, 3, 0, 4), 2))
show("amp2 empty H", lambda: nn.adaptive_max_pool2d(torch.ones(2, 3, 0, 4), 2))
show("amp2 empty C", lambda: nn.adaptive_max_pool2d(torch.ones(2, 0, 4, 4), 2))
for size in [3, 4, 1, 6, 0]:
    show("adaptive_avg_pool1d(%s)" % size, lambda: torch.adaptive_avg_pool1d(y3 + 0.25, size))
    show("adaptive_max_pool1d(%s)" % size, lambda: torch.adaptive_max_pool1d(y3, size))
show("aap1 2d", lambda: torch.adaptive_avg_pool1d(y2, 4))
show("amp1 2d", lambda: torch.adaptive_max_pool1d(y2, (4,)))
for args in [((3, 3),), (-1,)]:
    show("aap1 err%s" % (args,), lambda: torch.adaptive_avg_pool1d(y2, *args))
    show("amp1 err%s" % (args,), lambda: torch.adaptive_max_pool1d(y2, *args))
show("aap1 1d", lambda: torch.adaptive_avg_pool1d(torch.ones(5), 2))
show("amp1 1d", lambda: torch.adaptive_max_pool1d(torch.ones(5), 2))
show("aap1 long", lambda: torch.adaptive_avg_pool1d(y2.long(), 2))
show("amp1 empty", lambda: torch.adaptive_max_pool1d(torch.ones(3, 0), 2))
show("aap1 empty", lambda: torch.adaptive_avg_pool1d(torch.ones(3, 0), 2))
