# Text classifier: embedding, 2-layer bidirectional LSTM, linear; 3 sequences of 12 tokens.
# Weights and input come from gen_models.py (PyTorch); report() prints the output
# and compares it with PyTorch's.
import torch
from gen_models import DATA, report
from models.lstm_classifier import LSTMClassifier

model = LSTMClassifier()
model.load_state_dict(torch.load(DATA + "lstm.pt"))
x = torch.load(DATA + "lstm_input.pt")
model.eval()
with torch.no_grad():
    y = model(x)
report("lstm", y)
