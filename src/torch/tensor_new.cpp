// torch.tensor(data): the shape comes from the first element at each depth,
// the dtype from every leaf (promote_types over bool < int64 < default float
// and the dtypes of tensor leaves), then the leaves are stored in row-major
// order, checking that every sequence has the length of the first.
#include "torch/tensor_new.h"

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "torch/tensor_obj.h"

using tensor::Scalar;
using tensor::ScalarType;

int py_scalar_from(Ref o, Scalar *out) {
  if (py_is_bool(o)) {
    *out = Scalar(o == py_True);
    return 1;
  }
  if (py_is_int(o)) {
    int64_t v;
    if (py_int_as_i64(o, &v) < 0) {
      py_err_clear();
      py_err_set_str(&py_RuntimeError_type, "Overflow when unpacking long");
      return -1;
    }
    *out = Scalar(v);
    return 1;
  }
  if (py_is_float(o)) {
    *out = Scalar(py_float_value(o));
    return 1;
  }
  return 0;
}

Ref py_scalar_to_obj(Scalar s) {
  switch (s.kind) {
  case Scalar::Kind::Bool: return py_newref(py_bool(s.b));
  case Scalar::Kind::Int: return py_int_from_i64(s.i);
  default: return py_float_new(s.d);
  }
}

static bool tnew_is_seq(Ref o) { return py_is_list(o) || py_is_tuple(o); }

static size_t tnew_seq_len(Ref o) { return py_is_list(o) ? py_list_len(o) : py_tuple_len(o); }

static Ref tnew_seq_item(Ref o, size_t i) {
  return py_is_list(o) ? py_list_items(o)[i] : py_tuple_items(o)[i];
}

// Sizes from the first element at each depth. 0 / -1.
static int tnew_shape(Ref data, int64_t *sizes, int *ndim) {
  *ndim = 0;
  for (Ref cur = data;;) {
    if (py_is_str(cur)) {
      py_err_format(&py_ValueError_type, "too many dimensions 'str'");
      return -1;
    }
    if (!tnew_is_seq(cur)) return 0;
    if (*ndim == tensor::kMaxDims) {
      py_err_format(&py_ValueError_type, "too many dimensions '%T'", cur);
      return -1;
    }
    size_t n = tnew_seq_len(cur);
    sizes[(*ndim)++] = (int64_t)n;
    if (n == 0) return 0;
    cur = tnew_seq_item(cur, 0);
  }
}

static Ref tnew_invalid_type(Ref o) {
  if (py_is_str(o)) return py_err_format(&py_TypeError_type, "new(): invalid data type '%T'", o);
  return py_err_format(&py_RuntimeError_type, "Could not infer dtype of %T", o);
}

// Promotes *acc with the dtype of every leaf under o. 0 / -1.
static int tnew_infer(Ref o, ScalarType *acc) {
  ScalarType t;
  if (tnew_is_seq(o)) {
    for (size_t i = 0; i < tnew_seq_len(o); i++)
      if (tnew_infer(tnew_seq_item(o, i), acc) < 0) return -1;
    return 0;
  }
  if (py_is_tensor(o))
    t = py_tensor_get(o).dtype();
  else if (py_is_bool(o))
    t = ScalarType::Bool;
  else if (py_is_int(o))
    t = ScalarType::Long;
  else if (py_is_float(o))
    t = tensor::default_dtype();
  else
    return tnew_invalid_type(o), -1;
  *acc = *acc == ScalarType::Undefined ? t : tensor::promote_types(*acc, t);
  return 0;
}

// Python ints must fit integral dtypes (PyTorch's checked conversion).
static int tnew_check_range(Scalar s, ScalarType t) {
  if (!s.is_integral() || !tensor::is_integral(t, false)) return 0;
  static const int64_t lo[] = {0, -128, -32768, INT32_MIN};
  static const int64_t hi[] = {255, 127, 32767, INT32_MAX};
  int k = (int)t; // Byte, Char, Short, Int come first: ORDER SCALAR TYPE
  if (k > (int)ScalarType::Int || (s.i >= lo[k] && s.i <= hi[k])) return 0;
  py_err_format(&py_RuntimeError_type, "value cannot be converted to type %s without overflow",
                tensor::dtype_name(t) + 6);
  return -1;
}

// One leaf (number or one-element tensor) into *p. 0 / -1.
static int tnew_store_leaf(Ref o, ScalarType t, char *p) {
  Scalar s;
  if (py_is_tensor(o)) {
    const tensor::Tensor &x = py_tensor_get(o);
    if (x.numel() != 1) {
      if (tensor::is_integral(t, true))
        py_err_set_str(&py_TypeError_type,
                       "only integer tensors of a single element can be converted to an index");
      else
        py_err_set_str(&py_ValueError_type,
                       "only one element tensors can be converted to Python scalars");
      return -1;
    }
    tensor::convert_element(x.data_ptr(), x.dtype(), p, t);
    return 0;
  }
  int r = py_scalar_from(o, &s);
  if (r < 0) return -1;
  if (r == 0) {
    if (py_is_str(o))
      tnew_invalid_type(o);
    else if (tensor::is_integral(t, true))
      py_err_format(&py_TypeError_type, "'%T' object cannot be interpreted as an integer", o);
    else
      py_err_format(&py_TypeError_type, "must be real number, not %T", o);
    return -1;
  }
  if (tnew_check_range(s, t) < 0) return -1;
  tensor::store_scalar(p, t, s);
  return 0;
}

struct TNewFill {
  const int64_t *sizes;
  int ndim;
  ScalarType dtype;
  size_t esize;
  char *p; // next element to write
};

static int tnew_fill(TNewFill *f, Ref o, int dim) {
  if (dim == f->ndim) {
    if (tnew_store_leaf(o, f->dtype, f->p) < 0) return -1;
    f->p += f->esize;
    return 0;
  }
  if (!tnew_is_seq(o)) {
    py_err_set_str(&py_TypeError_type, "not a sequence");
    return -1;
  }
  int64_t n = (int64_t)tnew_seq_len(o);
  if (n != f->sizes[dim]) {
    py_err_format(&py_ValueError_type, "expected sequence of length %lld at dim %d (got %lld)",
                  (long long)f->sizes[dim], dim, (long long)n);
    return -1;
  }
  for (int64_t i = 0; i < n; i++)
    if (tnew_fill(f, tnew_seq_item(o, (size_t)i), dim + 1) < 0) return -1;
  return 0;
}

static tensor::Tensor tnew_raise() {
  py_tensor_raise();
  return tensor::Tensor();
}

tensor::Tensor py_tensor_from_data(Ref data, ScalarType dtype) {
  if (py_is_tensor(data)) {
    const tensor::Tensor &x = py_tensor_get(data);
    tensor::Tensor r =
        tensor::to_dtype(x, dtype == ScalarType::Undefined ? x.dtype() : dtype, true);
    return r ? r : tnew_raise();
  }
  if (py_is_str(data)) return tnew_invalid_type(data), tensor::Tensor();
  if (py_isinstance_exact(data, &py_range_type)) { // other sequences read as lists
    Ref list = py_sequence_list(data);
    if (!list) return tensor::Tensor();
    tensor::Tensor t = py_tensor_from_data(list, dtype);
    py_decref(list);
    return t;
  }
  TNewFill f;
  int64_t sizes[tensor::kMaxDims];
  if (tnew_shape(data, sizes, &f.ndim) < 0) return tensor::Tensor();
  ScalarType inferred = ScalarType::Undefined;
  if (dtype == ScalarType::Undefined && tnew_infer(data, &inferred) < 0) return tensor::Tensor();
  if (dtype == ScalarType::Undefined)
    dtype = inferred == ScalarType::Undefined ? tensor::default_dtype() : inferred;
  tensor::Tensor t = tensor::empty(tensor::IntArrayRef(sizes, f.ndim), dtype);
  if (!t) return tnew_raise();
  f.sizes = sizes;
  f.dtype = dtype;
  f.esize = tensor::element_size(dtype);
  f.p = (char *)t.data_ptr();
  if (tnew_fill(&f, data, 0) < 0) return tensor::Tensor();
  return t;
}
