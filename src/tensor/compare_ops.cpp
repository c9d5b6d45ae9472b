// Comparisons (eq ne lt le gt ge -> Bool) and where. Steps: common dtype ->
// checks -> iterator (resizes out) -> dtype switch over one lambda.
#include "tensor/iterator.h"

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

} // namespace tensor
