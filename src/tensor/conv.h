// Convolutions (conv.cpp): PyTorch 1.13.1's conv1d, conv2d and conv_transpose2d
// (torch.nn.functional), with its argument checks and error messages. Same
// conventions as tensor.h: a null Tensor means failure, tensor::error() says why.
//
// stride/padding/dilation/output_padding take one value (used for every spatial
// dim) or one per spatial dim, as PyTorch's int[N] arguments after the binding
// has parsed them. Unbatched inputs (no batch dim) give unbatched results. bias
// may be undefined. conv supports float32/float64/BFloat16 and the integer
// types; conv_transpose2d float32/float64/BFloat16/int64, as PyTorch's CPU.
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// padding='same' / 'valid' (the binding maps other strings to PyTorch's
// "Invalid padding string: 'x'").
enum class ConvPadding : uint8_t { Same, Valid };

Tensor conv1d(const Tensor &input, const Tensor &weight, const Tensor &bias,
              IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef dilation = {1},
              int64_t groups = 1);
Tensor conv1d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              ConvPadding padding, IntArrayRef dilation = {1}, int64_t groups = 1);
Tensor conv2d(const Tensor &input, const Tensor &weight, const Tensor &bias,
              IntArrayRef stride = {1}, IntArrayRef padding = {0}, IntArrayRef dilation = {1},
              int64_t groups = 1);
Tensor conv2d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              ConvPadding padding, IntArrayRef dilation = {1}, int64_t groups = 1);
// weight is (in_channels, out_channels / groups, kH, kW).
Tensor conv_transpose2d(const Tensor &input, const Tensor &weight, const Tensor &bias,
                        IntArrayRef stride = {1}, IntArrayRef padding = {0},
                        IntArrayRef output_padding = {0}, int64_t groups = 1,
                        IntArrayRef dilation = {1});

} // namespace tensor
