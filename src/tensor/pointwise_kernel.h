// Internal: the steps pointwise.h's kernels share. Each op: result dtype ->
// checks -> elementwise() builds the iterator (resizes out) -> a dtype switch
// over one lambda -> finish. The public forms are generated from one *_impl.
#pragma once

#include "tensor/iterator.h"
#include "tensor/pointwise.h"

#include <type_traits>

namespace tensor {

// RuntimeError "\"kernel\" not implemented for 'Type'", as PyTorch's dispatch macros.
inline bool not_implemented(const char *kernel, ScalarType t) {
  return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
              scalar_type_name(t));
}

// PyTorch's same-dtype unary ops want an out= of exactly the result dtype, and
// say so before any can-cast check: "Found dtype Long but expected Float".
inline bool check_exact_out(const Tensor &out, ScalarType result) {
  if (!out || out.dtype() == result) return true;
  return fail(ErrorKind::RuntimeError, "Found dtype %s but expected %s",
              scalar_type_name(out.dtype()), scalar_type_name(result));
}

template <class T> constexpr bool is_float_v = std::is_floating_point<compute_t<T>>::value;

// Builds an iterator over `inputs` (converted to `input` dtype unless Undefined)
// writing `result`, runs body(it) (false on failure), then finishes.
template <class Body>
bool elementwise(const Tensor *inputs, int n, Tensor &out, bool resizable, ScalarType result,
                 ScalarType input, Body body) {
  if (out && !check_can_cast(result, out.dtype())) return false;
  ElementwiseIter it;
  if (!it.build(out, resizable, result, inputs, n, input)) return false;
  return body(it) && it.finish();
}

// Runs f(x) over self converted to and written as `dtype`, for floating dtypes
// only (callers refused the others); T is the element type inside f.
template <class F>
bool float_elementwise(const Tensor &self, Tensor &out, bool resizable, ScalarType dtype, F f) {
  return elementwise(&self, 1, out, resizable, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (is_float_v<T>) run_pointwise<T, T, 1>(it, f);
    });
    return true;
  });
}

// Floating functions: integral and bool inputs compute in the default dtype.
template <class F> bool float_op(const Tensor &self, Tensor &out, bool resizable, F f) {
  ScalarType dtype = is_floating(self.dtype()) ? self.dtype() : default_dtype();
  return float_elementwise(self, out, resizable, dtype, f);
}

// Ops that keep self's dtype, out= included: f(x) for every dtype but bool
// (callers refused it).
template <class F> bool same_type_op(const Tensor &self, Tensor &out, bool resizable, F f) {
  ScalarType dtype = self.dtype();
  if (!check_exact_out(out, dtype)) return false;
  return elementwise(&self, 1, out, resizable, dtype, dtype, [&](const ElementwiseIter &it) {
    dispatch_all(dtype, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (!std::is_same<T, bool>::value) run_pointwise<T, T, 1>(it, f);
    });
    return true;
  });
}

// name##_impl(self, out, resizable) for a floating function `expr` of x.
#define TENSOR_FLOAT_OP(name, expr)                                                                \
  static bool name##_impl(const Tensor &self, Tensor &out, bool resizable) {                       \
    return float_op(self, out, resizable, [](auto x) { return expr; });                            \
  }

// The three public forms over name##_impl(self, args..., out, resizable).
#define TENSOR_POINTWISE_FORMS(name, params, args)                                                 \
  Tensor name(const Tensor &self params) {                                                         \
    Tensor out;                                                                                    \
    return name##_impl(self args, out, true) ? out : Tensor();                                     \
  }                                                                                                \
  bool name##_out(const Tensor &self params, Tensor &out) {                                        \
    return name##_impl(self args, out, true);                                                      \
  }                                                                                                \
  bool name##_(const Tensor &self params) {                                                        \
    Tensor out = self;                                                                             \
    return name##_impl(self args, out, false);                                                     \
  }
#define TENSOR_COMMA ,

} // namespace tensor
