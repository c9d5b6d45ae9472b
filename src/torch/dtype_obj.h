// torch.dtype objects (dtype_obj.cpp): one immortal object per ScalarType.
#pragma once
#include "py/obj.h"
#include "tensor/tensor.h"

struct DTypeObj {
  Obj ob;
  tensor::ScalarType scalar_type;
};

extern Type py_dtype_type; // torch.dtype

// The dtype object of t (borrowed, immortal).
Ref py_dtype_of(tensor::ScalarType t);
// A dtype argument: a torch.dtype, or Python's int / float / bool as PyTorch
// takes them (int64, float64, bool). 0, or -1 with TypeError.
int py_dtype_parse(Ref o, tensor::ScalarType *out);
// Adds torch.float32, torch.float, ... and the dtype type to module. 0 / -1.
int py_dtype_install(Ref module);
