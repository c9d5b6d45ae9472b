// tuple: immutable sequence with its items stored inline after the header.
// Instances of tuple subclasses created by class statements keep their
// instance dict in one extra Ref after the items (type->dictoffset < 0).
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

static Ref tuple_empty_obj; // the shared (), created on first use

// Bytes for an instance of `type` with n items (dict slot included).
static bool tuple_alloc_size(Type *type, size_t n, size_t *out) {
  if (n > (SIZE_MAX - type->basicsize - 2 * sizeof(Ref)) / sizeof(Ref)) return false;
  size_t size = sizeof(TupleObj) + n * sizeof(Ref);
  if (type->dictoffset < 0) size += sizeof(Ref);
  // a subclass may have reserved the dict slot inside basicsize (CPython layout)
  size_t alt = type->basicsize + n * sizeof(Ref);
  *out = size > alt ? size : alt;
  return true;
}

static Ref tuple_alloc(Type *type, size_t n) {
  size_t size;
  if (!tuple_alloc_size(type, n, &size)) return py_err_nomem();
  Ref t = py_obj_alloc(type, size);
  if (!t) return nullptr;
  ((TupleObj *)t)->len = n;
  return t;
}

Ref *py_tuple_dictptr(Ref t) {
  Type *type = py_type(t);
  if (type->dictoffset >= 0) return nullptr;
  return ((TupleObj *)t)->items + ((TupleObj *)t)->len;
}

Ref py_tuple_empty() {
  if (!tuple_empty_obj) {
    tuple_empty_obj = tuple_alloc(&py_tuple_type, 0);
    if (!tuple_empty_obj) return nullptr;
    py_gc_untrack(tuple_empty_obj); // never part of a cycle; lives forever
  }
  return py_newref(tuple_empty_obj);
}

Ref py_tuple_new(size_t n) {
  if (n == 0) return py_tuple_empty();
  return tuple_alloc(&py_tuple_type, n);
}

Ref py_tuple_from_array(Ref const *items, size_t n) {
  Ref t = py_tuple_new(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; i++) py_tuple_items(t)[i] = py_newref(items[i]);
  return t;
}

Ref py_tuple_pack(size_t n, ...) {
  Ref t = py_tuple_new(n);
  if (!t) return nullptr;
  va_list ap;
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) py_tuple_items(t)[i] = py_newref(va_arg(ap, Ref));
  va_end(ap);
  return t;
}

Ref py_tuple_recycle(Ref *cache, size_t n) {
  Ref t = *cache;
  if (t && t->rc == 1 && py_tuple_len(t) == n) {
    // Only the cache holds it: drop the previous items and hand it out again.
    for (size_t i = 0; i < n; i++) py_clear(&py_tuple_items(t)[i]);
    return py_newref(t);
  }
  t = py_tuple_new(n);
  if (!t) return nullptr;
  py_setref(cache, py_newref(t));
  return t;
}

// ---------------------------------------------------------------------------
// Shared sequence helpers
// ---------------------------------------------------------------------------

Ref py_container_class_getitem(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__class_getitem__", nargs, kwnames, 1, 1) < 0) return nullptr;
  return py_types_call("GenericAlias", cls, args[0]);
}

static int seq_index_overflow(Ref key) {
  py_err_clear();
  py_err_format(&py_IndexError_type, "cannot fit '%s' into an index-sized integer", py_tname(key));
  return -1;
}

int py_seq_subscript(Ref key, const char *tname, int64_t *out) {
  if (py_is_small(key)) {
    *out = py_small_value(key);
    return 0;
  }
  if (key->type == &py_slice_type) return 1;
  if (py_is_int(key)) {
    if (py_int_as_i64(key, out) < 0) return seq_index_overflow(key);
    return 0;
  }
  if (!key->type->to_index) {
    py_err_format(&py_TypeError_type, "%s indices must be integers or slices, not %s", tname,
                  py_tname(key));
    return -1;
  }
  if (py_index_i64(key, out) < 0) {
    if (py_err_matches(&py_OverflowError_type)) return seq_index_overflow(key);
    return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// tuple type
// ---------------------------------------------------------------------------

static void tuple_dealloc(Ref self) {
  py_gc_untrack(self);
  if (py_trash_defer(self, tuple_dealloc)) return;
  TupleObj *t = (TupleObj *)self;
  Type *type = py_type(self);
  if (type->dictoffset < 0) py_clear(py_tuple_dictptr(self));
  for (size_t i = t->len; i;) py_xdecref(t->items[--i]); // Note [Release order] in list.cpp
  size_t size = 0;
  tuple_alloc_size(type, t->len, &size);
  py_obj_free(self, size);
  py_trash_done();
}

static int tuple_traverse(Ref self, VisitProc visit, void *arg) {
  TupleObj *t = (TupleObj *)self;
  for (size_t i = 0; i < t->len; i++) {
    if (t->items[i]) {
      int r = visit(t->items[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

static void tuple_clear(Ref self) {
  TupleObj *t = (TupleObj *)self;
  for (size_t i = 0; i < t->len; i++) py_clear(&t->items[i]);
}

// A tuple of `type` holding the items of `iterable`.
static Ref tuple_from_iterable(Type *type, Ref iterable) {
  if (type == &py_tuple_type && py_type(iterable) == &py_tuple_type) return py_newref(iterable);
  Ref list = py_sequence_list(iterable);
  if (!list) return nullptr;
  size_t n = py_list_len(list);
  Ref t = (type == &py_tuple_type) ? py_tuple_new(n) : tuple_alloc(type, n);
  if (t) {
    for (size_t i = 0; i < n; i++) py_tuple_items(t)[i] = py_newref(py_list_items(list)[i]);
  }
  py_decref(list);
  return t;
}

static Ref tuple_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  // Keywords are refused unless a subclass's own __init__ takes them.
  if (kwnames && py_tuple_len(kwnames) && type->tp_init == py_tuple_type.tp_init)
    return py_err_set_str(&py_TypeError_type, "tuple() takes no keyword arguments");
  if (nargs > 1)
    return py_err_format(&py_TypeError_type, "tuple expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return type == &py_tuple_type ? py_tuple_empty() : tuple_alloc(type, 0);
  return tuple_from_iterable(type, args[0]);
}

static Ref tuple_repr(Ref self) {
  size_t n = py_tuple_len(self);
  if (n == 0) return py_str_from_cstr("()");
  int r = py_repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : py_str_from_cstr("(...)");
  if (py_enter_call() < 0) {
    py_repr_leave(self);
    return nullptr;
  }
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_addc(&b, '(');
  bool ok = true;
  for (size_t i = 0; i < n && ok; i++) {
    if (i) py_strbuf_add(&b, ", ", 2);
    ok = py_strbuf_add_repr(&b, py_tuple_items(self)[i]) == 0;
  }
  if (n == 1) py_strbuf_addc(&b, ',');
  py_strbuf_addc(&b, ')');
  py_leave_call();
  py_repr_leave(self);
  if (!ok) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

// xxHash-style combination of the item hashes (same result as CPython 3.11).
static int tuple_hash(Ref self, int64_t *out) {
  const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                 P5 = 2870177450012600261ULL;
  size_t n = py_tuple_len(self);
  uint64_t acc = P5;
  for (size_t i = 0; i < n; i++) {
    int64_t h;
    Ref item = py_tuple_items(self)[i];
    if (py_is_tuple(item)) { // nesting recurses: bound the C stack
      if (py_enter_call() < 0) return -1;
      int r = py_hash(item, &h);
      py_leave_call();
      if (r < 0) return -1;
    } else if (py_hash(item, &h) < 0) {
      return -1;
    }
    acc += (uint64_t)h * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += (uint64_t)n ^ (P5 ^ 3527539UL);
  *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
  return 0;
}

static int64_t tuple_length(Ref self) { return (int64_t)py_tuple_len(self); }

static Ref tuple_getitem(Ref self, Ref key) {
  int64_t i;
  int kind = py_seq_subscript(key, "tuple", &i);
  if (kind < 0) return nullptr;
  size_t n = py_tuple_len(self);
  if (kind == 0) {
    if (i < 0) i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n)
      return py_err_set_str(&py_IndexError_type, "tuple index out of range");
    return py_newref(py_tuple_items(self)[i]);
  }
  int64_t start, stop, step, len;
  if (py_slice_indices(key, (int64_t)n, &start, &stop, &step, &len) < 0) return nullptr;
  if (len == (int64_t)n && step == 1 && py_type(self) == &py_tuple_type) return py_newref(self);
  Ref t = py_tuple_new((size_t)len);
  if (!t) return nullptr;
  for (uint64_t k = 0, j = start; k < (uint64_t)len; k++, j += step)
    py_tuple_items(t)[k] = py_newref(py_tuple_items(self)[j]);
  return t;
}

static int tuple_contains(Ref self, Ref value) {
  size_t n = py_tuple_len(self);
  for (size_t i = 0; i < n; i++) {
    int r = py_eq(py_tuple_items(self)[i], value);
    if (r != 0) return r;
  }
  return 0;
}

static Ref tuple_richcompare(Ref a, Ref b, int op) {
  if (!py_is_tuple(a) || !py_is_tuple(b)) return py_newref(py_NotImplemented);
  TupleObj *ta = (TupleObj *)a, *tb = (TupleObj *)b;
  Ref *ia = ta->items, *ib = tb->items;
  return py_seq_richcompare(&ia, &ta->len, &ib, &tb->len, op);
}

Ref py_seq_richcompare(Ref *const *ia, const size_t *na, Ref *const *ib, const size_t *nb, int op) {
  if (py_enter_call() < 0) return nullptr;
  size_t i = 0;
  for (; i < *na && i < *nb; i++) {
    Ref x = py_newref((*ia)[i]), y = py_newref((*ib)[i]);
    int r = py_eq(x, y);
    // A differing item decides, unless the comparison shrank either sequence
    // to end before it: then the lengths do.
    if (r == 0 && i < *na && i < *nb) {
      Ref res;
      if (op == CMP_EQ)
        res = py_newref(py_False);
      else if (op == CMP_NE)
        res = py_newref(py_True);
      else
        res = py_richcompare(x, y, op);
      py_decref(x);
      py_decref(y);
      py_leave_call();
      return res;
    }
    py_decref(x);
    py_decref(y);
    if (r < 0) {
      py_leave_call();
      return nullptr;
    }
    if (r == 0) break;
  }
  py_leave_call();
  size_t la = *na, lb = *nb;
  bool res = false;
  switch (op) {
  case CMP_LT: res = la < lb; break;
  case CMP_LE: res = la <= lb; break;
  case CMP_EQ: res = la == lb; break;
  case CMP_NE: res = la != lb; break;
  case CMP_GT: res = la > lb; break;
  case CMP_GE: res = la >= lb; break;
  }
  return py_newref(py_bool(res));
}

Ref py_seq_repeat_error(Ref n) {
  if (!py_is_builtin_instance(n)) return py_newref(py_NotImplemented);
  return py_err_format(&py_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                       py_tname(n));
}

int py_seq_repeat_count(Ref n, int64_t *out) {
  if (py_is_small(n)) {
    *out = py_small_value(n);
    return 0;
  }
  if (!py_is_int(n) && !n->type->to_index) return 1;
  if (py_index_i64(n, out) == 0) return 0;
  if (py_err_matches(&py_OverflowError_type)) {
    py_err_clear();
    py_err_format(&py_OverflowError_type, "cannot fit '%s' into an index-sized integer",
                  py_tname(n));
  }
  return -1;
}

static Ref tuple_concat(Ref a, Ref b) {
  size_t na = py_tuple_len(a), nb = py_tuple_len(b);
  if (nb == 0 && py_type(a) == &py_tuple_type) return py_newref(a);
  if (na == 0 && py_type(b) == &py_tuple_type) return py_newref(b);
  Ref t = py_tuple_new(na + nb);
  if (!t) return nullptr;
  for (size_t i = 0; i < na; i++) py_tuple_items(t)[i] = py_newref(py_tuple_items(a)[i]);
  for (size_t i = 0; i < nb; i++) py_tuple_items(t)[na + i] = py_newref(py_tuple_items(b)[i]);
  return t;
}

static Ref tuple_repeat(Ref self, int64_t count) {
  size_t n = py_tuple_len(self);
  if (count <= 0 || n == 0) return py_tuple_empty();
  if (count == 1 && py_type(self) == &py_tuple_type) return py_newref(self);
  if ((uint64_t)count > SIZE_MAX / sizeof(Ref) / n) return py_err_nomem();
  Ref t = py_tuple_new(n * (size_t)count);
  if (!t) return nullptr;
  Ref *dst = py_tuple_items(t);
  for (int64_t c = 0; c < count; c++)
    for (size_t i = 0; i < n; i++) *dst++ = py_newref(py_tuple_items(self)[i]);
  return t;
}

static Ref tuple_binop(Ref a, Ref b, int op) {
  op &= ~BINOP_INPLACE; // immutable: x += y builds a new tuple
  if (op == BINOP_ADD) {
    if (!py_is_tuple(a)) return py_newref(py_NotImplemented);
    if (!py_is_tuple(b)) {
      if (py_is_builtin_instance(b))
        return py_err_format(&py_TypeError_type, "can only concatenate tuple (not \"%s\") to tuple",
                             py_tname(b));
      return py_newref(py_NotImplemented);
    }
    return tuple_concat(a, b);
  }
  if (op == BINOP_MUL) {
    Ref seq = py_is_tuple(a) ? a : b, n = seq == a ? b : a;
    int64_t count;
    int r = py_seq_repeat_count(n, &count);
    if (r < 0) return nullptr;
    if (r == 1) return py_seq_repeat_error(n);
    return tuple_repeat(seq, count);
  }
  return py_newref(py_NotImplemented);
}

static Ref tuple_iter(Ref self) { return py_tupleiter_new(self); }

static Ref tuple_index(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t n = (int64_t)py_tuple_len(self), start = 0, stop = n;
  if (nargs > 1 && py_seq_bound_arg(args[1], n, &start) < 0) return nullptr;
  if (nargs > 2 && py_seq_bound_arg(args[2], n, &stop) < 0) return nullptr;
  for (int64_t i = start; i < stop && i < n; i++) {
    int r = py_eq(py_tuple_items(self)[i], args[0]);
    if (r < 0) return nullptr;
    if (r) return py_int_from_i64(i);
  }
  return py_err_set_str(&py_ValueError_type, "tuple.index(x): x not in tuple");
}

static Ref tuple_count(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t c = 0;
  for (size_t i = 0; i < py_tuple_len(self); i++) {
    int r = py_eq(py_tuple_items(self)[i], args[0]);
    if (r < 0) return nullptr;
    c += r;
  }
  return py_int_from_i64(c);
}

static Ref tuple_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref copy = py_tuple_from_array(py_tuple_items(self), py_tuple_len(self));
  if (!copy) return nullptr;
  Ref r = py_tuple_pack(1, copy);
  py_decref(copy);
  return r;
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, METH_ARGS(1, 3), PY_DOC("Return first index of value.")},
    {"count", tuple_count, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return number of occurrences of value.")},
    {"__getnewargs__", tuple_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0), nullptr},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_tuple_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "tuple",
    .flags = TPF_GC | TPF_BASETYPE | TPF_TUPLE_SUBCLASS,
    .basicsize = sizeof(TupleObj),
    .itemsize = sizeof(Ref),
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .tp_new = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .binop = tuple_binop,
    .length = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
    .doc = PY_DOC("Built-in immutable sequence."),
);
