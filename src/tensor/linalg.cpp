// Matrix products over gemm(): each op checks shapes and dtypes in PyTorch's
// order (so the first error PyTorch would raise is the one we raise), prepares
// the output, then runs gemm on strided views. See linalg.h.
#include "tensor/linalg.h"

#include "tensor/internal.h"

namespace tensor {

// c10's TypeMeta names, which PyTorch prints in out= dtype errors. ORDER SCALAR TYPE
static const char *const kTypeMetaNames[] = {
    "unsigned char", "signed char", "short int", "int",  "long int",
    "c10::Half",     "float",       "double",    "bool", "c10::BFloat16",
};
static_assert(sizeof(kTypeMetaNames) / sizeof(kTypeMetaNames[0]) == kNumScalarTypes,
              "one TypeMeta name per ScalarType");

static const char *meta_name(ScalarType t) { return kTypeMetaNames[static_cast<int>(t)]; }

static bool same_sizes(IntArrayRef a, IntArrayRef b) {
  if (a.size != b.size) return false;
  for (size_t i = 0; i < a.size; i++)
    if (a[i] != b[i]) return false;
  return true;
}

// out= handling of PyTorch's structured ops: allocate, or check the dtype and
// resize (a tensor already of the right shape keeps its strides).
static bool prepare_out(Tensor &out, IntArrayRef sizes, ScalarType dtype) {
  if (!out) {
    out = empty(sizes, dtype);
    return out.defined();
  }
  if (out.dtype() != dtype)
    return fail(ErrorKind::RuntimeError, "Expected out tensor to have dtype %s, but got %s instead",
                meta_name(dtype), meta_name(out.dtype()));
  return same_sizes(out.sizes(), sizes) || resize_(out, sizes);
}

// Runs compute(target) with target = out, or through a temporary when out
// shares memory with an input (gemm must not read what it writes).
template <class F>
static bool compute_into(Tensor &out, IntArrayRef sizes, ScalarType dtype,
                         std::initializer_list<const Tensor *> inputs, F compute) {
  if (!prepare_out(out, sizes, dtype)) return false;
  bool alias = false;
  for (const Tensor *in : inputs)
    if (in->defined() && in->storage() == out.storage() && !in->is_same(out)) alias = true;
  if (!alias) return compute(out);
  Tensor tmp = empty(sizes, dtype);
  return tmp && compute(tmp) && copy_(out, tmp);
}

static bool check_implemented(ScalarType t, const char *kernel) {
  if (t == ScalarType::Bool || t == ScalarType::Half)
    return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
                scalar_type_name(t));
  return true;
}

// The kernels' data_ptr<scalar_t>() check.
static bool check_scalar_type(ScalarType expected, ScalarType found) {
  if (expected == found) return true;
  return fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
              scalar_type_name(expected), scalar_type_name(found));
}

static bool nonzero(Scalar s) { return s.to_double() != 0; }

// c = beta * c + alpha * a @ b on 2-D views.
static bool gemm_2d(const Tensor &c, const Tensor &a, const Tensor &b, Scalar beta, Scalar alpha) {
  return gemm(c.dtype(), a.size(0), b.size(1), a.size(1), alpha, a.data_ptr(), a.stride(0),
              a.stride(1), b.data_ptr(), b.stride(0), b.stride(1), beta, c.data_ptr(), c.stride(0),
              c.stride(1));
}

// c = beta * self + alpha * a @ b; self already has c's shape (or is unused).
static bool gemm_with_self(const Tensor &c, const Tensor &self, const Tensor &a, const Tensor &b,
                           Scalar beta, Scalar alpha) {
  if (nonzero(beta) && !self.is_same(c) && !copy_(c, self)) return false;
  return gemm_2d(c, a, b, nonzero(beta) ? beta : Scalar(0), alpha);
}

static bool check_mm_shapes(const Tensor &a, const Tensor &b) {
  if (a.size(1) == b.size(0)) return true;
  return fail(ErrorKind::RuntimeError,
              "mat1 and mat2 shapes cannot be multiplied (%lldx%lld and %lldx%lld)",
              static_cast<long long>(a.size(0)), static_cast<long long>(a.size(1)),
              static_cast<long long>(b.size(0)), static_cast<long long>(b.size(1)));
}

// ---------------------------------------------------------------------------
// mm, addmm

static bool mm_impl(const Tensor &a, const Tensor &b, Tensor &out) {
  if (a.dim() != 2) return fail(ErrorKind::RuntimeError, "self must be a matrix");
  if (b.dim() != 2) return fail(ErrorKind::RuntimeError, "mat2 must be a matrix");
  if (!check_mm_shapes(a, b)) return false;
  if (out && !prepare_out(out, {a.size(0), b.size(1)}, a.dtype())) return false;
  if (!check_implemented(a.dtype(), "addmm_impl_cpu_") || !check_scalar_type(a.dtype(), b.dtype()))
    return false;
  return compute_into(out, {a.size(0), b.size(1)}, a.dtype(), {&a, &b},
                      [&](const Tensor &c) { return gemm_2d(c, a, b, 0, 1); });
}

Tensor mm(const Tensor &self, const Tensor &mat2) {
  Tensor out;
  return mm_impl(self, mat2, out) ? out : Tensor();
}
bool mm_out(const Tensor &self, const Tensor &mat2, Tensor &out) {
  return mm_impl(self, mat2, out);
}

static bool check_matrix(const Tensor &t, const char *name) {
  if (t.dim() == 2) return true;
  return fail(ErrorKind::RuntimeError, "%s must be a matrix, got %lld-D tensor", name,
              static_cast<long long>(t.dim()));
}

static bool addmm_impl(const Tensor &self, const Tensor &m1, const Tensor &m2, Scalar beta,
                       Scalar alpha, Tensor &out) {
  if (self.dtype() != m2.dtype())
    return fail(ErrorKind::RuntimeError, "self and mat2 must have the same dtype");
  if (m1.dtype() != m2.dtype())
    return fail(ErrorKind::RuntimeError, "mat1 and mat2 must have the same dtype");
  if (!check_matrix(m1, "mat1") || !check_matrix(m2, "mat2") || !check_mm_shapes(m1, m2))
    return false;
  const int64_t shape[2] = {m1.size(0), m2.size(1)};
  Tensor self_expanded = expand(self, IntArrayRef(shape, 2));
  if (!self_expanded || !check_implemented(self.dtype(), "addmm_impl_cpu_")) return false;
  return compute_into(
      out, IntArrayRef(shape, 2), self.dtype(), {&self, &m1, &m2}, [&](const Tensor &c) {
        return gemm_with_self(c, out.is_same(self) ? c : self_expanded, m1, m2, beta, alpha);
      });
}

// In-place forms: self is the output and must already have the result's shape.
static bool check_inplace_shape(const Tensor &self, IntArrayRef sizes) {
  if (same_sizes(self.sizes(), sizes)) return true;
  char have[96], want[96];
  format_int_list(have, sizeof have, self.sizes());
  format_int_list(want, sizeof want, sizes);
  return fail(ErrorKind::RuntimeError, "output with shape %s doesn't match the broadcast shape %s",
              have, want);
}

Tensor addmm(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta,
             Scalar alpha) {
  Tensor out;
  return addmm_impl(self, mat1, mat2, beta, alpha, out) ? out : Tensor();
}
bool addmm_out(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta,
               Scalar alpha, Tensor &out) {
  return addmm_impl(self, mat1, mat2, beta, alpha, out);
}
bool addmm_(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta, Scalar alpha) {
  if (mat1.dim() == 2 && mat2.dim() == 2 &&
      !check_inplace_shape(self, {mat1.size(0), mat2.size(1)}))
    return false;
  Tensor out = self;
  return addmm_impl(self, mat1, mat2, beta, alpha, out);
}

// ---------------------------------------------------------------------------
// dot, mv, addmv

static bool dot_impl(const Tensor &a, const Tensor &b, Tensor &out) {
  if (a.dim() != 1 || b.dim() != 1)
    return fail(ErrorKind::RuntimeError, "1D tensors expected, but got %lldD and %lldD tensors",
                static_cast<long long>(a.dim()), static_cast<long long>(b.dim()));
  if (a.dtype() != b.dtype())
    return fail(ErrorKind::RuntimeError,
                "dot : expected both vectors to have same dtype, but found %s and %s",
                scalar_type_name(a.dtype()), scalar_type_name(b.dtype()));
  if (a.size(0) != b.size(0))
    return fail(ErrorKind::RuntimeError,
                "inconsistent tensor size, expected tensor [%lld] and src [%lld] to have the same "
                "number of elements, but got %lld and %lld elements respectively",
                static_cast<long long>(a.size(0)), static_cast<long long>(b.size(0)),
                static_cast<long long>(a.size(0)), static_cast<long long>(b.size(0)));
  if (!check_implemented(a.dtype(), "dot")) return false;
  return compute_into(out, {}, a.dtype(), {&a, &b}, [&](const Tensor &c) {
    return gemm(c.dtype(), 1, 1, a.size(0), 1, a.data_ptr(), 0, a.stride(0), b.data_ptr(),
                b.stride(0), 0, 0, c.data_ptr(), 0, 0);
  });
}

Tensor dot(const Tensor &self, const Tensor &other) {
  Tensor out;
  return dot_impl(self, other, out) ? out : Tensor();
}
bool dot_out(const Tensor &self, const Tensor &other, Tensor &out) {
  return dot_impl(self, other, out);
}

// c = beta * c + alpha * mat @ vec, c being 1-D.
static bool gemv(const Tensor &c, const Tensor &mat, const Tensor &vec, Scalar beta, Scalar alpha) {
  return gemm(c.dtype(), mat.size(0), 1, mat.size(1), alpha, mat.data_ptr(), mat.stride(0),
              mat.stride(1), vec.data_ptr(), vec.stride(0), 0, beta, c.data_ptr(), c.stride(0), 0);
}

// self_size: what PyTorch's check reads as self.size(0) (mv passes the result).
static bool check_addmv_shapes(int64_t self_dim, int64_t self_size, const Tensor &mat,
                               const Tensor &vec) {
  if (mat.dim() != 2 || vec.dim() != 1 || self_dim > 1)
    return fail(ErrorKind::RuntimeError, "vector + matrix @ vector expected, got %lld, %lld, %lld",
                static_cast<long long>(self_dim), static_cast<long long>(mat.dim()),
                static_cast<long long>(vec.dim()));
  if (mat.size(1) == vec.size(0) && (mat.size(0) == self_size || self_size == 1)) return true;
  return fail(ErrorKind::RuntimeError, "size mismatch, got %lld, %lldx%lld,%lld",
              static_cast<long long>(self_size), static_cast<long long>(mat.size(0)),
              static_cast<long long>(mat.size(1)), static_cast<long long>(vec.size(0)));
}

static bool addmv_impl(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta,
                       Scalar alpha, Tensor &out) {
  int64_t self_size = self.dim() == 0 ? 1 : self.size(0);
  if (!check_addmv_shapes(self.dim(), self_size, mat, vec)) return false;
  const int64_t shape[1] = {mat.size(0)};
  Tensor self_expanded = expand(self, IntArrayRef(shape, 1));
  if (!self_expanded || !check_implemented(mat.dtype(), "addmv_impl_cpu") ||
      !check_scalar_type(self.dtype(), mat.dtype()) ||
      !check_scalar_type(self.dtype(), vec.dtype()))
    return false;
  return compute_into(out, IntArrayRef(shape, 1), self.dtype(), {&self, &mat, &vec},
                      [&](const Tensor &c) {
                        if (nonzero(beta) && !self.is_same(c) && !copy_(c, self_expanded))
                          return false;
                        return gemv(c, mat, vec, nonzero(beta) ? beta : Scalar(0), alpha);
                      });
}

static bool mv_impl(const Tensor &mat, const Tensor &vec, Tensor &out) {
  int64_t rows = mat.dim() > 0 ? mat.size(0) : 1;
  if (!check_addmv_shapes(1, rows, mat, vec)) return false;
  if (!check_implemented(mat.dtype(), "addmv_impl_cpu") ||
      !check_scalar_type(mat.dtype(), vec.dtype()))
    return false;
  return compute_into(out, {rows}, mat.dtype(), {&mat, &vec},
                      [&](const Tensor &c) { return gemv(c, mat, vec, 0, 1); });
}

Tensor mv(const Tensor &self, const Tensor &vec) {
  Tensor out;
  return mv_impl(self, vec, out) ? out : Tensor();
}
bool mv_out(const Tensor &self, const Tensor &vec, Tensor &out) { return mv_impl(self, vec, out); }

Tensor addmv(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta, Scalar alpha) {
  Tensor out;
  return addmv_impl(self, mat, vec, beta, alpha, out) ? out : Tensor();
}
bool addmv_out(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta, Scalar alpha,
               Tensor &out) {
  return addmv_impl(self, mat, vec, beta, alpha, out);
}
bool addmv_(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta, Scalar alpha) {
  if (mat.dim() == 2 && !check_inplace_shape(self, {mat.size(0)})) return false;
  Tensor out = self;
  return addmv_impl(self, mat, vec, beta, alpha, out);
}

// ---------------------------------------------------------------------------
// bmm, baddbmm, addbmm

static bool check_bmm_shapes(const Tensor &b1, const Tensor &b2) {
  if (b1.dim() != 3) return fail(ErrorKind::RuntimeError, "batch1 must be a 3D tensor");
  if (b2.dim() != 3) return fail(ErrorKind::RuntimeError, "batch2 must be a 3D tensor");
  if (b2.size(0) == b1.size(0) && b2.size(1) == b1.size(2)) return true;
  return fail(ErrorKind::RuntimeError,
              "Expected size for first two dimensions of batch2 tensor to be: [%lld, %lld] but "
              "got: [%lld, %lld].",
              static_cast<long long>(b1.size(0)), static_cast<long long>(b1.size(2)),
              static_cast<long long>(b2.size(0)), static_cast<long long>(b2.size(1)));
}

// c[i] = beta * c[i] + alpha * b1[i] @ b2[i] for every batch i.
static bool gemm_batched(const Tensor &c, const Tensor &b1, const Tensor &b2, Scalar beta,
                         Scalar alpha) {
  int64_t esize = static_cast<int64_t>(c.element_size());
  for (int64_t i = 0; i < c.size(0); i++) {
    const char *a = static_cast<const char *>(b1.data_ptr()) + i * b1.stride(0) * esize;
    const char *b = static_cast<const char *>(b2.data_ptr()) + i * b2.stride(0) * esize;
    char *d = static_cast<char *>(c.data_ptr()) + i * c.stride(0) * esize;
    if (!gemm(c.dtype(), c.size(1), c.size(2), b1.size(2), alpha, a, b1.stride(1), b1.stride(2), b,
              b2.stride(1), b2.stride(2), beta, d, c.stride(1), c.stride(2)))
      return false;
  }
  return true;
}

static bool baddbmm_impl(const Tensor *self, const Tensor &b1, const Tensor &b2, Scalar beta,
                         Scalar alpha, Tensor &out) {
  if (!check_bmm_shapes(b1, b2)) return false;
  const int64_t shape[3] = {b1.size(0), b1.size(1), b2.size(2)};
  Tensor self_expanded;
  if (self) {
    self_expanded = expand(*self, IntArrayRef(shape, 3));
    if (!self_expanded) return false;
    // PyTorch 1.13 lets self's dtype differ: the result is batch1's, self is converted.
  }
  if (out && !prepare_out(out, IntArrayRef(shape, 3), b1.dtype())) return false;
  if (!check_implemented(b1.dtype(), self ? "baddbmm_cpu" : "bmm") ||
      !check_scalar_type(b1.dtype(), b2.dtype()))
    return false;
  Tensor none;
  const Tensor &s = self ? *self : none;
  return compute_into(out, IntArrayRef(shape, 3), b1.dtype(), {&s, &b1, &b2}, [&](const Tensor &c) {
    bool use_self = self && nonzero(beta);
    if (use_self && !self->is_same(c) && !copy_(c, self_expanded)) return false;
    return gemm_batched(c, b1, b2, use_self ? beta : Scalar(0), alpha);
  });
}

Tensor bmm(const Tensor &self, const Tensor &mat2) {
  Tensor out;
  return baddbmm_impl(nullptr, self, mat2, 0, 1, out) ? out : Tensor();
}
bool bmm_out(const Tensor &self, const Tensor &mat2, Tensor &out) {
  return baddbmm_impl(nullptr, self, mat2, 0, 1, out);
}
Tensor baddbmm(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
               Scalar alpha) {
  Tensor out;
  return baddbmm_impl(&self, batch1, batch2, beta, alpha, out) ? out : Tensor();
}
bool baddbmm_out(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
                 Scalar alpha, Tensor &out) {
  return baddbmm_impl(&self, batch1, batch2, beta, alpha, out);
}
bool baddbmm_(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
              Scalar alpha) {
  if (batch1.dim() == 3 && batch2.dim() == 3 &&
      !check_inplace_shape(self, {batch1.size(0), batch1.size(1), batch2.size(2)}))
    return false;
  Tensor out = self;
  return baddbmm_impl(&self, batch1, batch2, beta, alpha, out);
}

static bool addbmm_impl(const Tensor &self, const Tensor &b1, const Tensor &b2, Scalar beta,
                        Scalar alpha, Tensor &out) {
  if (b1.dim() != 3) return fail(ErrorKind::RuntimeError, "batch1 must be a 3D tensor");
  if (b2.dim() != 3) return fail(ErrorKind::RuntimeError, "batch2 must be a 3D tensor");
  const int64_t shape[2] = {b1.size(1), b2.size(2)};
  Tensor self_expanded = expand(self, IntArrayRef(shape, 2));
  if (!self_expanded) return false;
  if (b1.size(0) != b2.size(0))
    return fail(ErrorKind::RuntimeError,
                "batch1 and batch2 must have same number of batches, got %lld and %lld",
                static_cast<long long>(b1.size(0)), static_cast<long long>(b2.size(0)));
  if (b1.size(2) != b2.size(1))
    return fail(ErrorKind::RuntimeError,
                "Incompatible matrix sizes for bmm (%lldx%lld and %lldx%lld)",
                static_cast<long long>(b1.size(1)), static_cast<long long>(b1.size(2)),
                static_cast<long long>(b2.size(1)), static_cast<long long>(b2.size(2)));
  if (!check_implemented(self.dtype(), "addmm_impl_cpu_") ||
      !check_scalar_type(self.dtype(), b1.dtype()) || !check_scalar_type(self.dtype(), b2.dtype()))
    return false;
  return compute_into(out, IntArrayRef(shape, 2), self.dtype(), {&self, &b1, &b2},
                      [&](const Tensor &c) {
                        bool use_self = nonzero(beta);
                        if (use_self && !self.is_same(c) && !copy_(c, self_expanded)) return false;
                        if (b1.size(0) == 0) return use_self ? true : zero_(c);
                        Scalar b = use_self ? beta : Scalar(0);
                        for (int64_t i = 0; i < b1.size(0); i++, b = Scalar(1))
                          if (!gemm_2d(c, select(b1, 0, i), select(b2, 0, i), b, alpha))
                            return false;
                        return true;
                      });
}

Tensor addbmm(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
              Scalar alpha) {
  Tensor out;
  return addbmm_impl(self, batch1, batch2, beta, alpha, out) ? out : Tensor();
}
bool addbmm_out(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
                Scalar alpha, Tensor &out) {
  return addbmm_impl(self, batch1, batch2, beta, alpha, out);
}
bool addbmm_(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
             Scalar alpha) {
  if (batch1.dim() == 3 && batch2.dim() == 3 &&
      !check_inplace_shape(self, {batch1.size(1), batch2.size(2)}))
    return false;
  Tensor out = self;
  return addbmm_impl(self, batch1, batch2, beta, alpha, out);
}

// ---------------------------------------------------------------------------
// outer, matmul, linear

static bool check_vector(const Tensor &t, const char *name) {
  if (t.dim() == 1) return true;
  return fail(ErrorKind::RuntimeError, "outer: Expected 1-D argument %s, but got %lld-D", name,
              static_cast<long long>(t.dim()));
}

Tensor outer(const Tensor &self, const Tensor &vec2) {
  if (!check_vector(self, "self") || !check_vector(vec2, "vec2")) return Tensor();
  Tensor column = unsqueeze(self, 1);
  return column ? mul(column, vec2) : Tensor();
}
bool outer_out(const Tensor &self, const Tensor &vec2, Tensor &out) {
  if (!check_vector(self, "self") || !check_vector(vec2, "vec2")) return false;
  Tensor column = unsqueeze(self, 1);
  return column && mul_out(column, vec2, out);
}

// Note [matmul folding]: a >= 3-D operand times a 1-D or 2-D one is computed as
// one mm/mv on the batch folded into the rows (at::native's should_fold), the
// 2-D @ >= 3-D case through transposes; other ranks broadcast the batch dims
// and use bmm. The choice shows in error messages ("size mismatch, got 10,
// 10x4,3") and in result strides, so it follows PyTorch's exactly.
static bool should_fold(const Tensor &t1, int64_t dim2) {
  if (t1.dim() < 3 || (dim2 != 1 && dim2 != 2)) return false;
  // A permute(0, 2, 1)-like t1 would need a copy to fold; bmm handles it.
  return !(t1.dim() == 3 && dim2 == 2 && t1.stride(2) != 1 &&
           t1.stride(0) == t1.size(1) * t1.size(2));
}

static Tensor view_as_shape(const Tensor &t, const int64_t *shape, size_t n) {
  return t ? view(t, IntArrayRef(shape, n)) : Tensor();
}

static Tensor matmul_folded(const Tensor &a, const Tensor &b) {
  bool swapped = b.dim() > a.dim(); // (a @ b).mT == b.mT @ a.mT
  Tensor t1 = swapped ? transpose(b, -1, -2) : a;
  Tensor t2 = !swapped ? b : a.dim() == 2 ? t(a) : a;
  if (!t1 || !t2) return Tensor();
  int64_t shape[kMaxDims];
  size_t n = 0;
  int64_t folded = 1;
  for (int64_t d = 0; d + 1 < t1.dim(); d++) folded *= shape[n++] = t1.size(d);
  if (t2.dim() == 2) shape[n++] = t2.size(1);
  Tensor flat = reshape(t1, {folded, t1.size(t1.dim() - 1)});
  if (!flat) return Tensor();
  if (t2.dim() == 1) return view_as_shape(mv(flat, t2), shape, n);
  Tensor out = view_as_shape(mm(flat, t2), shape, n);
  if (!swapped || !out) return out;
  return contiguous(transpose(out, -1, -2));
}

static Tensor matmul_batched(const Tensor &a, const Tensor &b) {
  int64_t da = a.dim(), db = b.dim();
  int64_t n = da > 1 ? a.size(da - 2) : 1, m1 = a.size(da - 1);
  int64_t m2 = db > 1 ? b.size(db - 2) : b.size(0), p = db > 1 ? b.size(db - 1) : 1;
  int64_t batch[kMaxDims];
  size_t nb = 0;
  if (!broadcast_shapes(IntArrayRef(a.sizes().data, da > 2 ? da - 2 : 0),
                        IntArrayRef(b.sizes().data, db > 2 ? db - 2 : 0), batch, &nb))
    return Tensor();
  int64_t count = shape_numel(IntArrayRef(batch, nb));
  int64_t shape[kMaxDims + 2];
  for (size_t i = 0; i < nb; i++) shape[i] = batch[i];
  shape[nb] = n;
  shape[nb + 1] = m1;
  Tensor e1 = reshape(expand(a, IntArrayRef(shape, nb + 2)), {count, n, m1});
  bool vector_rhs = db == 1;
  shape[nb] = m2;
  shape[nb + 1] = p;
  Tensor e2 = expand(b, IntArrayRef(shape, vector_rhs ? nb + 1 : nb + 2));
  e2 = vector_rhs ? unsqueeze(reshape(e2, {count, m2}), 2) : reshape(e2, {count, m2, p});
  if (!e1 || !e2) return Tensor();
  size_t nout = nb;
  if (da > 1) shape[nout++] = n;
  if (db > 1) shape[nout++] = p;
  Tensor r = bmm(e1, e2);
  if (r && vector_rhs) r = squeeze(r, -1);
  return view_as_shape(r, shape, nout);
}

Tensor matmul(const Tensor &self, const Tensor &other) {
  int64_t da = self.dim(), db = other.dim();
  if (da == 0 || db == 0) {
    fail(ErrorKind::RuntimeError,
         "both arguments to matmul need to be at least 1D, but they are %lldD and %lldD",
         static_cast<long long>(da), static_cast<long long>(db));
    return Tensor();
  }
  if (da == 1 && db == 1) return dot(self, other);
  if (da == 2 && db == 1) return mv(self, other);
  if (da == 1 && db == 2) {
    Tensor r = mm(unsqueeze(self, 0), other);
    return r ? squeeze(r, 0) : r;
  }
  if (da == 2 && db == 2) return mm(self, other);
  if (should_fold(self, db) || should_fold(other, da)) return matmul_folded(self, other);
  return matmul_batched(self, other);
}

bool matmul_out(const Tensor &self, const Tensor &other, Tensor &out) {
  Tensor r = matmul(self, other);
  return r && prepare_out(out, r.sizes(), r.dtype()) && copy_(out, r);
}

// As at::native::linear: addmm when it can fuse the bias, else matmul + add_.
Tensor linear(const Tensor &input, const Tensor &weight, const Tensor &bias) {
  Tensor wt = t(weight);
  if (!wt) return Tensor();
  if (input.dim() == 2 && bias) return addmm(bias, input, wt);
  if (bias && input.dim() == 3 && input.is_contiguous()) {
    Tensor r = addmm(bias, view(input, {input.size(0) * input.size(1), input.size(2)}), wt);
    return r ? view(r, {input.size(0), input.size(1), r.size(1)}) : r;
  }
  Tensor out = matmul(input, wt);
  if (out && bias && !add_(out, bias)) return Tensor();
  return out;
}

} // namespace tensor
