"""A small text classifier: token embeddings, a bidirectional two-layer LSTM, and
a linear layer on the final hidden states of both directions."""
import torch
from torch import Tensor, nn


class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size: int = 1000, embed_dim: int = 32, hidden_size: int = 48,
                 num_layers: int = 2, num_classes: int = 4, dropout: float = 0.2,
                 padding_idx: int = 0) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=padding_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers=num_layers, batch_first=True,
                            dropout=dropout, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, tokens: Tensor) -> Tensor:
        emb = self.embedding(tokens)  # (batch, seq, embed_dim)
        _, (h_n, _) = self.lstm(emb)  # h_n: (num_layers * 2, batch, hidden_size)
        # The last layer's forward and backward final states.
        features = torch.cat((h_n[-2], h_n[-1]), dim=1)
        return self.fc(self.dropout(features))
