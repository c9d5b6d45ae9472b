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

template <class F> auto dispatch_all(ScalarType t, F &&f) -> decltype(f(uint8_t{})) {
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
