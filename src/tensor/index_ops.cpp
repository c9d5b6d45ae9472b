// Selecting and scattering along a dim: index_select, gather, scatter(_add),
// index_add / fill / copy, masked_select / scatter, nonzero, take,
// take_along_dim. Data moves by element size; only reductions switch on dtype.
#include "tensor/index_util.h"
#include "tensor/rows.h"
#include "tensor/shape_ops.h"

namespace tensor {

static bool is_index_dtype(ScalarType t) { return t == ScalarType::Long || t == ScalarType::Int; }

Tensor long_index(const Tensor &index) { return to_dtype(index, ScalarType::Long); }

bool wrap_dim_nonscalar(int64_t *dim, int64_t ndim) {
  if (ndim == 0)
    return fail(ErrorKind::IndexError, "Dimension specified as %lld but tensor has no dimensions",
                static_cast<long long>(*dim));
  return wrap_dim(dim, ndim);
}

Tensor strided_copy(const Tensor &src, int64_t src_offset, IntArrayRef sizes,
                    const int64_t *src_strides) {
  Tensor out = empty(sizes, src.dtype());
  if (!out) return out;
  size_t es = src.element_size();
  const char *base = static_cast<const char *>(src.storage()->data) + src_offset * es;
  char *dst = static_cast<char *>(out.data_ptr());
  int64_t strides[1][kMaxDims];
  for (size_t d = 0; d < sizes.size; d++) strides[0][d] = src_strides[d];
  walk<1>(static_cast<int>(sizes.size), sizes.data, strides, [&](const int64_t *off) {
    move_element(dst, base + off[0] * es, es);
    dst += es;
  });
  return out;
}

static void format_sizes(char *buf, size_t n, const Shape &s) {
  format_int_list(buf, n, IntArrayRef(s.sizes, s.ndim));
}

// ---------------------------------------------------------------------------
// gather and index_select: out[pos] = self[pos with pos[dim] = index[pos]]

enum class IndexErrors : uint8_t { Gather, Select };

// out is contiguous of index's shape; index is Long; sizes were checked.
static bool gather_into(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &out,
                        IndexErrors errors) {
  Shape is = nonempty_shape(index), ss = nonempty_shape(self);
  int64_t strides[3][kMaxDims];
  int64_t out_strides[kMaxDims];
  contiguous_strides(is.sizes, is.ndim, out_strides);
  for (int d = 0; d < is.ndim; d++) {
    strides[0][d] = is.strides[d];
    strides[1][d] = d == dim ? 0 : ss.strides[d];
    strides[2][d] = out_strides[d];
  }
  size_t es = self.element_size();
  const int64_t *idx = index.data<int64_t>();
  const char *src = static_cast<const char *>(self.data_ptr());
  char *dst = static_cast<char *>(out.data_ptr());
  int64_t size = ss.sizes[dim], stride = ss.strides[dim];
  bool ok = true;
  walk<3>(is.ndim, is.sizes, strides, [&](const int64_t *off) {
    int64_t i = idx[off[0]];
    if (i < 0 || i >= size) {
      if (ok && errors == IndexErrors::Select)
        fail(ErrorKind::IndexError, "index out of range in self");
      else if (ok)
        fail(ErrorKind::RuntimeError,
             "index %lld is out of bounds for dimension %lld with size %lld",
             static_cast<long long>(i), static_cast<long long>(dim), static_cast<long long>(size));
      ok = false;
      return;
    }
    if (ok) move_element(dst + off[2] * es, src + (off[1] + i * stride) * es, es);
  });
  return ok;
}

Tensor gather(const Tensor &self, int64_t dim, const Tensor &index) {
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  if (index.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError, "gather(): Expected dtype int64 for index"), Tensor();
  Shape is = nonempty_shape(index), ss = nonempty_shape(self);
  if (is.ndim != ss.ndim)
    return fail(ErrorKind::RuntimeError,
                "Index tensor must have the same number of dimensions as input tensor"),
           Tensor();
  Tensor out = empty(index.sizes(), self.dtype());
  if (!out || index.numel() == 0) return out;
  for (int d = 0; d < ss.ndim; d++) {
    if (d == dim || is.sizes[d] <= ss.sizes[d]) continue;
    char a[96], b[96];
    format_sizes(a, sizeof a, is);
    format_sizes(b, sizeof b, ss);
    return fail(ErrorKind::RuntimeError,
                "Size does not match at dimension %d expected index %s to be smaller than self %s "
                "apart from dimension %lld",
                d, a, b, static_cast<long long>(dim)),
           Tensor();
  }
  return gather_into(self, dim, index, out, IndexErrors::Gather) ? out : Tensor();
}

bool gather_out(const Tensor &self, int64_t dim, const Tensor &index, Tensor &out) {
  return deliver(gather(self, dim, index), out);
}

Tensor index_select(const Tensor &self, int64_t dim, const Tensor &index) {
  if (!wrap_dim(&dim, self.dim())) return Tensor();
  if (index.dim() > 1)
    return fail(ErrorKind::IndexError, "index_select(): Index is supposed to be a vector"),
           Tensor();
  if (!is_index_dtype(index.dtype()))
    return fail(ErrorKind::RuntimeError, "index_select(): Expected dtype int32 or int64 for index"),
           Tensor();
  Tensor idx = long_index(index);
  if (!idx) return idx;
  int64_t n = idx.numel();
  int64_t sizes[kMaxDims], strides[kMaxDims];
  int nd = static_cast<int>(self.dim());
  for (int d = 0; d < nd; d++) sizes[d] = d == dim ? n : self.size(d), strides[d] = 0;
  if (nd == 0) {
    sizes[0] = n, strides[0] = 0;
    nd = 1;
  }
  strides[dim] = n == 0 ? 1 : idx.dim() ? idx.stride(0) : 0;
  // The index seen as the output's shape: stride 0 along the other dims.
  Tensor spread =
      make_view(idx, idx.storage_offset(), IntArrayRef(sizes, nd), IntArrayRef(strides, nd));
  Tensor out = empty(IntArrayRef(sizes, nd), self.dtype());
  if (!spread || !out) return Tensor();
  if (!gather_into(self, dim, spread, out, IndexErrors::Select)) return Tensor();
  if (self.dim() == 0) return n ? clone(self) : zeros({}, self.dtype()); // a 0-dim result
  return out;
}

bool index_select_out(const Tensor &self, int64_t dim, const Tensor &index, Tensor &out) {
  return deliver(index_select(self, dim, index), out);
}

// ---------------------------------------------------------------------------
// scatter: self[pos with pos[dim] = index[pos]] (op)= src[pos]

enum class Reduce : uint8_t { None, Add, Multiply };

static bool parse_reduce(const char *reduce, Reduce *r) {
  *r = Reduce::None;
  if (!reduce) return true;
  if (strcmp(reduce, "add") == 0) return *r = Reduce::Add, true;
  if (strcmp(reduce, "multiply") == 0) return *r = Reduce::Multiply, true;
  return fail(ErrorKind::RuntimeError, "reduce argument must be either add or multiply.");
}

static bool scatter_checks(const Tensor &self, int64_t *dim, const Tensor &index, const Tensor *src,
                           const char *name) {
  if (!wrap_dim(dim, self.dim())) return false;
  if (index.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError, "%s(): Expected dtype int64 for index", name);
  if (src && src->dtype() != self.dtype())
    return fail(ErrorKind::RuntimeError, "%s(): Expected self.dtype to be equal to src.dtype",
                name);
  int64_t src_dim = *dim;
  if (src && !wrap_dim(&src_dim, src->dim())) return false;
  Shape is = nonempty_shape(index), ss = nonempty_shape(self);
  if (is.ndim != ss.ndim)
    return fail(ErrorKind::RuntimeError,
                "Index tensor must have the same number of dimensions as self tensor");
  Shape rs = src ? nonempty_shape(*src) : ss;
  if (src && is.ndim != rs.ndim)
    return fail(ErrorKind::RuntimeError,
                "Index tensor must have the same number of dimensions as src tensor");
  if (index.numel() == 0) return true;
  for (int d = 0; d < is.ndim; d++) {
    bool bad = (d != *dim && is.sizes[d] > ss.sizes[d]) || (src && is.sizes[d] > rs.sizes[d]);
    if (!bad) continue;
    char a[96], b[96], c[96];
    format_sizes(a, sizeof a, is);
    format_sizes(b, sizeof b, ss);
    if (!src)
      return fail(ErrorKind::RuntimeError,
                  "Expected index %s to be smaller than self %s apart from dimension %lld", a, b,
                  static_cast<long long>(*dim));
    format_sizes(c, sizeof c, rs);
    return fail(ErrorKind::RuntimeError,
                "Expected index %s to be smaller than self %s apart from dimension %lld and to be "
                "smaller size than src %s",
                a, b, static_cast<long long>(*dim), c);
  }
  return true;
}

// src undefined: value instead.
static bool scatter_into(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                         Scalar value, Reduce reduce) {
  Shape is = nonempty_shape(index), ss = nonempty_shape(self);
  Shape rs = src ? nonempty_shape(src) : is;
  int64_t strides[3][kMaxDims];
  for (int d = 0; d < is.ndim; d++) {
    strides[0][d] = is.strides[d];
    strides[1][d] = d == dim ? 0 : ss.strides[d];
    strides[2][d] = src ? rs.strides[d] : 0;
  }
  const int64_t *idx = index.data<int64_t>();
  int64_t size = ss.sizes[dim], stride = ss.strides[dim];
  bool ok = true;
  return dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    T constant;
    store_scalar(&constant, self.dtype(), value);
    T *dst = self.data<T>();
    const T *from = src ? src.data<T>() : &constant;
    walk<3>(is.ndim, is.sizes, strides, [&](const int64_t *off) {
      int64_t i = idx[off[0]];
      if (i < 0 || i >= size) {
        if (ok)
          fail(ErrorKind::RuntimeError,
               "index %lld is out of bounds for dimension %lld with size %lld",
               static_cast<long long>(i), static_cast<long long>(dim),
               static_cast<long long>(size));
        ok = false;
        return;
      }
      if (!ok) return;
      T &d = dst[off[1] + i * stride];
      T s = from[off[2]];
      if (reduce == Reduce::None)
        d = s;
      else if (reduce == Reduce::Add)
        d = cast_to<T>(static_cast<C>(d) + static_cast<C>(s));
      else
        d = cast_to<T>(static_cast<C>(d) * static_cast<C>(s));
    });
    return ok;
  });
}

static bool scatter_impl(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                         Scalar value, const char *reduce, Reduce fixed, const char *name) {
  Reduce r = fixed;
  if (fixed == Reduce::None && !parse_reduce(reduce, &r)) return false;
  if (!scatter_checks(self, &dim, index, src ? &src : nullptr, name)) return false;
  if (index.numel() == 0) return true;
  return scatter_into(self, dim, index, src, value, r);
}

bool scatter_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
              const char *reduce) {
  return scatter_impl(self, dim, index, src, Scalar(), reduce, Reduce::None, "scatter");
}
bool scatter_(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
              const char *reduce) {
  return scatter_impl(self, dim, index, Tensor(), value, reduce, Reduce::None, "scatter");
}
Tensor scatter(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
               const char *reduce) {
  Tensor out = clone(self);
  return out && scatter_(out, dim, index, src, reduce) ? out : Tensor();
}
Tensor scatter(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
               const char *reduce) {
  Tensor out = clone(self);
  return out && scatter_(out, dim, index, value, reduce) ? out : Tensor();
}
bool scatter_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                 const char *reduce, Tensor &out) {
  return deliver(scatter(self, dim, index, src, reduce), out);
}
bool scatter_out(const Tensor &self, int64_t dim, const Tensor &index, Scalar value,
                 const char *reduce, Tensor &out) {
  return deliver(scatter(self, dim, index, value, reduce), out);
}

bool scatter_add_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src) {
  return scatter_impl(self, dim, index, src, Scalar(), nullptr, Reduce::Add, "scatter");
}
Tensor scatter_add(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src) {
  Tensor out = clone(self);
  return out && scatter_add_(out, dim, index, src) ? out : Tensor();
}
bool scatter_add_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &src,
                     Tensor &out) {
  return deliver(scatter_add(self, dim, index, src), out);
}

// ---------------------------------------------------------------------------
// index_add / index_fill / index_copy: per index, one slice of self along dim.

// self (and a 0-dim source) as 1-D, so that select() applies.
static Tensor at_least_1d(const Tensor &t) { return t.dim() ? t : view(t, {1}); }

static int64_t index_at(const Tensor &idx, int64_t k) {
  return idx.data<int64_t>()[k * (idx.dim() ? idx.stride(0) : 0)];
}

bool index_add_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                Scalar alpha) {
  if (!wrap_dim(&dim, self.dim())) return false;
  if (index.dim() > 1) {
    char s[96];
    format_int_list(s, sizeof s, index.sizes());
    return fail(ErrorKind::IndexError,
                "index_add_(): Index is supposed to be a vector, but got dim: %lld with type: %s "
                "and size: %s",
                static_cast<long long>(index.dim()), scalar_type_name(index.dtype()), s);
  }
  if (!is_index_dtype(index.dtype()))
    return fail(ErrorKind::RuntimeError,
                "index_add_(): Expected dtype int32/int64 for index but got: %s",
                scalar_type_name(index.dtype()));
  if (self.dtype() != source.dtype())
    return fail(ErrorKind::RuntimeError,
                "index_add_(): self (%s) and source (%s) must have the same scalar type",
                scalar_type_name(self.dtype()), scalar_type_name(source.dtype()));
  int64_t n = index.numel();
  int64_t src_n = source.dim() ? source.size(dim < source.dim() ? dim : 0) : 1;
  if (n != src_n)
    return fail(
        ErrorKind::RuntimeError,
        "index_add_(): Number of indices (%lld) should be equal to source.size(dim): (%lld), "
        "for dim: %lld",
        static_cast<long long>(n), static_cast<long long>(src_n), static_cast<long long>(dim));
  Tensor idx = long_index(index);
  Tensor s1 = at_least_1d(self), src1 = at_least_1d(source);
  if (!idx || !s1 || !src1) return false;
  // An integral self truncates alpha; a bool alpha counts as 0 / 1 for non-bool self.
  if (self.dtype() != ScalarType::Bool && (!is_floating(self.dtype()) || alpha.is_bool()))
    alpha = is_floating(self.dtype()) ? Scalar(alpha.to_double()) : Scalar(alpha.to_long());
  for (int64_t k = 0; k < n; k++) {
    int64_t i = index_at(idx, k);
    if (i < 0 || i >= s1.size(dim))
      return fail(ErrorKind::IndexError, "index out of range in self");
  }
  for (int64_t k = 0; k < n; k++) {
    Tensor dst = select(s1, dim, index_at(idx, k));
    Tensor part = source.dim() ? select(src1, dim, k) : view(src1, {});
    if (!dst || !part || !add_(dst, part, alpha)) return false;
  }
  return true;
}

Tensor index_add(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                 Scalar alpha) {
  Tensor out = clone(self);
  return out && index_add_(out, dim, index, source, alpha) ? out : Tensor();
}
bool index_add_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                   Scalar alpha, Tensor &out) {
  return deliver(index_add(self, dim, index, source, alpha), out);
}

bool index_fill_(const Tensor &self, int64_t dim, const Tensor &index, Scalar value) {
  if (!wrap_dim(&dim, self.dim())) return false;
  if (index.dtype() != ScalarType::Long)
    return fail(ErrorKind::IndexError, "index_fill_(): Expected dtype int64 for index.");
  if (index.dim() > 1) return fail(ErrorKind::RuntimeError, "Index has to be a vector/scalar");
  Tensor s1 = at_least_1d(self);
  if (!s1) return false;
  int64_t size = s1.size(dim), n = index.numel();
  for (int64_t k = 0; k < n; k++) {
    int64_t i = index_at(index, k);
    if (i < -size || i >= size)
      return fail(
          ErrorKind::IndexError, "index %lld is out of bounds for dimension %lld with size %lld",
          static_cast<long long>(i), static_cast<long long>(dim), static_cast<long long>(size));
  }
  for (int64_t k = 0; k < n; k++) {
    int64_t i = index_at(index, k);
    Tensor dst = select(s1, dim, i < 0 ? i + size : i);
    if (!dst || !fill_(dst, value)) return false;
  }
  return true;
}

bool index_fill_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &value) {
  if (value.dim() != 0)
    return fail(ErrorKind::RuntimeError,
                "index_fill_ only supports a 0-dimensional value tensor, but got tensor with %lld "
                "dimension(s).",
                static_cast<long long>(value.dim()));
  return index_fill_(self, dim, index, item(value));
}

Tensor index_fill(const Tensor &self, int64_t dim, const Tensor &index, Scalar value) {
  Tensor out = clone(self);
  return out && index_fill_(out, dim, index, value) ? out : Tensor();
}
Tensor index_fill(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &value) {
  Tensor out = clone(self);
  return out && index_fill_(out, dim, index, value) ? out : Tensor();
}
bool index_copy_(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source) {
  if (!wrap_dim(&dim, self.dim())) return false;
  if (index.dim() > 1)
    return fail(ErrorKind::IndexError,
                "index_copy_(): Index should have dimension 1 or 0 (got %lld)",
                static_cast<long long>(index.dim()));
  int64_t n = index.numel();
  int64_t src_n = source.dim() ? source.size(dim < source.dim() ? dim : 0) : 1;
  if (n != src_n)
    return fail(
        ErrorKind::IndexError,
        "index_copy_(): Number of indices (%lld) should be equal to source.size(dim) (%lld)",
        static_cast<long long>(n), static_cast<long long>(src_n));
  if (index.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError,
                "index_copy_(): Expected a long tensor for index, but got %s",
                scalar_type_name(index.dtype()));
  if (self.dtype() != source.dtype())
    return fail(ErrorKind::RuntimeError,
                "index_copy_(): self and source expected to have the same dtype, but got (self) %s "
                "and (source) %s",
                scalar_type_name(self.dtype()), scalar_type_name(source.dtype()));
  Tensor s1 = at_least_1d(self), src1 = at_least_1d(source);
  if (!s1 || !src1) return false;
  int64_t size = s1.size(dim);
  for (int64_t k = 0; k < n; k++) {
    int64_t i = index_at(index, k);
    if (i < 0 || i >= size)
      return fail(ErrorKind::IndexError,
                  "index_copy_(): index %lld is out of bounds for dimension %lld with size %lld",
                  static_cast<long long>(i), static_cast<long long>(dim),
                  static_cast<long long>(size));
  }
  for (int64_t k = 0; k < n; k++) {
    Tensor dst = select(s1, dim, index_at(index, k));
    Tensor part = source.dim() ? select(src1, dim, k) : view(src1, {});
    if (!dst || !part || !copy_(dst, part)) return false;
  }
  return true;
}

Tensor index_copy(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source) {
  Tensor out = clone(self);
  return out && index_copy_(out, dim, index, source) ? out : Tensor();
}
bool index_copy_out(const Tensor &self, int64_t dim, const Tensor &index, const Tensor &source,
                    Tensor &out) {
  return deliver(index_copy(self, dim, index, source), out);
}

// ---------------------------------------------------------------------------
// masked_select / masked_scatter / nonzero

// Broadcasts a and b to one shape (views).
static bool broadcast_pair(const Tensor &a, const Tensor &b, Tensor *ea, Tensor *eb) {
  int64_t shape[kMaxDims];
  size_t nd = 0;
  if (!broadcast_shapes(a.sizes(), b.sizes(), shape, &nd)) return false;
  *ea = expand(a, IntArrayRef(shape, nd));
  *eb = expand(b, IntArrayRef(shape, nd));
  return *ea && *eb;
}

// Mask elements as bools (any dtype: nonzero is true), row-major.
static Tensor mask_bools(const Tensor &mask) {
  return clone_contiguous(to_dtype(mask, ScalarType::Bool));
}

Tensor masked_select(const Tensor &self, const Tensor &mask) {
  if (mask.dtype() != ScalarType::Bool && mask.dtype() != ScalarType::Byte)
    return fail(ErrorKind::RuntimeError,
                "masked_select: expected BoolTensor or ByteTensor for mask"),
           Tensor();
  Tensor s, m;
  if (!broadcast_pair(mask, self, &m, &s)) return Tensor();
  Tensor flat = clone_contiguous(s), bits = mask_bools(m);
  if (!flat || !bits) return Tensor();
  const bool *b = bits.data<bool>();
  int64_t n = bits.numel(), count = 0;
  for (int64_t i = 0; i < n; i++) count += b[i];
  Tensor out = empty({count}, self.dtype());
  if (!out) return out;
  size_t es = self.element_size();
  const char *src = static_cast<const char *>(flat.data_ptr());
  char *dst = static_cast<char *>(out.data_ptr());
  for (int64_t i = 0; i < n; i++)
    if (b[i]) move_element(dst, src + i * es, es), dst += es;
  return out;
}

bool masked_select_out(const Tensor &self, const Tensor &mask, Tensor &out) {
  return deliver(masked_select(self, mask), out);
}

bool masked_scatter_(const Tensor &self, const Tensor &mask, const Tensor &source) {
  if (self.dtype() != source.dtype())
    return fail(ErrorKind::RuntimeError,
                "masked_scatter: expected self and source to have same dtypes but got%s and %s",
                scalar_type_name(self.dtype()), scalar_type_name(source.dtype()));
  Tensor m = expand(mask, self.sizes());
  if (!m) return false;
  Tensor bits = mask_bools(m), src = clone_contiguous(source);
  if (!bits || !src) return false;
  const bool *b = bits.data<bool>();
  int64_t n = bits.numel(), count = 0;
  for (int64_t i = 0; i < n; i++) count += b[i];
  if (count > src.numel())
    return fail(ErrorKind::RuntimeError, "Number of elements of source < number of ones in mask");
  size_t es = self.element_size();
  const char *from = static_cast<const char *>(src.data_ptr());
  int64_t i = 0;
  for_each_element(self, [&](void *p) {
    if (b[i++]) move_element(static_cast<char *>(p), from, es), from += es;
  });
  return true;
}

Tensor masked_scatter(const Tensor &self, const Tensor &mask, const Tensor &source) {
  Tensor s, m;
  if (!broadcast_pair(self, mask, &s, &m)) return Tensor();
  Tensor out = clone_contiguous(s);
  return out && masked_scatter_(out, m, source) ? out : Tensor();
}

Tensor nonzero(const Tensor &self) {
  Tensor bits = mask_bools(self);
  if (!bits) return bits;
  const bool *b = bits.data<bool>();
  int64_t n = bits.numel(), count = 0;
  for (int64_t i = 0; i < n; i++) count += b[i];
  int64_t nd = self.dim();
  Tensor out = empty({count, nd}, ScalarType::Long);
  if (!out || count == 0) return out;
  int64_t *dst = out.data<int64_t>();
  if (nd == 0) return out;
  // Rows of the last dim; index[] holds the outer dims' position.
  int64_t inner = self.size(nd - 1), index[kMaxDims] = {0};
  for (int64_t row = 0; row < n / inner; row++, b += inner) {
    for (int64_t j = 0; j < inner; j++) {
      if (!b[j]) continue;
      for (int64_t d = 0; d + 1 < nd; d++) *dst++ = index[d];
      *dst++ = j;
    }
    for (int64_t d = nd - 2; d >= 0; d--) {
      if (++index[d] < self.size(d)) break;
      index[d] = 0;
    }
  }
  return out;
}

bool nonzero_out(const Tensor &self, Tensor &out) { return deliver(nonzero(self), out); }

TensorTuple nonzero_tuple(const Tensor &self, bool as_tuple) {
  TensorTuple r;
  if (!as_tuple) {
    r.items[0] = nonzero(self);
    if (r.items[0]) r.size = 1;
    return r;
  }
  Tensor all = nonzero(self.dim() ? self : view(self, {1}));
  if (!all) return r;
  int n = static_cast<int>(all.size(1));
  for (int d = 0; d < n; d++)
    if (!(r.items[d] = clone_contiguous(select(all, 1, d)))) return r;
  r.size = n;
  return r;
}

// ---------------------------------------------------------------------------
// take / take_along_dim

Tensor take(const Tensor &self, const Tensor &index) {
  if (index.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError, "take(): Expected a long tensor for index, but got %s",
                scalar_type_name(index.dtype())),
           Tensor();
  int64_t n = self.numel();
  if (n == 0 && index.numel() != 0)
    return fail(ErrorKind::IndexError, "take(): tried to take from an empty tensor"), Tensor();
  Tensor flat = contiguous(self), out = empty(index.sizes(), self.dtype());
  if (!flat || !out) return Tensor();
  size_t es = self.element_size();
  const char *src = static_cast<const char *>(flat.data_ptr());
  char *dst = static_cast<char *>(out.data_ptr());
  bool ok = true;
  for_each_element(index, [&](void *p) {
    int64_t i = *static_cast<int64_t *>(p);
    if (!ok) return;
    if (i < -n || i >= n) {
      ok = fail(ErrorKind::IndexError,
                "out of range: tried to access index %lld on a tensor of %lld elements.",
                static_cast<long long>(i), static_cast<long long>(n));
      return;
    }
    move_element(dst, src + (i < 0 ? i + n : i) * es, es);
    dst += es;
  });
  return ok ? out : Tensor();
}

bool take_out(const Tensor &self, const Tensor &index, Tensor &out) {
  return deliver(take(self, index), out);
}

Tensor take_along_dim(const Tensor &self, const Tensor &indices, int64_t dim) {
  if (indices.dtype() != ScalarType::Long)
    return fail(ErrorKind::RuntimeError,
                "torch.take_along_dim(): dtype of indices should be Long but got %s",
                scalar_type_name(indices.dtype())),
           Tensor();
  if (dim == kNoDim) {
    Tensor flat = reshape(self, {-1}), idx = reshape(indices, {-1});
    return flat && idx ? gather(flat, 0, idx) : Tensor();
  }
  if (!wrap_dim_nonscalar(&dim, self.dim())) return Tensor();
  if (self.dim() != indices.dim())
    return fail(ErrorKind::RuntimeError,
                "torch.take_along_dim(): input and indices should have the same number of "
                "dimensions, but got %lld dimensions for input, and %lld dimensions for indices",
                static_cast<long long>(self.dim()), static_cast<long long>(indices.dim())),
           Tensor();
  int64_t a[kMaxDims], b[kMaxDims], shape[kMaxDims];
  size_t nd = 0;
  for (int64_t d = 0; d < self.dim(); d++) a[d] = self.size(d), b[d] = indices.size(d);
  a[dim] = b[dim] = 1;
  if (!broadcast_shapes(IntArrayRef(a, self.dim()), IntArrayRef(b, self.dim()), shape, &nd))
    return Tensor();
  shape[dim] = self.dim() ? self.size(dim) : 1;
  Tensor s = expand(self, IntArrayRef(shape, nd));
  shape[dim] = indices.dim() ? indices.size(dim) : 1;
  Tensor i = expand(indices, IntArrayRef(shape, nd));
  return s && i ? gather(s, dim, i) : Tensor();
}

bool take_along_dim_out(const Tensor &self, const Tensor &indices, int64_t dim, Tensor &out) {
  return deliver(take_along_dim(self, indices, dim), out);
}

} // namespace tensor
