# MobileNetV2 (width 1.0), 10 classes, on a 2x3x64x64 batch.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.mobilenetv2 import mobilenet_v2

model = mobilenet_v2(num_classes=10)
model.load_state_dict(torch.load(DATA + "mobilenet_v2.pt"))
x = torch.load(DATA + "mobilenet_v2_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("mobilenet_v2", y)
