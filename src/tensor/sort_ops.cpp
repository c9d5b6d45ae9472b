// sort, argsort, topk along one dim. Each row is copied into (value, index)
// pairs and ordered with the same algorithms PyTorch's CPU kernels use, so ties
// come out in PyTorch's order: std::sort when not stable, a merge sort (the
// unique stable order) when stable, and for topk std::partial_sort when
// k * 64 <= n, else std::nth_element then std::sort of the first k - 1.
#include "tensor/rows.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace tensor {

template <class C> struct Keyed {
  C value;
  int64_t index;
};

template <class C> static bool nan_value(C x) {
  if constexpr (std::is_floating_point<C>::value)
    return std::isnan(x);
  else
    return false;
}

// NaN is larger than every number. Note [Sort comparators]: these are PyTorch's
// KeyValueCompAsc/Desc; ties then follow from the algorithm alone.
template <class C> struct Ascending {
  bool operator()(const Keyed<C> &a, const Keyed<C> &b) const {
    return (!nan_value(a.value) && nan_value(b.value)) || a.value < b.value;
  }
};

template <class C> struct Descending {
  bool operator()(const Keyed<C> &a, const Keyed<C> &b) const {
    return (nan_value(a.value) && !nan_value(b.value)) || a.value > b.value;
  }
};

// Bottom-up merge sort of a[0, n) with scratch of n elements.
template <class E, class Less> static void merge_sort(E *a, E *scratch, int64_t n, Less less) {
  for (int64_t width = 1; width < n; width *= 2) {
    for (int64_t lo = 0; lo < n; lo += 2 * width) {
      int64_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      int64_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) scratch[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) scratch[k++] = a[i++];
      while (j < hi) scratch[k++] = a[j++];
    }
    std::memcpy(a, scratch, sizeof(E) * static_cast<size_t>(n));
  }
}

template <class C, class Less>
static void sort_row(Keyed<C> *row, Keyed<C> *scratch, int64_t n, bool stable, Less less) {
  if (stable)
    merge_sort(row, scratch, n, less);
  else
    std::sort(row, row + n, less);
}

template <class C, class Less>
static void topk_row(Keyed<C> *row, int64_t n, int64_t k, bool sorted, Less less) {
  if (k * 64 <= n) {
    std::partial_sort(row, row + k, row + n, less);
    return;
  }
  std::nth_element(row, row + k - 1, row + n, less);
  if (sorted) std::sort(row, row + k - 1, less);
}

// Outputs of self's shape with `len` along dim: strides like self's when it is
// dense (PyTorch's empty_like), else row-major.
static Tensor empty_like_dense(const Tensor &self, ScalarType dtype) {
  if (is_non_overlapping_and_dense(self)) return empty_strided(self.sizes(), self.strides(), dtype);
  return empty(self.sizes(), dtype);
}

struct SortJob {
  DimRows rows;
  Tensor values, indices;         // full-size outputs
  Tensor values_rows, index_rows; // where the kernel writes (rows_target)
  int64_t k;                      // elements kept per row
};

// Runs order(keyed row, n) on every row and writes the first job->k entries.
template <class Order> static bool run_rows(SortJob *job, Order order) {
  const DimRows &r = job->rows;
  ScalarType dt = r.data.dtype();
  bool ok = true;
  dispatch_all(dt, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    size_t bytes = sizeof(Keyed<C>) * static_cast<size_t>(2 * r.len + 1);
    auto *buf = static_cast<Keyed<C> *>(alloc_bytes(bytes));
    if (!buf) {
      ok = false;
      return;
    }
    const T *in = r.data.data<T>();
    T *vo = job->values_rows.data<T>();
    int64_t *io = job->index_rows.data<int64_t>();
    for (int64_t i = 0; i < r.nrows; i++) {
      for (int64_t j = 0; j < r.len; j++) buf[j] = {static_cast<C>(in[i * r.len + j]), j};
      order(buf, buf + r.len, r.len);
      for (int64_t j = 0; j < job->k; j++) {
        vo[i * job->k + j] = static_cast<T>(buf[j].value);
        io[i * job->k + j] = buf[j].index;
      }
    }
    free_bytes(buf, bytes);
  });
  return ok;
}

static bool prepare_outputs(SortJob *job) {
  return job->values && job->indices && (job->values_rows = rows_target(job->values, job->rows)) &&
         (job->index_rows = rows_target(job->indices, job->rows));
}

static bool finish_outputs(const SortJob &job) {
  return finish_rows(job.values, job.rows, job.values_rows) &&
         finish_rows(job.indices, job.rows, job.index_rows);
}

static bool sort_job(const Tensor &self, int64_t dim, bool descending, bool stable, SortJob *job) {
  if (!plan_dim_rows(self, dim, self.dtype(), &job->rows)) return false;
  job->k = job->rows.len;
  job->values = empty_like_dense(self, self.dtype());
  job->indices = empty_like_dense(self, ScalarType::Long);
  if (!prepare_outputs(job)) return false;
  bool ok = run_rows(job, [&](auto *row, auto *scratch, int64_t n) {
    using C = decltype(row->value);
    if (descending)
      sort_row(row, scratch, n, stable, Descending<C>());
    else
      sort_row(row, scratch, n, stable, Ascending<C>());
  });
  return ok && finish_outputs(*job);
}

bool sort_out(const Tensor &self, int64_t dim, bool descending, bool stable, Tensor &values,
              Tensor &indices) {
  SortJob job;
  if (!sort_job(self, dim, descending, stable, &job)) return false;
  return deliver(job.values, values) && deliver(job.indices, indices);
}

ValuesIndices sort(const Tensor &self, int64_t dim, bool descending, bool stable) {
  ValuesIndices r;
  if (!sort_out(self, dim, descending, stable, r.values, r.indices)) return ValuesIndices();
  return r;
}

Tensor argsort(const Tensor &self, int64_t dim, bool descending, bool stable) {
  return sort(self, dim, descending, stable).indices;
}

// topk's outputs are row-major with k along dim.
static bool topk_job(const Tensor &self, int64_t k, int64_t dim, bool largest, bool sorted,
                     SortJob *job) {
  if (!plan_dim_rows(self, dim, self.dtype(), &job->rows)) return false;
  if (k < 0 || k > job->rows.len)
    return fail(ErrorKind::RuntimeError, "selected index k out of range");
  if (self.dtype() == ScalarType::Bool)
    return fail(ErrorKind::RuntimeError, "\"topk_cpu\" not implemented for 'Bool'");
  job->k = k;
  int64_t shape[kMaxDims];
  for (int d = 0; d < self.dim(); d++) shape[d] = self.size(d);
  if (self.dim()) shape[job->rows.perm[self.dim() - 1]] = k;
  IntArrayRef sizes(shape, static_cast<size_t>(self.dim()));
  job->values = empty(sizes, self.dtype());
  job->indices = empty(sizes, ScalarType::Long);
  if (!prepare_outputs(job)) return false;
  if (k == 0) return true;
  bool ok = run_rows(job, [&](auto *row, auto *, int64_t n) {
    using C = decltype(row->value);
    if (largest)
      topk_row(row, n, k, sorted, Descending<C>());
    else
      topk_row(row, n, k, sorted, Ascending<C>());
  });
  return ok && finish_outputs(*job);
}

bool topk_out(const Tensor &self, int64_t k, int64_t dim, bool largest, bool sorted, Tensor &values,
              Tensor &indices) {
  SortJob job;
  if (!topk_job(self, k, dim, largest, sorted, &job)) return false;
  return deliver(job.values, values) && deliver(job.indices, indices);
}

ValuesIndices topk(const Tensor &self, int64_t k, int64_t dim, bool largest, bool sorted) {
  ValuesIndices r;
  if (!topk_out(self, k, dim, largest, sorted, r.values, r.indices)) return ValuesIndices();
  return r;
}

} // namespace tensor
