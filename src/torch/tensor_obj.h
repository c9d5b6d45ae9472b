// The Python Tensor type (tensor_obj.cpp): a Python object holding a handle of
// the tensor library. The binding and torch.load create tensors through here.
#pragma once
#include "py/obj.h"
#include "tensor/tensor.h"

struct TensorObj {
  Obj ob;
  tensor::Tensor t; // never null for a live object
  Ref dict;         // instance attributes (nn.Parameter, user subclasses), lazily created
  bool requires_grad;
};

extern Type py_tensor_type; // torch.Tensor

static inline bool py_is_tensor(Ref r) { return py_isinstance_of(r, &py_tensor_type); }
static inline const tensor::Tensor &py_tensor_get(Ref r) { return ((TensorObj *)r)->t; }

// Wrap a tensor handle in a new torch.Tensor (of `type`, a subclass of Tensor,
// or torch.Tensor when nullptr). Takes its own reference to the handle.
Ref py_tensor_wrap(const tensor::Tensor &t, Type *type = nullptr);
// Turn the tensor library's last error into the matching Python exception;
// returns nullptr.
Ref py_tensor_raise();
// A kernel's result: a new Tensor object, or the kernel's error raised. Also
// raises when a kernel skipped a dtype this build left out (Note [Kernel
// dtypes]), which a void kernel cannot report through its result.
static inline Ref py_tensor_result(const tensor::Tensor &r, Type *type = nullptr) {
  return r && !tensor::kernel_missing() ? py_tensor_wrap(r, type) : py_tensor_raise();
}
// An in-place kernel's outcome: `self` (a new reference) or the error raised.
static inline Ref py_tensor_done(bool ok, Ref self) {
  return ok && !tensor::kernel_missing() ? py_newref(self) : py_tensor_raise();
}
