// The operator binding: schema-driven Python functions and Tensor methods
// (generated tables + the argument parser), and the Python operators of
// torch.Tensor. The torch module's init calls py_binding_install.
#pragma once
#include "py/obj.h"

// Add the generated torch.<op> functions to `module` and the Tensor methods to
// torch.Tensor's type dict. 0 / -1.
int py_binding_install(Ref module);

// Python operators of torch.Tensor (slots of py_tensor_type): a + b, -a,
// a < b ... with PyTorch's results. NotImplemented for operands they don't take.
Ref py_tensor_binop(Ref a, Ref b, int op);
Ref py_tensor_unop(Ref a, int op);
Ref py_tensor_richcompare(Ref a, Ref b, int op);
