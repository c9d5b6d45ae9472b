// More pointwise ops (math_ops.cpp, activation_ops.cpp, logical_ops.cpp), with
// the forms and conventions of tensor.h's pointwise section:
//   Tensor op(args)                 a new result (null + error on failure)
//   bool op_out(args, Tensor &out)  out= (out may be undefined, is resized)
//   bool op_(self, args)            in place (self's shape and dtype kept)
// Python numbers are passed as scalar_to_tensor(...) where PyTorch's schema takes
// a Tensor; Scalar parameters are the schema's Scalar arguments.
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// Binary ops over (Tensor, Tensor), broadcast and promoted with result_type.
// true_divide/atan2 compute integers in the default dtype; floor_divide,
// remainder and fmod raise "ZeroDivisionError" for an integer divisor of 0;
// logical_* give Bool; bitwise_* take integral or bool operands only.
// _(name)                                                     ORDER BINARY POINTWISE
#define TENSOR_FORALL_POINTWISE_BINARY_OPS(_)                                                      \
  _(true_divide)                                                                                   \
  _(floor_divide)                                                                                  \
  _(remainder)                                                                                     \
  _(fmod)                                                                                          \
  _(pow)                                                                                           \
  _(atan2)                                                                                         \
  _(maximum)                                                                                       \
  _(minimum)                                                                                       \
  _(logical_and)                                                                                   \
  _(logical_or)                                                                                    \
  _(logical_xor)                                                                                   \
  _(bitwise_and)                                                                                   \
  _(bitwise_or)                                                                                    \
  _(bitwise_xor)
#define TENSOR_DECLARE_BINARY(name)                                                                \
  Tensor name(const Tensor &a, const Tensor &b);                                                   \
  bool name##_out(const Tensor &a, const Tensor &b, Tensor &out);                                  \
  bool name##_(const Tensor &self, const Tensor &b);
TENSOR_FORALL_POINTWISE_BINARY_OPS(TENSOR_DECLARE_BINARY)
#undef TENSOR_DECLARE_BINARY

// pow.Tensor_Scalar: an integral self refuses a negative integral exponent
// ("Integers to negative integer powers are not allowed.").
Tensor pow(const Tensor &self, Scalar exponent);
bool pow_out(const Tensor &self, Scalar exponent, Tensor &out);
bool pow_(const Tensor &self, Scalar exponent);
// pow.Scalar: a Python number raised to each element.
Tensor pow(Scalar self, const Tensor &exponent);
bool pow_out(Scalar self, const Tensor &exponent, Tensor &out);

// Unary ops. exp2..cosh and reciprocal compute integral and bool inputs in the
// default dtype; floor/ceil/round/trunc keep integers as they are; activations
// and frac take floating inputs only; square of bool is Long (pow(x, 2)).
// round is PyTorch's round-half-to-even (decimals=0).
// _(name)                                                      ORDER UNARY POINTWISE
#define TENSOR_FORALL_POINTWISE_UNARY_OPS(_)                                                       \
  _(sign)                                                                                          \
  _(exp2)                                                                                          \
  _(expm1)                                                                                         \
  _(log2)                                                                                          \
  _(log10)                                                                                         \
  _(log1p)                                                                                         \
  _(rsqrt)                                                                                         \
  _(tan)                                                                                           \
  _(asin)                                                                                          \
  _(acos)                                                                                          \
  _(atan)                                                                                          \
  _(sinh)                                                                                          \
  _(cosh)                                                                                          \
  _(floor)                                                                                         \
  _(ceil)                                                                                          \
  _(round)                                                                                         \
  _(trunc)                                                                                         \
  _(frac)                                                                                          \
  _(reciprocal)                                                                                    \
  _(square)                                                                                        \
  _(relu6)                                                                                         \
  _(selu)                                                                                          \
  _(silu)                                                                                          \
  _(mish)                                                                                          \
  _(hardswish)                                                                                     \
  _(hardsigmoid)                                                                                   \
  _(logical_not)                                                                                   \
  _(bitwise_not)
#define TENSOR_DECLARE_UNARY(name)                                                                 \
  Tensor name(const Tensor &self);                                                                 \
  bool name##_out(const Tensor &self, Tensor &out);                                                \
  bool name##_(const Tensor &self);
TENSOR_FORALL_POINTWISE_UNARY_OPS(TENSOR_DECLARE_UNARY)
#undef TENSOR_DECLARE_UNARY

// Predicates: the result is Bool (no in-place form).
// _(name)                                                          ORDER PREDICATE
#define TENSOR_FORALL_PREDICATES(_) _(isnan) _(isinf) _(isfinite)
#define TENSOR_DECLARE_PREDICATE(name)                                                             \
  Tensor name(const Tensor &self);                                                                 \
  bool name##_out(const Tensor &self, Tensor &out);
TENSOR_FORALL_PREDICATES(TENSOR_DECLARE_PREDICATE)
#undef TENSOR_DECLARE_PREDICATE

// Activations with parameters (PyTorch's defaults).
Tensor leaky_relu(const Tensor &self, Scalar negative_slope = 0.01);
bool leaky_relu_out(const Tensor &self, Scalar negative_slope, Tensor &out);
bool leaky_relu_(const Tensor &self, Scalar negative_slope = 0.01);
Tensor elu(const Tensor &self, Scalar alpha = 1, Scalar scale = 1, Scalar input_scale = 1);
bool elu_out(const Tensor &self, Scalar alpha, Scalar scale, Scalar input_scale, Tensor &out);
bool elu_(const Tensor &self, Scalar alpha = 1, Scalar scale = 1, Scalar input_scale = 1);
enum class GeluApproximate : uint8_t { None, Tanh }; // approximate='none' | 'tanh'
Tensor gelu(const Tensor &self, GeluApproximate approximate = GeluApproximate::None);
bool gelu_out(const Tensor &self, GeluApproximate approximate, Tensor &out);
bool gelu_(const Tensor &self, GeluApproximate approximate = GeluApproximate::None);
Tensor hardtanh(const Tensor &self, Scalar min_val = -1, Scalar max_val = 1);
bool hardtanh_out(const Tensor &self, Scalar min_val, Scalar max_val, Tensor &out);
bool hardtanh_(const Tensor &self, Scalar min_val = -1, Scalar max_val = 1);
Tensor softplus(const Tensor &self, Scalar beta = 1, Scalar threshold = 20);
bool softplus_out(const Tensor &self, Scalar beta, Scalar threshold, Tensor &out);

// clamp(self, min, max): a null pointer / undefined Tensor is None; at least one
// must be given. The result dtype is result_type over self, min and max.
Tensor clamp(const Tensor &self, const Scalar *min, const Scalar *max);
bool clamp_out(const Tensor &self, const Scalar *min, const Scalar *max, Tensor &out);
bool clamp_(const Tensor &self, const Scalar *min, const Scalar *max);
Tensor clamp(const Tensor &self, const Tensor &min, const Tensor &max);
bool clamp_out(const Tensor &self, const Tensor &min, const Tensor &max, Tensor &out);
bool clamp_(const Tensor &self, const Tensor &min, const Tensor &max);
// torch.clip is clamp under another name.
inline Tensor clip(const Tensor &self, const Scalar *min, const Scalar *max) {
  return clamp(self, min, max);
}
inline Tensor clip(const Tensor &self, const Tensor &min, const Tensor &max) {
  return clamp(self, min, max);
}

// self + weight * (end - self); floating dtypes only, all operands of one dtype.
Tensor lerp(const Tensor &self, const Tensor &end, Scalar weight);
bool lerp_out(const Tensor &self, const Tensor &end, Scalar weight, Tensor &out);
bool lerp_(const Tensor &self, const Tensor &end, Scalar weight);
Tensor lerp(const Tensor &self, const Tensor &end, const Tensor &weight);
bool lerp_out(const Tensor &self, const Tensor &end, const Tensor &weight, Tensor &out);
bool lerp_(const Tensor &self, const Tensor &end, const Tensor &weight);

// NaN and infinities replaced; null means PyTorch's default (0, the dtype's
// largest and lowest finite values). Integral tensors are copied unchanged.
Tensor nan_to_num(const Tensor &self, const double *nan, const double *posinf,
                  const double *neginf);
bool nan_to_num_out(const Tensor &self, const double *nan, const double *posinf,
                    const double *neginf, Tensor &out);
bool nan_to_num_(const Tensor &self, const double *nan, const double *posinf, const double *neginf);

// self where mask is false, value where it is true; mask is Bool and broadcasts
// (to self's shape in place). A Tensor value must be 0-dim.
Tensor masked_fill(const Tensor &self, const Tensor &mask, Scalar value);
bool masked_fill_(const Tensor &self, const Tensor &mask, Scalar value);
Tensor masked_fill(const Tensor &self, const Tensor &mask, const Tensor &value);
bool masked_fill_(const Tensor &self, const Tensor &mask, const Tensor &value);

} // namespace tensor
