// torch.Tensor: the Python object around a tensor::Tensor handle. Only the
// methods that are not operators live here (size, dim, item, tolist, the
// conversions and dunders); the binding installs the operator methods and
// provides the arithmetic slots.
#include "torch/tensor_obj.h"

#include "binding/binding.h"
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "tensor/print.h"
#include "torch/device_obj.h"
#include "torch/dtype_obj.h"
#include "torch/indexing.h"
#include "torch/size_obj.h"
#include "torch/tensor_new.h"

using tensor::Scalar;
using tensor::ScalarType;

static TensorObj *tobj(Ref self) { return (TensorObj *)self; }
static const tensor::Tensor &tget(Ref self) { return tobj(self)->t; }

Ref py_tensor_raise() {
  const tensor::Error &e = tensor::error();
  Type *type = &py_RuntimeError_type;
  switch (e.kind) {
  case tensor::ErrorKind::TypeError: type = &py_TypeError_type; break;
  case tensor::ErrorKind::IndexError: type = &py_IndexError_type; break;
  case tensor::ErrorKind::ValueError: type = &py_ValueError_type; break;
  case tensor::ErrorKind::MemoryError: return py_err_nomem();
  case tensor::ErrorKind::NotImplementedError: type = &py_NotImplementedError_type; break;
  default: break;
  }
  return py_err_set_str(type, e.message);
}

Ref py_tensor_wrap(const tensor::Tensor &t, Type *type) {
  if (!type) type = &py_tensor_type;
  TensorObj *o = (TensorObj *)py_obj_alloc(type, type->basicsize);
  if (!o) return nullptr;
  o->t = t; // the zero-filled handle holds nothing yet
  return (Ref)o;
}

// ---------------------------------------------------------------------------
// Lifecycle

static void tensor_dealloc(Ref self) {
  py_weakref_dying(self);
  tobj(self)->t.~Tensor();
  py_clear(&tobj(self)->dict);
  py_obj_free(self, sizeof(TensorObj));
}

// Only subclass instances are tracked by the collector (the base type is not
// TPF_GC); their traversal reaches the instance dict through here.
static int tensor_traverse(Ref self, VisitProc visit, void *arg) {
  Ref d = tobj(self)->dict;
  return d ? visit(d, arg) : 0;
}

static void tensor_clear(Ref self) { py_clear(&tobj(self)->dict); }

// Sizes from torch.Tensor(2, 3) / torch.Tensor((2, 3)): 1 when args are all
// ints, 0 when not, -1 on error.
static int tensor_new_sizes(Ref const *args, size_t nargs, int64_t *sizes) {
  for (size_t i = 0; i < nargs; i++)
    if (!py_is_int(args[i]) || py_is_bool(args[i])) return 0;
  if (nargs > (size_t)tensor::kMaxDims)
    return py_err_set_str(&py_RuntimeError_type, "too many dimensions"), -1;
  for (size_t i = 0; i < nargs; i++)
    if (py_int_as_i64(args[i], &sizes[i]) < 0) return -1;
  return 1;
}

// The legacy constructor torch.Tensor(...): sizes, data or a tensor, always of
// the default dtype except for a tensor argument (which is aliased).
static Ref tensor_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "Tensor(): keyword arguments are not supported");
  if (nargs == 1 && py_is_tensor(args[0])) return py_tensor_wrap(py_tensor_get(args[0]), type);
  int64_t sizes[tensor::kMaxDims] = {0};
  int r = tensor_new_sizes(args, nargs, sizes);
  if (nargs == 0) nargs = 1; // torch.Tensor() is tensor([])
  if (r < 0) return nullptr;
  tensor::Tensor t;
  if (r == 1) {
    t = tensor::zeros(tensor::IntArrayRef(sizes, nargs), tensor::default_dtype());
    if (!t) return py_tensor_raise();
  } else if (nargs == 1) {
    t = py_tensor_from_data(args[0], tensor::default_dtype());
    if (!t) return nullptr;
  } else {
    return py_err_set_str(&py_TypeError_type, "new(): invalid arguments");
  }
  return py_tensor_wrap(t, type);
}

// torch.Tensor._make_subclass(cls, data, require_grad=False): how
// nn.Parameter wraps a tensor in its own class, sharing the storage.
static Ref tensor_make_subclass(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"cls", "data", "require_grad"};
  static const ArgSpec spec = {"_make_subclass", names, 3, 2, 0, 3};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (!py_isinstance_of(a[0], &py_type_type) || !py_subtype((Type *)a[0], &py_tensor_type))
    return py_err_format(&py_TypeError_type, "cls must be a subclass of Tensor, not %R", a[0]);
  if (!py_is_tensor(a[1]))
    return py_err_format(&py_TypeError_type, "data must be a Tensor, not %T", a[1]);
  tensor::Tensor t = tensor::alias(py_tensor_get(a[1]));
  if (!t) return py_tensor_raise();
  Ref o = py_tensor_wrap(t, (Type *)a[0]);
  int rg = a[2] ? py_truthy(a[2]) : 0;
  if (o && rg < 0) py_clear(&o);
  if (o && rg == 1 && !tensor::is_floating(t.dtype())) {
    py_clear(&o);
    return py_err_set_str(&py_RuntimeError_type,
                          "Only Tensors of floating point and complex dtype can require gradients");
  }
  if (o) tobj(o)->requires_grad = rg == 1;
  return o;
}

// ---------------------------------------------------------------------------
// Printing

static bool tensor_sink_write(void *ctx, const char *s, size_t n) {
  StrBuf *b = (StrBuf *)ctx;
  py_strbuf_add(b, s, n);
  return !b->failed;
}

// ORDER SCALAR TYPE and ORDER PRINTDTYPE list the same dtypes in the same order.
static tensor::PrintDType tensor_print_dtype(ScalarType t) {
  static_assert(tensor::kPrintDTypeCount == tensor::kNumScalarTypes, "same dtype lists");
  static_assert((int)tensor::PrintDType::bool_ == (int)ScalarType::Bool, "same order");
  return (tensor::PrintDType)t;
}

static Ref tensor_repr(Ref self) {
  const tensor::Tensor &t = tget(self);
  tensor::PrintView v;
  v.dtype = tensor_print_dtype(t.dtype());
  v.ndim = (int)t.dim();
  v.sizes = t.sizes().data;
  v.strides = t.strides().data;
  v.data = t.data_ptr();
  v.requires_grad = tobj(self)->requires_grad;
  v.default_dtype = tensor_print_dtype(tensor::default_dtype());
  StrBuf b;
  py_strbuf_init(&b);
  tensor::PrintSink sink = {&b, tensor_sink_write};
  if (!tensor::format_tensor(v, tensor::print_options(), sink)) {
    bool nomem = b.failed;
    py_strbuf_free(&b);
    if (nomem) return nullptr;
    return py_err_format(&py_RuntimeError_type, "precision must be in [0, %d]",
                         tensor::kMaxPrintPrecision);
  }
  return py_strbuf_finish(&b);
}

static Ref tensor_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__format__", nargs, kwnames, 1, 1) < 0) return nullptr;
  const tensor::Tensor &t = tget(self);
  if (t.dim() == 0 && py_type(self) == &py_tensor_type) {
    Ref v = py_scalar_to_obj(tensor::item(t));
    if (!v) return nullptr;
    Ref r = py_format(v, args[0]);
    py_decref(v);
    return r;
  }
  if (py_is_str(args[0]) && py_str_len(args[0]) == 0) return py_str(self);
  return py_err_set_str(&py_TypeError_type,
                        "unsupported format string passed to Tensor.__format__");
}

// ---------------------------------------------------------------------------
// Python conversions

// The one element of self as a Python number (ValueError for other sizes, as
// PyTorch's int() / float() raise).
static Ref tensor_scalar_obj(Ref self) {
  const tensor::Tensor &t = tget(self);
  if (t.numel() != 1)
    return py_err_set_str(&py_ValueError_type,
                          "only one element tensors can be converted to Python scalars");
  return py_scalar_to_obj(tensor::item(t));
}

static int tensor_to_bool(Ref self) {
  int64_t n = tget(self).numel();
  if (n != 1) {
    py_err_format(&py_RuntimeError_type, "Boolean value of Tensor with %s is ambiguous",
                  n == 0 ? "no values" : "more than one value");
    return -1;
  }
  return tensor::item(tget(self)).to_double() != 0;
}

static Ref tensor_to_int(Ref self) {
  if (tget(self).numel() != 1) return tensor_scalar_obj(self);
  Scalar s = tensor::item(tget(self));
  if (s.is_floating()) return py_int_from_double(s.d);
  return py_int_from_i64(s.to_long());
}

static Ref tensor_to_float(Ref self) {
  if (tget(self).numel() != 1) return tensor_scalar_obj(self);
  return py_float_new(tensor::item(tget(self)).to_double());
}

static Ref tensor_to_index(Ref self) {
  const tensor::Tensor &t = tget(self);
  if (!tensor::is_integral(t.dtype(), true) || t.numel() != 1)
    return py_err_set_str(&py_TypeError_type,
                          "only integer tensors of a single element can be converted to an index");
  return py_int_from_i64(tensor::item(t).to_long());
}

static int tensor_hash(Ref self, int64_t *out) {
  *out = (int64_t)(intptr_t)self; // hash(t) == id(t), as in PyTorch
  return 0;
}

static int64_t tensor_length(Ref self) {
  if (tget(self).dim() == 0) {
    py_err_set_str(&py_TypeError_type, "len() of a 0-d tensor");
    return -1;
  }
  return tget(self).size(0);
}

static Ref tensor_iter(Ref self) {
  if (tget(self).dim() == 0)
    return py_err_set_str(&py_TypeError_type, "iteration over a 0-d tensor");
  return py_seqiter_new(self);
}

// ---------------------------------------------------------------------------
// Methods

// A dim argument wrapped into [0, ndim) with PyTorch's IndexError. 0 / -1.
static int tensor_wrap_dim(const tensor::Tensor &t, Ref arg, int64_t *dim) {
  if (py_index_i64(arg, dim) < 0) return -1;
  int64_t n = t.dim();
  if (n == 0) {
    py_err_format(&py_IndexError_type, "Dimension specified as %lld but tensor has no dimensions",
                  (long long)*dim);
    return -1;
  }
  if (*dim < -n || *dim >= n) {
    py_err_format(&py_IndexError_type,
                  "Dimension out of range (expected to be in range of [%lld, %lld], but got %lld)",
                  (long long)-n, (long long)(n - 1), (long long)*dim);
    return -1;
  }
  if (*dim < 0) *dim += n;
  return 0;
}

// size(dim=None) / stride(dim=None): the whole tuple or one entry.
static Ref tensor_dims_method(Ref self, Ref const *args, size_t nargs, Ref kwnames,
                              const char *fname, bool strides) {
  static const char *const names[] = {"dim"};
  ArgSpec spec = {fname, names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  const tensor::Tensor &t = tget(self);
  tensor::IntArrayRef v = strides ? t.strides() : t.sizes();
  if (!a[0] || a[0] == py_None) {
    if (!strides) return py_size_new(v);
    Ref r = py_tuple_new(v.size);
    for (size_t i = 0; r && i < v.size; i++) py_tuple_items(r)[i] = py_int_from_i64(v[i]);
    return r;
  }
  int64_t d;
  if (tensor_wrap_dim(t, a[0], &d) < 0) return nullptr;
  return py_int_from_i64(v[d]);
}

static Ref tensor_size(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return tensor_dims_method(self, args, nargs, kwnames, "size", false);
}

static Ref tensor_stride(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return tensor_dims_method(self, args, nargs, kwnames, "stride", true);
}

#define TENSOR_INT_METHOD(fname, expr)                                                             \
  static Ref tensor_##fname(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                \
    if (py_check_nargs(#fname, nargs, kwnames, 0, 0) < 0) return nullptr;                          \
    const tensor::Tensor &t = tget(self);                                                          \
    return py_int_from_i64((int64_t)(expr));                                                       \
  }
TENSOR_INT_METHOD(dim, t.dim())
TENSOR_INT_METHOD(numel, t.numel())
TENSOR_INT_METHOD(element_size, t.element_size())
TENSOR_INT_METHOD(storage_offset, t.storage_offset())
TENSOR_INT_METHOD(data_ptr, (intptr_t)t.data_ptr())
#undef TENSOR_INT_METHOD

static Ref tensor_is_contiguous(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("is_contiguous", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(py_bool(tget(self).is_contiguous()));
}

static Ref tensor_item(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("item", nargs, kwnames, 0, 0) < 0) return nullptr;
  return tensor_scalar_obj(self);
}

// Nested lists of the elements from dim on, starting at byte address p.
static Ref tensor_tolist_at(const tensor::Tensor &t, int64_t dim, const char *p) {
  if (dim == t.dim()) return py_scalar_to_obj(tensor::load_scalar(p, t.dtype()));
  int64_t n = t.size(dim);
  Ref list = py_list_new((size_t)n);
  int64_t step = t.stride(dim) * (int64_t)t.element_size();
  for (int64_t i = 0; list && i < n; i++) {
    Ref item = tensor_tolist_at(t, dim + 1, p + i * step);
    if (!item)
      py_clear(&list);
    else
      py_list_items(list)[i] = item;
  }
  return list;
}

static Ref tensor_tolist(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("tolist", nargs, kwnames, 0, 0) < 0) return nullptr;
  return tensor_tolist_at(tget(self), 0, (const char *)tget(self).data_ptr());
}

// A new torch.Tensor sharing self's storage, not requiring grad.
static Ref tensor_detached(Ref self) {
  tensor::Tensor t = tensor::alias(tget(self));
  return py_tensor_result(t);
}

static Ref tensor_detach(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("detach", nargs, kwnames, 0, 0) < 0) return nullptr;
  return tensor_detached(self);
}

static Ref tensor_detach_(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("detach_", nargs, kwnames, 0, 0) < 0) return nullptr;
  tobj(self)->requires_grad = false;
  return py_newref(self);
}

static int tensor_set_requires_grad_flag(Ref self, bool on) {
  if (on && !tensor::is_floating(tget(self).dtype())) {
    py_err_set_str(&py_RuntimeError_type,
                   "only Tensors of floating point dtype can require gradients");
    return -1;
  }
  tobj(self)->requires_grad = on;
  return 0;
}

static Ref tensor_requires_grad_(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"requires_grad"};
  static const ArgSpec spec = {"requires_grad_", names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int on = a[0] ? py_truthy(a[0]) : 1;
  if (on < 0 || tensor_set_requires_grad_flag(self, on == 1) < 0) return nullptr;
  return py_newref(self);
}

// self converted to dtype (self itself when it already has it).
static Ref tensor_as_dtype(Ref self, ScalarType dtype) {
  if (tget(self).dtype() == dtype) return py_newref(self);
  tensor::Tensor t = tensor::to_dtype(tget(self), dtype);
  return py_tensor_result(t);
}

// Tensor.float(), .long(), ...: Python-level methods in PyTorch, not operators.
template <ScalarType T> static Ref tensor_as(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs(tensor::scalar_type_name(T), nargs, kwnames, 0, 0) < 0) return nullptr;
  return tensor_as_dtype(self, T);
}

// "torch.FloatTensor" -> Float: the legacy type names of Tensor.type().
static int tensor_parse_type_name(Ref name, ScalarType *out) {
  for (int i = 0; i < tensor::kNumScalarTypes; i++) {
    Ref s = py_str_format("torch.%sTensor", tensor::scalar_type_name((ScalarType)i));
    if (!s) return -1;
    bool eq = py_str_equal(s, name);
    py_decref(s);
    if (eq) {
      *out = (ScalarType)i;
      return 0;
    }
  }
  py_err_format(&py_ValueError_type, "invalid type: %R", name);
  return -1;
}

static Ref tensor_type_method(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"dtype", "non_blocking"};
  static const ArgSpec spec = {"type", names, 2, 0, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (!a[0] || a[0] == py_None)
    return py_str_format("torch.%sTensor", tensor::scalar_type_name(tget(self).dtype()));
  ScalarType t;
  int r = py_is_str(a[0]) ? tensor_parse_type_name(a[0], &t) : py_dtype_parse(a[0], &t);
  return r < 0 ? nullptr : tensor_as_dtype(self, t);
}

// Python-level predicates and copies that nn relies on (not operators).
static Ref tensor_is_floating_point(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("is_floating_point", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(py_bool(tensor::is_floating(tget(self).dtype())));
}

static Ref tensor_is_complex(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("is_complex", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(py_False);
}

static Ref tensor_cpu(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("cpu", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(self);
}

// copy.deepcopy(t): a clone of the same class keeping requires_grad, recorded
// in memo (keyed by id) so that shared tensors stay shared.
static Ref tensor_deepcopy(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__deepcopy__", nargs, kwnames, 1, 1) < 0) return nullptr;
  Ref key = py_int_from_u64((uint64_t)(uintptr_t)self); // id(self)
  if (!key) return nullptr;
  Ref known = py_is_dict(args[0]) ? py_dict_get(args[0], key) : nullptr;
  if (known) {
    py_decref(key);
    return py_newref(known);
  }
  tensor::Tensor t = tensor::clone(tget(self));
  Ref r = py_tensor_result(t, py_type(self));
  if (r) tobj(r)->requires_grad = tobj(self)->requires_grad;
  if (r && py_is_dict(args[0]) && py_dict_set(args[0], key, r) < 0) py_clear(&r);
  py_decref(key);
  return r;
}

// copy.copy(t) goes through __reduce_ex__: PyTorch rebuilds a tensor that shares
// t's storage; (Tensor.detach, (t,)) gives the same alias (requires_grad aside).
static Ref tensor_reduce_ex(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__reduce_ex__", nargs, kwnames, 1, 1) < 0) return nullptr;
  Ref fn = py_getattr_str((Ref)&py_tensor_type, "detach");
  if (!fn) return nullptr;
  Ref argt = py_tuple_new(1);
  Ref r = argt ? py_tuple_new(2) : nullptr;
  if (!r) {
    py_decref(fn);
    py_xdecref(argt);
    return nullptr;
  }
  py_tuple_items(argt)[0] = py_newref(self);
  py_tuple_items(r)[0] = fn;
  py_tuple_items(r)[1] = argt;
  return r;
}

static const MethodDef tensor_methods[] = {
    {"size", tensor_size},
    {"stride", tensor_stride},
    {"dim", tensor_dim},
    {"ndimension", tensor_dim},
    {"numel", tensor_numel},
    {"nelement", tensor_numel},
    {"element_size", tensor_element_size},
    {"storage_offset", tensor_storage_offset},
    {"data_ptr", tensor_data_ptr},
    {"is_contiguous", tensor_is_contiguous},
    {"item", tensor_item},
    {"tolist", tensor_tolist},
    {"detach", tensor_detach},
    {"detach_", tensor_detach_},
    {"requires_grad_", tensor_requires_grad_},
    {"type", tensor_type_method},
    {"byte", tensor_as<ScalarType::Byte>},
    {"char", tensor_as<ScalarType::Char>},
    {"short", tensor_as<ScalarType::Short>},
    {"int", tensor_as<ScalarType::Int>},
    {"long", tensor_as<ScalarType::Long>},
    {"half", tensor_as<ScalarType::Half>},
    {"float", tensor_as<ScalarType::Float>},
    {"double", tensor_as<ScalarType::Double>},
    {"bool", tensor_as<ScalarType::Bool>},
    {"bfloat16", tensor_as<ScalarType::BFloat16>},
    {"__format__", tensor_format},
    {"_make_subclass", tensor_make_subclass, METH_STATIC},
    {"is_floating_point", tensor_is_floating_point},
    {"is_complex", tensor_is_complex},
    {"cpu", tensor_cpu},
    {"__deepcopy__", tensor_deepcopy},
    {"__reduce_ex__", tensor_reduce_ex},
    {nullptr},
};

// ---------------------------------------------------------------------------
// Attributes

static Ref tensor_get_shape(Ref self) { return py_size_new(tget(self).sizes()); }
static Ref tensor_get_dtype(Ref self) { return py_newref(py_dtype_of(tget(self).dtype())); }
static Ref tensor_get_device(Ref self) { return py_newref(py_device_cpu()); }
static Ref tensor_get_ndim(Ref self) { return py_int_from_i64(tget(self).dim()); }
static Ref tensor_get_requires_grad(Ref self) {
  return py_newref(py_bool(tobj(self)->requires_grad));
}
static Ref tensor_get_true(Ref self) { return py_newref(py_True); }
static Ref tensor_get_false(Ref self) { return py_newref(py_False); }
static Ref tensor_get_none(Ref self) { return py_none_new(); }

// x.T: the dims reversed (the transpose for 2-D tensors).
static Ref tensor_get_T(Ref self) {
  const tensor::Tensor &t = tget(self);
  int64_t dims[tensor::kMaxDims];
  for (int64_t i = 0; i < t.dim(); i++) dims[i] = t.dim() - 1 - i;
  tensor::Tensor r = tensor::permute(t, tensor::IntArrayRef(dims, (size_t)t.dim()));
  return py_tensor_result(r);
}

static int tensor_set_requires_grad(Ref self, Ref value) {
  if (!value) return py_err_set_str(&py_TypeError_type, "can't delete requires_grad"), -1;
  if (!py_is_bool(value)) {
    py_err_format(&py_TypeError_type, "requires_grad must be a bool, not %T", value);
    return -1;
  }
  return tensor_set_requires_grad_flag(self, value == py_True);
}

// x.data = y: x now views y's storage (how optimisers and load_state_dict
// swap values in without changing the Parameter object).
static int tensor_set_data(Ref self, Ref value) {
  if (!value || !py_is_tensor(value)) {
    py_err_set_str(&py_TypeError_type, "data must be a Tensor");
    return -1;
  }
  tensor::Tensor t = tensor::alias(py_tensor_get(value));
  if (!t) return py_tensor_raise(), -1;
  tobj(self)->t = t;
  return 0;
}

// x.grad: autograd is out of scope, so there never is one; assigning None is
// accepted (optimisers' zero_grad does it).
static int tensor_set_grad(Ref self, Ref value) {
  if (value && value != py_None) {
    py_err_set_str(&py_RuntimeError_type, "upytorch does not support autograd: grad is read-only");
    return -1;
  }
  return 0;
}

static const GetSetDef tensor_getsets[] = {
    {"shape", tensor_get_shape},
    {"dtype", tensor_get_dtype},
    {"device", tensor_get_device},
    {"ndim", tensor_get_ndim},
    {"T", tensor_get_T},
    {"data", tensor_detached, tensor_set_data},
    {"requires_grad", tensor_get_requires_grad, tensor_set_requires_grad},
    {"is_leaf", tensor_get_true},
    {"grad", tensor_get_none, tensor_set_grad},
    {"grad_fn", tensor_get_none},
    {"is_cuda", tensor_get_false},
    {"is_sparse", tensor_get_false},
    {"is_quantized", tensor_get_false},
    {"is_meta", tensor_get_false},
    {nullptr},
};

Type py_tensor_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "Tensor",
    .flags = TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(TensorObj),
    .dictoffset = offsetof(TensorObj, dict),
    .dealloc = tensor_dealloc,
    .traverse = tensor_traverse,
    .clear = tensor_clear,
    .tp_new = tensor_new,
    .repr = tensor_repr,
    .hash = tensor_hash,
    .richcompare = py_tensor_richcompare,
    .iter = tensor_iter,
    .binop = py_tensor_binop,
    .unop = py_tensor_unop,
    .to_bool = tensor_to_bool,
    .to_int = tensor_to_int,
    .to_float = tensor_to_float,
    .to_index = tensor_to_index,
    .length = tensor_length,
    .getitem = py_tensor_getitem,
    .setitem = py_tensor_setitem,
    .methods = tensor_methods,
    .getsets = tensor_getsets,
};
