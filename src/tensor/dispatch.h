// Internal: dtype switches. A kernel writes its body once as a generic lambda
// taking a value of the element type as a tag, and a switch picks the
// instantiation:  dispatch_all(t, [&](auto tag) { using T = decltype(tag); ... });
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// Arithmetic type for an element type: 16-bit floats compute in float.
template <class T> struct Compute { using type = T; };
template <> struct Compute<Half> { using type = float; };
template <> struct Compute<BFloat16> { using type = float; };
template <class T> using compute_t = typename Compute<T>::type;

// Note [Kernel dtypes]: the dtypes compute kernels are instantiated for are a
// build choice: TENSOR_KERNEL_DTYPES has bit k set for the ScalarType of value
// k (CMake: -DUPY_KERNEL_DTYPES="Float;Long;Bool"; default: all). A model
// that computes in float32 then carries no int16 or float64 code. Tensors of
// any dtype can still be made, printed, indexed and read element by element
// (dispatch_storage), but a kernel asked for a dtype left out records a
// RuntimeError and sets kernel_missing(), which the binding turns into the
// exception even where the kernel itself carried on with a void dispatch.
#ifndef TENSOR_KERNEL_DTYPES
#define TENSOR_KERNEL_DTYPES 0xffffffffu
#endif
constexpr bool kernel_dtype_built(ScalarType t) {
  return ((TENSOR_KERNEL_DTYPES) >> static_cast<unsigned>(t)) & 1u;
}
void kernel_dtype_missing(ScalarType t); // records the error, sets kernel_missing()

namespace detail {
// The first built dtype's C type: dispatch_all's result type is f's result
// for it (deducing it from a dtype left out would instantiate that kernel).
template <int K> struct BuiltTag;
#define TENSOR_BUILT_TAG(ctype, name, dtype)                                                       \
  template <> struct BuiltTag<static_cast<int>(ScalarType::name)> { using type = ctype; };
TENSOR_FORALL_SCALAR_TYPES(TENSOR_BUILT_TAG)
#undef TENSOR_BUILT_TAG
constexpr int first_built_dtype() {
  for (int k = 0; k < kNumScalarTypes; k++)
    if (kernel_dtype_built(static_cast<ScalarType>(k))) return k;
  return -1;
}
static_assert(first_built_dtype() >= 0, "TENSOR_KERNEL_DTYPES selects no dtype");
using FirstBuilt = typename BuiltTag<first_built_dtype()>::type;
} // namespace detail

// Compute kernels: f instantiated for the built dtypes only.
template <class F>
auto dispatch_all(ScalarType t, F &&f) -> decltype(f(detail::FirstBuilt{})) {
  switch (t) {
#define TENSOR_DISPATCH_CASE(ctype, name, dtype)                                                   \
  case ScalarType::name:                                                                           \
    if constexpr (kernel_dtype_built(ScalarType::name)) return f(ctype{});                         \
    break;
    TENSOR_FORALL_SCALAR_TYPES(TENSOR_DISPATCH_CASE)
#undef TENSOR_DISPATCH_CASE
  case ScalarType::Undefined: return decltype(f(detail::FirstBuilt{}))();
  }
  kernel_dtype_missing(t);
  return decltype(f(detail::FirstBuilt{}))();
}

// Single elements (load/store/convert one value): every dtype, always.
template <class F> auto dispatch_storage(ScalarType t, F &&f) -> decltype(f(uint8_t{})) {
  switch (t) {
#define TENSOR_DISPATCH_CASE(ctype, name, dtype)                                                   \
  case ScalarType::name: return f(ctype{});
    TENSOR_FORALL_SCALAR_TYPES(TENSOR_DISPATCH_CASE)
#undef TENSOR_DISPATCH_CASE
  case ScalarType::Undefined: break;
  }
  return decltype(f(uint8_t{}))();
}

// Converts with PyTorch's cast semantics: to bool is "!= 0"; to uint8 from a
// floating value goes through int64 so negative values wrap instead of being UB.
template <class To, class From> inline To cast_to(From v) {
  return static_cast<To>(static_cast<compute_t<From>>(v));
}
template <> inline bool cast_to<bool, Half>(Half v) { return static_cast<float>(v) != 0; }
template <> inline bool cast_to<bool, BFloat16>(BFloat16 v) { return static_cast<float>(v) != 0; }
template <> inline uint8_t cast_to<uint8_t, float>(float v) {
  return static_cast<uint8_t>(static_cast<int64_t>(v));
}
template <> inline uint8_t cast_to<uint8_t, double>(double v) {
  return static_cast<uint8_t>(static_cast<int64_t>(v));
}
template <> inline uint8_t cast_to<uint8_t, Half>(Half v) {
  return static_cast<uint8_t>(static_cast<int64_t>(static_cast<float>(v)));
}
template <> inline uint8_t cast_to<uint8_t, BFloat16>(BFloat16 v) {
  return static_cast<uint8_t>(static_cast<int64_t>(static_cast<float>(v)));
}

// Loads element type T from memory and converts it to To.
template <class To, class T> inline To load_as(const void *p) {
  return cast_to<To>(*static_cast<const T *>(p));
}

} // namespace tensor
