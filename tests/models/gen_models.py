"""Writes the weights and inputs of the end-to-end model tests, with PyTorch.

    /usr/bin/python3 tests/models/gen_models.py [NAME ...]

For every model in specs() (or the NAMEs given): builds it with a fixed seed,
makes its BatchNorm layers look trained (random affine parameters, running
statistics measured on random batches), and writes into DATA

    NAME.pt         model.state_dict()
    NAME_input.pt   the input batch
    NAME_output.pt  PyTorch's output for that input, in eval mode

Each tests/models/NAME.py builds the same model, loads the first two files and
prints its output with report(), which also compares with the third; tests/run.py
runs it under PyTorch and under upytorch and compares what they print.

Importable under upytorch too: the test scripts take DATA and report() from here.
Imported under PyTorch by a test whose files are missing, it writes them first.
"""
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data") + "/"
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)  # the models package

# Relative tolerance of the comparison with PyTorch's saved output; absolute
# differences are measured against the largest output value.
RTOL = 1e-4


def report(name, y):
    """Prints what the test compares: shape, summary statistics, the first
    values of each row, the predicted classes with their softmax probability,
    and whether y is within RTOL of PyTorch's saved output (relative to its
    largest value: logits near zero carry float32 noise of the whole network)."""
    y = y.float()
    print(name, "output", tuple(y.shape), y.dtype)
    print("mean %.6e  abs-mean %.6e  min %.6e  max %.6e" % (
        y.mean().item(), y.abs().mean().item(), y.min().item(), y.max().item()))
    for row in y.reshape(y.shape[0], -1):
        print(" ".join("%.6e" % v for v in row[:10].tolist()))
    probs = torch.softmax(y.reshape(y.shape[0], -1), dim=1).max(dim=1)
    print("predicted class", probs.indices.tolist(),
          "probability", " ".join("%.6f" % p for p in probs.values.tolist()))
    ref = torch.load(DATA + name + "_output.pt").float()
    scale = ref.abs().max().item()
    err = (y - ref).abs().max().item()
    print("matches PyTorch (rtol %g):" % RTOL, err <= RTOL * scale)


def _image(batch, size, channels=3):
    return lambda: torch.randn(batch, channels, size, size)


def _tokens(batch, length, vocab, pads):
    """Token ids in [1, vocab) with pads[i] trailing padding tokens (id 0) in row i."""
    def make():
        t = torch.randint(1, vocab, (batch, length))
        for i, p in enumerate(pads):
            if p:
                t[i, length - p:] = 0
        return t
    return make


def specs():
    from models.alexnet import alexnet
    from models.lenet import LeNet5
    from models.lstm_classifier import LSTMClassifier
    from models.mlp import MLPClassifier
    from models.mobilenetv2 import mobilenet_v2
    from models.mobilenetv3 import mobilenet_v3_small
    from models.resnet import resnet18, resnet50
    from models.shufflenetv2 import shufflenet_v2_x1_0
    from models.squeezenet import squeezenet1_1
    from models.transformer import TransformerClassifier
    from models.vgg import vgg11

    # name: (builder, input); the builder call is the one in tests/models/NAME.py.
    return {
        "alexnet": (lambda: alexnet(num_classes=10), _image(2, 64)),
        "vgg11": (lambda: vgg11(num_classes=10), _image(2, 32)),
        "resnet18": (lambda: resnet18(num_classes=10), _image(2, 64)),
        "resnet50": (lambda: resnet50(num_classes=10), _image(1, 128)),
        "mobilenet_v2": (lambda: mobilenet_v2(num_classes=10), _image(2, 64)),
        "mobilenet_v3_small": (lambda: mobilenet_v3_small(num_classes=10), _image(2, 64)),
        "squeezenet1_1": (lambda: squeezenet1_1(num_classes=10), _image(2, 64)),
        "shufflenet_v2": (lambda: shufflenet_v2_x1_0(num_classes=10), _image(2, 64)),
        "lenet5": (lambda: LeNet5(), _image(4, 32, channels=1)),
        "mlp": (lambda: MLPClassifier(), _image(4, 28, channels=1)),
        "lstm": (lambda: LSTMClassifier(), _tokens(3, 12, 1000, [0, 3, 7])),
        "transformer": (lambda: TransformerClassifier(), _tokens(3, 10, 1000, [0, 2, 5])),
    }


def _look_trained(model, make_input):
    """Makes a freshly initialised model behave numerically like a trained one:
    random BatchNorm affine parameters with running statistics measured on
    input-like batches, and logits of order 1 (initialisations with std 0.01
    give tiny ones) by rescaling the final Linear layer."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    for m in norms:
        torch.nn.init.uniform_(m.weight, 0.5, 1.5)
        torch.nn.init.normal_(m.bias, 0.0, 0.1)
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the calibration batches
    with torch.no_grad():
        if norms:
            model.train()
            for _ in range(4):
                model(torch.cat([make_input() for _ in range(4)]))
            for m in norms:
                m.momentum = 0.1
        final = [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-1:]
        if final:
            model.eval()
            scale = 1.0 / model(torch.cat([make_input() for _ in range(4)])).std().item()
            final[0].weight.mul_(scale)
            final[0].bias.mul_(scale)


def generate(name, build, make_input, folder=DATA):
    torch.manual_seed(0)
    model = build()
    x = make_input()
    _look_trained(model, make_input)
    model.eval()
    with torch.no_grad():
        y = model(x)
    torch.save(model.state_dict(), os.path.join(folder, name + ".pt"))
    torch.save(x, os.path.join(folder, name + "_input.pt"))
    torch.save(y, os.path.join(folder, name + "_output.pt"))
    return y


def main(names):
    os.makedirs(DATA, exist_ok=True)
    table = specs()
    unknown = [n for n in names if n not in table]
    if unknown:
        sys.exit("gen_models.py: unknown model(s) %s; known: %s" % (
            " ".join(unknown), " ".join(table)))
    for name in names or table:
        build, make_input = table[name]
        y = generate(name, build, make_input)
        top2 = y.reshape(y.shape[0], -1).topk(2, dim=1).values
        margin = ((top2[:, 0] - top2[:, 1]) / top2[:, 0].abs().clamp(min=1e-12)).min().item()
        print("%-20s output %-10s |y|max %.3g  top-2 margin %.3g" % (
            name, tuple(y.shape), y.abs().max().item(), margin))


if __name__ == "__main__":
    main(sys.argv[1:])
elif sys.implementation.name == "cpython":
    # Imported by tests/models/NAME.py under PyTorch (tests/run.py runs that
    # first): write NAME's files if they are missing, so the test can't pass by
    # failing the same way under both.
    _name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    if not os.path.exists(DATA + _name + "_output.pt") and _name in specs():
        os.makedirs(DATA, exist_ok=True)
        generate(_name, *specs()[_name])
