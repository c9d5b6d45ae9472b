# Padding kernels: torch.constant_pad_nd, torch._C._nn.reflection_pad1d/2d,
# replication_pad1d/2d and torch._C._nn.pad (F.pad).
import torch

nn = torch._C._nn


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, r, r.dtype, r.shape)


def show_type(label, f):  # PyTorch prints the whole tensor in these messages: only the type
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)


x4 = torch.arange(2 * 2 * 3 * 4.).reshape(2, 2, 3, 4)
x3 = x4[0]
x2 = x4[0, 0]
xt = x4.transpose(2, 3)
xl = x4.long()

# --- constant_pad_nd
for pad in [(1, 2), (0, 0), (1, 1, 2, 0), (1, 0, 0, 1, 2, 2), (-1, 2), (-1, -1), (2, -1, -1, 1), (1, 1, 1, 1, 1, 1, 1, 1), ()]:
    show("constant_pad_nd%s" % (pad,), lambda: torch.constant_pad_nd(x4, pad))
show("cpnd value", lambda: torch.constant_pad_nd(x3, (1, 1), 2.5))
show("cpnd long", lambda: torch.constant_pad_nd(xl[0, 0], (1, 1), 7))
show("cpnd long float value", lambda: torch.constant_pad_nd(xl[0, 0], (1, 0), 2.5))
show("cpnd bool", lambda: torch.constant_pad_nd(torch.tensor([True, False]), (1, 1)))
show("cpnd double", lambda: torch.constant_pad_nd(x2.double(), (1, 0, 0, 1), -1))
show("cpnd noncontig", lambda: torch.constant_pad_nd(xt, (1, 1, -1, 0)))
show("cpnd 0-dim", lambda: torch.constant_pad_nd(torch.tensor(3.), ()))
show("cpnd empty", lambda: torch.constant_pad_nd(torch.ones(0, 2), (1, 1, 1, 1)))
show("cpnd all negative", lambda: torch.constant_pad_nd(x2, (-1, -2, -1, 0)))
show("cpnd kw", lambda: torch.constant_pad_nd(x2, pad=[1, 1], value=3))
show("cpnd out", lambda: torch.constant_pad_nd(x2, (1, 1), out=torch.empty(0)))
for pad in [(1, 2, 3), (1,) * 8, (-3, -2), (-2, -2), (0, 0, -3, -1)]:
    show("cpnd err%s" % (pad,), lambda: torch.constant_pad_nd(x3, pad))
show("cpnd 0-dim err", lambda: torch.constant_pad_nd(torch.tensor(1.), (1, 1)))

# --- reflection / replication
for name in ["reflection_pad1d", "replication_pad1d"]:
    f = getattr(nn, name)
    for pad in [(1, 2), (0, 0), (3, 1), (-1, 2), 2, (2, -1)]:
        show("%s%s" % (name, pad), lambda: f(x3, pad))
    show(name + " 2d", lambda: f(x2, (2, 1)))
    show(name + " double", lambda: f(x3.double(), (1, 1)))
    show(name + " noncontig", lambda: f(xt[0], (2, 2)))
    show(name + " empty batch", lambda: f(torch.ones(0, 2, 3), (1, 1)))
    o = torch.empty(0)
    print(f(x2, (1, 1), out=o) is o, o)
    show(name + " too big", lambda: f(x3, (4, 1)))
    show(name + " too big r", lambda: f(x3, (1, 4)))
    show(name + " long", lambda: f(xl[0], (1, 1)))
    show(name + " int", lambda: f(x3.int(), (1, 1)))
show("reflection_pad1d edge", lambda: nn.reflection_pad1d(x3, (3, 3)))
show("replication_pad1d big", lambda: nn.replication_pad1d(x3, (6, 5)))
show("replication_pad1d neg", lambda: nn.replication_pad1d(x3, (-2, -2)))
show("replication_pad1d size", lambda: nn.replication_pad1d(x3, (1, 2, 3)))
show("replication_pad1d 1d", lambda: nn.replication_pad1d(torch.ones(3), (1, 1)))
show("replication_pad1d 4d", lambda: nn.replication_pad1d(x4, (1, 1)))
show("replication_pad1d empty", lambda: nn.replication_pad1d(torch.ones(2, 0, 3), (1, 1)))
show_type("reflection_pad1d 1d", lambda: nn.reflection_pad1d(torch.ones(3), (1, 1)))
show_type("reflection_pad1d 4d", lambda: nn.reflection_pad1d(x4, (1, 1)))
show_type("reflection_pad1d empty", lambda: nn.reflection_pad1d(torch.ones(2, 0, 3), (1, 1)))
for name in ["reflection_pad2d", "replication_pad2d"]:
    f = getattr(nn, name)
    for pad in [(1, 2, 1, 0), (0, 0, 0, 0), (3, 1, 2, 2), (-1, 2, 1, -1), 1, (1, 1, 2, 2)]:
        show("%s%s" % (name, pad), lambda: f(x4, pad))
    show(name + " 3d", lambda: f(x3, (2, 1, 1, 1)))
    show(name + " double", lambda: f(x3.double(), (1, 1, 1, 1)))
    show(name + " noncontig", lambda: f(xt, (2, 2, 1, 1)))
    show(name + " empty batch", lambda: f(torch.ones(0, 2, 3, 4), (1, 1, 1, 1)))
    o = torch.empty(0)
    print(f(x3, (1, 1, 1, 1), out=o) is o, o.shape)
    show(name + " long", lambda: f(xl, (1, 1, 1, 1)))
    show(name + " 2d", lambda: f(x2, (1, 1, 1, 1)))
show("reflection_pad2d too big w", lambda: nn.reflection_pad2d(x4, (4, 2, 1, 0)))
show("reflection_pad2d too big h", lambda: nn.reflection_pad2d(x4, (1, 2, 3, 0)))
show("reflection_pad2d too big h2", lambda: nn.reflection_pad2d(x4, (1, 2, 1, 3)))
show("replication_pad2d big", lambda: nn.replication_pad2d(x4, (5, 4, 3, 2)))
show("replication_pad2d neg to 0", lambda: nn.replication_pad2d(x4, (-2, -2, 0, 0)))
show("replication_pad2d neg", lambda: nn.replication_pad2d(x4, (0, 0, -2, -2)))
show("replication_pad2d size", lambda: nn.replication_pad2d(x4, (1, 2)))
show("replication_pad2d 5d", lambda: nn.replication_pad2d(torch.ones(1, 1, 1, 2, 2), (1, 1, 1, 1)))
show("replication_pad2d empty", lambda: nn.replication_pad2d(torch.ones(2, 0, 3, 4), (1, 1, 1, 1)))
show_type("reflection_pad2d 5d", lambda: nn.reflection_pad2d(torch.ones(1, 1, 1, 2, 2), (1, 1, 1, 1)))
show_type("reflection_pad2d empty", lambda: nn.reflection_pad2d(torch.ones(2, 0, 3, 4), (1, 1, 1, 1)))

# --- pad
for args in [((1, 1),), ((1, 2), "constant", 2.0), ((1, 2, 0, 1), "constant", -1), ((1, 1), "reflect"),
             ((2, 1, 1, 2), "reflect"), ((1, 3), "replicate"), ((1, 2, 2, 1), "replicate"), ((1, 2), "circular"),
             ((2, 1, 1, 2), "circular"), ((-1, 2), "circular"), ((1, 1), "reflect", 0.0), ((4, 0), "circular")]:
    show("pad%s" % (args,), lambda: nn.pad(x4, *args))
    show("pad 3d%s" % (args,), lambda: nn.pad(x3, *args))
show("pad kw", lambda: nn.pad(x2, pad=(1, 1), mode="constant", value=None))
show("pad long", lambda: nn.pad(xl[0], (1, 1), value=3.5))
show("pad 5d reflect", lambda: nn.pad(torch.arange(8.).reshape(1, 1, 2, 2, 2), (1, 1, 1, 0, 0, 1), "reflect"))
show("pad 5d replicate", lambda: nn.pad(torch.arange(8.).reshape(1, 1, 2, 2, 2), (1, 1, 1, 0, 2, 1), "replicate"))
show("pad 5d circular", lambda: nn.pad(torch.arange(8.).reshape(1, 1, 2, 2, 2), (1, 1, 1, 0, 2, 1), "circular"))
show("pad 4d-in 3d reflect", lambda: nn.pad(x4, (1, 1, 1, 0, 0, 1), "reflect"))
show("pad noncontig", lambda: nn.pad(xt, (1, 1, 2, 0), "replicate"))
for args in [((1, 1), "reflect", 1.0), ((1, 1), "foo"), ((1, 1, 1),), ((1,) * 8,), ((1, 1, 1, 1), "reflect"),
             ((5, 1), "circular"), ((1, 1), "circular", 2.0), ((1, 1, 1, 1, 1, 1, 1, 1), "replicate")]:
    show("pad err%s" % (args,), lambda: nn.pad(x3, *args))
show("pad 2d circular", lambda: nn.pad(x2, (1, 1), "circular"))
show("pad 4d replicate 1", lambda: nn.pad(x4, (1, 1), "replicate"))
show("pad circular neg", lambda: nn.pad(x3, (-4, -1), "circular"))
show("pad circular crop", lambda: nn.pad(x4, (2, -1, -1, 3), "circular"))
show("pad circular crop2", lambda: nn.pad(x3, (-2, 2), "circular"))

# --- 3-D kernels, output sizes, circular corner cases
x5 = torch.arange(2 * 3 * 4.).reshape(1, 1, 2, 3, 4)
for name in ["reflection_pad3d", "replication_pad3d"]:
    f = getattr(nn, name)
    show(name, lambda: f(x5, (1, 0, 1, 1, 1, 0)))
    show(name + " 4d", lambda: f(x5[0], (1, 0, 1, 1, 1, 0)))
    show(name + " int", lambda: f(x5, 1))
    show(name + " 3d", lambda: f(x5[0, 0], (1, 0, 1, 1, 1, 0)))
    show(name + " 6d", lambda: f(x5[None], (1, 0, 1, 1, 1, 0)))
    show(name + " size 4", lambda: f(x5, (1, 0, 1, 1)))
    show(name + " size 8", lambda: f(x5, (1, 0, 1, 1, 1, 1, 1, 1)))
    show(name + " empty", lambda: f(torch.ones(1, 0, 2, 2, 2), (1, 1, 1, 1, 1, 1)))
    show(name + " empty batch", lambda: f(torch.ones(0, 1, 2, 2, 2), (1, 1, 1, 1, 1, 1)))
    show(name + " big w", lambda: f(x5, (4, 0, 0, 0, 0, 0)))
    show(name + " big d", lambda: f(x5, (0, 0, 0, 0, 2, 0)))
    show(name + " long", lambda: f(xl[None], (1, 0, 1, 1, 1, 0)))
    show(name + " double", lambda: f(x5.double(), (1, 0, 1, 1, 1, 0)))
    show(name + " noncontig", lambda: f(x5.transpose(3, 4), (1, 0, 1, 0, 0, 1)))
    o = torch.empty(0)
    print(f(x5, (1, 0, 0, 0, 0, 0), out=o) is o, o.shape)
    for pad in [(-4, 0, 0, 0, 0, 0), (-3, -2, 0, 0, 0, 0), (-2, -2, -2, -1, -1, -1), (0, 0, 0, 0, -1, -2),
                (-3, -2, -3, 0, -1, -1), (-1, -1, -1, -1, -2, -2), (-5, 0, -5, 0, -5, 0)]:
        show("%s%s" % (name, pad), lambda: f(x5, pad))
    show(name + " long negative", lambda: f(xl[None], (-5, 0, -5, 0, -5, 0)))
for name in ["reflection_pad2d", "replication_pad2d"]:
    f = getattr(nn, name)
    for pad in [(-2, -2, -2, -1), (-3, -2, 0, 0), (0, 0, -3, -1), (-4, -1, -3, -1), (-1, -2, -3, -4)]:
        show("%s%s" % (name, pad), lambda: f(x4, pad))
    show(name + " long negative", lambda: f(xl, (-3, -2, 0, 0)))
for name in ["reflection_pad1d", "replication_pad1d"]:
    f = getattr(nn, name)
    for pad in [(-3, -2), (-2, -2), (-5, 0)]:
        show("%s%s" % (name, pad), lambda: f(x3, pad))
show("pad 5d reflect big", lambda: nn.pad(x5, (1, 1, 1, 0, 2, 0), "reflect"))
show("pad 5d reflect long", lambda: nn.pad(xl[None], (1, 1, 1, 0, 0, 1), "reflect"))
show("pad 5d replicate long", lambda: nn.pad(xl[None], (1, 1, 1, 0, 0, 1), "replicate"))
show("pad 4d-in 3d replicate", lambda: nn.pad(x5[0], (1, 1, 1, 0, 0, 1), "replicate"))
# circular: the outermost dim is checked first; a crop that empties a dim
# leaves nothing to wrap (PyTorch's values are then uninitialised: shapes only)
show("pad circular order", lambda: nn.pad(x4, (5, 5, -9, 0), "circular"))
show("pad circular order2", lambda: nn.pad(x4, (-9, 0, 5, 5), "circular"))
show("pad circular crop wrap", lambda: nn.pad(x4, (-2, 2, 1, -2), "circular"))
show("pad circular crop wrap2", lambda: nn.pad(x4, (2, -2, -1, 1), "circular"))
show("pad circular 5d", lambda: nn.pad(x5, (1, -1, -1, 1, 1, 0), "circular"))
show("pad circular 5d big", lambda: nn.pad(x5, (1, 1, 1, 1, 3, 0), "circular"))
print(nn.pad(x4, (-4, 1, 0, 0), "circular").shape, nn.pad(x4, (-4, 4, 0, 0), "circular").shape)
print(nn.pad(x4, (0, 0, 1, -3), "circular").shape, nn.pad(xl, (-4, 2, 1, 0), "circular").shape)
# huge pads: int64 sizes wrap as PyTorch's (no signed overflow)
B = 2 ** 62
for mode in ["constant", "reflect", "replicate", "circular"]:
    show("pad huge " + mode, lambda: nn.pad(x4 if mode != "reflect" else x3, (B, B), mode))
    show("pad huge negative " + mode, lambda: nn.pad(x4, (-B, -B), mode))
    show("pad huge mixed " + mode, lambda: nn.pad(x4, (B, -B, B, B), mode))
show("constant_pad_nd huge", lambda: torch.constant_pad_nd(x4, (B, B, B, B)))
show("constant_pad_nd int64 min", lambda: torch.constant_pad_nd(x4, (-2 ** 63, 0)))
show("reflection_pad2d huge negative", lambda: nn.reflection_pad2d(x4, (-B, -B, -B, -B)))
show("pad circular int64 min", lambda: nn.pad(x4, (0, 0, -2 ** 63, 0), "circular"))
