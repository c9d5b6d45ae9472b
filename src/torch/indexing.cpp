// t[key] and t[key] = value (PyTorch's python_variable_indexing semantics).
//
// Note [Basic then advanced indexing]: the key's ints, slices, None and
// Ellipsis are applied first as views (select / slice / unsqueeze), keeping
// track of which dim of the view each index tensor (or bool mask, turned
// into index tensors of its true positions) refers to. Then the index
// tensors, broadcast together to shape B, pick elements: when their dims are
// adjacent, B replaces them in place in the result's shape; otherwise B comes
// first, followed by the remaining dims (numpy's rule).
#include "torch/indexing.h"

#include <cstdio>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "torch/tensor_new.h"
#include "torch/tensor_obj.h"

using tensor::IntArrayRef;
using tensor::Scalar;
using tensor::ScalarType;
using tensor::Tensor;

constexpr size_t kMaxIndexItems = 2 * tensor::kMaxDims + 8;

enum class IdxKind : uint8_t { Int, Slice, None, Ellipsis, Bool, Tensor };

struct IdxItem {
  IdxKind kind;
  int64_t i, start, stop, step; // Int: i; Slice: start/stop/step; Bool: i (0/1)
  Tensor t;                     // Tensor: Long, Byte or Bool
};

// An index tensor and the dim of the (basic-indexed) view it indexes.
struct AdvIndex {
  int64_t dim;
  Tensor index; // Long
};

struct IndexPlan {
  Tensor view; // self after the basic indices
  AdvIndex adv[tensor::kMaxDims];
  int nadv;
};

static Ref idx_raise_bad_type(Ref o) {
  return py_err_format(&py_IndexError_type,
                       "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                       "Variables are valid indices (got %T)",
                       o);
}

// ---------------------------------------------------------------------------
// Parsing the key

static int idx_parse_slice(Ref s, IdxItem *it) {
  SliceObj *so = (SliceObj *)s;
  it->kind = IdxKind::Slice;
  it->start = 0;
  it->stop = INT64_MAX;
  it->step = 1;
  if (so->start != py_None && py_slice_index_value(so->start, &it->start) < 0) return -1;
  if (so->stop != py_None && py_slice_index_value(so->stop, &it->stop) < 0) return -1;
  if (so->step != py_None && py_slice_index_value(so->step, &it->step) < 0) return -1;
  if (it->step == 0) return py_err_set_str(&py_ValueError_type, "slice step cannot be zero"), -1;
  if (it->step < 0)
    return py_err_set_str(&py_ValueError_type, "step must be greater than zero"), -1;
  return 0;
}

static int idx_set_tensor(IdxItem *it, const Tensor &t) {
  ScalarType d = t.dtype();
  if (d != ScalarType::Long && d != ScalarType::Byte && d != ScalarType::Bool) {
    py_err_set_str(&py_IndexError_type, "tensors used as indices must be long, byte or bool "
                                        "tensors");
    return -1;
  }
  it->kind = IdxKind::Tensor;
  it->t = t;
  return 0;
}

// A list (or a tuple inside the key) as an index tensor.
static int idx_parse_sequence(Ref o, IdxItem *it) {
  Tensor t = py_tensor_from_data(o, ScalarType::Undefined);
  if (!t) return -1;
  if (t.numel() == 0 && t.dtype() != ScalarType::Long) t = tensor::to_dtype(t, ScalarType::Long);
  if (!t) return py_tensor_raise(), -1;
  return idx_set_tensor(it, t);
}

static int idx_parse_item(Ref o, IdxItem *it) {
  if (o == py_None)
    it->kind = IdxKind::None;
  else if (o == py_Ellipsis)
    it->kind = IdxKind::Ellipsis;
  else if (py_is_bool(o)) {
    it->kind = IdxKind::Bool;
    it->i = o == py_True;
  } else if (py_is_int(o)) {
    it->kind = IdxKind::Int;
    return py_index_i64(o, &it->i);
  } else if (py_isinstance_of(o, &py_slice_type))
    return idx_parse_slice(o, it);
  else if (py_is_tensor(o))
    return idx_set_tensor(it, py_tensor_get(o));
  else if (py_is_list(o) || py_is_tuple(o))
    return idx_parse_sequence(o, it);
  else if (py_is_str(o))
    return py_err_format(&py_TypeError_type, "new(): invalid data type 'str'"), -1;
  else if (py_type(o)->to_index) {
    it->kind = IdxKind::Int;
    return py_index_i64(o, &it->i);
  } else
    return idx_raise_bad_type(o), -1;
  return 0;
}

// PyTorch reads a list key as a tuple of indices when it holds anything but
// numbers (x[[0, [1]]] is x[0, [1]]), as numpy used to.
static bool idx_list_is_tuple(Ref key) {
  for (size_t i = 0; i < py_list_len(key); i++) {
    Ref o = py_list_items(key)[i];
    if (py_is_tensor(o) || py_is_list(o) || py_is_tuple(o) || o == py_None || o == py_Ellipsis ||
        py_isinstance_of(o, &py_slice_type))
      return true;
  }
  return false;
}

// The key's items into items[0..*n). 0 / -1.
static int idx_parse_key(Ref key, IdxItem *items, size_t *n) {
  Ref const *objs = &key;
  *n = 1;
  if (py_is_tuple(key)) {
    objs = py_tuple_items(key);
    *n = py_tuple_len(key);
  } else if (py_is_list(key) && idx_list_is_tuple(key)) {
    objs = py_list_items(key);
    *n = py_list_len(key);
  }
  if (*n > kMaxIndexItems)
    return py_err_set_str(&py_IndexError_type, "too many indices for tensor"), -1;
  for (size_t i = 0; i < *n; i++)
    if (idx_parse_item(objs[i], &items[i]) < 0) return -1;
  return 0;
}

// ---------------------------------------------------------------------------
// Applying the basic indices

static int64_t idx_consumed(const IdxItem &it) {
  switch (it.kind) {
  case IdxKind::Int:
  case IdxKind::Slice: return 1;
  case IdxKind::Tensor: return it.t.dtype() == ScalarType::Long ? 1 : it.t.dim();
  default: return 0;
  }
}

static int idx_fail() { return py_tensor_raise(), -1; }

static int idx_select(IndexPlan *p, int64_t d, int64_t real_dim, int64_t i) {
  int64_t size = p->view.size(d);
  if (i < -size || i >= size) {
    py_err_format(&py_IndexError_type,
                  "index %lld is out of bounds for dimension %lld with size %lld", (long long)i,
                  (long long)real_dim, (long long)size);
    return -1;
  }
  p->view = tensor::select(p->view, d, i);
  return p->view ? 0 : idx_fail();
}

// x[True] / x[False]: a new dim of size 1 / 0 at d.
static int idx_bool(IndexPlan *p, int64_t d, bool keep) {
  p->view = tensor::unsqueeze(p->view, d);
  if (p->view && !keep) p->view = tensor::slice(p->view, d, 0, 0);
  return p->view ? 0 : idx_fail();
}

static int idx_add_adv(IndexPlan *p, int64_t d, const Tensor &index) {
  if (p->nadv == tensor::kMaxDims)
    return py_err_set_str(&py_IndexError_type, "too many indices for tensor"), -1;
  p->adv[p->nadv].dim = d;
  p->adv[p->nadv].index = index;
  p->nadv++;
  return 0;
}

static void idx_shape_str(IntArrayRef s, char *buf, size_t n) {
  size_t k = (size_t)snprintf(buf, n, "[");
  for (size_t i = 0; i < s.size && k < n; i++)
    k += (size_t)snprintf(buf + k, n - k, i ? ", %lld" : "%lld", (long long)s[i]);
  if (k < n) snprintf(buf + k, n - k, "]");
}

static int idx_mask_mismatch(const Tensor &mask, const Tensor &view, int64_t j, int64_t d) {
  char ms[160], vs[160];
  idx_shape_str(mask.sizes(), ms, sizeof ms);
  idx_shape_str(view.sizes(), vs, sizeof vs);
  py_err_format(&py_IndexError_type,
                "The shape of the mask %s at index %lld does not match the shape of the indexed "
                "tensor %s at index %lld",
                ms, (long long)j, vs, (long long)(d + j));
  return -1;
}

// The positions of the true elements of mask, one Long tensor per mask dim
// (torch.nonzero's columns), added as advanced indices for dims d, d+1, ...
static int idx_add_mask(IndexPlan *p, int64_t d, const Tensor &mask) {
  int64_t k = mask.dim();
  for (int64_t j = 0; j < k; j++)
    if (d + j >= p->view.dim() || mask.size(j) != p->view.size(d + j))
      return idx_mask_mismatch(mask, p->view, j, d);
  Tensor m = tensor::contiguous(tensor::to_dtype(mask, ScalarType::Bool));
  if (!m) return idx_fail();
  const bool *mb = m.data<bool>();
  int64_t n = m.numel(), count = 0;
  for (int64_t e = 0; e < n; e++) count += mb[e];
  for (int64_t j = 0; j < k; j++) {
    Tensor cols = tensor::empty({count}, ScalarType::Long);
    if (!cols) return idx_fail();
    int64_t *out = cols.data<int64_t>(), inner = 1;
    for (int64_t q = j + 1; q < k; q++) inner *= mask.size(q);
    for (int64_t e = 0, c = 0; e < n; e++)
      if (mb[e]) out[c++] = (e / inner) % mask.size(j);
    if (idx_add_adv(p, d + j, cols) < 0) return -1;
  }
  return 0;
}

static int idx_tensor(IndexPlan *p, int64_t d, const Tensor &t) {
  if (t.dtype() == ScalarType::Long) return idx_add_adv(p, d, t);
  if (t.dim() == 0) return idx_bool(p, d, tensor::item(t).to_double() != 0);
  return idx_add_mask(p, d, t);
}

static int idx_too_many(int64_t ndim) {
  py_err_format(&py_IndexError_type, "too many indices for tensor of dimension %lld",
                (long long)ndim);
  return -1;
}

static int idx_plan(const Tensor &self, Ref key, IndexPlan *p) {
  IdxItem items[kMaxIndexItems];
  size_t n;
  if (idx_parse_key(key, items, &n) < 0) return -1;
  int64_t consumed = 0;
  bool has_int = false;
  for (size_t i = 0; i < n; i++) {
    consumed += idx_consumed(items[i]);
    has_int |= items[i].kind == IdxKind::Int;
  }
  if (has_int && self.dim() == 0)
    return py_err_set_str(&py_IndexError_type,
                          "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                          "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"),
           -1;
  if (consumed > self.dim()) return idx_too_many(self.dim());
  bool seen_ellipsis = false; // later ones stand for no dims
  p->view = self;
  p->nadv = 0;
  int64_t d = 0, real = 0; // dim in the view / in self
  for (size_t i = 0; i < n; i++) {
    const IdxItem &it = items[i];
    int r = 0;
    switch (it.kind) {
    case IdxKind::Int: r = idx_select(p, d, real++, it.i); break;
    case IdxKind::Slice:
      p->view = tensor::slice(p->view, d++, it.start, it.stop, it.step);
      r = p->view ? 0 : idx_fail();
      real++;
      break;
    case IdxKind::None:
      p->view = tensor::unsqueeze(p->view, d++);
      r = p->view ? 0 : idx_fail();
      break;
    case IdxKind::Ellipsis:
      if (!seen_ellipsis) {
        d += self.dim() - consumed;
        real += self.dim() - consumed;
      }
      seen_ellipsis = true;
      break;
    case IdxKind::Bool: r = idx_bool(p, d++, it.i != 0); break;
    case IdxKind::Tensor: {
      int64_t k = idx_consumed(it);
      r = idx_tensor(p, d, it.t);
      d += it.t.dtype() != ScalarType::Long && it.t.dim() == 0 ? 1 : k;
      real += k;
      break;
    }
    }
    if (r < 0) return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Advanced indexing: the result's shape and, per result element, the byte
// offset of the element it takes from the view.

struct AdvLayout {
  int64_t out_sizes[tensor::kMaxDims];
  int out_ndim;
  int64_t bsizes[tensor::kMaxDims]; // broadcast shape of the indices
  int bndim;
  int bstart;                            // first result dim of the broadcast part
  int64_t rest_stride[tensor::kMaxDims]; // per result dim: view stride (0 in the B part)
  const int64_t *idx[tensor::kMaxDims];  // broadcast, contiguous index data
  Tensor idx_t[tensor::kMaxDims];        // keeps idx alive
};

static int idx_broadcast_mismatch(const IndexPlan &p) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_adds(&b, "shape mismatch: indexing tensors could not be broadcast together with "
                     "shapes ");
  for (int j = 0; j < p.nadv; j++) {
    char s[160];
    idx_shape_str(p.adv[j].index.sizes(), s, sizeof s);
    py_strbuf_printf(&b, j ? ", %s" : "%s", s);
  }
  Ref msg = py_strbuf_finish(&b);
  if (msg) {
    py_err_set_obj(&py_IndexError_type, msg);
    py_decref(msg);
  }
  return -1;
}

static int idx_broadcast(const IndexPlan &p, AdvLayout *L) {
  size_t n = 0;
  for (int j = 0; j < p.nadv; j++) {
    int64_t out[tensor::kMaxDims];
    size_t on;
    if (!tensor::broadcast_shapes(IntArrayRef(L->bsizes, n), p.adv[j].index.sizes(), out, &on))
      return idx_broadcast_mismatch(p);
    memcpy(L->bsizes, out, on * sizeof(int64_t));
    n = on;
  }
  L->bndim = (int)n;
  for (int j = 0; j < p.nadv; j++) {
    Tensor e = tensor::expand(p.adv[j].index, IntArrayRef(L->bsizes, n));
    L->idx_t[j] = e ? tensor::contiguous(e) : e;
    if (!L->idx_t[j]) return idx_fail();
    L->idx[j] = L->idx_t[j].data<int64_t>();
  }
  return 0;
}

static bool idx_adjacent(const IndexPlan &p) {
  for (int j = 1; j < p.nadv; j++)
    if (p.adv[j].dim != p.adv[j - 1].dim + 1) return false;
  return true;
}

static bool idx_is_adv_dim(const IndexPlan &p, int64_t d) {
  for (int j = 0; j < p.nadv; j++)
    if (p.adv[j].dim == d) return true;
  return false;
}

// Appends view dim d to the result's shape.
static bool idx_push_rest(AdvLayout *L, const Tensor &v, int64_t d) {
  if (L->out_ndim == tensor::kMaxDims) return false;
  L->rest_stride[L->out_ndim] = v.stride(d);
  L->out_sizes[L->out_ndim++] = v.size(d);
  return true;
}

static bool idx_push_b(AdvLayout *L) {
  if (L->out_ndim + L->bndim > tensor::kMaxDims) return false;
  L->bstart = L->out_ndim;
  for (int i = 0; i < L->bndim; i++) {
    L->rest_stride[L->out_ndim] = 0;
    L->out_sizes[L->out_ndim++] = L->bsizes[i];
  }
  return true;
}

static int idx_layout(const IndexPlan &p, AdvLayout *L) {
  if (idx_broadcast(p, L) < 0) return -1;
  const Tensor &v = p.view;
  L->out_ndim = 0;
  bool ok = true, adjacent = idx_adjacent(p);
  if (!adjacent) ok = idx_push_b(L);
  for (int64_t d = 0; ok && d < v.dim(); d++) {
    if (!idx_is_adv_dim(p, d))
      ok = idx_push_rest(L, v, d);
    else if (adjacent && d == p.adv[0].dim)
      ok = idx_push_b(L);
  }
  if (!ok)
    return py_err_format(&py_IndexError_type, "indexing result has more than %d dimensions",
                         tensor::kMaxDims),
           -1;
  return 0;
}

// Element offset (in elements, from the view's data) of the result element
// at multi-index o. -1 with IndexError for an index out of bounds (PyTorch
// numbers the dims of the index tensors, not of the view).
static int idx_offset(const IndexPlan &p, const AdvLayout &L, const int64_t *o, int64_t *off) {
  int64_t b = 0, s = 0;
  for (int i = 0; i < L.out_ndim; i++) s += o[i] * L.rest_stride[i];
  for (int i = 0; i < L.bndim; i++) b = b * L.bsizes[i] + o[L.bstart + i];
  for (int j = 0; j < p.nadv; j++) {
    int64_t v = L.idx[j][b], size = p.view.size(p.adv[j].dim);
    if (v < -size || v >= size) {
      py_err_format(&py_IndexError_type,
                    "index %lld is out of bounds for dimension %d with size %lld", (long long)v, j,
                    (long long)size);
      return -1;
    }
    s += (v < 0 ? v + size : v) * p.view.stride(p.adv[j].dim);
  }
  *off = s;
  return 0;
}

// Advances the multi-index o over sizes (row-major).
static void idx_next(int64_t *o, const int64_t *sizes, int n) {
  for (int i = n - 1; i >= 0; i--) {
    if (++o[i] < sizes[i]) return;
    o[i] = 0;
  }
}

static int64_t idx_numel(const int64_t *sizes, int n) {
  int64_t k = 1;
  for (int i = 0; i < n; i++) k *= sizes[i];
  return k;
}

static Ref idx_gather(const IndexPlan &p) {
  AdvLayout L;
  if (idx_layout(p, &L) < 0) return nullptr;
  Tensor out = tensor::empty(IntArrayRef(L.out_sizes, L.out_ndim), p.view.dtype());
  if (!out) return py_tensor_raise();
  size_t es = p.view.element_size();
  const char *src = (const char *)p.view.data_ptr();
  char *dst = (char *)out.data_ptr();
  int64_t o[tensor::kMaxDims] = {0}, n = idx_numel(L.out_sizes, L.out_ndim);
  for (int64_t e = 0; e < n; e++, idx_next(o, L.out_sizes, L.out_ndim)) {
    int64_t off;
    if (idx_offset(p, L, o, &off) < 0) return nullptr;
    memcpy(dst + e * es, src + off * (int64_t)es, es);
  }
  return py_tensor_wrap(out);
}

Ref py_tensor_getitem(Ref self, Ref key) {
  IndexPlan p;
  if (idx_plan(py_tensor_get(self), key, &p) < 0) return nullptr;
  if (p.nadv == 0) {
    Tensor v = p.view.is_same(py_tensor_get(self)) ? tensor::alias(p.view) : p.view;
    return py_tensor_result(v);
  }
  return idx_gather(p);
}

// ---------------------------------------------------------------------------
// Assignment

// value as a tensor of dtype (a Python number, or a tensor converted and
// copied when it may overlap self). Null + error when it can't be.
static Tensor idx_value(Ref value, const Tensor &self) {
  Scalar s;
  int r = py_scalar_from(value, &s);
  if (r < 0) return Tensor();
  Tensor v;
  if (r == 1)
    v = tensor::full({}, s, self.dtype());
  else if (py_is_tensor(value)) {
    const Tensor &t = py_tensor_get(value);
    bool overlap = t.storage() == self.storage();
    v = tensor::to_dtype(t, self.dtype(), overlap);
  } else {
    py_err_format(&py_TypeError_type, "can't assign a %T to a torch.%sTensor", value,
                  tensor::scalar_type_name(self.dtype()));
    return Tensor();
  }
  if (!v) py_tensor_raise();
  return v;
}

// value broadcast to the indexing result's shape, after dropping its leading
// size-1 dims as PyTorch does.
static Tensor idx_expand_value(const Tensor &v, const AdvLayout &L) {
  int64_t skip = 0;
  while (skip < v.dim() && v.size(skip) == 1) skip++;
  IntArrayRef vs(v.sizes().data + skip, (size_t)(v.dim() - skip));
  bool ok = (int)vs.size <= L.out_ndim;
  for (size_t i = 0; ok && i < vs.size; i++) {
    int64_t want = L.out_sizes[L.out_ndim - vs.size + i];
    ok = vs[i] == 1 || vs[i] == want;
  }
  if (!ok) {
    char a[160], b[160];
    idx_shape_str(v.sizes(), a, sizeof a);
    idx_shape_str(IntArrayRef(L.out_sizes, L.out_ndim), b, sizeof b);
    py_err_format(&py_RuntimeError_type,
                  "shape mismatch: value tensor of shape %s cannot be broadcast to indexing "
                  "result of shape %s",
                  a, b);
    return Tensor();
  }
  Tensor r = tensor::view(v, vs.size ? vs : IntArrayRef());
  if (r) r = tensor::expand(r, IntArrayRef(L.out_sizes, L.out_ndim));
  if (!r) py_tensor_raise();
  return r;
}

static int idx_scatter(const IndexPlan &p, const Tensor &value) {
  AdvLayout L;
  if (idx_layout(p, &L) < 0) return -1;
  Tensor v = idx_expand_value(value, L);
  if (!v) return -1;
  size_t es = p.view.element_size();
  char *dst = (char *)p.view.data_ptr();
  const char *src = (const char *)v.data_ptr();
  int64_t o[tensor::kMaxDims] = {0}, n = idx_numel(L.out_sizes, L.out_ndim);
  for (int64_t e = 0; e < n; e++, idx_next(o, L.out_sizes, L.out_ndim)) {
    int64_t off, voff = 0;
    if (idx_offset(p, L, o, &off) < 0) return -1;
    for (int i = 0; i < L.out_ndim; i++) voff += o[i] * v.stride(i);
    memcpy(dst + off * (int64_t)es, src + voff * (int64_t)es, es);
  }
  return 0;
}

int py_tensor_setitem(Ref self, Ref key, Ref value) {
  if (!value)
    return py_err_set_str(&py_TypeError_type, "Tensor does not support item deletion"), -1;
  const Tensor &t = py_tensor_get(self);
  IndexPlan p;
  if (idx_plan(t, key, &p) < 0) return -1;
  Tensor v = idx_value(value, t);
  if (!v) return -1;
  tensor::clear_error();
  int r;
  if (p.nadv > 0) {
    r = idx_scatter(p, v);
  } else {
    Tensor e = tensor::expand(v, p.view.sizes()); // for PyTorch's broadcast error message
    r = e && tensor::copy_(p.view, e) ? 0 : idx_fail();
  }
  if (r == 0 && tensor::kernel_missing()) return idx_fail(); // Note [Kernel dtypes]
  return r;
}
