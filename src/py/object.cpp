// The abstract object API: the operations the VM and builtins perform on any
// object, dispatching through type slots (obj.h), plus the None /
// NotImplemented / Ellipsis singletons and argument parsing for C functions.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// Singletons
// ---------------------------------------------------------------------------

static Ref none_repr(Ref) { return py_str_intern("None"); }
static int none_bool(Ref) { return 0; }
static Ref none_new(Type *, Ref const *, size_t nargs, Ref kwnames) {
  if (py_check_nargs("NoneType", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_None;
}
static Ref notimpl_repr(Ref) { return py_str_intern("NotImplemented"); }
static Ref notimpl_new(Type *, Ref const *, size_t nargs, Ref kwnames) {
  if (py_check_nargs("NotImplementedType", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_NotImplemented;
}
static Ref ellipsis_repr(Ref) { return py_str_intern("Ellipsis"); }
static Ref ellipsis_new(Type *, Ref const *, size_t nargs, Ref kwnames) {
  if (py_check_nargs("ellipsis", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_Ellipsis;
}

PY_TYPE_DEF(py_none_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .tp_new = none_new,
    .repr = none_repr,
    .to_bool = none_bool,
);
PY_TYPE_DEF(py_notimpl_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .tp_new = notimpl_new,
    .repr = notimpl_repr,
);
PY_TYPE_DEF(py_ellipsis_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .tp_new = ellipsis_new,
    .repr = ellipsis_repr,
);
Obj py_None_obj = PY_STATIC_HEAD(&py_none_type);
Obj py_NotImplemented_obj = PY_STATIC_HEAD(&py_notimpl_type);
Obj py_Ellipsis_obj = PY_STATIC_HEAD(&py_ellipsis_type);

// ---------------------------------------------------------------------------
// repr / str / hash / truth
// ---------------------------------------------------------------------------

static Ref obj_check_str_result(Ref r, const char *what) {
  if (r && !py_is_str(r)) {
    py_err_format(&py_TypeError_type, "%s returned non-string (type %T)", what, r);
    py_decref(r);
    return nullptr;
  }
  return r;
}

Ref py_repr(Ref o) {
  if (py_enter_call() < 0) return nullptr;
  Ref r = obj_check_str_result(py_type(o)->repr(o), "__repr__");
  py_leave_call();
  return r;
}

Ref py_str(Ref o) {
  Type *t = py_type(o);
  if (t == &py_str_type) return py_newref(o);
  if (py_enter_call() < 0) return nullptr;
  // object.__str__ is the repr, checked as __str__'s result.
  Ref r = obj_check_str_result(t->str ? t->str(o) : t->repr(o), "__str__");
  py_leave_call();
  return r;
}

Ref py_ascii(Ref o) {
  Ref r = py_repr(o);
  if (!r || py_str_len(r) == py_str_nchars(r)) return r;
  StrBuf b;
  py_strbuf_init(&b);
  const unsigned char *s = (const unsigned char *)py_str_data(r);
  size_t n = py_str_len(r);
  for (size_t i = 0; i < n;) {
    uint32_t c = s[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > 1) {
      c &= 0x3F >> (len - 1);
      for (int k = 1; k < len; k++) c = (c << 6) | (s[i + k] & 0x3F);
    }
    i += len;
    if (c < 0x80)
      py_strbuf_addc(&b, (char)c);
    else if (c <= 0xFF)
      py_strbuf_printf(&b, "\\x%02x", c);
    else if (c <= 0xFFFF)
      py_strbuf_printf(&b, "\\u%04x", c);
    else
      py_strbuf_printf(&b, "\\U%08x", c);
  }
  py_decref(r);
  return py_strbuf_finish(&b);
}

int py_hash(Ref o, int64_t *out) {
  Type *t = py_type(o);
  if (!t->hash) {
    py_err_format(&py_TypeError_type, "unhashable type: '%s'", py_type_name(t));
    return -1;
  }
  return t->hash(o, out);
}

int py_truthy(Ref o) {
  if (o == py_True) return 1;
  if (o == py_False || o == py_None) return 0;
  Type *t = py_type(o);
  if (t->to_bool) return t->to_bool(o);
  if (t->length) {
    int64_t n = t->length(o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Ref py_not(Ref o) {
  int b = py_truthy(o);
  return b < 0 ? nullptr : py_bool(!b);
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE}; // ORDER CMP
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};       // ORDER CMP

Ref py_richcompare(Ref a, Ref b, int op) {
  Type *ta = py_type(a), *tb = py_type(b);
  bool reflected_first = false;
  if (ta != tb && tb->richcompare && py_subtype(tb, ta)) {
    reflected_first = true;
    Ref r = tb->richcompare(b, a, cmp_swapped[op]);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  if (ta->richcompare) {
    Ref r = ta->richcompare(a, b, op);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  if (!reflected_first && tb->richcompare) {
    Ref r = tb->richcompare(b, a, cmp_swapped[op]);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  if (op == CMP_EQ) return py_bool(a == b);
  if (op == CMP_NE) return py_bool(a != b);
  return py_err_format(&py_TypeError_type, "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbols[op], py_type_name(ta), py_type_name(tb));
}

Ref py_cmp_result(int c, int op) {
  // Bit 0, 1, 2 of each: the answer when c is below, equal to, above 0. ORDER CmpOp
  static const uint8_t answers[] = {1, 3, 2, 5, 4, 6};
  return py_newref(py_bool((answers[op] >> ((c > 0) - (c < 0) + 1)) & 1));
}

int py_richcompare_bool(Ref a, Ref b, int op) {
  if (a == b) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  if (py_is_small(a) && py_is_small(b)) {
    intptr_t x = py_small_value(a), y = py_small_value(b);
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
  }
  Ref r = py_richcompare(a, b, op);
  if (!r) return -1;
  int v = py_truthy(r);
  py_decref(r);
  return v;
}

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

Ref py_getattr(Ref o, Ref name) {
  Type *t = py_type(o);
  if (!t->getattr)
    return py_err_format(&py_AttributeError_type, "'%s' object has no attribute '%U'",
                         py_type_name(t), name);
  return t->getattr(o, name);
}

Ref py_getattr_str(Ref o, const char *name) {
  Ref n = py_str_intern(name);
  if (!n) return nullptr;
  Ref r = py_getattr(o, n);
  py_decref(n);
  return r;
}

Ref py_getattr_opt(Ref o, Ref name) {
  // Building an AttributeError only to drop it is most of the cost of a miss.
  Ref r = py_type(o)->getattr == py_generic_getattr ? py_generic_getattr_opt(o, name)
                                                    : py_getattr(o, name);
  if (!r && py_err_matches(&py_AttributeError_type)) py_err_clear();
  return r;
}

int py_setattr(Ref o, Ref name, Ref value) {
  Type *t = py_type(o);
  if (!t->setattr) {
    bool has = t->getattr && py_type_lookup(t, name);
    has ? py_err_format(&py_AttributeError_type, "'%s' object attribute '%U' is read-only",
                        py_type_name(t), name)
        : py_err_format(&py_AttributeError_type, "'%s' object has no attribute '%U'",
                        py_type_name(t), name);
    return -1;
  }
  return t->setattr(o, name, value);
}

int py_setattr_str(Ref o, const char *name, Ref value) {
  Ref n = py_str_intern(name);
  if (!n) return -1;
  int r = py_setattr(o, n, value);
  py_decref(n);
  return r;
}

int py_hasattr(Ref o, Ref name) {
  Ref r = py_getattr_opt(o, name);
  if (r) {
    py_decref(r);
    return 1;
  }
  return py_err_occurred() ? -1 : 0;
}

static bool obj_is_data_descr(Ref d) { return py_type(d)->descr_set != nullptr; }

// object.__getattribute__; a missing attribute raises AttributeError only when
// `raise` (what a descriptor raises stays raised either way).
static Ref generic_getattr(Ref o, Ref name, bool raise) {
  Type *t = py_type(o);
  Ref descr = py_type_lookup(t, name);
  Ref (*get)(Ref, Ref, Ref) = nullptr;
  if (descr) {
    py_incref(descr);
    get = py_type(descr)->descr_get;
    if (get && obj_is_data_descr(descr)) {
      Ref r = get(descr, o, (Ref)t);
      py_decref(descr);
      return r;
    }
  }
  Ref *dictp = py_obj_dictptr(o);
  if (dictp && *dictp) {
    Ref v = py_dict_get_interned(*dictp, name);
    if (v) {
      py_xdecref(descr);
      return py_newref(v);
    }
    if (py_err_occurred()) {
      py_xdecref(descr);
      return nullptr;
    }
  }
  if (get) {
    Ref r = get(descr, o, (Ref)t);
    py_decref(descr);
    return r;
  }
  if (descr) return descr;
  if (!raise) return nullptr;
  return py_err_format(&py_AttributeError_type, "'%s' object has no attribute '%U'",
                       py_type_name(t), name);
}

Ref py_generic_getattr(Ref o, Ref name) { return generic_getattr(o, name, true); }
Ref py_generic_getattr_opt(Ref o, Ref name) { return generic_getattr(o, name, false); }

int py_generic_setattr(Ref o, Ref name, Ref value) {
  Type *t = py_type(o);
  Ref descr = py_type_lookup(t, name);
  if (descr && py_type(descr)->descr_set) {
    py_incref(descr);
    int r = py_type(descr)->descr_set(descr, o, value);
    py_decref(descr);
    return r;
  }
  Ref *dictp = py_obj_dictptr(o);
  if (!dictp) {
    if (descr)
      py_err_format(&py_AttributeError_type, "'%s' object attribute '%U' is read-only",
                    py_type_name(t), name);
    else
      py_err_format(&py_AttributeError_type, "'%s' object has no attribute '%U'", py_type_name(t),
                    name);
    return -1;
  }
  if (!value) {
    if (*dictp && py_dict_get_interned(*dictp, name)) return py_dict_del(*dictp, name);
    if (py_err_occurred()) return -1;
    py_err_format(&py_AttributeError_type, "'%s' object has no attribute '%U'", py_type_name(t),
                  name);
    return -1;
  }
  if (!*dictp && !(*dictp = py_dict_new())) return -1;
  return py_dict_set(*dictp, name, value);
}

Ref py_get_method(Ref o, Ref name, bool *unbound) {
  *unbound = false;
  Type *t = py_type(o);
  if (t->getattr != py_generic_getattr) return py_getattr(o, name);
  Ref descr = py_type_lookup(t, name);
  if (descr) {
    Type *dt = py_type(descr);
    if (dt == &py_function_type || dt == &py_method_descr_type) {
      Ref *dictp = py_obj_dictptr(o);
      if (dictp && *dictp) {
        Ref v = py_dict_get_interned(*dictp, name);
        if (v) return py_newref(v);
        if (py_err_occurred()) return nullptr;
      }
      *unbound = true;
      return py_newref(descr);
    }
  }
  return py_generic_getattr(o, name);
}

// ---------------------------------------------------------------------------
// Items, length, membership, iteration
// ---------------------------------------------------------------------------

Ref py_types_call(const char *name, Ref a, Ref b) {
  Ref types = py_import_str("types");
  if (!types) return nullptr;
  Ref args[2] = {a, b};
  Ref r = py_call_method(types, name, args, 2);
  py_decref(types);
  return r;
}

Ref py_getitem(Ref o, Ref key) {
  Type *t = py_type(o);
  if (t->getitem) return t->getitem(o, key);
  if (o == (Ref)&py_type_type) return py_types_call("GenericAlias", o, key);
  if (py_isinstance_of(o, &py_type_type)) {
    // Generic alias support: list[int], MyClass[T] via __class_getitem__.
    Ref f = py_getattr_opt(o, py_str_intern("__class_getitem__"));
    if (f) {
      Ref r = py_call1(f, key);
      py_decref(f);
      return r;
    }
    if (py_err_occurred()) return nullptr;
    return py_err_format(&py_TypeError_type, "type '%s' is not subscriptable",
                         py_type_name((Type *)o));
  }
  return py_err_format(&py_TypeError_type, "'%s' object is not subscriptable", py_type_name(t));
}

int py_setitem(Ref o, Ref key, Ref value) {
  Type *t = py_type(o);
  if (t->setitem) return t->setitem(o, key, value);
  py_err_format(&py_TypeError_type, "'%s' object does not support item assignment",
                py_type_name(t));
  return -1;
}

int py_delitem(Ref o, Ref key) {
  Type *t = py_type(o);
  if (t->setitem) return t->setitem(o, key, nullptr);
  // CPython words it differently for sequences indexed by an integer.
  bool seq_index = t->length && t->getitem && (py_is_int(key) || py_type(key)->to_index);
  seq_index ? py_err_format(&py_TypeError_type, "'%s' object doesn't support item deletion",
                            py_type_name(t))
            : py_err_format(&py_TypeError_type, "'%s' object does not support item deletion",
                            py_type_name(t));
  return -1;
}

int64_t py_len(Ref o) {
  Type *t = py_type(o);
  if (t->length) return t->length(o);
  py_err_format(&py_TypeError_type, "object of type '%s' has no len()", py_type_name(t));
  return -1;
}

int py_contains(Ref container, Ref value) {
  Type *t = py_type(container);
  if (t->contains) return t->contains(container, value);
  Ref it = py_iter(container);
  if (!it) {
    if (py_err_matches(&py_TypeError_type)) {
      py_err_clear();
      py_err_format(&py_TypeError_type, "argument of type '%s' is not iterable", py_type_name(t));
    }
    return -1;
  }
  int found = 0;
  Ref item;
  while (!found && (item = py_next(it))) {
    found = py_eq(item, value);
    py_decref(item);
    if (found < 0) break;
  }
  py_decref(it);
  if (found == 0 && py_err_occurred()) return -1;
  return found;
}

Ref py_iter(Ref o) {
  Type *t = py_type(o);
  if (t->iter) {
    Ref it = t->iter(o);
    if (it && !py_type(it)->iternext) {
      py_err_format(&py_TypeError_type, "iter() returned non-iterator of type '%T'", it);
      py_decref(it);
      return nullptr;
    }
    return it;
  }
  if (t->getitem && !py_type_has(t, TPF_DICT_SUBCLASS)) {
    // Old sequence protocol: __getitem__ with 0, 1, 2, ... until IndexError.
    return py_seqiter_new(o);
  }
  return py_err_format(&py_TypeError_type, "'%s' object is not iterable", py_type_name(t));
}

Ref py_next(Ref iter) {
  Type *t = py_type(iter);
  if (!t->iternext)
    return py_err_format(&py_TypeError_type, "'%s' object is not an iterator", py_type_name(t));
  Ref r = t->iternext(iter);
  if (!r && py_err_matches(&py_StopIteration_type)) py_err_clear();
  return r;
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

static const char *const binop_symbols[BINOP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "@", "<<", ">>", "&", "|", "^"}; // ORDER BINOP
static const char *const inplace_symbols[BINOP_COUNT] = {
    "+=", "-=",  "*=",  "/=", "//=", "%=", "**=",
    "@=", "<<=", ">>=", "&=", "|=",  "^="}; // ORDER BINOP

static Ref binop_try(Ref a, Ref b, int op) {
  Type *ta = py_type(a), *tb = py_type(b);
  auto fa = ta->binop;
  auto fb = tb != ta && tb->binop != fa ? tb->binop : nullptr;
  if (fa) {
    if (fb && py_subtype(tb, ta)) {
      Ref r = fb(a, b, op);
      if (r != py_NotImplemented) return r;
      py_decref(r);
      fb = nullptr;
    }
    Ref r = fa(a, b, op);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  if (fb) {
    Ref r = fb(a, b, op);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  // type.__or__ / __ror__: int | None is a types.UnionType (lib/py/types.py).
  if (op == BINOP_OR && (py_isinstance_of(a, &py_type_type) || py_isinstance_of(b, &py_type_type)))
    return py_types_call("_union", a, b);
  return py_NotImplemented;
}

static Ref binop_error(Ref a, Ref b, const char *sym) {
  return py_err_format(&py_TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                       py_tname(a), py_tname(b));
}

Ref py_binop(Ref a, Ref b, int op) {
  Ref r = binop_try(a, b, op);
  if (r != py_NotImplemented) return r;
  if (op == BINOP_MUL || op == BINOP_ADD) {
    // Sequence repetition / concatenation where only the right operand knows how.
    Type *tb = py_type(b);
    if (op == BINOP_MUL && tb->binop && py_is_int(a)) {
      r = tb->binop(b, a, op);
      if (r != py_NotImplemented) return r;
    }
  }
  if (op == BINOP_ADD && py_is_str(a))
    return py_err_format(&py_TypeError_type, "can only concatenate str (not \"%s\") to str",
                         py_tname(b));
  return binop_error(a, b, binop_symbols[op]);
}

Ref py_binop_inplace(Ref a, Ref b, int op) {
  Type *ta = py_type(a);
  // Immutable builtins have no in-place form: `a op= b` is `a op b`, where a
  // subclass of a's type on the right gets its reflected method first.
  bool immutable = ta == &py_str_type || ta == &py_int_type || ta == &py_float_type ||
                   ta == &py_tuple_type || ta == &py_bytes_type;
#if UPY_ENABLE_COMPLEX
  immutable = immutable || ta == &py_complex_type;
#endif
  // list and bytearray extend / repeat in place only after the binary
  // protocol declined: a class on the right with __radd__ / __rmul__ wins.
  if ((ta == &py_list_type || ta == &py_bytearray_type) && (op == BINOP_ADD || op == BINOP_MUL) &&
      py_type_has(py_type(b), TPF_HEAPTYPE)) {
    Ref r = binop_try(a, b, op);
    if (r != py_NotImplemented) return r;
  }
  if (ta->binop && !(immutable && py_type(b) != ta)) {
    Ref r = ta->binop(a, b, op | BINOP_INPLACE);
    if (r != py_NotImplemented) return r;
  }
  Ref r = binop_try(a, b, op);
  if (r != py_NotImplemented) return r;
  if (op == BINOP_ADD && py_is_str(a))
    return py_err_format(&py_TypeError_type, "can only concatenate str (not \"%s\") to str",
                         py_tname(b));
  return binop_error(a, b, inplace_symbols[op]);
}

static const char *const unop_names[UNOP_COUNT] = {"unary -", "unary +", "unary ~", "abs()"};

Ref py_unop(Ref a, int op) {
  Type *t = py_type(a);
  if (t->unop) {
    Ref r = t->unop(a, op);
    if (r != py_NotImplemented) return r;
  }
  return py_err_format(&py_TypeError_type, "bad operand type for %s: '%s'", unop_names[op],
                       py_type_name(t));
}

// Always an exact int, as in CPython 3.10+: range(True, 3) is range(1, 3).
Ref py_number_index(Ref o) {
  if (py_is_int(o)) return py_int_from_int_value(o);
  Type *t = py_type(o);
  if (t->to_index) {
    Ref r = t->to_index(o);
    if (r && !py_is_int(r)) {
      py_err_format(&py_TypeError_type, "__index__ returned non-int (type %T)", r);
      py_decref(r);
      return nullptr;
    }
    if (r) py_setref(&r, py_int_from_int_value(r));
    return r;
  }
  return py_err_format(&py_TypeError_type, "'%s' object cannot be interpreted as an integer",
                       py_type_name(t));
}

int py_index_i64(Ref o, int64_t *out) {
  if (py_is_small(o)) {
    *out = py_small_value(o);
    return 0;
  }
  Ref i = py_number_index(o);
  if (!i) return -1;
  int r = py_int_as_i64(i, out);
  py_decref(i);
  return r;
}

int py_number_as_double(Ref o, double *out) {
  if (py_is_small(o)) {
    *out = (double)py_small_value(o);
    return 0;
  }
  Type *t = py_type(o);
  if (t == &py_float_type) {
    *out = py_float_value(o);
    return 0;
  }
  if (py_is_int(o)) {
    int err = 0;
    *out = py_int_as_double(o, &err);
    return err ? -1 : 0;
  }
  if (t->to_float) {
    Ref f = t->to_float(o);
    if (!f) return -1;
    if (!py_is_float(f)) {
      py_err_format(&py_TypeError_type, "%s.__float__ returned non-float (type %T)",
                    py_type_name(t), f);
      py_decref(f);
      return -1;
    }
    *out = py_float_value(f);
    py_decref(f);
    return 0;
  }
  if (t->to_index) {
    Ref i = py_number_index(o);
    if (!i) return -1;
    int err = py_number_as_double(i, out);
    py_decref(i);
    return err;
  }
  py_err_format(&py_TypeError_type, "must be real number, not %s", py_type_name(t));
  return -1;
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------

Ref py_call(Ref callable, Ref const *args, size_t nargs, Ref kwnames) {
  CallFn call = py_type(callable)->call;
  if (!call) return py_err_format(&py_TypeError_type, "'%T' object is not callable", callable);
  if (py_enter_call() < 0) return nullptr;
  Ref r = call(callable, args, nargs, kwnames);
  py_leave_call();
  return r;
}

Ref py_call0(Ref callable) { return py_call(callable, nullptr, 0, nullptr); }
Ref py_call1(Ref callable, Ref a) { return py_call(callable, &a, 1, nullptr); }
Ref py_call2(Ref callable, Ref a, Ref b) {
  Ref args[2] = {a, b};
  return py_call(callable, args, 2, nullptr);
}

Ref py_call_tuple_dict(Ref callable, Ref args_tuple, Ref kwargs) {
  size_t np = args_tuple ? py_tuple_len(args_tuple) : 0;
  size_t nk = kwargs ? (size_t)py_dict_len(kwargs) : 0;
  if (nk == 0) return py_call(callable, np ? py_tuple_items(args_tuple) : nullptr, np, nullptr);
  Ref stack[16];
  Ref *argv = np + nk <= 16 ? stack : (Ref *)py_malloc((np + nk) * sizeof(Ref));
  if (!argv) return nullptr;
  Ref kwnames = py_tuple_new(nk);
  Ref r = nullptr;
  if (kwnames) {
    for (size_t i = 0; i < np; i++) argv[i] = py_tuple_items(args_tuple)[i];
    size_t pos = 0, k = 0;
    Ref key, value;
    while (py_dict_next(kwargs, &pos, &key, &value)) {
      if (!py_is_str(key)) {
        py_err_format(&py_TypeError_type, "keywords must be strings");
        goto done;
      }
      py_tuple_items(kwnames)[k] = py_newref(key);
      argv[np + k++] = value;
    }
    r = py_call(callable, argv, np, kwnames);
  }
done:
  py_xdecref(kwnames);
  if (argv != stack) py_free(argv, (np + nk) * sizeof(Ref));
  return r;
}

Ref py_call_method_ref(Ref obj, Ref name, Ref const *args, size_t nargs) {
  bool unbound;
  Ref f = py_get_method(obj, name, &unbound);
  if (!f) return nullptr;
  Ref r;
  if (unbound) {
    Ref stack[8];
    Ref *argv = nargs + 1 <= 8 ? stack : (Ref *)py_malloc((nargs + 1) * sizeof(Ref));
    if (!argv) {
      py_decref(f);
      return nullptr;
    }
    argv[0] = obj;
    for (size_t i = 0; i < nargs; i++) argv[i + 1] = args[i];
    r = py_call(f, argv, nargs + 1, nullptr);
    if (argv != stack) py_free(argv, (nargs + 1) * sizeof(Ref));
  } else {
    r = py_call(f, args, nargs, nullptr);
  }
  py_decref(f);
  return r;
}

Ref py_call_method(Ref obj, const char *name, Ref const *args, size_t nargs) {
  Ref n = py_str_intern(name);
  if (!n) return nullptr;
  Ref r = py_call_method_ref(obj, n, args, nargs);
  py_decref(n);
  return r;
}

bool py_callable(Ref o) { return py_type(o)->call != nullptr; }

Ref py_sequence_list(Ref iterable) {
  Ref l = py_list_new(0);
  if (l && py_list_extend(l, iterable) < 0) py_clear(&l);
  return l;
}

Ref py_sequence_tuple(Ref iterable) {
  if (py_isinstance_exact(iterable, &py_tuple_type)) return py_newref(iterable);
  Ref l = py_sequence_list(iterable);
  if (!l) return nullptr;
  Ref t = py_list_as_tuple(l);
  py_decref(l);
  return t;
}

// ---------------------------------------------------------------------------
// isinstance / issubclass
// ---------------------------------------------------------------------------

static int obj_check_class(Ref cls, const char *fname) {
  if (py_isinstance_of(cls, &py_type_type)) return 0;
  if (py_is_tuple(cls)) return 0;
  bool sub = fname[2] == 's'; // issubclass says "class"
  py_err_format(&py_TypeError_type, "%s() arg 2 must be a %s, a tuple of %s, or a union", fname,
                sub ? "class" : "type", sub ? "classes" : "types");
  return -1;
}

// Calls cls.__instancecheck__ / __subclasscheck__ when its metaclass defines one
// (other than type's). Returns -2 when there is none.
static int obj_call_check_hook(Ref cls, const char *hook, Ref arg) {
  if (py_type(cls) == &py_type_type) return -2;
  Ref name = py_str_intern(hook);
  Ref f = py_type_lookup(py_type(cls), name);
  py_decref(name);
  if (!f) return -2;
  Ref args[2] = {cls, arg};
  Ref r = py_call(f, args, 2, nullptr);
  if (!r) return -1;
  int b = py_truthy(r);
  py_decref(r);
  return b;
}

// type.__instancecheck__: obj's type, or (as CPython) the class a proxy
// claims through __class__; only instances of classes can claim one.
int py_type_isinstance(Ref obj, Type *cls) {
  Type *t = py_type(obj);
  int r = py_subtype(t, cls);
  // A class may set __class__; a weak proxy answers its referent's.
  if (r || !(py_type_has(t, TPF_HEAPTYPE) || py_weakref_is_proxy(obj))) return r;
  Ref c = py_getattr_opt(obj, py_str_intern("__class__"));
  if (!c) return py_err_occurred() ? -1 : 0;
  r = c != (Ref)t && py_isinstance_of(c, &py_type_type) && py_subtype((Type *)c, cls);
  py_decref(c);
  return r;
}

int py_isinstance(Ref obj, Ref cls) {
  if ((Ref)py_type(obj) == cls) return 1;
  if (py_is_tuple(cls)) {
    for (size_t i = 0; i < py_tuple_len(cls); i++) {
      int r = py_isinstance(obj, py_tuple_items(cls)[i]);
      if (r) return r;
    }
    return 0;
  }
  // Any object whose type defines __instancecheck__ may stand for a class
  // (typing.Sequence, ABCs); only without one must cls be a type.
  int hook = obj_call_check_hook(cls, "__instancecheck__", obj);
  if (hook != -2) return hook;
  if (obj_check_class(cls, "isinstance") < 0) return -1;
  return py_type_isinstance(obj, (Type *)cls);
}

int py_issubclass(Ref derived, Ref cls) {
  if (py_is_tuple(cls)) {
    for (size_t i = 0; i < py_tuple_len(cls); i++) {
      int r = py_issubclass(derived, py_tuple_items(cls)[i]);
      if (r) return r;
    }
    return 0;
  }
  int hook = obj_call_check_hook(cls, "__subclasscheck__", derived);
  if (hook != -2) return hook;
  if (obj_check_class(cls, "issubclass") < 0) return -1;
  if (!py_isinstance_of(derived, &py_type_type)) {
    py_err_format(&py_TypeError_type, "issubclass() arg 1 must be a class");
    return -1;
  }
  return py_subtype((Type *)derived, (Type *)cls);
}

// ---------------------------------------------------------------------------
// Argument parsing
// ---------------------------------------------------------------------------

int py_check_nargs(const char *fname, size_t nargs, Ref kwnames, size_t lo, size_t hi) {
  if (kwnames && py_tuple_len(kwnames)) {
    py_err_format(&py_TypeError_type, "%s() takes no keyword arguments", fname);
    return -1;
  }
  if (nargs >= lo && nargs <= hi) return 0;
  if (lo == hi) {
    if (lo == 0)
      py_err_format(&py_TypeError_type, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (lo == 1)
      py_err_format(&py_TypeError_type, "%s() takes exactly one argument (%zu given)", fname,
                    nargs);
    else
      py_err_format(&py_TypeError_type, "%s expected %zu arguments, got %zu", fname, lo, nargs);
  } else if (nargs < lo) {
    py_err_format(&py_TypeError_type, "%s expected at least %zu argument%s, got %zu", fname, lo,
                  lo == 1 ? "" : "s", nargs);
  } else {
    py_err_format(&py_TypeError_type, "%s expected at most %zu argument%s, got %zu", fname, hi,
                  hi == 1 ? "" : "s", nargs);
  }
  return -1;
}

// The keyword argument called `name`, or nullptr.
static Ref args_find_kw(const char *name, Ref const *kwargs, Ref kwnames) {
  for (size_t k = 0; kwnames && k < py_tuple_len(kwnames); k++)
    if (py_str_equal_cstr(py_tuple_items(kwnames)[k], name)) return kwargs[k];
  return nullptr;
}

// The checks and their order are those of CPython 3.11's argument clinic:
// too many in all, too many positional, a required one missing, then a keyword
// that repeats a positional argument or names no parameter.
int py_parse_args(const ArgSpec &spec, Ref const *args, size_t nargs, Ref kwnames, Ref *out) {
  size_t maxpos = spec.kwonly_start < spec.count ? spec.kwonly_start : spec.count;
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (nargs + nkw > spec.count) {
    py_err_format(&py_TypeError_type, "%s() takes at most %d %sargument%s (%zu given)", spec.fname,
                  spec.count, nargs ? "" : "keyword ", spec.count == 1 ? "" : "s", nargs + nkw);
    return -1;
  }
  if (nargs > maxpos) {
    size_t minpos = spec.required < maxpos ? spec.required : maxpos;
    if (maxpos == 0)
      py_err_format(&py_TypeError_type, "%s() takes no positional arguments", spec.fname);
    else
      py_err_format(&py_TypeError_type, "%s() takes %s %zu positional argument%s (%zu given)",
                    spec.fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                    maxpos == 1 ? "" : "s", nargs);
    return -1;
  }
  size_t minposonly = spec.required < spec.npos_only ? spec.required : spec.npos_only;
  if (nargs < minposonly) {
    py_err_format(&py_TypeError_type, "%s() takes %s %zu positional argument%s (%zu given)",
                  spec.fname, minposonly < maxpos ? "at least" : "exactly", minposonly,
                  minposonly == 1 ? "" : "s", nargs);
    return -1;
  }
  size_t found = 0;
  for (int i = 0; i < spec.count; i++) {
    out[i] = nullptr;
    if (i < (int)nargs)
      out[i] = args[i];
    else if (i >= spec.npos_only && (out[i] = args_find_kw(spec.names[i], args + nargs, kwnames)))
      found++;
    if (!out[i] && i < spec.required) {
      if (i < (int)maxpos)
        py_err_format(&py_TypeError_type, "%s() missing required argument '%s' (pos %d)",
                      spec.fname, spec.names[i], i + 1);
      else
        py_err_format(&py_TypeError_type, "%s() missing required keyword-only argument '%s'",
                      spec.fname, spec.names[i]);
      return -1;
    }
  }
  if (found == nkw) return 0;
  for (size_t i = spec.npos_only; i < nargs; i++)
    if (args_find_kw(spec.names[i], args + nargs, kwnames)) {
      py_err_format(&py_TypeError_type, "argument for %s() given by name ('%s') and position (%zu)",
                    spec.fname, spec.names[i], i + 1);
      return -1;
    }
  for (size_t k = 0; k < nkw; k++) {
    Ref key = py_tuple_items(kwnames)[k];
    int i = spec.npos_only;
    while (i < spec.count && !py_str_equal_cstr(key, spec.names[i])) i++;
    if (i == spec.count) {
      py_err_format(&py_TypeError_type, "'%U' is an invalid keyword argument for %s()", key,
                    spec.fname);
      return -1;
    }
  }
  return 0;
}
