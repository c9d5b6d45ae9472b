// random_ops.cpp - Random sampling, dropout, linspace/logspace/eye and erfinv (random_ops.h).
//
// The samplers follow PyTorch's CPU kernels step for step: the same checks in the same
// order, the same number of draws per element, elements visited in TensorIterator's
// order (ElementwiseIter sorts dims by stride the same way), and the same composition of
// ops (torch.normal = normal_ then mul_/add_, dropout = bernoulli_ then div_ then mul).
// The per-element transforms live in random.cpp (Note [Where PyTorch fuses multiply-adds]).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "tensor/random_ops.h"

#include "tensor/iterator.h"
#include "tensor/pointwise_kernel.h"
#include "tensor/shape_ops.h"

#include <math.h>
#include <string.h>

#include <cmath>
#include <limits>
#include <type_traits>

namespace tensor {

namespace {

// ---------------------------------------------------------------------------
// Helpers

template <class T>
constexpr bool is_low_float_v = std::is_same<T, Half>::value || std::is_same<T, BFloat16>::value;
template <class T>
constexpr bool is_floating_v = std::is_floating_point<T>::value || is_low_float_v<T>;

// Mantissa digits of a floating dtype (std::numeric_limits<T>::digits in PyTorch).
template <class T> constexpr int float_digits() {
  return std::is_same<T, double>::value  ? 53
         : std::is_same<T, float>::value ? 24
         : std::is_same<T, Half>::value  ? 11
                                         : 8;
}

// The dtype as PyTorch's TypeMeta prints it in bounds errors ("unsigned char", "c10::Half").
const char *type_meta_name(ScalarType t) {
  switch (t) {
  case ScalarType::Byte: return "unsigned char";
  case ScalarType::Char: return "signed char";
  case ScalarType::Short: return "short int";
  case ScalarType::Int: return "int";
  case ScalarType::Long: return "long int";
  case ScalarType::Half: return "c10::Half";
  case ScalarType::Float: return "float";
  case ScalarType::Double: return "double";
  case ScalarType::Bool: return "bool";
  case ScalarType::BFloat16: return "c10::BFloat16";
  case ScalarType::Undefined: break;
  }
  return "?";
}

// The C++ type name PyTorch's checked conversions print ("uint8_t", "at::Half").
const char *cpp_type_name(ScalarType t) {
  switch (t) {
  case ScalarType::Byte: return "uint8_t";
  case ScalarType::Char: return "int8_t";
  case ScalarType::Short: return "int16_t";
  case ScalarType::Int: return "int";
  case ScalarType::Long: return "int64_t";
  case ScalarType::Half: return "at::Half";
  case ScalarType::Float: return "float";
  case ScalarType::Double: return "double";
  case ScalarType::Bool: return "bool";
  case ScalarType::BFloat16: return "at::BFloat16";
  case ScalarType::Undefined: break;
  }
  return "?";
}

// Lowest and largest finite values of a dtype, as doubles.
void dtype_range(ScalarType t, double *lo, double *hi) {
  dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same<T, Half>::value) {
      *lo = -65504.0, *hi = 65504.0;
    } else if constexpr (std::is_same<T, BFloat16>::value) {
      *lo = -3.3895313892515355e38, *hi = 3.3895313892515355e38;
    } else {
      *lo = static_cast<double>(std::numeric_limits<T>::lowest());
      *hi = static_cast<double>(std::numeric_limits<T>::max());
    }
    return 0;
  });
}

// x86's float -> int64 conversion: out-of-range values and NaN give INT64_MIN.
int64_t x86_to_i64(double v) {
  if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(v);
}

template <class T> double round_to(double v) {
  return static_cast<double>(static_cast<compute_t<T>>(static_cast<T>(static_cast<float>(v))));
}
template <> inline double round_to<float>(double v) { return static_cast<float>(v); }
template <> inline double round_to<double>(double v) { return v; }

// Calls f() -> T for every element of self in TensorIterator's order (an expanded self,
// whose elements share memory, is refused as PyTorch refuses it).
template <class T, class F> bool fill_in_order(const Tensor &self, F f) {
  Tensor out = self;
  ElementwiseIter it;
  if (!it.build(out, false, self.dtype(), nullptr, 0, ScalarType::Undefined)) return false;
  it.for_each_run([&](char **data, const int64_t *strides, int64_t n) {
    for (int64_t i = 0; i < n; i++) *reinterpret_cast<T *>(data[0] + i * strides[0]) = f();
  });
  return true;
}

bool not_floating(const char *kernel, ScalarType t) {
  return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
              scalar_type_name(t));
}

// PyTorch's empty_like with memory_format=preserve (the *_like factories).
Tensor empty_like_preserve(const Tensor &t, ScalarType dtype) {
  if (is_non_overlapping_and_dense(t)) return empty_strided(t.sizes(), t.strides(), dtype);
  return empty(t.sizes(), dtype);
}

ScalarType or_default(ScalarType t) { return t == ScalarType::Undefined ? default_dtype() : t; }

// ---------------------------------------------------------------------------
// Per-element transforms for Half and BFloat16 (float and double are random.h's)

// uniform_real_distribution<Half>: `digits` bits of one 32-bit draw, scaled in float by a
// range rounded to the dtype.
template <class T> T uniform_low(Generator &g, T from, T to) {
  constexpr int d = float_digits<T>();
  float x = static_cast<float>(g.random() & ((1u << d) - 1)) * (1.0f / static_cast<float>(1u << d));
  float range = static_cast<float>(T(static_cast<float>(to) - static_cast<float>(from)));
  return T(fmaf(x, range, static_cast<float>(from)));
}

template <class T> T uniform_one(Generator &g, T from, T to) {
  if constexpr (is_low_float_v<T>)
    return uniform_low<T>(g, from, to);
  else
    return uniform_sample(g, from, to);
}

// ---------------------------------------------------------------------------
// random_: the transforms of uniform_int_distribution and friends

template <class T> T random_default_one(Generator &g) {
  if constexpr (std::is_same<T, bool>::value) {
    return (g.random() & 1u) != 0;
  } else if constexpr (is_floating_v<T>) {
    uint64_t v = std::is_same<T, double>::value ? g.random64() : g.random();
    uint64_t m = (1ull << float_digits<T>()) + 1;
    return static_cast<T>(static_cast<compute_t<T>>(v % m));
  } else {
    uint64_t v = std::is_same<T, int64_t>::value ? g.random64() : g.random();
    uint64_t m = static_cast<uint64_t>(std::numeric_limits<T>::max()) + 1;
    return static_cast<T>(v % m);
  }
}

// from rounded up to the dtype's grid when from + 1 isn't representable (update_from).
template <class T> int64_t update_from(int64_t from) {
  int64_t from_plus_1 = x86_to_i64(round_to<T>(static_cast<double>(from + 1)));
  if (from_plus_1 < from) {
    int64_t a = from + 1 < 0 ? -(from + 1) : from + 1;
    int n = 0;
    while (a >>= 1) ++n;
    from = from_plus_1 + (1ll << (n - float_digits<T>() + 1));
  }
  return from;
}

template <class T> int64_t update_to(int64_t to) {
  int64_t to_minus_1 = x86_to_i64(round_to<T>(static_cast<double>(to - 1)));
  if (to_minus_1 >= to) {
    int64_t a = to - 1 < 0 ? -(to - 1) : to - 1;
    int n = 0;
    while (a >>= 1) ++n;
    to = to_minus_1 - (1ll << (n - float_digits<T>() + 1));
  }
  return to;
}

bool check_from_to_in_range(int64_t from, int64_t to_inc, ScalarType t) {
  const char *name = type_meta_name(t);
  if (is_floating(t)) {
    double lo, hi;
    dtype_range(t, &lo, &hi);
    if (!(static_cast<double>(from) >= lo && static_cast<double>(from) <= hi))
      return fail(ErrorKind::RuntimeError, "from is out of bounds for %s", name);
    if (!(static_cast<double>(to_inc) >= lo && static_cast<double>(to_inc) <= hi))
      return fail(ErrorKind::RuntimeError, "to - 1 is out of bounds for %s", name);
    return true;
  }
  int64_t lo = 0, hi = 1;
  if (t != ScalarType::Bool) {
    double dlo, dhi;
    dtype_range(t, &dlo, &dhi);
    lo = static_cast<int64_t>(dlo);
    hi = t == ScalarType::Long ? INT64_MAX : static_cast<int64_t>(dhi);
  }
  if (from < lo || from > hi)
    return fail(ErrorKind::RuntimeError, "from is out of bounds for %s", name);
  if (to_inc < lo || to_inc > hi)
    return fail(ErrorKind::RuntimeError, "to - 1 is out of bounds for %s", name);
  return true;
}

// Draws base + v % range for every element (uniform_int_from_to_distribution).
bool random_from_to_fill(const Tensor &self, uint64_t range, int64_t base, Generator &g) {
  ScalarType t = self.dtype();
  bool wide = t == ScalarType::Long || t == ScalarType::Double || t == ScalarType::Float ||
              t == ScalarType::BFloat16;
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    return fill_in_order<T>(self, [&] {
      return static_cast<T>(static_cast<compute_t<T>>(random_from_to_sample(g, range, base, wide)));
    });
  });
}

// The whole int64 range: one 64-bit draw reinterpreted (int64, double, float, bfloat16).
bool random_full_range_fill(const Tensor &self, Generator &g) {
  ScalarType t = self.dtype();
  if (t != ScalarType::Long && t != ScalarType::Double && t != ScalarType::Float &&
      t != ScalarType::BFloat16) {
    if (t == ScalarType::Bool || t == ScalarType::Half)
      return not_floating("random_full_64_bits_range_kernel_cpu", t);
    return fail(ErrorKind::RuntimeError,
                "random_full_64_bits_range_kernel_cpu handles only int64, double, float and "
                "bfloat16");
  }
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    return fill_in_order<T>(self, [&] {
      return static_cast<T>(static_cast<compute_t<T>>(static_cast<int64_t>(g.random64())));
    });
  });
}

// ---------------------------------------------------------------------------
// normal_

// Note [Half normal fill]: the contiguous >= 16 path of PyTorch's generic normal_fill in
// Half/BFloat16 arithmetic: every operation on the type computes in float and rounds back.
// c10 gives BFloat16 (not Half) its own log/sqrt/sin/cos returning BFloat16, so BFloat16
// rounds after each of them where Half stays in float.
template <class T> void normal_fill_low(Generator &g, T *data, int64_t n, T mean, T std) {
  constexpr bool bf16 = std::is_same<T, BFloat16>::value;
  auto f = [](T x) { return static_cast<float>(x); };
  auto fill16 = [&](T *d) {
    for (int j = 0; j < 8; j++) {
      T u1 = T(1.0f - f(d[j]));
      T u2 = d[j + 8];
      T theta = T(static_cast<float>(2.0f * 3.14159265358979323846 * static_cast<double>(u2)));
      if constexpr (bf16) {
        T radius = T(sqrtf(f(T(-2.0f * f(T(logf(f(u1))))))));
        T c = T(cosf(f(theta))), s = T(sinf(f(theta)));
        d[j] = T(f(T(f(T(f(radius) * f(c))) * f(std))) + f(mean));
        d[j + 8] = T(f(T(f(T(f(radius) * f(s))) * f(std))) + f(mean));
      } else {
        float r = f(T(sqrtf(-2.0f * logf(f(u1)))));
        d[j] = T(fmaf(r * cosf(f(theta)), f(std), f(mean)));
        d[j + 8] = T(fmaf(r * sinf(f(theta)), f(std), f(mean)));
      }
    }
  };
  for (int64_t i = 0; i < n; i++) data[i] = uniform_low<T>(g, T(0.0f), T(1.0f));
  for (int64_t i = 0; i + 16 <= n; i += 16) fill16(data + i);
  if (n % 16 != 0) {
    T *tail = data + n - 16;
    for (int i = 0; i < 16; i++) tail[i] = uniform_low<T>(g, T(0.0f), T(1.0f));
    fill16(tail);
  }
}

bool check_std(double std) {
  if (std >= 0.0) return true;
  return fail(ErrorKind::RuntimeError, "normal expects std >= 0.0, but found std %g", std);
}

// CHECK_NORMAL_TENSOR_STD: every element >= 0 (NaN fails, as min() would be NaN).
bool check_std_tensor(const Tensor &std) {
  if (std.numel() == 0) return true;
  Tensor d = to_dtype(std, ScalarType::Double);
  if (!d) return false;
  bool ok = true;
  for_each_element(d, [&](void *p) { ok = ok && *static_cast<double *>(p) >= 0.0; });
  if (ok) return true;
  return fail(ErrorKind::RuntimeError, "normal expects all elements of std >= 0.0");
}

// ---------------------------------------------------------------------------
// dropout

bool check_dropout_p(double p) {
  if (p >= 0 && p <= 1) return true;
  return fail(ErrorKind::RuntimeError, "dropout probability has to be between 0 and 1, but got %g",
              p);
}

// input * noise (a new tensor) or input *= noise (inplace); `result` gets the new one.
bool multiply(const Tensor &input, const Tensor &noise, bool inplace, Tensor *result) {
  if (inplace) return mul_(input, noise);
  *result = mul(input, noise);
  return result->defined();
}

// (N, C, 1, ...) noise for feature dropout.
Tensor feature_noise(const Tensor &input) {
  if (input.dim() < 2) {
    fail(ErrorKind::RuntimeError, "Feature dropout requires at least 2 dimensions in the input");
    return Tensor();
  }
  int64_t sizes[kMaxDims];
  for (int64_t d = 0; d < input.dim(); d++) sizes[d] = d < 2 ? input.size(d) : 1;
  return empty(IntArrayRef(sizes, static_cast<size_t>(input.dim())), input.dtype());
}

// PyTorch's _dropout_impl<feature, alpha, inplace>: noise = bernoulli(1 - p), scaled;
// result = input * noise (+ b for alpha dropout).
bool dropout_impl(const Tensor &input, double p, bool train, bool feature, bool alpha, bool inplace,
                  Tensor *result) {
  if (!check_dropout_p(p)) return false;
  if (p == 0 || !train || input.numel() == 0) {
    *result = input;
    return true;
  }
  if (p == 1) {
    Tensor zero = zeros({}, input.dtype());
    return zero && multiply(input, zero, inplace, result);
  }
  Tensor noise = feature ? feature_noise(input) : empty(input.sizes(), input.dtype());
  if (!noise || !bernoulli_(noise, 1 - p, default_generator())) return false;
  if (!alpha) {
    if (!div_(noise, scalar_to_tensor(Scalar(1 - p)))) return false;
    if (!multiply(input, noise, inplace, result)) return false;
    if (inplace) *result = input;
    return true;
  }
  const double alpha_c = 1.7580993408473766; // SELU's -alpha * scale
  double a = 1. / ::sqrt((alpha_c * alpha_c * p + 1) * (1 - p));
  Tensor b = add(noise, scalar_to_tensor(Scalar(int64_t(-1))));
  if (!b || !mul_(b, scalar_to_tensor(Scalar(alpha_c * a))) ||
      !add_(b, scalar_to_tensor(Scalar(alpha_c * a * p))) ||
      !mul_(noise, scalar_to_tensor(Scalar(a))))
    return false;
  if (!multiply(input, noise, inplace, result)) return false;
  if (inplace) *result = input;
  return add_(*result, b);
}

} // namespace

// ---------------------------------------------------------------------------
// In-place samplers

bool uniform_(const Tensor &self, double from, double to, Generator &g) {
  ScalarType t = self.dtype();
  if (!is_floating(t)) return not_floating("check_uniform_bounds", t);
  double lo, hi;
  dtype_range(t, &lo, &hi);
  const char *name = type_meta_name(t);
  if (!(from >= lo && from <= hi))
    return fail(ErrorKind::RuntimeError, "from is out of bounds for %s", name);
  if (!(to >= lo && to <= hi))
    return fail(ErrorKind::RuntimeError, "to is out of bounds for %s", name);
  if (!(from <= to))
    return fail(ErrorKind::RuntimeError,
                "uniform_ expects to return a [from, to) range, but found from=%g > to=%g", from,
                to);
  if (!(to - from <= hi))
    return fail(ErrorKind::RuntimeError,
                "uniform_ expects to-from <= std::numeric_limits<%s>::max(), but found to=%g and "
                "from=%g which result in to-from to exceed the limit",
                scalar_type_name(t), to, from);
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (is_floating_v<T>) {
      T a = static_cast<T>(static_cast<compute_t<T>>(from));
      T b = static_cast<T>(static_cast<compute_t<T>>(to));
      return fill_in_order<T>(self, [&] { return uniform_one<T>(g, a, b); });
    }
    return false;
  });
}

bool normal_(const Tensor &self, double mean, double std, Generator &g) {
  if (!check_std(std)) return false;
  ScalarType t = self.dtype();
  if (!is_floating(t)) return not_floating("normal_kernel_cpu", t);
  int64_t n = self.numel();
  bool chunked = n >= 16 && self.is_contiguous();
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (is_floating_v<T>) {
      if (chunked) {
        if constexpr (is_low_float_v<T>)
          normal_fill_low<T>(g, self.data<T>(), n, T(static_cast<float>(mean)),
                             T(static_cast<float>(std)));
        else
          normal_fill(g, self.data<T>(), n, mean, std);
        return true;
      }
      return fill_in_order<T>(self, [&] {
        return static_cast<T>(static_cast<compute_t<T>>(normal_sample(g, mean, std)));
      });
    }
    return false;
  });
}

bool exponential_(const Tensor &self, double lambd, Generator &g) {
  if (!(lambd >= 0.0))
    return fail(ErrorKind::RuntimeError, "exponential_ expects lambda >= 0.0, but found lambda=%g",
                lambd);
  ScalarType t = self.dtype();
  if (!is_floating(t)) return not_floating("exponential_cpu", t);
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (is_floating_v<T>)
      return fill_in_order<T>(self, [&] {
        return static_cast<T>(static_cast<compute_t<T>>(exponential_sample(g, lambd)));
      });
    return false;
  });
}

bool bernoulli_(const Tensor &self, double p, Generator &g) {
  if (!(0 <= p && p <= 1))
    return fail(ErrorKind::RuntimeError, "bernoulli_ expects p to be in [0, 1], but got p=%g", p);
  if (self.dtype() == ScalarType::Half) return not_floating("bernoulli_scalar_cpu_", self.dtype());
  return dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return fill_in_order<T>(self, [&] { return static_cast<T>(bernoulli_sample(g, p) ? 1 : 0); });
  });
}

bool bernoulli_(const Tensor &self, const Tensor &p, Generator &g) {
  ScalarType t = self.dtype(), pt = p.dtype();
  if (t == ScalarType::Half) return not_floating("bernoulli_tensor_cpu_self_", t);
  if (pt != ScalarType::Float && pt != ScalarType::Double && pt != ScalarType::BFloat16)
    return not_floating("bernoulli_tensor_cpu_p_", pt);
  Tensor pe = expand(p, self.sizes());
  if (!pe) return false;
  Tensor out = self;
  ElementwiseIter it;
  if (!it.build(out, false, t, &pe, 1, ScalarType::Undefined)) return false;
  bool ok = true;
  dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    it.for_each_run([&](char **data, const int64_t *strides, int64_t n) {
      for (int64_t i = 0; i < n && ok; i++) {
        const char *src = data[1] + i * strides[1];
        bool v;
        if (pt == ScalarType::Double) {
          double pv = *reinterpret_cast<const double *>(src);
          if (!(pv >= 0 && pv <= 1)) {
            ok = false;
            break;
          }
          v = bernoulli_sample(g, pv);
        } else {
          float pv = pt == ScalarType::Float
                         ? *reinterpret_cast<const float *>(src)
                         : static_cast<float>(*reinterpret_cast<const BFloat16 *>(src));
          if (!(pv >= 0 && pv <= 1)) {
            ok = false;
            break;
          }
          v = bernoulli_sample(g, pv);
        }
        *reinterpret_cast<T *>(data[0] + i * strides[0]) = static_cast<T>(v ? 1 : 0);
      }
    });
    return 0;
  });
  if (ok) return true;
  return fail(ErrorKind::RuntimeError,
              "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error "
              "message be improved?  If so, please report an enhancement request to PyTorch.)");
}

bool random_(const Tensor &self, Generator &g) {
  return dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    return fill_in_order<T>(self, [&] { return random_default_one<T>(g); });
  });
}

bool random_(const Tensor &self, int64_t from, const int64_t *to_opt, Generator &g) {
  ScalarType t = self.dtype();
  if (to_opt) {
    int64_t to = *to_opt;
    if (!(from < to))
      return fail(ErrorKind::RuntimeError,
                  "random_ expects 'from' to be less than 'to', but got from=%lld >= to=%lld",
                  (long long)from, (long long)to);
    if (is_floating(t)) {
      dispatch_all(t, [&](auto tag) {
        using T = decltype(tag);
        if constexpr (is_floating_v<T>) from = update_from<T>(from), to = update_to<T>(to);
        return 0;
      });
      if (!(from < to))
        return fail(ErrorKind::RuntimeError,
                    "random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, "
                    "but got from=%lld >= to=%lld",
                    (long long)from, (long long)to);
    }
    if (!check_from_to_in_range(from, to - 1, t)) return false;
    if (self.numel() == 0) return true;
    uint64_t range = static_cast<uint64_t>(to) - static_cast<uint64_t>(from);
    return random_from_to_fill(self, range, from, g);
  }
  if (from == INT64_MIN) return self.numel() == 0 || random_full_range_fill(self, g);
  int64_t to_inc = 0;
  if (is_floating(t)) {
    dispatch_all(t, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (is_floating_v<T>) {
        to_inc = float_digits<T>() >= 63 ? INT64_MAX : (int64_t(1) << float_digits<T>());
        from = update_from<T>(from);
      }
      return 0;
    });
    if (!(from < to_inc))
      return fail(ErrorKind::RuntimeError,
                  "random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' "
                  "casted to dtype, but got from=%lld > to_inc=%lld",
                  (long long)from, (long long)to_inc);
  } else if (t == ScalarType::Bool) {
    to_inc = 1;
  } else {
    double lo, hi;
    dtype_range(t, &lo, &hi);
    to_inc = t == ScalarType::Long ? INT64_MAX : static_cast<int64_t>(hi);
  }
  if (!check_from_to_in_range(from, to_inc, t)) return false;
  if (self.numel() == 0) return true;
  uint64_t range = static_cast<uint64_t>(to_inc) - static_cast<uint64_t>(from) + 1;
  return random_from_to_fill(self, range, from, g);
}

// ---------------------------------------------------------------------------
// Factories

Tensor rand(IntArrayRef size, Generator &g, ScalarType dtype) {
  Tensor r = empty(size, or_default(dtype));
  return r && uniform_(r, 0, 1, g) ? r : Tensor();
}

bool rand_out(IntArrayRef size, Generator &g, Tensor &out) {
  return resize_(out, size) && uniform_(out, 0, 1, g);
}

Tensor randn(IntArrayRef size, Generator &g, ScalarType dtype) {
  Tensor r = empty(size, or_default(dtype));
  return r && normal_(r, 0, 1, g) ? r : Tensor();
}

bool randn_out(IntArrayRef size, Generator &g, Tensor &out) {
  return resize_(out, size) && normal_(out, 0, 1, g);
}

Tensor randint(int64_t low, int64_t high, IntArrayRef size, Generator &g, ScalarType dtype) {
  Tensor r = empty(size, dtype == ScalarType::Undefined ? ScalarType::Long : dtype);
  return r && random_(r, low, &high, g) ? r : Tensor();
}

bool randint_out(int64_t low, int64_t high, IntArrayRef size, Generator &g, Tensor &out) {
  return resize_(out, size) && random_(out, low, &high, g);
}

bool randperm_out(int64_t n, Generator &g, Tensor &out) {
  if (n < 0) return fail(ErrorKind::RuntimeError, "n must be non-negative, got%lld", (long long)n);
  ScalarType t = out.dtype();
  // check_supported_max_int_with_precision: n - 1 must fit, and be exact.
  int64_t top = n > 0 ? n - 1 : n;
  if (is_integral(t, false) || t == ScalarType::Half) {
    double lo, hi;
    dtype_range(t, &lo, &hi);
    if (static_cast<double>(top) > hi)
      return fail(ErrorKind::RuntimeError, "value cannot be converted to type %s without overflow",
                  cpp_type_name(t));
  }
  if (t == ScalarType::Half && n > (int64_t(1) << 11) + 1)
    return fail(ErrorKind::RuntimeError, "n cannot be greater than 2049 for Half type.");
  if (t == ScalarType::Float && n > (int64_t(1) << 24) + 1)
    return fail(ErrorKind::RuntimeError, "n cannot be greater than 2^24+1 for Float type.");
  if (t == ScalarType::Double && n > (int64_t(1) << 53) + 1)
    return fail(ErrorKind::RuntimeError, "n cannot be greater than 2^53+1 for Double type.");
  if (t == ScalarType::Bool) return not_floating("randperm", t);
  int64_t one[1] = {n};
  if (!resize_(out, IntArrayRef(one, 1))) return false;
  Tensor perm = t == ScalarType::Long && out.is_contiguous() ? out : empty({n}, ScalarType::Long);
  if (!perm) return false;
  randperm(g, perm.data<int64_t>(), n);
  return perm.is_same(out) || copy_(out, perm);
}

Tensor randperm(int64_t n, Generator &g, ScalarType dtype) {
  Tensor r = empty({n}, dtype == ScalarType::Undefined ? ScalarType::Long : dtype);
  return r && randperm_out(n, g, r) ? r : Tensor();
}

Tensor rand_like(const Tensor &self, ScalarType dtype) {
  Tensor r = empty_like_preserve(self, dtype == ScalarType::Undefined ? self.dtype() : dtype);
  return r && uniform_(r, 0, 1, default_generator()) ? r : Tensor();
}

Tensor randn_like(const Tensor &self, ScalarType dtype) {
  Tensor r = empty_like_preserve(self, dtype == ScalarType::Undefined ? self.dtype() : dtype);
  return r && normal_(r, 0, 1, default_generator()) ? r : Tensor();
}

Tensor randint_like(const Tensor &self, int64_t low, int64_t high, ScalarType dtype) {
  Tensor r = empty_like_preserve(self, dtype == ScalarType::Undefined ? self.dtype() : dtype);
  return r && random_(r, low, &high, default_generator()) ? r : Tensor();
}

// ---------------------------------------------------------------------------
// Functional samplers

Tensor bernoulli(const Tensor &p, Generator &g) {
  Tensor r = empty(p.sizes(), p.dtype());
  return r && bernoulli_(r, p, g) ? r : Tensor();
}

bool bernoulli_out(const Tensor &p, Generator &g, Tensor &out) {
  return resize_(out, p.sizes()) && bernoulli_(out, p, g);
}

Tensor bernoulli(const Tensor &self, double p, Generator &g) {
  Tensor r = empty(self.sizes(), self.dtype());
  return r && bernoulli_(r, p, g) ? r : Tensor();
}

bool normal_out(const Tensor &mean, double std, Generator &g, Tensor &out) {
  if (!check_std(std)) return false;
  int64_t shape[kMaxDims];
  size_t nd;
  if (!broadcast_shapes(mean.sizes(), out.sizes(), shape, &nd)) return false;
  return resize_(out, IntArrayRef(shape, nd)) && normal_(out, 0, std, g) && add_(out, mean);
}

Tensor normal(const Tensor &mean, double std, Generator &g) {
  if (!check_std(std)) return Tensor();
  Tensor r = empty(mean.sizes(), mean.dtype());
  return r && normal_out(mean, std, g, r) ? r : Tensor();
}

bool normal_out(double mean, const Tensor &std, Generator &g, Tensor &out) {
  if (!check_std_tensor(std)) return false;
  return resize_(out, std.sizes()) && normal_(out, 0, 1, g) && mul_(out, std) &&
         add_(out, full({}, Scalar(mean), out.dtype()));
}

Tensor normal(double mean, const Tensor &std, Generator &g) {
  if (!check_std_tensor(std)) return Tensor();
  Tensor r = empty(std.sizes(), std.dtype());
  return r && normal_out(mean, std, g, r) ? r : Tensor();
}

bool normal_out(const Tensor &mean, const Tensor &std, Generator &g, Tensor &out) {
  if (!check_std_tensor(std)) return false;
  int64_t shape[kMaxDims];
  size_t nd;
  if (!broadcast_shapes(mean.sizes(), std.sizes(), shape, &nd)) return false;
  return resize_(out, IntArrayRef(shape, nd)) && normal_(out, 0, 1, g) && mul_(out, std) &&
         add_(out, mean);
}

Tensor normal(const Tensor &mean, const Tensor &std, Generator &g) {
  if (!check_std_tensor(std)) return Tensor();
  int64_t shape[kMaxDims];
  size_t nd;
  if (!broadcast_shapes(mean.sizes(), std.sizes(), shape, &nd)) return Tensor();
  Tensor r = empty(IntArrayRef(shape, nd), mean.dtype());
  return r && normal_out(mean, std, g, r) ? r : Tensor();
}

Tensor normal(double mean, double std, IntArrayRef size, Generator &g, ScalarType dtype) {
  Tensor r = empty(size, or_default(dtype));
  return r && normal_(r, mean, std, g) ? r : Tensor();
}

bool normal_out(double mean, double std, IntArrayRef size, Generator &g, Tensor &out) {
  return resize_(out, size) && normal_(out, mean, std, g);
}

// ---------------------------------------------------------------------------
// multinomial

namespace {

// With replacement: per row, the normalised cumulative sums in the input's dtype, then a
// binary search for each 53-bit uniform draw.
template <class T>
bool multinomial_rows(const Tensor &probs, int64_t n_sample, Generator &g, int64_t *out) {
  int64_t rows = probs.dim() == 1 ? 1 : probs.size(0);
  int64_t cats = probs.size(probs.dim() - 1);
  int64_t s0 = probs.dim() == 1 ? 0 : probs.stride(0), s1 = probs.stride(probs.dim() - 1);
  const T *p = probs.data<T>();
  Tensor cum_t = empty({cats}, probs.dtype());
  if (!cum_t) return false;
  T *cum = cum_t.data<T>();
  for (int64_t i = 0; i < rows; i++) {
    T sum = 0;
    for (int64_t j = 0; j < cats; j++) {
      T v = p[i * s0 + j * s1];
      if (!(v >= 0))
        return fail(ErrorKind::RuntimeError,
                    "invalid multinomial distribution (encountering probability entry < 0)");
      if (!std::isfinite(static_cast<double>(v)))
        return fail(ErrorKind::RuntimeError, "invalid multinomial distribution (encountering "
                                             "probability entry = infinity or NaN)");
      sum += v;
      cum[j] = sum;
    }
    if (!(sum > 0))
      return fail(ErrorKind::RuntimeError,
                  "invalid multinomial distribution (sum of probabilities <= 0)");
    for (int64_t j = 0; j < cats; j++) cum[j] /= sum;
    cum[cats - 1] = 1;
    for (int64_t j = 0; j < n_sample; j++) {
      double u = uniform_sample(g, 0.0, 1.0);
      int64_t left = 0, right = cats;
      while (right - left > 0) {
        int64_t mid = left + (right - left) / 2;
        if (static_cast<double>(cum[mid]) < u)
          left = mid + 1;
        else
          right = mid;
      }
      out[i * n_sample + j] = left;
    }
  }
  return true;
}

// Without replacement (or one sample): argmax / topk of p / q with q ~ Exp(1).
bool multinomial_gumbel(const Tensor &self, int64_t n_sample, Generator &g, Tensor &out) {
  Tensor mx = amax(self), mn = amin(self);
  if (!mx || !mn) return false;
  double hi = item(to_dtype(mx, ScalarType::Double)).to_double();
  double lo = item(to_dtype(mn, ScalarType::Double)).to_double();
  if (!(hi < INFINITY && lo >= 0))
    return fail(ErrorKind::RuntimeError,
                "probability tensor contains either `inf`, `nan` or element < 0");
  int64_t last = self.dim() - 1;
  Tensor sums = sum(self, IntArrayRef(&last, 1));
  if (!sums) return false;
  Tensor zeros_found = eq(sums, scalar_to_tensor(Scalar(int64_t(0))));
  if (!zeros_found) return false;
  Tensor any_zero = any(zeros_found);
  if (!any_zero) return false;
  if (item(any_zero).to_long())
    return fail(ErrorKind::RuntimeError,
                "invalid multinomial distribution (sum of probabilities <= 0)");
  Tensor q = empty_like_preserve(self, self.dtype());
  if (!q || !exponential_(q, 1, g)) return false;
  Tensor ratio = div(self, q);
  if (!ratio) return false;
  Tensor idx;
  if (n_sample == 1) {
    idx = argmax(ratio, -1, true);
  } else {
    ValuesIndices vi = topk(ratio, n_sample, -1, true, true);
    idx = vi.indices;
  }
  return idx && copy_(out, idx);
}

} // namespace

bool multinomial_out(const Tensor &self, int64_t n_sample, bool replacement, Generator &g,
                     Tensor &out) {
  if (self.dim() < 1 || self.dim() > 2)
    return fail(ErrorKind::RuntimeError, "prob_dist must be 1 or 2 dim");
  if (!is_floating(self.dtype()))
    return fail(ErrorKind::RuntimeError,
                "multinomial only supports floating-point dtypes for input, got: %s",
                scalar_type_name(self.dtype()));
  if (out.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError, "multinomial expects Long tensor out, got: %s",
                scalar_type_name(out.dtype()));
  if (n_sample <= 0) return fail(ErrorKind::RuntimeError, "cannot sample n_sample <= 0 samples");
  int64_t cats = self.size(self.dim() - 1);
  if (!replacement && n_sample > cats)
    return fail(ErrorKind::RuntimeError,
                "cannot sample n_sample > prob_dist.size(-1) samples without replacement");
  if (cats > (int64_t(1) << 24))
    return fail(ErrorKind::RuntimeError, "number of categories cannot exceed 2^24");
  int64_t shape[2] = {self.size(0), n_sample};
  bool ok = self.dim() == 1 ? resize_(out, IntArrayRef(&n_sample, 1))
                            : resize_(out, IntArrayRef(shape, 2));
  if (!ok) return false;
  if (!replacement || n_sample == 1) return multinomial_gumbel(self, n_sample, g, out);
  if (self.numel() == 0) return true;
  Tensor res = out.is_contiguous() ? out : empty(out.sizes(), ScalarType::Long);
  if (!res) return false;
  bool done = dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same<T, float>::value || std::is_same<T, double>::value)
      return multinomial_rows<T>(self, n_sample, g, res.data<int64_t>());
    return not_floating("multinomial", self.dtype());
  });
  return done && (res.is_same(out) || copy_(out, res));
}

Tensor multinomial(const Tensor &self, int64_t num_samples, bool replacement, Generator &g) {
  Tensor r = empty({0}, ScalarType::Long);
  return r && multinomial_out(self, num_samples, replacement, g, r) ? r : Tensor();
}

// ---------------------------------------------------------------------------
// Dropout

#define TENSOR_DROPOUT_FORMS(name, feature, alpha)                                                 \
  Tensor name(const Tensor &input, double p, bool train) {                                         \
    Tensor r;                                                                                      \
    return dropout_impl(input, p, train, feature, alpha, false, &r) ? r : Tensor();                \
  }                                                                                                \
  bool name##_(const Tensor &self, double p, bool train) {                                         \
    Tensor r;                                                                                      \
    return dropout_impl(self, p, train, feature, alpha, true, &r);                                 \
  }
TENSOR_DROPOUT_FORMS(dropout, false, false)
TENSOR_DROPOUT_FORMS(feature_dropout, true, false)
TENSOR_DROPOUT_FORMS(alpha_dropout, false, true)
TENSOR_DROPOUT_FORMS(feature_alpha_dropout, true, true)
#undef TENSOR_DROPOUT_FORMS

// ---------------------------------------------------------------------------
// linspace / logspace / eye

namespace {

// Note [linspace rounding]
// PyTorch's x86 build fills linspace with AVX2 vectors of V elements (8 float, 4 double,
// 16 half, ...): each vector starts at start + step * i (or end - step * (steps - i - 1)
// from the halfway point on, decided per vector) and adds k * step for its lanes; the
// tail after the last pair of vectors is computed per element. Floating dtypes compute
// in their own type with fused multiply-adds (the kernel is built with FMA), integral
// ones in double and truncate. We reproduce that order so that the bits match.
template <class T> constexpr int64_t vec_lanes() { return 32 / static_cast<int64_t>(sizeof(T)); }

template <class T>
T lin_value(T start, T end, T step, int64_t idx, int64_t halfway, int64_t steps) {
  if constexpr (std::is_same<T, float>::value) {
    return idx < halfway ? fmaf(step, static_cast<float>(idx), start)
                         : fmaf(-step, static_cast<float>(steps - idx - 1), end);
  } else {
    return idx < halfway ? fma(step, static_cast<double>(idx), start)
                         : fma(-step, static_cast<double>(steps - idx - 1), end);
  }
}

template <class T> T lin_lane(T base, T step, int64_t k) { return base + static_cast<T>(k) * step; }

// Calls vec(i) for each vector of v lanes PyTorch's vectorised loop fills (they go in
// pairs, so a lone last vector is left to the tail) and one(i) for each tail element.
template <class Vec, class One> void linspace_order(int64_t steps, int64_t v, Vec vec, One one) {
  int64_t i = 0;
  for (; i + 2 * v <= steps; i += 2 * v) vec(i), vec(i + v);
  for (; i < steps; i++) one(i);
}

// float / double.
template <class T> void linspace_float(T *out, int64_t steps, T start, T end) {
  T step = (end - start) / static_cast<T>(steps - 1);
  int64_t halfway = steps / 2;
  auto value = [&](int64_t i) { return lin_value(start, end, step, i, halfway, steps); };
  linspace_order(
      steps, vec_lanes<T>(),
      [&](int64_t i) {
        T base = value(i);
        for (int64_t k = 0; k < vec_lanes<T>(); k++) out[i + k] = lin_lane(base, step, k);
      },
      [&](int64_t i) { out[i] = value(i); });
}

// Half / BFloat16: every operation rounds to the type (c10's arithmetic).
template <class T> void linspace_low(T *out, int64_t steps, T start, T end) {
  auto f = [](T x) { return static_cast<float>(x); };
  T diff = T(f(end) - f(start));
  T step = T(f(diff) / f(T(static_cast<float>(steps - 1))));
  auto value = [&](int64_t idx) {
    if (idx < steps / 2) return T(f(start) + f(T(f(step) * f(T(static_cast<float>(idx))))));
    return T(f(end) - f(T(f(step) * f(T(static_cast<float>(steps - idx - 1))))));
  };
  linspace_order(
      steps, vec_lanes<T>(),
      [&](int64_t i) {
        T base = value(i);
        for (int64_t k = 0; k < vec_lanes<T>(); k++)
          out[i + k] = T(f(base) + f(T(static_cast<float>(k) * f(step))));
      },
      [&](int64_t i) { out[i] = value(i); });
}

// Integral: step in double, values truncated.
template <class T> void linspace_int(T *out, int64_t steps, T start, T end) {
  double s = static_cast<double>(start), e = static_cast<double>(end);
  double step = (e - s) / static_cast<double>(steps - 1);
  int64_t halfway = steps / 2;
  auto value = [&](int64_t i) {
    return i < halfway ? fma(step, static_cast<double>(i), s)
                       : fma(-step, static_cast<double>(steps - i - 1), e);
  };
  linspace_order(
      steps, vec_lanes<T>(),
      [&](int64_t i) {
        double base = static_cast<double>(static_cast<T>(x86_to_i64(value(i))));
        for (int64_t k = 0; k < vec_lanes<T>(); k++)
          out[i + k] = static_cast<T>(x86_to_i64(base + static_cast<double>(k) * step));
      },
      [&](int64_t i) { out[i] = static_cast<T>(x86_to_i64(value(i))); });
}

template <class T> T scalar_to(Scalar s) {
  if constexpr (std::is_same<T, bool>::value)
    return s.to_double() != 0;
  else if constexpr (std::is_floating_point<compute_t<T>>::value)
    return static_cast<T>(static_cast<compute_t<T>>(s.to_double()));
  else
    return static_cast<T>(s.is_floating() ? x86_to_i64(s.to_double()) : s.to_long());
}

bool check_steps(int64_t steps) {
  if (steps >= 0) return true;
  return fail(ErrorKind::RuntimeError, "number of steps must be non-negative");
}

} // namespace

bool linspace_out(Scalar start, Scalar end, int64_t steps, Tensor &out) {
  if (!check_steps(steps)) return false;
  if (out.numel() != steps && !resize_(out, IntArrayRef(&steps, 1))) return false;
  if (steps == 0) return true;
  if (steps == 1) return fill_(out, start);
  ScalarType t = out.dtype();
  if (t == ScalarType::Bool) return not_floating("linspace_cpu", t);
  Tensor r = out.is_contiguous() ? out : empty(out.sizes(), t);
  if (!r) return false;
  dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same<T, float>::value || std::is_same<T, double>::value)
      linspace_float<T>(r.data<T>(), steps, scalar_to<T>(start), scalar_to<T>(end));
    else if constexpr (is_low_float_v<T>)
      linspace_low<T>(r.data<T>(), steps, scalar_to<T>(start), scalar_to<T>(end));
    else if constexpr (!std::is_same<T, bool>::value)
      linspace_int<T>(r.data<T>(), steps, scalar_to<T>(start), scalar_to<T>(end));
    return 0;
  });
  return r.is_same(out) || copy_(out, r);
}

Tensor linspace(Scalar start, Scalar end, int64_t steps, ScalarType dtype) {
  if (!check_steps(steps)) return Tensor();
  Tensor r = empty({steps}, or_default(dtype));
  return r && linspace_out(start, end, steps, r) ? r : Tensor();
}

bool logspace_out(Scalar start, Scalar end, int64_t steps, double base, Tensor &out) {
  if (!check_steps(steps)) return false;
  if (out.numel() != steps && !resize_(out, IntArrayRef(&steps, 1))) return false;
  if (steps == 0) return true;
  if (steps == 1) return fill_(out, Scalar(::pow(base, start.to_double())));
  ScalarType t = out.dtype();
  if (t == ScalarType::Bool || t == ScalarType::Half) return not_floating("logspace_cpu", t);
  Tensor r = out.is_contiguous() ? out : empty(out.sizes(), t);
  if (!r) return false;
  dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same<T, bool>::value) {
      T *data = r.data<T>();
      T s = scalar_to<T>(start), e = scalar_to<T>(end);
      // Integral dtypes raise a float base (PyTorch avoids a double pow there).
      double b = is_floating_v<T> ? base : static_cast<double>(static_cast<float>(base));
      // end - start in the dtype (int for integers), then in double.
      double diff;
      if constexpr (is_floating_v<T>)
        diff = static_cast<double>(static_cast<compute_t<T>>(
            static_cast<T>(static_cast<compute_t<T>>(e) - static_cast<compute_t<T>>(s))));
      else
        diff = static_cast<double>(static_cast<int64_t>(e) - static_cast<int64_t>(s));
      double step = diff / static_cast<double>(steps - 1);
      double sd = static_cast<double>(static_cast<compute_t<T>>(s));
      double ed = static_cast<double>(static_cast<compute_t<T>>(e));
      int64_t halfway = steps / 2;
      for (int64_t i = 0; i < steps; i++) {
        double x = i < halfway ? sd + step * static_cast<double>(i)
                               : ed - step * static_cast<double>(steps - i - 1);
        double v = ::pow(b, x);
        if constexpr (is_floating_v<T>)
          data[i] = static_cast<T>(static_cast<compute_t<T>>(v));
        else
          data[i] = static_cast<T>(x86_to_i64(v));
      }
    }
    return 0;
  });
  return r.is_same(out) || copy_(out, r);
}

Tensor logspace(Scalar start, Scalar end, int64_t steps, double base, ScalarType dtype) {
  if (!check_steps(steps)) return Tensor();
  Tensor r = empty({steps}, or_default(dtype));
  return r && logspace_out(start, end, steps, base, r) ? r : Tensor();
}

bool eye_out(int64_t n, int64_t m, Tensor &out) {
  if (n < 0)
    return fail(ErrorKind::RuntimeError, "n must be greater or equal to 0, got %lld", (long long)n);
  if (m < 0)
    return fail(ErrorKind::RuntimeError, "m must be greater or equal to 0, got %lld", (long long)m);
  int64_t sizes[2] = {n, m};
  if (!resize_(out, IntArrayRef(sizes, 2)) || !zero_(out)) return false;
  int64_t k = n < m ? n : m;
  if (k == 0) return true;
  int64_t stride = out.stride(0) + out.stride(1);
  Tensor diag = as_strided(out, IntArrayRef(&k, 1), IntArrayRef(&stride, 1));
  return diag && fill_(diag, 1);
}

Tensor eye(int64_t n, int64_t m, ScalarType dtype) {
  if (n < 0) {
    fail(ErrorKind::RuntimeError, "n must be greater or equal to 0, got %lld", (long long)n);
    return Tensor();
  }
  Tensor r = empty({0}, or_default(dtype));
  return r && eye_out(n, m, r) ? r : Tensor();
}

// ---------------------------------------------------------------------------
// erfinv

namespace {
bool erfinv_impl(const Tensor &self, Tensor &out, bool resizable) {
  return float_op(self, out, resizable, [](auto x) { return erfinv(x); });
}
} // namespace

Tensor erfinv(const Tensor &self) {
  Tensor out;
  return erfinv_impl(self, out, true) ? out : Tensor();
}

bool erfinv_out(const Tensor &self, Tensor &out) { return erfinv_impl(self, out, true); }

bool erfinv_(const Tensor &self) {
  Tensor out = self;
  return erfinv_impl(self, out, false);
}

} // namespace tensor
