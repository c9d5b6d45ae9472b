# nn.Module: registration through attributes, lookup, deletion, tree walks,
# train/eval, apply, hooks and repr.
import torch
import torch.nn as nn


def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.fc = nn.Linear(n, n)
        self.act = nn.ReLU()
        self.scale = nn.Parameter(torch.ones(n))
        self.register_buffer('count', torch.zeros(1))
        self.register_buffer('scratch', torch.zeros(2), persistent=False)
        self.tag = 'block'

    def forward(self, x):
        return self.act(self.fc(x)) * self.scale


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Block(3)
        self.b = Block(3)
        self.shared = self.a  # the same module twice
        self.head = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
        self.none_child = None
        self.register_module('extra', nn.Identity())
        self.add_module('missing', None)

    def forward(self, x):
        return self.head(self.b(self.a(x)))


torch.manual_seed(0)
net = Net()
print(net)
print(type(net.a).__name__, net.tag if hasattr(net, 'tag') else 'no tag', net.none_child, net.a.tag)
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_parameters(prefix='model')])
print([n for n, _ in net.named_parameters(recurse=False)], [n for n, _ in net.a.named_parameters(recurse=False)])
print([n for n, _ in net.named_buffers()], [b.shape for b in net.buffers()])
print([n for n, _ in net.named_children()], len(list(net.children())))
print([n for n, _ in net.named_modules()])
print([n for n, _ in net.named_modules(remove_duplicate=False)])
print([n for n, _ in net.named_modules(prefix='root')], len(list(net.modules())))
print(len(list(net.parameters())), sum(p.numel() for p in net.parameters()))
print(net.get_submodule('head.0'), net.get_parameter('a.scale').shape, net.get_buffer('b.count'))
attempt(lambda: net.get_submodule('head.5'))
attempt(lambda: net.get_submodule('a.tag'))
attempt(lambda: net.get_parameter('a.fc.nope'))
attempt(lambda: net.get_parameter('a.count'))
attempt(lambda: net.get_buffer('a.scale'))
attempt(lambda: net.nope)
print(net.training, net.a.training, net.head[0].training)
net.eval()
print(net.training, net.a.training, net.head[0].training)
net.train()
print(net.training, net.head[1].training)
print(net.train(False) is net, net.training)
attempt(lambda: net.train('yes'))
net.train()

# __setattr__ routing
m = nn.Module()
m.p = nn.Parameter(torch.zeros(2))
m.c = nn.Linear(1, 1)
m.register_buffer('b', torch.ones(1))
m.b = torch.full((2,), 3.0)
m.x = 5
print(list(m._parameters), list(m._buffers), list(m._modules), m.b, m.x, 'x' in m.__dict__)
attempt(lambda: setattr(m, 'p', torch.zeros(2)))
attempt(lambda: setattr(m, 'c', 3))
attempt(lambda: setattr(m, 'b', 3))
m.p = None
m.c = None
m.b = None
print(m._parameters, m._modules, m._buffers)
m.x = nn.Parameter(torch.ones(1))  # plain attribute becomes a parameter
print('x' in m.__dict__, list(m._parameters))
del m.x
del m.b
del m.c
print(list(m._parameters), list(m._buffers), list(m._modules))
attempt(lambda: delattr(m, 'nothing'))
m.y = 1
del m.y
print(hasattr(m, 'y'))

# register_* errors
attempt(lambda: m.register_buffer('a.b', torch.zeros(1)))
attempt(lambda: m.register_buffer('', torch.zeros(1)))
attempt(lambda: m.register_buffer(1, torch.zeros(1)))
attempt(lambda: m.register_buffer('t', 3))
attempt(lambda: m.register_buffer('train', torch.zeros(1)))
attempt(lambda: m.register_parameter('q.r', None))
attempt(lambda: m.register_parameter('', None))
attempt(lambda: m.register_parameter('q', torch.zeros(1)))
attempt(lambda: m.register_parameter('eval', None))
attempt(lambda: m.add_module('k', 3))
attempt(lambda: m.add_module(3, nn.ReLU()))
attempt(lambda: m.add_module('a.b', nn.ReLU()))
attempt(lambda: m.add_module('', nn.ReLU()))
attempt(lambda: m.add_module('forward', nn.ReLU()))


class Early(nn.Module):
    def __init__(self, which):
        if which == 0:
            self.p = nn.Parameter(torch.zeros(1))
        elif which == 1:
            self.m = nn.ReLU()
        else:
            self.register_buffer('b', torch.zeros(1))
        super().__init__()


for i in range(3):
    attempt(lambda: Early(i))
attempt(lambda: nn.Module()(1))


# apply / forward hooks / pre-hooks (no autograd: outputs are printed without grad_fn)
torch.set_grad_enabled(False)
def show(mod):
    print('visit', type(mod).__name__)


print(type(net.apply(show)).__name__)
x = torch.ones(2, 3)
calls = []
h1 = net.register_forward_pre_hook(lambda mod, inp: calls.append(('pre', len(inp))))
h2 = net.head.register_forward_hook(lambda mod, inp, out: calls.append(('post', tuple(out.shape))))
y = net(x)
print(calls, y.shape)
h1.remove()
h2.remove()
h2.remove()
calls.clear()
net(x)
print(calls)
h3 = net.a.register_forward_pre_hook(lambda mod, inp: (inp[0] * 0,))
h4 = net.a.register_forward_hook(lambda mod, inp, out: out + 1)
print(net.a(x))
h3.remove()
h4.remove()
h5 = net.b.register_forward_pre_hook(lambda mod, inp: inp[0] * 2)  # a bare tensor becomes a 1-tuple
print(net.b(x))
h5.remove()
with net.a.register_forward_hook(lambda mod, inp, out: out * 0):
    print(net.a(x))
print(net.a(x).sum() != 0)
print(net.a.__call__(x).shape, net.a.forward(x).shape)


class Kw(nn.Module):
    def forward(self, x, scale=1.0, *, shift=0.0):
        return x * scale + shift


k = Kw()
k.register_forward_hook(lambda mod, inp, out: print('hook saw', len(inp)))
print(k(torch.ones(2), 3.0, shift=1.0), k(torch.ones(2), scale=2.0))
print(repr(nn.Module()), repr(Kw()), nn.Identity(3, x=4))
print([k in dir(net) for k in ('a', 'head', 'forward', 'training', '0')], [k in dir(net.a) for k in ('fc', 'scale', 'count')])
