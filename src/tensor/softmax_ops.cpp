// softmax and log_softmax along one dim, numerically stable as PyTorch's: the
// row's max is subtracted before exp. Rows are contiguous (rows.h); the result
// is row-major in the input's (or the requested) floating dtype.
#include "tensor/rows.h"

#include <cmath>

namespace tensor {

// out[i] = exp(x[i] - max) / sum, or x[i] - max - log(sum) for log_softmax.
template <class T> static void softmax_row(const T *in, T *out, int64_t n, bool log) {
  using C = compute_t<T>;
  C m = n ? static_cast<C>(in[0]) : C(0);
  for (int64_t i = 1; i < n; i++) {
    C x = static_cast<C>(in[i]);
    m = x > m || std::isnan(x) ? x : m;
  }
  C sum = 0;
  for (int64_t i = 0; i < n; i++) sum += std::exp(static_cast<C>(in[i]) - m);
  if (log) {
    C shift = m + std::log(sum);
    for (int64_t i = 0; i < n; i++) out[i] = static_cast<T>(static_cast<C>(in[i]) - shift);
    return;
  }
  for (int64_t i = 0; i < n; i++)
    out[i] = static_cast<T>(std::exp(static_cast<C>(in[i]) - m) / sum);
}

static bool softmax_impl(const Tensor &self, int64_t dim, ScalarType dtype, bool log, Tensor &out) {
  ScalarType rt = dtype == ScalarType::Undefined ? self.dtype() : dtype;
  DimRows r;
  if (!plan_dim_rows(self, dim, rt, &r)) return false;
  // PyTorch names its last-dim and other-dim kernels in the dtype error.
  bool last = r.ndim == 0 || r.perm[r.ndim - 1] == r.ndim - 1;
  bool supported =
      rt == ScalarType::Float || rt == ScalarType::Double || rt == ScalarType::BFloat16;
  if (!supported && self.numel() != 0)
    return fail(ErrorKind::RuntimeError, "\"%s_kernel_impl\" not implemented for '%s'",
                !last ? "softmax"
                : log ? "log_softmax_lastdim"
                      : "softmax_lastdim",
                scalar_type_name(rt));
  Tensor result = empty(self.sizes(), rt);
  Tensor target = result ? rows_target(result, r) : Tensor();
  if (!target) return false;
  dispatch_all(rt, [&](auto tag) {
    using T = decltype(tag);
    const T *in = r.data.data<T>();
    T *o = target.data<T>();
    for (int64_t i = 0; i < r.nrows; i++) softmax_row(in + i * r.len, o + i * r.len, r.len, log);
  });
  return finish_rows(result, r, target) && deliver(result, out);
}

bool softmax_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out) {
  return softmax_impl(self, dim, dtype, false, out);
}

bool log_softmax_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out) {
  return softmax_impl(self, dim, dtype, true, out);
}

Tensor softmax(const Tensor &self, int64_t dim, ScalarType dtype) {
  Tensor out;
  return softmax_out(self, dim, dtype, out) ? out : Tensor();
}

Tensor log_softmax(const Tensor &self, int64_t dim, ScalarType dtype) {
  Tensor out;
  return log_softmax_out(self, dim, dtype, out) ? out : Tensor();
}

} // namespace tensor
