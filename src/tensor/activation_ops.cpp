// Activation functions: relu6, hardtanh, leaky_relu, elu, selu, gelu, silu, mish,
// hardswish, hardsigmoid, softplus, with PyTorch's CPU formulas. Steps: dtype
// check -> iterator (resizes out) -> dtype switch over one lambda.
#include "tensor/pointwise_kernel.h"

#include <cmath>

namespace tensor {

// Runs f over a floating self in its own dtype; others raise `kernel`'s error.
template <class F>
static bool activation(const Tensor &self, Tensor &out, bool resizable, const char *kernel, F f) {
  if (!is_floating(self.dtype())) return not_implemented(kernel, self.dtype());
  if (!check_exact_out(out, self.dtype())) return false;
  return float_elementwise(self, out, resizable, self.dtype(), f);
}

// ---------------------------------------------------------------------------
// hardtanh and relu6: integral inputs too (PyTorch computes them with clamp).

static bool check_hardtanh(ScalarType t, Scalar min_val, Scalar max_val) {
  if (t == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "Bool inputs not supported for hardtanh");
  if (t == ScalarType::Byte && (min_val.to_long() < 0 || max_val.to_long() < 0))
    return fail(ErrorKind::RuntimeError,
                "cannot do hardtanh on an unsigned type with negative limits");
  return true;
}

static bool hardtanh_impl(const Tensor &self, Scalar min_val, Scalar max_val, Tensor &out,
                          bool resizable) {
  ScalarType dtype = self.dtype();
  if (!check_hardtanh(dtype, min_val, max_val) || !check_exact_out(out, dtype)) return false;
  return elementwise(&self, 1, out, resizable, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (!std::is_same<T, bool>::value) {
        C lo = is_float_v<T> ? C(min_val.to_double()) : C(min_val.to_long());
        C hi = is_float_v<T> ? C(max_val.to_double()) : C(max_val.to_long());
        run_pointwise<T, T, 1>(it, [=](C x) { return x < lo ? lo : x > hi ? hi : x; });
      }
    });
    return true;
  });
}

static bool relu6_impl(const Tensor &self, Tensor &out, bool resizable) {
  return hardtanh_impl(self, Scalar(int64_t(0)), Scalar(int64_t(6)), out, resizable);
}

// ---------------------------------------------------------------------------
// Floating-only activations

static bool leaky_relu_impl(const Tensor &self, Scalar negative_slope, Tensor &out,
                            bool resizable) {
  double slope = negative_slope.to_double();
  return activation(self, out, resizable, "leaky_relu_cpu", [slope](auto x) {
    using C = decltype(x);
    return x > C(0) ? x : x * C(slope);
  });
}

// x * scale for x > 0, else (exp(x * input_scale) - 1) * alpha * scale; exp - 1
// rather than expm1, as PyTorch 1.13 (so -0.0 gives +0.0).
static bool elu_impl(const Tensor &self, Scalar alpha, Scalar scale, Scalar input_scale,
                     Tensor &out, bool resizable) {
  double neg = alpha.to_double() * scale.to_double(), pos = scale.to_double();
  double in = input_scale.to_double();
  return activation(self, out, resizable, "elu_cpu", [=](auto x) {
    using C = decltype(x);
    return x <= C(0) ? (std::exp(x * C(in)) - C(1)) * C(neg) : x * C(pos);
  });
}

static bool selu_impl(const Tensor &self, Tensor &out, bool resizable) {
  const double alpha = 1.6732632423543772848170429916717;
  const double scale = 1.0507009873554804934193349852946;
  return elu_impl(self, alpha, scale, 1, out, resizable);
}

// 'none': x * Phi(x) through erf; 'tanh': PyTorch's tanh approximation.
static bool gelu_impl(const Tensor &self, GeluApproximate approximate, Tensor &out,
                      bool resizable) {
  if (approximate == GeluApproximate::Tanh)
    return activation(self, out, resizable, "GeluKernelImpl", [](auto x) {
      using C = decltype(x);
      const C beta = C(M_SQRT2 * M_2_SQRTPI * 0.5), kappa = C(0.044715);
      C inner = beta * (x + kappa * x * x * x);
      return C(0.5) * x * (C(1) + std::tanh(inner));
    });
  return activation(self, out, resizable, "GeluKernelImpl", [](auto x) {
    using C = decltype(x);
    return x * C(0.5) * (C(1) + std::erf(x * C(M_SQRT1_2)));
  });
}

static bool silu_impl(const Tensor &self, Tensor &out, bool resizable) {
  return activation(self, out, resizable, "silu_cpu", [](auto x) {
    using C = decltype(x);
    return x / (C(1) + std::exp(-x));
  });
}

static bool mish_impl(const Tensor &self, Tensor &out, bool resizable) {
  return activation(self, out, resizable, "mish_cpu",
                    [](auto x) { return x * std::tanh(std::log1p(std::exp(x))); });
}

// relu6(x + 3) / 6, the hard sigmoid; hardswish multiplies it by x.
template <class C> static C hard_sigmoid(C x) {
  C y = x + C(3);
  y = y < C(0) ? C(0) : y > C(6) ? C(6) : y;
  return y / C(6);
}

static bool hardsigmoid_impl(const Tensor &self, Tensor &out, bool resizable) {
  return activation(self, out, resizable, "hardsigmoid_cpu",
                    [](auto x) { return hard_sigmoid(x); });
}

static bool hardswish_impl(const Tensor &self, Tensor &out, bool resizable) {
  return activation(self, out, resizable, "hardswish_cpu", [](auto x) {
    using C = decltype(x);
    C y = x + C(3);
    y = y < C(0) ? C(0) : y > C(6) ? C(6) : y;
    return x * y / C(6);
  });
}

// Linear above the threshold (in units of x * beta), where exp would overflow.
static bool softplus_impl(const Tensor &self, Scalar beta, Scalar threshold, Tensor &out,
                          bool resizable) {
  double b = beta.to_double(), t = threshold.to_double();
  return activation(self, out, resizable, "softplus_cpu", [b, t](auto x) {
    using C = decltype(x);
    return x * C(b) > C(t) ? x : std::log1p(std::exp(x * C(b))) / C(b);
  });
}

// ---------------------------------------------------------------------------
// Public forms

TENSOR_POINTWISE_FORMS(hardtanh, TENSOR_COMMA Scalar min_val TENSOR_COMMA Scalar max_val,
                       TENSOR_COMMA min_val TENSOR_COMMA max_val)
TENSOR_POINTWISE_FORMS(leaky_relu, TENSOR_COMMA Scalar negative_slope, TENSOR_COMMA negative_slope)
TENSOR_POINTWISE_FORMS(
    elu, TENSOR_COMMA Scalar alpha TENSOR_COMMA Scalar scale TENSOR_COMMA Scalar input_scale,
    TENSOR_COMMA alpha TENSOR_COMMA scale TENSOR_COMMA input_scale)
TENSOR_POINTWISE_FORMS(gelu, TENSOR_COMMA GeluApproximate approximate, TENSOR_COMMA approximate)

Tensor softplus(const Tensor &self, Scalar beta, Scalar threshold) {
  Tensor out;
  return softplus_impl(self, beta, threshold, out, true) ? out : Tensor();
}
bool softplus_out(const Tensor &self, Scalar beta, Scalar threshold, Tensor &out) {
  return softplus_impl(self, beta, threshold, out, true);
}

// ORDER UNARY POINTWISE: the activation part of the list in pointwise.h.
TENSOR_POINTWISE_FORMS(relu6, , )
TENSOR_POINTWISE_FORMS(selu, , )
TENSOR_POINTWISE_FORMS(silu, , )
TENSOR_POINTWISE_FORMS(mish, , )
TENSOR_POINTWISE_FORMS(hardswish, , )
TENSOR_POINTWISE_FORMS(hardsigmoid, , )

} // namespace tensor
