// Internal helpers shared by the tensor library's files (not public API).
#pragma once

#include "tensor/dispatch.h"

#include <cstdio>

namespace tensor {

int64_t shape_numel(IntArrayRef sizes);
bool strides_are_contiguous(const int64_t *sizes, const int64_t *strides, int ndim);
// Row-major strides for sizes, as PyTorch computes them.
void contiguous_strides(const int64_t *sizes, int ndim, int64_t *strides);
bool check_ndim(size_t ndim); // RuntimeError past kMaxDims

// A new TensorImpl over `storage` (which gains a reference).
Tensor make_tensor(Storage *storage, int64_t offset, IntArrayRef sizes, IntArrayRef strides,
                   ScalarType dtype);
// A view of base's storage with other geometry.
Tensor make_view(const Tensor &base, int64_t offset, IntArrayRef sizes, IntArrayRef strides);

// a * b and a + b wrapping as PyTorch's int64 size arithmetic does in
// practice, without signed-overflow UB (huge user-given sizes and pads).
inline int64_t mul_wrap(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}
inline int64_t add_wrap(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

// The sizes of a new tensor: at most kMaxDims, none negative (PyTorch's
// "Trying to create tensor with negative dimension").
bool check_sizes(IntArrayRef sizes);

// "[2, 3]" into buf (truncated to n bytes), as PyTorch prints IntArrayRefs.
void format_int_list(char *buf, size_t n, IntArrayRef list);

// Wraps a possibly negative dim into [0, ndim); IndexError with PyTorch's
// message otherwise. A 0-dim tensor accepts dims -1 and 0 (scalar_ok).
bool wrap_dim(int64_t *dim, int64_t ndim, bool scalar_ok = true);

// Calls f(void *element) for every element of t in row-major order.
template <class F> void for_each_element(const Tensor &t, F &&f) {
  int64_t n = t.numel();
  if (n == 0) return;
  int nd = static_cast<int>(t.dim());
  int64_t index[kMaxDims] = {0};
  char *p = static_cast<char *>(t.data_ptr());
  int64_t esize = static_cast<int64_t>(t.element_size());
  for (int64_t i = 0; i < n; i++) {
    f(static_cast<void *>(p));
    for (int d = nd - 1; d >= 0; d--) { // odometer step
      p += t.stride(d) * esize;
      if (++index[d] < t.size(d)) break;
      p -= t.stride(d) * t.size(d) * esize;
      index[d] = 0;
    }
  }
}

} // namespace tensor
