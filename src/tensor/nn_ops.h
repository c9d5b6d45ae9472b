// nn_ops.h - torch.nn.functional kernels: pooling, padding, upsampling, pixel shuffle, linear, activations.
#pragma once

#include "tensor/tensor.h"

namespace tensor {} // namespace tensor
