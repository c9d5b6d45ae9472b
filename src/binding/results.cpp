// Results of the generated stubs beyond one Tensor: PyTorch's named tuples
// (torch.return_types.max(values=..., indices=...)) and the tuples of parts of
// split / chunk. The named-tuple types themselves are generated per name
// (binding_ops.cpp, kNamedTupleTypes); their slots live here.
#include "binding/argparse.h"

#include "py/containers.h"
#include "py/strobj.h"
#include "torch/tensor_obj.h"

namespace binding {

// A tuple of `type` holding n new references (stolen from items); nullptr
// items (a failed wrap) make it fail, releasing the others.
static Ref new_tuple(Type *type, Ref *items, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (items[i]) continue;
    for (size_t k = 0; k < n; k++) py_xdecref(items[k]);
    return nullptr;
  }
  Ref t = type ? py_obj_alloc(type, sizeof(TupleObj) + n * sizeof(Ref)) : py_tuple_new(n);
  if (!t) {
    for (size_t k = 0; k < n; k++) py_decref(items[k]);
    return nullptr;
  }
  ((TupleObj *)t)->len = n;
  for (size_t i = 0; i < n; i++) py_tuple_items(t)[i] = items[i];
  return t;
}

int install_named_tuples(Ref module) {
  (void)module;
  for (uint16_t k = 0; k < kNumNamedTupleTypes; k++)
    if (py_type_ready(kNamedTupleTypes[k]) < 0) return -1;
  return 0;
}

// PyTorch's repr: "torch.return_types.max(\nvalues=tensor(...),\nindices=...)".
Ref named_tuple_repr(Ref self) {
  Type *t = py_type(self);
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_adds(&b, t->name);
  py_strbuf_addc(&b, '(');
  for (size_t i = 0; i < py_tuple_len(self) && t->getsets && t->getsets[i].name; i++) {
    py_strbuf_adds(&b, i ? ",\n" : "\n");
    py_strbuf_adds(&b, t->getsets[i].name);
    py_strbuf_addc(&b, '=');
    if (py_strbuf_add_repr(&b, py_tuple_items(self)[i]) < 0) {
      py_strbuf_free(&b);
      return nullptr;
    }
  }
  py_strbuf_addc(&b, ')');
  return py_strbuf_finish(&b);
}

static Ref item(Ref self, size_t i) {
  if (i >= py_tuple_len(self)) return py_err_set_str(&py_AttributeError_type, "no such field");
  return py_newref(py_tuple_items(self)[i]);
}
Ref named_tuple_get0(Ref self) { return item(self, 0); }
Ref named_tuple_get1(Ref self) { return item(self, 1); }
Ref named_tuple_get2(Ref self) { return item(self, 2); }
Ref named_tuple_get3(Ref self) { return item(self, 3); }

Ref ret_pair(const tensor::ValuesIndices &r, Type *type) {
  if (!r.values || !r.indices) return py_tensor_raise();
  Ref items[2] = {py_tensor_wrap(r.values), py_tensor_wrap(r.indices)};
  return new_tuple(type, items, 2);
}

Ref ret_outs(bool ok, const Value &out, Type *type) {
  if (!ok) return py_tensor_raise();
  Ref seq = out.obj;
  size_t n = py_is_tuple(seq) ? py_tuple_len(seq) : py_list_len(seq);
  Ref *src = py_is_tuple(seq) ? py_tuple_items(seq) : py_list_items(seq);
  Ref items[4] = {nullptr, nullptr, nullptr, nullptr};
  if (n > 4) return py_err_set_str(&py_SystemError_type, "too many outputs");
  for (size_t i = 0; i < n; i++) items[i] = py_newref(src[i]);
  return new_tuple(type, items, n);
}

// ---------------------------------------------------------------------------
// Tensor[] results

typedef bool (*PartsFn)(const tensor::Tensor &self, const void *arg, int64_t dim,
                        tensor::Tensor *parts, size_t *count);

static Ref parts_tuple(const tensor::Tensor &self, const void *arg, int64_t dim, PartsFn fn) {
  tensor::clear_error();
  size_t n = 0;
  if (!fn(self, arg, dim, nullptr, &n)) return py_tensor_raise();
  TensorPool pool; // the parts' storage: inline for few parts, else the heap
  Value parts;
  parts.pool = &pool;
  if (!parts.set_list(n)) return nullptr;
  if (!fn(self, arg, dim, parts.tl, &n)) return py_tensor_raise();
  Ref t = py_tuple_new(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; i++) {
    Ref r = py_tensor_wrap(parts.tl[i]);
    if (!r) {
      py_decref(t);
      return nullptr;
    }
    py_tuple_items(t)[i] = r;
  }
  return t;
}

static bool split_fn(const tensor::Tensor &self, const void *arg, int64_t dim,
                     tensor::Tensor *parts, size_t *count) {
  return tensor::split(self, *(const int64_t *)arg, dim, parts, count);
}
static bool sizes_fn(const tensor::Tensor &self, const void *arg, int64_t dim,
                     tensor::Tensor *parts, size_t *count) {
  return tensor::split_with_sizes(self, *(const tensor::IntArrayRef *)arg, dim, parts, count);
}
static bool chunk_fn(const tensor::Tensor &self, const void *arg, int64_t dim,
                     tensor::Tensor *parts, size_t *count) {
  return tensor::chunk(self, *(const int64_t *)arg, dim, parts, count);
}

Ref split(const tensor::Tensor &self, int64_t split_size, int64_t dim) {
  return parts_tuple(self, &split_size, dim, split_fn);
}
Ref split_with_sizes(const tensor::Tensor &self, tensor::IntArrayRef sizes, int64_t dim) {
  return parts_tuple(self, &sizes, dim, sizes_fn);
}
Ref chunk(const tensor::Tensor &self, int64_t chunks, int64_t dim) {
  return parts_tuple(self, &chunks, dim, chunk_fn);
}

} // namespace binding
