// cumsum and cumprod along one dim: each contiguous row (rows.h) is scanned in
// the result dtype's accumulator (double for floating types, int64 for
// integral ones, as PyTorch's acc_type on CPU).
#include "tensor/rows.h"

#include <type_traits>

namespace tensor {

template <class T>
using scan_acc_t = std::conditional_t<std::is_integral<T>::value && !std::is_same<T, bool>::value,
                                      int64_t, double>;

// Integral and bool inputs accumulate in Long unless a dtype is given.
static ScalarType scan_dtype(const Tensor &self, ScalarType dtype) {
  if (dtype != ScalarType::Undefined) return dtype;
  return is_integral(self.dtype(), true) ? ScalarType::Long : self.dtype();
}

template <bool kProd>
static bool scan_impl(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out) {
  if (dtype == ScalarType::Undefined && out) dtype = out.dtype();
  ScalarType rt = scan_dtype(self, dtype);
  if (rt == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "\"%s_out_cpu\" not implemented for 'Bool'",
                kProd ? "cumprod" : "cumsum");
  DimRows r;
  if (!plan_dim_rows(self, dim, rt, &r)) return false;
  Tensor result = empty(self.sizes(), rt);
  Tensor target = result ? rows_target(result, r) : Tensor();
  if (!target) return false;
  dispatch_all(rt, [&](auto tag) {
    using T = decltype(tag);
    using A = scan_acc_t<compute_t<T>>;
    const T *in = r.data.data<T>();
    T *o = target.data<T>();
    for (int64_t i = 0; i < r.nrows; i++) {
      A acc = kProd ? A(1) : A(0);
      for (int64_t j = i * r.len; j < (i + 1) * r.len; j++) {
        A x = static_cast<A>(static_cast<compute_t<T>>(in[j]));
        acc = kProd ? static_cast<A>(acc * x) : static_cast<A>(acc + x);
        o[j] = cast_to<T>(acc);
      }
    }
  });
  return finish_rows(result, r, target) && deliver(result, out);
}

bool cumsum_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out) {
  return scan_impl<false>(self, dim, dtype, out);
}

bool cumprod_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out) {
  return scan_impl<true>(self, dim, dtype, out);
}

Tensor cumsum(const Tensor &self, int64_t dim, ScalarType dtype) {
  Tensor out;
  return cumsum_out(self, dim, dtype, out) ? out : Tensor();
}

Tensor cumprod(const Tensor &self, int64_t dim, ScalarType dtype) {
  Tensor out;
  return cumprod_out(self, dim, dtype, out) ? out : Tensor();
}

} // namespace tensor
