// Rearranging ops: flip, roll, rot90, tril/triu (+ indices), diag, diag_embed,
// diagflat, trace, repeat, tile, repeat_interleave, unflatten, movedim,
// swapdims_. Most are views plus one strided copy.
#include "tensor/index_util.h"
#include "tensor/rows.h"
#include "tensor/shape_ops.h"

namespace tensor {

// Marks dims[i] (wrapped) in seen; RuntimeError on a repeat. Any length: a
// list longer than ndim repeats a dim.
static bool wrap_dims(IntArrayRef dims, int64_t ndim, bool seen[kMaxDims]) {
  for (int d = 0; d < kMaxDims; d++) seen[d] = false;
  for (size_t i = 0; i < dims.size; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, ndim)) return false;
    if (seen[d])
      return fail(ErrorKind::RuntimeError, "dim %lld appears multiple times in the list of dims",
                  static_cast<long long>(d));
    seen[d] = true;
  }
  return true;
}

Tensor flip(const Tensor &self, IntArrayRef dims) {
  bool seen[kMaxDims];
  if (!wrap_dims(dims, self.dim(), seen)) return Tensor();
  int64_t strides[kMaxDims];
  int64_t offset = self.storage_offset();
  for (int64_t d = 0; d < self.dim(); d++) {
    strides[d] = self.stride(d);
    if (!seen[d] || self.size(d) == 0) continue;
    offset += (self.size(d) - 1) * strides[d];
    strides[d] = -strides[d];
  }
  return strided_copy(self, offset, self.sizes(), strides);
}

Tensor fliplr(const Tensor &self) {
  if (self.dim() < 2) return fail(ErrorKind::RuntimeError, "Input must be >= 2-d."), Tensor();
  return flip(self, {1});
}

Tensor flipud(const Tensor &self) {
  if (self.dim() < 1) return fail(ErrorKind::RuntimeError, "Input must be >= 1-d."), Tensor();
  return flip(self, {0});
}

// ---------------------------------------------------------------------------
// roll

static Tensor roll_dim(const Tensor &self, int64_t shift, int64_t dim) {
  Tensor out = empty(self.sizes(), self.dtype());
  if (!out) return out;
  int64_t n = self.size(dim);
  if (n == 0) return out;
  int64_t s = ((shift % n) + n) % n;
  if (s == 0) return copy_(out, self) ? out : Tensor();
  bool ok = copy_(narrow(out, dim, s, n - s), narrow(self, dim, 0, n - s)) &&
            copy_(narrow(out, dim, 0, s), narrow(self, dim, n - s, s));
  return ok ? out : Tensor();
}

Tensor roll(const Tensor &self, IntArrayRef shifts, IntArrayRef dims) {
  if (shifts.size == 0) return fail(ErrorKind::RuntimeError, "`shifts` required"), Tensor();
  if (dims.size == 0 && shifts.size == 1) {
    Tensor flat = reshape(self, {-1});
    Tensor r = flat ? roll_dim(flat, shifts[0], 0) : Tensor();
    return r ? view(r, self.sizes()) : r;
  }
  if (shifts.size != dims.size)
    return fail(ErrorKind::RuntimeError, "shifts and dimensions must align. shifts: %zu, dims:%zu",
                shifts.size, dims.size),
           Tensor();
  Tensor r = self;
  for (size_t i = 0; i < dims.size && r; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, self.dim())) return Tensor();
    r = self.dim() ? roll_dim(r, shifts[i], d) : clone(r);
  }
  return r;
}

// ---------------------------------------------------------------------------
// rot90

Tensor rot90(const Tensor &self, int64_t k, IntArrayRef dims) {
  int64_t nd = self.dim();
  if (dims.size != 2)
    return fail(ErrorKind::RuntimeError, "expected total rotation dims == 2, but got dims = %zu",
                dims.size),
           Tensor();
  if (nd < 2)
    return fail(ErrorKind::RuntimeError, "expected total dims >= 2, but got total dims = %lld",
                static_cast<long long>(nd)),
           Tensor();
  int64_t d0 = dims[0], d1 = dims[1];
  if (d0 == d1 || d0 - d1 == nd || d1 - d0 == nd)
    return fail(ErrorKind::RuntimeError,
                "expected rotation dims to be different, but got dim0 = %lld and dim1 = %lld",
                static_cast<long long>(d0), static_cast<long long>(d1)),
           Tensor();
  if (d0 >= nd || d0 < -nd)
    return fail(ErrorKind::RuntimeError, "Rotation dim0 out of range, dim0 = %lld",
                static_cast<long long>(d0)),
           Tensor();
  if (d1 >= nd || d1 < -nd)
    return fail(ErrorKind::RuntimeError, "Rotation dim1 out of range, dim1 = %lld",
                static_cast<long long>(d1)),
           Tensor();
  switch (((k % 4) + 4) % 4) {
  case 1: {
    Tensor f = flip(self, {d1});
    return f ? transpose(f, d0, d1) : f;
  }
  case 2: return flip(self, {d0, d1});
  case 3: {
    Tensor f = flip(self, {d0});
    return f ? transpose(f, d0, d1) : f;
  }
  default: return clone(self);
  }
}

// ---------------------------------------------------------------------------
// tril / triu

static bool matrix_dims(const Tensor &self) {
  int64_t d = -2;
  return wrap_dim_nonscalar(&d, self.dim());
}

// Zeros the elements of t (in place) above (lower) or below the diagonal.
static void zero_triangle(const Tensor &t, int64_t k, bool lower) {
  int nd = static_cast<int>(t.dim());
  int64_t rows = t.size(nd - 2), cols = t.size(nd - 1);
  int64_t rs = t.stride(nd - 2), cs = t.stride(nd - 1);
  size_t es = t.element_size();
  int64_t strides[1][kMaxDims];
  for (int d = 0; d < nd - 2; d++) strides[0][d] = t.stride(d);
  char *base = static_cast<char *>(t.data_ptr());
  walk<1>(nd - 2, t.sizes().data, strides, [&](const int64_t *off) {
    char *m = base + off[0] * es;
    for (int64_t i = 0; i < rows; i++) {
      // Columns [from, to) of row i are zeroed.
      int64_t from = lower ? i + k + 1 : 0, to = lower ? cols : i + k;
      from = from < 0 ? 0 : from > cols ? cols : from;
      to = to < from ? from : to > cols ? cols : to;
      char *row = m + i * rs * static_cast<int64_t>(es);
      if (cs == 1) {
        memset(row + from * es, 0, static_cast<size_t>(to - from) * es);
        continue;
      }
      for (int64_t j = from; j < to; j++) memset(row + j * cs * es, 0, es);
    }
  });
}

static Tensor triangle(const Tensor &self, int64_t k, bool lower) {
  if (!matrix_dims(self)) return Tensor();
  Tensor out = clone(self);
  if (out) zero_triangle(out, k, lower);
  return out;
}

Tensor tril(const Tensor &self, int64_t diagonal) { return triangle(self, diagonal, true); }
Tensor triu(const Tensor &self, int64_t diagonal) { return triangle(self, diagonal, false); }
bool tril_(const Tensor &self, int64_t diagonal) {
  if (!matrix_dims(self)) return false;
  zero_triangle(self, diagonal, true);
  return true;
}
bool triu_(const Tensor &self, int64_t diagonal) {
  if (!matrix_dims(self)) return false;
  zero_triangle(self, diagonal, false);
  return true;
}
bool tril_out(const Tensor &self, int64_t diagonal, Tensor &out) {
  return deliver(tril(self, diagonal), out);
}
bool triu_out(const Tensor &self, int64_t diagonal, Tensor &out) {
  return deliver(triu(self, diagonal), out);
}

static Tensor triangle_indices(int64_t row, int64_t col, int64_t offset, ScalarType dtype,
                               bool lower, const char *name) {
  if (row < 0)
    return fail(ErrorKind::RuntimeError, "row must be non-negative, got%lld",
                static_cast<long long>(row)),
           Tensor();
  if (col < 0)
    return fail(ErrorKind::RuntimeError, "col must be non-negative, got%lld",
                static_cast<long long>(col)),
           Tensor();
  if (dtype != ScalarType::Long && dtype != ScalarType::Int)
    return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", name,
                scalar_type_name(dtype)),
           Tensor();
  int64_t n = 0;
  for (int64_t i = 0; i < row; i++)
    for (int64_t j = 0; j < col; j++) n += lower ? j - i <= offset : j - i >= offset;
  Tensor out = empty({2, n}, ScalarType::Long);
  if (!out) return out;
  int64_t *r = out.data<int64_t>(), *c = r + n;
  for (int64_t i = 0; i < row; i++)
    for (int64_t j = 0; j < col; j++)
      if (lower ? j - i <= offset : j - i >= offset) *r++ = i, *c++ = j;
  return to_dtype(out, dtype);
}

Tensor tril_indices(int64_t row, int64_t col, int64_t offset, ScalarType dtype) {
  return triangle_indices(row, col, offset, dtype, true, "tril_indices");
}
Tensor triu_indices(int64_t row, int64_t col, int64_t offset, ScalarType dtype) {
  return triangle_indices(row, col, offset, dtype, false, "triu_indices");
}
// ---------------------------------------------------------------------------
// diag, diag_embed, diagflat, trace

Tensor diag_embed(const Tensor &self, int64_t offset, int64_t dim1, int64_t dim2) {
  int64_t nd = self.dim() + 1;
  if (!wrap_dim(&dim1, nd) || !wrap_dim(&dim2, nd)) return Tensor();
  if (dim1 == dim2)
    return fail(ErrorKind::RuntimeError, "diagonal dimensions cannot be identical %lld, %lld",
                static_cast<long long>(dim1), static_cast<long long>(dim2)),
           Tensor();
  if (self.dim() == 0) return fail(ErrorKind::IndexError, "Dimension out of range"), Tensor();
  int64_t n = self.size(self.dim() - 1) + (offset < 0 ? -offset : offset);
  int64_t sizes[kMaxDims];
  if (nd > kMaxDims) return check_ndim(nd), Tensor();
  for (int64_t d = 0, k = 0; d < nd; d++) sizes[d] = d == dim1 || d == dim2 ? n : self.size(k++);
  Tensor out = zeros(IntArrayRef(sizes, nd), self.dtype());
  if (!out) return out;
  Tensor diag_view = diagonal(out, offset, dim1, dim2);
  return diag_view && copy_(diag_view, self) ? out : Tensor();
}

// PyTorch 1.13's diag kernel has no Half case (diag_embed has).
static bool diag_dtype_ok(ScalarType t) {
  if (t != ScalarType::Half) return true;
  return fail(ErrorKind::RuntimeError, "\"diag\" not implemented for 'Half'");
}

Tensor diag(const Tensor &self, int64_t diagonal_index) {
  if (!diag_dtype_ok(self.dtype())) return Tensor();
  if (self.dim() == 1) return diag_embed(self, diagonal_index, 0, 1);
  if (self.dim() != 2)
    return fail(ErrorKind::RuntimeError, "matrix or a vector expected"), Tensor();
  Tensor d = diagonal(self, diagonal_index, 0, 1);
  return d ? clone_contiguous(d) : d;
}

bool diag_out(const Tensor &self, int64_t diagonal, Tensor &out) {
  return deliver(diag(self, diagonal), out);
}

Tensor diagflat(const Tensor &self, int64_t offset) {
  if (!diag_dtype_ok(self.dtype())) return Tensor();
  Tensor flat = reshape(self, {-1});
  return flat ? diag_embed(flat, offset, 0, 1) : flat;
}

Tensor trace(const Tensor &self) {
  if (self.dim() != 2)
    return fail(ErrorKind::RuntimeError, "trace: expected a matrix, but got tensor with dim %lld",
                static_cast<long long>(self.dim())),
           Tensor();
  ScalarType t = self.dtype();
  if (t == ScalarType::Bool || t == ScalarType::Half || t == ScalarType::BFloat16)
    return fail(ErrorKind::RuntimeError, "\"trace\" not implemented for '%s'", scalar_type_name(t)),
           Tensor();
  Tensor d = diagonal(self, 0, 0, 1);
  return d ? sum(d) : d;
}

// ---------------------------------------------------------------------------
// repeat, tile, repeat_interleave

Tensor repeat(const Tensor &self, IntArrayRef repeats) {
  int64_t nd = static_cast<int64_t>(repeats.size), lead = nd - self.dim();
  if (lead < 0)
    return fail(ErrorKind::RuntimeError,
                "Number of dimensions of repeat dims can not be smaller than number of dimensions "
                "of tensor"),
           Tensor();
  if (!check_ndim(nd)) return Tensor();
  int64_t in_sizes[kMaxDims], out_sizes[kMaxDims];
  for (int64_t d = 0; d < nd; d++) {
    in_sizes[d] = d < lead ? 1 : self.size(d - lead);
    out_sizes[d] = in_sizes[d] * repeats[d];
  }
  Tensor out = empty(IntArrayRef(out_sizes, nd), self.dtype());
  if (!out || out.numel() == 0) return out;
  if (2 * nd <= kMaxDims) {
    // out seen as [r0, s0, r1, s1, ...] takes self broadcast along the r's.
    int64_t split[kMaxDims], strides[kMaxDims];
    for (int64_t d = 0; d < nd; d++) {
      split[2 * d] = repeats[d], split[2 * d + 1] = in_sizes[d];
      strides[2 * d] = 0, strides[2 * d + 1] = d < lead ? 0 : self.stride(d - lead);
    }
    Tensor dst = view(out, IntArrayRef(split, 2 * nd));
    Tensor src = make_view(self, self.storage_offset(), IntArrayRef(split, 2 * nd),
                           IntArrayRef(strides, 2 * nd));
    return dst && src && copy_(dst, src) ? out : Tensor();
  }
  // Output index i along dim d reads input index i % in_size.
  Tensor src = view(self, IntArrayRef(in_sizes, nd));
  if (!src) return src;
  size_t es = self.element_size();
  const char *from = static_cast<const char *>(src.data_ptr());
  char *dst = static_cast<char *>(out.data_ptr());
  int64_t index[kMaxDims] = {0};
  int64_t n = out.numel();
  for (int64_t i = 0; i < n; i++) {
    int64_t off = 0;
    for (int64_t d = 0; d < nd; d++) off += (index[d] % in_sizes[d]) * src.stride(d);
    move_element(dst, from + off * es, es);
    dst += es;
    for (int64_t d = nd - 1; d >= 0; d--) {
      if (++index[d] < out_sizes[d]) break;
      index[d] = 0;
    }
  }
  return out;
}

Tensor tile(const Tensor &self, IntArrayRef dims) {
  int64_t nd = self.dim();
  if (static_cast<int64_t>(dims.size) >= nd) return repeat(self, dims);
  int64_t reps[kMaxDims];
  int64_t lead = nd - static_cast<int64_t>(dims.size);
  for (int64_t d = 0; d < nd; d++) reps[d] = d < lead ? 1 : dims[d - lead];
  return repeat(self, IntArrayRef(reps, nd));
}

Tensor repeat_interleave(const Tensor &repeats, int64_t output_size) {
  if (repeats.dim() != 1)
    return fail(ErrorKind::RuntimeError, "repeat_interleave only accept 1D vector as repeat"),
           Tensor();
  ScalarType t = repeats.dtype();
  if (t != ScalarType::Long && t != ScalarType::Int)
    return fail(ErrorKind::RuntimeError, "\"repeat_interleave_cpu\" not implemented for '%s'",
                scalar_type_name(t)),
           Tensor();
  Tensor r = contiguous(to_dtype(repeats, ScalarType::Long));
  if (!r) return r;
  const int64_t *rp = r.data<int64_t>();
  int64_t n = r.numel(), total = 0;
  for (int64_t i = 0; i < n; i++) {
    if (rp[i] < 0) return fail(ErrorKind::RuntimeError, "repeats can not be negative"), Tensor();
    total += rp[i];
  }
  if (output_size >= 0 && output_size != total)
    return fail(ErrorKind::RuntimeError, "allocated size does not match required size"), Tensor();
  Tensor out = empty({total}, ScalarType::Long);
  if (!out) return out;
  int64_t *o = out.data<int64_t>();
  for (int64_t i = 0; i < n; i++)
    for (int64_t k = 0; k < rp[i]; k++) *o++ = i;
  return to_dtype(out, t);
}

Tensor repeat_interleave(const Tensor &self, const Tensor &repeats, int64_t dim,
                         int64_t output_size) {
  Tensor input = self;
  if (dim == kNoDim) {
    input = reshape(self, {-1});
    dim = 0;
  }
  if (!input || !wrap_dim(&dim, input.dim())) return Tensor();
  int64_t n = input.dim() ? input.size(dim) : 1;
  Tensor reps = repeats;
  if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.size(0) == 1)) {
    reps = expand(reshape(repeats, {1}), {n});
  } else if (repeats.dim() == 1 && repeats.size(0) != n) {
    return fail(ErrorKind::RuntimeError, "repeats must have the same size as input along dim"),
           Tensor();
  }
  if (!reps) return reps;
  Tensor idx = repeat_interleave(reps, output_size);
  return idx ? index_select(input, dim, idx) : idx;
}

Tensor repeat_interleave(const Tensor &self, int64_t repeats, int64_t dim, int64_t output_size) {
  if (repeats < 0) return fail(ErrorKind::RuntimeError, "repeats can not be negative"), Tensor();
  Tensor r = full({1}, Scalar(repeats), ScalarType::Long);
  return r ? repeat_interleave(self, r, dim, output_size) : r;
}

// ---------------------------------------------------------------------------
// unflatten, movedim, swapdims_

Tensor unflatten(const Tensor &self, int64_t dim, IntArrayRef sizes) {
  if (!wrap_dim_nonscalar(&dim, self.dim())) return Tensor();
  if (sizes.size == 0)
    return fail(ErrorKind::RuntimeError, "unflatten: sizes must be non-empty"), Tensor();
  // infer_size's checks, in its order; its "is invalid" becomes unflatten's own message.
  int64_t product = 1, infer = -1;
  for (size_t i = 0; i < sizes.size; i++) {
    if (sizes[i] >= 0) {
      product = mul_wrap(product, sizes[i]);
      continue;
    }
    if (sizes[i] != -1)
      return fail(ErrorKind::RuntimeError, "invalid shape dimension %lld",
                  static_cast<long long>(sizes[i])),
             Tensor();
    if (infer >= 0)
      return fail(ErrorKind::RuntimeError,
                  "unflatten got an unexpected error:\nonly one dimension can be inferred"),
             Tensor();
    infer = static_cast<int64_t>(i);
  }
  int64_t n = self.size(dim);
  char s[96];
  format_int_list(s, sizeof s, sizes);
  if (infer >= 0 && product == 0 && n == 0)
    return fail(ErrorKind::RuntimeError,
                "cannot reshape tensor of 0 elements into shape %s because the unspecified "
                "dimension size -1 can be any value and is ambiguous",
                s),
           Tensor();
  bool ok = product == n || (infer >= 0 && product > 0 && n % product == 0);
  if (!ok) {
    return fail(ErrorKind::RuntimeError,
                "unflatten: Provided sizes %s don't multiply up to the size of dim %lld (%lld) in "
                "the input tensor",
                s, static_cast<long long>(dim), static_cast<long long>(n)),
           Tensor();
  }
  int64_t nd = self.dim() - 1 + static_cast<int64_t>(sizes.size);
  if (!check_ndim(nd)) return Tensor();
  int64_t shape[kMaxDims];
  int64_t k = 0;
  for (int64_t d = 0; d < self.dim(); d++) {
    if (d != dim) {
      shape[k++] = self.size(d);
      continue;
    }
    for (size_t i = 0; i < sizes.size; i++) shape[k++] = sizes[i] == -1 ? n / product : sizes[i];
  }
  return view(self, IntArrayRef(shape, nd));
}

Tensor movedim(const Tensor &self, IntArrayRef source, IntArrayRef destination) {
  int64_t nd = self.dim();
  if (source.size != destination.size) {
    char a[96], b[96];
    format_int_list(a, sizeof a, source);
    format_int_list(b, sizeof b, destination);
    return fail(ErrorKind::RuntimeError,
                "movedim: Invalid source or destination dims: source (%s dims) should contain the "
                "same number of dims as destination (%s dims)",
                a, b),
           Tensor();
  }
  // All of source wrapped, then all of destination; then repeats, source first.
  for (IntArrayRef dims : {source, destination})
    for (size_t i = 0; i < dims.size; i++) {
      int64_t d = dims[i];
      if (!wrap_dim(&d, nd)) return Tensor();
    }
  bool src_seen[kMaxDims] = {false}, dst_seen[kMaxDims] = {false};
  int64_t src[kMaxDims], dst[kMaxDims]; // no repeats: at most nd items each
  for (int k = 0; k < 2; k++) {
    bool is_src = k == 0;
    IntArrayRef dims = is_src ? source : destination;
    bool *seen = is_src ? src_seen : dst_seen;
    for (size_t i = 0; i < dims.size; i++) {
      int64_t d = dims[i];
      wrap_dim(&d, nd);
      if (seen[d]) {
        char s[96];
        format_int_list(s, sizeof s, dims);
        return fail(ErrorKind::RuntimeError, "movedim: repeated dim in `%s` (%s)",
                    is_src ? "source" : "destination", s),
               Tensor();
      }
      seen[d] = true;
      (is_src ? src : dst)[i] = d;
    }
  }
  if (nd == 0) return alias(self);
  // Moved dims go to their destinations; the rest keep their order.
  int64_t perm[kMaxDims];
  for (int64_t d = 0; d < nd; d++) perm[d] = -1;
  for (size_t i = 0; i < source.size; i++) perm[dst[i]] = src[i];
  int64_t next = 0;
  for (int64_t d = 0; d < nd; d++) {
    if (perm[d] >= 0) continue;
    while (src_seen[next]) next++;
    perm[d] = next++;
  }
  return permute(self, IntArrayRef(perm, nd));
}

Tensor movedim(const Tensor &self, int64_t source, int64_t destination) {
  return movedim(self, IntArrayRef(&source, 1), IntArrayRef(&destination, 1));
}

bool swapdims_(const Tensor &self, int64_t dim0, int64_t dim1) {
  Tensor t = transpose(self, dim0, dim1);
  if (!t) return false;
  for (int64_t d = 0; d < self.dim(); d++) {
    self.impl()->sizes[d] = t.size(d);
    self.impl()->strides[d] = t.stride(d);
  }
  return true;
}

// ---------------------------------------------------------------------------
// cross

static bool cross_checks(const Tensor &self, const Tensor &other, int64_t *dim) {
  if (self.dtype() != other.dtype())
    return fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
                scalar_type_name(self.dtype()), scalar_type_name(other.dtype()));
  if (self.dim() != other.dim())
    return fail(ErrorKind::RuntimeError,
                "linalg.cross: inputs must have the same number of dimensions.");
  if (*dim == kNoDim) {
    int64_t d = 0;
    while (d < self.dim() && self.size(d) != 3) d++;
    if (d == self.dim()) return fail(ErrorKind::RuntimeError, "no dimension of size 3 in input");
    *dim = d;
  }
  if (!wrap_dim(dim, self.dim())) return false;
  if (self.size(*dim) != 3 || other.size(*dim) != 3)
    return fail(ErrorKind::RuntimeError,
                "linalg.cross: inputs dimension %lld must have length 3. Got %lld and %lld",
                static_cast<long long>(*dim), static_cast<long long>(self.size(*dim)),
                static_cast<long long>(other.size(*dim)));
  ScalarType t = self.dtype();
  if (t == ScalarType::Bool || t == ScalarType::Half)
    return fail(ErrorKind::RuntimeError, "\"cross\" not implemented for '%s'", scalar_type_name(t));
  return true;
}

Tensor cross(const Tensor &self, const Tensor &other, int64_t dim) {
  if (!cross_checks(self, other, &dim)) return Tensor();
  int64_t shape[kMaxDims];
  size_t nd = 0;
  if (!broadcast_shapes(self.sizes(), other.sizes(), shape, &nd)) return Tensor();
  Tensor out = empty(IntArrayRef(shape, nd), self.dtype());
  if (!out) return out;
  for (int64_t i = 0; i < 3; i++) { // out_i = a_j * b_k - a_k * b_j
    int64_t j = (i + 1) % 3, k = (i + 2) % 3;
    Tensor ab = mul(narrow(self, dim, j, 1), narrow(other, dim, k, 1));
    Tensor ba = mul(narrow(self, dim, k, 1), narrow(other, dim, j, 1));
    Tensor c = ab && ba ? sub(ab, ba) : Tensor();
    if (!c || !copy_(narrow(out, dim, i, 1), c)) return Tensor();
  }
  return out;
}

bool cross_out(const Tensor &self, const Tensor &other, int64_t dim, Tensor &out) {
  return deliver(cross(self, other, dim), out);
}

} // namespace tensor
