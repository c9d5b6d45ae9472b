"""A small Transformer encoder classifier: token embeddings plus sinusoidal
positions, nn.TransformerEncoder, masked mean pooling and a linear head."""
import math
from typing import Optional

import torch
from torch import Tensor, nn


class PositionalEncoding(nn.Module):
    """Adds the fixed sine/cosine position signal of Vaswani et al. (2017)."""

    def __init__(self, d_model: int, max_len: int = 128, dropout: float = 0.1) -> None:
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(1, max_len, d_model)
        pe[0, :, 0::2] = torch.sin(position * div_term)
        pe[0, :, 1::2] = torch.cos(position * div_term)
        # A buffer, not a parameter: saved in the state_dict, never trained.
        self.register_buffer("pe", pe)

    def forward(self, x: Tensor) -> Tensor:
        x = x + self.pe[:, : x.size(1)]
        return self.dropout(x)


class TransformerClassifier(nn.Module):
    def __init__(self, vocab_size: int = 1000, d_model: int = 64, nhead: int = 4,
                 dim_feedforward: int = 128, num_layers: int = 2, num_classes: int = 4,
                 dropout: float = 0.1, padding_idx: int = 0) -> None:
        super().__init__()
        self.d_model = d_model
        self.padding_idx = padding_idx
        self.embedding = nn.Embedding(vocab_size, d_model, padding_idx=padding_idx)
        self.pos_encoder = PositionalEncoding(d_model, dropout=dropout)
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout,
                                           activation="gelu", batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers, norm=nn.LayerNorm(d_model))
        self.classifier = nn.Linear(d_model, num_classes)
        nn.init.normal_(self.embedding.weight, std=d_model ** -0.5)
        nn.init.xavier_uniform_(self.classifier.weight)
        nn.init.zeros_(self.classifier.bias)

    def forward(self, tokens: Tensor, padding_mask: Optional[Tensor] = None) -> Tensor:
        if padding_mask is None:
            padding_mask = tokens == self.padding_idx
        x = self.embedding(tokens) * math.sqrt(self.d_model)
        x = self.pos_encoder(x)
        x = self.encoder(x, src_key_padding_mask=padding_mask)
        # Mean over the real (unpadded) tokens only.
        keep = (~padding_mask).unsqueeze(-1).to(x.dtype)
        pooled = (x * keep).sum(dim=1) / keep.sum(dim=1).clamp(min=1.0)
        return self.classifier(pooled)
