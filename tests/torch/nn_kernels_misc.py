# torch._C._nn.linear, torch.bilinear, torch.pixel_shuffle / pixel_unshuffle /
# channel_shuffle.
import torch

torch.set_printoptions(precision=6)
nn = torch._C._nn


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if not isinstance(r, torch.Tensor):
        print(label, r)
        return
    print(label, r, r.dtype, r.shape, r.is_contiguous())


w = torch.arange(12.).reshape(4, 3) / 10 - 0.5
b = torch.tensor([0.5, -1., 2., 0.])
x2 = torch.arange(6.).reshape(2, 3) / 3
x3 = torch.arange(24.).reshape(2, 4, 3) / 7
show("linear 1d", lambda: nn.linear(torch.tensor([1., 2., 3.]), w))
show("linear 1d bias", lambda: nn.linear(torch.tensor([1., 2., 3.]), w, b))
show("linear 2d", lambda: nn.linear(x2, w, b))
show("linear 3d", lambda: nn.linear(x3, w, b))
show("linear 3d nobias", lambda: nn.linear(x3, w))
show("linear kw", lambda: nn.linear(input=x2, weight=w, bias=None))
show("linear vec weight", lambda: nn.linear(x2, w[0]))
show("linear noncontig", lambda: nn.linear(x3.transpose(0, 1), w.t().contiguous().t(), b))
show("linear double", lambda: nn.linear(x2.double(), w.double(), b.double()))
show("linear empty", lambda: nn.linear(torch.ones(0, 3), w, b))
o = torch.empty(0)
print(nn.linear(x2, w, b, out=o) is o, o)
show("linear err shape", lambda: nn.linear(x3, torch.ones(4, 2), b))
show("linear err bias", lambda: nn.linear(x3, w, torch.ones(5)))
show("linear err dtype", lambda: nn.linear(x3, w.double()))
show("linear err 0-dim", lambda: nn.linear(torch.tensor(1.), w))

bw = torch.arange(5 * 3 * 4.).reshape(5, 3, 4) / 30 - 1
bb = torch.arange(5.) / 4
a1 = torch.arange(6.).reshape(2, 3) / 5
a2 = torch.arange(8.).reshape(2, 4) / 6 - 0.5
show("bilinear", lambda: torch.bilinear(a1, a2, bw))
show("bilinear bias", lambda: torch.bilinear(a1, a2, bw, bb))
show("bilinear 3d", lambda: torch.bilinear(a1.expand(3, 2, 3), a2.expand(3, 2, 4), bw, bb))
show("bilinear 1d", lambda: torch.bilinear(a1[0], a2[1], bw, bb))
show("bilinear double", lambda: torch.bilinear(a1.double(), a2.double(), bw.double()))
show("bilinear e1", lambda: torch.bilinear(a1, torch.ones(3, 4), bw))
show("bilinear e2", lambda: torch.bilinear(a1, a2, torch.ones(5, 2, 4)))
show("bilinear e3", lambda: torch.bilinear(a1, a2, torch.ones(5, 3, 3)))
show("bilinear e4", lambda: torch.bilinear(a1, a2, bw, torch.ones(4)))
show("bilinear e5", lambda: torch.bilinear(a1, torch.ones(2, 2, 4), bw))
show("bilinear e6", lambda: torch.bilinear(a1, a2, bw, torch.ones(1, 5)))

x = torch.arange(2 * 8 * 2 * 3.).reshape(2, 8, 2, 3)
show("pixel_shuffle", lambda: torch.pixel_shuffle(x, 2))
show("pixel_shuffle 1", lambda: torch.pixel_shuffle(x, 1))
show("pixel_shuffle 3d", lambda: torch.pixel_shuffle(x[0, :4], 2))
show("pixel_shuffle 5d", lambda: torch.pixel_shuffle(x.reshape(1, 2, 8, 2, 3), 2))
show("pixel_shuffle long", lambda: torch.pixel_shuffle(x.long(), 2))
show("pixel_shuffle noncontig", lambda: torch.pixel_shuffle(x.transpose(2, 3), 2))
show("pixel_shuffle empty", lambda: torch.pixel_shuffle(torch.ones(0, 4, 2, 2), 2))
show("pixel_shuffle kw", lambda: torch.pixel_shuffle(x, upscale_factor=2))
show("pixel_unshuffle", lambda: torch.pixel_unshuffle(torch.arange(2 * 2 * 4 * 6.).reshape(2, 2, 4, 6), 2))
show("pixel_unshuffle 3d", lambda: torch.pixel_unshuffle(torch.arange(36.).reshape(1, 6, 6), 3))
show("pixel roundtrip", lambda: torch.pixel_unshuffle(torch.pixel_shuffle(x, 2), 2).equal(x))
for args in [(3,), (0,), (-1,)]:
    show("pixel_shuffle err%s" % (args,), lambda: torch.pixel_shuffle(x, *args))
show("pixel_shuffle 2d", lambda: torch.pixel_shuffle(torch.ones(4, 3), 2))
show("pixel_unshuffle w", lambda: torch.pixel_unshuffle(torch.ones(2, 2, 4, 5), 2))
show("pixel_unshuffle h", lambda: torch.pixel_unshuffle(torch.ones(2, 2, 5, 4), 2))
show("pixel_unshuffle 0", lambda: torch.pixel_unshuffle(x, 0))
show("pixel_unshuffle 2d", lambda: torch.pixel_unshuffle(torch.ones(4, 4), 2))
show("channel_shuffle", lambda: torch.channel_shuffle(x, 2))
show("channel_shuffle 4", lambda: torch.channel_shuffle(x, 4))
show("channel_shuffle 3d", lambda: torch.channel_shuffle(x[:, :, 0], 4))
show("channel_shuffle 5d long", lambda: torch.channel_shuffle(x.reshape(2, 8, 3, 2, 1).long(), 2))
show("channel_shuffle noncontig", lambda: torch.channel_shuffle(x.transpose(2, 3), 2))
for args in [(3,), (0,), (-2,)]:
    show("channel_shuffle err%s" % (args,), lambda: torch.channel_shuffle(x, *args))
show("channel_shuffle 2d", lambda: torch.channel_shuffle(torch.ones(2, 8), 2))
show("channel_shuffle 1d", lambda: torch.channel_shuffle(torch.ones(8), 2))
