// Internal helpers of the index_*.cpp kernels: a strided walk over a shape with
// several operands, and element moves that need no dtype switch.
#pragma once

#include "tensor/index_ops.h"
#include "tensor/internal.h"

#include <cstring>

namespace tensor {

// Sizes and strides with a 0-dim tensor seen as 1-D of size 1, as PyTorch's
// scatter/gather checks see it.
struct Shape {
  int ndim;
  int64_t sizes[kMaxDims];
  int64_t strides[kMaxDims];
};

inline Shape nonempty_shape(const Tensor &t) {
  Shape s;
  s.ndim = static_cast<int>(t.dim());
  for (int d = 0; d < s.ndim; d++) s.sizes[d] = t.size(d), s.strides[d] = t.stride(d);
  if (s.ndim == 0) s.ndim = 1, s.sizes[0] = 1, s.strides[0] = 1;
  return s;
}

// Calls f(const int64_t *offsets) for every position of shape[0, ndim) in row-major
// order; offsets[k] is sum(index[d] * strides[k][d]) (in elements). The last dim
// is a plain inner loop.
template <int K, class F>
void walk(int ndim, const int64_t *shape, const int64_t (*strides)[kMaxDims], F &&f) {
  int64_t n = 1;
  for (int d = 0; d < ndim; d++) n *= shape[d];
  if (n == 0) return;
  int64_t off[K] = {0};
  if (ndim == 0) {
    f(static_cast<const int64_t *>(off));
    return;
  }
  int last = ndim - 1;
  int64_t inner = shape[last];
  int64_t index[kMaxDims] = {0};
  for (int64_t done = 0; done < n; done += inner) {
    int64_t cur[K];
    for (int k = 0; k < K; k++) cur[k] = off[k];
    for (int64_t j = 0; j < inner; j++) {
      f(static_cast<const int64_t *>(cur));
      for (int k = 0; k < K; k++) cur[k] += strides[k][last];
    }
    for (int d = last - 1; d >= 0; d--) { // odometer over the outer dims
      for (int k = 0; k < K; k++) off[k] += strides[k][d];
      if (++index[d] < shape[d]) break;
      for (int k = 0; k < K; k++) off[k] -= strides[k][d] * shape[d];
      index[d] = 0;
    }
  }
}

// Copies one element of `size` bytes.
inline void move_element(char *dst, const char *src, size_t size) {
  switch (size) {
  case 1: *dst = *src; break;
  case 2: memcpy(dst, src, 2); break;
  case 4: memcpy(dst, src, 4); break;
  default: memcpy(dst, src, 8); break;
  }
}

// A new contiguous tensor of `sizes` whose element i (row-major) is src's element
// at src_offset + sum(index[d] * src_strides[d]) (strides may be negative).
Tensor strided_copy(const Tensor &src, int64_t src_offset, IntArrayRef sizes,
                    const int64_t *src_strides);

// wrap_dim, with PyTorch's "Dimension specified as 0 but tensor has no
// dimensions" IndexError for a 0-dim tensor (ops that need a real dim).
bool wrap_dim_nonscalar(int64_t *dim, int64_t ndim);

// index as int64 (converting int32 when allowed); undefined + error otherwise.
Tensor long_index(const Tensor &index);

} // namespace tensor
