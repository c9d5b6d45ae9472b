// Views: new sizes/strides/offset over the same Storage, never a copy (except
// reshape, which copies when no view can express the result).
#include "tensor/internal.h"

#include <cstring>

namespace tensor {

// A small owned shape being built (sizes + strides).
struct Geometry {
  int ndim;
  int64_t sizes[kMaxDims];
  int64_t strides[kMaxDims];
  IntArrayRef size_ref() const { return IntArrayRef(sizes, ndim); }
  IntArrayRef stride_ref() const { return IntArrayRef(strides, ndim); }
};

static Geometry geometry_of(const Tensor &t) {
  Geometry g;
  g.ndim = static_cast<int>(t.dim());
  for (int d = 0; d < g.ndim; d++) g.sizes[d] = t.size(d), g.strides[d] = t.stride(d);
  return g;
}

static Tensor view_with(const Tensor &t, const Geometry &g, int64_t offset) {
  return make_view(t, offset, g.size_ref(), g.stride_ref());
}

static Tensor view_with(const Tensor &t, const Geometry &g) {
  return view_with(t, g, t.storage_offset());
}

static void remove_dim(Geometry *g, int d) {
  for (int i = d; i + 1 < g->ndim; i++)
    g->sizes[i] = g->sizes[i + 1], g->strides[i] = g->strides[i + 1];
  g->ndim--;
}

static void insert_dim(Geometry *g, int d, int64_t size, int64_t stride) {
  for (int i = g->ndim; i > d; i--)
    g->sizes[i] = g->sizes[i - 1], g->strides[i] = g->strides[i - 1];
  g->sizes[d] = size;
  g->strides[d] = stride;
  g->ndim++;
}

bool wrap_dim(int64_t *dim, int64_t ndim, bool scalar_ok) {
  if (ndim == 0 && scalar_ok) ndim = 1;
  if (ndim <= 0)
    return fail(ErrorKind::IndexError, "dimension specified as %lld but tensor has no dimensions",
                static_cast<long long>(*dim));
  if (*dim < -ndim || *dim >= ndim)
    return fail(ErrorKind::IndexError,
                "Dimension out of range (expected to be in range of [%lld, %lld], but got %lld)",
                static_cast<long long>(-ndim), static_cast<long long>(ndim - 1),
                static_cast<long long>(*dim));
  if (*dim < 0) *dim += ndim;
  return true;
}

// ---------------------------------------------------------------------------
// view / reshape

// Resolves a -1 entry of `shape` against numel (PyTorch's infer_size).
static bool infer_size(IntArrayRef shape, int64_t numel, Geometry *out) {
  if (!check_ndim(shape.size)) return false;
  int64_t known = 1;
  int infer = -1;
  for (size_t d = 0; d < shape.size; d++) {
    if (shape[d] == -1) {
      if (infer >= 0) return fail(ErrorKind::RuntimeError, "only one dimension can be inferred");
      infer = static_cast<int>(d);
    } else if (shape[d] >= 0) {
      known = mul_wrap(known, shape[d]);
    } else {
      return fail(ErrorKind::RuntimeError, "invalid shape dimension %lld",
                  static_cast<long long>(shape[d]));
    }
    out->sizes[d] = shape[d];
  }
  out->ndim = static_cast<int>(shape.size);
  char buf[160];
  format_int_list(buf, sizeof buf, shape);
  if (numel == known || (infer >= 0 && known > 0 && numel % known == 0)) {
    if (infer < 0) return true;
    if (known == 0)
      return fail(ErrorKind::RuntimeError,
                  "cannot reshape tensor of 0 elements into shape %s because the unspecified "
                  "dimension size -1 can be any value and is ambiguous",
                  buf);
    out->sizes[infer] = numel / known;
    return true;
  }
  return fail(ErrorKind::RuntimeError, "shape '%s' is invalid for input of size %lld", buf,
              static_cast<long long>(numel));
}

// Strides that let `g` (sizes filled in) view t's memory, if any (PyTorch's
// computeStride). Dims of t are grouped into chunks that are contiguous with
// each other; each chunk must be covered by whole dims of the new shape.
static bool view_strides(const Tensor &t, Geometry *g) {
  if (t.numel() == 0 || t.dim() == 0) {
    if (t.numel() == 0 && shape_numel(g->size_ref()) == 0 && t.dim() == g->ndim &&
        memcmp(t.sizes().data, g->sizes, sizeof(int64_t) * g->ndim) == 0) {
      memcpy(g->strides, t.strides().data, sizeof(int64_t) * g->ndim);
      return true;
    }
    contiguous_strides(g->sizes, g->ndim, g->strides);
    return true;
  }
  int view_d = g->ndim - 1;
  int64_t base = t.stride(t.dim() - 1), tensor_numel = 1, view_numel = 1;
  for (int d = static_cast<int>(t.dim()) - 1; d >= 0; d--) {
    tensor_numel *= t.size(d);
    bool chunk_ends = d == 0 || (t.size(d - 1) != 1 && t.stride(d - 1) != tensor_numel * base);
    if (!chunk_ends) continue;
    while (view_d >= 0 && (view_numel < tensor_numel || g->sizes[view_d] == 1)) {
      g->strides[view_d] = view_numel * base;
      view_numel *= g->sizes[view_d];
      view_d--;
    }
    if (view_numel != tensor_numel) return false;
    if (d > 0) base = t.stride(d - 1), tensor_numel = 1, view_numel = 1;
  }
  return view_d == -1;
}

Tensor view(const Tensor &self, IntArrayRef shape) {
  Geometry g;
  if (!infer_size(shape, self.numel(), &g)) return Tensor();
  if (!view_strides(self, &g)) {
    fail(ErrorKind::RuntimeError,
         "view size is not compatible with input tensor's size and stride (at least one "
         "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
    return Tensor();
  }
  return view_with(self, g);
}

Tensor reshape(const Tensor &self, IntArrayRef shape) {
  Geometry g;
  if (!infer_size(shape, self.numel(), &g)) return Tensor();
  if (view_strides(self, &g)) return view_with(self, g);
  Tensor copy = clone_contiguous(self);
  if (!copy) return copy;
  contiguous_strides(g.sizes, g.ndim, g.strides);
  return view_with(copy, g);
}

Tensor flatten(const Tensor &self, int64_t start_dim, int64_t end_dim) {
  if (!wrap_dim(&start_dim, self.dim()) || !wrap_dim(&end_dim, self.dim())) return Tensor();
  if (start_dim > end_dim) {
    fail(ErrorKind::RuntimeError,
         "flatten() has invalid args: start_dim cannot come after end_dim");
    return Tensor();
  }
  if (self.dim() == 0) return reshape(self, {1});
  if (start_dim == end_dim) return alias(self);
  int64_t shape[kMaxDims];
  int n = 0;
  for (int64_t d = 0; d < self.dim(); d++) {
    if (d <= start_dim || d > end_dim)
      shape[n++] = self.size(d);
    else
      shape[n - 1] *= self.size(d);
  }
  return reshape(self, IntArrayRef(shape, n));
}

// ---------------------------------------------------------------------------
// Dimension reordering

Tensor permute(const Tensor &self, IntArrayRef dims) {
  if (static_cast<int64_t>(dims.size) != self.dim()) {
    fail(ErrorKind::RuntimeError,
         "permute(sparse_coo): number of dimensions in the tensor input does not match the "
         "length of the desired ordering of dimensions i.e. input.dim() = %lld is not equal to "
         "len(dims) = %zu",
         static_cast<long long>(self.dim()), dims.size);
    return Tensor();
  }
  Geometry g = geometry_of(self);
  bool seen[kMaxDims] = {false};
  for (int i = 0; i < g.ndim; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, self.dim())) return Tensor();
    if (seen[d]) {
      fail(ErrorKind::RuntimeError, "permute(): duplicate dims are not allowed.");
      return Tensor();
    }
    seen[d] = true;
    g.sizes[i] = self.size(d);
    g.strides[i] = self.stride(d);
  }
  return view_with(self, g);
}

Tensor transpose(const Tensor &self, int64_t dim0, int64_t dim1) {
  if (!wrap_dim(&dim0, self.dim()) || !wrap_dim(&dim1, self.dim())) return Tensor();
  Geometry g = geometry_of(self);
  if (g.ndim == 0) return alias(self);
  g.sizes[dim0] = self.size(dim1), g.strides[dim0] = self.stride(dim1);
  g.sizes[dim1] = self.size(dim0), g.strides[dim1] = self.stride(dim0);
  return view_with(self, g);
}

Tensor t(const Tensor &self) {
  if (self.dim() > 2) {
    fail(ErrorKind::RuntimeError, "t() expects a tensor with <= 2 dimensions, but self is %lldD",
         static_cast<long long>(self.dim()));
    return Tensor();
  }
  return transpose(self, 0, self.dim() < 2 ? 0 : 1);
}

// ---------------------------------------------------------------------------
// Indexing views

Tensor select(const Tensor &self, int64_t dim, int64_t index) {
  if (self.dim() == 0) {
    fail(ErrorKind::IndexError, "select() cannot be applied to a 0-dim tensor.");
    return Tensor();
  }
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  int64_t size = self.size(dim);
  if (index < -size || index >= size) {
    char buf[160];
    format_int_list(buf, sizeof buf, self.sizes());
    fail(ErrorKind::IndexError,
         "select(): index %lld out of range for tensor of size %s at dimension %lld",
         static_cast<long long>(index), buf, static_cast<long long>(dim));
    return Tensor();
  }
  if (index < 0) index += size;
  Geometry g = geometry_of(self);
  remove_dim(&g, static_cast<int>(dim));
  return view_with(self, g, self.storage_offset() + index * self.stride(dim));
}

Tensor narrow(const Tensor &self, int64_t dim, int64_t start, int64_t length) {
  if (self.dim() == 0) {
    fail(ErrorKind::RuntimeError, "narrow() cannot be applied to a 0-dim tensor.");
    return Tensor();
  }
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  int64_t size = self.size(dim);
  // start == size is a valid (empty) narrow, but not a valid dim to wrap.
  if (start != size && !wrap_dim(&start, size)) return Tensor();
  if (length < 0 || start > size - length) {
    fail(ErrorKind::RuntimeError, "start (%lld) + length (%lld) exceeds dimension size (%lld).",
         static_cast<long long>(start), static_cast<long long>(length),
         static_cast<long long>(size));
    return Tensor();
  }
  return slice(self, dim, start, start + length, 1);
}

Tensor slice(const Tensor &self, int64_t dim, int64_t start, int64_t end, int64_t step) {
  if (self.dim() == 0) {
    fail(ErrorKind::IndexError, "slice() cannot be applied to a 0-dim tensor.");
    return Tensor();
  }
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  if (step <= 0) {
    fail(ErrorKind::RuntimeError, "slice step must be positive");
    return Tensor();
  }
  int64_t size = self.size(dim);
  if (start < 0) start += size;
  if (end < 0) end += size;
  start = start < 0 ? 0 : (start > size ? size : start);
  end = end < start ? start : (end > size ? size : end);
  Geometry g = geometry_of(self);
  g.sizes[dim] = (end - start + step - 1) / step;
  g.strides[dim] = self.stride(dim) * step;
  return view_with(self, g, self.storage_offset() + start * self.stride(dim));
}

Tensor diagonal(const Tensor &self, int64_t offset, int64_t dim1, int64_t dim2) {
  if (!wrap_dim(&dim1, self.dim(), false) || !wrap_dim(&dim2, self.dim(), false)) return Tensor();
  if (dim1 == dim2) {
    fail(ErrorKind::RuntimeError, "diagonal dimensions cannot be identical %lld, %lld",
         static_cast<long long>(dim1), static_cast<long long>(dim2));
    return Tensor();
  }
  int64_t len, start = self.storage_offset();
  if (offset >= 0) {
    len = self.size(dim2) - offset;
    if (len > self.size(dim1)) len = self.size(dim1);
    if (len > 0) start += offset * self.stride(dim2);
  } else {
    len = self.size(dim1) + offset;
    if (len > self.size(dim2)) len = self.size(dim2);
    if (len > 0) start -= offset * self.stride(dim1);
  }
  if (len < 0) len = 0;
  Geometry g = geometry_of(self);
  int64_t stride = self.stride(dim1) + self.stride(dim2);
  remove_dim(&g, static_cast<int>(dim1 > dim2 ? dim1 : dim2));
  remove_dim(&g, static_cast<int>(dim1 > dim2 ? dim2 : dim1));
  insert_dim(&g, g.ndim, len, stride);
  return view_with(self, g, len > 0 ? start : self.storage_offset());
}

Tensor unfold(const Tensor &self, int64_t dim, int64_t size, int64_t step) {
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  int64_t max_size = self.dim() == 0 ? 1 : self.size(dim);
  if (size > max_size) {
    fail(ErrorKind::RuntimeError,
         "maximum size for tensor at dimension %lld is %lld but size is %lld",
         static_cast<long long>(dim), static_cast<long long>(max_size),
         static_cast<long long>(size));
    return Tensor();
  }
  if (step <= 0) {
    fail(ErrorKind::RuntimeError, "step is %lld but must be > 0", static_cast<long long>(step));
    return Tensor();
  }
  Geometry g = geometry_of(self);
  if (g.ndim == 0) {
    insert_dim(&g, 0, size, 1);
    return view_with(self, g);
  }
  if (!check_ndim(g.ndim + 1)) return Tensor();
  g.sizes[dim] = (self.size(dim) - size) / step + 1;
  g.strides[dim] = step * self.stride(dim);
  insert_dim(&g, g.ndim, size, self.stride(dim));
  return view_with(self, g);
}

// ---------------------------------------------------------------------------
// Adding and removing size-1 dims

Tensor squeeze(const Tensor &self) {
  Geometry g = geometry_of(self);
  for (int d = g.ndim - 1; d >= 0; d--)
    if (g.sizes[d] == 1) remove_dim(&g, d);
  return view_with(self, g);
}

Tensor squeeze(const Tensor &self, int64_t dim) {
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  Geometry g = geometry_of(self);
  if (g.ndim > 0 && g.sizes[dim] == 1) remove_dim(&g, static_cast<int>(dim));
  return view_with(self, g);
}

Tensor unsqueeze(const Tensor &self, int64_t dim) {
  if (!wrap_dim(&dim, self.dim() + 1) || !check_ndim(self.dim() + 1)) return Tensor();
  Geometry g = geometry_of(self);
  int64_t stride = dim >= g.ndim ? 1 : g.sizes[dim] * g.strides[dim];
  insert_dim(&g, static_cast<int>(dim), 1, stride);
  return view_with(self, g);
}

// ---------------------------------------------------------------------------
// expand and broadcasting

// PyTorch names the type "torch.FloatTensor" where a legacy tensor type exists
// (Byte..Double) and "CPUBoolType" otherwise.
static void expand_error_prefix(const Tensor &self, IntArrayRef sizes, char *buf, size_t n) {
  char a[160], b[160];
  format_int_list(a, sizeof a, self.sizes());
  format_int_list(b, sizeof b, sizes);
  bool legacy = self.dtype() <= ScalarType::Double;
  snprintf(buf, n,
           legacy ? "expand(torch.%sTensor{%s}, size=%s)" : "expand(CPU%sType{%s}, size=%s)",
           scalar_type_name(self.dtype()), a, b);
}

Tensor expand(const Tensor &self, IntArrayRef sizes) {
  if (static_cast<int64_t>(sizes.size) < self.dim()) {
    char prefix[400];
    expand_error_prefix(self, sizes, prefix, sizeof prefix);
    fail(ErrorKind::RuntimeError,
         "%s: the number of sizes provided (%zu) must be greater or equal to the number of "
         "dimensions in the tensor (%lld)",
         prefix, sizes.size, static_cast<long long>(self.dim()));
    return Tensor();
  }
  if (!check_ndim(sizes.size)) return Tensor();
  Geometry g;
  g.ndim = static_cast<int>(sizes.size);
  int64_t lead = g.ndim - self.dim();
  for (int d = g.ndim - 1; d >= 0; d--) {
    int64_t want = sizes[d];
    if (d < lead) {
      if (want < 0) {
        fail(ErrorKind::RuntimeError,
             "The expanded size of the tensor (%lld) isn't allowed in a leading, non-existing "
             "dimension %d",
             static_cast<long long>(want), d);
        return Tensor();
      }
      g.sizes[d] = want;
      g.strides[d] = want != 1 ? 0 : d + 1 < g.ndim ? g.sizes[d + 1] * g.strides[d + 1] : 1;
      continue;
    }
    int64_t have = self.size(d - lead);
    if (want == -1) want = have;
    if (have != want && have != 1) {
      char a[160], b[160];
      format_int_list(a, sizeof a, sizes);
      format_int_list(b, sizeof b, self.sizes());
      fail(ErrorKind::RuntimeError,
           "The expanded size of the tensor (%lld) must match the existing size (%lld) at "
           "non-singleton dimension %d.  Target sizes: %s.  Tensor sizes: %s",
           static_cast<long long>(want), static_cast<long long>(have), d, a, b);
      return Tensor();
    }
    g.sizes[d] = want;
    g.strides[d] = have == want ? self.stride(d - lead) : 0;
  }
  return view_with(self, g);
}

bool broadcast_shapes(IntArrayRef a, IntArrayRef b, int64_t *out, size_t *out_ndim) {
  size_t n = a.size > b.size ? a.size : b.size;
  if (!check_ndim(n)) return false;
  for (size_t i = 0; i < n; i++) {
    size_t off = n - 1 - i;
    int64_t sa = off < a.size ? a[a.size - 1 - off] : 1;
    int64_t sb = off < b.size ? b[b.size - 1 - off] : 1;
    if (sa != sb && sa != 1 && sb != 1)
      return fail(ErrorKind::RuntimeError,
                  "The size of tensor a (%lld) must match the size of tensor b (%lld) at "
                  "non-singleton dimension %zu",
                  static_cast<long long>(sa), static_cast<long long>(sb), i);
    out[i] = sa == 1 ? sb : sa;
  }
  *out_ndim = n;
  return true;
}

// ---------------------------------------------------------------------------
// as_strided

Tensor as_strided(const Tensor &self, IntArrayRef sizes, IntArrayRef strides,
                  int64_t storage_offset) {
  if (storage_offset < 0) storage_offset = self.storage_offset();
  if (!check_ndim(sizes.size)) return Tensor();
  char a[160], b[160];
  format_int_list(a, sizeof a, sizes);
  format_int_list(b, sizeof b, strides);
  if (sizes.size != strides.size) {
    fail(ErrorKind::RuntimeError, "mismatch in length of strides and shape");
    return Tensor();
  }
  for (size_t d = 0; d < strides.size; d++) {
    if (strides[d] >= 0) continue;
    fail(ErrorKind::RuntimeError,
         "as_strided: Negative strides are not supported at the moment, got strides: %s", b);
    return Tensor();
  }
  int64_t span = 1; // elements needed from storage_offset on
  for (size_t d = 0; d < sizes.size; d++) {
    if (sizes[d] == 0) span = 0;
    if (sizes[d] == 0) break;
    span += (sizes[d] - 1) * strides[d];
  }
  int64_t esize = static_cast<int64_t>(self.element_size());
  int64_t need = span == 0 ? 0 : (storage_offset + span) * esize;
  if (need > static_cast<int64_t>(self.storage()->nbytes)) {
    fail(ErrorKind::RuntimeError,
         "setStorage: sizes %s, strides %s, storage offset %lld, and itemsize %lld requiring a "
         "storage size of %lld are out of bounds for storage of size %zu",
         a, b, static_cast<long long>(storage_offset), static_cast<long long>(esize),
         static_cast<long long>(need), self.storage()->nbytes);
    return Tensor();
  }
  return make_view(self, storage_offset, sizes, strides);
}

} // namespace tensor
