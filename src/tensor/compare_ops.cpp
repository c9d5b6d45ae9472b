// Comparisons (eq ne lt le gt ge -> Bool) and where. Steps: common dtype ->
// checks -> iterator (resizes out) -> dtype switch over one lambda.
#include "tensor/iterator.h"
#include "tensor/pointwise.h"
#include "tensor/shape_ops.h"

namespace tensor {

// Compares in the promoted dtype of a and b; the result is Bool (an out= of
// another dtype receives it converted).
template <class F>
static bool compare_impl(const Tensor &a, const Tensor &b, Tensor &out, bool resizable, F f) {
  ScalarType common = result_type(a, b);
  const Tensor inputs[2] = {a, b};
  ElementwiseIter it;
  if (!it.build(out, resizable, ScalarType::Bool, inputs, 2, common)) return false;
  dispatch_all(common, [&](auto tag) {
    using T = decltype(tag);
    run_pointwise<bool, T, 2>(it, f);
  });
  return it.finish();
}

#define TENSOR_COMPARE_OP(name, op)                                                                \
  Tensor name(const Tensor &a, const Tensor &b) {                                                  \
    Tensor out;                                                                                    \
    return name##_out(a, b, out) ? out : Tensor();                                                 \
  }                                                                                                \
  bool name##_out(const Tensor &a, const Tensor &b, Tensor &out) {                                 \
    return compare_impl(a, b, out, true, [](auto x, auto y) { return x op y; });                   \
  }
TENSOR_COMPARE_OP(eq, ==)
TENSOR_COMPARE_OP(ne, !=)
TENSOR_COMPARE_OP(lt, <)
TENSOR_COMPARE_OP(le, <=)
TENSOR_COMPARE_OP(gt, >)
TENSOR_COMPARE_OP(ge, >=)
#undef TENSOR_COMPARE_OP

// ---------------------------------------------------------------------------
// where(condition, a, b)

static bool check_condition(const Tensor &condition) {
  ScalarType t = condition.dtype();
  if (t == ScalarType::Bool || t == ScalarType::Byte) return true; // uint8: deprecated, allowed
  return fail(ErrorKind::RuntimeError,
              "where expected condition to be a boolean tensor, but got a tensor with dtype %s",
              scalar_type_name(t));
}

// The condition is converted with a and b to their common dtype; only its
// zero-ness matters.
bool where_out(const Tensor &condition, const Tensor &a, const Tensor &b, Tensor &out) {
  ScalarType common = result_type(a, b);
  if (!check_condition(condition)) return false;
  if (out && !check_can_cast(common, out.dtype())) return false;
  const Tensor inputs[3] = {condition, a, b};
  ElementwiseIter it;
  if (!it.build(out, true, common, inputs, 3, common)) return false;
  dispatch_all(common, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    run_pointwise<T, T, 3>(it, [](C c, C x, C y) { return c != C(0) ? x : y; });
  });
  return it.finish();
}

Tensor where(const Tensor &condition, const Tensor &a, const Tensor &b) {
  Tensor out;
  return where_out(condition, a, b, out) ? out : Tensor();
}

// ---------------------------------------------------------------------------
// Closeness

Tensor isclose(const Tensor &a, const Tensor &b, double rtol, double atol, bool equal_nan) {
  if (!a || !b) return Tensor();
  if (a.dtype() != b.dtype()) {
    fail(ErrorKind::RuntimeError, "%s did not match %s", scalar_type_name(a.dtype()),
         scalar_type_name(b.dtype()));
    return Tensor();
  }
  if (rtol < 0 || atol < 0) {
    fail(ErrorKind::RuntimeError, "%s must be greater than or equal to zero, but got %g",
         rtol < 0 ? "rtol" : "atol", rtol < 0 ? rtol : atol);
    return Tensor();
  }
  Tensor close = eq(a, b);
  if (close && equal_nan && is_floating(a.dtype()))
    close = logical_or(close, logical_and(isnan(a), isnan(b)));
  // Bool has no distance; with no tolerance only equality counts.
  if (!close || (rtol == 0 && atol == 0) || a.dtype() == ScalarType::Bool) return close;
  // Integral inputs are compared in the default float dtype.
  Tensor other = is_floating(b.dtype()) ? b : to_dtype(b, default_dtype());
  if (!other) return Tensor();
  Tensor scaled = mul(scalar_to_tensor(Scalar(rtol)), other);
  Tensor bound = scaled ? abs(scaled) : Tensor();
  Tensor allowed = bound ? add(scalar_to_tensor(Scalar(atol)), bound) : Tensor();
  Tensor diff = allowed ? sub(a, other) : Tensor();
  Tensor actual = diff ? abs(diff) : Tensor();
  Tensor finite = actual ? isfinite(actual) : Tensor();
  Tensor le_ok = finite ? le(actual, allowed) : Tensor();
  Tensor within = le_ok ? logical_and(finite, le_ok) : Tensor();
  return within ? logical_or(close, within) : Tensor();
}

// 1 when every element of a Bool tensor is true, 0 when not, -1 on error.
static int all_true(const Tensor &t) {
  Tensor r = t ? all(t) : Tensor();
  return r ? (item(r).to_long() != 0 ? 1 : 0) : -1;
}

int allclose(const Tensor &a, const Tensor &b, double rtol, double atol, bool equal_nan) {
  return all_true(isclose(a, b, rtol, atol, equal_nan));
}

int equal(const Tensor &a, const Tensor &b) {
  if (!a || !b) return -1;
  if (a.dim() != b.dim()) return 0;
  for (int64_t d = 0; d < a.dim(); d++)
    if (a.size(d) != b.size(d)) return 0;
  return all_true(eq(a, b));
}

} // namespace tensor
