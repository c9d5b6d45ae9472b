// torch.Generator (generator_obj.cpp): a Python object over a tensor::Generator, and the
// torch.default_generator object over the process-wide one that torch.manual_seed,
// torch.rand, ... use. The `generator=` arguments of the sampling ops take these.
#pragma once
#include "py/obj.h"
#include "tensor/random.h"

extern Type py_torch_generator_type; // torch._C.Generator

// The generator of a torch.Generator object, or nullptr when o is not one.
tensor::Generator *py_generator_get(Ref o);

// Adds Generator and default_generator to the _torch module, and seeds the default
// generator non-deterministically (as PyTorch does at start-up). 0 / -1.
int py_generator_install(Ref module);
