# Upsampling kernels as F.interpolate calls them (the .vec overloads with
# output_size or scale_factors) and the direct overloads with scales.
import torch

torch.set_printoptions(precision=6)
nn = torch._C._nn


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, r, r.dtype, r.shape)


x3 = torch.arange(2 * 3 * 5.).reshape(2, 3, 5) * 0.7 % 3 - 1
x4 = torch.arange(2 * 2 * 3 * 4.).reshape(2, 2, 3, 4) * 0.37 % 2
xt = x4.transpose(2, 3)

# nearest: source indices for many size pairs, float and double, with and without scales
ramp = torch.arange(11.).reshape(1, 1, 11)
for n in [1, 3, 7, 10, 11, 13, 19, 22, 23, 31]:
    for dt in [torch.float32, torch.float64]:
        r = ramp.to(dt)
        print(n, dt, nn.upsample_nearest1d(r, [n]).flatten().tolist(), nn._upsample_nearest_exact1d(r, [n]).flatten().tolist())
for s in [0.3, 0.5, 0.7, 1.1, 1.3, 1.5, 1.7, 2.0, 2.1, 2.5, 2.9, 3.3, 0.999]:
    for dt in [torch.float32, torch.float64]:
        r = ramp.to(dt)
        print(s, dt, nn.upsample_nearest1d(r, None, [s]).flatten().tolist(), nn._upsample_nearest_exact1d(r, None, [s]).flatten().tolist())
        n = int(11 * s)
        print(s, dt, nn.upsample_nearest1d(r, [n], s).flatten().tolist(), nn._upsample_nearest_exact1d(r, [n], s).flatten().tolist())
print(nn.upsample_nearest1d(ramp.to(torch.uint8), [17]))

show("nearest1d", lambda: nn.upsample_nearest1d(x3, [8]))
show("nearest1d vec", lambda: nn.upsample_nearest1d(x3, None, [1.5]))
show("nearest1d vec size", lambda: nn.upsample_nearest1d(x3, [3], None))
show("nearest1d kw", lambda: nn.upsample_nearest1d(x3, output_size=[7], scales=2.0))
show("nearest2d", lambda: nn.upsample_nearest2d(x4, [5, 7]))
show("nearest2d scales", lambda: nn.upsample_nearest2d(x4, [5, 7], 1.7, 1.9))
show("nearest2d vec", lambda: nn.upsample_nearest2d(x4, None, [2.0, 1.5]))
show("nearest2d vec2", lambda: nn.upsample_nearest2d(x4, None, [0.5, 0.6]))
show("nearest2d noncontig", lambda: nn.upsample_nearest2d(xt, [6, 2]))
show("nearest2d double", lambda: nn.upsample_nearest2d(x4.double(), [4, 9]))
show("nearest2d uint8", lambda: nn.upsample_nearest2d((x4 * 50).to(torch.uint8), [5, 5]))
show("nearest_exact2d", lambda: nn._upsample_nearest_exact2d(x4, [5, 7]))
show("nearest_exact2d vec", lambda: nn._upsample_nearest_exact2d(x4, None, [1.5, 2.5]))
show("nearest2d empty batch", lambda: nn.upsample_nearest2d(torch.ones(0, 2, 3, 3), [4, 4]))
o = torch.empty(0)
print(nn.upsample_nearest2d(x4, [4, 4], out=o) is o, o.shape)
o = torch.empty(0)
print(nn.upsample_nearest1d(x3, [4], None, out=o) is o, o.shape)

# linear / bilinear, align_corners both ways
for ac in [False, True]:
    show("linear1d %s" % ac, lambda: nn.upsample_linear1d(x3, [9], ac))
    show("linear1d down %s" % ac, lambda: nn.upsample_linear1d(x3, [3], ac))
    show("linear1d same %s" % ac, lambda: nn.upsample_linear1d(x3, [5], ac, 1.3))
    show("linear1d to1 %s" % ac, lambda: nn.upsample_linear1d(x3, [1], ac))
    show("linear1d vec %s" % ac, lambda: nn.upsample_linear1d(x3, None, ac, [1.7]))
    show("linear1d scale %s" % ac, lambda: nn.upsample_linear1d(x3, [8], ac, 1.7))
    show("bilinear %s" % ac, lambda: nn.upsample_bilinear2d(x4, [5, 7], ac))
    show("bilinear down %s" % ac, lambda: nn.upsample_bilinear2d(x4, [2, 3], ac))
    show("bilinear vec %s" % ac, lambda: nn.upsample_bilinear2d(x4, None, ac, [1.5, 2.5]))
    show("bilinear scales %s" % ac, lambda: nn.upsample_bilinear2d(x4, [4, 9], ac, 1.4, 2.3))
    show("bilinear double %s" % ac, lambda: nn.upsample_bilinear2d(x4.double(), [6, 5], ac))
    show("bilinear noncontig %s" % ac, lambda: nn.upsample_bilinear2d(xt, [5, 5], ac))
    show("bicubic %s" % ac, lambda: nn.upsample_bicubic2d(x4, [5, 7], ac))
    show("bicubic down %s" % ac, lambda: nn.upsample_bicubic2d(x4, [2, 3], ac))
    show("bicubic vec %s" % ac, lambda: nn.upsample_bicubic2d(x4, None, ac, [2.0, 1.5]))
    show("bicubic double %s" % ac, lambda: nn.upsample_bicubic2d(x4.double(), [6, 9], ac, 2.0, 2.0))
    show("bicubic same %s" % ac, lambda: nn.upsample_bicubic2d(x4, [3, 4], ac))
o = torch.empty(0)
print(nn.upsample_bilinear2d(x4, [4, 4], True, out=o) is o, o.shape)

# errors
show("e1", lambda: nn.upsample_nearest1d(x3, [5, 5]))
show("e2", lambda: nn.upsample_nearest1d(x4, [5]))
show("e3", lambda: nn.upsample_nearest1d(x3, [0]))
show("e4", lambda: nn.upsample_nearest1d(torch.ones(1, 0, 3), [3]))
show("e5", lambda: nn.upsample_nearest1d(x3.long(), [5]))
show("e6", lambda: nn.upsample_nearest1d(x3, [6], [2.0]))
show("e7", lambda: nn.upsample_nearest1d(x3, None, None))
show("e8", lambda: nn.upsample_nearest1d(x3, None, [2.0, 2.0]))
show("e9", lambda: nn.upsample_nearest1d(x3, [2, 2], None))
show("e10", lambda: nn.upsample_nearest1d(x3, None, [0.1]))
show("e11", lambda: nn.upsample_nearest2d(x3, [5, 6]))
show("e12", lambda: nn.upsample_nearest2d(x4, [5]))
show("e13", lambda: nn.upsample_nearest2d(torch.ones(1, 0, 3, 4), [5, 6]))
show("e14", lambda: nn._upsample_nearest_exact2d(x4.long(), [5, 6]))
show("e15", lambda: nn.upsample_linear1d(x3.long(), [5], False))
show("e16", lambda: nn.upsample_bilinear2d(x4.int(), [5, 6], False))
show("e17", lambda: nn.upsample_bicubic2d(x4.long(), [5, 6], False))
show("e18", lambda: nn.upsample_bicubic2d(x3, [5, 6], False))
show("e19", lambda: nn.upsample_bilinear2d(x4, [0, 6], False))
show("e20", lambda: nn.upsample_bilinear2d(torch.ones(1, 2, 0, 4), [3, 6], False))
show("e21", lambda: nn.upsample_bilinear2d(x4, None, False, [1.5]))
