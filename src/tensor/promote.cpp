// Type promotion, as PyTorch 1.13 does it.
//
// Note [Wrapped numbers in type promotion]
// Operands fall into three priority classes: tensors with dimensions, 0-dim
// tensors, and wrapped numbers (Python scalars turned into 0-dim tensors). Each
// class is promoted within itself; then a lower class only matters if it is of a
// higher category (bool < integral < floating) than the classes above it. A
// wrapped float counts as the default dtype (float32), so int_tensor + 2.5 is
// float32 and float16_tensor + 2.5 stays float16.
#include "tensor/internal.h"

namespace tensor {

static int int_rank(ScalarType t) {
  return static_cast<int>(t) - static_cast<int>(ScalarType::Char);
}

// Promotion of two integral types (Byte..Long).
static ScalarType promote_integral(ScalarType a, ScalarType b) {
  if (a == ScalarType::Byte || b == ScalarType::Byte) {
    ScalarType other = a == ScalarType::Byte ? b : a;
    if (other == ScalarType::Byte) return other;
    return other == ScalarType::Char ? ScalarType::Short : other; // uint8 + int8 -> int16
  }
  return int_rank(a) > int_rank(b) ? a : b;
}

static ScalarType promote_floating(ScalarType a, ScalarType b) {
  if (a == b) return a;
  if (a == ScalarType::Double || b == ScalarType::Double) return ScalarType::Double;
  return ScalarType::Float; // Half+BFloat16, or either with Float
}

ScalarType promote_types(ScalarType a, ScalarType b) {
  if (a == b) return a;
  if (a == ScalarType::Undefined || b == ScalarType::Undefined) return ScalarType::Undefined;
  if (a == ScalarType::Bool) return b;
  if (b == ScalarType::Bool) return a;
  if (is_floating(a) && is_floating(b)) return promote_floating(a, b);
  if (is_floating(a)) return a;
  if (is_floating(b)) return b;
  return promote_integral(a, b);
}

static ScalarType promote_skip_undefined(ScalarType a, ScalarType b) {
  if (a == ScalarType::Undefined) return b;
  if (b == ScalarType::Undefined) return a;
  return promote_types(a, b);
}

// Lets `lower` (a weaker priority class) affect `higher` only when it is of a
// higher category.
static ScalarType combine_categories(ScalarType higher, ScalarType lower) {
  if (is_floating(higher)) return higher;
  if (higher == ScalarType::Bool || is_floating(lower))
    return promote_skip_undefined(higher, lower);
  return higher != ScalarType::Undefined ? higher : lower;
}

void ResultTypeState::update(const Tensor &t) {
  ScalarType current = t.dtype();
  if (t.is_wrapped_number()) {
    if (is_floating(current)) current = default_dtype();
    wrapped = promote_skip_undefined(wrapped, current);
  } else if (t.dim() == 0) {
    zero_dim = promote_skip_undefined(zero_dim, current);
  } else {
    dimensioned = promote_skip_undefined(dimensioned, current);
  }
}

void ResultTypeState::update(Scalar s) {
  ScalarType current = s.is_bool()       ? ScalarType::Bool
                       : s.is_integral() ? ScalarType::Long
                                         : default_dtype();
  wrapped = promote_skip_undefined(wrapped, current);
}

ScalarType ResultTypeState::result() const {
  return combine_categories(dimensioned, combine_categories(zero_dim, wrapped));
}

ScalarType result_type(const Tensor *tensors, size_t n) {
  ResultTypeState state;
  for (size_t i = 0; i < n; i++) state.update(tensors[i]);
  return state.result();
}

ScalarType result_type(const Tensor &a, const Tensor &b) {
  // Two ordinary tensors of one dtype (the common case) keep it. A wrapped
  // float is not "its" dtype (it counts as the default dtype), so those go the
  // long way.
  if (a.dtype() == b.dtype() && !a.is_wrapped_number() && !b.is_wrapped_number())
    return a.dtype();
  ResultTypeState state;
  state.update(a);
  state.update(b);
  return state.result();
}

ScalarType result_type(const Tensor &a, Scalar b) {
  ResultTypeState state;
  state.update(a);
  state.update(b);
  return state.result();
}

// Casting may not move to a lower category (floating -> integral -> bool).
bool can_cast(ScalarType from, ScalarType to) {
  if (is_floating(from) && is_integral(to, true)) return false;
  if (from != ScalarType::Bool && to == ScalarType::Bool) return false;
  return true;
}

bool check_can_cast(ScalarType result, ScalarType out) {
  if (can_cast(result, out)) return true;
  return fail(ErrorKind::RuntimeError, "result type %s can't be cast to the desired output type %s",
              scalar_type_name(result), scalar_type_name(out));
}

} // namespace tensor
