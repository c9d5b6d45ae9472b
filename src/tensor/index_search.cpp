// searchsorted / bucketize (binary search, compared in double) and unique /
// unique_consecutive (over elements or over slices along a dim, as rows).
#include "tensor/index_util.h"
#include "tensor/rows.h"
#include "tensor/shape_ops.h"

#include <algorithm>

namespace tensor {

// ---------------------------------------------------------------------------
// searchsorted / bucketize

static bool same_leading_dims(const Tensor &a, const Tensor &b) {
  if (a.dim() != b.dim()) return false;
  for (int64_t d = 0; d + 1 < a.dim(); d++)
    if (a.size(d) != b.size(d)) return false;
  return true;
}

static bool searchsorted_checks(const Tensor &seq, const Tensor &self, bool *right,
                                const char *side, const Tensor &sorter) {
  if (side) {
    bool is_right = strcmp(side, "right") == 0;
    if (!is_right && strcmp(side, "left") != 0)
      return fail(ErrorKind::RuntimeError,
                  "torch.searchsorted(): side can only be 'left' or 'right' but got %s", side);
    if (!is_right && *right)
      return fail(ErrorKind::RuntimeError,
                  "torch.searchsorted(): side and right can't be set to opposites, got side of "
                  "left while right was True");
    *right = is_right;
  }
  if (seq.dim() == 0)
    return fail(ErrorKind::RuntimeError,
                "torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 "
                "dimension");
  if (seq.dim() > 1 && !same_leading_dims(seq, self)) {
    char a[96], b[96];
    format_int_list(a, sizeof a, seq.sizes());
    format_int_list(b, sizeof b, self.sizes());
    if (self.dim() == 0)
      return fail(ErrorKind::RuntimeError,
                  "torch.searchsorted(): input value can be a scalar only when boundaries tensor "
                  "dimension is 1, but we got boundaries tensor dim(%lld) and input value's "
                  "dim(0) numel(1)",
                  static_cast<long long>(seq.dim()));
    return fail(ErrorKind::RuntimeError,
                "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
                "dimensions of boundaries tensor and input value tensor must match, but we got "
                "boundaries tensor %s and input value tensor %s",
                a, b);
  }
  if (!sorter) return true;
  if (sorter.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError,
                "torch.searchsorted(): sorter must be a tensor of long dtype but got dtype %s",
                scalar_type_name(sorter.dtype()));
  bool same = sorter.dim() == seq.dim();
  for (int64_t d = 0; same && d < seq.dim(); d++) same = sorter.size(d) == seq.size(d);
  if (!same) {
    char a[96], b[96];
    format_int_list(a, sizeof a, seq.sizes());
    format_int_list(b, sizeof b, sorter.sizes());
    return fail(ErrorKind::RuntimeError,
                "torch.searchsorted(): boundary and sorter must have the same size, but got "
                "boundary tensor %sand got sorter tensor %s",
                a, b);
  }
  return true;
}

Tensor searchsorted(const Tensor &seq, const Tensor &self, bool out_int32, bool right,
                    const char *side, const Tensor &sorter) {
  if (!searchsorted_checks(seq, self, &right, side, sorter)) return Tensor();
  Tensor bounds = contiguous(to_dtype(seq, ScalarType::Double));
  Tensor values = contiguous(to_dtype(self, ScalarType::Double));
  Tensor order = sorter ? contiguous(sorter) : Tensor();
  Tensor out = empty(self.sizes(), ScalarType::Long);
  if (!bounds || !values || !out || (sorter && !order)) return Tensor();
  int64_t len = seq.size(seq.dim() - 1);
  int64_t inner = self.dim() ? self.size(self.dim() - 1) : 1;
  const double *b = bounds.data<double>(), *v = values.data<double>();
  const int64_t *ord = order ? order.data<int64_t>() : nullptr;
  int64_t *o = out.data<int64_t>();
  int64_t n = self.numel();
  for (int64_t i = 0; i < n; i++) {
    int64_t row = seq.dim() > 1 ? i / inner : 0;
    const double *rb = b + row * len;
    const int64_t *ro = ord ? ord + row * len : nullptr;
    int64_t lo = 0, hi = len;
    while (lo < hi) { // first position whose boundary is > v (right) or >= v (left)
      int64_t mid = lo + (hi - lo) / 2;
      int64_t at = ro ? ro[mid] : mid;
      if (at < 0 || at >= len)
        return fail(ErrorKind::RuntimeError, "torch.searchsorted(): sorter index out of range"),
               Tensor();
      bool go_right = right ? !(rb[at] > v[i]) : !(rb[at] >= v[i]); // NaN values go last
      if (go_right)
        lo = mid + 1;
      else
        hi = mid;
    }
    o[i] = lo;
  }
  return out_int32 ? to_dtype(out, ScalarType::Int) : out;
}

bool searchsorted_out(const Tensor &seq, const Tensor &self, bool out_int32, bool right,
                      const char *side, const Tensor &sorter, Tensor &out) {
  return deliver(searchsorted(seq, self, out_int32, right, side, sorter), out);
}

Tensor bucketize(const Tensor &self, const Tensor &boundaries, bool out_int32, bool right) {
  if (boundaries.dim() != 1)
    return fail(ErrorKind::RuntimeError, "boundaries tensor must be 1 dimension, but got dim(%lld)",
                static_cast<long long>(boundaries.dim())),
           Tensor();
  return searchsorted(boundaries, self, out_int32, right, nullptr, Tensor());
}

bool bucketize_out(const Tensor &self, const Tensor &boundaries, bool out_int32, bool right,
                   Tensor &out) {
  return deliver(bucketize(self, boundaries, out_int32, right), out);
}

// ---------------------------------------------------------------------------
// unique: rows of a contiguous [n, m] tensor, grouped after a stable sort
// (unique) or as they come (unique_consecutive).

struct Groups {
  Tensor first;   // [groups] the row each group's output copies
  Tensor inverse; // [n] group of each row
  Tensor counts;  // [groups]
};

template <class C> static bool value_less(C x, C y) {
  if (y != y) return x == x; // NaN sorts last
  return x < y;
}

static bool group_rows(const Tensor &rows, bool sort, Groups *g) {
  int64_t n = rows.size(0), m = rows.size(1);
  Tensor order = arange(0, n, 1, ScalarType::Long);
  g->inverse = empty({n}, ScalarType::Long);
  Tensor first = empty({n}, ScalarType::Long), counts = empty({n}, ScalarType::Long);
  if (!order || !g->inverse || !first || !counts) return false;
  int64_t *ord = order.data<int64_t>(), *inv = g->inverse.data<int64_t>();
  int64_t *fst = first.data<int64_t>(), *cnt = counts.data<int64_t>();
  int64_t ngroups = 0;
  dispatch_all(rows.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    const T *data = rows.data<T>();
    auto less = [&](int64_t a, int64_t b) {
      for (int64_t k = 0; k < m; k++) {
        C x = static_cast<C>(data[a * m + k]), y = static_cast<C>(data[b * m + k]);
        if (value_less(x, y)) return true;
        if (value_less(y, x)) return false;
      }
      return false;
    };
    if (sort) std::stable_sort(ord, ord + n, less);
    for (int64_t i = 0; i < n; i++) {
      if (i == 0 || less(ord[i - 1], ord[i]) || less(ord[i], ord[i - 1])) {
        fst[ngroups] = ord[i];
        cnt[ngroups++] = 0;
      }
      cnt[ngroups - 1]++;
      inv[ord[i]] = ngroups - 1;
    }
    return 0;
  });
  g->first = narrow(first, 0, 0, ngroups);
  g->counts = clone(narrow(counts, 0, 0, ngroups));
  return g->first && g->counts;
}

static TensorTuple finish_unique(const Tensor &output, const Groups &g, const Tensor &inverse,
                                 bool return_inverse, bool return_counts) {
  TensorTuple r;
  int k = 0;
  r.items[k++] = output;
  if (return_inverse) r.items[k++] = inverse;
  if (return_counts) r.items[k++] = g.counts;
  for (int i = 0; i < k; i++)
    if (!r.items[i]) return r;
  r.size = k;
  return r;
}

static bool unique_dtype_ok(ScalarType t) {
  if (t != ScalarType::Half && t != ScalarType::BFloat16) return true;
  return fail(ErrorKind::RuntimeError, "\"unique\" not implemented for '%s'", scalar_type_name(t));
}

static TensorTuple unique_impl(const Tensor &self, bool return_inverse, bool return_counts,
                               int64_t dim, bool sort) {
  TensorTuple r;
  if (sort && !unique_dtype_ok(self.dtype())) return r;
  Groups g;
  if (dim == kNoDim) {
    Tensor flat = clone_contiguous(reshape(self, {-1}));
    Tensor rows = flat ? view(flat, {flat.numel(), 1}) : flat;
    if (!rows || !group_rows(rows, sort, &g)) return r;
    Tensor inverse = view(g.inverse, self.sizes());
    return finish_unique(index_select(flat, 0, g.first), g, inverse, return_inverse, return_counts);
  }
  if (!wrap_dim_nonscalar(&dim, self.dim())) return r;
  if (self.numel() == 0 && self.size(dim) != 0) {
    fail(ErrorKind::RuntimeError,
         "There are 0 sized dimensions, and they aren't selected, so unique cannot be applied");
    return r;
  }
  Tensor moved = clone_contiguous(movedim(self, dim, 0));
  int64_t n = self.size(dim);
  Tensor rows = moved ? view(moved, {n, n ? moved.numel() / n : 0}) : moved;
  if (!rows || !group_rows(rows, sort, &g)) return r;
  return finish_unique(index_select(self, dim, g.first), g, g.inverse, return_inverse,
                       return_counts);
}

TensorTuple unique(const Tensor &self, bool return_inverse, bool return_counts, int64_t dim) {
  return unique_impl(self, return_inverse, return_counts, dim, true);
}

TensorTuple unique_consecutive(const Tensor &self, bool return_inverse, bool return_counts,
                               int64_t dim) {
  return unique_impl(self, return_inverse, return_counts, dim, false);
}

} // namespace tensor
