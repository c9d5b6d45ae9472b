// Descriptors: C methods and getsets of builtin types, slot wrappers (dunder
// methods of builtin types), property, staticmethod, classmethod and super.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// C method descriptors (list.append as found in list's dict)
// ---------------------------------------------------------------------------

struct MethodDescr {
  Obj ob;
  Type *owner;
  const MethodDef *def;
};

static void descr_dealloc(Ref self) { py_obj_free(self, sizeof(MethodDescr)); }

Ref py_method_descr_new(Type *owner, const MethodDef *def) {
  Type *t = def->flags & METH_CLASS ? &py_classmethod_descr_type : &py_method_descr_type;
  MethodDescr *d = (MethodDescr *)py_obj_alloc(t, sizeof(MethodDescr));
  if (!d) return nullptr;
  d->owner = owner;
  d->def = def;
  return (Ref)d;
}

static int descr_check_self(MethodDescr *d, Ref self) {
  if (py_isinstance_of(self, d->owner)) return 0;
  py_err_format(&py_TypeError_type,
                "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                py_type_name(d->owner), self);
  return -1;
}

static Ref method_descr_get(Ref self, Ref obj, Ref) {
  MethodDescr *d = (MethodDescr *)self;
  if (!obj) return py_newref(self);
  if (descr_check_self(d, obj) < 0) return nullptr;
  return py_cfunc_new(d->def, obj);
}

static Ref method_descr_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MethodDescr *d = (MethodDescr *)self;
  if (nargs < 1)
    return py_err_format(&py_TypeError_type, "unbound method %s.%s() needs an argument",
                         py_type_name(d->owner), d->def->name);
  if (descr_check_self(d, args[0]) < 0) return nullptr;
  return py_method_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static Ref method_descr_repr(Ref self) {
  MethodDescr *d = (MethodDescr *)self;
  return py_str_format("<method '%s' of '%s' objects>", d->def->name, py_type_name(d->owner));
}

static Ref descr_get_name(Ref self) { return py_str_from_cstr(((MethodDescr *)self)->def->name); }
static Ref descr_get_qualname(Ref self) {
  MethodDescr *d = (MethodDescr *)self;
  return py_str_format("%s.%s", py_type_basename(d->owner), d->def->name);
}
static Ref descr_get_objclass(Ref self) { return py_newref((Ref)((MethodDescr *)self)->owner); }
static Ref descr_get_doc(Ref self) {
  const char *doc = py_doc_text(((MethodDescr *)self)->def->doc);
  return doc ? py_str_from_cstr(doc) : py_None;
}

static const GetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name},
    {"__qualname__", descr_get_qualname},
    {"__objclass__", descr_get_objclass},
    {"__doc__", descr_get_doc},
    {nullptr},
};

PY_TYPE_DEF(py_method_descr_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
);

static Ref classmethod_descr_get(Ref self, Ref obj, Ref type) {
  MethodDescr *d = (MethodDescr *)self;
  Ref cls = type ? type : (Ref)py_type(obj);
  return py_cfunc_new(d->def, cls);
}

static Ref classmethod_descr_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MethodDescr *d = (MethodDescr *)self;
  if (nargs < 1 || !py_isinstance_of(args[0], &py_type_type))
    return py_err_format(&py_TypeError_type, "descriptor '%s' of '%s' object needs a type",
                         d->def->name, py_type_name(d->owner));
  return py_method_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

PY_TYPE_DEF(py_classmethod_descr_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
);

// ---------------------------------------------------------------------------
// getset descriptors
// ---------------------------------------------------------------------------

struct GetSetDescr {
  Obj ob;
  Type *owner;
  const GetSetDef *def;
};

Ref py_getset_descr_new(Type *owner, const GetSetDef *def) {
  GetSetDescr *d = (GetSetDescr *)py_obj_alloc(&py_getset_descr_type, sizeof(GetSetDescr));
  if (!d) return nullptr;
  d->owner = owner;
  d->def = def;
  return (Ref)d;
}

static Ref getset_get(Ref self, Ref obj, Ref) {
  GetSetDescr *d = (GetSetDescr *)self;
  if (!obj) return py_newref(self);
  if (!py_isinstance_of(obj, d->owner))
    return py_err_format(&py_TypeError_type,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                         d->def->name, py_type_name(d->owner), obj);
  return d->def->get(obj);
}

static int getset_set(Ref self, Ref obj, Ref value) {
  GetSetDescr *d = (GetSetDescr *)self;
  if (!d->def->set) {
    py_err_format(&py_AttributeError_type, "attribute '%s' of '%s' objects is not writable",
                  d->def->name, py_type_name(d->owner));
    return -1;
  }
  return d->def->set(obj, value);
}

static Ref getset_repr(Ref self) {
  GetSetDescr *d = (GetSetDescr *)self;
  return py_str_format("<attribute '%s' of '%s' objects>", d->def->name, py_type_name(d->owner));
}

static void getset_dealloc(Ref self) { py_obj_free(self, sizeof(GetSetDescr)); }

PY_TYPE_DEF(py_getset_descr_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .dealloc = getset_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
);

// ---------------------------------------------------------------------------
// Member descriptors: the __slots__ of a class (P.x), each a Ref at a fixed
// offset in the instance, null while unset.
// ---------------------------------------------------------------------------

struct MemberDescr {
  Obj ob;
  Type *owner; // strong: the descriptor may outlive its class's dict
  Ref name;
  uint32_t offset;
};

Ref py_member_descr_new(Type *owner, Ref name, uint32_t offset) {
  MemberDescr *d = (MemberDescr *)py_obj_alloc(&py_member_descr_type, sizeof(MemberDescr));
  if (!d) return nullptr;
  d->owner = (Type *)py_newref((Ref)owner);
  d->name = py_newref(name);
  d->offset = offset;
  return (Ref)d;
}

static Ref *member_slot(MemberDescr *d, Ref obj) {
  if (py_isinstance_of(obj, d->owner)) return (Ref *)((char *)obj + d->offset);
  py_err_format(&py_TypeError_type,
                "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", d->name,
                py_type_name(d->owner), obj);
  return nullptr;
}

static Ref member_get(Ref self, Ref obj, Ref) {
  MemberDescr *d = (MemberDescr *)self;
  if (!obj) return py_newref(self);
  Ref *slot = member_slot(d, obj);
  if (!slot) return nullptr;
  if (!*slot)
    return py_err_format(&py_AttributeError_type, "'%T' object has no attribute '%U'", obj,
                         d->name);
  return py_newref(*slot);
}

static int member_set(Ref self, Ref obj, Ref value) {
  MemberDescr *d = (MemberDescr *)self;
  Ref *slot = member_slot(d, obj);
  if (!slot) return -1;
  if (!value && !*slot) {
    py_err_format(&py_AttributeError_type, "%U", d->name); // CPython 3.11's wording
    return -1;
  }
  py_setref(slot, py_xnewref(value));
  return 0;
}

static Ref member_repr(Ref self) {
  MemberDescr *d = (MemberDescr *)self;
  return py_str_format("<member '%U' of '%s' objects>", d->name, py_type_name(d->owner));
}

static Ref member_get_name(Ref self) { return py_newref(((MemberDescr *)self)->name); }
static Ref member_get_objclass(Ref self) { return py_newref((Ref)((MemberDescr *)self)->owner); }
static Ref member_get_qualname(Ref self) {
  MemberDescr *d = (MemberDescr *)self;
  return py_str_format("%s.%U", py_type_basename(d->owner), d->name);
}

static Ref member_get_doc(Ref) { return py_None; }

static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, nullptr},
    {"__doc__", member_get_doc, nullptr},
    {"__qualname__", member_get_qualname, nullptr},
    {"__objclass__", member_get_objclass, nullptr},
    {nullptr},
};

static int member_traverse(Ref self, VisitProc visit, void *arg) {
  return visit((Ref)((MemberDescr *)self)->owner, arg);
}

static void member_dealloc(Ref self) {
  MemberDescr *d = (MemberDescr *)self;
  py_gc_untrack(self);
  py_decref((Ref)d->owner);
  py_decref(d->name);
  py_obj_free(self, sizeof(MemberDescr));
}

PY_TYPE_DEF(py_member_descr_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "member_descriptor",
    .flags = TPF_GC,
    .basicsize = sizeof(MemberDescr),
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
);

// ---------------------------------------------------------------------------
// Slot wrappers: int.__add__, object.__init__, list.__getitem__, ...
// ---------------------------------------------------------------------------

struct SlotWrapper {
  Obj ob;
  Type *owner;
  const SlotDef *def;
};

Ref py_slot_wrapper_new(Type *owner, const SlotDef *def) {
  SlotWrapper *w = (SlotWrapper *)py_obj_alloc(&py_slot_wrapper_type, sizeof(SlotWrapper));
  if (!w) return nullptr;
  w->owner = owner;
  w->def = def;
  return (Ref)w;
}

const SlotDef *py_slot_wrapper_def(Ref w) { return ((SlotWrapper *)w)->def; }
Type *py_slot_wrapper_type_of(Ref w) { return ((SlotWrapper *)w)->owner; }

static Ref wrapper_get(Ref self, Ref obj, Ref) {
  SlotWrapper *w = (SlotWrapper *)self;
  if (!obj || w->def->kind == SK_NEW) return py_newref(self);
  return py_method_new(self, obj);
}

static Ref wrapper_result_int(int r) { return r < 0 ? nullptr : py_None; }

static Ref wrapper_new(SlotWrapper *w, Ref const *args, size_t nargs, Ref kwnames) {
  const char *tn = py_type_name(w->owner);
  if (nargs < 1) return py_err_format(&py_TypeError_type, "%s.__new__(): not enough arguments", tn);
  if (!py_isinstance_of(args[0], &py_type_type))
    return py_err_format(&py_TypeError_type, "%s.__new__(X): X is not a type object (%T)", tn,
                         args[0]);
  Type *cls = (Type *)args[0];
  if (!py_subtype(cls, w->owner))
    return py_err_format(&py_TypeError_type, "%s.__new__(%s): %s is not a subtype of %s", tn,
                         py_type_name(cls), py_type_name(cls), tn);
  // object.__new__(int) would make an int without its value: an instance must
  // be made by the __new__ of the type that lays it out.
  Type *maker = py_type_new_owner(cls);
  if (maker && maker->tp_new != w->owner->tp_new)
    return py_err_format(&py_TypeError_type, "%s.__new__(%s) is not safe, use %s.__new__()", tn,
                         py_type_name(cls), py_type_name(maker));
  return w->owner->tp_new(cls, args + 1, nargs - 1, kwnames);
}

// Dispatch a slot wrapper call to the owner's slot. args[0] is self.
static Ref wrapper_dispatch(SlotWrapper *w, Ref self, Ref const *a, size_t n) {
  Type *t = w->owner;
  int arg = w->def->arg;
  int64_t h;
  switch (w->def->kind) {
  case SK_REPR: return t->repr(self);
  case SK_STR: return t->str ? t->str(self) : t->repr(self);
  case SK_HASH: return t->hash(self, &h) < 0 ? nullptr : py_int_from_i64(h);
  case SK_GETATTRIBUTE:
    if (!py_is_str(a[0]))
      return py_err_format(&py_TypeError_type, "attribute name must be string, not '%T'", a[0]);
    return t->getattr(self, a[0]);
  case SK_SETATTR:
  case SK_DELATTR: {
    if (!py_is_str(a[0]))
      return py_err_format(&py_TypeError_type, "attribute name must be string, not '%T'", a[0]);
    // object.__setattr__(cls, ...) must not bypass type's own checks.
    Type *nb = py_type(self);
    while (py_type_has(nb, TPF_HEAPTYPE)) nb = nb->base;
    if (nb->setattr != t->setattr)
      return py_err_format(&py_TypeError_type, "can't apply this %s to %T object", w->def->name,
                           self);
    return wrapper_result_int(t->setattr(self, a[0], w->def->kind == SK_SETATTR ? a[1] : nullptr));
  }
  case SK_CMP: return t->richcompare(self, a[0], arg);
  case SK_ITER: return t->iter(self);
  case SK_NEXT: {
    Ref r = t->iternext(self);
    if (!r && !py_err_occurred()) py_err_set_exc((Ref)&py_StopIteration_type);
    return r;
  }
  case SK_GET: {
    Ref obj = a[0] == py_None ? nullptr : a[0];
    Ref type = n > 1 && a[1] != py_None ? a[1] : nullptr;
    if (!obj && !type) return py_err_set_str(&py_TypeError_type, "__get__(None, None) is invalid");
    return t->descr_get(self, obj, type);
  }
  case SK_SET: return wrapper_result_int(t->descr_set(self, a[0], a[1]));
  case SK_DELETE: return wrapper_result_int(t->descr_set(self, a[0], nullptr));
  case SK_BINOP: return t->binop(self, a[0], arg);
  case SK_RBINOP: return t->binop(a[0], self, arg);
  case SK_IBINOP: return t->binop(self, a[0], arg | BINOP_INPLACE);
  case SK_UNOP: return t->unop(self, arg);
  case SK_BOOL: {
    int r = t->to_bool(self);
    return r < 0 ? nullptr : py_bool(r);
  }
  case SK_INT: return t->to_int(self);
  case SK_FLOAT: return t->to_float(self);
  case SK_INDEX: return t->to_index(self);
  case SK_LEN: {
    int64_t len = t->length(self);
    return len < 0 ? nullptr : py_int_from_i64(len);
  }
  case SK_GETITEM: return t->getitem(self, a[0]);
  case SK_SETITEM: return wrapper_result_int(t->setitem(self, a[0], a[1]));
  case SK_DELITEM: return wrapper_result_int(t->setitem(self, a[0], nullptr));
  case SK_CONTAINS: {
    int r = t->contains(self, a[0]);
    return r < 0 ? nullptr : py_bool(r);
  }
  default: return py_err_set_str(&py_SystemError_type, "bad slot wrapper");
  }
}

// pow(self, other, mod) through int.__pow__ / __rpow__ and the like: ints do
// modular power; an int with a non-int modulus is NotImplemented; float (and
// any other number) refuses a modulus, as CPython's float does.
static Ref wrapper_ternary_pow(Type *t, Ref base, Ref exp, Ref mod) {
  if (py_subtype(t, &py_int_type)) {
    if (py_is_int(base) && py_is_int(exp) && py_is_int(mod)) return py_int_pow(base, exp, mod);
    return py_newref(py_NotImplemented);
  }
  return py_err_set_str(&py_TypeError_type,
                        "pow() 3rd argument not allowed unless all arguments are integers");
}

// Number of arguments (after self) each slot kind takes: min, max.
static void wrapper_arity(const SlotDef *def, size_t *lo, size_t *hi) {
  switch (def->kind) {
  case SK_BINOP:
  case SK_RBINOP: *lo = 1, *hi = def->arg == BINOP_POW ? 2 : 1; return;
  case SK_GETATTRIBUTE:
  case SK_DELATTR:
  case SK_CMP:
  case SK_IBINOP:
  case SK_GETITEM:
  case SK_DELITEM:
  case SK_CONTAINS:
  case SK_DELETE: *lo = *hi = 1; return;
  case SK_SETATTR:
  case SK_SET:
  case SK_SETITEM: *lo = *hi = 2; return;
  case SK_GET: *lo = 1, *hi = 2; return;
  default: *lo = *hi = 0;
  }
}

// CPython words these without the slot's name: "expected 1 argument, got 2".
// Slots taking two or a range of arguments unpack them as a tuple named "",
// hence the leading space in their messages.
static int wrapper_check_nargs(const SlotDef *def, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames)) {
    py_err_format(&py_TypeError_type, "wrapper %s() takes no keyword arguments", def->name);
    return -1;
  }
  size_t lo, hi;
  wrapper_arity(def, &lo, &hi);
  if (nargs >= lo && nargs <= hi) return 0;
  const char *sp = hi >= 2 ? " " : "";
  size_t want = nargs < lo ? lo : hi;
  const char *s = want == 1 ? "" : "s";
  if (lo == hi)
    py_err_format(&py_TypeError_type, "%sexpected %zu argument%s, got %zu", sp, want, s, nargs);
  else
    py_err_format(&py_TypeError_type, "%sexpected %s %zu argument%s, got %zu", sp,
                  nargs < lo ? "at least" : "at most", want, s, nargs);
  return -1;
}

static Ref wrapper_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SlotWrapper *w = (SlotWrapper *)self;
  if (w->def->kind == SK_NEW) return wrapper_new(w, args, nargs, kwnames);
  if (nargs < 1)
    return py_err_format(&py_TypeError_type, "descriptor '%s' of '%s' object needs an argument",
                         w->def->name, py_type_name(w->owner));
  Ref obj = args[0];
  if (!py_isinstance_of(obj, w->owner))
    return py_err_format(&py_TypeError_type,
                         "descriptor '%s' requires a '%s' object but received a '%T'", w->def->name,
                         py_type_name(w->owner), obj);
  if (w->def->kind == SK_INIT)
    return wrapper_result_int(w->owner->tp_init(obj, args + 1, nargs - 1, kwnames));
  if (w->def->kind == SK_CALL) return w->owner->call(obj, args + 1, nargs - 1, kwnames);
  if (wrapper_check_nargs(w->def, nargs - 1, kwnames) < 0) return nullptr;
  int kind = w->def->kind;
  if ((kind == SK_BINOP || kind == SK_RBINOP) && nargs == 3 && args[2] != py_None) {
    bool r = kind == SK_RBINOP; // pow(self, other, mod) or pow(other, self, mod)
    return wrapper_ternary_pow(w->owner, r ? args[1] : obj, r ? obj : args[1], args[2]);
  }
  return wrapper_dispatch(w, obj, args + 1, nargs - 1);
}

static Ref wrapper_repr(Ref self) {
  SlotWrapper *w = (SlotWrapper *)self;
  if (w->def->kind == SK_NEW)
    return py_str_format("<built-in method __new__ of type object at %p>", (void *)w->owner);
  return py_str_format("<slot wrapper '%s' of '%s' objects>", w->def->name, py_type_name(w->owner));
}

static Ref wrapper_get_name(Ref self) { return py_str_from_cstr(((SlotWrapper *)self)->def->name); }
static Ref wrapper_get_objclass(Ref self) { return py_newref((Ref)((SlotWrapper *)self)->owner); }
static Ref wrapper_get_qualname(Ref self) {
  SlotWrapper *w = (SlotWrapper *)self;
  return py_str_format("%s.%s", py_type_basename(w->owner), w->def->name);
}

static const GetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name},
    {"__qualname__", wrapper_get_qualname},
    {"__objclass__", wrapper_get_objclass},
    {nullptr},
};

static void wrapper_dealloc(Ref self) { py_obj_free(self, sizeof(SlotWrapper)); }

PY_TYPE_DEF(py_slot_wrapper_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getsets = wrapper_getsets,
);

// ---------------------------------------------------------------------------
// property
// ---------------------------------------------------------------------------

struct PropertyObj {
  Obj ob;
  Ref fget, fset, fdel, doc, name;
  bool getter_doc; // doc is fget's __doc__ (a copy with a new getter takes that one's)
};

static void property_dealloc(Ref self) {
  PropertyObj *p = (PropertyObj *)self;
  py_gc_untrack(self);
  py_xdecref(p->fget);
  py_xdecref(p->fset);
  py_xdecref(p->fdel);
  py_xdecref(p->doc);
  py_xdecref(p->name);
  py_obj_free(self, sizeof(PropertyObj));
}

static int property_traverse(Ref self, VisitProc visit, void *arg) {
  PropertyObj *p = (PropertyObj *)self;
  Ref fields[] = {p->fget, p->fset, p->fdel, p->doc};
  for (Ref f : fields)
    if (f && visit(f, arg)) return 1;
  return 0;
}

static void property_clear(Ref self) {
  PropertyObj *p = (PropertyObj *)self;
  py_clear(&p->fget);
  py_clear(&p->fset);
  py_clear(&p->fdel);
  py_clear(&p->doc);
}

static Ref none_to_null(Ref v) { return v == py_None ? nullptr : v; }

static int property_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc"};
  static const ArgSpec spec = {"property", names, 4, 0, 0, 4};
  Ref a[4];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return -1;
  PropertyObj *p = (PropertyObj *)self;
  py_setref(&p->fget, py_xnewref(a[0] ? none_to_null(a[0]) : nullptr));
  py_setref(&p->fset, py_xnewref(a[1] ? none_to_null(a[1]) : nullptr));
  py_setref(&p->fdel, py_xnewref(a[2] ? none_to_null(a[2]) : nullptr));
  Ref doc = py_xnewref(a[3] ? none_to_null(a[3]) : nullptr);
  p->getter_doc = false;
  if (!doc && p->fget) {
    doc = py_getattr_opt(p->fget, py_str_intern("__doc__"));
    if (!doc && py_err_occurred()) return -1;
    if (doc == py_None) py_clear(&doc);
    p->getter_doc = doc != nullptr;
  }
  if (py_type(self) == &py_property_type) {
    py_setref(&p->doc, doc);
    return 0;
  }
  // A subclass's own docstring would hide the property's: the doc goes in
  // the instance's __dict__ (a subclass without one cannot take it).
  int r = py_setattr_str(self, "__doc__", doc ? doc : py_None);
  py_xdecref(doc);
  return r;
}

static Ref property_new(Type *type, Ref const *, size_t, Ref) {
  return py_obj_alloc(type, type->basicsize);
}

// "property 'x' of 'A' object has no getter" (A: the class's qualified name)
static Ref property_error(PropertyObj *p, Ref obj, const char *what) {
  Ref qn = py_type_qualname(py_type(obj));
  if (!qn) return nullptr;
  if (p->name)
    py_err_format(&py_AttributeError_type, "property '%U' of '%U' object has no %s", p->name, qn,
                  what);
  else
    py_err_format(&py_AttributeError_type, "property of '%U' object has no %s", qn, what);
  py_decref(qn);
  return nullptr;
}

static Ref property_get(Ref self, Ref obj, Ref) {
  PropertyObj *p = (PropertyObj *)self;
  if (!obj) return py_newref(self);
  if (!p->fget) return property_error(p, obj, "getter");
  return py_call1(p->fget, obj);
}

static int property_set(Ref self, Ref obj, Ref value) {
  PropertyObj *p = (PropertyObj *)self;
  Ref f = value ? p->fset : p->fdel;
  if (!f) {
    property_error(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Ref r = value ? py_call2(f, obj, value) : py_call1(f, obj);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

// getter/setter/deleter return a copy with one function replaced.
static Ref property_copy(Ref self, int which, Ref f) {
  PropertyObj *p = (PropertyObj *)self;
  Ref fs[3] = {p->fget, p->fset, p->fdel};
  fs[which] = f;
  Ref doc = p->getter_doc && fs[0] ? nullptr : p->doc;
  Ref args[4] = {fs[0] ? fs[0] : py_None, fs[1] ? fs[1] : py_None, fs[2] ? fs[2] : py_None,
                 doc ? doc : py_None};
  Ref np = py_call((Ref)py_type(self), args, 4, nullptr);
  if (np && py_isinstance_of(np, &py_property_type))
    py_setref(&((PropertyObj *)np)->name, py_xnewref(p->name));
  return np;
}

static Ref property_getter(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return property_copy(self, 0, args[0]);
}
static Ref property_setter(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return property_copy(self, 1, args[0]);
}
static Ref property_deleter(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return property_copy(self, 2, args[0]);
}
static Ref property_set_name(Ref self, Ref const *args, size_t nargs, Ref kw) {
  py_setref(&((PropertyObj *)self)->name, py_newref(args[1]));
  return py_None;
}

static Ref prop_fget(Ref self) { return py_newref(((PropertyObj *)self)->fget ?: py_None); }
static Ref prop_fset(Ref self) { return py_newref(((PropertyObj *)self)->fset ?: py_None); }
static Ref prop_fdel(Ref self) { return py_newref(((PropertyObj *)self)->fdel ?: py_None); }
static Ref prop_doc(Ref self) { return py_newref(((PropertyObj *)self)->doc ?: py_None); }
static int prop_set_doc(Ref self, Ref v) {
  py_setref(&((PropertyObj *)self)->doc, py_xnewref(v));
  return 0;
}
static Ref prop_isabstract(Ref self) {
  PropertyObj *p = (PropertyObj *)self;
  Ref fs[] = {p->fget, p->fset, p->fdel};
  for (Ref f : fs) {
    if (!f) continue;
    Ref v = py_getattr_opt(f, py_str_intern("__isabstractmethod__"));
    if (!v) {
      if (py_err_occurred()) return nullptr;
      continue;
    }
    int t = py_truthy(v);
    py_decref(v);
    if (t) return t < 0 ? nullptr : py_True;
  }
  return py_False;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"setter", property_setter, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"deleter", property_deleter, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"__set_name__", property_set_name, METH_ARGS(2, 2)},
    {nullptr},
};
static const GetSetDef property_getsets[] = {
    {"fget", prop_fget},
    {"fset", prop_fset},
    {"fdel", prop_fdel},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_isabstract},
    {nullptr},
};

PY_TYPE_DEF(py_property_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "property",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(PropertyObj),
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .tp_new = property_new,
    .tp_init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
);

// ---------------------------------------------------------------------------
// staticmethod / classmethod
// ---------------------------------------------------------------------------

struct FuncWrapObj {
  Obj ob;
  Ref func;
  Ref dict;
};

static void funcwrap_dealloc(Ref self) {
  FuncWrapObj *f = (FuncWrapObj *)self;
  py_gc_untrack(self);
  py_xdecref(f->func);
  py_xdecref(f->dict);
  py_obj_free(self, sizeof(FuncWrapObj));
}

static int funcwrap_traverse(Ref self, VisitProc visit, void *arg) {
  FuncWrapObj *f = (FuncWrapObj *)self;
  if (f->func && visit(f->func, arg)) return 1;
  return f->dict && visit(f->dict, arg);
}

static void funcwrap_clear(Ref self) {
  py_clear(&((FuncWrapObj *)self)->func);
  py_clear(&((FuncWrapObj *)self)->dict);
}

static Ref funcwrap_new(Type *type, Ref const *, size_t, Ref) {
  return py_obj_alloc(type, type->basicsize);
}

// Copies __name__, __doc__, ... of the wrapped function into our dict
// (as CPython 3.10+ does), so decorators like functools.wraps see them.
static int funcwrap_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs(py_tname(self), 0, kwnames, 0, 0) < 0) return -1;
  if (nargs != 1) {
    py_err_format(&py_TypeError_type, "%s expected 1 argument, got %zu", py_tname(self), nargs);
    return -1;
  }
  py_setref(&((FuncWrapObj *)self)->func, py_newref(args[0]));
  return 0;
}

Ref py_staticmethod_func(Ref sm) { return ((FuncWrapObj *)sm)->func; }

static Ref staticmethod_get(Ref self, Ref, Ref) { return py_newref(((FuncWrapObj *)self)->func); }

static Ref staticmethod_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_call(((FuncWrapObj *)self)->func, args, nargs, kwnames);
}

static Ref funcwrap_repr(Ref self) {
  return py_str_format("<%s(%R)>", py_tname(self), ((FuncWrapObj *)self)->func);
}

static Ref funcwrap_get_func(Ref self) { return py_newref(((FuncWrapObj *)self)->func); }

static Ref funcwrap_get_isabstract(Ref self) {
  Ref v = py_getattr_opt(((FuncWrapObj *)self)->func, py_str_intern("__isabstractmethod__"));
  if (!v) return py_err_occurred() ? nullptr : py_False;
  return v;
}

static Ref funcwrap_getattr(Ref self, Ref name) {
  // __doc__ is the function's unless set on the wrapper (the generic lookup
  // would find object's).
  Ref dict = ((FuncWrapObj *)self)->dict;
  if (py_str_equal_cstr(name, "__doc__") && !(dict && py_dict_get(dict, name)))
    return py_getattr(((FuncWrapObj *)self)->func, name);
  Ref r = py_generic_getattr(self, name);
  if (r || !py_err_matches(&py_AttributeError_type)) return r;
  // __name__, __doc__, __qualname__, __module__, __wrapped__ come from the function.
  static const char *const forwarded[] = {"__name__", "__qualname__", "__module__",
                                          "__annotations__"};
  for (const char *f : forwarded)
    if (py_str_equal_cstr(name, f)) {
      py_err_clear();
      return py_getattr(((FuncWrapObj *)self)->func, name);
    }
  if (py_str_equal_cstr(name, "__wrapped__")) {
    py_err_clear();
    return py_newref(((FuncWrapObj *)self)->func);
  }
  return nullptr;
}

static const GetSetDef funcwrap_getsets[] = {
    {"__func__", funcwrap_get_func},
    {"__isabstractmethod__", funcwrap_get_isabstract},
    {nullptr},
};

PY_TYPE_DEF(py_staticmethod_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "staticmethod",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(FuncWrapObj),
    .dictoffset = offsetof(FuncWrapObj, dict),
    .dealloc = funcwrap_dealloc,
    .traverse = funcwrap_traverse,
    .clear = funcwrap_clear,
    .tp_new = funcwrap_new,
    .tp_init = funcwrap_init,
    .repr = funcwrap_repr,
    .call = staticmethod_call,
    .getattr = funcwrap_getattr,
    .descr_get = staticmethod_get,
    .getsets = funcwrap_getsets,
);

static Ref classmethod_get(Ref self, Ref obj, Ref type) {
  Ref cls = type ? type : (Ref)py_type(obj);
  Ref f = ((FuncWrapObj *)self)->func;
  // 3.11 chains descriptors: classmethod(property(...)) gets the property's
  // value for the class.
  auto get = py_type(f)->descr_get;
  return get ? get(f, cls, cls) : py_method_new(f, cls);
}

PY_TYPE_DEF(py_classmethod_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "classmethod",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(FuncWrapObj),
    .dictoffset = offsetof(FuncWrapObj, dict),
    .dealloc = funcwrap_dealloc,
    .traverse = funcwrap_traverse,
    .clear = funcwrap_clear,
    .tp_new = funcwrap_new,
    .tp_init = funcwrap_init,
    .repr = funcwrap_repr,
    .getattr = funcwrap_getattr,
    .descr_get = classmethod_get,
    .getsets = funcwrap_getsets,
);

// ---------------------------------------------------------------------------
// super
// ---------------------------------------------------------------------------

struct SuperObj {
  Obj ob;
  Type *type;     // the class where the search starts after
  Ref obj;        // instance or class, or nullptr (unbound)
  Type *obj_type; // type of obj (or obj itself when it is a class)
};

static void super_dealloc(Ref self) {
  SuperObj *s = (SuperObj *)self;
  py_gc_untrack(self);
  py_xdecref((Ref)s->type);
  py_xdecref(s->obj);
  py_xdecref((Ref)s->obj_type);
  py_obj_free(self, sizeof(SuperObj));
}

static int super_traverse(Ref self, VisitProc visit, void *arg) {
  SuperObj *s = (SuperObj *)self;
  if (s->obj && visit(s->obj, arg)) return 1;
  return 0;
}

static Ref super_new(Type *type, Ref const *, size_t, Ref) {
  return py_obj_alloc(type, type->basicsize);
}

static Type *super_check(Type *type, Ref obj) {
  if (py_isinstance_of(obj, &py_type_type) && py_subtype((Type *)obj, type)) return (Type *)obj;
  if (py_subtype(py_type(obj), type)) return py_type(obj);
  // obj.__class__ may lie (proxies); accept when it is a subclass.
  py_err_set_str(&py_TypeError_type,
                 "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

static int super_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("super", nargs, kwnames, 0, 2) < 0) return -1;
  Ref type = nargs > 0 ? args[0] : nullptr, obj = nargs > 1 ? args[1] : nullptr;
  if (nargs == 0 && py_frame_super_args(&type, &obj) < 0) return -1;
  if (!py_isinstance_of(type, &py_type_type)) {
    py_err_format(&py_TypeError_type, "super() argument 1 must be a type, not %T", type);
    return -1;
  }
  if (obj == py_None) obj = nullptr;
  Type *obj_type = nullptr;
  if (obj && !(obj_type = super_check((Type *)type, obj))) return -1;
  SuperObj *s = (SuperObj *)self;
  py_setref((Ref *)&s->type, py_newref(type));
  py_setref(&s->obj, py_xnewref(obj));
  py_setref((Ref *)&s->obj_type, py_xnewref((Ref)obj_type));
  return 0;
}

// `name` in the first class after s->type along obj_type's mro (borrowed), or
// nullptr. s->obj_type must be set.
static Ref super_find(SuperObj *s, Ref name) {
  Ref mro = s->obj_type->mro;
  size_t n = py_tuple_len(mro), i = 0;
  while (i < n && py_tuple_items(mro)[i] != (Ref)s->type) i++;
  for (i++; i < n; i++) {
    Type *b = (Type *)py_tuple_items(mro)[i];
    Ref v = b->dict ? py_dict_get_interned(b->dict, name) : nullptr;
    if (v) return v;
  }
  return nullptr;
}

static Ref super_getattr(Ref self, Ref name) {
  SuperObj *s = (SuperObj *)self;
  Ref v = s->obj_type && !py_str_equal_cstr(name, "__class__") ? super_find(s, name) : nullptr;
  if (v) {
    auto get = py_type(v)->descr_get;
    if (!get) return py_newref(v);
    Ref obj = s->obj == (Ref)s->obj_type ? nullptr : s->obj;
    return get(v, obj, (Ref)s->obj_type);
  }
  Ref r = py_generic_getattr(self, name);
  if (!r && py_err_matches(&py_AttributeError_type)) {
    py_err_clear();
    py_err_format(&py_AttributeError_type, "'super' object has no attribute '%U'", name);
  }
  return r;
}

Ref py_super_method(Ref sup, Ref name, Ref *self) {
  SuperObj *s = (SuperObj *)sup;
  if (!s->obj_type || s->obj == (Ref)s->obj_type) return nullptr;
  Ref v = super_find(s, name);
  if (!v || py_type(v) != &py_function_type) return nullptr;
  *self = s->obj;
  return v;
}

Ref py_super_find_fast(Ref type, Ref obj, Ref name) {
  static Ref class_name; // "__class__", interned once
  if (!class_name && !(class_name = py_str_intern("__class__"))) {
    py_err_clear(); // the general path will report it
    return nullptr;
  }
  if (!py_type_has(py_type(type), TPF_TYPE_SUBCLASS) ||
      py_type_has(py_type(obj), TPF_TYPE_SUBCLASS) || !py_subtype(py_type(obj), (Type *)type) ||
      py_str_equal(name, class_name))
    return nullptr;
  SuperObj s = {{}, (Type *)type, obj, py_type(obj)};
  return super_find(&s, name);
}

static Ref super_repr(Ref self) {
  SuperObj *s = (SuperObj *)self;
  if (s->obj_type)
    return py_str_format("<super: <class '%s'>, <%s object>>", py_type_name(s->type),
                         py_type_name(s->obj_type));
  return py_str_format("<super: <class '%s'>, NULL>", py_type_name(s->type));
}

static Ref super_get_thisclass(Ref self) { return py_newref((Ref)((SuperObj *)self)->type); }
static Ref super_get_self(Ref self) { return py_newref(((SuperObj *)self)->obj ?: py_None); }
static Ref super_get_self_class(Ref self) {
  return py_newref(((SuperObj *)self)->obj_type ? (Ref)((SuperObj *)self)->obj_type : py_None);
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass},
    {"__self__", super_get_self},
    {"__self_class__", super_get_self_class},
    {nullptr},
};

PY_TYPE_DEF(py_super_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "super",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(SuperObj),
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .tp_new = super_new,
    .tp_init = super_init,
    .repr = super_repr,
    .getattr = super_getattr,
    .getsets = super_getsets,
);
