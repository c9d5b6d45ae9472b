# int[] / float[] arguments: any length (lists longer than a tensor's rank
# reach the kernels' own checks), the first item decides which signature
# matches and the later items convert or raise once it has.
import torch
import torch.nn.functional as F

nn = torch._C._nn


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, (r.shape, r.flatten()[:6]) if isinstance(r, torch.Tensor) else r)


x4 = torch.arange(2 * 2 * 3 * 4.).reshape(2, 2, 3, 4)
x3 = torch.arange(12.).view(1, 3, 4)
x1 = torch.arange(12.)
w = torch.ones(1, 2, 1, 1)
L = [1] * 10
Z = [0] * 10

# --- long lists
show("pad", lambda: F.pad(x4, L))
show("pad 16", lambda: F.pad(x4, [1] * 16))
show("pad 17", lambda: F.pad(x4, [1] * 17))
show("pad 40 reflect", lambda: F.pad(x4, [1] * 40, 'reflect'))
show("constant_pad_nd", lambda: torch.constant_pad_nd(x4, L))
show("constant_pad_nd 11", lambda: torch.constant_pad_nd(x4, [1] * 11))
show("reflection_pad1d", lambda: nn.reflection_pad1d(x4[0], L))
show("replication_pad2d", lambda: nn.replication_pad2d(x4, L))
show("split", lambda: torch.split(x1, L + [2]))
show("split sum", lambda: torch.split(x1, L))
show("split_with_sizes", lambda: x1.split_with_sizes(L + [2]))
show("split 100", lambda: len(x1.repeat(10).split([1] * 100 + [20])))
show("permute", lambda: x4.permute(Z))
show("permute varargs", lambda: x4.permute(*Z))
show("flip", lambda: x4.flip(Z))
show("flip range", lambda: x4.flip(list(range(10))))
show("rot90", lambda: x4.rot90(1, Z))
for name in ["sum", "mean", "amax", "amin", "var", "std", "logsumexp"]:
    show(name, lambda: getattr(x4, name)(Z))
show("norm", lambda: x4.norm(2, Z))
show("sum range", lambda: x4.sum(list(range(10))))
show("roll", lambda: x1.roll(L, Z))
show("roll mismatch", lambda: x1.roll(L, [0]))
show("movedim", lambda: x4.movedim(Z, Z))
show("movedim range", lambda: x4.movedim(list(range(10)), list(range(10))))
show("movedim dst range", lambda: x4.movedim([0, 1, 1], [5, 0, 0]))
show("movedim src first", lambda: x4.movedim([0, 1, 1], [2, 2, 0]))
show("layer_norm", lambda: F.layer_norm(x4, L))
show("max_pool2d", lambda: F.max_pool2d(x4, L))
show("max_pool1d", lambda: F.max_pool1d(x4[0], L))
show("max_pool2d stride", lambda: F.max_pool2d(x4, 2, L))
show("max_pool2d indices", lambda: F.max_pool2d(x4, 2, L, return_indices=True))
show("avg_pool2d", lambda: F.avg_pool2d(x4, L))
show("avg_pool1d", lambda: F.avg_pool1d(x4[0], L))
show("adaptive_avg_pool2d", lambda: F.adaptive_avg_pool2d(x4, L))
show("adaptive_max_pool1d", lambda: F.adaptive_max_pool1d(x4[0], L))
show("conv2d stride", lambda: F.conv2d(x4, w, None, L))
show("conv2d padding", lambda: F.conv2d(x4, w, None, 1, L))
show("conv2d dilation", lambda: F.conv2d(x4, w, None, 1, 0, L))
show("conv1d stride", lambda: F.conv1d(x4[0], torch.ones(1, 2, 1), None, L))
show("conv_transpose2d", lambda: F.conv_transpose2d(x4, torch.ones(2, 1, 1, 1), None, 1, 0, L))
show("upsample size", lambda: nn.upsample_nearest2d(x4, L, None))
show("upsample scales", lambda: nn.upsample_nearest2d(x4, None, [2.] * 10))
show("upsample_bilinear2d scales", lambda: nn.upsample_bilinear2d(x4, None, False, [2.] * 10))
show("upsample_linear1d", lambda: nn.upsample_linear1d(x4[0], L, False))

# --- items after the first
show("bool later", lambda: F.pad(x3, (1, True)))
show("bool first", lambda: F.pad(x3, (True, 1)))
show("tensor later", lambda: F.pad(x3, (1, torch.tensor([2]))))
show("tensor first", lambda: F.pad(x3, (torch.tensor([2]), 1)))
show("bool tensor first", lambda: F.pad(x3, (torch.tensor(True), 1)))
show("float tensor first", lambda: F.pad(x3, (torch.tensor(2.), 1)))
show("float tensor later", lambda: F.pad(x3, (1, torch.tensor(2.))))
show("2-element tensor later", lambda: F.pad(x3, (1, torch.tensor([1, 2]))))
show("str later", lambda: F.pad(x3, (1, 'a')))
show("None later", lambda: F.pad(x3, (1, None)))
show("float later", lambda: F.pad(x3, (1, 1.5)))
show("float 10th", lambda: F.pad(x4, [1] * 9 + [1.5]))
show("float later kw", lambda: F.pad(x3, pad=(1, 2.5)))
show("big later", lambda: F.pad(x3, (1, 2 ** 70)))
show("big first", lambda: F.pad(x3, (2 ** 70, 1)))
show("view bool later", lambda: x3.view(12, True).shape)
show("view float 10th", lambda: x4.view([1] * 9 + [1.5]))
show("view varargs float", lambda: x3.view(12, 1.0))
show("view varargs tensor", lambda: x3.view(12, torch.tensor(1)).shape)
show("ones varargs float 10th", lambda: torch.ones(*([1] * 9 + [1.5])))
show("ones varargs tensor first", lambda: torch.ones(torch.tensor([2]), 3).shape)
show("ones big", lambda: torch.ones(2 ** 64))
show("zeros float later", lambda: torch.zeros([2, 1.5]))
show("zeros varargs float later", lambda: torch.zeros(2, 1.5))
show("zeros tensor later", lambda: torch.zeros([2, torch.tensor([3])]).shape)
show("permute varargs float", lambda: x3.permute(0, 1, 2.0))
show("permute varargs tensor", lambda: x3.permute(torch.tensor([0]), 1, 2).shape)
show("sum float later", lambda: x3.sum([0, 1.0]))
show("sum big later", lambda: x3.sum((0, 2 ** 64)))
show("max_pool2d float later", lambda: F.max_pool2d(x3, (2, 2.0)))
show("max_pool2d tensor", lambda: F.max_pool2d(x3, torch.tensor(2)))
show("max_pool2d bool", lambda: F.max_pool2d(x3, True))
show("conv1d float later", lambda: F.conv1d(x3, torch.ones(1, 3, 1), None, [1, 1.5]))
show("std float later", lambda: x3.std([0, 1.5]))
show("scales str later", lambda: nn.upsample_nearest1d(x3, None, [2.0, 'a']))
show("scales int", lambda: nn.upsample_nearest1d(x3, None, [2]).shape)
show("scales bool first", lambda: nn.upsample_nearest1d(x3, None, [True]).shape)
show("scales bool later", lambda: nn.upsample_nearest1d(x3, None, [2., True]))
show("scales tensor later", lambda: nn.upsample_nearest1d(x3, None, [2.0, torch.tensor(1.)]))
show("scales 2-element tensor later", lambda: nn.upsample_nearest1d(x3, None, [2., torch.tensor([1., 2.])]))
show("scales big later", lambda: nn.upsample_nearest1d(x3, None, [2., 2 ** 1100]))
show("scales big first", lambda: nn.upsample_nearest1d(x3, None, [2 ** 1100]))
show("scales None later", lambda: nn.upsample_nearest1d(x3, None, [2., None]))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show("__index__ first", lambda: F.pad(x3, (Index(1), 2)).shape)
show("__index__ later", lambda: x3.view(Index(3), Index(4)).shape)


# --- values that match their type but don't convert raise after matching
xf = torch.arange(12.).view(3, 4)
show("select big", lambda: xf.select(0, 2 ** 64))
show("select big negative", lambda: xf.select(0, -2 ** 63 - 1))
show("select int64 min", lambda: xf.select(0, -2 ** 63))
show("select big keyword", lambda: xf.select(dim=0, index=2 ** 64))
show("sum big", lambda: xf.sum(2 ** 64))
show("max_pool1d big", lambda: F.max_pool1d(xf[None], 2 ** 64))
show("topk big", lambda: xf.topk(2 ** 63))
show("narrow big", lambda: xf.narrow(0, 0, 2 ** 63))
show("max big", lambda: xf.max(2 ** 64))
show("randint big", lambda: torch.randint(2 ** 64, (2,)))
show("add big", lambda: torch.add(xf, 2 ** 64))
show("add alpha big", lambda: torch.add(xf, xf, alpha=2 ** 64))
show("add alpha huge", lambda: xf.add(1, alpha=2 ** 2000))
show("mul big", lambda: xf.mul(2 ** 64))
show("eq big", lambda: xf.eq(2 ** 64))
show("full big", lambda: torch.full((2,), 2 ** 64))
show("clamp big", lambda: xf.clamp(2 ** 64))
show("fill_ big", lambda: xf.clone().fill_(2 ** 64))
show("pow big", lambda: xf.pow(2 ** 64))
show("isclose huge rtol", lambda: torch.isclose(xf, xf, 2 ** 2000))
show("isclose big rtol", lambda: torch.isclose(xf, xf, 2 ** 64).all())
show("pdist huge p", lambda: torch.pdist(xf, 2 ** 2000))


def iadd():
    y = xf.clone()
    y += 2 ** 64


show("+ big", lambda: xf + 2 ** 64)
show("big +", lambda: 2 ** 64 + xf)
show("+= big", iadd)
show("** big", lambda: xf ** 2 ** 64)
show("== big", lambda: xf == 2 ** 64)
show("< big", lambda: xf < 2 ** 64)
show("% big", lambda: xf % 2 ** 64)
show("& big", lambda: xf.long() & 2 ** 64)
show("@ int", lambda: xf @ 2)
