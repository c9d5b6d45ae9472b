// Iterator types: the builtin container iterators, the generic sequence and
// callable iterators, and enumerate / zip / map / filter / reversed.
//
// An iterator drops its source when exhausted (or cleared by the GC); a null
// source means "exhausted".
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

Ref py_iter_self(Ref self) { return py_newref(self); }

static void visit_fields(Ref const *fields, size_t n, VisitProc visit, void *arg, int *r) {
  for (size_t i = 0; i < n && !*r; i++)
    if (fields[i]) *r = visit(fields[i], arg);
}

// ---------------------------------------------------------------------------
// list / tuple / sequence iterators: a source and a position
// ---------------------------------------------------------------------------

struct SeqIterObj {
  Obj ob;
  Ref seq;
  int64_t index; // next position (counts down for reverse iterators)
};

static inline SeqIterObj *SI(Ref r) { return (SeqIterObj *)r; }

static Ref seqiter_alloc(Type *type, Ref seq, int64_t index) {
  Ref it = py_obj_alloc(type, sizeof(SeqIterObj));
  if (!it) return nullptr;
  SI(it)->seq = py_newref(seq);
  SI(it)->index = index;
  return it;
}

static void seqiter_dealloc(Ref self) {
  py_gc_untrack(self);
  py_xdecref(SI(self)->seq);
  py_obj_free(self, sizeof(SeqIterObj));
}

static int seqiter_traverse(Ref self, VisitProc visit, void *arg) {
  return SI(self)->seq ? visit(SI(self)->seq, arg) : 0;
}

static void seqiter_clear(Ref self) { py_clear(&SI(self)->seq); }

Ref py_listiter_new(Ref list, bool reverse) {
  if (reverse) return seqiter_alloc(&py_list_reviter_type, list, (int64_t)py_list_len(list) - 1);
  return seqiter_alloc(&py_list_iter_type, list, 0);
}

Ref py_tupleiter_new(Ref tuple) { return seqiter_alloc(&py_tuple_iter_type, tuple, 0); }
Ref py_seqiter_new(Ref seq) { return seqiter_alloc(&py_seqiter_type, seq, 0); }

// iterator(seq): kept callable because object.cpp's py_iter creates it that way.
static Ref seqiter_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("iterator", nargs, kwnames, 1, 1) < 0) return nullptr;
  return py_seqiter_new(args[0]);
}

static Ref listiter_next(Ref self) {
  SeqIterObj *it = SI(self);
  if (!it->seq) return nullptr;
  if ((uint64_t)it->index < py_list_len(it->seq))
    return py_newref(py_list_items(it->seq)[it->index++]);
  py_clear(&it->seq);
  return nullptr;
}

static Ref listreviter_next(Ref self) {
  SeqIterObj *it = SI(self);
  if (!it->seq) return nullptr;
  if (it->index >= 0 && (uint64_t)it->index < py_list_len(it->seq))
    return py_newref(py_list_items(it->seq)[it->index--]);
  py_clear(&it->seq);
  return nullptr;
}

static Ref tupleiter_next(Ref self) {
  SeqIterObj *it = SI(self);
  if (!it->seq) return nullptr;
  if ((uint64_t)it->index < py_tuple_len(it->seq))
    return py_newref(py_tuple_items(it->seq)[it->index++]);
  py_clear(&it->seq);
  return nullptr;
}

static Ref seqiter_next(Ref self) {
  SeqIterObj *it = SI(self);
  if (!it->seq) return nullptr;
  Ref idx = py_int_from_i64(it->index);
  if (!idx) return nullptr;
  Ref item = py_getitem(it->seq, idx);
  py_decref(idx);
  if (item) {
    it->index++;
    return item;
  }
  if (py_err_matches(&py_IndexError_type) || py_err_matches(&py_StopIteration_type)) {
    py_err_clear();
    py_clear(&it->seq);
  }
  return nullptr;
}

static Ref listiter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SeqIterObj *it = SI(self);
  int64_t n = it->seq ? (int64_t)py_list_len(it->seq) - it->index : 0;
  return py_int_from_i64(n > 0 ? n : 0);
}

static Ref listreviter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SeqIterObj *it = SI(self);
  int64_t n = it->seq && (uint64_t)it->index < py_list_len(it->seq) ? it->index + 1 : 0;
  return py_int_from_i64(n);
}

static Ref tupleiter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SeqIterObj *it = SI(self);
  int64_t n = it->seq ? (int64_t)py_tuple_len(it->seq) - it->index : 0;
  return py_int_from_i64(n > 0 ? n : 0);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, nullptr},
    {nullptr},
};
static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, nullptr},
    {nullptr},
};
static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, nullptr},
    {nullptr},
};

#define SEQITER_TYPE(cname, pyname, next_fn, methods_tab, new_fn)                                  \
  PY_TYPE_DEF(cname,                                                                               \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = pyname,                                                                              \
      .flags = TPF_GC,                                                                             \
      .basicsize = sizeof(SeqIterObj),                                                             \
      .dealloc = seqiter_dealloc,                                                                  \
      .traverse = seqiter_traverse,                                                                \
      .clear = seqiter_clear,                                                                      \
      .tp_new = new_fn,                                                                            \
      .iter = py_iter_self,                                                                        \
      .iternext = next_fn,                                                                         \
      .methods = methods_tab,                                                                      \
  )

SEQITER_TYPE(py_list_iter_type, "list_iterator", listiter_next, listiter_methods, nullptr);
SEQITER_TYPE(py_list_reviter_type, "list_reverseiterator", listreviter_next, listreviter_methods,
             nullptr);
SEQITER_TYPE(py_tuple_iter_type, "tuple_iterator", tupleiter_next, tupleiter_methods, nullptr);
SEQITER_TYPE(py_seqiter_type, "iterator", seqiter_next, nullptr, seqiter_tp_new);

// ---------------------------------------------------------------------------
// callable_iterator: iter(callable, sentinel)
// ---------------------------------------------------------------------------

struct CallIterObj {
  Obj ob;
  Ref func, sentinel;
};

static inline CallIterObj *CI(Ref r) { return (CallIterObj *)r; }

Ref py_calliter_new(Ref callable, Ref sentinel) {
  Ref it = py_obj_alloc(&py_calliter_type, sizeof(CallIterObj));
  if (!it) return nullptr;
  CI(it)->func = py_newref(callable);
  CI(it)->sentinel = py_newref(sentinel);
  return it;
}

static void calliter_dealloc(Ref self) {
  py_gc_untrack(self);
  py_xdecref(CI(self)->func);
  py_xdecref(CI(self)->sentinel);
  py_obj_free(self, sizeof(CallIterObj));
}

static int calliter_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[2] = {CI(self)->func, CI(self)->sentinel};
  int r = 0;
  visit_fields(f, 2, visit, arg, &r);
  return r;
}

static void calliter_clear(Ref self) {
  py_clear(&CI(self)->func);
  py_clear(&CI(self)->sentinel);
}

static Ref calliter_next(Ref self) {
  CallIterObj *it = CI(self);
  if (!it->func) return nullptr;
  Ref v = py_call0(it->func);
  if (!v) {
    if (py_err_matches(&py_StopIteration_type)) {
      py_err_clear();
      calliter_clear(self);
    }
    return nullptr;
  }
  int eq = py_eq(v, it->sentinel);
  if (eq == 0) return v;
  py_decref(v);
  if (eq > 0) calliter_clear(self);
  return nullptr;
}

PY_TYPE_DEF(py_calliter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "callable_iterator",
    .flags = TPF_GC,
    .basicsize = sizeof(CallIterObj),
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = py_iter_self,
    .iternext = calliter_next,
);

// ---------------------------------------------------------------------------
// set_iterator
// ---------------------------------------------------------------------------

struct SetIterObj {
  Obj ob;
  Ref set;
  size_t pos;  // next table slot
  size_t used; // set size when created; SIZE_MAX after a size-change error
  size_t len;  // items left
};

static inline SetIterObj *SIT(Ref r) { return (SetIterObj *)r; }

Ref py_setiter_new(Ref set) {
  Ref it = py_obj_alloc(&py_set_iter_type, sizeof(SetIterObj));
  if (!it) return nullptr;
  SIT(it)->set = py_newref(set);
  SIT(it)->used = SIT(it)->len = ((SetObj *)set)->used;
  return it;
}

static void setiter_dealloc(Ref self) {
  py_gc_untrack(self);
  py_xdecref(SIT(self)->set);
  py_obj_free(self, sizeof(SetIterObj));
}

static int setiter_traverse(Ref self, VisitProc visit, void *arg) {
  return SIT(self)->set ? visit(SIT(self)->set, arg) : 0;
}

static void setiter_clear(Ref self) { py_clear(&SIT(self)->set); }

static Ref setiter_next(Ref self) {
  SetIterObj *it = SIT(self);
  if (!it->set) return nullptr;
  SetObj *so = (SetObj *)it->set;
  if (so->used != it->used) {
    it->used = SIZE_MAX;
    return py_err_set_str(&py_RuntimeError_type, "Set changed size during iteration");
  }
  Ref key;
  if (!py_set_next(it->set, &it->pos, &key)) {
    py_clear(&it->set);
    return nullptr;
  }
  it->len--;
  return py_newref(key);
}

static Ref setiter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SetIterObj *it = SIT(self);
  return py_int_from_u64(it->set && it->used == ((SetObj *)it->set)->used ? it->len : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_set_iter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "set_iterator",
    .flags = TPF_GC,
    .basicsize = sizeof(SetIterObj),
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .iter = py_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
);

// ---------------------------------------------------------------------------
// dict iterators (keys / values / items, forward and reverse)
// ---------------------------------------------------------------------------

struct DictIterObj {
  Obj ob;
  Ref dict;
  int64_t pos; // next entry index (counts down when reversed)
  size_t used; // dict size when created; SIZE_MAX after a size-change error
  size_t len;  // items left
  Ref result;  // items(): recycled (key, value) tuple
};

static inline DictIterObj *DI(Ref r) { return (DictIterObj *)r; }

static Type *const dictiter_types[2][3] = {
    {&py_dict_keyiter_type, &py_dict_valueiter_type, &py_dict_itemiter_type},
    {&py_dict_revkeyiter_type, &py_dict_revvalueiter_type, &py_dict_revitemiter_type},
};

Ref py_dictiter_new(Ref dict, int kind, bool reverse) {
  Ref it = py_obj_alloc(dictiter_types[reverse][kind], sizeof(DictIterObj));
  if (!it) return nullptr;
  DictObj *d = (DictObj *)dict;
  DI(it)->dict = py_newref(dict);
  DI(it)->pos = reverse ? (int64_t)d->nentries - 1 : 0;
  DI(it)->used = DI(it)->len = d->used;
  return it;
}

static void dictiter_dealloc(Ref self) {
  py_gc_untrack(self);
  py_xdecref(DI(self)->dict);
  py_xdecref(DI(self)->result);
  py_obj_free(self, sizeof(DictIterObj));
}

static int dictiter_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[2] = {DI(self)->dict, DI(self)->result};
  int r = 0;
  visit_fields(f, 2, visit, arg, &r);
  return r;
}

static void dictiter_clear(Ref self) {
  py_clear(&DI(self)->dict);
  py_clear(&DI(self)->result);
}

// The next live entry, or nullptr at the end / on error (error set).
static DictEntry *dictiter_advance(DictIterObj *it, bool reverse) {
  if (!it->dict) return nullptr;
  DictObj *d = (DictObj *)it->dict;
  if (d->used != it->used) {
    it->used = SIZE_MAX;
    py_err_set_str(&py_RuntimeError_type, "dictionary changed size during iteration");
    return nullptr;
  }
  int64_t i = it->pos;
  if (reverse) {
    if (i >= (int64_t)d->nentries) i = (int64_t)d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
  } else {
    while (i < (int64_t)d->nentries && !d->entries[i].key) i++;
  }
  if (i < 0 || i >= (int64_t)d->nentries) {
    py_clear(&it->dict);
    return nullptr;
  }
  if (it->len == 0) { // as many items as the dict had, yet more keep coming
    py_err_set_str(&py_RuntimeError_type, "dictionary keys changed during iteration");
    py_clear(&it->dict);
    return nullptr;
  }
  it->pos = reverse ? i - 1 : i + 1;
  it->len--;
  return &d->entries[i];
}

static Ref dictiter_item(DictIterObj *it, DictEntry *e) {
  Ref t = py_tuple_recycle(&it->result, 2);
  if (!t) return nullptr;
  py_tuple_items(t)[0] = py_newref(e->key);
  py_tuple_items(t)[1] = py_newref(e->value);
  return t;
}

static Ref dictiter_next_key(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), false);
  return e ? py_newref(e->key) : nullptr;
}
static Ref dictiter_next_value(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), false);
  return e ? py_newref(e->value) : nullptr;
}
static Ref dictiter_next_item(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), false);
  return e ? dictiter_item(DI(self), e) : nullptr;
}
static Ref dictiter_prev_key(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), true);
  return e ? py_newref(e->key) : nullptr;
}
static Ref dictiter_prev_value(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), true);
  return e ? py_newref(e->value) : nullptr;
}
static Ref dictiter_prev_item(Ref self) {
  DictEntry *e = dictiter_advance(DI(self), true);
  return e ? dictiter_item(DI(self), e) : nullptr;
}

static Ref dictiter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DictIterObj *it = DI(self);
  bool live = it->dict && it->used == ((DictObj *)it->dict)->used;
  return py_int_from_u64(live ? it->len : 0);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, nullptr},
    {nullptr},
};

#define DICTITER_TYPE(cname, pyname, next_fn)                                                      \
  PY_TYPE_DEF(cname,                                                                               \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = pyname,                                                                              \
      .flags = TPF_GC,                                                                             \
      .basicsize = sizeof(DictIterObj),                                                            \
      .dealloc = dictiter_dealloc,                                                                 \
      .traverse = dictiter_traverse,                                                               \
      .clear = dictiter_clear,                                                                     \
      .iter = py_iter_self,                                                                        \
      .iternext = next_fn,                                                                         \
      .methods = dictiter_methods,                                                                 \
  )

DICTITER_TYPE(py_dict_keyiter_type, "dict_keyiterator", dictiter_next_key);
DICTITER_TYPE(py_dict_valueiter_type, "dict_valueiterator", dictiter_next_value);
DICTITER_TYPE(py_dict_itemiter_type, "dict_itemiterator", dictiter_next_item);
DICTITER_TYPE(py_dict_revkeyiter_type, "dict_reversekeyiterator", dictiter_prev_key);
DICTITER_TYPE(py_dict_revvalueiter_type, "dict_reversevalueiterator", dictiter_prev_value);
DICTITER_TYPE(py_dict_revitemiter_type, "dict_reverseitemiterator", dictiter_prev_item);

// ---------------------------------------------------------------------------
// enumerate
// ---------------------------------------------------------------------------

struct EnumerateObj {
  Obj ob;
  Ref it;
  Ref count;  // int: index of the next item
  Ref result; // recycled (index, item) tuple
};

static inline EnumerateObj *EN(Ref r) { return (EnumerateObj *)r; }

// False, with CPython's TypeError, unless keyword k is `want`.
static bool enumerate_kw_is(Ref kwnames, size_t k, const char *want) {
  Ref key = py_tuple_items(kwnames)[k];
  if (py_str_equal_cstr(key, want)) return true;
  py_err_format(&py_TypeError_type, "'%U' is an invalid keyword argument for enumerate()", key);
  return false;
}

// enumerate(iterable, start=0), its arguments checked in the order and words of
// CPython 3.11's enumerate (it does not use the generic argument parser).
static int enumerate_args(Ref const *args, size_t nargs, Ref kwnames, Ref *a) {
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0, n = nargs + nkw;
  if (n == 2 && nkw == 2 && py_str_equal_cstr(py_tuple_items(kwnames)[0], "start")) {
    if (!enumerate_kw_is(kwnames, 1, "iterable")) return -1;
    a[0] = args[1];
    a[1] = args[0];
    return 0;
  }
  if (n == 2 && ((nkw == 1 && !enumerate_kw_is(kwnames, 0, "start")) ||
                 (nkw == 2 && (!enumerate_kw_is(kwnames, 0, "iterable") ||
                               !enumerate_kw_is(kwnames, 1, "start")))))
    return -1;
  if (n == 1 && nkw == 1 && !enumerate_kw_is(kwnames, 0, "iterable")) return -1;
  if (n == 1 || n == 2) {
    a[0] = args[0];
    a[1] = n == 2 ? args[1] : nullptr;
    return 0;
  }
  if (nargs == 0)
    py_err_set_str(&py_TypeError_type, "enumerate() missing required argument 'iterable'");
  else
    py_err_format(&py_TypeError_type, "enumerate() takes at most 2 arguments (%zu given)", n);
  return -1;
}

static Ref enumerate_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  Ref a[2] = {nullptr, nullptr};
  if (enumerate_args(args, nargs, kwnames, a) < 0) return nullptr;
  Ref start = a[1] ? py_number_index(a[1]) : py_small_new(0);
  if (!start) return nullptr;
  Ref it = py_iter(a[0]);
  if (!it) {
    py_decref(start);
    return nullptr;
  }
  Ref e = py_obj_alloc(type, type->basicsize);
  if (!e) {
    py_decref(it);
    py_decref(start);
    return nullptr;
  }
  EN(e)->it = it;
  EN(e)->count = start;
  return e;
}

static void enumerate_dealloc(Ref self) {
  py_gc_untrack(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_xdecref(EN(self)->it);
  py_xdecref(EN(self)->count);
  py_xdecref(EN(self)->result);
  py_obj_free(self, type->basicsize);
}

static int enumerate_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[3] = {EN(self)->it, EN(self)->count, EN(self)->result};
  int r = 0;
  visit_fields(f, 3, visit, arg, &r);
  return r;
}

static void enumerate_clear(Ref self) {
  py_clear(&EN(self)->it);
  py_clear(&EN(self)->count);
  py_clear(&EN(self)->result);
}

static Ref enumerate_next(Ref self) {
  EnumerateObj *en = EN(self);
  if (!en->it) return nullptr;
  Ref item = py_next(en->it);
  if (!item) return nullptr;
  Ref idx = en->count, next;
  if (py_is_small(idx) && py_small_fits((int64_t)py_small_value(idx) + 1))
    next = py_small_new(py_small_value(idx) + 1);
  else
    next = py_binop(idx, py_small_new(1), BINOP_ADD);
  Ref t = next ? py_tuple_recycle(&en->result, 2) : nullptr;
  if (!t) {
    py_xdecref(next);
    py_decref(item);
    return nullptr;
  }
  en->count = next;
  py_tuple_items(t)[0] = idx; // the tuple takes over the old count
  py_tuple_items(t)[1] = item;
  return t;
}

PY_TYPE_DEF(py_enumerate_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "enumerate",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(EnumerateObj),
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .tp_new = enumerate_new,
    .iter = py_iter_self,
    .iternext = enumerate_next,
    .methods = nullptr,
    .doc = PY_DOC("Return an enumerate object."),
);

// ---------------------------------------------------------------------------
// zip
// ---------------------------------------------------------------------------

struct ZipObj {
  Obj ob;
  Ref iters;  // tuple of iterators
  Ref result; // recycled result tuple
  bool strict;
};

static inline ZipObj *ZP(Ref r) { return (ZipObj *)r; }

// Tuple of iter(x) for each x in args[0..n).
static Ref iter_tuple(Ref const *args, size_t n) {
  Ref t = py_tuple_new(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; i++) {
    py_tuple_items(t)[i] = py_iter(args[i]);
    if (!py_tuple_items(t)[i]) {
      py_decref(t);
      return nullptr;
    }
  }
  return t;
}

static Ref zip_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  int strict = 0;
  for (size_t i = 0; i < nkw; i++) {
    Ref name = py_tuple_items(kwnames)[i];
    if (!py_str_equal_cstr(name, "strict"))
      return py_err_format(&py_TypeError_type, "'%U' is an invalid keyword argument for zip()",
                           name);
    if ((strict = py_truthy(args[nargs + i])) < 0) return nullptr;
  }
  Ref iters = iter_tuple(args, nargs);
  if (!iters) return nullptr;
  Ref z = py_obj_alloc(type, type->basicsize);
  if (!z) {
    py_decref(iters);
    return nullptr;
  }
  ZP(z)->iters = iters;
  ZP(z)->strict = strict != 0;
  return z;
}

static void zip_dealloc(Ref self) {
  py_gc_untrack(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_xdecref(ZP(self)->iters);
  py_xdecref(ZP(self)->result);
  py_obj_free(self, type->basicsize);
}

static int zip_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[2] = {ZP(self)->iters, ZP(self)->result};
  int r = 0;
  visit_fields(f, 2, visit, arg, &r);
  return r;
}

static void zip_clear(Ref self) {
  py_clear(&ZP(self)->iters);
  py_clear(&ZP(self)->result);
}

// strict=True: iterator i ran out first; the others must be exhausted too.
static Ref zip_strict_end(ZipObj *z, size_t i) {
  if (i) {
    return py_err_format(&py_ValueError_type, "zip() argument %zu is shorter than argument%s%zu",
                         i + 1, i == 1 ? " " : "s 1-", i);
  }
  size_t n = py_tuple_len(z->iters);
  for (i = 1; i < n; i++) {
    Ref item = py_next(py_tuple_items(z->iters)[i]);
    if (item) {
      py_decref(item);
      return py_err_format(&py_ValueError_type, "zip() argument %zu is longer than argument%s%zu",
                           i + 1, i == 1 ? " " : "s 1-", i);
    }
    if (py_err_occurred()) return nullptr;
  }
  return nullptr;
}

size_t py_zip_width(Ref self) { return ZP(self)->iters ? py_tuple_len(ZP(self)->iters) : 0; }

bool py_zip_next_items(Ref self, Ref *out) {
  ZipObj *z = ZP(self);
  size_t n = py_zip_width(self);
  if (n == 0) return false;
  for (size_t i = 0; i < n; i++) {
    Ref it = py_tuple_items(z->iters)[i]; // from py_iter: an iterator
    Ref item = py_type(it)->iternext(it);
    if (!item) {
      if (py_err_matches(&py_StopIteration_type)) py_err_clear();
      for (size_t k = 0; k < i; k++) py_clear(&out[k]);
      if (z->strict && !py_err_occurred()) zip_strict_end(z, i);
      return false;
    }
    out[i] = item;
  }
  return true;
}

static Ref zip_next(Ref self) {
  size_t n = py_zip_width(self);
  if (n == 0) return nullptr;
  Ref t = py_tuple_recycle(&ZP(self)->result, n);
  if (t && !py_zip_next_items(self, py_tuple_items(t))) py_clear(&t);
  return t;
}

PY_TYPE_DEF(py_zip_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "zip",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(ZipObj),
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .tp_new = zip_new,
    .iter = py_iter_self,
    .iternext = zip_next,
    .doc = PY_DOC("zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."),
);

// ---------------------------------------------------------------------------
// map
// ---------------------------------------------------------------------------

struct MapObj {
  Obj ob;
  Ref func;
  Ref iters; // tuple of iterators
};

static inline MapObj *MP(Ref r) { return (MapObj *)r; }

static Ref map_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames) && type == &py_map_type)
    return py_err_set_str(&py_TypeError_type, "map() takes no keyword arguments");
  if (nargs < 2)
    return py_err_set_str(&py_TypeError_type, "map() must have at least two arguments.");
  Ref iters = iter_tuple(args + 1, nargs - 1);
  if (!iters) return nullptr;
  Ref m = py_obj_alloc(type, type->basicsize);
  if (!m) {
    py_decref(iters);
    return nullptr;
  }
  MP(m)->func = py_newref(args[0]);
  MP(m)->iters = iters;
  return m;
}

static void map_dealloc(Ref self) {
  py_gc_untrack(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_xdecref(MP(self)->func);
  py_xdecref(MP(self)->iters);
  py_obj_free(self, type->basicsize);
}

static int map_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[2] = {MP(self)->func, MP(self)->iters};
  int r = 0;
  visit_fields(f, 2, visit, arg, &r);
  return r;
}

static void map_clear(Ref self) {
  py_clear(&MP(self)->func);
  py_clear(&MP(self)->iters);
}

static Ref map_next(Ref self) {
  MapObj *m = MP(self);
  if (!m->iters) return nullptr;
  size_t n = py_tuple_len(m->iters);
  Ref small[8];
  Ref *argv = small;
  if (n > 8 && !(argv = (Ref *)py_malloc(n * sizeof(Ref)))) return nullptr;
  Ref func = py_newref(m->func), iters = py_newref(m->iters); // survive a re-entrant clear
  Ref r = nullptr;
  size_t got = 0;
  for (; got < n; got++) {
    argv[got] = py_next(py_tuple_items(iters)[got]);
    if (!argv[got]) break;
  }
  if (got == n) r = py_call(func, argv, n, nullptr);
  for (size_t i = 0; i < got; i++) py_decref(argv[i]);
  if (argv != small) py_free(argv, n * sizeof(Ref));
  py_decref(func);
  py_decref(iters);
  return r;
}

PY_TYPE_DEF(py_map_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "map",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(MapObj),
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .tp_new = map_new,
    .iter = py_iter_self,
    .iternext = map_next,
    .doc = PY_DOC("map(func, *iterables) --> map object"),
);

// ---------------------------------------------------------------------------
// filter
// ---------------------------------------------------------------------------

struct FilterObj {
  Obj ob;
  Ref func; // None: keep truthy items
  Ref it;
};

static inline FilterObj *FL(Ref r) { return (FilterObj *)r; }

static Ref filter_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames) && type == &py_filter_type)
    return py_err_set_str(&py_TypeError_type, "filter() takes no keyword arguments");
  if (nargs != 2)
    return py_err_format(&py_TypeError_type, "filter expected 2 arguments, got %zu", nargs);
  Ref it = py_iter(args[1]);
  if (!it) return nullptr;
  Ref f = py_obj_alloc(type, type->basicsize);
  if (!f) {
    py_decref(it);
    return nullptr;
  }
  FL(f)->func = py_newref(args[0]);
  FL(f)->it = it;
  return f;
}

static void filter_dealloc(Ref self) {
  py_gc_untrack(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_xdecref(FL(self)->func);
  py_xdecref(FL(self)->it);
  py_obj_free(self, type->basicsize);
}

static int filter_traverse(Ref self, VisitProc visit, void *arg) {
  Ref f[2] = {FL(self)->func, FL(self)->it};
  int r = 0;
  visit_fields(f, 2, visit, arg, &r);
  return r;
}

static void filter_clear(Ref self) {
  py_clear(&FL(self)->func);
  py_clear(&FL(self)->it);
}

static Ref filter_next(Ref self) {
  FilterObj *f = FL(self);
  if (!f->it) return nullptr;
  Ref func = py_newref(f->func), it = py_newref(f->it);
  bool plain = func == py_None || func == (Ref)&py_bool_type;
  Ref item;
  while ((item = py_next(it))) {
    int keep;
    if (plain) {
      keep = py_truthy(item);
    } else {
      Ref r = py_call1(func, item);
      keep = r ? py_truthy(r) : -1;
      py_xdecref(r);
    }
    if (keep > 0) break;
    py_decref(item);
    if (keep < 0) {
      item = nullptr;
      break;
    }
  }
  py_decref(func);
  py_decref(it);
  return item;
}

PY_TYPE_DEF(py_filter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "filter",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(FilterObj),
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .tp_new = filter_new,
    .iter = py_iter_self,
    .iternext = filter_next,
    .doc = PY_DOC("filter(function or None, iterable) --> filter object"),
);

// ---------------------------------------------------------------------------
// reversed
// ---------------------------------------------------------------------------

static Ref name_reversed;

static Ref reversed_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames) && type == &py_reversed_type)
    return py_err_set_str(&py_TypeError_type, "reversed() takes no keyword arguments");
  if (nargs != 1)
    return py_err_format(&py_TypeError_type, "reversed expected 1 argument, got %zu", nargs);
  Ref seq = args[0];
  Type *st = py_type(seq);
  if (!name_reversed && !(name_reversed = py_str_intern("__reversed__"))) return nullptr;
  Ref meth = py_type_lookup(st, name_reversed);
  if (meth && meth != py_None) return py_call_method_ref(seq, name_reversed, nullptr, 0);
  if (meth == py_None || !st->getitem || py_is_dict(seq))
    return py_err_format(&py_TypeError_type, "'%s' object is not reversible", py_tname(seq));
  int64_t n = py_len(seq); // a sequence by __getitem__ alone fails here, as in CPython
  if (n < 0) return nullptr;
  Ref r = py_obj_alloc(type, type->basicsize);
  if (!r) return nullptr;
  SI(r)->seq = py_newref(seq);
  SI(r)->index = n - 1;
  return r;
}

static void reversed_dealloc(Ref self) {
  py_gc_untrack(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_xdecref(SI(self)->seq);
  py_obj_free(self, type->basicsize);
}

static Ref reversed_next(Ref self) {
  SeqIterObj *it = SI(self);
  if (!it->seq || it->index < 0) {
    py_clear(&it->seq);
    return nullptr;
  }
  Ref idx = py_int_from_i64(it->index);
  if (!idx) return nullptr;
  Ref item = py_getitem(it->seq, idx);
  py_decref(idx);
  if (item) {
    it->index--;
    return item;
  }
  if (py_err_matches(&py_IndexError_type) || py_err_matches(&py_StopIteration_type)) {
    py_err_clear();
    py_clear(&it->seq);
  }
  return nullptr;
}

static Ref reversed_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SeqIterObj *it = SI(self);
  return py_int_from_i64(it->seq ? it->index + 1 : 0);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_reversed_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "reversed",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(SeqIterObj),
    .dealloc = reversed_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .tp_new = reversed_new,
    .iter = py_iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .doc = PY_DOC("Return a reverse iterator over the values of the given sequence."),
);
