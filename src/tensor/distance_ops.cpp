// one_hot and the distance functions (cosine_similarity, pairwise_distance,
// cdist, pdist) as PyTorch 1.13.1 computes them.
#include "tensor/norm_ops.h"

#include "tensor/linalg.h"
#include "tensor/pointwise.h"
#include "tensor/rows.h"

#include <cmath>

namespace tensor {

static Tensor num(double v) { return scalar_to_tensor(Scalar(v)); }

// ---------------------------------------------------------------------------
// one_hot

Tensor one_hot(const Tensor &self, int64_t num_classes) {
  if (self.dtype() != ScalarType::Long) {
    fail(ErrorKind::RuntimeError, "one_hot is only applicable to index tensor.");
    return Tensor();
  }
  int64_t shape[kMaxDims + 1];
  for (int64_t d = 0; d < self.dim(); d++) shape[d] = self.size(d);
  int64_t nd = self.dim() + 1;
  if (!check_ndim(static_cast<size_t>(nd))) return Tensor();
  if (self.numel() == 0) {
    if (num_classes <= 0) {
      fail(ErrorKind::RuntimeError, "Can not infer total number of classes from empty tensor.");
      return Tensor();
    }
    shape[nd - 1] = num_classes;
    return empty(IntArrayRef(shape, nd), ScalarType::Long);
  }
  Tensor idx = contiguous(self);
  if (!idx) return Tensor();
  const int64_t *v = idx.data<int64_t>();
  int64_t lo = v[0], hi = v[0];
  for (int64_t i = 1; i < idx.numel(); i++) {
    lo = v[i] < lo ? v[i] : lo;
    hi = v[i] > hi ? v[i] : hi;
  }
  if (lo < 0) {
    fail(ErrorKind::RuntimeError, "Class values must be non-negative.");
    return Tensor();
  }
  if (num_classes == -1) {
    num_classes = hi + 1;
  } else if (num_classes <= hi) {
    fail(ErrorKind::RuntimeError, "Class values must be smaller than num_classes.");
    return Tensor();
  }
  shape[nd - 1] = num_classes;
  Tensor out = zeros(IntArrayRef(shape, nd), ScalarType::Long);
  if (!out) return Tensor();
  int64_t *o = out.data<int64_t>();
  for (int64_t i = 0; i < idx.numel(); i++) o[i * num_classes + v[i]] = 1;
  return out;
}

// ---------------------------------------------------------------------------
// cosine_similarity, pairwise_distance

// Each input divided by its 2-norm along dim (at least eps), then the dot
// product: PyTorch's order, which keeps the result within [-1, 1].
Tensor cosine_similarity(const Tensor &x1, const Tensor &x2, int64_t dim, double eps) {
  ScalarType common = result_type(x1, x2);
  if (!is_floating(common)) {
    fail(ErrorKind::RuntimeError,
         "expected common dtype to be floating point, yet common dtype is %s",
         scalar_type_name(common));
    return Tensor();
  }
  Tensor a = is_floating(x1.dtype()) ? x1 : to_dtype(x1, common);
  Tensor b = is_floating(x2.dtype()) ? x2 : to_dtype(x2, common);
  int64_t shape[kMaxDims];
  size_t nd;
  if (!a || !b || !broadcast_shapes(a.sizes(), b.sizes(), shape, &nd)) return Tensor();
  a = expand(a, IntArrayRef(shape, nd));
  b = a ? expand(b, IntArrayRef(shape, nd)) : Tensor();
  if (!b) return Tensor();
  const int64_t d[1] = {dim};
  Scalar lo(eps);
  Tensor n1 = norm(a, 2, IntArrayRef(d, 1), true);
  Tensor n2 = n1 ? norm(b, 2, IntArrayRef(d, 1), true) : Tensor();
  if (!n2 || !clamp_(n1, &lo, nullptr) || !clamp_(n2, &lo, nullptr)) return Tensor();
  Tensor u = div(a, n1), v = div(b, n2);
  Tensor p = u && v ? mul(u, v) : Tensor();
  return p ? sum(p, IntArrayRef(d, 1)) : Tensor();
}

Tensor pairwise_distance(const Tensor &x1, const Tensor &x2, double p, double eps, bool keepdim) {
  int64_t out_dim = x1.dim() > x2.dim() ? x1.dim() : x2.dim();
  const int64_t d[1] = {out_dim - 1};
  Tensor diff = sub(x1, x2);
  Tensor shifted = diff ? add(diff, num(eps)) : Tensor();
  return shifted ? norm(shifted, p, IntArrayRef(d, 1), keepdim) : Tensor();
}

// ---------------------------------------------------------------------------
// cdist, pdist

// The p-norm of a - b over m elements (p = 0 counts the differing elements).
template <class T> static T row_distance(const T *a, const T *b, int64_t m, double p) {
  double acc = 0;
  if (p == 0) {
    for (int64_t k = 0; k < m; k++) acc += a[k] != b[k] ? 1 : 0;
    return static_cast<T>(acc);
  }
  if (std::isinf(p)) {
    for (int64_t k = 0; k < m; k++) {
      double v = std::abs(static_cast<double>(a[k]) - static_cast<double>(b[k]));
      acc = v > acc || std::isnan(v) ? v : acc;
    }
    return static_cast<T>(acc);
  }
  for (int64_t k = 0; k < m; k++) {
    double v = std::abs(static_cast<double>(a[k]) - static_cast<double>(b[k]));
    acc += p == 1 ? v : p == 2 ? v * v : std::pow(v, p);
  }
  return static_cast<T>(p == 1 ? acc : p == 2 ? std::sqrt(acc) : std::pow(acc, 1 / p));
}

// The matrix-product form PyTorch uses for p = 2 on larger inputs:
// sqrt(max(|a|^2 + |b|^2 - 2 a.b, 0)), from [-2a, |a|^2, 1] @ [b, 1, |b|^2]^T.
static Tensor euclidean_dist(const Tensor &x1, const Tensor &x2) {
  const int64_t last[1] = {-1};
  Tensor sq1 = pow(x1, Scalar(int64_t(2))), sq2 = pow(x2, Scalar(int64_t(2)));
  Tensor n1 = sq1 ? sum(sq1, IntArrayRef(last, 1), true) : Tensor();
  Tensor n2 = sq2 ? sum(sq2, IntArrayRef(last, 1), true) : Tensor();
  if (!n1 || !n2) return Tensor();
  Tensor pad1 = ones(n1.sizes(), n1.dtype()), pad2 = ones(n2.sizes(), n2.dtype());
  Tensor m1 = mul(x1, scalar_to_tensor(Scalar(int64_t(-2))));
  if (!pad1 || !pad2 || !m1) return Tensor();
  const Tensor parts1[3] = {m1, n1, pad1}, parts2[3] = {x2, pad2, n2};
  Tensor a = cat(parts1, 3, -1), b = cat(parts2, 3, -1);
  Tensor bt = b ? transpose(b, -2, -1) : Tensor();
  Tensor r = a && bt ? matmul(a, bt) : Tensor();
  Scalar zero(int64_t(0));
  return r && clamp_(r, &zero, nullptr) && sqrt_(r) ? r : Tensor();
}

static bool check_cdist_dtype(const char *which, const Tensor &t) {
  if (is_floating(t.dtype())) return true;
  return fail(ErrorKind::RuntimeError, "cdist only supports floating-point dtypes, %s got: %s",
              which, scalar_type_name(t.dtype()));
}

// x1 (B, P, M), x2 (B, R, M) contiguous -> out (B, P, R).
template <class T>
static void cdist_kernel(const T *x1, const T *x2, T *out, int64_t batch, int64_t r1, int64_t r2,
                         int64_t m, double p) {
  for (int64_t b = 0; b < batch; b++)
    for (int64_t i = 0; i < r1; i++)
      for (int64_t j = 0; j < r2; j++)
        out[(b * r1 + i) * r2 + j] =
            row_distance(x1 + (b * r1 + i) * m, x2 + (b * r2 + j) * m, m, p);
}

Tensor cdist(const Tensor &x1, const Tensor &x2, double p, bool has_mode, int64_t compute_mode) {
  for (int k = 0; k < 2; k++) {
    const Tensor &x = k ? x2 : x1;
    if (x.dim() < 2) {
      fail(ErrorKind::RuntimeError, "cdist only supports at least 2D tensors, X%d got: %lldD",
           k + 1, static_cast<long long>(x.dim()));
      return Tensor();
    }
  }
  int64_t c1 = x1.size(x1.dim() - 1), c2 = x2.size(x2.dim() - 1);
  if (c1 != c2) {
    fail(ErrorKind::RuntimeError,
         "X1 and X2 must have the same number of columns. X1: %lld X2: %lld",
         static_cast<long long>(c1), static_cast<long long>(c2));
    return Tensor();
  }
  if (!check_cdist_dtype("X1", x1) || !check_cdist_dtype("X2", x2)) return Tensor();
  if (x1.dtype() != ScalarType::Float && x1.dtype() != ScalarType::Double) {
    fail(ErrorKind::RuntimeError, "\"cdist\" not implemented for '%s'",
         scalar_type_name(x1.dtype()));
    return Tensor();
  }
  if (x1.dtype() != x2.dtype()) {
    fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
         scalar_type_name(x1.dtype()), scalar_type_name(x2.dtype()));
    return Tensor();
  }
  if (p < 0) {
    fail(ErrorKind::RuntimeError, "cdist only supports non-negative p values");
    return Tensor();
  }
  int64_t mode = has_mode ? compute_mode : 0;
  if (mode < 0 || mode > 2) {
    fail(ErrorKind::RuntimeError, "possible modes: 0, 1, 2, but was: %lld",
         static_cast<long long>(mode));
    return Tensor();
  }
  int64_t r1 = x1.size(x1.dim() - 2), r2 = x2.size(x2.dim() - 2);
  // Broadcast the batch dims; work on (B, rows, M) copies.
  int64_t batch_shape[kMaxDims], shape1[kMaxDims], shape2[kMaxDims], out_shape[kMaxDims];
  size_t nb;
  if (!broadcast_shapes(IntArrayRef(x1.sizes().data, x1.dim() - 2),
                        IntArrayRef(x2.sizes().data, x2.dim() - 2), batch_shape, &nb))
    return Tensor();
  int64_t batch = 1;
  for (size_t d = 0; d < nb; d++) {
    shape1[d] = shape2[d] = out_shape[d] = batch_shape[d];
    batch *= batch_shape[d];
  }
  if (!check_ndim(nb + 2)) return Tensor();
  shape1[nb] = r1, shape1[nb + 1] = c1;
  shape2[nb] = r2, shape2[nb + 1] = c1;
  out_shape[nb] = r1, out_shape[nb + 1] = r2;
  IntArrayRef oshape(out_shape, nb + 2);
  if (r1 == 0 || r2 == 0 || batch == 0) return empty(oshape, x1.dtype());
  if (c1 == 0) return zeros(oshape, x1.dtype());
  Tensor a = expand(x1, IntArrayRef(shape1, nb + 2));
  Tensor b = a ? expand(x2, IntArrayRef(shape2, nb + 2)) : Tensor();
  a = b ? reshape(a, {batch, r1, c1}) : Tensor();
  b = a ? reshape(b, {batch, r2, c1}) : Tensor();
  if (!b) return Tensor();
  if (p == 2 && (mode == 1 || (mode == 0 && (r1 > 25 || r2 > 25)))) {
    Tensor r = euclidean_dist(a, b);
    return r ? view(r, oshape) : Tensor();
  }
  a = contiguous(a);
  b = a ? contiguous(b) : Tensor();
  Tensor out = b ? empty(oshape, x1.dtype()) : Tensor();
  if (!out) return Tensor();
  dispatch_all(x1.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      cdist_kernel(a.data<T>(), b.data<T>(), out.data<T>(), batch, r1, r2, c1, p);
  });
  return out;
}

Tensor pdist(const Tensor &self, double p) {
  if (self.dim() != 2) {
    fail(ErrorKind::RuntimeError, "pdist only supports 2D tensors, got: %lldD",
         static_cast<long long>(self.dim()));
    return Tensor();
  }
  if (!is_floating(self.dtype())) {
    fail(ErrorKind::RuntimeError, "pdist only supports floating-point dtypes");
    return Tensor();
  }
  if (self.dtype() != ScalarType::Float && self.dtype() != ScalarType::Double) {
    fail(ErrorKind::RuntimeError, "\"pdist\" not implemented for '%s'",
         scalar_type_name(self.dtype()));
    return Tensor();
  }
  if (p < 0) {
    fail(ErrorKind::RuntimeError, "pdist only supports non-negative p values");
    return Tensor();
  }
  int64_t n = self.size(0), m = self.size(1);
  if (n <= 1) return empty({0}, self.dtype());
  int64_t pairs = n * (n - 1) / 2;
  if (m == 0) return zeros({pairs}, self.dtype());
  Tensor x = contiguous(self);
  Tensor out = x ? empty({pairs}, self.dtype()) : Tensor();
  if (!out) return Tensor();
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value) {
      const T *xd = x.data<T>();
      T *o = out.data<T>();
      for (int64_t i = 0, k = 0; i < n; i++)
        for (int64_t j = i + 1; j < n; j++) o[k++] = row_distance(xd + i * m, xd + j * m, m, p);
    }
  });
  return out;
}

} // namespace tensor
