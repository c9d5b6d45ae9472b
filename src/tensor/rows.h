// Internal: ops over dims see their input as contiguous rows. The dims an op
// works along are moved last and the tensor made contiguous (a copy unless they
// already are last), so every kernel is a plain loop over a contiguous row —
// the fast case is the common one, reducing or scanning the last dim.
#pragma once

#include "tensor/internal.h"
#include "tensor/shape_ops.h"

namespace tensor {

// Reductions: one output element per row of `len` elements.
struct ReduceRows {
  Tensor data; // contiguous: kept dims, then reduced dims
  int64_t nrows = 1, len = 1;
  int64_t out_shape[kMaxDims];
  int out_ndim = 0;
  IntArrayRef shape() const { return IntArrayRef(out_shape, out_ndim); }
};

// dims empty: all dims. data is converted to dtype.
bool plan_reduce_rows(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype,
                      ReduceRows *r);

// Ops along one dim with a result per element (softmax, scans, sort).
struct DimRows {
  Tensor data; // contiguous, dim moved last, converted to dtype
  int64_t nrows = 1, len = 1;
  int64_t perm[kMaxDims]; // self's dims in data's order
  int ndim = 0;
  IntArrayRef perm_ref() const { return IntArrayRef(perm, ndim); }
};

bool plan_dim_rows(const Tensor &self, int64_t dim, ScalarType dtype, DimRows *r);

// Where a kernel writes rows of `out` (of self's shape): out's permuted view when
// that is contiguous, else a temporary that finish_rows() copies into out.
Tensor rows_target(const Tensor &out, const DimRows &r);
bool finish_rows(const Tensor &out, const DimRows &r, const Tensor &target);

// out= handling: out undefined takes result; otherwise out is resized to
// result's shape and receives a copy.
bool deliver(const Tensor &result, Tensor &out);

} // namespace tensor
