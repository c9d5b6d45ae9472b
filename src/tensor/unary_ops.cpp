// Unary pointwise ops. Same steps as binary_ops.cpp: result dtype -> checks ->
// iterator (resizes out) -> dtype switch over one lambda.
#include "tensor/iterator.h"

#include <cmath>
#include <type_traits>

namespace tensor {

static bool not_for_bool(ScalarType t, const char *kernel) {
  if (t != ScalarType::Bool) return true;
  return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for 'Bool'", kernel);
}

// Runs f elementwise from self (converted to `dtype`) into out (of `dtype`).
template <class F>
static bool unary_run(const Tensor &self, Tensor &out, bool resizable, ScalarType dtype, F f) {
  if (out && !check_can_cast(dtype, out.dtype())) return false;
  ElementwiseIter it;
  if (!it.build(out, resizable, dtype, &self, 1, dtype)) return false;
  dispatch_all(dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same<T, bool>::value) run_pointwise<T, T, 1>(it, f);
  });
  return it.finish();
}

// Ops that keep the dtype (bool refused before this point); PyTorch wants out=
// of exactly that dtype here.
template <class F> static bool same_type_op(const Tensor &self, Tensor &out, bool resizable, F f) {
  if (out && out.dtype() != self.dtype())
    return fail(ErrorKind::RuntimeError, "Found dtype %s but expected %s",
                scalar_type_name(out.dtype()), scalar_type_name(self.dtype()));
  return unary_run(self, out, resizable, self.dtype(), f);
}

// Floating ops: integral and bool inputs compute in the default dtype.
template <class F> static bool float_op(const Tensor &self, Tensor &out, bool resizable, F f) {
  ScalarType dtype = is_floating(self.dtype()) ? self.dtype() : default_dtype();
  return unary_run(self, out, resizable, dtype, f);
}

static bool neg_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (self.dtype() == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
                "to invert a mask, use the `~` or `logical_not()` operator instead.");
  return same_type_op(self, out, resizable, [](auto x) { return -x; });
}

static bool abs_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (!not_for_bool(self.dtype(), "abs_cpu")) return false;
  return same_type_op(self, out, resizable, [](auto x) { return x < 0 ? -x : x; });
}

// max(x, 0), keeping NaN (NaN < 0 is false).
static bool relu_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (self.dtype() == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "Boolean inputs not supported for relu");
  return same_type_op(self, out, resizable, [](auto x) { return x < 0 ? decltype(x)(0) : x; });
}

#define TENSOR_FLOAT_OP(name, expr)                                                                \
  static bool name##_impl(const Tensor &self, Tensor &out, bool resizable) {                       \
    return float_op(self, out, resizable, [](auto x) { return expr; });                            \
  }
TENSOR_FLOAT_OP(exp, std::exp(x))
TENSOR_FLOAT_OP(log, std::log(x))
TENSOR_FLOAT_OP(sqrt, std::sqrt(x))
TENSOR_FLOAT_OP(sin, std::sin(x))
TENSOR_FLOAT_OP(cos, std::cos(x))
TENSOR_FLOAT_OP(tanh, std::tanh(x))
TENSOR_FLOAT_OP(sigmoid, decltype(x)(1) / (decltype(x)(1) + std::exp(-x)))
#undef TENSOR_FLOAT_OP

// ORDER UNARY OP: the list in tensor.h.
#define TENSOR_UNARY_FORMS(name)                                                                   \
  Tensor name(const Tensor &self) {                                                                \
    Tensor out;                                                                                    \
    return name##_impl(self, out, true) ? out : Tensor();                                          \
  }                                                                                                \
  bool name##_out(const Tensor &self, Tensor &out) { return name##_impl(self, out, true); }        \
  bool name##_(const Tensor &self) {                                                               \
    Tensor out = self;                                                                             \
    return name##_impl(self, out, false);                                                          \
  }
TENSOR_FORALL_UNARY_OPS(TENSOR_UNARY_FORMS)
#undef TENSOR_UNARY_FORMS

} // namespace tensor
