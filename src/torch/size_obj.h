// torch.Size (size_obj.cpp): a tuple subclass of ints.
#pragma once
#include "py/obj.h"
#include "tensor/tensor.h"

extern Type py_size_type; // torch.Size

Ref py_size_new(tensor::IntArrayRef sizes);
