// slice objects and the index arithmetic sequences use to resolve them.
#include <climits>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

Ref py_slice_new(Ref start, Ref stop, Ref step) {
  Ref s = py_obj_alloc(&py_slice_type, sizeof(SliceObj));
  if (!s) return nullptr;
  SliceObj *sl = (SliceObj *)s;
  sl->start = py_newref(start ? start : py_None);
  sl->stop = py_newref(stop ? stop : py_None);
  sl->step = py_newref(step ? step : py_None);
  return s;
}

int py_slice_index_value(Ref v, int64_t *out) {
  if (py_is_small(v)) {
    *out = py_small_value(v);
    return 0;
  }
  int overflow;
  if (py_is_int(v)) {
    *out = py_int_as_i64_sat(v, &overflow);
    return 0;
  }
  if (!v->type->to_index) {
    py_err_set_str(&py_TypeError_type,
                   "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  Ref i = py_number_index(v);
  if (!i) return -1;
  *out = py_int_as_i64_sat(i, &overflow);
  py_decref(i);
  return 0;
}

// Clamp a (possibly negative) bound into the sequence, CPython's rules.
static int64_t slice_adjust(int64_t v, int64_t length, int64_t step) {
  if (v < 0) {
    v += length;
    if (v < 0) v = step < 0 ? -1 : 0;
  } else if (v >= length) {
    v = step < 0 ? length - 1 : length;
  }
  return v;
}

int py_seq_bound_arg(Ref v, int64_t len, int64_t *out) {
  int64_t i;
  // list/tuple.index take no None bound, and CPython's message says so.
  if (!py_is_small(v) && !py_is_int(v) && !v->type->to_index) {
    py_err_set_str(&py_TypeError_type,
                   "slice indices must be integers or have an __index__ method");
    return -1;
  }
  if (py_slice_index_value(v, &i) < 0) return -1;
  *out = slice_adjust(i, len, 1);
  return 0;
}

// Step, start and stop of a slice as int64 (before clamping to a length).
static int slice_unpack(SliceObj *s, int64_t *start, int64_t *stop, int64_t *step) {
  if (s->step == py_None) {
    *step = 1;
  } else {
    if (py_slice_index_value(s->step, step) < 0) return -1;
    if (*step == 0) {
      py_err_set_str(&py_ValueError_type, "slice step cannot be zero");
      return -1;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX; // so that -step cannot overflow
  }
  if (s->start == py_None)
    *start = *step < 0 ? INT64_MAX : 0;
  else if (py_slice_index_value(s->start, start) < 0)
    return -1;
  if (s->stop == py_None)
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  else if (py_slice_index_value(s->stop, stop) < 0)
    return -1;
  return 0;
}

int py_slice_indices(Ref slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen) {
  if (slice_unpack((SliceObj *)slice, start, stop, step) < 0) return -1;
  *start = slice_adjust(*start, length, *step);
  *stop = slice_adjust(*stop, length, *step);
  int64_t n = 0;
  if (*step < 0) {
    if (*stop < *start) n = (*start - *stop - 1) / (-*step) + 1;
  } else if (*start < *stop) {
    n = (*stop - *start - 1) / *step + 1;
  }
  *slicelen = n;
  return n > INT_MAX ? INT_MAX : (int)n;
}

static void slice_dealloc(Ref self) {
  py_gc_untrack(self);
  SliceObj *s = (SliceObj *)self;
  py_xdecref(s->start);
  py_xdecref(s->stop);
  py_xdecref(s->step);
  py_obj_free(self, sizeof(SliceObj));
}

static int slice_traverse(Ref self, VisitProc visit, void *arg) {
  SliceObj *s = (SliceObj *)self;
  Ref fields[3] = {s->start, s->stop, s->step};
  for (Ref f : fields) {
    if (f) {
      int r = visit(f, arg);
      if (r) return r;
    }
  }
  return 0;
}

static void slice_clear(Ref self) {
  SliceObj *s = (SliceObj *)self;
  py_clear(&s->start);
  py_clear(&s->stop);
  py_clear(&s->step);
}

static Ref slice_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "slice() takes no keyword arguments");
  if (nargs == 0)
    return py_err_set_str(&py_TypeError_type, "slice expected at least 1 argument, got 0");
  if (nargs > 3)
    return py_err_format(&py_TypeError_type, "slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return py_slice_new(nullptr, args[0], nullptr);
  return py_slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

static Ref slice_repr(Ref self) {
  SliceObj *s = (SliceObj *)self;
  return py_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Ref slice_as_tuple(Ref self) {
  SliceObj *s = (SliceObj *)self;
  return py_tuple_pack(3, s->start, s->stop, s->step);
}

static Ref slice_richcompare(Ref a, Ref b, int op) {
  if (py_type(a) != &py_slice_type || py_type(b) != &py_slice_type)
    return py_newref(py_NotImplemented);
  if (a == b && (op == CMP_EQ || op == CMP_NE)) return py_newref(py_bool(op == CMP_EQ));
  Ref ta = slice_as_tuple(a);
  if (!ta) return nullptr;
  Ref tb = slice_as_tuple(b);
  if (!tb) {
    py_decref(ta);
    return nullptr;
  }
  Ref r = py_richcompare(ta, tb, op);
  py_decref(ta);
  py_decref(tb);
  return r;
}

// A slice bound as an int object (TypeError for anything else but None).
static Ref slice_bound_index(Ref v) {
  if (!py_is_int(v) && !py_type(v)->to_index)
    return py_err_set_str(&py_TypeError_type,
                          "slice indices must be integers or None or have an __index__ method");
  return py_number_index(v);
}

// Bound v clamped into [lower, upper] after adding length to negatives.
static Ref slice_clamp_obj(Ref v, Ref length, Ref lower, Ref upper, Ref dflt) {
  if (v == py_None) return py_newref(dflt);
  Ref i = slice_bound_index(v);
  if (!i) return nullptr;
  if (py_int_sign(i) < 0) {
    py_setref(&i, py_int_binop(i, length, BINOP_ADD));
    if (i && py_int_compare(i, lower) < 0) py_setref(&i, py_newref(lower));
  } else if (py_int_compare(i, upper) > 0) {
    py_setref(&i, py_newref(upper));
  }
  return i;
}

int py_slice_indices_obj(Ref slice, Ref length, Ref *out) {
  SliceObj *s = (SliceObj *)slice;
  Ref step = s->step == py_None ? py_small_new(1) : slice_bound_index(s->step);
  if (!step) return -1;
  int sign = py_int_sign(step);
  if (sign == 0) {
    py_decref(step);
    py_err_set_str(&py_ValueError_type, "slice step cannot be zero");
    return -1;
  }
  Ref lower = py_small_new(sign < 0 ? -1 : 0);
  Ref upper = sign < 0 ? py_int_binop(length, py_small_new(1), BINOP_SUB) : py_newref(length);
  Ref start =
      upper ? slice_clamp_obj(s->start, length, lower, upper, sign < 0 ? upper : lower) : nullptr;
  Ref stop =
      start ? slice_clamp_obj(s->stop, length, lower, upper, sign < 0 ? lower : upper) : nullptr;
  py_xdecref(upper);
  if (!stop) {
    py_xdecref(start);
    py_decref(step);
    return -1;
  }
  out[0] = start;
  out[1] = stop;
  out[2] = step;
  return 0;
}

static Ref slice_indices_method(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref length = py_number_index(args[0]);
  if (!length) return nullptr;
  Ref idx[3];
  Ref t = nullptr;
  if (py_int_sign(length) < 0)
    py_err_set_str(&py_ValueError_type, "length should not be negative");
  else if (py_slice_indices_obj(self, length, idx) == 0) {
    t = py_tuple_new(3);
    for (int i = 0; i < 3; i++) {
      if (t)
        py_tuple_items(t)[i] = idx[i];
      else
        py_decref(idx[i]);
    }
  }
  py_decref(length);
  return t;
}

static Ref slice_get_start(Ref self) { return py_newref(((SliceObj *)self)->start); }
static Ref slice_get_stop(Ref self) { return py_newref(((SliceObj *)self)->stop); }
static Ref slice_get_step(Ref self) { return py_newref(((SliceObj *)self)->step); }

int py_readonly_member_set(Ref, Ref) {
  py_err_set_str(&py_AttributeError_type, "readonly attribute");
  return -1;
}

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, py_readonly_member_set, nullptr},
    {"stop", slice_get_stop, py_readonly_member_set, nullptr},
    {"step", slice_get_step, py_readonly_member_set, nullptr},
    {nullptr},
};

static Ref slice_reduce(Ref self, Ref const *, size_t, Ref) {
  SliceObj *s = (SliceObj *)self;
  Ref args = py_tuple_pack(3, s->start, s->stop, s->step);
  Ref r = args ? py_tuple_pack(2, (Ref)py_type(self), args) : nullptr;
  py_xdecref(args);
  return r;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return (start, stop, stride) for a sequence of the given length.")},
    {"__reduce__", slice_reduce, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return state information for pickling.")},
    {nullptr},
};

PY_TYPE_DEF(py_slice_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "slice",
    .flags = TPF_GC,
    .basicsize = sizeof(SliceObj),
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .tp_new = slice_tp_new,
    .repr = slice_repr,
    .hash = py_container_unhashable,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = PY_DOC("slice(stop)\nslice(start, stop[, step])"),
);
