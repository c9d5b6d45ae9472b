// Arithmetic binary ops: add, sub, mul, div. Each op follows the same steps:
// common dtype -> checks -> build the iterator (resizes out) -> compute dtype ->
// dtype switch over one lambda. The public functional/out=/in-place forms are
// thin wrappers over one *_impl each.
#include "tensor/iterator.h"

#include <cmath>
#include <type_traits>

namespace tensor {

// PyTorch's alpha_check: alpha must fit the result's category.
static bool check_alpha(ScalarType dtype, Scalar alpha) {
  if (alpha.is_bool() && dtype != ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "Boolean alpha only supported for Boolean results.");
  if (!is_floating(dtype) && alpha.is_floating())
    return fail(ErrorKind::RuntimeError,
                "For integral input tensors, argument alpha must not be a floating point number.");
  return true;
}

static bool check_out(const Tensor &out, ScalarType result) {
  return !out || out.dtype() == result || check_can_cast(result, out.dtype());
}

// a + alpha * b in `common`, for add and (with -alpha) sub.
static bool add_kernel(const Tensor &a, const Tensor &b, Scalar alpha, Tensor &out, bool resizable,
                       ScalarType common) {
  if (!check_out(out, common)) return false;
  const Tensor inputs[2] = {a, b};
  ElementwiseIter it;
  if (!it.build(out, resizable, common, inputs, 2, common)) return false;
  if (!check_alpha(common, alpha)) return false;
  dispatch_all(common, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    C k = alpha.is_floating() ? static_cast<C>(alpha.d) : static_cast<C>(alpha.to_long());
    if (k == C(1))
      run_pointwise<T, T, 2>(it, [](C x, C y) { return x + y; });
    else
      run_pointwise<T, T, 2>(it, [k](C x, C y) { return x + k * y; });
  });
  return it.finish();
}

static bool add_impl(const Tensor &a, const Tensor &b, Scalar alpha, Tensor &out, bool resizable) {
  return add_kernel(a, b, alpha, out, resizable, result_type(a, b));
}

static bool check_sub_bool(const Tensor &a, const Tensor &b) {
  bool ab = a.dtype() == ScalarType::Bool, bb = b.dtype() == ScalarType::Bool;
  if (ab && bb)
    return fail(ErrorKind::RuntimeError,
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the "
                "`^` or `logical_xor()` operator instead.");
  if (ab || bb)
    return fail(ErrorKind::RuntimeError,
                "Subtraction, the `-` operator, with a bool tensor is not supported. If you are "
                "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
  return true;
}

static Scalar negate(Scalar s) {
  if (s.is_floating()) return Scalar(-s.d);
  return Scalar(-s.to_long());
}

static bool sub_impl(const Tensor &a, const Tensor &b, Scalar alpha, Tensor &out, bool resizable) {
  if (!check_sub_bool(a, b)) return false;
  if (alpha.is_bool()) return check_alpha(result_type(a, b), alpha);
  return add_kernel(a, b, negate(alpha), out, resizable, result_type(a, b));
}

static bool mul_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  ScalarType common = result_type(a, b);
  if (!check_out(out, common)) return false;
  const Tensor inputs[2] = {a, b};
  ElementwiseIter it;
  if (!it.build(out, resizable, common, inputs, 2, common)) return false;
  dispatch_all(common, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same<T, bool>::value)
      run_pointwise<T, T, 2>(it, [](bool x, bool y) { return x && y; });
    else
      run_pointwise<T, T, 2>(it, [](compute_t<T> x, compute_t<T> y) { return x * y; });
  });
  return it.finish();
}

// ---------------------------------------------------------------------------
// Division

// Python's floor division for floats: exact when a - fmod(a, b) divides evenly,
// and -0.0 kept where the true quotient is a negative zero.
template <class C> static C floor_divide_float(C a, C b) {
  if (b == 0) return a / b;
  C mod = std::fmod(a, b);
  C div = (a - mod) / b;
  if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
  if (div == 0) return std::copysign(C(0), a / b);
  C floored = std::floor(div);
  if (div - floored > C(0.5)) floored += 1;
  return floored;
}

template <class C> static C floor_divide_int(C a, C b) {
  if ((a < 0) != (b < 0)) {
    C q = static_cast<C>(a / b);
    return a % b ? static_cast<C>(q - 1) : q;
  }
  return static_cast<C>(a / b);
}

// Integer division by zero is an error in PyTorch, found while computing.
template <class T> static bool divide_integers(const ElementwiseIter &it, RoundingMode mode) {
  bool by_zero = false;
  run_pointwise<T, T, 2>(it, [&](T a, T b) {
    if (b == 0) {
      by_zero = true;
      return T(0);
    }
    return mode == RoundingMode::Floor ? floor_divide_int<T>(a, b) : static_cast<T>(a / b);
  });
  return by_zero ? fail(ErrorKind::RuntimeError, "ZeroDivisionError") : true;
}

template <class T> static void divide_floats(const ElementwiseIter &it, RoundingMode mode) {
  using C = compute_t<T>;
  if (mode == RoundingMode::None)
    run_pointwise<T, T, 2>(it, [](C a, C b) { return a / b; });
  else if (mode == RoundingMode::Trunc)
    run_pointwise<T, T, 2>(it, [](C a, C b) { return std::trunc(a / b); });
  else
    run_pointwise<T, T, 2>(it, [](C a, C b) { return floor_divide_float<C>(a, b); });
}

static bool div_impl(const Tensor &a, const Tensor &b, RoundingMode mode, Tensor &out,
                     bool resizable) {
  ScalarType common = result_type(a, b);
  // True division of integers is floating.
  if (mode == RoundingMode::None && !is_floating(common)) common = default_dtype();
  if (!check_out(out, common)) return false;
  const Tensor inputs[2] = {a, b};
  ElementwiseIter it;
  if (!it.build(out, resizable, common, inputs, 2, common)) return false;
  bool ok = dispatch_all(common, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<compute_t<T>>::value) {
      divide_floats<T>(it, mode);
      return true;
    } else if constexpr (std::is_same<T, bool>::value) {
      return fail(ErrorKind::RuntimeError, "\"div_%s_cpu\" not implemented for 'Bool'",
                  mode == RoundingMode::Floor ? "floor" : "trunc");
    } else {
      return divide_integers<T>(it, mode);
    }
  });
  return ok && it.finish();
}

// ---------------------------------------------------------------------------
// Public forms

#define TENSOR_BINARY_FORMS(name, params, args)                                                    \
  Tensor name(const Tensor &a, const Tensor &b params) {                                           \
    Tensor out;                                                                                    \
    return name##_impl(a, b args, out, true) ? out : Tensor();                                     \
  }                                                                                                \
  bool name##_out(const Tensor &a, const Tensor &b params, Tensor &out) {                          \
    return name##_impl(a, b args, out, true);                                                      \
  }                                                                                                \
  bool name##_(const Tensor &self, const Tensor &b params) {                                       \
    Tensor out = self;                                                                             \
    return name##_impl(self, b args, out, false);                                                  \
  }

#define TENSOR_COMMA ,
TENSOR_BINARY_FORMS(add, TENSOR_COMMA Scalar alpha, TENSOR_COMMA alpha)
TENSOR_BINARY_FORMS(sub, TENSOR_COMMA Scalar alpha, TENSOR_COMMA alpha)
TENSOR_BINARY_FORMS(mul, , )
TENSOR_BINARY_FORMS(div, TENSOR_COMMA RoundingMode mode, TENSOR_COMMA mode)
#undef TENSOR_COMMA
#undef TENSOR_BINARY_FORMS

} // namespace tensor
