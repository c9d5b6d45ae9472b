# LeNet-5 on a batch of four 1x32x32 images.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.lenet import LeNet5

model = LeNet5()
model.load_state_dict(torch.load(DATA + "lenet5.pt"))
x = torch.load(DATA + "lenet5_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("lenet5", y)
