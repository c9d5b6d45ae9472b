// Row reductions: prod, max/min (values + indices), argmax/argmin, var/std,
// norm, all/any, logsumexp. Steps: result dtype -> checks -> rows (rows.h) ->
// dtype switch over one lambda that reduces each contiguous row.
#include "tensor/rows.h"

#include <cmath>
#include <type_traits>

namespace tensor {

// ---------------------------------------------------------------------------
// Row plans (shared with softmax_ops, scan_ops, sort_ops through rows.h)

static bool mark_dims(const Tensor &self, IntArrayRef dims, bool *reduced) {
  bool seen[kMaxDims] = {false};
  for (int d = 0; d < kMaxDims; d++) reduced[d] = dims.size == 0;
  for (size_t i = 0; i < dims.size; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, self.dim())) return false;
    if (seen[d])
      return fail(ErrorKind::RuntimeError, "dim %lld appears multiple times in the list of dims",
                  static_cast<long long>(d));
    seen[d] = true;
    if (self.dim()) reduced[d] = true;
  }
  return true;
}

// Contiguous in dtype: the copy (if any) is made before converting so the
// conversion writes row-major too.
static Tensor contiguous_as(const Tensor &t, ScalarType dtype) {
  Tensor c = contiguous(t);
  return c ? to_dtype(c, dtype) : Tensor();
}

bool plan_reduce_rows(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype,
                      ReduceRows *r) {
  bool reduced[kMaxDims];
  if (!mark_dims(self, dims, reduced)) return false;
  int nd = static_cast<int>(self.dim());
  int64_t perm[kMaxDims];
  int np = 0;
  for (int d = 0; d < nd; d++) {
    if (reduced[d]) {
      r->len *= self.size(d);
      if (keepdim) r->out_shape[r->out_ndim++] = 1;
      continue;
    }
    perm[np++] = d;
    r->nrows *= self.size(d);
    r->out_shape[r->out_ndim++] = self.size(d);
  }
  for (int d = 0; d < nd; d++)
    if (reduced[d]) perm[np++] = d;
  r->data = contiguous_as(permute(self, IntArrayRef(perm, np)), dtype);
  return r->data.defined();
}

bool plan_dim_rows(const Tensor &self, int64_t dim, ScalarType dtype, DimRows *r) {
  if (!wrap_dim(&dim, self.dim())) return false;
  r->ndim = static_cast<int>(self.dim());
  int np = 0;
  for (int d = 0; d < r->ndim; d++)
    if (d != dim) r->perm[np++] = d;
  if (r->ndim) r->perm[np] = dim;
  r->len = r->ndim ? self.size(dim) : 1;
  r->nrows = r->len ? self.numel() / r->len : 0;
  r->data = contiguous_as(permute(self, r->perm_ref()), dtype);
  return r->data.defined();
}

Tensor rows_target(const Tensor &out, const DimRows &r) {
  Tensor view = permute(out, r.perm_ref());
  if (!view || view.is_contiguous()) return view;
  return empty(view.sizes(), out.dtype());
}

bool finish_rows(const Tensor &out, const DimRows &r, const Tensor &target) {
  Tensor view = permute(out, r.perm_ref());
  if (!view) return false;
  if (view.storage() == target.storage()) return true;
  return copy_(view, target);
}

bool deliver(const Tensor &result, Tensor &out) {
  if (!result) return false;
  if (!out) {
    out = result;
    return true;
  }
  if (out.dtype() != result.dtype())
    return fail(ErrorKind::RuntimeError, "Expected out tensor to have dtype %s, but got %s instead",
                dtype_name(result.dtype()), dtype_name(out.dtype()));
  return resize_(out, result.sizes()) && copy_(out, result);
}

// Runs f(const T *row, int64_t len) -> Out for each row into a new tensor.
template <class T, class Out, class F> static void each_row(const ReduceRows &r, Out *out, F f) {
  const T *in = r.data.data<T>();
  for (int64_t i = 0; i < r.nrows; i++) out[i] = f(in + i * r.len, r.len);
}

template <class C> static bool is_nan(C x) {
  if constexpr (std::is_floating_point<C>::value)
    return std::isnan(x);
  else
    return false;
}

// ---------------------------------------------------------------------------
// prod

static ScalarType prod_dtype(const Tensor &self, ScalarType dtype) {
  if (dtype != ScalarType::Undefined) return dtype;
  return is_integral(self.dtype(), true) ? ScalarType::Long : self.dtype();
}

static Tensor prod_impl(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype) {
  ScalarType rt = prod_dtype(self, dtype);
  ReduceRows r;
  if (!plan_reduce_rows(self, dims, keepdim, rt, &r)) return Tensor();
  Tensor out = empty(r.shape(), rt);
  if (!out) return out;
  dispatch_all(rt, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    each_row<T>(r, out.data<T>(), [](const T *row, int64_t n) {
      C acc = C(1);
      for (int64_t i = 0; i < n; i++) acc = static_cast<C>(acc * static_cast<C>(row[i]));
      return cast_to<T>(acc);
    });
  });
  return out;
}

Tensor prod(const Tensor &self, ScalarType dtype) { return prod_impl(self, {}, false, dtype); }

Tensor prod(const Tensor &self, int64_t dim, bool keepdim, ScalarType dtype) {
  return prod_impl(self, IntArrayRef(&dim, 1), keepdim, dtype);
}

bool prod_out(const Tensor &self, int64_t dim, bool keepdim, ScalarType dtype, Tensor &out) {
  if (dtype == ScalarType::Undefined && out) dtype = out.dtype();
  return deliver(prod(self, dim, keepdim, dtype), out);
}

// ---------------------------------------------------------------------------
// max / min / argmax / argmin: the first index of the extremum; a NaN is the
// extremum (the first NaN wins).

template <bool kMax, class C> static bool better(C x, C best) {
  if (is_nan(best)) return false;
  if (is_nan(x)) return true;
  return kMax ? x > best : x < best;
}

template <bool kMax, class T> static int64_t extremum_index(const T *row, int64_t n) {
  using C = compute_t<T>;
  int64_t bi = 0;
  C best = static_cast<C>(row[0]);
  for (int64_t i = 1; i < n; i++) {
    C x = static_cast<C>(row[i]);
    if (better<kMax>(x, best)) best = x, bi = i;
  }
  return bi;
}

static bool check_reduce_nonempty(const Tensor &self, int64_t dim, const char *name,
                                  ErrorKind all_kind) {
  if (self.numel() != 0) return true;
  if (dim == kNoDim) {
    return fail(
        all_kind, "%s(): Expected reduction dim to be specified for input.numel() == 0.%s", name,
        all_kind == ErrorKind::RuntimeError ? " Specify the reduction dim with the 'dim' argument."
                                            : "");
  }
  if (!wrap_dim(&dim, self.dim())) return false;
  if (self.dim() > 0 && self.size(dim) == 0)
    return fail(ErrorKind::IndexError, "%s(): Expected reduction dim %lld to have non-zero size.",
                name, static_cast<long long>(dim));
  return true;
}

// Indices (Long) and/or values (self's dtype) of the extremum of each row.
template <bool kMax>
static bool extremum_rows(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor *values,
                          Tensor *indices) {
  ReduceRows r;
  if (!plan_reduce_rows(self, dims, keepdim, self.dtype(), &r)) return false;
  if (values && !(*values = empty(r.shape(), self.dtype()))) return false;
  if (indices && !(*indices = empty(r.shape(), ScalarType::Long))) return false;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T *in = r.data.data<T>();
    T *v = values ? values->data<T>() : nullptr;
    int64_t *ix = indices ? indices->data<int64_t>() : nullptr;
    for (int64_t i = 0; i < r.nrows; i++) {
      int64_t k = extremum_index<kMax>(in + i * r.len, r.len);
      if (v) v[i] = in[i * r.len + k];
      if (ix) ix[i] = k;
    }
  });
  return true;
}

template <bool kMax> static Tensor extremum_all(const Tensor &self, const char *name) {
  Tensor v;
  if (!check_reduce_nonempty(self, kNoDim, name, ErrorKind::RuntimeError)) return v;
  return extremum_rows<kMax>(self, {}, false, &v, nullptr) ? v : Tensor();
}

template <bool kMax>
static bool extremum_dim(const Tensor &self, int64_t dim, bool keepdim, Tensor &values,
                         Tensor &indices, const char *name) {
  if (!check_reduce_nonempty(self, dim, name, ErrorKind::RuntimeError)) return false;
  Tensor v, ix;
  if (!extremum_rows<kMax>(self, IntArrayRef(&dim, 1), keepdim, &v, &ix)) return false;
  if (values && values.dtype() != self.dtype())
    return fail(ErrorKind::RuntimeError, "Expected out tensor to have dtype %s, but got %s instead",
                dtype_name(self.dtype()), dtype_name(values.dtype()));
  return deliver(v, values) && deliver(ix, indices);
}

Tensor max(const Tensor &self) { return extremum_all<true>(self, "max"); }
Tensor min(const Tensor &self) { return extremum_all<false>(self, "min"); }

bool max_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &values, Tensor &indices) {
  return extremum_dim<true>(self, dim, keepdim, values, indices, "max");
}

bool min_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &values, Tensor &indices) {
  return extremum_dim<false>(self, dim, keepdim, values, indices, "min");
}

ValuesIndices max(const Tensor &self, int64_t dim, bool keepdim) {
  ValuesIndices r;
  if (!max_out(self, dim, keepdim, r.values, r.indices)) return ValuesIndices();
  return r;
}

ValuesIndices min(const Tensor &self, int64_t dim, bool keepdim) {
  ValuesIndices r;
  if (!min_out(self, dim, keepdim, r.values, r.indices)) return ValuesIndices();
  return r;
}

// argmax(dim=None) reduces the flattened tensor; keepdim then keeps every dim
// as size 1.
template <bool kMax>
static bool arg_extremum(const Tensor &self, int64_t dim, bool keepdim, Tensor &out,
                         const char *name) {
  int64_t wrapped = dim;
  if (dim != kNoDim && !wrap_dim(&wrapped, self.dim())) return false;
  if (!check_reduce_nonempty(self, dim, name, ErrorKind::IndexError)) return false;
  if (self.dtype() == ScalarType::Bool && self.numel() != 0)
    return fail(ErrorKind::RuntimeError, "\"%s_cpu\" not implemented for 'Bool'", name);
  Tensor ix;
  IntArrayRef dims = dim == kNoDim ? IntArrayRef() : IntArrayRef(&dim, 1);
  if (!extremum_rows<kMax>(self, dims, keepdim, nullptr, &ix)) return false;
  return deliver(ix, out);
}

bool argmax_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out) {
  return arg_extremum<true>(self, dim, keepdim, out, "argmax");
}

bool argmin_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out) {
  return arg_extremum<false>(self, dim, keepdim, out, "argmin");
}

Tensor argmax(const Tensor &self, int64_t dim, bool keepdim) {
  Tensor out;
  return argmax_out(self, dim, keepdim, out) ? out : Tensor();
}

Tensor argmin(const Tensor &self, int64_t dim, bool keepdim) {
  Tensor out;
  return argmin_out(self, dim, keepdim, out) ? out : Tensor();
}

// ---------------------------------------------------------------------------
// var / std: two passes in double over each row.

static bool check_floating(const Tensor &self) {
  if (is_floating(self.dtype())) return true;
  return fail(ErrorKind::RuntimeError,
              "std and var only support floating point and complex dtypes");
}

static Tensor moment_impl(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim,
                          bool take_sqrt) {
  ReduceRows r;
  if (!check_floating(self) || !plan_reduce_rows(self, dims, keepdim, self.dtype(), &r))
    return Tensor();
  Tensor out = empty(r.shape(), self.dtype());
  if (!out) return out;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    each_row<T>(r, out.data<T>(), [&](const T *row, int64_t n) {
      double mean = 0, m2 = 0;
      for (int64_t i = 0; i < n; i++) mean += static_cast<double>(row[i]);
      mean /= static_cast<double>(n);
      for (int64_t i = 0; i < n; i++) {
        double d = static_cast<double>(row[i]) - mean;
        m2 += d * d;
      }
      double denom = static_cast<double>(n - correction);
      double v = m2 / (denom > 0 ? denom : 0.0);
      return cast_to<T>(take_sqrt ? std::sqrt(v) : v);
    });
  });
  return out;
}

Tensor var(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim) {
  return moment_impl(self, dims, correction, keepdim, false);
}

Tensor std(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim) {
  return moment_impl(self, dims, correction, keepdim, true);
}

bool var_out(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim, Tensor &out) {
  return deliver(var(self, dims, correction, keepdim), out);
}

bool std_out(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim, Tensor &out) {
  return deliver(std(self, dims, correction, keepdim), out);
}

// ---------------------------------------------------------------------------
// norm

// The norm of an empty row is 0 for every p.
template <class T> static double row_norm(const T *row, int64_t n, double p) {
  double acc = 0;
  if (n == 0) return 0;
  if (std::isinf(p)) {
    acc = p > 0 ? 0 : INFINITY;
    for (int64_t i = 0; i < n; i++) {
      double a = std::fabs(static_cast<double>(row[i]));
      if (std::isnan(a)) return a;
      acc = p > 0 ? (a > acc ? a : acc) : (a < acc ? a : acc);
    }
    return acc;
  }
  for (int64_t i = 0; i < n; i++) {
    double a = std::fabs(static_cast<double>(row[i]));
    acc += p == 0 ? (a != 0) : p == 1 ? a : p == 2 ? a * a : std::pow(a, p);
  }
  if (p == 0 || p == 1) return acc;
  return p == 2 ? std::sqrt(acc) : std::pow(acc, 1 / p);
}

// PyTorch checks the dtype before the dims, except on the two-dim (matrix,
// 'fro') path.
Tensor norm(const Tensor &self, double p, IntArrayRef dims, bool keepdim) {
  ReduceRows r;
  if (dims.size == 2 && !plan_reduce_rows(self, dims, keepdim, self.dtype(), &r)) return Tensor();
  if (!is_floating(self.dtype())) {
    fail(ErrorKind::RuntimeError,
         "norm(): input dtype should be either floating point or complex. Got %s instead.",
         scalar_type_name(self.dtype()));
    return Tensor();
  }
  if (dims.size != 2 && !plan_reduce_rows(self, dims, keepdim, self.dtype(), &r)) return Tensor();
  Tensor out = empty(r.shape(), self.dtype());
  if (!out) return out;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    each_row<T>(r, out.data<T>(),
                [&](const T *row, int64_t n) { return cast_to<T>(row_norm(row, n, p)); });
  });
  return out;
}

bool norm_out(const Tensor &self, double p, IntArrayRef dims, bool keepdim, Tensor &out) {
  return deliver(norm(self, p, dims, keepdim), out);
}

// ---------------------------------------------------------------------------
// all / any

static Tensor logical_reduce(const Tensor &self, IntArrayRef dims, bool keepdim, bool is_all) {
  ReduceRows r;
  if (!plan_reduce_rows(self, dims, keepdim, self.dtype(), &r)) return Tensor();
  ScalarType rt = self.dtype() == ScalarType::Byte ? ScalarType::Byte : ScalarType::Bool;
  Tensor out = empty(r.shape(), rt);
  if (!out) return out;
  char *o = static_cast<char *>(out.data_ptr());
  size_t osize = out.element_size();
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T *in = r.data.data<T>();
    for (int64_t i = 0; i < r.nrows; i++) {
      bool acc = is_all;
      for (int64_t k = 0; k < r.len; k++)
        if (cast_to<bool>(in[i * r.len + k]) != is_all) {
          acc = !is_all;
          break;
        }
      o[i * osize] = static_cast<char>(acc);
    }
  });
  return out;
}

Tensor all(const Tensor &self) { return logical_reduce(self, {}, false, true); }
Tensor any(const Tensor &self) { return logical_reduce(self, {}, false, false); }

Tensor all(const Tensor &self, int64_t dim, bool keepdim) {
  return logical_reduce(self, IntArrayRef(&dim, 1), keepdim, true);
}

Tensor any(const Tensor &self, int64_t dim, bool keepdim) {
  return logical_reduce(self, IntArrayRef(&dim, 1), keepdim, false);
}

bool all_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out) {
  return deliver(all(self, dim, keepdim), out);
}

bool any_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out) {
  return deliver(any(self, dim, keepdim), out);
}

// ---------------------------------------------------------------------------
// logsumexp: max + log(sum(exp(x - max))), with an infinite max taken as 0 so
// that all -inf rows give -inf and a +inf gives +inf.

Tensor logsumexp(const Tensor &self, IntArrayRef dims, bool keepdim) {
  ScalarType rt = is_floating(self.dtype()) ? self.dtype() : default_dtype();
  ReduceRows r;
  if (!plan_reduce_rows(self, dims, keepdim, rt, &r)) return Tensor();
  Tensor out = empty(r.shape(), rt);
  if (!out) return out;
  dispatch_all(rt, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    each_row<T>(r, out.data<T>(), [](const T *row, int64_t n) {
      C m = n ? static_cast<C>(row[extremum_index<true>(row, n)]) : C(0);
      if (std::isinf(m)) m = 0;
      C s = 0;
      for (int64_t i = 0; i < n; i++) s += std::exp(static_cast<C>(row[i]) - m);
      return cast_to<T>(std::log(s) + m);
    });
  });
  return out;
}

bool logsumexp_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out) {
  return deliver(logsumexp(self, dims, keepdim), out);
}

} // namespace tensor
