# ResNet-18 (BasicBlock), 10 classes, on a 2x3x64x64 batch.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.resnet import resnet18

model = resnet18(num_classes=10)
model.load_state_dict(torch.load(DATA + "resnet18.pt"))
x = torch.load(DATA + "resnet18_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("resnet18", y)
