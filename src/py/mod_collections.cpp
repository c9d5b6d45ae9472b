// The `_collections` module: deque, a ring buffer of Refs with an optional
// maximum length, and _tuplegetter, the namedtuple field descriptor
// (lib/py/collections uses both).
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

struct DequeObj {
  Obj ob;
  Ref *items;  // ring buffer of cap slots
  size_t cap;  // 0 or a power of two
  size_t head; // index of the first item
  size_t len;
  int64_t maxlen; // -1: unbounded
  uint64_t state; // bumped on every mutation (iterators detect changes)
};

struct DequeIterObj {
  Obj ob;
  Ref deque;
  size_t index; // items produced so far
  uint64_t state;
  bool reversed;
};

extern Type py_deque_type, py_dequeiter_type;

static Ref *deque_slot(DequeObj *d, size_t i) { return &d->items[(d->head + i) & (d->cap - 1)]; }

static int deque_grow(DequeObj *d) {
  size_t ncap = d->cap ? d->cap * 2 : 8;
  Ref *n = (Ref *)py_malloc(ncap * sizeof(Ref));
  if (!n) return -1;
  for (size_t i = 0; i < d->len; i++) n[i] = *deque_slot(d, i);
  py_free(d->items, d->cap * sizeof(Ref));
  d->items = n;
  d->cap = ncap;
  d->head = 0;
  return 0;
}

// Remove and return (owned) the first / last item; caller checks len > 0.
static Ref deque_take_left(DequeObj *d) {
  Ref v = *deque_slot(d, 0);
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  d->state++;
  return v;
}

static Ref deque_take_right(DequeObj *d) {
  Ref v = *deque_slot(d, d->len - 1);
  d->len--;
  d->state++;
  return v;
}

// Append (stealing v); drops from the other end when full.
static int deque_push(DequeObj *d, Ref v, bool left) {
  if (d->maxlen == 0) {
    py_decref(v);
    return 0;
  }
  if (d->len == d->cap && deque_grow(d) < 0) {
    py_decref(v);
    return -1;
  }
  if (left) {
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
  } else {
    *deque_slot(d, d->len) = v;
  }
  d->len++;
  d->state++;
  if (d->maxlen >= 0 && (int64_t)d->len > d->maxlen)
    py_decref(left ? deque_take_right(d) : deque_take_left(d));
  return 0;
}

static void deque_clear_items(DequeObj *d) {
  while (d->len) py_decref(deque_take_right(d));
}

static int deque_extend_impl(DequeObj *d, Ref iterable, bool left) {
  if (iterable == (Ref)d) { // extending by itself: iterate over a snapshot
    Ref copy = py_sequence_list(iterable);
    if (!copy) return -1;
    int rc = deque_extend_impl(d, copy, left);
    py_decref(copy);
    return rc;
  }
  Ref it = py_iter(iterable);
  if (!it) return -1;
  Ref v;
  while ((v = py_next(it)) != nullptr)
    if (deque_push(d, v, left) < 0) break;
  py_decref(it);
  return py_err_occurred() ? -1 : 0;
}

static Ref deque_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)py_obj_alloc(type, type->basicsize);
  if (d) d->maxlen = -1;
  return (Ref)d;
}

static int deque_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"iterable", "maxlen"};
  static const ArgSpec spec = {"deque", names, 2, 0, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return -1;
  DequeObj *d = (DequeObj *)self;
  int64_t maxlen = -1;
  if (a[1] && a[1] != py_None) {
    if (py_index_i64(a[1], &maxlen) < 0) return -1;
    if (maxlen < 0) {
      py_err_set_str(&py_ValueError_type, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  deque_clear_items(d);
  return a[0] ? deque_extend_impl(d, a[0], false) : 0;
}

static int deque_traverse(Ref self, VisitProc visit, void *arg) {
  DequeObj *d = (DequeObj *)self;
  for (size_t i = 0; i < d->len; i++)
    if (visit(*deque_slot(d, i), arg)) return -1;
  return 0;
}

static void deque_clear(Ref self) { deque_clear_items((DequeObj *)self); }

static void deque_dealloc(Ref self) {
  DequeObj *d = (DequeObj *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  deque_clear_items(d);
  py_free(d->items, d->cap * sizeof(Ref));
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref deque_append(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (deque_push((DequeObj *)self, py_newref(args[0]), false) < 0) return nullptr;
  return py_none_new();
}

static Ref deque_appendleft(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (deque_push((DequeObj *)self, py_newref(args[0]), true) < 0) return nullptr;
  return py_none_new();
}

static Ref deque_pop(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  if (!d->len) return py_err_set_str(&py_IndexError_type, "pop from an empty deque");
  return deque_take_right(d);
}

static Ref deque_popleft(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  if (!d->len) return py_err_set_str(&py_IndexError_type, "pop from an empty deque");
  return deque_take_left(d);
}

static Ref deque_extend(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (deque_extend_impl((DequeObj *)self, args[0], false) < 0) return nullptr;
  return py_none_new();
}

static Ref deque_extendleft(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (deque_extend_impl((DequeObj *)self, args[0], true) < 0) return nullptr;
  return py_none_new();
}

static void deque_rotate_by(DequeObj *d, int64_t n) {
  if (d->len <= 1) return;
  int64_t len = (int64_t)d->len;
  n %= len;
  if (n < 0) n += len;
  // Rotating right by n moves the last n items to the front.
  for (int64_t i = 0; i < n; i++) {
    Ref v = *deque_slot(d, d->len - 1);
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
  }
  d->state++;
}

static Ref deque_rotate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t n = 1;
  if (nargs && py_index_i64(args[0], &n) < 0) return nullptr;
  deque_rotate_by((DequeObj *)self, n);
  return py_none_new();
}

static Ref deque_clear_method(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  deque_clear_items((DequeObj *)self);
  return py_none_new();
}

static Ref deque_copy(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  Ref maxlen = d->maxlen < 0 ? py_None : py_int_from_i64(d->maxlen);
  if (!maxlen) return nullptr;
  Ref cargs[2] = {self, maxlen};
  Ref r = py_call((Ref)py_type(self), cargs, 2, nullptr);
  py_decref(maxlen);
  return r;
}

// (type, () or ((), maxlen), __dict__ or None, iterator over the items), for copy.
static Ref deque_reduce(Ref self, Ref const *, size_t, Ref) {
  DequeObj *d = (DequeObj *)self;
  Ref *dictp = py_obj_dictptr(self);
  Ref state = dictp && *dictp && py_dict_len(*dictp) ? *dictp : py_None;
  Ref empty = py_tuple_empty();
  Ref maxlen = d->maxlen < 0 ? nullptr : py_int_from_i64(d->maxlen);
  Ref cargs = d->maxlen < 0 ? py_newref(empty) : maxlen ? py_tuple_pack(2, empty, maxlen) : nullptr;
  Ref it = cargs ? py_iter(self) : nullptr;
  Ref r = it ? py_tuple_pack(4, (Ref)py_type(self), cargs, state, it) : nullptr;
  py_xdecref(it);
  py_xdecref(cargs);
  py_xdecref(maxlen);
  py_decref(empty);
  return r;
}

// Index of the first item equal to v in [start, stop), -1 if none, -2 on error.
static int64_t deque_find(DequeObj *d, Ref v, size_t start, size_t stop) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->len; i++) {
    Ref item = py_newref(*deque_slot(d, i));
    int eq = py_eq(item, v);
    py_decref(item);
    if (eq < 0) return -2;
    if (d->state != state) {
      py_err_set_str(&py_RuntimeError_type, "deque mutated during iteration");
      return -2;
    }
    if (eq) return (int64_t)i;
  }
  return -1;
}

static Ref deque_count(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  int64_t n = 0, i = 0;
  while ((i = deque_find(d, args[0], (size_t)i, d->len)) >= 0) n++, i++;
  if (i == -2) return nullptr;
  return py_int_from_i64(n);
}

static int deque_norm_bound(Ref a, int64_t len, size_t *out) {
  int64_t v;
  if (py_index_i64(a, &v) < 0) return -1;
  if (v < 0) v += len;
  if (v < 0) v = 0;
  if (v > len) v = len;
  *out = (size_t)v;
  return 0;
}

static Ref deque_index(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  size_t start = 0, stop = d->len;
  if ((nargs > 1 && deque_norm_bound(args[1], (int64_t)d->len, &start) < 0) ||
      (nargs > 2 && deque_norm_bound(args[2], (int64_t)d->len, &stop) < 0))
    return nullptr;
  int64_t i = deque_find(d, args[0], start, stop);
  if (i == -2) return nullptr;
  if (i < 0) return py_err_format(&py_ValueError_type, "%R is not in deque", args[0]);
  return py_int_from_i64(i);
}

static Ref deque_remove(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  int64_t i = deque_find(d, args[0], 0, d->len);
  if (i == -2) return nullptr;
  if (i < 0) return py_err_set_str(&py_ValueError_type, "deque.remove(x): x not in deque");
  Ref v = *deque_slot(d, (size_t)i);
  for (size_t k = (size_t)i; k + 1 < d->len; k++) *deque_slot(d, k) = *deque_slot(d, k + 1);
  d->len--;
  d->state++;
  py_decref(v);
  return py_none_new();
}

static Ref deque_insert(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t idx;
  if (py_index_i64(args[0], &idx) < 0) return nullptr;
  DequeObj *d = (DequeObj *)self;
  if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen)
    return py_err_set_str(&py_IndexError_type, "deque already at its maximum size");
  int64_t len = (int64_t)d->len;
  if (idx < 0) idx += len;
  if (idx < 0) idx = 0;
  if (idx > len) idx = len;
  if (deque_push(d, py_newref(args[1]), false) < 0) return nullptr;
  Ref v = *deque_slot(d, d->len - 1);
  for (size_t k = d->len - 1; k > (size_t)idx; k--) *deque_slot(d, k) = *deque_slot(d, k - 1);
  *deque_slot(d, (size_t)idx) = v;
  return py_none_new();
}

static Ref deque_reverse(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DequeObj *d = (DequeObj *)self;
  for (size_t i = 0, j = d->len ? d->len - 1 : 0; i < j; i++, j--) {
    Ref t = *deque_slot(d, i);
    *deque_slot(d, i) = *deque_slot(d, j);
    *deque_slot(d, j) = t;
  }
  d->state++;
  return py_none_new();
}

static Ref deque_iter_make(Ref self, bool reversed) {
  DequeIterObj *it = (DequeIterObj *)py_obj_alloc(&py_dequeiter_type, sizeof(DequeIterObj));
  if (!it) return nullptr;
  it->deque = py_newref(self);
  it->state = ((DequeObj *)self)->state;
  it->reversed = reversed;
  return (Ref)it;
}

static Ref deque_reversed(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return deque_iter_make(self, true);
}

static Ref deque_iter(Ref self) { return deque_iter_make(self, false); }

static int deque_index_arg(DequeObj *d, Ref key, size_t *out) {
  int64_t i;
  if (!py_is_int(key) && !py_type(key)->to_index) {
    py_err_format(&py_TypeError_type, "sequence index must be integer, not '%s'", py_tname(key));
    return -1;
  }
  if (py_index_i64(key, &i) < 0) return -1;
  if (i < 0) i += (int64_t)d->len;
  if (i < 0 || i >= (int64_t)d->len) {
    py_err_set_str(&py_IndexError_type, "deque index out of range");
    return -1;
  }
  *out = (size_t)i;
  return 0;
}

static Ref deque_getitem(Ref self, Ref key) {
  DequeObj *d = (DequeObj *)self;
  size_t i;
  if (deque_index_arg(d, key, &i) < 0) return nullptr;
  return py_newref(*deque_slot(d, i));
}

static int deque_setitem(Ref self, Ref key, Ref value) {
  DequeObj *d = (DequeObj *)self;
  size_t i;
  if (deque_index_arg(d, key, &i) < 0) return -1;
  if (value) {
    py_setref(deque_slot(d, i), py_newref(value));
    return 0;
  }
  deque_rotate_by(d, -(int64_t)i);
  py_decref(deque_take_left(d));
  deque_rotate_by(d, (int64_t)i);
  return 0;
}

static int64_t deque_length(Ref self) { return (int64_t)((DequeObj *)self)->len; }

static int deque_contains(Ref self, Ref v) {
  DequeObj *d = (DequeObj *)self;
  int64_t i = deque_find(d, v, 0, d->len);
  return i == -2 ? -1 : i >= 0;
}

static Ref deque_repr(Ref self) {
  DequeObj *d = (DequeObj *)self;
  Ref list = py_sequence_list(self);
  if (!list) return nullptr;
  Ref r = d->maxlen < 0 ? py_str_format("%s(%R)", py_type_basename(py_type(self)), list)
                        : py_str_format("%s(%R, maxlen=%lld)", py_type_basename(py_type(self)),
                                        list, (long long)d->maxlen);
  py_decref(list);
  return r;
}

static Ref deque_richcompare(Ref a, Ref b, int op) {
  if (!py_isinstance_of(a, &py_deque_type) || !py_isinstance_of(b, &py_deque_type))
    return py_newref(py_NotImplemented);
  Ref la = py_sequence_list(a);
  Ref lb = la ? py_sequence_list(b) : nullptr;
  Ref r = lb ? py_richcompare(la, lb, op) : nullptr;
  py_xdecref(la);
  py_xdecref(lb);
  return r;
}

static Ref deque_binop(Ref a, Ref b, int op) {
  int base = op & ~BINOP_INPLACE;
  if (!py_isinstance_of(a, &py_deque_type)) return py_newref(py_NotImplemented);
  DequeObj *d = (DequeObj *)a;
  if (base == BINOP_ADD && (op & BINOP_INPLACE)) { // d += any iterable
    if (deque_extend_impl(d, b, false) < 0) return nullptr;
    return py_newref(a);
  }
  if (base == BINOP_ADD) {
    if (!py_isinstance_of(b, &py_deque_type))
      return py_is_builtin_instance(b)
                 ? py_err_format(&py_TypeError_type,
                                 "can only concatenate deque (not \"%s\") to deque", py_tname(b))
                 : py_newref(py_NotImplemented);
    Ref r = deque_copy(a, nullptr, 0, nullptr);
    if (r && deque_extend_impl((DequeObj *)r, b, false) < 0) py_clear(&r);
    return r;
  }
  if (base == BINOP_MUL) {
    int64_t n;
    int rc = py_seq_repeat_count(b, &n);
    if (rc < 0) return nullptr;
    if (rc == 1) return py_seq_repeat_error(b);
    Ref target = (op & BINOP_INPLACE) ? py_newref(a) : deque_copy(a, nullptr, 0, nullptr);
    if (!target) return nullptr;
    DequeObj *t = (DequeObj *)target;
    Ref items = py_sequence_list(target);
    if (!items) {
      py_decref(target);
      return nullptr;
    }
    if (n <= 0) deque_clear_items(t);
    for (int64_t k = 1; k < n; k++)
      if (deque_extend_impl(t, items, false) < 0) {
        py_clear(&target);
        break;
      }
    py_decref(items);
    return target;
  }
  return py_newref(py_NotImplemented);
}

static Ref deque_get_maxlen(Ref self) {
  DequeObj *d = (DequeObj *)self;
  return d->maxlen < 0 ? py_none_new() : py_int_from_i64(d->maxlen);
}

static const MethodDef deque_methods[] = {
    {"append", deque_append, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"appendleft", deque_appendleft, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"pop", deque_pop, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"popleft", deque_popleft, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"extend", deque_extend, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"extendleft", deque_extendleft, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"rotate", deque_rotate, METH_QUALIFIED | METH_ARGS(0, 1)},
    {"clear", deque_clear_method, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"copy", deque_copy, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__copy__", deque_copy, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__reduce__", deque_reduce, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"count", deque_count, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"index", deque_index, METH_ARGS(1, 3)},
    {"insert", deque_insert, METH_ARGS(2, 2)},
    {"remove", deque_remove, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"reverse", deque_reverse, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__reversed__", deque_reversed, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS},
    {nullptr},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", deque_get_maxlen},
    {nullptr},
};

PY_TYPE_DEF(py_deque_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "collections.deque",
    .flags = TPF_GC | TPF_BASETYPE | TPF_INPLACE_SEQ | TPF_WEAKREFABLE,
    .basicsize = sizeof(DequeObj),
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear,
    .tp_new = deque_new,
    .tp_init = deque_init,
    .repr = deque_repr,
    .hash = py_container_unhashable,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .binop = deque_binop,
    .length = deque_length,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .methods = deque_methods,
    .getsets = deque_getsets,
);

static int dequeiter_traverse(Ref self, VisitProc visit, void *arg) {
  return visit(((DequeIterObj *)self)->deque, arg) ? -1 : 0;
}

static void dequeiter_clear(Ref self) { py_clear(&((DequeIterObj *)self)->deque); }

static void dequeiter_dealloc(Ref self) {
  py_gc_untrack(self);
  dequeiter_clear(self);
  py_obj_free(self, sizeof(DequeIterObj));
}

static Ref dequeiter_self(Ref self) { return py_newref(self); }

static Ref dequeiter_next(Ref self) {
  DequeIterObj *it = (DequeIterObj *)self;
  if (!it->deque) return nullptr;
  DequeObj *d = (DequeObj *)it->deque;
  if (d->state != it->state) {
    it->index = d->len; // stay exhausted after the error, as CPython does
    return py_err_set_str(&py_RuntimeError_type, "deque mutated during iteration");
  }
  if (it->index >= d->len) {
    py_clear(&it->deque);
    return nullptr;
  }
  size_t i = it->reversed ? d->len - 1 - it->index : it->index;
  it->index++;
  return py_newref(*deque_slot(d, i));
}

PY_TYPE_DEF(py_dequeiter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_deque_iterator",
    .flags = TPF_GC,
    .basicsize = sizeof(DequeIterObj),
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .clear = dequeiter_clear,
    .iter = dequeiter_self,
    .iternext = dequeiter_next,
);

// _tuplegetter(index, doc): the field descriptors of namedtuple classes.
struct TupleGetterObj {
  Obj ob;
  size_t index;
  Ref doc;
};

extern Type py_tuplegetter_type;

static Ref tuplegetter_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t index;
  if (py_check_nargs("_tuplegetter", nargs, kwnames, 2, 2) < 0 || py_index_i64(args[0], &index) < 0)
    return nullptr;
  if (index < 0) return py_err_set_str(&py_ValueError_type, "index must be non-negative");
  TupleGetterObj *g = (TupleGetterObj *)py_obj_alloc(type, type->basicsize);
  if (!g) return nullptr;
  g->index = (size_t)index;
  g->doc = py_newref(args[1]);
  return (Ref)g;
}

static void tuplegetter_dealloc(Ref self) {
  py_xdecref(((TupleGetterObj *)self)->doc);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref tuplegetter_get(Ref self, Ref obj, Ref type) {
  if (!obj || obj == py_None) return py_newref(self);
  TupleGetterObj *g = (TupleGetterObj *)self;
  if (!py_is_tuple(obj))
    return py_err_format(&py_TypeError_type,
                         "descriptor for index '%zu' for tuple subclasses "
                         "doesn't apply to '%s' object",
                         g->index, py_tname(obj));
  if (g->index >= py_tuple_len(obj))
    return py_err_set_str(&py_IndexError_type, "tuple index out of range");
  return py_newref(py_tuple_items(obj)[g->index]);
}

static int tuplegetter_set(Ref self, Ref obj, Ref value) {
  value ? py_err_set_str(&py_AttributeError_type, "can't set attribute")
        : py_err_set_str(&py_AttributeError_type, "can't delete attribute");
  return -1;
}

static Ref tuplegetter_get_doc(Ref self) { return py_newref(((TupleGetterObj *)self)->doc); }

// namedtuple fields are documented by assigning their __doc__ (del: None).
static int tuplegetter_set_doc(Ref self, Ref value) {
  py_setref(&((TupleGetterObj *)self)->doc, py_newref(value ? value : py_None));
  return 0;
}

static const GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc},
    {nullptr},
};

PY_TYPE_DEF(py_tuplegetter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "_tuplegetter",
    .basicsize = sizeof(TupleGetterObj),
    .dealloc = tuplegetter_dealloc,
    .tp_new = tuplegetter_new,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .getsets = tuplegetter_getsets,
);

int py_init_module_collections(Ref module) {
  if (py_module_add(module, "deque", (Ref)&py_deque_type) < 0) return -1;
  return py_module_add(module, "_tuplegetter", (Ref)&py_tuplegetter_type);
}
