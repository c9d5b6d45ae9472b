// Logical ops (logical_and/or/xor/not -> Bool), bitwise ops (integral and bool
// only) and masked_fill. Steps: result dtype -> checks -> iterator -> dtype
// switch over one lambda.
#include "tensor/pointwise_kernel.h"

#include <limits>

namespace tensor {

// ---------------------------------------------------------------------------
// Logical ops: every input is read as "!= 0" (converted to Bool first, which is
// exact for every dtype), the result is Bool (an out= of another dtype gets it
// converted).

template <int n, class F>
static bool logical_run(const Tensor *inputs, Tensor &out, bool resizable, F f) {
  return elementwise(inputs, n, out, resizable, ScalarType::Bool, ScalarType::Bool,
                     [&](const ElementwiseIter &it) {
                       run_pointwise<bool, bool, n>(it, f);
                       return true;
                     });
}

#define TENSOR_LOGICAL_BINARY(name, expr)                                                          \
  static bool name##_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {         \
    const Tensor inputs[2] = {a, b};                                                               \
    return logical_run<2>(inputs, out, resizable, [](bool x, bool y) { return expr; });            \
  }
TENSOR_LOGICAL_BINARY(logical_and, x &&y)
TENSOR_LOGICAL_BINARY(logical_or, x || y)
TENSOR_LOGICAL_BINARY(logical_xor, x != y)
#undef TENSOR_LOGICAL_BINARY

static bool logical_not_impl(const Tensor &self, Tensor &out, bool resizable) {
  return logical_run<1>(&self, out, resizable, [](bool x) { return !x; });
}

// ---------------------------------------------------------------------------
// Bitwise ops: in result_type; floating dtypes raise `kernel`'s error.

template <int n, class F>
static bool bitwise_run(const Tensor *inputs, Tensor &out, bool resizable, const char *kernel,
                        F f) {
  ScalarType common = n == 1 ? inputs[0].dtype() : result_type(inputs[0], inputs[1]);
  if (n == 1 && !check_exact_out(out, common)) return false;
  if (is_floating(common)) return not_implemented(kernel, common);
  return elementwise(inputs, n, out, resizable, common, common, [&](const ElementwiseIter &it) {
    dispatch_all(common, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (!is_float_v<T>) run_pointwise<T, T, n>(it, f);
    });
    return true;
  });
}

// Bool operands stay logical (~true is false, not -2).
#define TENSOR_BITWISE_BINARY(name, op)                                                            \
  static bool name##_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable) {         \
    const Tensor inputs[2] = {a, b};                                                               \
    return bitwise_run<2>(inputs, out, resizable, #name "_cpu",                                    \
                          [](auto x, auto y) { return static_cast<decltype(x)>(x op y); });        \
  }
TENSOR_BITWISE_BINARY(bitwise_and, &)
TENSOR_BITWISE_BINARY(bitwise_or, |)
TENSOR_BITWISE_BINARY(bitwise_xor, ^)
#undef TENSOR_BITWISE_BINARY

static bool bitwise_not_impl(const Tensor &self, Tensor &out, bool resizable) {
  return bitwise_run<1>(&self, out, resizable, "bitwise_not_cpu", [](auto x) {
    using C = decltype(x);
    if constexpr (std::is_same<C, bool>::value)
      return !x;
    else
      return static_cast<C>(~x);
  });
}

#define TENSOR_LOGICAL_BINARY_FORMS(name)                                                          \
  TENSOR_POINTWISE_FORMS(name, TENSOR_COMMA const Tensor &b, TENSOR_COMMA b)
TENSOR_LOGICAL_BINARY_FORMS(logical_and)
TENSOR_LOGICAL_BINARY_FORMS(logical_or)
TENSOR_LOGICAL_BINARY_FORMS(logical_xor)
TENSOR_LOGICAL_BINARY_FORMS(bitwise_and)
TENSOR_LOGICAL_BINARY_FORMS(bitwise_or)
TENSOR_LOGICAL_BINARY_FORMS(bitwise_xor)
#undef TENSOR_LOGICAL_BINARY_FORMS
TENSOR_POINTWISE_FORMS(logical_not, , )
TENSOR_POINTWISE_FORMS(bitwise_not, , )

// ---------------------------------------------------------------------------
// masked_fill

// PyTorch 1.13 reads a non-Bool mask by value and refuses anything but 0 and 1.
static bool check_mask(const Tensor &mask) {
  if (mask.dtype() == ScalarType::Bool) return true;
  bool binary = true;
  for_each_element(mask, [&](void *p) {
    double v = load_scalar(p, mask.dtype()).to_double();
    binary = binary && (v == 0 || v == 1);
  });
  return binary ? true : fail(ErrorKind::RuntimeError, "Mask tensor can take 0 and 1 values only");
}

// The fill value must fit an integral self (c10's checked_convert).
static bool check_fill_value(ScalarType t, Scalar value) {
  return dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_integral<T>::value && !std::is_same<T, bool>::value) {
      double v = value.to_double();
      if (v >= double(std::numeric_limits<T>::lowest()) &&
          v <= double(std::numeric_limits<T>::max()))
        return true;
      static const char *const names[] = {"uint8_t", "int8_t", "int16_t", "int32_t", "int64_t"};
      return fail(ErrorKind::RuntimeError, "value cannot be converted to type %s without overflow",
                  names[static_cast<int>(t)]); // ORDER SCALAR TYPE: the integral types lead
    }
    return true;
  });
}

// The mask is converted to self's dtype with the other inputs; only its
// zero-ness matters.
bool masked_fill_(const Tensor &self, const Tensor &mask, Scalar value) {
  if (!check_mask(mask) || !check_fill_value(self.dtype(), value)) return false;
  ScalarType dtype = self.dtype();
  Tensor out = self;
  const Tensor inputs[2] = {self, mask};
  return elementwise(inputs, 2, out, false, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      C v = is_float_v<T> ? C(value.to_double()) : cast_to<C>(value.to_long());
      if constexpr (std::is_same<T, bool>::value) v = value.to_double() != 0;
      run_pointwise<T, T, 2>(it, [v](C x, C m) { return m != C(0) ? v : x; });
    });
    return true;
  });
}

static bool check_value_tensor(const Tensor &value) {
  if (value.dim() == 0) return true;
  return fail(ErrorKind::RuntimeError,
              "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
              "%d dimension(s).",
              static_cast<int>(value.dim()));
}

bool masked_fill_(const Tensor &self, const Tensor &mask, const Tensor &value) {
  if (!check_value_tensor(value)) return false;
  return masked_fill_(self, mask, item(value));
}

// A contiguous copy of self broadcast with mask, then filled in place.
Tensor masked_fill(const Tensor &self, const Tensor &mask, Scalar value) {
  if (!check_mask(mask)) return Tensor();
  int64_t shape[kMaxDims];
  size_t ndim = 0;
  if (!broadcast_shapes(self.sizes(), mask.sizes(), shape, &ndim)) return Tensor();
  Tensor expanded = expand(self, IntArrayRef(shape, ndim));
  Tensor out = expanded ? clone_contiguous(expanded) : Tensor();
  return out && masked_fill_(out, mask, value) ? out : Tensor();
}

Tensor masked_fill(const Tensor &self, const Tensor &mask, const Tensor &value) {
  if (!check_value_tensor(value)) return Tensor();
  return masked_fill(self, mask, item(value));
}

} // namespace tensor
