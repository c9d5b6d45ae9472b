"""Building blocks used by several architectures: conv + norm + activation, and
squeeze-and-excitation."""
from typing import Callable, Optional

from torch import Tensor, nn


class Conv2dNormActivation(nn.Sequential):
    """Conv2d, then an optional normalisation layer, then an optional activation.

    Children are numbered 0 (conv), 1 (norm), 2 (activation), so the parameter
    names are `<name>.0.weight`, `<name>.1.running_mean`, ...
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int = 3,
        stride: int = 1,
        padding: Optional[int] = None,
        groups: int = 1,
        norm_layer: Optional[Callable[..., nn.Module]] = nn.BatchNorm2d,
        activation_layer: Optional[Callable[..., nn.Module]] = nn.ReLU,
        dilation: int = 1,
        inplace: Optional[bool] = True,
        bias: Optional[bool] = None,
    ) -> None:
        if padding is None:
            padding = (kernel_size - 1) // 2 * dilation
        if bias is None:
            # A bias before a normalisation layer would be cancelled by it.
            bias = norm_layer is None
        layers = [
            nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding,
                      dilation=dilation, groups=groups, bias=bias)
        ]
        if norm_layer is not None:
            layers.append(norm_layer(out_channels))
        if activation_layer is not None:
            kwargs = {} if inplace is None else {"inplace": inplace}
            layers.append(activation_layer(**kwargs))
        super().__init__(*layers)
        self.out_channels = out_channels


class SqueezeExcitation(nn.Module):
    """Channel attention: global average, a bottleneck of two 1x1 convolutions,
    and a gate that rescales every input channel."""

    def __init__(
        self,
        input_channels: int,
        squeeze_channels: int,
        activation: Callable[..., nn.Module] = nn.ReLU,
        scale_activation: Callable[..., nn.Module] = nn.Sigmoid,
    ) -> None:
        super().__init__()
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(input_channels, squeeze_channels, 1)
        self.fc2 = nn.Conv2d(squeeze_channels, input_channels, 1)
        self.activation = activation()
        self.scale_activation = scale_activation()

    def _scale(self, x: Tensor) -> Tensor:
        s = self.avgpool(x)
        s = self.activation(self.fc1(s))
        return self.scale_activation(self.fc2(s))

    def forward(self, x: Tensor) -> Tensor:
        return self._scale(x) * x
