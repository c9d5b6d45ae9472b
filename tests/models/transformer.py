# Text classifier: embedding, sinusoidal positions, 2-layer nn.TransformerEncoder
# with a key padding mask, masked mean pooling; 3 sequences of 10 tokens.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.transformer import TransformerClassifier

model = TransformerClassifier()
model.load_state_dict(torch.load(DATA + "transformer.pt"))
x = torch.load(DATA + "transformer_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("transformer", y)
