// Python values -> tensors (tensor_new.cpp): torch.tensor's data conversion,
// dtype inference, and Python numbers <-> tensor::Scalar.
#pragma once
#include "py/obj.h"
#include "tensor/tensor.h"

// A Python bool / int / float as a Scalar: 1 done, 0 not a number (no error),
// -1 error (an int beyond int64: RuntimeError "Overflow when unpacking long").
int py_scalar_from(Ref o, tensor::Scalar *out);
// The Python number of s: bool, int or float. New reference.
Ref py_scalar_to_obj(tensor::Scalar s);
// A new tensor holding `data` (nested lists/tuples of numbers, bools and
// one-element tensors, or a tensor). dtype Undefined infers it as PyTorch
// does. Null with a Python exception set on failure.
tensor::Tensor py_tensor_from_data(Ref data, tensor::ScalarType dtype);
