// index_ops.h - Index and rearrangement kernels: index_select, gather, scatter, masked_select, nonzero, flip, roll, tril/triu, repeat, ...
#pragma once

#include "tensor/tensor.h"

namespace tensor {} // namespace tensor
