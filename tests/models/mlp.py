# MLP (784-256-128-10, LayerNorm, GELU) on a batch of four 1x28x28 images.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.mlp import MLPClassifier

model = MLPClassifier()
model.load_state_dict(torch.load(DATA + "mlp.pt"))
x = torch.load(DATA + "mlp_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("mlp", y)
