# ResNet-50 (Bottleneck), 10 classes, on a 1x3x128x128 input.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.resnet import resnet50

model = resnet50(num_classes=10)
model.load_state_dict(torch.load(DATA + "resnet50.pt"))
x = torch.load(DATA + "resnet50_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("resnet50", y)
