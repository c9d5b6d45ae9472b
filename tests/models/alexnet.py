# AlexNet, 10 classes, on a 2x3x64x64 batch (the smallest size its pooling allows is 63).
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.alexnet import alexnet

model = alexnet(num_classes=10)
model.load_state_dict(torch.load(DATA + "alexnet.pt"))
x = torch.load(DATA + "alexnet_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("alexnet", y)
