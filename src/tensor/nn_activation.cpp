// Activations of torch.nn.functional beyond activation_ops.cpp's: log_sigmoid,
// softshrink, hardshrink, celu, threshold, logit, erf/erfc, glu, prelu and
// rrelu's evaluation form, with PyTorch 1.13's CPU formulas, dtype rules and
// messages. Same steps as pointwise_kernel.h's ops.
#include "tensor/nn_ops.h"

#include "tensor/pointwise_kernel.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace tensor {
namespace {

// f over a floating self in its own dtype; other dtypes raise kernel's error.
template <class F>
bool floating_only(const Tensor &self, Tensor &out, bool resizable, const char *kernel, F f) {
  if (!is_floating(self.dtype())) return not_implemented(kernel, self.dtype());
  if (!check_exact_out(out, self.dtype())) return false;
  return float_elementwise(self, out, resizable, self.dtype(), f);
}

bool log_sigmoid_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (out && is_floating(self.dtype()) && out.dtype() != self.dtype())
    return fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
                scalar_type_name(self.dtype()), scalar_type_name(out.dtype()));
  return floating_only(self, out, resizable, "log_sigmoid_cpu", [](auto x) {
    using C = decltype(x);
    C lo = x < C(0) ? x : C(0);
    return lo - std::log1p(std::exp(-std::fabs(x)));
  });
}

bool softshrink_impl(const Tensor &self, Scalar lambd, Tensor &out, bool resizable) {
  double l = lambd.to_double();
  if (l < 0)
    return fail(ErrorKind::RuntimeError,
                "lambda must be greater or equal to 0, but found to be %g.", l);
  return floating_only(self, out, resizable, "softshrink_cpu", [l](auto x) {
    using C = decltype(x);
    return x > C(l) ? x - C(l) : x < -C(l) ? x + C(l) : C(0);
  });
}

bool hardshrink_impl(const Tensor &self, Scalar lambd, Tensor &out, bool resizable) {
  double l = lambd.to_double();
  return floating_only(self, out, resizable, "hardshrink_cpu", [l](auto x) {
    using C = decltype(x);
    return x >= -C(l) && x <= C(l) ? C(0) : x;
  });
}

// x <= threshold ? value : x in self's dtype (threshold and value converted to it).
bool threshold_impl(const Tensor &self, Scalar threshold, Scalar value, Tensor &out,
                    bool resizable) {
  if (self.dtype() == ScalarType::Bool) return not_implemented("threshold_cpu", self.dtype());
  return same_type_op(self, out, resizable, [threshold, value](auto x) {
    using C = decltype(x);
    constexpr bool fp = std::is_floating_point<C>::value;
    C th = fp ? C(threshold.to_double()) : C(threshold.to_long());
    C v = fp ? C(value.to_double()) : C(value.to_long());
    return x <= th ? v : x;
  });
}

// A negative eps (or None) means no clamping, as PyTorch's kernel.
bool logit_impl(const Tensor &self, const double *eps, Tensor &out, bool resizable) {
  double e = eps ? *eps : -1.0;
  return float_op(self, out, resizable, [e](auto x) {
    using C = decltype(x);
    if (e >= 0) x = x < C(e) ? C(e) : x > C(1 - e) ? C(1 - e) : x;
    return std::log(x / (C(1) - x));
  });
}

bool erf_impl(const Tensor &self, Tensor &out, bool resizable) {
  return float_op(self, out, resizable, [](auto x) { return std::erf(x); });
}

bool erfc_impl(const Tensor &self, Tensor &out, bool resizable) {
  return float_op(self, out, resizable, [](auto x) { return std::erfc(x); });
}

bool celu_check(Scalar alpha) {
  if (alpha.to_double() != 0) return true;
  return fail(ErrorKind::RuntimeError, "ZeroDivisionError: alpha cannot be 0 for CELU");
}

// Two broadcastable floating inputs of a's dtype through f; out= may be of any
// dtype the result casts to.
template <class F>
bool binary_float(const Tensor &a, const Tensor &b, Tensor &out, const char *kernel, F f) {
  ScalarType t = a.dtype();
  if (!is_floating(t)) return not_implemented(kernel, t);
  Tensor inputs[2] = {a, b};
  return elementwise(inputs, 2, out, true, t, t, [&](const ElementwiseIter &it) {
    dispatch_all(t, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (is_float_v<T>) run_pointwise<T, T, 2>(it, f);
    });
    return true;
  });
}

bool glu_impl(const Tensor &self, int64_t dim, Tensor &out) {
  if (self.dim() == 0)
    return fail(ErrorKind::RuntimeError, "glu does not support 0-dimensional tensors");
  if (!wrap_dim(&dim, self.dim(), false)) return false;
  int64_t n = self.size(dim);
  if (n % 2 != 0)
    return fail(ErrorKind::RuntimeError,
                "Halving dimension must be even, but dimension %lld is size %lld",
                static_cast<long long>(dim), static_cast<long long>(n));
  Tensor a = narrow(self, dim, 0, n / 2), b = narrow(self, dim, n / 2, n / 2);
  if (!a || !b) return false;
  return binary_float(a, b, out, "glu_cpu", [](auto x, auto g) {
    using C = decltype(x);
    return x * (C(1) / (C(1) + std::exp(-g)));
  });
}

// weight viewed to broadcast along dim 1 of self (or as a scalar).
Tensor prelu_weight(const Tensor &self, const Tensor &weight) {
  if (weight.dim() > 1) {
    fail(ErrorKind::RuntimeError,
         "prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = %lld",
         static_cast<long long>(weight.dim()));
    return Tensor();
  }
  int64_t n = weight.numel(), nd = self.dim();
  if (n == 1) return reshape(weight, {});
  if (nd == 0) {
    fail(ErrorKind::RuntimeError, "Not allow zero-dim input tensor.");
    return Tensor();
  }
  int64_t channels = nd > 1 ? self.size(1) : 1;
  if (channels != n) {
    fail(ErrorKind::RuntimeError,
         "Mismatch of parameter numbers and input channel size. Found parameter numbers = %lld "
         "and channel size = %lld.",
         static_cast<long long>(n), static_cast<long long>(channels));
    return Tensor();
  }
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d < nd - 1; d++) shape[d] = d == 0 ? n : 1;
  return reshape(weight, IntArrayRef(shape, static_cast<size_t>(nd - 1)));
}

bool gelu_mode(const char *s, GeluApproximate *mode) {
  if (strcmp(s, "none") == 0)
    *mode = GeluApproximate::None;
  else if (strcmp(s, "tanh") == 0)
    *mode = GeluApproximate::Tanh;
  else
    return fail(ErrorKind::RuntimeError, "approximate argument must be either none or tanh.");
  return true;
}

} // namespace

Tensor gelu(const Tensor &self, const char *approximate) {
  GeluApproximate m = GeluApproximate::None;
  return gelu_mode(approximate, &m) ? gelu(self, m) : Tensor();
}
bool gelu_out(const Tensor &self, const char *approximate, Tensor &out) {
  GeluApproximate m = GeluApproximate::None;
  return gelu_mode(approximate, &m) && gelu_out(self, m, out);
}
bool gelu_(const Tensor &self, const char *approximate) {
  GeluApproximate m = GeluApproximate::None;
  return gelu_mode(approximate, &m) && gelu_(self, m);
}

Tensor log_sigmoid(const Tensor &self) {
  Tensor out;
  return log_sigmoid_impl(self, out, true) ? out : Tensor();
}
bool log_sigmoid_out(const Tensor &self, Tensor &out) { return log_sigmoid_impl(self, out, true); }

Tensor softshrink(const Tensor &self, Scalar lambd) {
  Tensor out;
  return softshrink_impl(self, lambd, out, true) ? out : Tensor();
}
bool softshrink_out(const Tensor &self, Scalar lambd, Tensor &out) {
  return softshrink_impl(self, lambd, out, true);
}

Tensor hardshrink(const Tensor &self, Scalar lambd) {
  Tensor out;
  return hardshrink_impl(self, lambd, out, true) ? out : Tensor();
}
bool hardshrink_out(const Tensor &self, Scalar lambd, Tensor &out) {
  return hardshrink_impl(self, lambd, out, true);
}

// celu(x, alpha) is elu(x, alpha, scale=1, input_scale=1/alpha).
Tensor celu(const Tensor &self, Scalar alpha) {
  return celu_check(alpha) ? elu(self, alpha, 1, 1.0 / alpha.to_double()) : Tensor();
}
bool celu_(const Tensor &self, Scalar alpha) {
  return celu_check(alpha) && elu_(self, alpha, 1, 1.0 / alpha.to_double());
}

TENSOR_POINTWISE_FORMS(threshold, TENSOR_COMMA Scalar threshold TENSOR_COMMA Scalar value,
                       TENSOR_COMMA threshold TENSOR_COMMA value)
TENSOR_POINTWISE_FORMS(logit, TENSOR_COMMA const double *eps, TENSOR_COMMA eps)
TENSOR_POINTWISE_FORMS(erf, , )
TENSOR_POINTWISE_FORMS(erfc, , )

Tensor glu(const Tensor &self, int64_t dim) {
  Tensor out;
  return glu_impl(self, dim, out) ? out : Tensor();
}
bool glu_out(const Tensor &self, int64_t dim, Tensor &out) { return glu_impl(self, dim, out); }

Tensor prelu(const Tensor &self, const Tensor &weight) {
  Tensor w = prelu_weight(self, weight);
  if (!w) return Tensor();
  if (w.dtype() != self.dtype()) {
    fail(ErrorKind::RuntimeError, "Found dtype %s but expected %s", scalar_type_name(w.dtype()),
         scalar_type_name(self.dtype()));
    return Tensor();
  }
  Tensor out;
  bool ok = binary_float(self, w, out, "prelu_cpu", [](auto x, auto a) {
    using C = decltype(x);
    return x > C(0) ? x : a * x;
  });
  return ok ? out : Tensor();
}

Tensor rrelu(const Tensor &self, Scalar lower, Scalar upper, bool training) {
  if (training) {
    fail(ErrorKind::NotImplementedError, "rrelu: training=True (random slopes) is not supported");
    return Tensor();
  }
  return leaky_relu(self, (lower.to_double() + upper.to_double()) / 2);
}

bool rrelu_(const Tensor &self, Scalar lower, Scalar upper, bool training) {
  if (training)
    return fail(ErrorKind::NotImplementedError,
                "rrelu: training=True (random slopes) is not supported");
  return leaky_relu_(self, (lower.to_double() + upper.to_double()) / 2);
}

} // namespace tensor
