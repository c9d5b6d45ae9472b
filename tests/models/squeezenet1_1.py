# SqueezeNet 1.1, 10 classes, on a 2x3x64x64 batch.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.squeezenet import squeezenet1_1

model = squeezenet1_1(num_classes=10)
model.load_state_dict(torch.load(DATA + "squeezenet1_1.pt"))
x = torch.load(DATA + "squeezenet1_1_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("squeezenet1_1", y)
