// Function-like objects: Python functions, cells, bound methods, builtin
// functions and code objects.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"
#include <cstdio>

// ---------------------------------------------------------------------------
// Python functions
// ---------------------------------------------------------------------------

static void func_dealloc(Ref self) {
  FuncObj *f = (FuncObj *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  Ref *fields[] = {&f->code,     &f->globals,  &f->builtins,   &f->name,
                   &f->qualname, &f->defaults, &f->kwdefaults, &f->closure,
                   &f->doc,      &f->dict,     &f->module,     &f->annotations};
  for (Ref *p : fields) py_clear(p);
  py_obj_free(self, sizeof(FuncObj));
}

static int func_traverse(Ref self, VisitProc visit, void *arg) {
  FuncObj *f = (FuncObj *)self;
  Ref fields[] = {f->code, f->globals, f->defaults, f->kwdefaults, f->closure,
                  f->doc,  f->dict,    f->module,   f->annotations};
  for (Ref r : fields)
    if (r && visit(r, arg)) return 1;
  return 0;
}

static void func_clear(Ref self) {
  FuncObj *f = (FuncObj *)self;
  Ref *fields[] = {&f->globals, &f->defaults, &f->kwdefaults, &f->closure,
                   &f->doc,     &f->dict,     &f->module,     &f->annotations};
  for (Ref *p : fields) py_clear(p);
}

static Ref func_repr(Ref self) {
  return py_str_format("<function %U at %p>", ((FuncObj *)self)->qualname, (void *)self);
}

static Ref func_descr_get(Ref self, Ref obj, Ref) {
  if (!obj) return py_newref(self);
  return py_method_new(self, obj);
}

#define FUNC_FIELD_GETTER(fname, field)                                                            \
  static Ref fname(Ref self) {                                                                     \
    Ref v = ((FuncObj *)self)->field;                                                              \
    return py_newref(v ? v : py_None);                                                             \
  }
FUNC_FIELD_GETTER(func_get_name, name)
FUNC_FIELD_GETTER(func_get_qualname, qualname)
FUNC_FIELD_GETTER(func_get_doc, doc)
FUNC_FIELD_GETTER(func_get_module, module)
FUNC_FIELD_GETTER(func_get_defaults, defaults)
FUNC_FIELD_GETTER(func_get_kwdefaults, kwdefaults)
FUNC_FIELD_GETTER(func_get_code, code)
FUNC_FIELD_GETTER(func_get_globals, globals)
FUNC_FIELD_GETTER(func_get_closure, closure)
FUNC_FIELD_GETTER(func_get_builtins, builtins)

static int func_set_str(Ref *slot, Ref v, const char *what) {
  if (!v || !py_is_str(v)) {
    py_err_format(&py_TypeError_type, "%s must be set to a string object", what);
    return -1;
  }
  py_setref(slot, py_newref(v));
  return 0;
}
static int func_set_name(Ref self, Ref v) {
  return func_set_str(&((FuncObj *)self)->name, v, "__name__");
}
static int func_set_qualname(Ref self, Ref v) {
  return func_set_str(&((FuncObj *)self)->qualname, v, "__qualname__");
}
static int func_set_doc(Ref self, Ref v) {
  py_setref(&((FuncObj *)self)->doc, py_xnewref(v));
  return 0;
}
static int func_set_module(Ref self, Ref v) {
  py_setref(&((FuncObj *)self)->module, py_xnewref(v));
  return 0;
}
static int func_set_defaults(Ref self, Ref v) {
  if (v == py_None) v = nullptr;
  if (v && !py_is_tuple(v)) {
    py_err_set_str(&py_TypeError_type, "__defaults__ must be set to a tuple object");
    return -1;
  }
  py_setref(&((FuncObj *)self)->defaults, py_xnewref(v));
  return 0;
}
static int func_set_kwdefaults(Ref self, Ref v) {
  if (v == py_None) v = nullptr;
  if (v && !py_is_dict(v)) {
    py_err_set_str(&py_TypeError_type, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  py_setref(&((FuncObj *)self)->kwdefaults, py_xnewref(v));
  return 0;
}
static int func_set_code(Ref self, Ref v) {
  if (!v || py_type(v) != &py_code_type) {
    py_err_set_str(&py_TypeError_type, "__code__ must be set to a code object");
    return -1;
  }
  py_setref(&((FuncObj *)self)->code, py_newref(v));
  return 0;
}

static Ref func_get_annotations(Ref self) {
  FuncObj *f = (FuncObj *)self;
  if (!f->annotations && !(f->annotations = py_dict_new())) return nullptr;
  return py_newref(f->annotations);
}
static int func_set_annotations(Ref self, Ref v) {
  if (v == py_None) v = nullptr;
  if (v && !py_is_dict(v)) {
    py_err_set_str(&py_TypeError_type, "__annotations__ must be set to a dict object");
    return -1;
  }
  py_setref(&((FuncObj *)self)->annotations, py_xnewref(v));
  return 0;
}

static Ref func_get_dict(Ref self) {
  FuncObj *f = (FuncObj *)self;
  if (!f->dict && !(f->dict = py_dict_new())) return nullptr;
  return py_newref(f->dict);
}

static const GetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__code__", func_get_code, func_set_code},
    {"__globals__", func_get_globals},
    {"__closure__", func_get_closure},
    {"__builtins__", func_get_builtins},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", func_get_dict},
    {nullptr},
};

PY_TYPE_DEF(py_function_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "function",
    .flags = TPF_GC | TPF_WEAKREFABLE,
    .basicsize = sizeof(FuncObj),
    .dictoffset = offsetof(FuncObj, dict),
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = py_function_call,
    .descr_get = func_descr_get,
    .getsets = func_getsets,
);

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

Ref py_cell_new(Ref v) {
  CellObj *c = (CellObj *)py_obj_alloc(&py_cell_type, sizeof(CellObj));
  if (c) c->ref = py_xnewref(v);
  return (Ref)c;
}

static void cell_dealloc(Ref self) {
  py_gc_untrack(self);
  py_clear(&((CellObj *)self)->ref);
  py_obj_free(self, sizeof(CellObj));
}

static int cell_traverse(Ref self, VisitProc visit, void *arg) {
  Ref r = ((CellObj *)self)->ref;
  return r && visit(r, arg);
}

static void cell_clear(Ref self) { py_clear(&((CellObj *)self)->ref); }

static Ref cell_get_contents(Ref self) {
  Ref r = ((CellObj *)self)->ref;
  if (!r) return py_err_set_str(&py_ValueError_type, "Cell is empty");
  return py_newref(r);
}

static int cell_set_contents(Ref self, Ref v) {
  py_setref(&((CellObj *)self)->ref, py_xnewref(v));
  return 0;
}

static Ref cell_repr(Ref self) {
  Ref r = ((CellObj *)self)->ref;
  if (!r) return py_str_format("<cell at %p: empty>", (void *)self);
  return py_str_format("<cell at %p: %T object at %p>", (void *)self, r, (void *)r);
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr},
};

PY_TYPE_DEF(py_cell_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "cell",
    .flags = TPF_GC,
    .basicsize = sizeof(CellObj),
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getsets = cell_getsets,
);

// ---------------------------------------------------------------------------
// Bound methods
// ---------------------------------------------------------------------------

Ref py_method_new(Ref func, Ref self) {
  MethodObj *m = (MethodObj *)py_obj_alloc(&py_method_type, sizeof(MethodObj));
  if (!m) return nullptr;
  m->func = py_newref(func);
  m->self = py_newref(self);
  return (Ref)m;
}

// types.MethodType(function, instance)
static Ref method_tp_new(Type *, Ref const *args, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "method() takes no keyword arguments");
  if (nargs != 2)
    return py_err_format(&py_TypeError_type, "method expected 2 arguments, got %zu", nargs);
  if (!py_callable(args[0]))
    return py_err_set_str(&py_TypeError_type, "first argument must be callable");
  if (args[1] == py_None) return py_err_set_str(&py_TypeError_type, "instance must not be None");
  return py_method_new(args[0], args[1]);
}

static void method_dealloc(Ref self) {
  MethodObj *m = (MethodObj *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  py_clear(&m->func);
  py_clear(&m->self);
  py_obj_free(self, sizeof(MethodObj));
}

static int method_traverse(Ref self, VisitProc visit, void *arg) {
  MethodObj *m = (MethodObj *)self;
  if (m->func && visit(m->func, arg)) return 1;
  return m->self && visit(m->self, arg);
}

static void method_clear(Ref self) {
  py_clear(&((MethodObj *)self)->func);
  py_clear(&((MethodObj *)self)->self);
}

static Ref method_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  MethodObj *m = (MethodObj *)self;
  return py_call_with_self(m->func, m->self, args, nargs, kwnames);
}

Ref py_call_with_self(Ref f, Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t total = nargs + (kwnames ? py_tuple_len(kwnames) : 0);
  Ref stack[8];
  Ref *argv = total + 1 <= 8 ? stack : (Ref *)py_malloc((total + 1) * sizeof(Ref));
  if (!argv) return nullptr;
  argv[0] = self;
  for (size_t i = 0; i < total; i++) argv[i + 1] = args[i];
  Ref r = py_call(f, argv, nargs + 1, kwnames);
  if (argv != stack) py_free(argv, (total + 1) * sizeof(Ref));
  return r;
}

static Ref method_repr(Ref self) {
  MethodObj *m = (MethodObj *)self;
  Ref name = py_getattr_opt(m->func, py_str_intern("__qualname__"));
  if (!name && !py_err_occurred()) name = py_getattr_opt(m->func, py_str_intern("__name__"));
  if (!name) {
    if (py_err_occurred()) return nullptr;
    name = py_str_intern("?");
  }
  Ref r = py_str_format("<bound method %S of %R>", name, m->self);
  py_decref(name);
  return r;
}

static Ref method_richcompare(Ref a, Ref b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || py_type(b) != &py_method_type)
    return py_newref(py_NotImplemented);
  MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
  int eq = py_eq(x->func, y->func);
  if (eq < 0) return nullptr;
  bool same = eq && x->self == y->self;
  return py_bool(op == CMP_EQ ? same : !same);
}

static int method_hash(Ref self, int64_t *out) {
  MethodObj *m = (MethodObj *)self;
  int64_t a, b;
  if (py_hash(m->func, &a) < 0 || py_hash(m->self, &b) < 0) {
    if (!py_err_matches(&py_TypeError_type)) return -1;
    py_err_clear();
    b = (int64_t)((uintptr_t)m->self >> 4);
  }
  *out = a ^ b;
  if (*out == -1) *out = -2;
  return 0;
}

static Ref method_getattr(Ref self, Ref name) {
  Ref r = py_generic_getattr(self, name);
  if (r || !py_err_matches(&py_AttributeError_type)) return r;
  py_err_clear();
  return py_getattr(((MethodObj *)self)->func, name);
}

static Ref method_get_func(Ref self) { return py_newref(((MethodObj *)self)->func); }
static Ref method_get_doc(Ref self) {
  return py_getattr(((MethodObj *)self)->func, py_str_intern("__doc__"));
}
static Ref method_get_self(Ref self) { return py_newref(((MethodObj *)self)->self); }

// (getattr, (self, name)): the method is looked up again on (a copy of) self.
static Ref method_reduce(Ref self, Ref const *, size_t, Ref) {
  MethodObj *m = (MethodObj *)self;
  Ref name = py_getattr_str(m->func, "__name__");
  Ref builtins = name ? py_import_str("builtins") : nullptr;
  Ref getattr = builtins ? py_getattr_str(builtins, "getattr") : nullptr;
  Ref args = getattr ? py_tuple_pack(2, m->self, name) : nullptr;
  Ref r = args ? py_tuple_pack(2, getattr, args) : nullptr;
  py_xdecref(args);
  py_xdecref(getattr);
  py_xdecref(builtins);
  py_xdecref(name);
  return r;
}

static const MethodDef method_methods[] = {
    {"__reduce__", method_reduce, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func},
    {"__self__", method_get_self},
    {"__doc__", method_get_doc},
    {nullptr},
};

PY_TYPE_DEF(py_method_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "method",
    .flags = TPF_GC | TPF_WEAKREFABLE,
    .basicsize = sizeof(MethodObj),
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .tp_new = method_tp_new,
    .repr = method_repr,
    .hash = method_hash,
    .call = method_call,
    .getattr = method_getattr,
    .richcompare = method_richcompare,
    .methods = method_methods,
    .getsets = method_getsets,
);

// ---------------------------------------------------------------------------
// Builtin functions and bound C methods
// ---------------------------------------------------------------------------

Ref py_cfunc_new(const MethodDef *def, Ref self) {
  CFuncObj *f = (CFuncObj *)py_obj_alloc(&py_cfunc_type, sizeof(CFuncObj));
  if (!f) return nullptr;
  f->def = def;
  f->self = py_xnewref(self);
  return (Ref)f;
}

static void cfunc_dealloc(Ref self) {
  CFuncObj *f = (CFuncObj *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  py_clear(&f->self);
  py_clear(&f->module);
  py_obj_free(self, sizeof(CFuncObj));
}

static int cfunc_traverse(Ref self, VisitProc visit, void *arg) {
  Ref s = ((CFuncObj *)self)->self;
  return s && visit(s, arg);
}

static void cfunc_clear(Ref self) { py_clear(&((CFuncObj *)self)->self); }

static bool method_in_table(const MethodDef *def, const MethodDef *m) {
  for (; m && m->name; m++)
    if (m == def) return true;
  return false;
}

// Note [Argument counts in the method table]: the TypeError of a call whose
// arguments do not fit. `module`: a module function's __module__, which names
// it in the messages CPython words with the function's full name (no
// arguments, exactly one, no keywords: "math.sqrt()"), as it does outside
// builtins. Out of line: the check below stays a few instructions.
static __attribute__((noinline)) int method_nargs_error(const MethodDef *def, Ref self, Ref module,
                                                        size_t nargs, Ref kwnames, size_t lo,
                                                        size_t hi) {
  bool kw = kwnames && py_tuple_len(kwnames);
  const char *name = def->name;
  char qual[80];
  uint32_t f = def->flags;
  bool method = self && py_type(self) != &py_module_type;
  // CPython names the type in every method's "takes no keyword arguments".
  if (method && ((f & METH_QUALIFIED) || kw)) {
    // Class and static methods are named after the class they were reached
    // through (A.__init_subclass__), others after the type defining them.
    bool on_type = f & (METH_CLASS | METH_STATIC);
    Type *t = on_type ? (Type *)self : py_type(self);
    while (!on_type && t->base && !method_in_table(def, t->methods)) t = t->base;
    bool heap = py_type_has(t, TPF_HEAPTYPE) && t->ht_qualname;
    snprintf(qual, sizeof qual, "%s.%s", heap ? py_str_data(t->ht_qualname) : py_type_basename(t),
             def->name);
    name = qual;
  } else if (module && py_is_str(module) && (kw || (lo == hi && lo <= 1)) &&
             !py_str_equal_cstr(module, "builtins")) {
    snprintf(qual, sizeof qual, "%s.%s", py_str_data(module), def->name);
    name = qual;
  }
  return py_check_nargs(name, nargs, kwnames, lo, hi);
}

static inline int method_check_nargs(const MethodDef *def, Ref self, Ref module, size_t nargs,
                                     Ref kwnames) {
  uint32_t f = def->flags;
  size_t lo = f >> 4 & 15, hi = f >> 8 == METH_MANY ? SIZE_MAX : f >> 8;
  if (nargs >= lo && nargs <= hi && !(kwnames && py_tuple_len(kwnames))) return 0;
  return method_nargs_error(def, self, module, nargs, kwnames, lo, hi);
}

Ref py_method_call(const MethodDef *def, Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if ((def->flags & METH_NARGS) && method_check_nargs(def, self, nullptr, nargs, kwnames) < 0)
    return nullptr;
  return def->fn(self, args, nargs, kwnames);
}

static Ref cfunc_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  CFuncObj *f = (CFuncObj *)self;
  const MethodDef *def = f->def;
  if ((def->flags & METH_NARGS) && method_check_nargs(def, f->self, f->module, nargs, kwnames) < 0)
    return nullptr;
  return def->fn(def->flags & METH_STATIC ? nullptr : f->self, args, nargs, kwnames);
}

static bool cfunc_is_module_level(CFuncObj *f) {
  return !f->self || py_type(f->self) == &py_module_type;
}

static Ref cfunc_repr(Ref self) {
  CFuncObj *f = (CFuncObj *)self;
  if (cfunc_is_module_level(f)) return py_str_format("<built-in function %s>", f->def->name);
  if (py_isinstance_of(f->self, &py_type_type))
    return py_str_format("<built-in method %s of type object at %p>", f->def->name,
                         (void *)f->self);
  return py_str_format("<built-in method %s of %T object at %p>", f->def->name, f->self,
                       (void *)f->self);
}

static Ref cfunc_get_name(Ref self) { return py_str_from_cstr(((CFuncObj *)self)->def->name); }
static Ref cfunc_get_qualname(Ref self) {
  CFuncObj *f = (CFuncObj *)self;
  if (cfunc_is_module_level(f)) return py_str_from_cstr(f->def->name);
  Type *t = py_isinstance_of(f->self, &py_type_type) ? (Type *)f->self : py_type(f->self);
  return py_str_format("%s.%s", py_type_basename(t), f->def->name);
}
static Ref cfunc_get_self(Ref self) {
  CFuncObj *f = (CFuncObj *)self;
  Ref s = f->def->flags & METH_STATIC ? nullptr : f->self;
  return py_newref(s ? s : py_None);
}
static Ref cfunc_get_doc(Ref self) {
  const char *d = py_doc_text(((CFuncObj *)self)->def->doc);
  return d ? py_str_from_cstr(d) : py_None;
}
static Ref cfunc_get_module(Ref self) {
  CFuncObj *f = (CFuncObj *)self;
  if (f->module) return py_newref(f->module);
  if (f->self && py_type(f->self) == &py_module_type)
    return py_newref(((ModuleObj *)f->self)->name);
  return py_None;
}

static const GetSetDef cfunc_getsets[] = {
    {"__name__", cfunc_get_name},     {"__qualname__", cfunc_get_qualname},
    {"__self__", cfunc_get_self},     {"__doc__", cfunc_get_doc},
    {"__module__", cfunc_get_module}, {nullptr},
};

static Ref cfunc_richcompare(Ref a, Ref b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || py_type(b) != &py_cfunc_type)
    return py_newref(py_NotImplemented);
  CFuncObj *x = (CFuncObj *)a, *y = (CFuncObj *)b;
  bool same = x->def == y->def && x->self == y->self;
  return py_bool(op == CMP_EQ ? same : !same);
}

PY_TYPE_DEF(py_cfunc_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "builtin_function_or_method",
    .flags = TPF_GC | TPF_WEAKREFABLE,
    .basicsize = sizeof(CFuncObj),
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .repr = cfunc_repr,
    .call = cfunc_call,
    .richcompare = cfunc_richcompare,
    .getsets = cfunc_getsets,
);

// ---------------------------------------------------------------------------
// Code objects
// ---------------------------------------------------------------------------

static void code_dealloc(Ref self) {
  CodeObj *c = (CodeObj *)self;
  py_weakref_dying(self);
  py_code_free_icache(c);
  if (!(c->flags & CO_BORROWED)) {
    py_free(c->code, c->ncode * sizeof(Instr));
    py_free(c->lines, c->nlines);
  }
  if (c->cell2arg) py_free(c->cell2arg, py_tuple_len(c->cellvars) * sizeof(int32_t));
  Ref *fields[] = {&c->consts,   &c->names, &c->varnames, &c->cellvars,
                   &c->freevars, &c->name,  &c->qualname, &c->filename};
  for (Ref *p : fields) py_clear(p);
  py_obj_free(self, sizeof(CodeObj));
}

static bool line_varint(const uint8_t **p, const uint8_t *end, uint32_t *v) {
  *v = 0;
  for (int shift = 0; shift < 35 && *p < end; shift += 7) {
    uint8_t byte = *(*p)++;
    *v |= (uint32_t)(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

bool py_code_line_next(const CodeObj *co, const uint8_t **p, LineEntry *e) {
  const uint8_t *end = co->lines + co->nlines;
  uint32_t dstart, zline;
  if (!co->lines || *p >= end || !line_varint(p, end, &dstart) || !line_varint(p, end, &zline))
    return false;
  e->start += dstart;
  e->line += (zline >> 1) ^ (0u - (zline & 1));
  return true;
}

static size_t line_put_varint(uint8_t *t, size_t len, uint32_t v) {
  do {
    t[len++] = (uint8_t)((v & 0x7F) | (v > 0x7F ? 0x80 : 0));
    v >>= 7;
  } while (v);
  return len;
}

size_t py_code_line_put(uint8_t *table, size_t len, LineEntry prev, LineEntry e) {
  int32_t d = (int32_t)(e.line - prev.line);
  len = line_put_varint(table, len, e.start - prev.start);
  return line_put_varint(table, len, ((uint32_t)d << 1) ^ (uint32_t)(d >> 31));
}

uint32_t py_code_line(CodeObj *co, uint32_t index) {
  LineEntry e = {0, 0}, next = {0, 0};
  const uint8_t *p = co->lines;
  bool any = false;
  while (py_code_line_next(co, &p, &next) && next.start <= index) {
    e = next;
    any = true;
  }
  return any ? e.line : co->firstlineno;
}

static Ref code_repr(Ref self) {
  CodeObj *c = (CodeObj *)self;
  return py_str_format("<code object %U at %p, file \"%U\", line %u>", c->name, (void *)self,
                       c->filename, (unsigned)c->firstlineno);
}

#define CODE_REF_GETTER(fname, field)                                                              \
  static Ref fname(Ref self) { return py_newref(((CodeObj *)self)->field); }
#define CODE_INT_GETTER(fname, field)                                                              \
  static Ref fname(Ref self) { return py_int_from_i64(((CodeObj *)self)->field); }
CODE_REF_GETTER(code_get_name, name)
CODE_REF_GETTER(code_get_qualname, qualname)
CODE_REF_GETTER(code_get_filename, filename)
CODE_REF_GETTER(code_get_consts, consts)
CODE_REF_GETTER(code_get_names, names)
CODE_REF_GETTER(code_get_varnames, varnames)
CODE_REF_GETTER(code_get_cellvars, cellvars)
CODE_REF_GETTER(code_get_freevars, freevars)
CODE_INT_GETTER(code_get_argcount, argcount)
CODE_INT_GETTER(code_get_posonlyargcount, posonlyargcount)
CODE_INT_GETTER(code_get_kwonlyargcount, kwonlyargcount)
CODE_INT_GETTER(code_get_nlocals, nlocals)
CODE_INT_GETTER(code_get_firstlineno, firstlineno)
CODE_INT_GETTER(code_get_stacksize, stacksize)

static Ref code_get_flags(Ref self) {
  // CPython's flag values for the ones introspection code looks at.
  uint32_t f = ((CodeObj *)self)->flags, r = 0;
  if (f & CO_VARARGS) r |= 0x04;
  if (f & CO_VARKEYWORDS) r |= 0x08;
  if (f & CO_NESTED) r |= 0x10;
  if (f & CO_GENERATOR) r |= 0x20;
  if (!(f & CO_MODULE)) r |= 0x03; // OPTIMIZED | NEWLOCALS
  return py_int_from_i64(r);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name},
    {"co_qualname", code_get_qualname},
    {"co_filename", code_get_filename},
    {"co_consts", code_get_consts},
    {"co_names", code_get_names},
    {"co_varnames", code_get_varnames},
    {"co_cellvars", code_get_cellvars},
    {"co_freevars", code_get_freevars},
    {"co_argcount", code_get_argcount},
    {"co_posonlyargcount", code_get_posonlyargcount},
    {"co_kwonlyargcount", code_get_kwonlyargcount},
    {"co_nlocals", code_get_nlocals},
    {"co_firstlineno", code_get_firstlineno},
    {"co_stacksize", code_get_stacksize},
    {"co_flags", code_get_flags},
    {nullptr},
};

PY_TYPE_DEF(py_code_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "code",
    .flags = TPF_WEAKREFABLE,
    .basicsize = sizeof(CodeObj),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
);
