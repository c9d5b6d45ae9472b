// Index and rearrangement ops (index_ops.cpp, index_shape.cpp, index_search.cpp,
// index_einsum.cpp): PyTorch 1.13.1's index_select, gather, scatter, index_add /
// fill / copy, masked_select / scatter, nonzero, take, flip, roll, rot90,
// tril / triu, diag, repeat, unique, searchsorted, einsum, meshgrid, ... Same
// conventions as tensor.h: a null Tensor or false + error() on failure with
// PyTorch's message; dims may be negative; `_out` forms take an `out` that may be
// undefined (then allocated) or must have the result's dtype and is resized.
//
// Index tensors are int64 (int32 where PyTorch accepts it); out-of-range indices
// raise PyTorch's IndexError or RuntimeError with its text.
#pragma once

#include "tensor/shape_ops.h" // kNoDim

namespace tensor {

// A tuple of tensors as Tensor[] results return it (nonzero(as_tuple=True),
// meshgrid, unique's (output, inverse, counts)). size < 0 on failure.
struct TensorTuple {
  Tensor items[kMaxDims];
  int size = -1;
};

// ---------------------------------------------------------------------------
// Selecting and scattering along a dim (index_ops.cpp)

Tensor index_select(const Tensor &self, int64_t dim, const Tensor &index);
bool index_select_out(const Tensor &self, int64_t dim, const Tensor &index, Tensor &out);
Tensor gather(const Tensor &self, int64_t dim, const Tensor &index);
bool gather_out(const Tensor &self, int64_t dim, const Tensor &index, Tensor &out);

// reduce: nullptr (plain scatter), "add" or "multiply".
bool scatter_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
              const char *reduce = nullptr);
bool scatter_(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
              const char *reduce = nullptr);
Tensor scatter(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
               const char *reduce = nullptr);
Tensor scatter(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
               const char *reduce = nullptr);
bool scatter_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                 const char *reduce, Tensor &out);
bool scatter_out(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
                 const char *reduce, Tensor &out);
bool scatter_add_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src);
Tensor scatter_add(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src);
bool scatter_add_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                     Tensor &out);

bool index_add_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                Scalar alpha = 1);
Tensor index_add(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                 Scalar alpha = 1);
bool index_add_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                   Scalar alpha, Tensor &out);
// A Tensor value must be 0-dim.
bool index_fill_(const Tensor &self, int64_t dim, const Tensor &index, Scalar value);
bool index_fill_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &value);
Tensor index_fill(const Tensor &self, int64_t dim, const Tensor &index, Scalar value);
Tensor index_fill(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &value);
bool index_copy_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source);
Tensor index_copy(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source);
bool index_copy_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                    Tensor &out);

// mask is Bool (or deprecated uint8) and broadcasts with self.
Tensor masked_select(const Tensor &self, const Tensor &mask);
bool masked_select_out(const Tensor &self, const Tensor &mask, Tensor &out);
bool masked_scatter_(const Tensor &self, const Tensor &mask, const Tensor &source);
Tensor masked_scatter(const Tensor &self, const Tensor &mask, const Tensor &source);

// [n, ndim] Long indices of the nonzero elements, row-major.
Tensor nonzero(const Tensor &self);
bool nonzero_out(const Tensor &self, Tensor &out);
// as_tuple: one 1-D tensor per dim (a 0-dim self counts as 1-D); else nonzero().
TensorTuple nonzero_tuple(const Tensor &self, bool as_tuple);

// Indices into self as if it were 1-D (negative ones count from the end).
Tensor take(const Tensor &self, const Tensor &index);
bool take_out(const Tensor &self, const Tensor &index, Tensor &out);
// dim kNoDim: over the flattened tensors.
Tensor take_along_dim(const Tensor &self, const Tensor &indices, int64_t dim = kNoDim);
bool take_along_dim_out(const Tensor &self, const Tensor &indices, int64_t dim, Tensor &out);

// ---------------------------------------------------------------------------
// Rearranging (index_shape.cpp)

Tensor flip(const Tensor &self, IntArrayRef dims);
Tensor fliplr(const Tensor &self);
Tensor flipud(const Tensor &self);
Tensor roll(const Tensor &self, IntArrayRef shifts, IntArrayRef dims);
Tensor rot90(const Tensor &self, int64_t k, IntArrayRef dims);
constexpr int64_t kRot90Dims[2] = {0, 1}; // rot90's default dims

Tensor tril(const Tensor &self, int64_t diagonal = 0);
Tensor triu(const Tensor &self, int64_t diagonal = 0);
bool tril_(const Tensor &self, int64_t diagonal = 0);
bool triu_(const Tensor &self, int64_t diagonal = 0);
bool tril_out(const Tensor &self, int64_t diagonal, Tensor &out);
bool triu_out(const Tensor &self, int64_t diagonal, Tensor &out);
// dtype Int or Long.
Tensor tril_indices(int64_t row, int64_t col, int64_t offset, ScalarType dtype);
Tensor triu_indices(int64_t row, int64_t col, int64_t offset, ScalarType dtype);

Tensor diag(const Tensor &self, int64_t diagonal = 0);
bool diag_out(const Tensor &self, int64_t diagonal, Tensor &out);
Tensor diag_embed(const Tensor &self, int64_t offset = 0, int64_t dim1 = -2, int64_t dim2 = -1);
Tensor diagflat(const Tensor &self, int64_t offset = 0);
Tensor trace(const Tensor &self);

Tensor repeat(const Tensor &self, IntArrayRef repeats);
Tensor tile(const Tensor &self, IntArrayRef dims);
// output_size < 0: not given. dim kNoDim: over the flattened self.
Tensor repeat_interleave(const Tensor &repeats, int64_t output_size = -1);
Tensor repeat_interleave(const Tensor &self, const Tensor &repeats, int64_t dim,
                         int64_t output_size = -1);
Tensor repeat_interleave(const Tensor &self, int64_t repeats, int64_t dim,
                         int64_t output_size = -1);

Tensor unflatten(const Tensor &self, int64_t dim, IntArrayRef sizes);
Tensor movedim(const Tensor &self, IntArrayRef source, IntArrayRef destination);
Tensor movedim(const Tensor &self, int64_t source, int64_t destination);
// transpose in place: self's own sizes and strides change.
bool swapdims_(const Tensor &self, int64_t dim0, int64_t dim1);

// torch.cross: the 3-vector cross product along dim (kNoDim: the first dim
// of size 3); the inputs broadcast and must have one dtype.
Tensor cross(const Tensor &self, const Tensor &other, int64_t dim = kNoDim);
bool cross_out(const Tensor &self, const Tensor &other, int64_t dim, Tensor &out);

// ---------------------------------------------------------------------------
// Searching and unique (index_search.cpp)

// side: nullptr, "left" or "right"; sorter may be undefined.
Tensor searchsorted(const Tensor &sorted_sequence, const Tensor &self, bool out_int32, bool right,
                    const char *side, const Tensor &sorter);
bool searchsorted_out(const Tensor &sorted_sequence, const Tensor &self, bool out_int32, bool right,
                      const char *side, const Tensor &sorter, Tensor &out);
Tensor bucketize(const Tensor &self, const Tensor &boundaries, bool out_int32, bool right);
bool bucketize_out(const Tensor &self, const Tensor &boundaries, bool out_int32, bool right,
                   Tensor &out);

// torch.unique / unique_consecutive: output, then inverse and counts when asked
// (in that order). Always sorted. dim kNoDim: over the flattened self.
TensorTuple unique(const Tensor &self, bool return_inverse, bool return_counts, int64_t dim);
TensorTuple unique_consecutive(const Tensor &self, bool return_inverse, bool return_counts,
                               int64_t dim);

// ---------------------------------------------------------------------------
// einsum and meshgrid (index_einsum.cpp)

Tensor einsum(const char *equation, const Tensor *tensors, size_t n);
// indexing "ij" or "xy" (nullptr: "ij"); views of the inputs.
TensorTuple meshgrid(const Tensor *tensors, size_t n, const char *indexing);

} // namespace tensor
