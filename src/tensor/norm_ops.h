// norm_ops.h - Normalisation, embedding and loss kernels: batch/layer/group/instance norm, embedding, the evaluation losses.
#pragma once

#include "tensor/tensor.h"

namespace tensor {} // namespace tensor
