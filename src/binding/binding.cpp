// Installing the generated operator tables, and the Python operators of
// torch.Tensor (+ - * / // unary - + abs, comparisons, in-place forms), which
// call the tensor library directly: Python numbers become wrapped-number
// tensors so PyTorch's promotion applies (Note [Python numbers as Tensor
// arguments] in argparse.cpp).
#include "binding/binding.h"

#include "binding/argparse.h"
#include "py/containers.h"
#include "py/intobj.h"
#include "py/type_internal.h"
#include "tensor/linalg.h"
#include "tensor/pointwise.h"
#include "torch/tensor_obj.h"

static int install_methods(Type *type, const MethodDef *defs) {
  for (const MethodDef *d = defs; d->name; d++) {
    Ref descr = py_method_descr_new(type, d);
    if (!descr) return -1;
    int rc = py_dict_set_str(type->dict, d->name, descr);
    py_decref(descr);
    if (rc < 0) return -1;
  }
  py_type_modified();
  return 0;
}

int py_binding_install(Ref module) {
  if (binding::install_names() < 0 || binding::install_named_tuples(module) < 0) return -1;
  if (py_module_add_functions(module, binding::kTorchFunctions) < 0) return -1;
  // torch._C._nn: the kernels torch.nn.functional wraps (python_module: nn).
  Ref nn = py_module_new("torch._C._nn");
  if (!nn) return -1;
  int rc = py_module_add_functions(nn, binding::kNNFunctions);
  if (rc == 0) rc = py_module_add(module, "_nn", nn);
  py_decref(nn);
  if (rc < 0) return -1;
  return install_methods(&py_tensor_type, binding::kTensorMethods);
}

// ---------------------------------------------------------------------------
// Operators

// A Tensor operand, or a Python number as a wrapped number; false otherwise
// (with an exception set for an int beyond int64, as PyTorch's unpacking).
static bool operand(Ref obj, tensor::Tensor *out) {
  if (py_is_tensor(obj)) {
    *out = py_tensor_get(obj);
    return true;
  }
  tensor::Scalar s;
  if (py_is_bool(obj))
    s = tensor::Scalar(obj == py_True);
  else if (py_is_float(obj))
    s = tensor::Scalar(py_float_value(obj));
  else if (py_is_int(obj)) {
    int64_t v;
    if (py_int_as_i64(obj, &v) < 0) {
      py_err_set_str(&py_RuntimeError_type, "Overflow when unpacking long");
      return false;
    }
    s = tensor::Scalar(v);
  } else
    return false;
  *out = tensor::scalar_to_tensor(s);
  return out->defined();
}

// A Python number operand as a Scalar (pow's exponent / base).
static bool number(Ref obj, tensor::Scalar *out) {
  if (py_is_tensor(obj)) return false;
  tensor::Tensor t;
  if (!operand(obj, &t)) return false;
  *out = tensor::item(t);
  return true;
}

static tensor::Tensor apply(int op, const tensor::Tensor &a, const tensor::Tensor &b) {
  switch (op) {
  case BINOP_ADD: return tensor::add(a, b);
  case BINOP_SUB: return tensor::sub(a, b);
  case BINOP_MUL: return tensor::mul(a, b);
  case BINOP_TRUEDIV: return tensor::div(a, b);
  case BINOP_FLOORDIV: return tensor::div(a, b, tensor::RoundingMode::Floor);
  case BINOP_MOD: return tensor::remainder(a, b);
  case BINOP_POW: return tensor::pow(a, b);
  case BINOP_MATMUL: return tensor::matmul(a, b);
  case BINOP_AND: return tensor::bitwise_and(a, b);
  case BINOP_OR: return tensor::bitwise_or(a, b);
  case BINOP_XOR: return tensor::bitwise_xor(a, b);
  }
  return tensor::Tensor();
}

static bool apply_inplace(int op, const tensor::Tensor &a, const tensor::Tensor &b) {
  switch (op) {
  case BINOP_ADD: return tensor::add_(a, b);
  case BINOP_SUB: return tensor::sub_(a, b);
  case BINOP_MUL: return tensor::mul_(a, b);
  case BINOP_TRUEDIV: return tensor::div_(a, b);
  case BINOP_FLOORDIV: return tensor::div_(a, b, tensor::RoundingMode::Floor);
  case BINOP_MOD: return tensor::remainder_(a, b);
  case BINOP_POW: return tensor::pow_(a, b);
  case BINOP_AND: return tensor::bitwise_and_(a, b);
  case BINOP_OR: return tensor::bitwise_or_(a, b);
  case BINOP_XOR: return tensor::bitwise_xor_(a, b);
  }
  return false;
}

static bool has_kernel(int op) {
  return (op >= BINOP_ADD && op <= BINOP_MATMUL) || (op >= BINOP_AND && op <= BINOP_XOR);
}

// t ** 2 is pow.Tensor_Scalar, 2 ** t pow.Scalar (a Python number is not a
// wrapped-number tensor there).
static Ref pow_numbers(Ref a, Ref b, bool inplace) {
  tensor::Scalar s;
  tensor::clear_error();
  if (py_is_tensor(a) && number(b, &s)) {
    const tensor::Tensor &t = py_tensor_get(a);
    if (inplace) return py_tensor_done(tensor::pow_(t, s), a);
    tensor::Tensor r = tensor::pow(t, s);
    return py_tensor_result(r);
  }
  if (py_is_tensor(b) && number(a, &s)) {
    tensor::Tensor r = tensor::pow(s, py_tensor_get(b));
    return py_tensor_result(r);
  }
  return nullptr;
}

Ref py_tensor_binop(Ref a, Ref b, int op) {
  bool inplace = (op & BINOP_INPLACE) != 0;
  op &= ~BINOP_INPLACE;
  if (op == BINOP_POW && !(py_is_tensor(a) && py_is_tensor(b))) {
    if (Ref r = pow_numbers(a, b, inplace)) return r;
    if (py_err_occurred()) return nullptr;
  }
  // @ takes tensors only (PyTorch's TypeError becomes NotImplemented); @= is a @ b.
  if (op == BINOP_MATMUL && (!py_is_tensor(a) || !py_is_tensor(b))) return py_newref(py_NotImplemented);
  if (op == BINOP_MATMUL) inplace = false;
  tensor::Tensor ta, tb;
  if (!has_kernel(op) || !operand(a, &ta) || !operand(b, &tb)) {
    if (py_err_occurred()) return nullptr;
    return py_newref(py_NotImplemented);
  }
  tensor::clear_error();
  if (inplace && py_is_tensor(a))
    return py_tensor_done(apply_inplace(op, ta, tb), a);
  tensor::Tensor r = apply(op, ta, tb);
  return py_tensor_result(r);
}

Ref py_tensor_unop(Ref a, int op) {
  const tensor::Tensor &t = py_tensor_get(a);
  tensor::clear_error();
  tensor::Tensor r;
  switch (op) {
  case UNOP_NEG: r = tensor::neg(t); break;
  case UNOP_POS: r = tensor::alias(t); break;
  case UNOP_ABS: r = tensor::abs(t); break;
  case UNOP_INVERT:
    if (!tensor::is_integral(t.dtype(), true))
      return py_err_set_str(&py_TypeError_type, "~ (operator.invert) is only implemented on "
                                                "integer and Boolean-type tensors");
    r = tensor::bitwise_not(t);
    break;
  default: return py_newref(py_NotImplemented);
  }
  return py_tensor_result(r);
}

static const int kSwapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE}; // ORDER CMP

Ref py_tensor_richcompare(Ref a, Ref b, int op) {
  if (!py_is_tensor(a)) return py_tensor_richcompare(b, a, kSwapped[op]);
  tensor::Tensor ta = py_tensor_get(a), tb;
  if (!operand(b, &tb)) {
    if (py_err_occurred()) return nullptr;
    return py_newref(py_NotImplemented);
  }
  tensor::clear_error();
  tensor::Tensor r;
  switch (op) {
  case CMP_LT: r = tensor::lt(ta, tb); break;
  case CMP_LE: r = tensor::le(ta, tb); break;
  case CMP_EQ: r = tensor::eq(ta, tb); break;
  case CMP_NE: r = tensor::ne(ta, tb); break;
  case CMP_GT: r = tensor::gt(ta, tb); break;
  case CMP_GE: r = tensor::ge(ta, tb); break;
  }
  return py_tensor_result(r);
}
