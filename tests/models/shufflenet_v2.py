# ShuffleNetV2 x1.0 (channel split and shuffle), 10 classes, on a 2x3x64x64 batch.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.shufflenetv2 import shufflenet_v2_x1_0

model = shufflenet_v2_x1_0(num_classes=10)
model.load_state_dict(torch.load(DATA + "shufflenet_v2.pt"))
x = torch.load(DATA + "shufflenet_v2_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("shufflenet_v2", y)
