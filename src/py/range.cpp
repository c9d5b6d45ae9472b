// range objects and their iterators.
//
// A range keeps its bounds as int objects (any size). When they all fit in
// int64 ("small", the usual case) int64 copies drive the fast paths: element k
// is start + k*step computed modulo 2^64, which is exact because the true value
// lies between start and stop. Other ranges use int-object arithmetic and the
// longrange_iterator.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

struct RangeObj {
  Obj ob;
  Ref start, stop, step, len; // ints
  bool small;                 // the int64 copies below are valid
  int64_t istart, istop, istep;
  uint64_t ilen;
};

struct RangeIterObj {
  Obj ob;
  int64_t start, step;
  uint64_t index, len;
};

struct LongRangeIterObj {
  Obj ob;
  Ref start, step, len, index; // ints
};

static inline RangeObj *R(Ref r) { return (RangeObj *)r; }

static inline int64_t range_item(int64_t start, int64_t step, uint64_t k) {
  return (int64_t)((uint64_t)start + k * (uint64_t)step);
}

static uint64_t range_compute_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
  if (step < 0 && start > stop)
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
  return 0;
}

// ---------------------------------------------------------------------------
// int-object arithmetic helpers (each returns a new ref or nullptr)
// ---------------------------------------------------------------------------

static Ref int_op(Ref a, Ref b, int op) { return a && b ? py_int_binop(a, b, op) : nullptr; }

// start + k*step
static Ref range_item_obj(Ref start, Ref step, Ref k) {
  Ref m = int_op(k, step, BINOP_MUL);
  Ref v = int_op(start, m, BINOP_ADD);
  py_xdecref(m);
  return v;
}

static Ref range_len_obj(Ref start, Ref stop, Ref step) {
  bool neg = py_int_sign(step) < 0;
  Ref lo = neg ? stop : start, hi = neg ? start : stop;
  if (py_int_compare(lo, hi) >= 0) return py_small_new(0);
  Ref st = neg ? int_op(py_small_new(0), step, BINOP_SUB) : py_newref(step);
  Ref diff = int_op(hi, lo, BINOP_SUB);
  Ref d1 = int_op(diff, py_small_new(1), BINOP_SUB);
  Ref q = int_op(d1, st, BINOP_FLOORDIV);
  Ref len = int_op(q, py_small_new(1), BINOP_ADD);
  py_xdecref(st);
  py_xdecref(diff);
  py_xdecref(d1);
  py_xdecref(q);
  return len;
}

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

// A range over ints start, stop, step (borrowed; step != 0).
static Ref range_from_ints(Ref start, Ref stop, Ref step) {
  int o1, o2, o3;
  int64_t a = py_int_as_i64_sat(start, &o1), b = py_int_as_i64_sat(stop, &o2),
          c = py_int_as_i64_sat(step, &o3);
  bool small = !o1 && !o2 && !o3;
  uint64_t ilen = small ? range_compute_len(a, b, c) : 0;
  Ref len = small ? py_int_from_u64(ilen) : range_len_obj(start, stop, step);
  if (!len) return nullptr;
  Ref r = py_obj_alloc(&py_range_type, sizeof(RangeObj));
  if (!r) {
    py_decref(len);
    return nullptr;
  }
  RangeObj *ro = R(r);
  ro->start = py_newref(start);
  ro->stop = py_newref(stop);
  ro->step = py_newref(step);
  ro->len = len;
  ro->small = small;
  ro->istart = a;
  ro->istop = b;
  ro->istep = c;
  ro->ilen = ilen;
  return r;
}

Ref py_range_new(int64_t start, int64_t stop, int64_t step) {
  Ref a = py_int_from_i64(start), b = py_int_from_i64(stop), c = py_int_from_i64(step);
  Ref r = a && b && c ? range_from_ints(a, b, c) : nullptr;
  py_xdecref(a);
  py_xdecref(b);
  py_xdecref(c);
  return r;
}

static Ref range_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "range() takes no keyword arguments");
  if (nargs == 0)
    return py_err_set_str(&py_TypeError_type, "range expected at least 1 argument, got 0");
  if (nargs > 3)
    return py_err_format(&py_TypeError_type, "range expected at most 3 arguments, got %zu", nargs);
  Ref v[3] = {py_small_new(0), nullptr, py_small_new(1)};
  Ref r = nullptr;
  size_t i = 0;
  for (; i < nargs; i++)
    if (!(v[nargs == 1 ? 1 : i] = py_number_index(args[i]))) break;
  if (i == nargs) {
    if (py_int_sign(v[2]) == 0)
      py_err_set_str(&py_ValueError_type, "range() arg 3 must not be zero");
    else
      r = range_from_ints(v[0], v[1], v[2]);
  }
  for (Ref x : v) py_xdecref(x);
  return r;
}

static void range_dealloc(Ref self) {
  RangeObj *r = R(self);
  py_decref(r->start);
  py_decref(r->stop);
  py_decref(r->step);
  py_decref(r->len);
  py_obj_free(self, sizeof(RangeObj));
}

static Ref range_repr(Ref self) {
  RangeObj *r = R(self);
  if (py_int_compare(r->step, py_small_new(1)) == 0)
    return py_str_format("range(%R, %R)", r->start, r->stop);
  return py_str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_length(Ref self) {
  int64_t n;
  if (py_int_as_i64(R(self)->len, &n) < 0) {
    py_err_clear();
    py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

static int range_to_bool(Ref self) { return py_int_sign(R(self)->len) != 0; }

// ---------------------------------------------------------------------------
// Membership and search
// ---------------------------------------------------------------------------

// Position of a small-range element v (int64), or -1 when absent.
static int64_t range_index_of_i64(RangeObj *r, int64_t v) {
  if (r->ilen == 0) return -1;
  if (r->istep > 0 ? (v < r->istart || v >= r->istop) : (v > r->istart || v <= r->istop)) return -1;
  uint64_t diff =
      r->istep > 0 ? (uint64_t)v - (uint64_t)r->istart : (uint64_t)r->istart - (uint64_t)v;
  uint64_t st = r->istep > 0 ? (uint64_t)r->istep : 0 - (uint64_t)r->istep;
  if (diff % st) return -1;
  return (int64_t)(diff / st);
}

// Position of int v as an int (new ref), py_None when absent, nullptr on error.
static Ref range_index_of(RangeObj *r, Ref v) {
  if (r->small && py_is_small(v)) {
    int64_t i = range_index_of_i64(r, py_small_value(v));
    return i < 0 ? py_None : py_int_from_i64(i);
  }
  bool inside = py_int_sign(r->step) > 0
                    ? py_int_compare(r->start, v) <= 0 && py_int_compare(v, r->stop) < 0
                    : py_int_compare(r->stop, v) < 0 && py_int_compare(v, r->start) <= 0;
  if (!inside) return py_None;
  Ref diff = int_op(v, r->start, BINOP_SUB);
  Ref rem = int_op(diff, r->step, BINOP_MOD);
  Ref res = nullptr;
  if (rem) res = py_int_sign(rem) ? py_None : int_op(diff, r->step, BINOP_FLOORDIV);
  py_xdecref(diff);
  py_xdecref(rem);
  return res;
}

// ints and bools are searched arithmetically, anything else by iterating with ==.
static bool range_is_int(Ref v) {
  return py_is_small(v) || v->type == &py_int_type || v->type == &py_bool_type;
}

static Ref range_iter(Ref self);

// Linear search with ==: the count of matches, or the first position (-1 none);
// -2 on error.
static int64_t range_scan(Ref self, Ref v, bool count) {
  Ref it = range_iter(self);
  if (!it) return -2;
  int64_t n = 0, pos = 0;
  Ref item;
  while ((item = py_next(it))) {
    int eq = py_eq(item, v);
    py_decref(item);
    if (eq < 0) break;
    if (eq && !count) {
      py_decref(it);
      return pos;
    }
    n += eq;
    pos++;
  }
  py_decref(it);
  if (py_err_occurred()) return -2;
  return count ? n : -1;
}

static int range_contains(Ref self, Ref v) {
  if (range_is_int(v)) {
    Ref pos = range_index_of(R(self), v);
    if (!pos) return -1;
    py_decref(pos);
    return pos != py_None;
  }
  int64_t r = range_scan(self, v, false);
  return r == -2 ? -1 : r >= 0;
}

static Ref range_count_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (range_is_int(args[0])) {
    int r = range_contains(self, args[0]);
    return r < 0 ? nullptr : py_int_from_i64(r);
  }
  int64_t n = range_scan(self, args[0], true);
  return n == -2 ? nullptr : py_int_from_i64(n);
}

static Ref range_index_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (range_is_int(args[0])) {
    Ref pos = range_index_of(R(self), args[0]);
    if (pos != py_None) return pos;
    return py_err_format(&py_ValueError_type, "%R is not in range", args[0]);
  }
  int64_t pos = range_scan(self, args[0], false);
  if (pos == -2) return nullptr;
  if (pos < 0) return py_err_set_str(&py_ValueError_type, "sequence.index(x): x not in sequence");
  return py_int_from_i64(pos);
}

// ---------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------

static Ref range_slice(RangeObj *r, Ref slice) {
  Ref idx[3];
  if (py_slice_indices_obj(slice, r->len, idx) < 0) return nullptr;
  Ref start = range_item_obj(r->start, r->step, idx[0]);
  Ref stop = range_item_obj(r->start, r->step, idx[1]);
  Ref step = int_op(r->step, idx[2], BINOP_MUL);
  Ref res = start && stop && step ? range_from_ints(start, stop, step) : nullptr;
  for (Ref x : idx) py_decref(x);
  py_xdecref(start);
  py_xdecref(stop);
  py_xdecref(step);
  return res;
}

static Ref range_getitem(Ref self, Ref key) {
  RangeObj *r = R(self);
  if (py_type(key) == &py_slice_type) return range_slice(r, key);
  if (r->small && py_is_small(key)) {
    int64_t i = py_small_value(key);
    if (i < 0) i = (int64_t)((uint64_t)i + r->ilen);
    if (i < 0 || (uint64_t)i >= r->ilen)
      return py_err_set_str(&py_IndexError_type, "range object index out of range");
    return py_int_from_i64(range_item(r->istart, r->istep, (uint64_t)i));
  }
  if (!py_is_int(key) && !py_type(key)->to_index)
    return py_err_format(&py_TypeError_type, "range indices must be integers or slices, not %s",
                         py_tname(key));
  Ref i = py_number_index(key);
  if (!i) return nullptr;
  if (py_int_sign(i) < 0) py_setref(&i, int_op(i, r->len, BINOP_ADD));
  Ref v = nullptr;
  if (i && (py_int_sign(i) < 0 || py_int_compare(i, r->len) >= 0))
    py_err_set_str(&py_IndexError_type, "range object index out of range");
  else if (i)
    v = range_item_obj(r->start, r->step, i);
  py_xdecref(i);
  return v;
}

// ---------------------------------------------------------------------------
// Comparison and hashing
// ---------------------------------------------------------------------------

// Equal ranges are equal sequences: same length, and (when not empty) same
// first item, and (when longer than one) same step.
static bool range_equal(RangeObj *a, RangeObj *b) {
  if (a == b) return true;
  if (py_int_compare(a->len, b->len) != 0) return false;
  int n = py_int_sign(a->len) == 0 ? 0 : py_int_compare(a->len, py_small_new(1)) == 0 ? 1 : 2;
  if (n == 0) return true;
  if (py_int_compare(a->start, b->start) != 0) return false;
  return n == 1 || py_int_compare(a->step, b->step) == 0;
}

static Ref range_richcompare(Ref a, Ref b, int op) {
  if (py_type(a) != &py_range_type || py_type(b) != &py_range_type ||
      (op != CMP_EQ && op != CMP_NE))
    return py_newref(py_NotImplemented);
  return py_newref(py_bool(range_equal(R(a), R(b)) == (op == CMP_EQ)));
}

// Hash of (len, start, step) with the parts equality ignores set to None.
static int range_hash(Ref self, int64_t *out) {
  RangeObj *r = R(self);
  int n = py_int_sign(r->len) == 0 ? 0 : py_int_compare(r->len, py_small_new(1)) == 0 ? 1 : 2;
  Ref t = py_tuple_pack(3, r->len, n ? r->start : py_None, n > 1 ? r->step : py_None);
  if (!t) return -1;
  int rc = py_hash(t, out);
  py_decref(t);
  return rc;
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

static Ref range_iter_new(int64_t start, int64_t step, uint64_t len) {
  Ref it = py_obj_alloc(&py_range_iter_type, sizeof(RangeIterObj));
  if (!it) return nullptr;
  RangeIterObj *ri = (RangeIterObj *)it;
  ri->start = start;
  ri->step = step;
  ri->len = len;
  return it;
}

static Ref longrange_iter_new(Ref start, Ref step, Ref len) { // steals all three
  Ref it = start && step && len ? py_obj_alloc(&py_longrange_iter_type, sizeof(LongRangeIterObj))
                                : nullptr;
  if (!it) {
    py_xdecref(start);
    py_xdecref(step);
    py_xdecref(len);
    return nullptr;
  }
  LongRangeIterObj *li = (LongRangeIterObj *)it;
  li->start = start;
  li->step = step;
  li->len = len;
  li->index = py_small_new(0);
  return it;
}

static Ref range_iter(Ref self) {
  RangeObj *r = R(self);
  if (r->small) return range_iter_new(r->istart, r->istep, r->ilen);
  return longrange_iter_new(py_newref(r->start), py_newref(r->step), py_newref(r->len));
}

static Ref range_reversed_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  RangeObj *r = R(self);
  if (r->small) {
    if (r->ilen == 0) return range_iter_new(r->istart, r->istep, 0);
    int64_t last = range_item(r->istart, r->istep, r->ilen - 1);
    return range_iter_new(last, (int64_t)(0 - (uint64_t)r->istep), r->ilen);
  }
  Ref n1 = int_op(r->len, py_small_new(1), BINOP_SUB);
  Ref last = n1 ? range_item_obj(r->start, r->step, n1) : nullptr;
  py_xdecref(n1);
  return longrange_iter_new(last, int_op(py_small_new(0), r->step, BINOP_SUB), py_newref(r->len));
}

static Ref range_get_start(Ref self) { return py_newref(R(self)->start); }
static Ref range_get_stop(Ref self) { return py_newref(R(self)->stop); }
static Ref range_get_step(Ref self) { return py_newref(R(self)->step); }

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, py_readonly_member_set, nullptr},
    {"stop", range_get_stop, py_readonly_member_set, nullptr},
    {"step", range_get_step, py_readonly_member_set, nullptr},
    {nullptr},
};

static const MethodDef range_methods[] = {
    {"__reversed__", range_reversed_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a reverse iterator.")},
    {"count", range_count_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("rangeobject.count(value) -> integer")},
    {"index", range_index_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("rangeobject.index(value) -> integer")},
    {nullptr},
};

PY_TYPE_DEF(py_range_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .dealloc = range_dealloc,
    .tp_new = range_tp_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .to_bool = range_to_bool,
    .length = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = PY_DOC("range(stop) -> range object\nrange(start, stop[, step]) -> range object"),
);

// range_iterator: int64 bounds.

static void range_iter_dealloc(Ref self) { py_obj_free(self, sizeof(RangeIterObj)); }

static Ref range_iter_next(Ref self) {
  RangeIterObj *ri = (RangeIterObj *)self;
  if (ri->index >= ri->len) return nullptr;
  return py_int_from_i64(range_item(ri->start, ri->step, ri->index++));
}

static Ref range_iter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  RangeIterObj *ri = (RangeIterObj *)self;
  return py_int_from_u64(ri->len - ri->index);
}

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_range_iter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = range_iter_dealloc,
    .iter = py_iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
);

// longrange_iterator: int-object bounds.

static void longrange_iter_dealloc(Ref self) {
  LongRangeIterObj *li = (LongRangeIterObj *)self;
  py_decref(li->start);
  py_decref(li->step);
  py_decref(li->len);
  py_decref(li->index);
  py_obj_free(self, sizeof(LongRangeIterObj));
}

static Ref longrange_iter_next(Ref self) {
  LongRangeIterObj *li = (LongRangeIterObj *)self;
  if (py_int_compare(li->index, li->len) >= 0) return nullptr;
  Ref v = range_item_obj(li->start, li->step, li->index);
  Ref next = v ? int_op(li->index, py_small_new(1), BINOP_ADD) : nullptr;
  if (!next) {
    py_xdecref(v);
    return nullptr;
  }
  py_setref(&li->index, next);
  return v;
}

static Ref longrange_iter_length_hint(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  LongRangeIterObj *li = (LongRangeIterObj *)self;
  return int_op(li->len, li->index, BINOP_SUB);
}

static const MethodDef longrange_iter_methods[] = {
    {"__length_hint__", longrange_iter_length_hint, 0, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_longrange_iter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .dealloc = longrange_iter_dealloc,
    .iter = py_iter_self,
    .iternext = longrange_iter_next,
    .methods = longrange_iter_methods,
);
