// Reductions along dims (prod, max/min with indices, argmax, var/std, norm,
// all/any, logsumexp), softmax, scans, sorting, joining and splitting, and
// shape ops. Same conventions as tensor.h: null Tensor or false + error() on
// failure, PyTorch's messages, dims may be negative, `_out` forms take an `out`
// that may be undefined (allocated) or is resized.
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// A named-tuple result (values, indices) as max.dim, sort and topk return it;
// both undefined on failure.
struct ValuesIndices {
  Tensor values;
  Tensor indices;
};

// "No dim given" for ops whose dim is optional (argmax(dim=None)).
constexpr int64_t kNoDim = INT64_MIN;

// ---------------------------------------------------------------------------
// Reductions (stat_ops.cpp). dtype Undefined picks PyTorch's default.

// prod of integral/bool is Long.
Tensor prod(const Tensor &self, ScalarType dtype = ScalarType::Undefined);
Tensor prod(const Tensor &self, int64_t dim, bool keepdim = false,
            ScalarType dtype = ScalarType::Undefined);
bool prod_out(const Tensor &self, int64_t dim, bool keepdim, ScalarType dtype, Tensor &out);

// max()/min() over all elements; max.dim/min.dim give (values, indices) with
// the first index of the extremum (NaN counts as the extremum).
Tensor max(const Tensor &self);
Tensor min(const Tensor &self);
ValuesIndices max(const Tensor &self, int64_t dim, bool keepdim = false);
ValuesIndices min(const Tensor &self, int64_t dim, bool keepdim = false);
bool max_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &values, Tensor &indices);
bool min_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &values, Tensor &indices);
// dim kNoDim: over the flattened tensor.
Tensor argmax(const Tensor &self, int64_t dim = kNoDim, bool keepdim = false);
Tensor argmin(const Tensor &self, int64_t dim = kNoDim, bool keepdim = false);
bool argmax_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out);
bool argmin_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out);

// var/std over dims (empty: all) divided by N - correction (unbiased: 1).
Tensor var(const Tensor &self, IntArrayRef dims = {}, int64_t correction = 1, bool keepdim = false);
Tensor std(const Tensor &self, IntArrayRef dims = {}, int64_t correction = 1, bool keepdim = false);
bool var_out(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim, Tensor &out);
bool std_out(const Tensor &self, IntArrayRef dims, int64_t correction, bool keepdim, Tensor &out);

// Vector p-norm over dims (empty: all); p = INFINITY / -INFINITY for max/min |x|.
// 'fro' is p = 2.
Tensor norm(const Tensor &self, double p = 2, IntArrayRef dims = {}, bool keepdim = false);
bool norm_out(const Tensor &self, double p, IntArrayRef dims, bool keepdim, Tensor &out);

// Bool results (uint8 inputs give uint8, as PyTorch).
Tensor all(const Tensor &self);
Tensor any(const Tensor &self);
Tensor all(const Tensor &self, int64_t dim, bool keepdim = false);
Tensor any(const Tensor &self, int64_t dim, bool keepdim = false);
bool all_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out);
bool any_out(const Tensor &self, int64_t dim, bool keepdim, Tensor &out);

// log(sum(exp(x))) over dims, stable; integral inputs give the default dtype.
Tensor logsumexp(const Tensor &self, IntArrayRef dims, bool keepdim = false);
bool logsumexp_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out);

// ---------------------------------------------------------------------------
// softmax and scans (softmax_ops.cpp, scan_ops.cpp): along one dim; the result
// is contiguous. dtype converts the input first.

Tensor softmax(const Tensor &self, int64_t dim, ScalarType dtype = ScalarType::Undefined);
Tensor log_softmax(const Tensor &self, int64_t dim, ScalarType dtype = ScalarType::Undefined);
bool softmax_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out);
bool log_softmax_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out);

// Integral/bool inputs accumulate in Long unless dtype says otherwise.
Tensor cumsum(const Tensor &self, int64_t dim, ScalarType dtype = ScalarType::Undefined);
Tensor cumprod(const Tensor &self, int64_t dim, ScalarType dtype = ScalarType::Undefined);
bool cumsum_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out);
bool cumprod_out(const Tensor &self, int64_t dim, ScalarType dtype, Tensor &out);

// ---------------------------------------------------------------------------
// Sorting (sort_ops.cpp). NaN sorts as the largest value; a stable sort keeps
// equal elements in input order.

ValuesIndices sort(const Tensor &self, int64_t dim = -1, bool descending = false,
                   bool stable = false);
bool sort_out(const Tensor &self, int64_t dim, bool descending, bool stable, Tensor &values,
              Tensor &indices);
Tensor argsort(const Tensor &self, int64_t dim = -1, bool descending = false, bool stable = false);
ValuesIndices topk(const Tensor &self, int64_t k, int64_t dim = -1, bool largest = true,
                   bool sorted = true);
bool topk_out(const Tensor &self, int64_t k, int64_t dim, bool largest, bool sorted, Tensor &values,
              Tensor &indices);

// ---------------------------------------------------------------------------
// Joining and splitting (join_ops.cpp). A TensorList is (pointer, count).

// Inputs promote to their result type; 1-D empty tensors are skipped.
Tensor cat(const Tensor *tensors, size_t n, int64_t dim = 0);
bool cat_out(const Tensor *tensors, size_t n, int64_t dim, Tensor &out);
Tensor stack(const Tensor *tensors, size_t n, int64_t dim = 0);
bool stack_out(const Tensor *tensors, size_t n, int64_t dim, Tensor &out);
// Views of self; with parts == nullptr only *count is set (to size the array).
bool split(const Tensor &self, int64_t split_size, int64_t dim, Tensor *parts, size_t *count);
bool split_with_sizes(const Tensor &self, IntArrayRef sizes, int64_t dim, Tensor *parts,
                      size_t *count);
bool chunk(const Tensor &self, int64_t chunks, int64_t dim, Tensor *parts, size_t *count);

} // namespace tensor
