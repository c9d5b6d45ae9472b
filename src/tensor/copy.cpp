// Copies: copy_ (broadcasting, dtype conversion, writes through views),
// clone/contiguous/to_dtype, and resize_ for out= tensors.
#include "tensor/iterator.h"

#include <cstring>

namespace tensor {

bool copy_(const Tensor &dst, const Tensor &src) {
  Tensor out = dst;
  ElementwiseIter it;
  if (!it.build(out, false, dst.dtype(), &src, 1, ScalarType::Undefined)) return false;
  dispatch_all(src.dtype(), [&](auto s) {
    using S = decltype(s);
    dispatch_all(dst.dtype(), [&](auto d) {
      using D = decltype(d);
      run_pointwise<D, S, 1>(it, [](compute_t<S> v) { return v; });
    });
  });
  return true;
}

// Dense: its elements fill a block of memory exactly, in some dim order.
bool is_non_overlapping_and_dense(const Tensor &t) {
  int nd = static_cast<int>(t.dim());
  int order[kMaxDims];
  for (int d = 0; d < nd; d++) order[d] = d;
  for (int i = 1; i < nd; i++) // insertion sort by stride, size-1 dims last
    for (int j = i; j > 0; j--) {
      int a = order[j - 1], b = order[j];
      bool swap = t.size(a) == 1 ? t.size(b) != 1 : t.size(b) != 1 && t.stride(a) > t.stride(b);
      if (!swap) break;
      order[j - 1] = b, order[j] = a;
    }
  int64_t expected = 1;
  for (int i = 0; i < nd; i++) {
    int64_t size = t.size(order[i]);
    if (size == 1) continue;
    if (t.stride(order[i]) != expected) return false;
    expected *= size;
  }
  return true;
}

// PyTorch's empty_like with memory_format=preserve: same strides if dense,
// row-major otherwise.
static Tensor empty_like_preserve(const Tensor &t, ScalarType dtype) {
  if (is_non_overlapping_and_dense(t)) return empty_strided(t.sizes(), t.strides(), dtype);
  return empty(t.sizes(), dtype);
}

static Tensor copy_into(Tensor out, const Tensor &src) {
  if (out && !copy_(out, src)) return Tensor();
  return out;
}

Tensor clone(const Tensor &self) {
  return copy_into(empty_like_preserve(self, self.dtype()), self);
}

Tensor clone_contiguous(const Tensor &self) {
  return copy_into(empty(self.sizes(), self.dtype()), self);
}

Tensor contiguous(const Tensor &self) {
  return self.is_contiguous() ? self : clone_contiguous(self);
}

Tensor to_dtype(const Tensor &self, ScalarType dtype, bool copy) {
  if (self.dtype() == dtype && !copy) return self;
  return copy_into(empty_like_preserve(self, dtype), self);
}

// Growing moves this tensor to a new storage holding the old bytes; other views
// of the old storage keep it (PyTorch would grow the shared storage in place).
static bool grow_storage(const Tensor &self, size_t nbytes) {
  Storage *old = self.storage();
  Storage *grown = storage_new(nbytes);
  if (!grown) return false;
  memcpy(grown->data, old->data, old->nbytes);
  self.impl()->storage = grown;
  storage_decref(old);
  return true;
}

bool resize_(const Tensor &self, IntArrayRef sizes) {
  if (!check_sizes(sizes)) return false;
  int64_t numel = shape_numel(sizes);
  size_t need = static_cast<size_t>(self.storage_offset() + numel) * self.element_size();
  if (numel > 0 && need > self.storage()->nbytes && !grow_storage(self, need)) return false;
  TensorImpl *impl = self.impl();
  impl->ndim = static_cast<uint8_t>(sizes.size);
  for (size_t d = 0; d < sizes.size; d++) impl->sizes[d] = sizes[d];
  contiguous_strides(impl->sizes, impl->ndim, impl->strides);
  return true;
}

} // namespace tensor
