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

// PyTorch's same-dtype unary ops want an out= of exactly the result dtype
// (after the usual can-cast check): "Found dtype Double but expected Float".
inline bool check_exact_out(const Tensor &out, ScalarType result) {
  if (!out || out.dtype() == result) return true;
  if (!check_can_cast(result, out.dtype())) return false;
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
