// range objects (int64 bounds) and their iterator.
//
// Element k is start + k*step. Arithmetic is done modulo 2^64 where the true
// result is known to lie between start and stop, so it cannot overflow.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

struct RangeObj {
  Obj ob;
  int64_t start, stop, step;
  uint64_t len;
};

struct RangeIterObj {
  Obj ob;
  int64_t start, step;
  uint64_t index, len;
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

Ref py_range_new(int64_t start, int64_t stop, int64_t step) {
  Ref r = py_obj_alloc(&py_range_type, sizeof(RangeObj));
  if (!r) return nullptr;
  R(r)->start = start;
  R(r)->stop = stop;
  R(r)->step = step;
  R(r)->len = range_compute_len(start, stop, step);
  return r;
}

static Ref range_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "range() takes no keyword arguments");
  if (nargs == 0)
    return py_err_set_str(&py_TypeError_type, "range expected at least 1 argument, got 0");
  if (nargs > 3)
    return py_err_format(&py_TypeError_type, "range expected at most 3 arguments, got %zu", nargs);
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < nargs; i++)
    if (py_index_i64(args[i], &v[nargs == 1 ? 1 : i]) < 0) return nullptr;
  if (v[2] == 0) return py_err_set_str(&py_ValueError_type, "range() arg 3 must not be zero");
  return py_range_new(v[0], v[1], v[2]);
}

static void range_dealloc(Ref self) { py_obj_free(self, sizeof(RangeObj)); }

static Ref range_repr(Ref self) {
  RangeObj *r = R(self);
  if (r->step == 1)
    return py_str_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return py_str_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                       (long long)r->step);
}

static int64_t range_length(Ref self) {
  if (R(self)->len > (uint64_t)INT64_MAX) {
    py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return (int64_t)R(self)->len;
}

static int range_to_bool(Ref self) { return R(self)->len != 0; }

// Position of integer v in the range: -1 when absent.
static int64_t range_index_of_int(RangeObj *r, int64_t v) {
  if (r->len == 0) return -1;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
  uint64_t diff = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
  uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
  if (diff % st) return -1;
  return (int64_t)(diff / st);
}

// An exact int (or bool) value of v: 1 ok, 0 v is no plain int or beyond int64.
static int range_int_value(Ref v, int64_t *out) {
  if (py_is_small(v)) {
    *out = py_small_value(v);
    return 1;
  }
  if (v->type != &py_int_type && v->type != &py_bool_type) return 0;
  int overflow;
  *out = py_int_as_i64_sat(v, &overflow);
  return overflow ? -1 : 1;
}

// Linear search with ==, for non-int values: count or first index (-1 none, -2 error).
static int64_t range_scan(RangeObj *r, Ref v, bool count) {
  int64_t n = 0;
  for (uint64_t k = 0; k < r->len; k++) {
    Ref item = py_int_from_i64(range_item(r->start, r->step, k));
    if (!item) return -2;
    int eq = py_eq(item, v);
    py_decref(item);
    if (eq < 0) return -2;
    if (eq && !count) return (int64_t)k;
    n += eq;
  }
  return count ? n : -1;
}

static int range_contains(Ref self, Ref v) {
  int64_t iv;
  int kind = range_int_value(v, &iv);
  if (kind < 0) return 0; // an int beyond int64 is never in an int64 range
  if (kind > 0) return range_index_of_int(R(self), iv) >= 0;
  int64_t r = range_scan(R(self), v, false);
  return r == -2 ? -1 : r >= 0;
}

// Value at position k in [-1, len] (the ends are one step outside the range);
// false when it does not fit in int64.
static bool range_at(RangeObj *r, int64_t k, int64_t *out) {
  if (k >= 0 && (uint64_t)k < r->len) {
    *out = range_item(r->start, r->step, (uint64_t)k);
    return true;
  }
  if (k < 0) return !__builtin_sub_overflow(r->start, r->step, out);
  if (r->len == 0) {
    *out = r->start;
    return true;
  }
  return !__builtin_add_overflow(range_item(r->start, r->step, r->len - 1), r->step, out);
}

static Ref range_getitem(Ref self, Ref key) {
  RangeObj *r = R(self);
  int64_t i;
  int kind = py_seq_subscript(key, "range", &i);
  if (kind < 0) return nullptr;
  if (kind == 0) {
    if (i < 0) i = (int64_t)((uint64_t)i + r->len);
    if (i < 0 || (uint64_t)i >= r->len)
      return py_err_set_str(&py_IndexError_type, "range object index out of range");
    return py_int_from_i64(range_item(r->start, r->step, (uint64_t)i));
  }
  if (r->len > (uint64_t)INT64_MAX)
    return py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C ssize_t");
  int64_t start, stop, step, n;
  if (py_slice_indices(key, (int64_t)r->len, &start, &stop, &step, &n) < 0) return nullptr;
  int64_t nstart, nstop, nstep;
  if (__builtin_mul_overflow(r->step, step, &nstep) || !range_at(r, start, &nstart) ||
      !range_at(r, stop, &nstop))
    return py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C ssize_t");
  return py_range_new(nstart, nstop, nstep);
}

static Ref range_richcompare(Ref a, Ref b, int op) {
  if (py_type(a) != &py_range_type || py_type(b) != &py_range_type ||
      (op != CMP_EQ && op != CMP_NE))
    return py_newref(py_NotImplemented);
  RangeObj *x = R(a), *y = R(b);
  bool eq = x->len == y->len &&
            (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
  return py_newref(py_bool(eq == (op == CMP_EQ)));
}

// Equal ranges hash alike: hash of (len, start, step) with the parts that do
// not matter replaced by None.
static int range_hash(Ref self, int64_t *out) {
  RangeObj *r = R(self);
  Ref len = py_int_from_u64(r->len), start = nullptr, step = nullptr;
  if (r->len) start = py_int_from_i64(r->start);
  if (r->len > 1) step = py_int_from_i64(r->step);
  int rc = -1;
  if (len && (r->len == 0 || start) && (r->len <= 1 || step)) {
    Ref t = py_tuple_pack(3, len, start ? start : py_None, step ? step : py_None);
    if (t) {
      rc = py_hash(t, out);
      py_decref(t);
    }
  }
  py_xdecref(len);
  py_xdecref(start);
  py_xdecref(step);
  return rc;
}

static Ref range_iter_new(int64_t start, int64_t step, uint64_t len) {
  Ref it = py_obj_alloc(&py_range_iter_type, sizeof(RangeIterObj));
  if (!it) return nullptr;
  RangeIterObj *ri = (RangeIterObj *)it;
  ri->start = start;
  ri->step = step;
  ri->len = len;
  return it;
}

static Ref range_iter(Ref self) {
  RangeObj *r = R(self);
  return range_iter_new(r->start, r->step, r->len);
}

static Ref range_reversed_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("range.__reversed__", nargs, kwnames, 0, 0) < 0) return nullptr;
  RangeObj *r = R(self);
  if (r->len == 0) return range_iter_new(r->start, r->step, 0);
  int64_t last = range_item(r->start, r->step, r->len - 1);
  return range_iter_new(last, (int64_t)(0 - (uint64_t)r->step), r->len);
}

static Ref range_count_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("range.count", nargs, kwnames, 1, 1) < 0) return nullptr;
  int64_t iv;
  int kind = range_int_value(args[0], &iv);
  if (kind != 0) return py_int_from_i64(kind > 0 && range_index_of_int(R(self), iv) >= 0);
  int64_t n = range_scan(R(self), args[0], true);
  return n == -2 ? nullptr : py_int_from_i64(n);
}

static Ref range_index_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("range.index", nargs, kwnames, 1, 1) < 0) return nullptr;
  int64_t iv, pos;
  int kind = range_int_value(args[0], &iv);
  if (kind != 0)
    pos = kind > 0 ? range_index_of_int(R(self), iv) : -1;
  else
    pos = range_scan(R(self), args[0], false);
  if (pos == -2) return nullptr;
  if (pos < 0 && kind == 0)
    return py_err_set_str(&py_ValueError_type, "sequence.index(x): x not in sequence");
  if (pos < 0) return py_err_format(&py_ValueError_type, "%R is not in range", args[0]);
  return py_int_from_i64(pos);
}

static Ref range_get_start(Ref self) { return py_int_from_i64(R(self)->start); }
static Ref range_get_stop(Ref self) { return py_int_from_i64(R(self)->stop); }
static Ref range_get_step(Ref self) { return py_int_from_i64(R(self)->step); }

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, nullptr, nullptr},
    {"stop", range_get_stop, nullptr, nullptr},
    {"step", range_get_step, nullptr, nullptr},
    {nullptr},
};

static const MethodDef range_methods[] = {
    {"__reversed__", range_reversed_m, 0, "Return a reverse iterator."},
    {"count", range_count_m, 0, "rangeobject.count(value) -> integer"},
    {"index", range_index_m, 0, "rangeobject.index(value) -> integer"},
    {nullptr},
};

Type py_range_type = {
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
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

// ---------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------

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

Type py_range_iter_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = range_iter_dealloc,
    .iter = py_iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};
