// `type` and `object`, classes created by class statements, and the mapping
// between type slots and dunder methods (both directions: builtin slots are
// exposed as dunder wrappers; a class's dunder methods fill its slots).
#include <cstdio>

#include "py/containers.h"
#include "py/exc.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/symtable.h"
#include "py/type_internal.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// Subtype checks, names, attribute lookup along the mro
// ---------------------------------------------------------------------------

bool py_subtype(Type *a, Type *b) {
  if (a == b) return true;
  if (a->mro) {
    Ref *items = py_tuple_items(a->mro);
    for (size_t i = 0, n = py_tuple_len(a->mro); i < n; i++)
      if (items[i] == (Ref)b) return true;
    return false;
  }
  for (Type *t = a->base; t; t = t->base)
    if (t == b) return true;
  return b == &py_object_type;
}

const char *py_type_name(Type *t) {
  if (py_type_has(t, TPF_HEAPTYPE) && t->ht_name) return py_str_data(t->ht_name);
  return t->name;
}

const char *py_type_basename(Type *t) {
  if (py_type_has(t, TPF_HEAPTYPE) && t->ht_name) return py_str_data(t->ht_name);
  const char *dot = strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

// Note [Type lookup cache]: py_type_lookup results (including misses) are
// cached per (type, name). Any change to any type's dict or mro, and any type
// deallocation, bumps py_type_epoch, which invalidates every entry at once.
struct LookupEntry {
  Type *type;
  Ref name;
  uint32_t epoch;
  Ref value; // borrowed; nullptr = not found
};
static LookupEntry lookup_cache[UPY_TYPE_LOOKUP_CACHE_SIZE];
static_assert((UPY_TYPE_LOOKUP_CACHE_SIZE & (UPY_TYPE_LOOKUP_CACHE_SIZE - 1)) == 0,
              "the cache is indexed by a hash masked to its size");
uint32_t py_type_epoch = 1;

void py_type_modified() { py_type_epoch++; }

static Ref type_lookup_uncached(Type *t, Ref name) {
  if (!t->mro) return t->dict ? py_dict_get_interned(t->dict, name) : nullptr;
  Ref *items = py_tuple_items(t->mro);
  for (size_t i = 0, n = py_tuple_len(t->mro); i < n; i++) {
    Type *b = (Type *)items[i];
    if (!b->dict) continue;
    Ref v = py_dict_get_interned(b->dict, name);
    if (v) return v;
  }
  return nullptr;
}

Ref py_type_lookup(Type *t, Ref name) {
  if (!((StrObj *)name)->interned) return type_lookup_uncached(t, name);
  size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 2654435761u) &
             (UPY_TYPE_LOOKUP_CACHE_SIZE - 1);
  LookupEntry *e = &lookup_cache[h];
  if (e->type == t && e->name == name && e->epoch == py_type_epoch) return e->value;
  // Class dicts have str keys: a lookup cannot raise, and must work while an
  // exception is pending (e.g. before falling back to __getattr__).
  Ref v = type_lookup_uncached(t, name);
  *e = {t, name, py_type_epoch, v};
  return v;
}

// Interned str for a C string with static storage, cached by its address.
static Ref type_intern_static(const char *s) {
  static struct {
    const char *s;
    Ref r;
  } cache[128];
  size_t i = ((uintptr_t)s >> 3) & 127;
  if (cache[i].s != s) {
    Ref r = py_str_intern(s);
    if (!r) return nullptr;
    cache[i].s = s;
    cache[i].r = r; // interned strings are immortal
  }
  return cache[i].r;
}

Ref py_type_lookup_str(Type *t, const char *name) {
  Ref n = type_intern_static(name);
  if (!n) {
    py_err_clear();
    return nullptr;
  }
  return py_type_lookup(t, n);
}

static size_t type_align(size_t n) { return (n + sizeof(Ref) - 1) & ~(sizeof(Ref) - 1); }

size_t py_var_size_with_dict(Type *type, size_t native_size) {
  return type->dictoffset < 0 ? type_align(native_size) + sizeof(Ref) : native_size;
}

// Size of a var-sized object's own data, for finding a trailing dict.
static size_t type_var_native_size(Ref o) {
  Type *t = o->type;
  if (py_type_has(t, TPF_TUPLE_SUBCLASS)) return sizeof(TupleObj) + py_tuple_len(o) * sizeof(Ref);
  if (py_type_has(t, TPF_INT_SUBCLASS)) {
    int32_t s = ((IntObj *)o)->size;
    return sizeof(IntObj) + (size_t)(s < 0 ? -s : s) * sizeof(uint32_t);
  }
  if (py_type_has(t, TPF_STR_SUBCLASS)) return sizeof(StrObj) + py_str_len(o) + 1;
  if (py_subtype(t, &py_bytes_type)) return sizeof(BytesObj) + py_bytes_len(o) + 1;
  return t->basicsize;
}

Ref *py_obj_dictptr(Ref o) {
  if (py_is_small(o)) return nullptr;
  int32_t off = o->type->dictoffset;
  if (off > 0) return (Ref *)((char *)o + off);
  if (off == 0) return nullptr;
  return (Ref *)((char *)o + type_align(type_var_native_size(o)));
}

// ---------------------------------------------------------------------------
// Heap type registry (for re-deriving slots of subclasses when a base changes)
// ---------------------------------------------------------------------------

static Type **heap_types;
static size_t heap_types_len, heap_types_cap;

static int registry_add(Type *t) {
  if (heap_types_len == heap_types_cap) {
    size_t ncap = heap_types_cap ? heap_types_cap * 2 : 32;
    Type **p =
        (Type **)py_realloc(heap_types, heap_types_cap * sizeof(Type *), ncap * sizeof(Type *));
    if (!p) return -1;
    heap_types = p;
    heap_types_cap = ncap;
  }
  heap_types[heap_types_len++] = t;
  return 0;
}

static void registry_remove(Type *t) {
  for (size_t i = 0; i < heap_types_len; i++)
    if (heap_types[i] == t) {
      heap_types[i] = heap_types[--heap_types_len];
      return;
    }
}

// ---------------------------------------------------------------------------
// `object`
// ---------------------------------------------------------------------------

static void object_dealloc(Ref self) { py_obj_free(self, sizeof(Obj)); }

static int object_init(Ref self, Ref const *args, size_t nargs, Ref kwnames);

static bool object_has_args(size_t nargs, Ref kwnames) {
  return nargs || (kwnames && py_tuple_len(kwnames));
}

static Ref object_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (object_has_args(nargs, kwnames) &&
      (type->tp_new != object_new || type->tp_init == object_init)) {
    if (type->tp_new != object_new)
      return py_err_format(&py_TypeError_type,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
    return py_err_format(&py_TypeError_type, "%s() takes no arguments", py_type_name(type));
  }
  if (py_type_has(type, TPF_ABSTRACT)) return py_abstract_error(type);
  return py_obj_alloc(type, type->basicsize);
}

static int object_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Type *type = py_type(self);
  if (object_has_args(nargs, kwnames) &&
      (type->tp_init != object_init || type->tp_new == object_new)) {
    if (type->tp_init != object_init)
      py_err_format(&py_TypeError_type,
                    "object.__init__() takes exactly one argument (the instance to initialize)");
    else
      py_err_format(&py_TypeError_type,
                    "%s.__init__() takes exactly one argument (the instance to initialize)",
                    py_type_name(type));
    return -1;
  }
  return 0;
}

Ref py_type_module_name(Type *t) {
  if (py_type_has(t, TPF_HEAPTYPE)) {
    Ref m = t->dict ? py_dict_get_str(t->dict, "__module__") : nullptr;
    if (m) return py_newref(m);
    return py_str_intern("builtins");
  }
  const char *dot = strrchr(t->name, '.');
  if (!dot) return py_str_intern("builtins");
  return py_str_new(t->name, (size_t)(dot - t->name));
}

Ref py_type_qualname(Type *t) {
  if (py_type_has(t, TPF_HEAPTYPE) && t->ht_qualname) return py_newref(t->ht_qualname);
  return py_str_from_cstr(py_type_basename(t));
}

// The module the reprs of t and its instances name: t's __module__ when it is
// a str other than "builtins" (a class may set it to anything), else nullptr.
static Ref repr_module(Type *t) {
  Ref mod = py_type_module_name(t);
  if (mod && (!py_is_str(mod) || py_str_equal_cstr(mod, "builtins"))) py_clear(&mod);
  py_err_clear();
  return mod;
}

static Ref object_repr(Ref self) {
  Type *t = py_type(self);
  Ref mod = repr_module(t);
  if (!mod) return py_str_format("<%s object at %p>", py_type_name(t), (void *)self);
  Ref qn = py_type_qualname(t);
  Ref r = qn ? py_str_format("<%U.%U object at %p>", mod, qn, (void *)self) : nullptr;
  py_decref(mod);
  py_xdecref(qn);
  return r;
}

static int object_hash(Ref self, int64_t *out) {
  uintptr_t p = (uintptr_t)self;
  *out = (int64_t)((p >> 4) | (p << (sizeof(p) * 8 - 4)));
  if (*out == -1) *out = -2;
  return 0;
}

static Ref object_richcompare(Ref a, Ref b, int op) {
  if (op == CMP_EQ) return py_newref(a == b ? py_True : py_NotImplemented);
  if (op == CMP_NE) {
    // Default __ne__ inverts __eq__ unless that is NotImplemented.
    Type *t = py_type(a);
    if (t->richcompare == object_richcompare) // __eq__ is identity or NotImplemented
      return py_newref(a == b ? py_False : py_NotImplemented);
    Ref r = t->richcompare(a, b, CMP_EQ);
    if (!r || r == py_NotImplemented) return r;
    int v = py_truthy(r);
    py_decref(r);
    return v < 0 ? nullptr : py_bool(!v);
  }
  return py_newref(py_NotImplemented);
}

static Ref object_get_class(Ref self) { return py_newref((Ref)py_type(self)); }

static int object_set_class(Ref self, Ref value) {
  if (!value) {
    py_err_set_str(&py_TypeError_type, "can't delete __class__ attribute");
    return -1;
  }
  if (!py_isinstance_of(value, &py_type_type)) {
    py_err_format(&py_TypeError_type, "__class__ must be set to a class, not '%T' object", value);
    return -1;
  }
  Type *old = py_type(self), *nt = (Type *)value;
  if (!py_type_has(old, TPF_HEAPTYPE) || !py_type_has(nt, TPF_HEAPTYPE)) {
    py_err_set_str(
        &py_TypeError_type,
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (nt->basicsize != old->basicsize || nt->dictoffset != old->dictoffset) {
    py_err_format(&py_TypeError_type, "__class__ assignment: '%s' object layout differs from '%s'",
                  py_type_name(nt), py_type_name(old));
    return -1;
  }
  if (py_type_has(nt, TPF_WEAKREFABLE) != py_type_has(old, TPF_WEAKREFABLE)) {
    py_err_format(&py_TypeError_type, "__class__ assignment: '%s' object layout differs from '%s'",
                  py_type_name(nt), py_type_name(old));
    return -1;
  }
  nt->flags |= old->flags & TPF_WEAKREFERENCED; // its deallocs must look for self's references
  py_incref(value);
  self->type = nt;
  py_decref((Ref)old);
  return 0;
}

static Ref object_get_dict(Ref self) {
  Ref *dp = py_obj_dictptr(self);
  if (!dp)
    return py_err_format(&py_AttributeError_type, "'%T' object has no attribute '__dict__'", self);
  if (!*dp && !(*dp = py_dict_new())) return nullptr;
  return py_newref(*dp);
}

static int object_set_dict(Ref self, Ref value) {
  Ref *dp = py_obj_dictptr(self);
  if (!dp || !value || !py_is_dict(value)) {
    py_err_format(&py_TypeError_type, "__dict__ must be set to a dictionary, not a '%T'", value);
    return -1;
  }
  py_setref(dp, py_newref(value));
  return 0;
}

static const GetSetDef object_dict_getset = {"__dict__", object_get_dict, object_set_dict};

static Ref object_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "__format__() argument must be str, not %T", args[0]);
  if (py_str_len(args[0]))
    return py_err_format(&py_TypeError_type, "unsupported format string passed to %s.__format__",
                         py_tname(self));
  return py_str(self);
}

static Ref object_init_subclass(Ref cls, Ref const *, size_t nargs, Ref kwnames) { return py_None; }

static Ref object_subclasshook(Ref, Ref const *, size_t, Ref) {
  return py_newref(py_NotImplemented);
}

static Ref object_dir(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  Ref names = py_dict_new();
  if (!names) return nullptr;
  Ref *dp = py_obj_dictptr(self);
  if (dp && *dp && py_dict_update(names, *dp) < 0) goto fail;
  {
    Type *t = py_type(self);
    Ref mro = t->mro;
    for (size_t i = 0; mro && i < py_tuple_len(mro); i++) {
      Type *b = (Type *)py_tuple_items(mro)[i];
      if (b->dict && py_dict_update(names, b->dict) < 0) goto fail;
    }
  }
  {
    Ref l = py_dict_keys_list(names);
    py_decref(names);
    return l;
  }
fail:
  py_decref(names);
  return nullptr;
}

// object.__str__: the repr (so super().__str__() works in a class's __str__).
static Ref object_str(Ref self) { return py_type(self)->repr(self); }

static const MethodDef object_methods[] = {
    {"__format__", object_format, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"__init_subclass__", object_init_subclass, METH_CLASS | METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__subclasshook__", object_subclasshook, METH_CLASS},
    {"__dir__", object_dir, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__reduce_ex__", py_object_reduce_ex, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"__reduce__", py_object_reduce, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__getstate__", py_object_getstate, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr},
};

PY_TYPE_DEF(py_object_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "object",
    .flags = TPF_BASETYPE,
    .basicsize = sizeof(Obj),
    .dealloc = object_dealloc,
    .tp_new = object_new,
    .tp_init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
    .richcompare = object_richcompare,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = PY_DOC("The base class of the class hierarchy."),
);

// ---------------------------------------------------------------------------
// The slot <-> dunder table. ORDER SLOT: slot_defs and the SlotKind enum in
// type_internal.h.
// ---------------------------------------------------------------------------

const SlotDef py_slot_defs[] = {
    {"__repr__", SK_REPR, 0},
    {"__str__", SK_STR, 0},
    {"__hash__", SK_HASH, 0},
    {"__call__", SK_CALL, 0},
    {"__getattribute__", SK_GETATTRIBUTE, 0},
    {"__getattr__", SK_GETATTR, 0},
    {"__setattr__", SK_SETATTR, 0},
    {"__delattr__", SK_DELATTR, 0},
    {"__lt__", SK_CMP, CMP_LT},
    {"__le__", SK_CMP, CMP_LE},
    {"__eq__", SK_CMP, CMP_EQ},
    {"__ne__", SK_CMP, CMP_NE},
    {"__gt__", SK_CMP, CMP_GT},
    {"__ge__", SK_CMP, CMP_GE},
    {"__iter__", SK_ITER, 0},
    {"__next__", SK_NEXT, 0},
    {"__get__", SK_GET, 0},
    {"__set__", SK_SET, 0},
    {"__delete__", SK_DELETE, 0},
    {"__add__", SK_BINOP, BINOP_ADD},
    {"__sub__", SK_BINOP, BINOP_SUB},
    {"__mul__", SK_BINOP, BINOP_MUL},
    {"__truediv__", SK_BINOP, BINOP_TRUEDIV},
    {"__floordiv__", SK_BINOP, BINOP_FLOORDIV},
    {"__mod__", SK_BINOP, BINOP_MOD},
    {"__pow__", SK_BINOP, BINOP_POW},
    {"__matmul__", SK_BINOP, BINOP_MATMUL},
    {"__lshift__", SK_BINOP, BINOP_LSHIFT},
    {"__rshift__", SK_BINOP, BINOP_RSHIFT},
    {"__and__", SK_BINOP, BINOP_AND},
    {"__or__", SK_BINOP, BINOP_OR},
    {"__xor__", SK_BINOP, BINOP_XOR},
    {"__radd__", SK_RBINOP, BINOP_ADD},
    {"__rsub__", SK_RBINOP, BINOP_SUB},
    {"__rmul__", SK_RBINOP, BINOP_MUL},
    {"__rtruediv__", SK_RBINOP, BINOP_TRUEDIV},
    {"__rfloordiv__", SK_RBINOP, BINOP_FLOORDIV},
    {"__rmod__", SK_RBINOP, BINOP_MOD},
    {"__rpow__", SK_RBINOP, BINOP_POW},
    {"__rmatmul__", SK_RBINOP, BINOP_MATMUL},
    {"__rlshift__", SK_RBINOP, BINOP_LSHIFT},
    {"__rrshift__", SK_RBINOP, BINOP_RSHIFT},
    {"__rand__", SK_RBINOP, BINOP_AND},
    {"__ror__", SK_RBINOP, BINOP_OR},
    {"__rxor__", SK_RBINOP, BINOP_XOR},
    {"__iadd__", SK_IBINOP, BINOP_ADD},
    {"__isub__", SK_IBINOP, BINOP_SUB},
    {"__imul__", SK_IBINOP, BINOP_MUL},
    {"__itruediv__", SK_IBINOP, BINOP_TRUEDIV},
    {"__ifloordiv__", SK_IBINOP, BINOP_FLOORDIV},
    {"__imod__", SK_IBINOP, BINOP_MOD},
    {"__ipow__", SK_IBINOP, BINOP_POW},
    {"__imatmul__", SK_IBINOP, BINOP_MATMUL},
    {"__ilshift__", SK_IBINOP, BINOP_LSHIFT},
    {"__irshift__", SK_IBINOP, BINOP_RSHIFT},
    {"__iand__", SK_IBINOP, BINOP_AND},
    {"__ior__", SK_IBINOP, BINOP_OR},
    {"__ixor__", SK_IBINOP, BINOP_XOR},
    {"__neg__", SK_UNOP, UNOP_NEG},
    {"__pos__", SK_UNOP, UNOP_POS},
    {"__invert__", SK_UNOP, UNOP_INVERT},
    {"__abs__", SK_UNOP, UNOP_ABS},
    {"__bool__", SK_BOOL, 0},
    {"__int__", SK_INT, 0},
    {"__float__", SK_FLOAT, 0},
    {"__index__", SK_INDEX, 0},
    {"__len__", SK_LEN, 0},
    {"__getitem__", SK_GETITEM, 0},
    {"__setitem__", SK_SETITEM, 0},
    {"__delitem__", SK_DELITEM, 0},
    {"__contains__", SK_CONTAINS, 0},
    {"__init__", SK_INIT, 0},
    {"__new__", SK_NEW, 0},
    {"__del__", SK_DEL, 0},
    {nullptr, 0, 0},
};

// Does the native type `t` implement the slot behind this dunder?
static bool slot_present(Type *t, const SlotDef *d) {
  switch (d->kind) {
  case SK_REPR: return t->repr;
  case SK_STR: return t->str;
  case SK_HASH: return t->hash;
  case SK_CALL: return t->call;
  case SK_GETATTRIBUTE: return t->getattr;
  case SK_GETATTR: return false;
  case SK_SETATTR:
  case SK_DELATTR: return t->setattr;
  case SK_CMP: return t->richcompare;
  case SK_ITER: return t->iter;
  case SK_NEXT: return t->iternext;
  case SK_GET: return t->descr_get;
  case SK_SET:
  case SK_DELETE: return t->descr_set;
  case SK_BINOP:
  case SK_RBINOP:
  case SK_IBINOP: return t->binop;
  case SK_UNOP: return t->unop;
  case SK_BOOL: return t->to_bool;
  case SK_INT: return t->to_int;
  case SK_FLOAT: return t->to_float;
  case SK_INDEX: return t->to_index;
  case SK_LEN: return t->length;
  case SK_GETITEM: return t->getitem;
  case SK_SETITEM:
  case SK_DELITEM: return t->setitem;
  case SK_CONTAINS: return t->contains;
  case SK_INIT: return t->tp_init;
  case SK_NEW: return t->tp_new;
  default: return false;
  }
}

// In-place operator wrappers only for types that really implement them.
static bool slot_wrapper_wanted(Type *t, const SlotDef *d) {
  if (!slot_present(t, d)) return false;
  if (d->kind == SK_IBINOP) {
    switch (d->arg) {
    case BINOP_ADD:
    case BINOP_MUL: return py_type_has(t, TPF_INPLACE_SEQ);
    case BINOP_OR: return py_type_has(t, TPF_INPLACE_SET | TPF_INPLACE_OR);
    case BINOP_AND:
    case BINOP_SUB:
    case BINOP_XOR: return py_type_has(t, TPF_INPLACE_SET);
    default: return false;
    }
  }
  if (t->base && slot_present(t->base, d)) {
    // Only when this type changes the slot (else the base's wrapper is found).
    switch (d->kind) {
    case SK_REPR: return t->repr != t->base->repr;
    case SK_STR: return t->str != t->base->str;
    case SK_HASH: return t->hash != t->base->hash;
    case SK_GETATTRIBUTE: return t->getattr != t->base->getattr;
    case SK_SETATTR:
    case SK_DELATTR: return t->setattr != t->base->setattr;
    case SK_CMP: return t->richcompare != t->base->richcompare;
    case SK_INIT: return t->tp_init != t->base->tp_init;
    case SK_NEW: return t->tp_new != t->base->tp_new;
    default: return true;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Readying builtin types
// ---------------------------------------------------------------------------

static void type_inherit_slots(Type *t, Type *b) {
#define INHERIT(f)                                                                                 \
  if (!t->f) t->f = b->f
  INHERIT(dealloc);
  // Builtins directly under object must opt in to instantiation.
  if (b != &py_object_type) INHERIT(tp_new);
  INHERIT(traverse);
  INHERIT(clear);
  INHERIT(tp_init);
  INHERIT(repr);
  INHERIT(str);
  INHERIT(hash);
  INHERIT(call);
  INHERIT(getattr);
  INHERIT(setattr);
  INHERIT(richcompare);
  INHERIT(iter);
  INHERIT(iternext);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(binop);
  INHERIT(unop);
  INHERIT(to_bool);
  INHERIT(to_int);
  INHERIT(to_float);
  INHERIT(to_index);
  INHERIT(length);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
#undef INHERIT
  if (!t->basicsize) t->basicsize = b->basicsize;
  if (!t->itemsize) t->itemsize = b->itemsize;
  const uint32_t family = TPF_INT_SUBCLASS | TPF_STR_SUBCLASS | TPF_TUPLE_SUBCLASS |
                          TPF_LIST_SUBCLASS | TPF_DICT_SUBCLASS | TPF_EXC_SUBCLASS |
                          TPF_TYPE_SUBCLASS;
  t->flags |= b->flags & family;
}

static Ref type_make_mro_native(Type *t) {
  size_t n = 0;
  for (Type *b = t; b; b = b->base) n++;
  if (t != &py_object_type && !t->base) n++;
  Ref mro = py_tuple_new(n);
  if (!mro) return nullptr;
  size_t i = 0;
  for (Type *b = t; b; b = b->base) py_tuple_items(mro)[i++] = py_newref((Ref)b);
  if (i < n) py_tuple_items(mro)[i] = py_newref((Ref)&py_object_type);
  return mro;
}

static int type_add_methods(Type *t) {
  for (const MethodDef *m = t->methods; m && m->name; m++) {
    Ref d;
    if (m->flags & METH_STATIC) {
      // A staticmethod, as in CPython: the method-call fast paths, which pass
      // the instance to method descriptors, then leave it alone. The function
      // is bound to the type only for its name and repr (str.maketrans).
      Ref f = py_cfunc_new(m, (Ref)t);
      d = f ? py_call1((Ref)&py_staticmethod_type, f) : nullptr;
      py_xdecref(f);
    } else {
      d = py_method_descr_new(t, m);
    }
    if (!d) return -1;
    int r = py_dict_set_str(t->dict, m->name, d);
    py_decref(d);
    if (r < 0) return -1;
  }
  for (const GetSetDef *g = t->getsets; g && g->name; g++) {
    Ref d = py_getset_descr_new(t, g);
    if (!d) return -1;
    int r = py_dict_set_str(t->dict, g->name, d);
    py_decref(d);
    if (r < 0) return -1;
  }
  return 0;
}

static int type_add_slot_wrappers(Type *t) {
  // Unhashable builtins show it as CPython's do (dataclasses checks __hash__ is None).
  if (t->hash == py_container_unhashable && py_dict_set_str(t->dict, "__hash__", py_None) < 0)
    return -1;
  for (const SlotDef *d = py_slot_defs; d->name; d++) {
    if (!slot_wrapper_wanted(t, d)) continue;
    if (py_dict_get_str(t->dict, d->name)) continue;
    Ref w = py_slot_wrapper_new(t, d);
    if (!w) return -1;
    int r = py_dict_set_str(t->dict, d->name, w);
    py_decref(w);
    if (r < 0) return -1;
  }
  // A type that defines __eq__ without hashing is unhashable, visibly.
  if (!t->hash && t->richcompare && !py_dict_get_str(t->dict, "__hash__"))
    return py_dict_set_str(t->dict, "__hash__", py_None);
  return 0;
}

// Note [Packed type definitions] (obj.h).
static const uint16_t packed_slot_offset[] = {
#define PY_SLOT_OFFSET(f) offsetof(Type, f),
    PY_TYPE_SLOTS(PY_SLOT_OFFSET)
#undef PY_SLOT_OFFSET
};
static_assert(sizeof(PackedSlot) == sizeof(void *), "every slot is one pointer");

void py_type_unpack(Type *t, const PackedType *p) {
  t->ob = {PY_IMMORTAL_RC, &py_type_type};
  t->name = p->name;
  t->flags = p->flags;
  t->basicsize = p->basicsize;
  t->itemsize = p->itemsize;
  t->dictoffset = p->dictoffset;
  t->doc = p->doc;
  const PackedSlot *v = p->slots;
  for (int i = 0; i < PY_SLOT_COUNT; i++)
    if (p->mask >> i & 1) memcpy((char *)t + packed_slot_offset[i], v++, sizeof *v);
}

int py_type_ready(Type *t) {
  if (py_type_has(t, TPF_READY)) return 0;
  if (!t->base && t != &py_object_type) t->base = &py_object_type;
  if (t->base && py_type_ready(t->base) < 0) return -1;
  if (t->base) type_inherit_slots(t, t->base);
  if (!t->dict && !(t->dict = py_dict_new())) return -1;
  if (!t->mro && !(t->mro = type_make_mro_native(t))) return -1;
  if (!t->bases) {
    t->bases = t->base ? py_tuple_pack(1, (Ref)t->base) : py_tuple_empty();
    if (!t->bases) return -1;
  }
  if (type_add_methods(t) < 0 || type_add_slot_wrappers(t) < 0) return -1;
  const char *doc = py_doc_text(t->doc);
  if (doc && !py_dict_get_str(t->dict, "__doc__")) {
    Ref d = py_str_from_cstr(doc);
    if (!d || py_dict_set_str(t->dict, "__doc__", d) < 0) return -1;
    py_decref(d);
  }
  t->flags |= TPF_READY;
  py_type_modified();
  return 0;
}

// ---------------------------------------------------------------------------
// Slots of classes: generic functions that call the dunder methods
// ---------------------------------------------------------------------------

// The builtin type whose slot `found` wraps, if it is a slot wrapper of `kind`.
static Type *slot_wrapped_type(Ref found, int kind) {
  if (!found || py_type(found) != &py_slot_wrapper_type) return nullptr;
  if (py_slot_wrapper_def(found)->kind != kind) return nullptr;
  return py_slot_wrapper_type_of(found);
}

// Look up a dunder on the type of self and call it with self + args.
static Ref slot_call_dunder(Ref self, const char *name, Ref const *args, size_t nargs) {
  Ref f = py_type_lookup_str(py_type(self), name);
  // A slot served by two dunders (__set__/__delete__) may find only one.
  if (!f) return py_err_format(&py_AttributeError_type, "%s", name);
  Ref argv[4];
  argv[0] = self;
  for (size_t i = 0; i < nargs; i++) argv[i + 1] = args[i];
  Type *ft = py_type(f);
  if (ft == &py_function_type || ft == &py_method_descr_type || ft == &py_slot_wrapper_type)
    return py_call(f, argv, nargs + 1, nullptr);
  // Other descriptors (staticmethod, callable objects...): bind first.
  Ref bound = ft->descr_get ? ft->descr_get(f, self, (Ref)py_type(self)) : py_newref(f);
  if (!bound) return nullptr;
  Ref r = py_call(bound, args, nargs, nullptr);
  py_decref(bound);
  return r;
}

// Like slot_call_dunder but returns NotImplemented when the dunder is missing.
static Ref slot_call_dunder_opt(Ref self, const char *name, Ref const *args, size_t nargs) {
  Ref f = py_type_lookup_str(py_type(self), name);
  if (!f) return py_newref(py_NotImplemented);
  if (f == py_None) return py_newref(py_NotImplemented);
  return slot_call_dunder(self, name, args, nargs);
}

static Ref slot_repr(Ref self) { return slot_call_dunder(self, "__repr__", nullptr, 0); }
static Ref slot_str(Ref self) { return slot_call_dunder(self, "__str__", nullptr, 0); }

static int slot_hash(Ref self, int64_t *out) {
  Ref r = slot_call_dunder(self, "__hash__", nullptr, 0);
  if (!r) return -1;
  if (!py_is_int(r)) {
    py_err_format(&py_TypeError_type, "__hash__ method should return an integer");
    py_decref(r);
    return -1;
  }
  // As CPython: a value that fits in 64 bits is the hash itself (a str's hash
  // is one, so a class hashing like a str it wraps matches it); a larger one
  // is reduced through the int's own hash.
  int overflow;
  int64_t h = py_int_as_i64_sat(r, &overflow);
  int rc = 0;
  if (overflow)
    rc = py_int_hash(r, out);
  else
    *out = h == -1 ? -2 : h;
  py_decref(r);
  return rc;
}

static Ref slot_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref f = py_type_lookup_str(py_type(self), "__call__");
  if (!f) return py_err_format(&py_TypeError_type, "'%T' object is not callable", self);
  Type *ft = py_type(f);
  if (ft == &py_function_type) return py_call_with_self(f, self, args, nargs, kwnames);
  Ref bound = ft->descr_get ? ft->descr_get(f, self, (Ref)py_type(self)) : py_newref(f);
  if (!bound) return nullptr;
  Ref r = py_call(bound, args, nargs, kwnames);
  py_decref(bound);
  return r;
}

static Ref slot_getattr(Ref self, Ref name) {
  Type *t = py_type(self);
  Ref ga = py_type_lookup_str(t, "__getattribute__");
  Type *native = slot_wrapped_type(ga, SK_GETATTRIBUTE);
  Ref r;
  if ((!ga || (native && native->getattr == py_generic_getattr)) &&
      py_type_lookup_str(t, "__getattr__")) {
    // The common __getattr__ class: a miss of the generic lookup goes to
    // __getattr__ without building an AttributeError first.
    r = py_generic_getattr_opt(self, name);
    if (r || (py_err_occurred() && !py_err_matches(&py_AttributeError_type))) return r;
    py_err_clear();
    return slot_call_dunder(self, "__getattr__", &name, 1);
  }
  if (!ga)
    r = py_generic_getattr(self, name);
  else if (native)
    r = native->getattr(self, name);
  else
    r = slot_call_dunder(self, "__getattribute__", &name, 1);
  if (r || !py_err_matches(&py_AttributeError_type)) return r;
  Ref gf = py_type_lookup_str(t, "__getattr__");
  if (!gf) return nullptr;
  py_err_clear();
  return slot_call_dunder(self, "__getattr__", &name, 1);
}

static int slot_setattr(Ref self, Ref name, Ref value) {
  Ref r;
  if (value) {
    Ref args[2] = {name, value};
    r = slot_call_dunder(self, "__setattr__", args, 2);
  } else {
    r = slot_call_dunder(self, "__delattr__", &name, 1);
  }
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static const char *const cmp_dunders[] = {"__lt__", "__le__", "__eq__",
                                          "__ne__", "__gt__", "__ge__"}; // ORDER CMP

static Ref slot_richcompare(Ref a, Ref b, int op) {
  return slot_call_dunder_opt(a, cmp_dunders[op], &b, 1);
}

static Ref slot_iter(Ref self) {
  Ref f = py_type_lookup_str(py_type(self), "__iter__");
  if (f == py_None) return py_err_format(&py_TypeError_type, "'%T' object is not iterable", self);
  return slot_call_dunder(self, "__iter__", nullptr, 0);
}

static Ref slot_iternext(Ref self) { return slot_call_dunder(self, "__next__", nullptr, 0); }
// An iterator whose class lost __next__ while it was being iterated.
static Ref slot_next_removed(Ref self) {
  return py_err_format(&py_TypeError_type, "'%s' object is not iterable", py_tname(self));
}

static Ref slot_descr_get(Ref self, Ref obj, Ref type) {
  Ref args[2] = {obj ? obj : py_None, type ? type : py_None};
  return slot_call_dunder(self, "__get__", args, 2);
}

static int slot_descr_set(Ref self, Ref obj, Ref value) {
  Ref r;
  if (value) {
    Ref args[2] = {obj, value};
    r = slot_call_dunder(self, "__set__", args, 2);
  } else {
    r = slot_call_dunder(self, "__delete__", &obj, 1);
  }
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static const char *const binop_dunders[BINOP_COUNT] = {"__add__",     "__sub__",      "__mul__",
                                                       "__truediv__", "__floordiv__", "__mod__",
                                                       "__pow__",     "__matmul__",   "__lshift__",
                                                       "__rshift__",  "__and__",      "__or__",
                                                       "__xor__"}; // ORDER BINOP
static const char *const rbinop_dunders[BINOP_COUNT] = {
    "__radd__", "__rsub__", "__rmul__",    "__rtruediv__", "__rfloordiv__",
    "__rmod__", "__rpow__", "__rmatmul__", "__rlshift__",  "__rrshift__",
    "__rand__", "__ror__",  "__rxor__"}; // ORDER BINOP
static const char *const ibinop_dunders[BINOP_COUNT] = {
    "__iadd__", "__isub__", "__imul__",    "__itruediv__", "__ifloordiv__",
    "__imod__", "__ipow__", "__imatmul__", "__ilshift__",  "__irshift__",
    "__iand__", "__ior__",  "__ixor__"}; // ORDER BINOP

static Ref slot_binop(Ref a, Ref b, int op);

// Is `slot_binop` the binop of o's type, and does that type have `dunder`?
static bool slot_binop_has(Ref o, const char *dunder) {
  Type *t = py_type(o);
  return t->binop == slot_binop && py_type_lookup_str(t, dunder) != nullptr;
}

static Ref slot_binop(Ref a, Ref b, int op) {
  if (op & BINOP_INPLACE) {
    op &= ~BINOP_INPLACE;
    if (slot_binop_has(a, ibinop_dunders[op]))
      return slot_call_dunder_opt(a, ibinop_dunders[op], &b, 1);
    return py_newref(py_NotImplemented);
  }
  // Called for either operand (see binop_try in object.cpp): a's forward method
  // when a's type uses this slot, then b's reflected one.
  bool a_side = py_type(a)->binop == slot_binop;
  bool b_side = py_type(b)->binop == slot_binop && py_type(b) != py_type(a) &&
                slot_binop_has(b, rbinop_dunders[op]);
  if (a_side) {
    if (b_side && py_subtype(py_type(b), py_type(a))) {
      Ref r = slot_call_dunder_opt(b, rbinop_dunders[op], &a, 1);
      if (r != py_NotImplemented) return r;
      py_decref(r);
      b_side = false;
    }
    Ref r = slot_call_dunder_opt(a, binop_dunders[op], &b, 1);
    if (r != py_NotImplemented || !b_side) return r;
    py_decref(r);
  }
  if (py_type(b)->binop == slot_binop && py_type(b) != py_type(a))
    return slot_call_dunder_opt(b, rbinop_dunders[op], &a, 1);
  if (!a_side && py_type(b)->binop == slot_binop)
    return slot_call_dunder_opt(b, rbinop_dunders[op], &a, 1);
  return py_newref(py_NotImplemented);
}

static const char *const unop_dunders[UNOP_COUNT] = {"__neg__", "__pos__", "__invert__",
                                                     "__abs__"}; // ORDER UNOP

static Ref slot_unop(Ref self, int op) {
  return slot_call_dunder_opt(self, unop_dunders[op], nullptr, 0);
}

static int slot_bool(Ref self) {
  Type *t = py_type(self);
  const char *name = py_type_lookup_str(t, "__bool__") ? "__bool__" : "__len__";
  if (!py_type_lookup_str(t, name)) return 1;
  Ref r = slot_call_dunder(self, name, nullptr, 0);
  if (!r) return -1;
  int v;
  if (name[2] == 'b') {
    if (!py_is_bool(r)) {
      py_err_format(&py_TypeError_type, "__bool__ should return bool, returned %T", r);
      v = -1;
    } else {
      v = r == py_True;
    }
  } else {
    int64_t n;
    v = py_index_i64(r, &n) < 0 ? -1 : n != 0;
    if (v >= 0 && n < 0) {
      py_err_set_str(&py_ValueError_type, "__len__() should return >= 0");
      v = -1;
    }
  }
  py_decref(r);
  return v;
}

static Ref slot_int(Ref self) { return slot_call_dunder(self, "__int__", nullptr, 0); }
static Ref slot_float(Ref self) { return slot_call_dunder(self, "__float__", nullptr, 0); }
static Ref slot_index(Ref self) { return slot_call_dunder(self, "__index__", nullptr, 0); }

static int64_t slot_length(Ref self) {
  Ref r = slot_call_dunder(self, "__len__", nullptr, 0);
  if (!r) return -1;
  int64_t n;
  int rc = py_index_i64(r, &n);
  py_decref(r);
  if (rc < 0) {
    if (py_err_matches(&py_OverflowError_type)) {
      py_err_clear();
      py_err_set_str(&py_OverflowError_type, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
  }
  if (n < 0) {
    py_err_set_str(&py_ValueError_type, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static Ref slot_getitem(Ref self, Ref key) {
  return slot_call_dunder(self, "__getitem__", &key, 1);
}

static int slot_setitem(Ref self, Ref key, Ref value) {
  Ref r;
  if (value) {
    Ref args[2] = {key, value};
    r = slot_call_dunder(self, "__setitem__", args, 2);
  } else {
    r = slot_call_dunder(self, "__delitem__", &key, 1);
  }
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int slot_contains(Ref self, Ref value) {
  Ref f = py_type_lookup_str(py_type(self), "__contains__");
  if (!f) {
    // Fall back to iteration, as for objects without __contains__.
    Ref it = py_iter(self);
    if (!it) return -1;
    int found = 0;
    Ref item;
    while (!found && (item = py_next(it))) {
      found = py_eq(item, value);
      py_decref(item);
    }
    py_decref(it);
    return py_err_occurred() ? -1 : found;
  }
  if (f == py_None) {
    py_err_format(&py_TypeError_type, "'%T' object is not a container", self);
    return -1;
  }
  Ref r = slot_call_dunder(self, "__contains__", &value, 1);
  if (!r) return -1;
  int v = py_truthy(r);
  py_decref(r);
  return v;
}

static Ref slot_new(Type *type, Ref const *args, size_t nargs, Ref kwnames);

Type *py_type_new_owner(Type *t) {
  while (t && t->tp_new == slot_new) t = t->base;
  return t;
}

static Ref slot_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  Ref f = py_type_lookup_str(type, "__new__");
  if (!f)
    return py_err_format(&py_TypeError_type, "cannot create '%s' instances", py_type_name(type));
  // __new__ is a static method: call it with the class prepended.
  Ref fn = py_type(f) == &py_staticmethod_type ? py_staticmethod_func(f) : f;
  return py_call_with_self(fn, (Ref)type, args, nargs, kwnames);
}

static int slot_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref f = py_type_lookup_str(py_type(self), "__init__");
  if (!f) return 0;
  Ref r = py_call_with_self(f, self, args, nargs, kwnames);
  if (!r) return -1;
  if (r != py_None) {
    py_err_format(&py_TypeError_type, "__init__() should return None, not '%T'", r);
    py_decref(r);
    return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Instances of classes: dealloc / traverse / clear
// ---------------------------------------------------------------------------

static Type *native_base(Type *t) {
  while (py_type_has(t, TPF_HEAPTYPE)) t = t->base;
  return t;
}

static void subtype_call_del(Ref self) {
  Ref del = py_type_lookup_str(py_type(self), "__del__");
  if (!del) return;
  Ref saved = py_err_fetch();
  self->rc = 1; // temporarily resurrect for the call
  Ref r = py_call1(del, self);
  if (!r) {
    Ref exc = py_err_fetch();
    py_print_unraisable("Exception ignored in", del, exc);
    py_decref(exc);
  }
  py_xdecref(r);
  if (saved) py_err_restore(saved);
  self->rc--;
}

// The Refs classes added to self's native layout (Note [Slots]): [*begin, *end)
// and a var-sized instance's __dict__ (*dp, or nullptr).
static Type *subtype_refs(Ref self, Ref **begin, Ref **end, Ref **dp) {
  Type *t = py_type(self), *nb = native_base(t);
  *begin = (Ref *)((char *)self + nb->basicsize);
  *end = (Ref *)((char *)self + t->basicsize);
  *dp = t->dictoffset < 0 && nb->dictoffset == 0 ? py_obj_dictptr(self) : nullptr;
  return nb;
}

static void subtype_clear_refs(Ref self) {
  Ref *p, *end, *dp;
  subtype_refs(self, &p, &end, &dp);
  for (; p < end; p++) py_clear(p);
  if (dp) py_clear(dp);
}

static void subtype_dealloc(Ref self) {
  Type *t = py_type(self);
  if (py_type_lookup_str(t, "__del__")) {
    subtype_call_del(self);
    if (self->rc > 0) return; // resurrected
  }
  py_weakref_dying(self);
  subtype_clear_refs(self);
  native_base(t)->dealloc(self);
}

static int subtype_traverse(Ref self, VisitProc visit, void *arg) {
  Ref *p, *end, *dp;
  Type *nb = subtype_refs(self, &p, &end, &dp);
  if (visit((Ref)py_type(self), arg)) return 1;
  for (; p < end; p++)
    if (*p && visit(*p, arg)) return 1;
  if (dp && *dp && visit(*dp, arg)) return 1;
  return nb->traverse ? nb->traverse(self, visit, arg) : 0;
}

static void subtype_clear(Ref self) {
  subtype_clear_refs(self);
  Type *nb = native_base(py_type(self));
  if (nb->clear) nb->clear(self);
}

// ---------------------------------------------------------------------------
// Deriving a class's slots from its mro
// ---------------------------------------------------------------------------

// Decide one slot: nullptr when no dunder, the native function when it comes
// straight from a builtin, else the generic slot function (which fails as
// CPython does for a dunder set to None: "not iterable", "not callable").
#define UPDATE_SLOT(field, kind, dunder, generic)                                                  \
  do {                                                                                             \
    Ref f_ = py_type_lookup_str(t, dunder);                                                        \
    Type *w_ = slot_wrapped_type(f_, kind);                                                        \
    t->field = !f_ ? nullptr : w_ ? w_->field : generic;                                           \
  } while (0)

// For slots served by several dunders: generic if any of them is Python code.
static bool any_python_dunder(Type *t, int kind) {
  for (const SlotDef *d = py_slot_defs; d->name; d++) {
    if (d->kind != kind) continue;
    Ref f = py_type_lookup_str(t, d->name);
    if (f && f != py_None && py_type(f) != &py_slot_wrapper_type) return true;
  }
  return false;
}

static void type_update_slots(Type *t) {
  Type *nb = native_base(t);
  UPDATE_SLOT(repr, SK_REPR, "__repr__", slot_repr);
  UPDATE_SLOT(str, SK_STR, "__str__", slot_str);
  UPDATE_SLOT(hash, SK_HASH, "__hash__", slot_hash);
  if (py_type_lookup_str(t, "__hash__") == py_None) t->hash = nullptr; // unhashable
  UPDATE_SLOT(call, SK_CALL, "__call__", slot_call);
  UPDATE_SLOT(iter, SK_ITER, "__iter__", slot_iter);
  Ref (*had_next)(Ref) = t->iternext;
  UPDATE_SLOT(iternext, SK_NEXT, "__next__", slot_iternext);
  if (had_next && !t->iternext) t->iternext = slot_next_removed; // (loops call it unchecked)
  UPDATE_SLOT(descr_get, SK_GET, "__get__", slot_descr_get);
  UPDATE_SLOT(to_int, SK_INT, "__int__", slot_int);
  UPDATE_SLOT(to_float, SK_FLOAT, "__float__", slot_float);
  UPDATE_SLOT(to_index, SK_INDEX, "__index__", slot_index);
  UPDATE_SLOT(length, SK_LEN, "__len__", slot_length);
  UPDATE_SLOT(getitem, SK_GETITEM, "__getitem__", slot_getitem);
  UPDATE_SLOT(contains, SK_CONTAINS, "__contains__", slot_contains);
  UPDATE_SLOT(tp_init, SK_INIT, "__init__", slot_init);
  UPDATE_SLOT(tp_new, SK_NEW, "__new__", slot_new);
  t->getattr = py_type_lookup_str(t, "__getattr__") || any_python_dunder(t, SK_GETATTRIBUTE)
                   ? slot_getattr
                   : nb->getattr;
  t->setattr = any_python_dunder(t, SK_SETATTR) || any_python_dunder(t, SK_DELATTR) ? slot_setattr
                                                                                    : nb->setattr;
  t->richcompare = any_python_dunder(t, SK_CMP) ? slot_richcompare : nb->richcompare;
  t->binop = any_python_dunder(t, SK_BINOP) || any_python_dunder(t, SK_RBINOP) ||
                     any_python_dunder(t, SK_IBINOP)
                 ? slot_binop
                 : nb->binop;
  t->unop = any_python_dunder(t, SK_UNOP) ? slot_unop : nb->unop;
  t->descr_set = any_python_dunder(t, SK_SET) || any_python_dunder(t, SK_DELETE) ? slot_descr_set
                                                                                 : nb->descr_set;
  t->setitem = any_python_dunder(t, SK_SETITEM) || any_python_dunder(t, SK_DELITEM) ? slot_setitem
                                                                                    : nb->setitem;
  t->to_bool = any_python_dunder(t, SK_BOOL) || (any_python_dunder(t, SK_LEN) && !nb->to_bool)
                   ? slot_bool
                   : nb->to_bool;
  if (!t->to_bool && t->length == slot_length) t->to_bool = slot_bool;
  if (py_type_lookup_str(t, "__bool__") == py_None) t->to_bool = slot_bool;
  // object's own __init__/__new__ semantics need the identity of the functions.
  if (!t->tp_new) t->tp_new = nb->tp_new;
  if (!t->tp_init) t->tp_init = nb->tp_init;
}

void py_type_update_slots_all(Type *changed) {
  py_type_modified();
  for (size_t i = 0; i < heap_types_len; i++)
    if (py_subtype(heap_types[i], changed)) type_update_slots(heap_types[i]);
}

// ---------------------------------------------------------------------------
// Creating classes
// ---------------------------------------------------------------------------

// C3 linearization of the bases' mros.
static Ref type_c3_mro(Type *t, Ref bases) {
  size_t nb = py_tuple_len(bases);
  // Sequences to merge: each base's mro, then the bases list itself.
  Ref seqs = py_list_new(0);
  if (!seqs) return nullptr;
  Ref result = py_list_new(0);
  Ref *heads = nullptr;
  if (!result || py_list_append(result, (Ref)t) < 0) goto fail;
  for (size_t i = 0; i < nb; i++) {
    Ref l = py_sequence_list(((Type *)py_tuple_items(bases)[i])->mro);
    if (!l || py_list_append(seqs, l) < 0) {
      py_xdecref(l);
      goto fail;
    }
    py_decref(l);
  }
  {
    Ref bl = py_sequence_list(bases);
    if (!bl || py_list_append(seqs, bl) < 0) {
      py_xdecref(bl);
      goto fail;
    }
    py_decref(bl);
  }
  for (;;) {
    size_t ns = py_list_len(seqs);
    Ref *s = py_list_items(seqs);
    bool all_empty = true;
    Ref pick = nullptr;
    for (size_t i = 0; i < ns && !pick; i++) {
      if (py_list_len(s[i]) == 0) continue;
      all_empty = false;
      Ref cand = py_list_items(s[i])[0];
      bool in_tail = false;
      for (size_t j = 0; j < ns && !in_tail; j++) {
        size_t lj = py_list_len(s[j]);
        for (size_t k = 1; k < lj; k++)
          if (py_list_items(s[j])[k] == cand) {
            in_tail = true;
            break;
          }
      }
      if (!in_tail) pick = cand;
    }
    if (all_empty) break;
    if (!pick) {
      StrBuf b;
      py_strbuf_init(&b);
      py_strbuf_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
      bool first = true;
      for (size_t i = 0; i < ns; i++) {
        if (!py_list_len(s[i])) continue;
        Ref head = py_list_items(s[i])[0];
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++)
          dup = py_list_len(s[j]) && py_list_items(s[j])[0] == head;
        if (dup) continue;
        py_strbuf_printf(&b, "%s%s", first ? "" : ", ", py_type_name((Type *)head));
        first = false;
      }
      Ref msg = py_strbuf_finish(&b);
      if (msg) {
        py_err_set_obj(&py_TypeError_type, msg);
        py_decref(msg);
      }
      goto fail;
    }
    if (py_list_append(result, pick) < 0) goto fail;
    for (size_t i = 0; i < ns; i++) {
      Ref l = s[i];
      if (py_list_len(l) && py_list_items(l)[0] == pick) {
        Ref first = py_list_items(l)[0];
        memmove(py_list_items(l), py_list_items(l) + 1, (py_list_len(l) - 1) * sizeof(Ref));
        ((ListObj *)l)->len--;
        py_decref(first);
      }
    }
  }
  {
    Ref mro = py_list_as_tuple(result);
    py_decref(result);
    py_decref(seqs);
    return mro;
  }
fail:
  (void)heads;
  py_xdecref(result);
  py_decref(seqs);
  return nullptr;
}

// The base whose instance layout the new class extends: the most derived native
// base among the bases' native bases (they must be on one line).
// Does t only add a __dict__ slot to its base's layout (or nothing at all)?
static bool type_same_layout(Type *t, Type *b) {
  if (t->itemsize != b->itemsize) return false;
  if (t->basicsize == b->basicsize && t->dictoffset == b->dictoffset) return true;
  if (!py_type_has(t, TPF_HEAPTYPE) || b->dictoffset != 0) return false;
  if (t->dictoffset < 0) return t->basicsize == b->basicsize;
  return t->dictoffset == (int32_t)b->basicsize && t->basicsize == b->basicsize + sizeof(Ref);
}

// The nearest base that adds fields (other than a __dict__) to the layout.
static Type *type_layout_owner(Type *t) {
  while (t->base && type_same_layout(t, t->base)) t = t->base;
  return t;
}

// *base_out: the base it comes from (the class's __base__).
static Type *type_solid_base(Ref bases, Type **base_out) {
  Type *best = nullptr;
  for (size_t i = 0; i < py_tuple_len(bases); i++) {
    Type *b = (Type *)py_tuple_items(bases)[i];
    Type *nb = type_layout_owner(b);
    if (!best || (nb != best && py_subtype(nb, best))) {
      best = nb;
      *base_out = b;
    } else if (!py_subtype(best, nb)) {
      py_err_set_str(&py_TypeError_type, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

static int type_check_bases(Ref bases) {
  for (size_t i = 0; i < py_tuple_len(bases); i++) {
    Ref b = py_tuple_items(bases)[i];
    if (!py_isinstance_of(b, &py_type_type)) {
      py_err_format(&py_TypeError_type, "bases must be types");
      return -1;
    }
    if (!py_type_has((Type *)b, TPF_BASETYPE)) {
      py_err_format(&py_TypeError_type, "type '%s' is not an acceptable base type",
                    py_type_name((Type *)b));
      return -1;
    }
    for (size_t j = 0; j < i; j++)
      if (py_tuple_items(bases)[j] == b) {
        py_err_format(&py_TypeError_type, "duplicate base class %s", py_type_name((Type *)b));
        return -1;
      }
  }
  return 0;
}

// Wrap plain functions that are implicitly static / class methods.
static int type_fix_implicit_methods(Ref dict) {
  static const char *const as_static[] = {"__new__"};
  static const char *const as_class[] = {"__init_subclass__", "__class_getitem__"};
  for (const char *n : as_static) {
    Ref f = py_dict_get_str(dict, n);
    if (f && py_type(f) == &py_function_type) {
      Ref sm = py_call1((Ref)&py_staticmethod_type, f);
      if (!sm || py_dict_set_str(dict, n, sm) < 0) return -1;
      py_decref(sm);
    }
  }
  for (const char *n : as_class) {
    Ref f = py_dict_get_str(dict, n);
    if (f && py_type(f) == &py_function_type) {
      Ref cm = py_call1((Ref)&py_classmethod_type, f);
      if (!cm || py_dict_set_str(dict, n, cm) < 0) return -1;
      py_decref(cm);
    }
  }
  return 0;
}

// Note [Slots]
// A class extends its solid base's layout only with Refs: one per name of its
// __slots__ (read and written by member descriptors in the class dict, null
// while unset) and, unless it has __slots__ without "__dict__", a __dict__
// pointer when the base has none (at the end of a var-sized instance). So the
// Refs a class adds are those between its native base's basicsize and its own
// (plus a var-sized instance's __dict__): subtype_dealloc/traverse/clear walk
// them. "__weakref__" takes no room: it makes the instances weakly
// referenceable (TPF_WEAKREFABLE, Note [Weak references] in weakref.cpp),
// which a class without __slots__ is unless its base forbids it.

// The names of a __slots__ value, mangled, "__dict__" and "__weakref__" left
// out (*want_dict set for the former, *nweak counts the latter).
static Ref slots_names(Ref slots, Ref clsname, bool *want_dict, int *nweak) {
  Ref seq = py_is_str(slots) ? py_tuple_pack(1, slots) : py_sequence_tuple(slots);
  if (!seq) return nullptr;
  Ref names = py_list_new(0);
  for (size_t i = 0; names && i < py_tuple_len(seq); i++) {
    Ref s = py_tuple_items(seq)[i];
    if (!py_is_str(s)) {
      py_err_format(&py_TypeError_type, "__slots__ items must be strings, not '%s'", py_tname(s));
      py_clear(&names);
    } else if (!py_str_isidentifier(s)) {
      py_err_set_str(&py_TypeError_type, "__slots__ must be identifiers");
      py_clear(&names);
    } else if (py_str_equal_cstr(s, "__dict__")) {
      if (*want_dict) {
        py_err_set_str(&py_TypeError_type, "__dict__ slot disallowed: we already got one");
        py_clear(&names);
      }
      *want_dict = true;
    } else if (py_str_equal_cstr(s, "__weakref__")) {
      ++*nweak;
    } else {
      Ref m = py_mangle(clsname, s);
      if (m) m = py_str_intern_ref(m);
      if (!m || py_list_append(names, m) < 0) py_clear(&names);
      py_xdecref(m);
    }
  }
  py_decref(seq);
  return names;
}

#if UPY_ENABLE_WEAKREF
// Whether class t (its base set) may add weak reference support: as in
// CPython, not when its base has it or is var-sized (int, tuple, bytes; str is
// not var-sized there).
static bool type_may_add_weak(Type *t) {
  Type *b = t->base;
  return !py_type_has(b, TPF_WEAKREFABLE) && (b->itemsize == 0 || py_type_has(b, TPF_STR_SUBCLASS));
}

// Instances of t are weakly referenceable when its base's are, or when it adds
// that (without __slots__, or with "__weakref__" in them, or through another
// base than its primary one). *adds: the latter.
static void type_set_weakrefable(Type *t, Ref bases, bool has_slots, bool want_weak, bool *adds) {
  bool may = type_may_add_weak(t);
  *adds = may && (!has_slots || want_weak);
  for (size_t i = 0; may && !*adds && i < py_tuple_len(bases); i++)
    *adds = py_type_has((Type *)py_tuple_items(bases)[i], TPF_WEAKREFABLE);
  if (*adds || py_type_has(t->base, TPF_WEAKREFABLE)) t->flags |= TPF_WEAKREFABLE;
}
#endif

// The instance layout of class t on its solid base; with __slots__, their
// member descriptors go into dict. *adds_weak: t adds weak reference support.
static int type_set_layout(Type *t, Type *solid, Ref bases, Ref dict, bool *adds_weak) {
  t->basicsize = solid->basicsize;
  t->itemsize = solid->itemsize;
  t->dictoffset = solid->dictoffset;
  Ref slots = py_dict_get_str(dict, "__slots__");
  bool want_dict = !slots;
  int nweak = 0;
  if (slots) {
    Ref names = slots_names(slots, t->ht_name, &want_dict, &nweak);
    if (!names) return -1;
    size_t n = py_list_len(names);
    // "__weakref__" counts too, but str, var-sized here and not in CPython,
    // lets its subclasses add it.
    if (solid->itemsize && (n || (nweak && !py_type_has(solid, TPF_STR_SUBCLASS)))) {
      py_decref(names);
      py_err_format(&py_TypeError_type, "nonempty __slots__ not supported for subtype of '%s'",
                    py_type_name(solid));
      return -1;
    }
#if UPY_ENABLE_WEAKREF
    if (nweak > 1 || (nweak && !type_may_add_weak(t))) {
      py_decref(names);
      py_err_set_str(&py_TypeError_type, "__weakref__ slot disallowed: either we already got one, "
                                         "or __itemsize__ != 0");
      return -1;
    }
#endif
    if (want_dict && solid->dictoffset != 0) {
      py_decref(names);
      py_err_set_str(&py_TypeError_type, "__dict__ slot disallowed: we already got one");
      return -1;
    }
    for (size_t i = 0; i < n; i++) {
      Ref name = py_list_items(names)[i];
      if (py_dict_get(dict, name)) {
        py_err_format(&py_ValueError_type, "%R in __slots__ conflicts with class variable", name);
        py_decref(names);
        return -1;
      }
      Ref d = py_member_descr_new(t, name, t->basicsize);
      if (!d || py_dict_set(dict, name, d) < 0) {
        py_xdecref(d);
        py_decref(names);
        return -1;
      }
      py_decref(d);
      t->basicsize += sizeof(Ref);
    }
    py_decref(names);
  }
  if (want_dict && t->dictoffset == 0) {
    if (t->itemsize)
      t->dictoffset = -(int32_t)sizeof(Ref);
    else {
      t->dictoffset = (int32_t)t->basicsize;
      t->basicsize += sizeof(Ref);
    }
  }
#if UPY_ENABLE_WEAKREF
  type_set_weakrefable(t, bases, slots != nullptr, nweak > 0, adds_weak);
#endif
  return 0;
}

// __set_name__ on descriptors, then the parent's __init_subclass__.
static int type_post_create(Type *t, Ref kwargs) {
  size_t pos = 0;
  Ref k, v;
  Ref items = py_dict_copy(t->dict);
  if (!items) return -1;
  while (py_dict_next(items, &pos, &k, &v)) {
    Ref sn = py_type_lookup_str(py_type(v), "__set_name__");
    if (!sn) continue;
    Ref args[3] = {v, (Ref)t, k};
    Ref r = py_call(sn, args, 3, nullptr);
    if (!r) {
      Ref cause = py_err_fetch();
      py_err_format(&py_RuntimeError_type, "Error calling __set_name__ on '%T' instance %R in '%s'",
                    v, k, py_type_name(t));
      py_err_set_cause(cause);
      py_decref(items);
      return -1;
    }
    py_decref(r);
  }
  py_decref(items);
  // super(t, t).__init_subclass__(**kwargs)
  Ref mro = t->mro;
  Ref name = py_str_intern("__init_subclass__");
  for (size_t i = 1; i < py_tuple_len(mro); i++) {
    Type *b = (Type *)py_tuple_items(mro)[i];
    Ref f = b->dict ? py_dict_get_interned(b->dict, name) : nullptr;
    if (!f) continue;
    Ref bound = py_type(f)->descr_get ? py_type(f)->descr_get(f, nullptr, (Ref)t) : py_newref(f);
    if (!bound) return -1;
    Ref r = py_call_tuple_dict(bound, nullptr, kwargs);
    py_decref(bound);
    if (!r) return -1;
    py_decref(r);
    break;
  }
  py_decref(name);
  return 0;
}

// __module__, unless the class body set it: the running frame's module.
static int type_default_module(Ref dict) {
  if (py_dict_get_str(dict, "__module__")) return 0;
  Ref g = py_frame_globals();
  Ref mod = g ? py_dict_get_str(g, "__name__") : nullptr;
  return mod ? py_dict_set_str(dict, "__module__", mod) : 0;
}

// The __dict__ and __weakref__ attributes of the instances of t, when t adds
// them (before __doc__: CPython's order of the class dict).
static int type_add_instance_getsets(Type *t, bool adds_weak) {
  const GetSetDef *defs[2] = {nullptr, nullptr};
  if (t->dictoffset != 0 && native_base(t)->dictoffset == 0 && !py_type_lookup_str(t, "__dict__"))
    defs[0] = &object_dict_getset;
#if UPY_ENABLE_WEAKREF
  if (adds_weak) defs[1] = &py_weakref_list_getset;
#endif
  for (const GetSetDef *def : defs) {
    if (!def) continue;
    Ref d = py_getset_descr_new(t, def);
    int rc = d ? py_dict_set_str(t->dict, def->name, d) : -1;
    py_xdecref(d);
    if (rc < 0) return -1;
  }
  return 0;
}

Ref py_type_new_class(Type *meta, Ref name, Ref bases, Ref ns, Ref kwargs) {
  if (!py_is_str(name))
    return py_err_format(&py_TypeError_type, "type.__new__() argument 1 must be str, not %T", name);
  if (!py_is_dict(ns))
    return py_err_format(&py_TypeError_type, "type.__new__() argument 3 must be dict, not %T", ns);
  Ref qn = py_dict_get_str(ns, "__qualname__");
  if (qn && !py_is_str(qn))
    return py_err_format(&py_TypeError_type, "type __qualname__ must be a str, not %T", qn);
  Ref obj_bases = nullptr;
  if (py_tuple_len(bases) == 0) {
    obj_bases = py_tuple_pack(1, (Ref)&py_object_type);
    if (!obj_bases) return nullptr;
    bases = obj_bases;
  }
  if (type_check_bases(bases) < 0) {
    py_xdecref(obj_bases);
    return nullptr;
  }
  Type *best_base = nullptr;
  Type *solid = type_solid_base(bases, &best_base);
  Ref dict = solid ? py_dict_copy(ns) : nullptr;
  if (!dict || type_fix_implicit_methods(dict) < 0 || type_default_module(dict) < 0) {
    py_xdecref(dict);
    py_xdecref(obj_bases);
    return nullptr;
  }
  Type *t = (Type *)py_obj_alloc(meta, meta->basicsize);
  if (!t) {
    py_decref(dict);
    py_xdecref(obj_bases);
    return nullptr;
  }
  t->flags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_GC | TPF_READY;
  t->dict = dict;
  t->bases = py_newref(bases);
  py_xdecref(obj_bases);
  t->ht_name = py_str_intern_ref(py_newref(name));
  t->name = py_str_data(t->ht_name);
  qn = py_dict_get_str(dict, "__qualname__");
  t->ht_qualname = py_newref(qn ? qn : t->ht_name);
  if (qn && py_dict_del(dict, py_str_intern("__qualname__")) < 0) py_err_clear();
  t->base = best_base;
  py_incref((Ref)t->base);
  bool adds_weak = false;
  if (type_set_layout(t, solid, bases, dict, &adds_weak) < 0) {
    py_decref((Ref)t);
    return nullptr;
  }
  t->flags |=
      solid->flags & (TPF_INT_SUBCLASS | TPF_STR_SUBCLASS | TPF_TUPLE_SUBCLASS | TPF_LIST_SUBCLASS |
                      TPF_DICT_SUBCLASS | TPF_EXC_SUBCLASS | TPF_TYPE_SUBCLASS);
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;
  if (!(t->mro = type_c3_mro(t, bases)) || registry_add(t) < 0) {
    py_decref((Ref)t);
    return nullptr;
  }
  if (type_add_instance_getsets(t, adds_weak) < 0 ||
      (!py_dict_get_str(dict, "__doc__") && py_dict_set_str(dict, "__doc__", py_None) < 0)) {
    py_decref((Ref)t);
    return nullptr;
  }
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (py_dict_get_str(dict, "__eq__") && !py_dict_get_str(dict, "__hash__") &&
      py_dict_set_str(dict, "__hash__", py_None) < 0) {
    py_decref((Ref)t);
    return nullptr;
  }
  Ref cell = py_dict_get_str(dict, "__classcell__");
  if (cell) {
    if (py_type(cell) == &py_cell_type) py_setref(&((CellObj *)cell)->ref, py_newref((Ref)t));
    if (py_dict_del(dict, py_str_intern("__classcell__")) < 0) py_err_clear();
  }
  py_type_modified();
  type_update_slots(t);
  if (py_abstract_update(t) < 0 || type_post_create(t, kwargs) < 0) {
    py_decref((Ref)t);
    return nullptr;
  }
  return (Ref)t;
}

// ---------------------------------------------------------------------------
// `type`
// ---------------------------------------------------------------------------

static void type_dealloc(Ref self) {
  Type *t = (Type *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  registry_remove(t);
  py_type_modified();
  py_xdecref(t->dict);
  py_xdecref(t->bases);
  py_xdecref(t->mro);
  py_xdecref((Ref)(py_type_has(t, TPF_HEAPTYPE) ? t->base : nullptr));
  py_xdecref(t->ht_name);
  py_xdecref(t->ht_qualname);
  py_xdecref(t->ht_module);
  Ref *dp = py_obj_dictptr(self);
  if (dp && dp != &t->dict) py_clear(dp);
  py_obj_free(self, sizeof(Type));
}

static int type_traverse(Ref self, VisitProc visit, void *arg) {
  Type *t = (Type *)self;
  if (!py_type_has(t, TPF_HEAPTYPE)) return 0;
  Ref fields[] = {t->dict, t->bases, t->mro, (Ref)t->base, (Ref)self->type};
  for (Ref f : fields)
    if (f && visit(f, arg)) return 1;
  return 0;
}

static void type_clear(Ref self) {
  Type *t = (Type *)self;
  if (!py_type_has(t, TPF_HEAPTYPE)) return;
  py_type_modified();
  if (t->dict) py_dict_clear(t->dict);
  py_clear(&t->mro);
}

static Ref type_repr(Ref self) {
  Type *t = (Type *)self;
  Ref mod = repr_module(t);
  if (!mod) return py_str_format("<class '%s'>", py_type_name(t));
  Ref qn = py_type_qualname(t);
  Ref r = qn ? py_str_format("<class '%U.%U'>", mod, qn) : nullptr;
  py_decref(mod);
  py_xdecref(qn);
  return r;
}

// type(x) / type(name, bases, dict)
Type *py_type_most_derived_meta(Type *meta, Ref bases) {
  Type *winner = meta;
  for (size_t i = 0; i < py_tuple_len(bases); i++) {
    Type *mt = py_type(py_tuple_items(bases)[i]);
    if (py_subtype(winner, mt)) continue;
    if (py_subtype(mt, winner)) {
      winner = mt;
      continue;
    }
    py_err_set_str(&py_TypeError_type,
                   "metaclass conflict: the metaclass of a derived class must be a "
                   "(non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

static Ref type_tp_new(Type *meta, Ref const *args, size_t nargs, Ref kwnames) {
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (meta == &py_type_type && nargs == 1 && nkw == 0) return py_newref((Ref)py_type(args[0]));
  if (nargs != 3) return py_err_set_str(&py_TypeError_type, "type() takes 1 or 3 arguments");
  if (!py_is_tuple(args[1]))
    return py_err_format(&py_TypeError_type, "type.__new__() argument 2 must be tuple, not %T",
                         args[1]);
  Type *winner = py_type_most_derived_meta(meta, args[1]);
  if (!winner) return nullptr;
  // A more derived metaclass with its own __new__ takes over.
  if (winner != meta && winner->tp_new != type_tp_new)
    return winner->tp_new(winner, args, nargs, kwnames);
  Ref kwargs = nullptr;
  if (nkw) {
    kwargs = py_dict_new();
    if (!kwargs) return nullptr;
    for (size_t i = 0; i < nkw; i++)
      if (py_dict_set(kwargs, py_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
        py_decref(kwargs);
        return nullptr;
      }
  }
  Ref r = py_type_new_class(winner, args[0], args[1], args[2], kwargs);
  py_xdecref(kwargs);
  return r;
}

static int type_tp_init(Ref, Ref const *, size_t nargs, Ref) {
  if (nargs != 1 && nargs != 3) {
    py_err_set_str(&py_TypeError_type, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

// Calling a class: tp_new then tp_init when the result is an instance.
static Ref type_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Type *t = (Type *)self;
  if (!t->tp_new)
    return py_err_format(&py_TypeError_type, "cannot create '%s' instances", py_type_name(t));
  if (t == &py_type_type && nargs == 1 && (!kwnames || !py_tuple_len(kwnames)))
    return py_newref((Ref)py_type(args[0]));
  Ref obj = t->tp_new(t, args, nargs, kwnames);
  if (!obj || !py_isinstance_of(obj, t)) return obj;
  Type *ot = py_type(obj);
  if (ot->tp_init && ot->tp_init(obj, args, nargs, kwnames) < 0) {
    py_decref(obj);
    return nullptr;
  }
  return obj;
}

// Attribute lookup on a class: metatype data descriptors, then the class's own
// mro (binding with obj = nullptr), then metatype attributes.
static Ref type_getattr(Ref self, Ref name) {
  Type *t = (Type *)self;
  Type *meta = py_type(self);
  Ref meta_attr = py_type_lookup(meta, name);
  Ref (*meta_get)(Ref, Ref, Ref) = nullptr;
  if (meta_attr) {
    meta_get = py_type(meta_attr)->descr_get;
    if (meta_get && py_type(meta_attr)->descr_set) return meta_get(meta_attr, self, (Ref)meta);
  }
  Ref attr = py_type_lookup(t, name);
  if (attr) {
    auto get = py_type(attr)->descr_get;
    if (get) return get(attr, nullptr, self);
    return py_newref(attr);
  }
  if (meta_get) return meta_get(meta_attr, self, (Ref)meta);
  if (meta_attr) return py_newref(meta_attr);
  // A metaclass's own __getattr__ (e.g. enum's) is served by slot_getattr.
  return py_err_format(&py_AttributeError_type, "type object '%s' has no attribute '%U'",
                       py_type_name(t), name);
}

static bool type_is_dunder(Ref name) {
  const char *s = py_str_data(name);
  size_t n = py_str_len(name);
  return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattr(Ref self, Ref name, Ref value) {
  Type *t = (Type *)self;
  Ref meta_attr = py_type_lookup(py_type(self), name);
  if (meta_attr && py_type(meta_attr)->descr_set)
    return py_type(meta_attr)->descr_set(meta_attr, self, value);
  if (!py_type_has(t, TPF_HEAPTYPE)) {
    py_err_format(&py_TypeError_type, "cannot set '%U' attribute of immutable type '%s'", name,
                  py_type_name(t));
    return -1;
  }
  int r;
  if (value) {
    r = py_dict_set(t->dict, name, value);
  } else {
    if (!py_dict_get_interned(t->dict, name)) {
      py_err_format(&py_AttributeError_type, "type object '%s' has no attribute '%U'",
                    py_type_name(t), name);
      return -1;
    }
    r = py_dict_del(t->dict, name);
  }
  if (r < 0) return -1;
  if (type_is_dunder(name))
    py_type_update_slots_all(t);
  else
    py_type_modified();
  return 0;
}

static Ref type_get_name(Ref self) {
  Type *t = (Type *)self;
  if (py_type_has(t, TPF_HEAPTYPE)) return py_newref(t->ht_name);
  return py_str_from_cstr(py_type_basename(t));
}

// Only a class's special attributes can change, and none can be deleted.
static int type_check_special_set(Type *t, Ref value, const char *name) {
  if (!py_type_has(t, TPF_HEAPTYPE)) {
    py_err_format(&py_TypeError_type, "cannot set '%s' attribute of immutable type '%s'", name,
                  py_type_name(t));
    return -1;
  }
  if (!value) {
    py_err_format(&py_TypeError_type, "cannot delete '%s' attribute of immutable type '%s'", name,
                  py_type_name(t));
    return -1;
  }
  return 0;
}

static int type_check_str_set(Type *t, Ref value, const char *name) {
  if (type_check_special_set(t, value, name) < 0) return -1;
  if (py_is_str(value)) return 0;
  py_err_format(&py_TypeError_type, "can only assign string to %s.%s, not '%T'", py_type_name(t),
                name, value);
  return -1;
}

static int type_set_name(Ref self, Ref value) {
  Type *t = (Type *)self;
  if (type_check_str_set(t, value, "__name__") < 0) return -1;
  if (strlen(py_str_data(value)) != py_str_len(value)) {
    py_err_set_str(&py_ValueError_type, "type name must not contain null characters");
    return -1;
  }
  py_setref(&t->ht_name, py_str_intern_ref(py_newref(value)));
  t->name = py_str_data(t->ht_name);
  return 0;
}

static Ref type_get_qualname(Ref self) { return py_type_qualname((Type *)self); }

static int type_set_qualname(Ref self, Ref value) {
  Type *t = (Type *)self;
  if (type_check_str_set(t, value, "__qualname__") < 0) return -1;
  py_setref(&t->ht_qualname, py_newref(value));
  return 0;
}

static Ref type_get_module(Ref self) { return py_type_module_name((Type *)self); }

static int type_set_module(Ref self, Ref value) {
  Type *t = (Type *)self;
  if (type_check_special_set(t, value, "__module__") < 0) return -1;
  py_type_modified();
  return py_dict_set_str(t->dict, "__module__", value);
}

static Ref type_get_bases(Ref self) { return py_newref(((Type *)self)->bases); }
static Ref type_get_base(Ref self) {
  Type *b = ((Type *)self)->base;
  return py_newref(b ? (Ref)b : py_None);
}
static Ref type_get_mro(Ref self) { return py_newref(((Type *)self)->mro); }
static Ref type_get_dict(Ref self) { return py_dict_copy(((Type *)self)->dict); }

static Ref type_get_doc(Ref self) {
  Type *t = (Type *)self;
  Ref d = t->dict ? py_dict_get_str(t->dict, "__doc__") : nullptr;
  if (d) {
    auto get = py_type(d)->descr_get;
    return get ? get(d, nullptr, self) : py_newref(d);
  }
  return py_None;
}

static int type_set_doc(Ref self, Ref value) {
  Type *t = (Type *)self;
  if (type_check_special_set(t, value, "__doc__") < 0) return -1;
  py_type_modified();
  return py_dict_set_str(t->dict, "__doc__", value);
}

static Ref type_get_abstract(Ref self) {
  Ref v =
      ((Type *)self)->dict ? py_dict_get_str(((Type *)self)->dict, "__abstractmethods__") : nullptr;
  if (!v) return py_err_set_str(&py_AttributeError_type, "__abstractmethods__");
  return py_newref(v);
}

static int type_set_abstract(Ref self, Ref value) {
  Type *t = (Type *)self;
  if (!py_type_has(t, TPF_HEAPTYPE)) {
    py_err_set_str(&py_TypeError_type,
                   "cannot set '__abstractmethods__' attribute of immutable type");
    return -1;
  }
  int r = value ? py_dict_set_str(t->dict, "__abstractmethods__", value)
                : py_dict_del(t->dict, py_str_intern("__abstractmethods__"));
  if (r < 0) return -1;
  py_type_modified();
  int truth = value ? py_truthy(value) : 0;
  if (truth < 0) return -1;
  if (truth)
    t->flags |= TPF_ABSTRACT;
  else
    t->flags &= ~TPF_ABSTRACT;
  return 0;
}

static Ref type_mro_method(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  return py_sequence_list(((Type *)self)->mro);
}

static Ref type_subclasses(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  Ref l = py_list_new(0);
  for (size_t i = 0; l && i < heap_types_len; i++) {
    Ref bases = heap_types[i]->bases;
    for (size_t j = 0; bases && j < py_tuple_len(bases); j++)
      if (py_tuple_items(bases)[j] == self && py_list_append(l, (Ref)heap_types[i]) < 0) {
        py_clear(&l);
        break;
      }
  }
  return l;
}

static Ref type_instancecheck(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int r = py_type_isinstance(args[0], (Type *)self);
  return r < 0 ? nullptr : py_bool(r);
}

static Ref type_subclasscheck(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_isinstance_of(args[0], &py_type_type))
    return py_err_set_str(&py_TypeError_type, "issubclass() arg 1 must be a class");
  return py_bool(py_subtype((Type *)args[0], (Type *)self));
}

static Ref type_prepare(Ref, Ref const *, size_t, Ref) { return py_dict_new(); }

static Ref type_dir(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  Ref names = py_dict_new();
  if (!names) return nullptr;
  Ref mro = ((Type *)self)->mro;
  for (size_t i = 0; mro && i < py_tuple_len(mro); i++) {
    Type *b = (Type *)py_tuple_items(mro)[i];
    if (b->dict && py_dict_update(names, b->dict) < 0) {
      py_decref(names);
      return nullptr;
    }
  }
  Ref l = py_dict_keys_list(names);
  py_decref(names);
  return l;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_ARGS(0, 0)},
    {"__subclasses__", type_subclasses, METH_ARGS(0, 0)},
    {"__instancecheck__", type_instancecheck, METH_ARGS(1, 1)},
    {"__subclasscheck__", type_subclasscheck, METH_ARGS(1, 1)},
    {"__prepare__", type_prepare, METH_CLASS},
    {"__dir__", type_dir, METH_ARGS(0, 0)},
    {nullptr},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__mro__", type_get_mro},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {nullptr},
};

PY_TYPE_DEF(py_type_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "type",
    .flags = TPF_GC | TPF_BASETYPE | TPF_TYPE_SUBCLASS | TPF_WEAKREFABLE,
    .basicsize = sizeof(Type),
    .dictoffset = offsetof(Type, dict),
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .tp_new = type_tp_new,
    .tp_init = type_tp_init,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .methods = type_methods,
    .getsets = type_getsets,
);

// ---------------------------------------------------------------------------
// Abstract classes (support for abc.ABCMeta, which sets __abstractmethods__)
// ---------------------------------------------------------------------------

int py_abstract_update(Type *t) {
  Ref v = py_dict_get_str(t->dict, "__abstractmethods__");
  if (!v) return 0;
  int truth = py_truthy(v);
  if (truth < 0) return -1;
  if (truth) t->flags |= TPF_ABSTRACT;
  return 0;
}

Ref py_abstract_error(Type *t) {
  Ref v = py_dict_get_str(t->dict, "__abstractmethods__");
  Ref sorted = v ? py_sequence_list(v) : nullptr;
  if (!sorted)
    return py_err_format(&py_TypeError_type, "Can't instantiate abstract class %s",
                         py_type_name(t));
  if (py_list_sort(sorted, nullptr, false) < 0) {
    py_decref(sorted);
    return nullptr;
  }
  Ref sep = py_str_intern(", ");
  Ref joined = py_str_join(sep, sorted);
  py_decref(sep);
  size_t n = py_list_len(sorted);
  py_decref(sorted);
  if (!joined) return nullptr;
  py_err_format(&py_TypeError_type, "Can't instantiate abstract class %s with abstract method%s %U",
                py_type_name(t), n == 1 ? "" : "s", joined);
  py_decref(joined);
  return nullptr;
}
