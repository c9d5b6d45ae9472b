// Unary pointwise ops (ORDER UNARY OP in tensor.h), on pointwise_kernel.h's
// shared steps like every pointwise kernel.
//
// Note [Float results against PyTorch's vectorised kernels]
// exp, log, sin, cos, tanh and sigmoid call the C library, as PyTorch's scalar
// kernels (ATEN_CPU_CAPABILITY=default) do; with those we agreed bit for bit.
// PyTorch's vectorised builds (AVX2 here) use Sleef's 1-ulp functions instead,
// for float32 and float64 alike. Against those, over [-20, 20] (test_unary.cpp,
// UlpsFromPyTorch), we differ by at most 1 ulp (exp, log, sin, cos), 2 (tanh,
// float64 sigmoid) or 4 (float32 sigmoid), and NaN signs may differ. No cheap
// formula reproduces Sleef (computing in double gives the correctly rounded
// result, which is glibc's already; our sigmoid formula is PyTorch's), so we
// keep the C library rather than port Sleef per dtype.
#include "tensor/pointwise_kernel.h"

#include <cmath>

namespace tensor {

static bool neg_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (self.dtype() == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
                "to invert a mask, use the `~` or `logical_not()` operator instead.");
  return same_type_op(self, out, resizable, [](auto x) { return -x; });
}

// fabs for floats: PyTorch clears the sign bit, so abs(-0.0) is 0.0 and NaNs
// come out positive.
static bool abs_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (self.dtype() == ScalarType::Bool) return not_implemented("abs_cpu", self.dtype());
  return same_type_op(self, out, resizable, [](auto x) {
    if constexpr (std::is_floating_point<decltype(x)>::value)
      return std::fabs(x);
    else
      return x < 0 ? -x : x;
  });
}

// max(x, 0), keeping NaN (NaN < 0 is false) and -0.0, as PyTorch's clamp_min.
static bool relu_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (self.dtype() == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "Boolean inputs not supported for relu");
  return same_type_op(self, out, resizable, [](auto x) { return x < 0 ? decltype(x)(0) : x; });
}

// See Note [Float results against PyTorch's vectorised kernels].
TENSOR_FLOAT_OP(exp, std::exp(x))
TENSOR_FLOAT_OP(log, std::log(x))
TENSOR_FLOAT_OP(sqrt, std::sqrt(x))
TENSOR_FLOAT_OP(sin, std::sin(x))
TENSOR_FLOAT_OP(cos, std::cos(x))
TENSOR_FLOAT_OP(tanh, std::tanh(x))
TENSOR_FLOAT_OP(sigmoid, decltype(x)(1) / (decltype(x)(1) + std::exp(-x)))

// ORDER UNARY OP: the list in tensor.h.
#define TENSOR_UNARY_FORMS(name) TENSOR_POINTWISE_FORMS(name, , )
TENSOR_FORALL_UNARY_OPS(TENSOR_UNARY_FORMS)
#undef TENSOR_UNARY_FORMS

} // namespace tensor
