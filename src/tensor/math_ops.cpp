// Math pointwise ops: division family, pow, atan2, maximum/minimum, the unary
// math functions, rounding, predicates, clamp, lerp and nan_to_num. Steps as in
// binary_ops.cpp: result dtype -> checks -> iterator -> dtype switch over one lambda.
#include "tensor/pointwise_kernel.h"

#include <cmath>
#include <limits>

namespace tensor {

// ---------------------------------------------------------------------------
// Division family

static bool true_divide_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return resizable ? div_out(a, b, RoundingMode::None, out) : div_(a, b, RoundingMode::None);
}

static bool floor_divide_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return resizable ? div_out(a, b, RoundingMode::Floor, out) : div_(a, b, RoundingMode::Floor);
}

// Python's modulo: the result takes the divisor's sign.
template <class C> static C python_mod(C a, C b) {
  if constexpr (std::is_floating_point<C>::value) {
    C m = std::fmod(a, b);
    return m != 0 && ((b < 0) != (m < 0)) ? m + b : m;
  } else {
    if (b == C(-1)) return 0; // INT_MIN % -1 would trap
    C m = static_cast<C>(a % b);
    return m != 0 && ((b < 0) != (m < 0)) ? static_cast<C>(m + b) : m;
  }
}

template <class C> static C c_fmod(C a, C b) {
  if constexpr (std::is_floating_point<C>::value)
    return std::fmod(a, b);
  else
    return b == C(-1) ? C(0) : static_cast<C>(a % b);
}

// remainder and fmod: integer divisors of 0 raise, as in PyTorch.
template <class F>
static bool modulo_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable,
                        const char *kernel, F f) {
  ScalarType common = result_type(a, b);
  if (common == ScalarType::Bool) return not_implemented(kernel, common);
  const Tensor inputs[2] = {a, b};
  return elementwise(inputs, 2, out, resizable, common, common, [&](const ElementwiseIter &it) {
    return dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      bool by_zero = false;
      if constexpr (is_float_v<T>) {
        run_pointwise<T, T, 2>(it, [&](C x, C y) { return f(x, y); });
      } else if constexpr (!std::is_same<T, bool>::value) {
        run_pointwise<T, T, 2>(it, [&](C x, C y) {
          if (y == 0) by_zero = true;
          return y == 0 ? C(0) : f(x, y);
        });
      }
      return by_zero ? fail(ErrorKind::RuntimeError, "ZeroDivisionError") : true;
    });
  });
}

static bool remainder_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return modulo_impl(a, b, out, resizable, "remainder_cpu",
                     [](auto x, auto y) { return python_mod(x, y); });
}

static bool fmod_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return modulo_impl(a, b, out, resizable, "fmod_cpu", [](auto x, auto y) { return c_fmod(x, y); });
}

// ---------------------------------------------------------------------------
// pow

// Integer power by squaring, wrapping on overflow as PyTorch's does; negative
// exponents give 0 except for bases 1 and -1.
template <class C> static C int_pow(C base, C exp) {
  if (exp < 0) {
    if (base == 1) return 1;
    if (base == C(-1)) return (exp & 1) ? C(-1) : C(1);
    return 0;
  }
  using U = typename std::make_unsigned<C>::type;
  U result = 1, b = static_cast<U>(base);
  for (U e = static_cast<U>(exp); e; e >>= 1) {
    if (e & 1) result = static_cast<U>(result * b);
    b = static_cast<U>(b * b);
  }
  return static_cast<C>(result);
}

template <class C> static C float_pow(C base, C exp) {
  if (exp == C(2)) return base * base;
  return std::pow(base, exp);
}

static bool pow_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  ScalarType common = result_type(a, b);
  if (common == ScalarType::Bool) return not_implemented("pow", common);
  const Tensor inputs[2] = {a, b};
  return elementwise(inputs, 2, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (is_float_v<T>)
        run_pointwise<T, T, 2>(it, [](C x, C y) { return float_pow(x, y); });
      else if constexpr (!std::is_same<T, bool>::value)
        run_pointwise<T, T, 2>(it, [](C x, C y) { return int_pow(x, y); });
    });
    return true;
  });
}

static bool pow_scalar_impl(const Tensor &self, Scalar exponent, Tensor &out, bool resizable) {
  if (is_integral(self.dtype(), true) && exponent.is_integral() && exponent.i < 0)
    return fail(ErrorKind::RuntimeError, "Integers to negative integer powers are not allowed.");
  if (!check_exact_out(out, result_type(self, exponent))) return false;
  return pow_impl(self, scalar_to_tensor(exponent), out, resizable);
}

Tensor pow(const Tensor &self, Scalar exponent) {
  Tensor out;
  return pow_scalar_impl(self, exponent, out, true) ? out : Tensor();
}
bool pow_out(const Tensor &self, Scalar exponent, Tensor &out) {
  return pow_scalar_impl(self, exponent, out, true);
}
bool pow_(const Tensor &self, Scalar exponent) {
  Tensor out = self;
  return pow_scalar_impl(self, exponent, out, false);
}
// PyTorch allocates pow.Scalar's result empty, so it comes out contiguous
// whatever the exponent's layout.
Tensor pow(Scalar self, const Tensor &exponent) {
  Tensor base = scalar_to_tensor(self);
  Tensor out = empty({0}, result_type(exponent, self));
  return out && pow_out(base, exponent, out) ? out : Tensor();
}
bool pow_out(Scalar self, const Tensor &exponent, Tensor &out) {
  return pow_out(scalar_to_tensor(self), exponent, out);
}

// ---------------------------------------------------------------------------
// atan2, maximum, minimum

static bool atan2_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  ScalarType common = result_type(a, b);
  if (!is_floating(common)) common = default_dtype();
  const Tensor inputs[2] = {a, b};
  return elementwise(inputs, 2, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (is_float_v<T>)
        run_pointwise<T, T, 2>(it, [](auto y, auto x) { return std::atan2(y, x); });
    });
    return true;
  });
}

// maximum/minimum propagate NaN from either side.
template <class F>
static bool extremum_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable, F pick) {
  ScalarType common = result_type(a, b);
  const Tensor inputs[2] = {a, b};
  return elementwise(inputs, 2, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      run_pointwise<T, T, 2>(it, [&](C x, C y) -> C {
        if constexpr (is_float_v<T>)
          if (std::isnan(x) || std::isnan(y)) return x + y;
        return pick(x, y) ? x : y;
      });
    });
    return true;
  });
}

static bool maximum_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return extremum_impl(a, b, out, resizable, [](auto x, auto y) { return x > y; });
}

static bool minimum_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {
  return extremum_impl(a, b, out, resizable, [](auto x, auto y) { return x < y; });
}

#define TENSOR_MATH_BINARY(name)                                                                   \
  TENSOR_POINTWISE_FORMS(name, TENSOR_COMMA const Tensor &b, TENSOR_COMMA b)
TENSOR_MATH_BINARY(true_divide)
TENSOR_MATH_BINARY(floor_divide)
TENSOR_MATH_BINARY(remainder)
TENSOR_MATH_BINARY(fmod)
TENSOR_MATH_BINARY(pow)
TENSOR_MATH_BINARY(atan2)
TENSOR_MATH_BINARY(maximum)
TENSOR_MATH_BINARY(minimum)
#undef TENSOR_MATH_BINARY

// ---------------------------------------------------------------------------
// Unary math

// Floating functions (float_op in pointwise_kernel.h).
TENSOR_FLOAT_OP(exp2, std::exp2(x))
TENSOR_FLOAT_OP(expm1, std::expm1(x))
TENSOR_FLOAT_OP(log2, std::log2(x))
TENSOR_FLOAT_OP(log10, std::log10(x))
TENSOR_FLOAT_OP(log1p, std::log1p(x))
TENSOR_FLOAT_OP(rsqrt, decltype(x)(1) / std::sqrt(x))
TENSOR_FLOAT_OP(tan, std::tan(x))
TENSOR_FLOAT_OP(asin, std::asin(x))
TENSOR_FLOAT_OP(acos, std::acos(x))
TENSOR_FLOAT_OP(atan, std::atan(x))
TENSOR_FLOAT_OP(sinh, std::sinh(x))
TENSOR_FLOAT_OP(cosh, std::cosh(x))
TENSOR_FLOAT_OP(reciprocal, decltype(x)(1) / x)

// sign(x) is 0 for 0 and NaN; bool is its own sign.
static bool sign_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (!check_exact_out(out, self.dtype())) return false;
  if (self.dtype() == ScalarType::Bool)
    return elementwise(&self, 1, out, resizable, ScalarType::Bool, ScalarType::Bool,
                       [&](const ElementwiseIter &it) {
                         run_pointwise<bool, bool, 1>(it, [](bool x) { return x; });
                         return true;
                       });
  return same_type_op(self, out, resizable, [](auto x) {
    using C = decltype(x);
    return static_cast<C>((C(0) < x) - (x < C(0)));
  });
}

// Rounding: integers are already whole and come back unchanged.
#define TENSOR_ROUNDING_OP(name, kernel, expr)                                                     \
  static bool name##_impl(const Tensor &self, Tensor &out, bool resizable) {                       \
    if (self.dtype() == ScalarType::Bool) return not_implemented(kernel, self.dtype());            \
    return same_type_op(self, out, resizable, [](auto x) {                                         \
      if constexpr (std::is_floating_point<decltype(x)>::value)                                    \
        return expr;                                                                               \
      else                                                                                         \
        return x;                                                                                  \
    });                                                                                            \
  }
TENSOR_ROUNDING_OP(floor, "floor_vml_cpu", std::floor(x))
TENSOR_ROUNDING_OP(ceil, "ceil_vml_cpu", std::ceil(x))
TENSOR_ROUNDING_OP(round, "round_vml_cpu", std::nearbyint(x)) // half to even
TENSOR_ROUNDING_OP(trunc, "trunc_vml_cpu", std::trunc(x))
#undef TENSOR_ROUNDING_OP

static bool frac_impl(const Tensor &self, Tensor &out, bool resizable) {
  if (!is_floating(self.dtype())) return not_implemented("frac_cpu", self.dtype());
  if (!check_exact_out(out, self.dtype())) return false;
  return float_elementwise(self, out, resizable, self.dtype(),
                           [](auto x) { return x - std::trunc(x); });
}

// square is pow(x, 2): bool squares as Long (result_type(bool, 2)).
static bool square_impl(const Tensor &self, Tensor &out, bool resizable) {
  return pow_scalar_impl(self, Scalar(int64_t(2)), out, resizable);
}

// ---------------------------------------------------------------------------
// Predicates (Bool results)

template <class F>
static bool predicate_impl(const Tensor &self, Tensor &out, bool resizable, bool integral, F f) {
  ScalarType dtype = self.dtype();
  return elementwise(
      &self, 1, out, resizable, ScalarType::Bool, dtype, [&](const ElementwiseIter &it) {
        dispatch_all(dtype, [&](auto tag) {
          using T = decltype(tag);
          if constexpr (is_float_v<T>)
            run_pointwise<bool, T, 1>(it, f);
          else
            run_pointwise<bool, T, 1>(it, [integral](compute_t<T>) { return integral; });
        });
        return true;
      });
}

#define TENSOR_PREDICATE(name, integral, expr)                                                     \
  static bool name##_impl(const Tensor &self, Tensor &out, bool resizable) {                       \
    return predicate_impl(self, out, resizable, integral, [](auto x) { return expr; });            \
  }                                                                                                \
  Tensor name(const Tensor &self) {                                                                \
    Tensor out;                                                                                    \
    return name##_impl(self, out, true) ? out : Tensor();                                          \
  }                                                                                                \
  bool name##_out(const Tensor &self, Tensor &out) { return name##_impl(self, out, true); }
TENSOR_PREDICATE(isnan, false, std::isnan(x))
TENSOR_PREDICATE(isinf, false, std::isinf(x))
TENSOR_PREDICATE(isfinite, true, std::isfinite(x))
#undef TENSOR_PREDICATE

// ---------------------------------------------------------------------------
// clamp

// The dtype names PyTorch's caffe2 TypeMeta prints in lerp's checks.
static const char *type_meta_name(ScalarType t) {
  switch (t) {
  case ScalarType::Float: return "float";
  case ScalarType::Double: return "double";
  case ScalarType::Half: return "c10::Half";
  case ScalarType::BFloat16: return "c10::BFloat16";
  case ScalarType::Long: return "long int";
  case ScalarType::Int: return "int";
  case ScalarType::Bool: return "bool";
  case ScalarType::Byte: return "unsigned char";
  case ScalarType::Char: return "signed char";
  case ScalarType::Short: return "short int";
  default: return scalar_type_name(t);
  }
}

static bool check_clamp_bounds(bool has_min, bool has_max) {
  if (has_min || has_max) return true;
  return fail(ErrorKind::RuntimeError,
              "torch.clamp: At least one of 'min' or 'max' must not be None");
}

// min(max(x, lo), hi) with NaN in x kept; lo > hi gives hi, as PyTorch.
template <class C> static C clamp_value(C x, const C *lo, const C *hi) {
  if constexpr (std::is_floating_point<C>::value)
    if (std::isnan(x)) return x;
  if (lo && x < *lo) x = *lo;
  if (hi && x > *hi) x = *hi;
  return x;
}

static bool clamp_scalar_impl(const Tensor &self, const Scalar *min, const Scalar *max, Tensor &out,
                              bool resizable) {
  if (!check_clamp_bounds(min, max)) return false;
  ResultTypeState state;
  state.update(self);
  if (min) state.update(*min);
  if (max) state.update(*max);
  ScalarType common = state.result();
  if (common == ScalarType::Bool) return not_implemented("clamp_scalar_cpu", common);
  if (out && !can_cast(common, out.dtype()))
    return fail(ErrorKind::RuntimeError,
                "result type %s can't be cast to the desired output type %s",
                scalar_type_name(common), type_meta_name(out.dtype()));
  if (!check_exact_out(out, common)) return false;
  return elementwise(&self, 1, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (!std::is_same<T, bool>::value) {
        C lo = min ? (is_float_v<T> ? C(min->to_double()) : C(min->to_long())) : C(0);
        C hi = max ? (is_float_v<T> ? C(max->to_double()) : C(max->to_long())) : C(0);
        const C *plo = min ? &lo : nullptr, *phi = max ? &hi : nullptr;
        run_pointwise<T, T, 1>(it, [=](C x) { return clamp_value(x, plo, phi); });
      }
    });
    return true;
  });
}

// Tensor bounds: a missing one is passed as self and ignored.
static bool clamp_tensor_impl(const Tensor &self, const Tensor &min, const Tensor &max, Tensor &out,
                              bool resizable) {
  if (!check_clamp_bounds(min.defined(), max.defined())) return false;
  bool has_min = min.defined(), has_max = max.defined();
  const Tensor inputs[3] = {self, has_min ? min : self, has_max ? max : self};
  ScalarType common = result_type(inputs, 3);
  if (common == ScalarType::Bool) return not_implemented("clamp_cpu", common);
  return elementwise(inputs, 3, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (!std::is_same<T, bool>::value)
        run_pointwise<T, T, 3>(it, [=](C x, C lo, C hi) -> C {
          if constexpr (std::is_floating_point<C>::value) {
            if (has_min && std::isnan(lo)) return lo;
            if (has_max && std::isnan(hi)) return hi;
          }
          return clamp_value(x, has_min ? &lo : nullptr, has_max ? &hi : nullptr);
        });
    });
    return true;
  });
}

#define TENSOR_CLAMP_FORMS(kind, btype)                                                            \
  Tensor clamp(const Tensor &self, btype min, btype max) {                                         \
    Tensor out;                                                                                    \
    return clamp_##kind##_impl(self, min, max, out, true) ? out : Tensor();                        \
  }                                                                                                \
  bool clamp_out(const Tensor &self, btype min, btype max, Tensor &out) {                          \
    return clamp_##kind##_impl(self, min, max, out, true);                                         \
  }                                                                                                \
  bool clamp_(const Tensor &self, btype min, btype max) {                                          \
    Tensor out = self;                                                                             \
    return clamp_##kind##_impl(self, min, max, out, false);                                        \
  }
TENSOR_CLAMP_FORMS(scalar, const Scalar *)
TENSOR_CLAMP_FORMS(tensor, const Tensor &)
#undef TENSOR_CLAMP_FORMS

// ---------------------------------------------------------------------------
// lerp

static bool check_lerp_dtype(const Tensor &self, const Tensor &other, const char *what) {
  if (other.dtype() == self.dtype()) return true;
  return fail(ErrorKind::RuntimeError, "expected dtype %s for `%s` but got dtype %s",
              type_meta_name(self.dtype()), what, type_meta_name(other.dtype()));
}

// Interpolates from whichever end is nearer, for accuracy near weight 1.
template <class C> static C lerp_value(C a, C b, C w) {
  return std::abs(w) < C(0.5) ? a + w * (b - a) : b - (b - a) * (C(1) - w);
}

static bool lerp_run(const Tensor *inputs, int n, Tensor &out, bool resizable, const char *kernel,
                     double weight) {
  ScalarType dtype = inputs[0].dtype();
  if (!is_floating(dtype)) return not_implemented(kernel, dtype);
  return elementwise(inputs, n, out, resizable, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (is_float_v<T>) {
        if (n == 3)
          run_pointwise<T, T, 3>(it, [](C a, C b, C w) { return lerp_value(a, b, w); });
        else
          run_pointwise<T, T, 2>(it, [w = C(weight)](C a, C b) { return lerp_value(a, b, w); });
      }
    });
    return true;
  });
}

static bool lerp_scalar_impl(const Tensor &self, const Tensor &end, Scalar weight, Tensor &out,
                             bool resizable) {
  if (!check_lerp_dtype(self, end, "end")) return false;
  const Tensor inputs[2] = {self, end};
  return lerp_run(inputs, 2, out, resizable, "lerp_kernel_scalar", weight.to_double());
}

static bool lerp_tensor_impl(const Tensor &self, const Tensor &end, const Tensor &weight,
                             Tensor &out, bool resizable) {
  if (!check_lerp_dtype(self, end, "end") || !check_lerp_dtype(self, weight, "weight"))
    return false;
  const Tensor inputs[3] = {self, end, weight};
  return lerp_run(inputs, 3, out, resizable, "lerp_kernel_tensor", 0);
}

#define TENSOR_LERP_FORMS(kind, wtype)                                                             \
  Tensor lerp(const Tensor &self, const Tensor &end, wtype weight) {                               \
    Tensor out;                                                                                    \
    return lerp_##kind##_impl(self, end, weight, out, true) ? out : Tensor();                      \
  }                                                                                                \
  bool lerp_out(const Tensor &self, const Tensor &end, wtype weight, Tensor &out) {                \
    return lerp_##kind##_impl(self, end, weight, out, true);                                       \
  }                                                                                                \
  bool lerp_(const Tensor &self, const Tensor &end, wtype weight) {                                \
    Tensor out = self;                                                                             \
    return lerp_##kind##_impl(self, end, weight, out, false);                                      \
  }
TENSOR_LERP_FORMS(scalar, Scalar)
TENSOR_LERP_FORMS(tensor, const Tensor &)
#undef TENSOR_LERP_FORMS

// ---------------------------------------------------------------------------
// nan_to_num

// The largest finite value of a floating element type.
template <class T> static double finite_max() {
  if constexpr (std::is_same<T, Half>::value)
    return 65504.0;
  else if constexpr (std::is_same<T, BFloat16>::value)
    return 3.38953138925153547590470800371487866880e+38;
  else
    return static_cast<double>(std::numeric_limits<T>::max());
}

static bool nan_to_num_impl(const Tensor &self, const double *nan, const double *posinf,
                            const double *neginf, Tensor &out, bool resizable) {
  ScalarType dtype = self.dtype();
  return elementwise(&self, 1, out, resizable, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      if constexpr (is_float_v<T>) {
        C n = nan ? C(*nan) : C(0);
        C pos = C(posinf ? *posinf : finite_max<T>());
        C neg = C(neginf ? *neginf : -finite_max<T>());
        run_pointwise<T, T, 1>(it, [=](C x) {
          return std::isnan(x) ? n : std::isinf(x) ? (x > 0 ? pos : neg) : x;
        });
      } else {
        run_pointwise<T, T, 1>(it, [](C x) { return x; });
      }
    });
    return true;
  });
}

#define TENSOR_NAN_TO_NUM_PARAMS                                                                   \
  TENSOR_COMMA const double *nan TENSOR_COMMA const double *posinf TENSOR_COMMA const double *neginf
TENSOR_POINTWISE_FORMS(nan_to_num, TENSOR_NAN_TO_NUM_PARAMS,
                       TENSOR_COMMA nan TENSOR_COMMA posinf TENSOR_COMMA neginf)
#undef TENSOR_NAN_TO_NUM_PARAMS

// ---------------------------------------------------------------------------
// Unary forms (ORDER UNARY POINTWISE: the math part of the list in pointwise.h)

#define TENSOR_MATH_UNARY(name) TENSOR_POINTWISE_FORMS(name, , )
TENSOR_MATH_UNARY(sign)
TENSOR_MATH_UNARY(exp2)
TENSOR_MATH_UNARY(expm1)
TENSOR_MATH_UNARY(log2)
TENSOR_MATH_UNARY(log10)
TENSOR_MATH_UNARY(log1p)
TENSOR_MATH_UNARY(rsqrt)
TENSOR_MATH_UNARY(tan)
TENSOR_MATH_UNARY(asin)
TENSOR_MATH_UNARY(acos)
TENSOR_MATH_UNARY(atan)
TENSOR_MATH_UNARY(sinh)
TENSOR_MATH_UNARY(cosh)
TENSOR_MATH_UNARY(floor)
TENSOR_MATH_UNARY(ceil)
TENSOR_MATH_UNARY(round)
TENSOR_MATH_UNARY(trunc)
TENSOR_MATH_UNARY(frac)
TENSOR_MATH_UNARY(reciprocal)
TENSOR_MATH_UNARY(square)
#undef TENSOR_MATH_UNARY

} // namespace tensor
