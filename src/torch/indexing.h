// Tensor indexing (indexing.cpp): t[key] and t[key] = value with PyTorch's
// rules for ints, slices, None, Ellipsis, bool masks and index tensors/lists.
#pragma once
#include "py/obj.h"

Ref py_tensor_getitem(Ref self, Ref key);
int py_tensor_setitem(Ref self, Ref key, Ref value); // value nullptr: TypeError
