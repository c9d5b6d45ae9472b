// random_ops.h - Random sampling (torch.rand/randn/randint/randperm, normal_/uniform_/bernoulli_, dropout) and the creation ops linspace/logspace/eye, on top of random.h.
#pragma once

#include "tensor/tensor.h"

namespace tensor {} // namespace tensor
