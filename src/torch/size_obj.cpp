// torch.Size: a tuple whose repr is "torch.Size([2, 3])"; slicing and adding
// tuples keep the type, as in PyTorch.
#include "torch/size_obj.h"

#include "py/containers.h"
#include "py/intobj.h"

// A Size with the items of tuple t (borrowed).
static Ref size_from_tuple(Ref t) {
  size_t n = py_tuple_len(t);
  Ref s = py_obj_alloc(&py_size_type, sizeof(TupleObj) + n * sizeof(Ref));
  if (!s) return nullptr;
  ((TupleObj *)s)->len = n;
  for (size_t i = 0; i < n; i++) py_tuple_items(s)[i] = py_newref(py_tuple_items(t)[i]);
  return s;
}

Ref py_size_new(tensor::IntArrayRef sizes) {
  Ref s = py_obj_alloc(&py_size_type, sizeof(TupleObj) + sizes.size * sizeof(Ref));
  if (!s) return nullptr;
  // Items are filled before anything can look at them; a failure leaves
  // nullptr items, which the tuple's dealloc skips.
  ((TupleObj *)s)->len = sizes.size;
  for (size_t i = 0; i < sizes.size; i++) {
    Ref v = py_int_from_i64(sizes[i]);
    if (!v) {
      py_decref(s);
      return nullptr;
    }
    py_tuple_items(s)[i] = v;
  }
  return s;
}

// Wraps a tuple result of the tuple slots as a Size (steals r).
static Ref size_wrap_result(Ref r) {
  if (!r || !py_isinstance_exact(r, &py_tuple_type)) return r;
  Ref s = size_from_tuple(r);
  py_decref(r);
  return s;
}

static Ref size_repr(Ref self) {
  Ref items = py_list_from_array(py_tuple_items(self), py_tuple_len(self));
  if (!items) return nullptr;
  Ref r = py_str_format("torch.Size(%R)", items);
  py_decref(items);
  return r;
}

static Ref size_getitem(Ref self, Ref key) {
  Ref r = py_tuple_type.getitem(self, key);
  return py_isinstance_exact(key, &py_slice_type) ? size_wrap_result(r) : r;
}

static Ref size_binop(Ref a, Ref b, int op) {
  Ref r = py_tuple_type.binop(a, b, op);
  bool keep = (op & ~BINOP_INPLACE) == BINOP_ADD && py_isinstance_of(a, &py_size_type);
  return keep ? size_wrap_result(r) : r;
}

static Ref size_numel(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("numel", nargs, kwnames, 0, 0) < 0) return nullptr;
  Ref n = py_small_new(1);
  for (size_t i = 0; i < py_tuple_len(self); i++) {
    Ref m = py_binop(n, py_tuple_items(self)[i], BINOP_MUL);
    py_decref(n);
    if (!m) return nullptr;
    n = m;
  }
  return n;
}

// (torch.Size, (tuple(self),))
static Ref size_reduce(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__reduce__", nargs, kwnames, 0, 0) < 0) return nullptr;
  Ref items = py_tuple_from_array(py_tuple_items(self), py_tuple_len(self));
  Ref cargs = items ? py_tuple_pack(1, items) : nullptr;
  Ref r = cargs ? py_tuple_pack(2, (Ref)py_type(self), cargs) : nullptr;
  py_xdecref(cargs);
  py_xdecref(items);
  return r;
}

static const MethodDef size_methods[] = {
    {"numel", size_numel},
    {"__reduce__", size_reduce},
    {nullptr},
};

Type py_size_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "Size",
    .flags = TPF_GC | TPF_BASETYPE | TPF_TUPLE_SUBCLASS,
    .basicsize = sizeof(TupleObj),
    .itemsize = sizeof(Ref),
    .base = &py_tuple_type,
    .repr = size_repr,
    .binop = size_binop,
    .getitem = size_getitem,
    .methods = size_methods,
};
