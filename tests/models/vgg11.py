# VGG-11 (configuration A, no batch norm), 10 classes, on a 2x3x32x32 batch.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.vgg import vgg11

model = vgg11(num_classes=10)
model.load_state_dict(torch.load(DATA + "vgg11.pt"))
x = torch.load(DATA + "vgg11_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("vgg11", y)
