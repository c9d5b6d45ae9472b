// TensorImpl lifetime, the Tensor handle, creation functions and element access.
#include "tensor/internal.h"

#include <cmath>
#include <cstring>

namespace tensor {

// ---------------------------------------------------------------------------
// Handle and impl lifetime

void Tensor::destroy() {
  storage_decref(impl_->storage);
  free_bytes(impl_, sizeof(TensorImpl));
  impl_ = nullptr;
}

int64_t Tensor::numel() const { return shape_numel(sizes()); }

bool Tensor::is_contiguous_nd() const {
  return strides_are_contiguous(impl_->sizes, impl_->strides, impl_->ndim);
}

int64_t shape_numel(IntArrayRef sizes) {
  int64_t n = 1;
  for (size_t i = 0; i < sizes.size; i++) n *= sizes[i];
  return n;
}

// PyTorch ignores the strides of size-1 dims and calls any empty tensor contiguous.
bool strides_are_contiguous(const int64_t *sizes, const int64_t *strides, int ndim) {
  int64_t expected = 1;
  for (int d = ndim - 1; d >= 0; d--) {
    if (sizes[d] == 0) return true;
    if (sizes[d] != 1 && strides[d] != expected) return false;
    expected *= sizes[d];
  }
  return true;
}

void contiguous_strides(const int64_t *sizes, int ndim, int64_t *strides) {
  int64_t s = 1;
  for (int d = ndim - 1; d >= 0; d--) {
    strides[d] = s;
    s *= sizes[d] > 1 ? sizes[d] : 1; // as PyTorch: size-0/1 dims don't scale
  }
}

bool check_ndim(size_t ndim) {
  if (ndim <= kMaxDims) return true;
  return fail(ErrorKind::RuntimeError,
              "upytorch supports tensors of at most %d dimensions, got %zu", kMaxDims, ndim);
}

Tensor make_tensor(Storage *storage, int64_t offset, IntArrayRef sizes, IntArrayRef strides,
                   ScalarType dtype) {
  auto *impl = static_cast<TensorImpl *>(alloc_bytes(sizeof(TensorImpl)));
  if (!impl) return Tensor();
  storage_incref(storage);
  impl->refcount = 1;
  impl->dtype = dtype;
  impl->ndim = static_cast<uint8_t>(sizes.size);
  impl->wrapped_number = false;
  impl->storage = storage;
  impl->storage_offset = offset;
  for (size_t d = 0; d < sizes.size; d++) {
    impl->sizes[d] = sizes[d];
    impl->strides[d] = strides[d];
  }
  return Tensor(impl);
}

Tensor make_view(const Tensor &base, int64_t offset, IntArrayRef sizes, IntArrayRef strides) {
  return make_tensor(base.storage(), offset, sizes, strides, base.dtype());
}

// ---------------------------------------------------------------------------
// Creation

bool check_sizes(IntArrayRef sizes) {
  if (!check_ndim(sizes.size)) return false;
  for (size_t d = 0; d < sizes.size; d++) {
    if (sizes[d] >= 0) continue;
    char buf[160];
    format_int_list(buf, sizeof buf, sizes);
    return fail(ErrorKind::RuntimeError, "Trying to create tensor with negative dimension %lld: %s",
                static_cast<long long>(sizes[d]), buf);
  }
  return true;
}

// Number of bytes spanned by sizes/strides (non-negative strides), 0 if empty.
static bool storage_bytes(IntArrayRef sizes, IntArrayRef strides, ScalarType dtype, size_t *out) {
  uint64_t last = 0;
  for (size_t d = 0; d < sizes.size; d++) {
    if (sizes[d] == 0) {
      *out = 0;
      return true;
    }
    last += static_cast<uint64_t>(sizes[d] - 1) * static_cast<uint64_t>(strides[d]);
  }
  uint64_t bytes = (last + 1) * element_size(dtype);
  if (last >= (uint64_t(1) << 48) || bytes > SIZE_MAX)
    return fail(ErrorKind::MemoryError, "tensor of %llu elements is too large",
                static_cast<unsigned long long>(last + 1));
  *out = static_cast<size_t>(bytes);
  return true;
}

Tensor empty_strided(IntArrayRef sizes, IntArrayRef strides, ScalarType dtype) {
  if (!check_sizes(sizes)) return Tensor();
  size_t nbytes;
  if (!storage_bytes(sizes, strides, dtype, &nbytes)) return Tensor();
  Storage *s = storage_new(nbytes);
  if (!s) return Tensor();
  Tensor t = make_tensor(s, 0, sizes, strides, dtype);
  storage_decref(s);
  return t;
}

Tensor empty(IntArrayRef sizes, ScalarType dtype) {
  if (!check_sizes(sizes)) return Tensor();
  int64_t strides[kMaxDims];
  contiguous_strides(sizes.data, static_cast<int>(sizes.size), strides);
  return empty_strided(sizes, IntArrayRef(strides, sizes.size), dtype);
}

Tensor full(IntArrayRef sizes, Scalar value, ScalarType dtype) {
  Tensor t = empty(sizes, dtype);
  if (t && !fill_(t, value)) return Tensor();
  return t;
}

Tensor zeros(IntArrayRef sizes, ScalarType dtype) {
  Tensor t = empty(sizes, dtype);
  if (t) memset(t.data_ptr(), 0, t.numel() * t.element_size());
  return t;
}

Tensor ones(IntArrayRef sizes, ScalarType dtype) { return full(sizes, Scalar(int64_t(1)), dtype); }

Tensor from_data(const void *data, IntArrayRef sizes, ScalarType dtype) {
  Tensor t = empty(sizes, dtype);
  if (t) memcpy(t.data_ptr(), data, t.numel() * t.element_size());
  return t;
}

Tensor from_blob(void *data, IntArrayRef sizes, IntArrayRef strides, ScalarType dtype) {
  size_t nbytes;
  if (!check_sizes(sizes) || !storage_bytes(sizes, strides, dtype, &nbytes)) return Tensor();
  Storage *s = storage_wrap(data, nbytes);
  if (!s) return Tensor();
  Tensor t = make_tensor(s, 0, sizes, strides, dtype);
  storage_decref(s);
  return t;
}

Tensor scalar_to_tensor(Scalar s) {
  ScalarType dtype = s.is_bool()       ? ScalarType::Bool
                     : s.is_integral() ? ScalarType::Long
                                       : ScalarType::Double;
  Tensor t = empty({}, dtype);
  if (!t) return t;
  store_scalar(t.data_ptr(), dtype, s);
  t.impl()->wrapped_number = true;
  return t;
}

Tensor alias(const Tensor &t) { return make_view(t, t.storage_offset(), t.sizes(), t.strides()); }

// ---------------------------------------------------------------------------
// arange: PyTorch computes the length in double from the given bounds, except
// for int64 where it uses integer arithmetic on the truncated bounds; elements are
// start + i * step in the accumulation type (int64 for integers, double for
// float/double, float for 16-bit floats).

static bool arange_length(Scalar start, Scalar end, Scalar step, ScalarType dtype, int64_t *n) {
  // Integral dtypes check the int64-truncated bounds (so a step of 0.5 is 0).
  bool integral = is_integral(dtype, false);
  double xs = integral ? static_cast<double>(start.to_long()) : start.to_double();
  double xe = integral ? static_cast<double>(end.to_long()) : end.to_double();
  double st = integral ? static_cast<double>(step.to_long()) : step.to_double();
  if (st == 0) return fail(ErrorKind::RuntimeError, "step must be nonzero");
  if (!std::isfinite(xs) || !std::isfinite(xe))
    return fail(ErrorKind::RuntimeError, "unsupported range: %g -> %g", xs, xe);
  if (!((st > 0 && xe >= xs) || (st < 0 && xe <= xs)))
    return fail(ErrorKind::RuntimeError,
                "upper bound and larger bound inconsistent with step sign");
  double len;
  if (dtype == ScalarType::Long) {
    int64_t s = start.to_long(), e = end.to_long(), k = step.to_long();
    int64_t sign = (k > 0) - (k < 0);
    len = static_cast<double>((e - s + k - sign) / k);
  } else {
    len = std::ceil((end.to_double() - start.to_double()) / step.to_double());
  }
  if (!(len >= 0 && len <= 9.2e18))
    return fail(ErrorKind::RuntimeError, "invalid size, possible overflow?");
  *n = static_cast<int64_t>(len);
  return true;
}

Tensor arange(Scalar start, Scalar end, Scalar step, ScalarType dtype) {
  if (dtype == ScalarType::Bool) {
    fail(ErrorKind::RuntimeError, "\"arange_cpu\" not implemented for 'Bool'");
    return Tensor();
  }
  int64_t n = 0;
  if (!arange_length(start, end, step, dtype, &n)) return Tensor();
  Tensor t = empty({n}, dtype);
  if (!t) return t;
  dispatch_all(dtype, [&](auto tag) {
    using T = decltype(tag);
    T *out = t.data<T>();
    if (is_integral(dtype, false)) {
      int64_t s = start.to_long(), k = step.to_long();
      for (int64_t i = 0; i < n; i++) out[i] = cast_to<T>(s + i * k);
    } else if (sizeof(T) == 2) {
      float s = static_cast<float>(start.to_double()), k = static_cast<float>(step.to_double());
      for (int64_t i = 0; i < n; i++) out[i] = cast_to<T>(s + static_cast<float>(i) * k);
    } else {
      double s = start.to_double(), k = step.to_double();
      for (int64_t i = 0; i < n; i++) out[i] = cast_to<T>(s + static_cast<double>(i) * k);
    }
  });
  return t;
}

// ---------------------------------------------------------------------------
// Elements

static void *element_ptr(const Tensor &t, IntArrayRef index) {
  int64_t off = 0;
  for (size_t d = 0; d < index.size; d++) off += index[d] * t.stride(d);
  return static_cast<char *>(t.data_ptr()) + off * static_cast<int64_t>(t.element_size());
}

Scalar get(const Tensor &t, IntArrayRef index) {
  return load_scalar(element_ptr(t, index), t.dtype());
}

bool set(const Tensor &t, IntArrayRef index, Scalar v) {
  store_scalar(element_ptr(t, index), t.dtype(), v);
  return true;
}

Scalar item(const Tensor &t) {
  if (t.numel() != 1) {
    fail(ErrorKind::RuntimeError, "a Tensor with %lld elements cannot be converted to Scalar",
         static_cast<long long>(t.numel()));
    return Scalar();
  }
  return load_scalar(t.data_ptr(), t.dtype());
}

template <class W> static void fill_words(void *data, const unsigned char *value, int64_t n) {
  W w;
  memcpy(&w, value, sizeof w);
  W *p = static_cast<W *>(data);
  for (int64_t i = 0; i < n; i++) p[i] = w;
}

bool fill_(const Tensor &t, Scalar v) {
  alignas(8) unsigned char value[8];
  store_scalar(value, t.dtype(), v);
  size_t esize = t.element_size();
  if (t.is_contiguous()) { // one typed loop the compiler vectorises
    int64_t n = t.numel();
    void *data = t.data_ptr();
    switch (esize) {
    case 1: memset(data, value[0], (size_t)n); return true;
    case 2: fill_words<uint16_t>(data, value, n); return true;
    case 4: fill_words<uint32_t>(data, value, n); return true;
    case 8: fill_words<uint64_t>(data, value, n); return true;
    default: break;
    }
  }
  for_each_element(t, [&](void *p) { memcpy(p, value, esize); });
  return true;
}

bool zero_(const Tensor &t) { return fill_(t, Scalar(int64_t(0))); }

// ---------------------------------------------------------------------------
// Messages

void format_int_list(char *buf, size_t n, IntArrayRef list) {
  size_t used = static_cast<size_t>(snprintf(buf, n, "["));
  for (size_t i = 0; i < list.size && used < n; i++)
    used += static_cast<size_t>(
        snprintf(buf + used, n - used, i ? ", %lld" : "%lld", static_cast<long long>(list[i])));
  if (used < n) snprintf(buf + used, n - used, "]");
}

} // namespace tensor
