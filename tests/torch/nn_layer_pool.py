# Pooling, padding, upsampling and pixel-shuffle layers and their functional
# forms: output sizes, return_indices, ceil_mode, interpolate's size/scale logic.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter('ignore')
torch.set_grad_enabled(False)


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def attempt_type(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


x = torch.arange(2 * 2 * 5 * 6.).view(2, 2, 5, 6).sin()
x1 = torch.arange(2 * 3 * 7.).view(2, 3, 7).cos()
for m in [nn.MaxPool2d(2), nn.MaxPool2d(3, stride=2, padding=1), nn.MaxPool2d((2, 3), ceil_mode=True),
          nn.MaxPool2d(2, dilation=2), nn.AvgPool2d(2), nn.AvgPool2d(3, 2, 1, count_include_pad=False),
          nn.AvgPool2d(2, ceil_mode=True), nn.AvgPool2d(2, divisor_override=3), nn.AdaptiveAvgPool2d(1),
          nn.AdaptiveAvgPool2d((3, 4)), nn.AdaptiveAvgPool2d((None, 2)), nn.AdaptiveMaxPool2d(2),
          nn.AdaptiveMaxPool2d((2, None)), nn.LPPool2d(2, 2), nn.LPPool2d(1.5, (2, 3), stride=1)]:
    print(m, m(x)[0, 0], m(x[0]).shape)
for m in [nn.MaxPool1d(2), nn.MaxPool1d(3, 2, 1, ceil_mode=True), nn.AvgPool1d(3), nn.AvgPool1d(2, 1, 1),
          nn.AdaptiveAvgPool1d(3), nn.AdaptiveMaxPool1d(4), nn.LPPool1d(2, 3)]:
    print(m, m(x1)[1])
v, i = nn.MaxPool2d(2, return_indices=True)(x)
print(v[1, 1], i[1, 1], F.max_pool2d(x, 2, return_indices=True)[1].shape, F.max_pool2d(x, 3, 1, 1, 1, False, True)[1][0, 0, 0])
print(nn.MaxPool1d(2, return_indices=True)(x1)[1][0], F.max_pool1d(x1, 2, 2, 0, 1, False, True)[1][0, 0])
print(nn.AdaptiveMaxPool2d(3, return_indices=True)(x)[1][0, 0], F.adaptive_max_pool2d(x, 2, True)[1][0, 0], F.adaptive_max_pool1d(x1, 2, True)[1][0])
print(F.max_pool2d(x, kernel_size=2, stride=None), F.avg_pool2d(x, (1, 2))[0, 0, 0], F.adaptive_avg_pool2d(x, (2, None)).shape)
attempt_type(lambda: nn.MaxPool2d(7)(x))
attempt_type(lambda: nn.MaxPool2d(2, padding=2)(x))
attempt(lambda: F.adaptive_avg_pool2d(x1[0], (None, 2)))

# padding layers
p2 = torch.arange(12.).view(1, 1, 3, 4)
for m in [nn.ZeroPad2d(1), nn.ZeroPad2d((1, 0, 2, 0)), nn.ConstantPad2d(1, 3.5), nn.ConstantPad1d((2, 1), -1.0),
          nn.ConstantPad3d(1, 0.0), nn.ReflectionPad2d(1), nn.ReflectionPad2d((2, 1, 0, 2)), nn.ReflectionPad1d(2),
          nn.ReplicationPad2d((1, 2, 1, 0)), nn.ReplicationPad1d(3), nn.ZeroPad2d((-1, 0, 0, -1))]:
    # (1-d reflection/replication pads take 2-d or 3-d input)
    x = p2[0] if isinstance(m, (nn.ReflectionPad1d, nn.ReplicationPad1d)) else p2
    out = m(x) if not isinstance(m, nn.ConstantPad3d) else m(x).shape
    print(m, out)
print(F.pad(p2, (1, 1)), F.pad(p2, (1, 1, 1, 1), 'constant', 2), F.pad(p2[0], [1, 2], mode='reflect'), F.pad(p2, (0, 0, 2, 0), 'replicate'))
print(F.pad(p2, (1, 2, 1, 0), mode='circular'), F.pad(p2[0], (2, 1), mode='circular'), F.pad(p2, (1, 1, 1, 1, 1, 1)).shape)
print(F.pad(torch.tensor([1, 2]), (1, 1), value=7), F.pad(p2, (0, 0, 0, 0, 0, 0, 0, 1)).shape)
attempt(lambda: F.pad(p2, (1,)))
attempt(lambda: F.pad(p2, (1, 1) * 5))
attempt(lambda: F.pad(p2, (1, 1), mode='wrap'))
attempt(lambda: F.pad(p2, (1, 1), mode='reflect', value=1))
attempt_type(lambda: F.pad(p2, (4, 4), mode='reflect'))
attempt_type(lambda: F.pad(p2, (1, 1, 1, 1, 1, 1), mode='reflect'))

# upsampling
s = torch.arange(1 * 2 * 2 * 3.).view(1, 2, 2, 3)
for m in [nn.Upsample(scale_factor=2), nn.Upsample(size=(3, 5)), nn.Upsample(size=4, mode='nearest'),
          nn.Upsample(scale_factor=(1.5, 2), mode='bilinear'), nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True),
          nn.Upsample(size=(4, 4), mode='bicubic'), nn.UpsamplingNearest2d(scale_factor=2), nn.UpsamplingBilinear2d(size=(3, 3)),
          nn.Upsample(scale_factor=1.7, mode='nearest', recompute_scale_factor=True), nn.Upsample(scale_factor=0.5, mode='area'),
          nn.Upsample(size=(3, 4), mode='nearest-exact')]:
    print(m, m(s)[0, 1])
s1 = torch.arange(2 * 4.).view(1, 2, 4)
print(F.interpolate(s1, scale_factor=1.5), F.interpolate(s1, size=6, mode='linear'), F.interpolate(s1, size=3, mode='linear', align_corners=True))
print(F.interpolate(s1, scale_factor=2.5, mode='nearest-exact'), F.interpolate(s1, size=2, mode='area'), F.interpolate(s, scale_factor=(2, 1)).shape)
print(F.interpolate(s, scale_factor=1.5, mode='bilinear', recompute_scale_factor=True)[0, 0], F.upsample(s1, scale_factor=2).shape)
print(F.upsample_nearest(s, size=(4, 6)).shape, F.upsample_bilinear(s, scale_factor=2)[0, 0, 0])
attempt(lambda: F.interpolate(s))
attempt(lambda: F.interpolate(s, size=3, scale_factor=2))
attempt(lambda: F.interpolate(s, size=(2, 2, 2)))
attempt(lambda: F.interpolate(s, scale_factor=(2, 2, 2)))
attempt(lambda: F.interpolate(s, size=3, mode='nearest', align_corners=True))
attempt(lambda: F.interpolate(s, size=3, recompute_scale_factor=True))
attempt(lambda: F.interpolate(s, size=3, mode='linear'))
attempt(lambda: F.interpolate(s1, size=3, mode='bilinear'))
attempt(lambda: F.interpolate(s1, size=3, mode='bicubic'))
attempt(lambda: F.interpolate(s, size=3, mode='cubic'))
attempt(lambda: F.interpolate(s, size=3, mode='nearest', antialias=True))
attempt(lambda: F.interpolate(s1[0], size=3))

ps = torch.arange(1 * 8 * 2 * 2.).view(1, 8, 2, 2)
print(nn.PixelShuffle(2), nn.PixelShuffle(2)(ps)[0, 1], nn.PixelUnshuffle(2), nn.PixelUnshuffle(2)(torch.arange(16.).view(1, 1, 4, 4))[0, :, 0])
print(nn.ChannelShuffle(2), nn.ChannelShuffle(4)(ps)[0, :, 0, 0], F.pixel_shuffle(ps, 2).shape, F.pixel_unshuffle(ps, 1).shape)
attempt_type(lambda: nn.PixelShuffle(3)(ps))

# upytorch's Python pad/linear (for builds without aten::pad / aten::linear) against PyTorch's.
pad_py = getattr(F, '_pad', F.pad)
linear_py = getattr(F, '_linear', F.linear)
for args in [((1, 2),), ((1, 1, 2, 0), 'constant', 1.5), ((2, 1), 'reflect'), ((1, 2, 2, 1), 'reflect'),
             ((3, 0), 'replicate'), ((1, 1, 0, 2), 'replicate'), ((1, 2), 'circular'), ((2, 1, 1, 2), 'circular'),
             ((-1, 1, 0, -1), 'circular'), ((-2, 2, 1, -2), 'circular'), ((2, -2, -1, 1), 'circular'),
             ((1, 1, 1, 0, 0, 1), 'replicate')]:
    x = p2[0] if len(args[0]) == 2 and args[1:2] not in ((), ('constant',)) else p2
    print(args, pad_py(x, *args))
for args in [((1,),), ((1, 1) * 5,), ((1, 1), 'wrap'), ((1, 1), 'reflect', 1.0), ((1, 1, 1, 1, 1, 1), 'reflect'),
             ((5, 5), 'circular')]:
    attempt_type(lambda: pad_py(p2, *args))
for args in [((5, 5, -9, 0), 'circular'), ((-9, 0, 5, 5), 'circular'), ((1, 1, 1, 1, 1, 1), 'circular')]:
    attempt(lambda: pad_py(p2, *args))
attempt(lambda: pad_py(p2[0, 0], (1, 1), 'circular'))
print(pad_py(p2, (-4, 1, 0, 0), 'circular').shape, pad_py(p2, (0, 0, 1, -3), 'circular').shape)
lw = torch.arange(6.).view(2, 3) / 7
print(linear_py(x1.transpose(1, 2), lw), linear_py(x1[0, 0, :3], lw, torch.tensor([1., -1.])))
