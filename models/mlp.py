"""Multi-layer perceptrons: a reusable Linear/norm/activation/dropout stack and
a classifier for flattened images built on it."""
from typing import Callable, List, Optional

from torch import Tensor, nn


class MLP(nn.Sequential):
    """Linear -> [norm] -> activation -> dropout for every hidden width, then a
    final Linear (followed by dropout) to hidden_channels[-1]."""

    def __init__(
        self,
        in_channels: int,
        hidden_channels: List[int],
        norm_layer: Optional[Callable[..., nn.Module]] = None,
        activation_layer: Optional[Callable[..., nn.Module]] = nn.ReLU,
        inplace: Optional[bool] = None,
        bias: bool = True,
        dropout: float = 0.0,
    ) -> None:
        params = {} if inplace is None else {"inplace": inplace}
        layers: List[nn.Module] = []
        in_dim = in_channels
        for hidden_dim in hidden_channels[:-1]:
            layers.append(nn.Linear(in_dim, hidden_dim, bias=bias))
            if norm_layer is not None:
                layers.append(norm_layer(hidden_dim))
            if activation_layer is not None:
                layers.append(activation_layer(**params))
            layers.append(nn.Dropout(dropout, **params))
            in_dim = hidden_dim
        layers.append(nn.Linear(in_dim, hidden_channels[-1], bias=bias))
        layers.append(nn.Dropout(dropout, **params))
        super().__init__(*layers)


class MLPClassifier(nn.Module):
    """Flattens (N, C, H, W) images and classifies them with an MLP."""

    def __init__(self, in_features: int = 28 * 28, hidden: Optional[List[int]] = None,
                 num_classes: int = 10, dropout: float = 0.1) -> None:
        super().__init__()
        if hidden is None:
            hidden = [256, 128]
        self.flatten = nn.Flatten()
        self.mlp = MLP(in_features, hidden + [num_classes], norm_layer=nn.LayerNorm,
                       activation_layer=nn.GELU, dropout=dropout)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x: Tensor) -> Tensor:
        return self.mlp(self.flatten(x))
