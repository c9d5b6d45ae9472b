// The module type.
#include <cstddef>

#include "py/containers.h"
#include "py/exc.h"
#include "py/strobj.h"

static inline ModuleObj *mod_cast(Ref r) { return (ModuleObj *)r; }

static int module_traverse(Ref self, VisitProc visit, void *arg) {
  ModuleObj *m = mod_cast(self);
  if (m->dict) {
    int r = visit(m->dict, arg);
    if (r) return r;
  }
  return m->name ? visit(m->name, arg) : 0;
}

static void module_clear(Ref self) {
  py_clear(&mod_cast(self)->dict);
  py_clear(&mod_cast(self)->name);
}

static void module_dealloc(Ref self) {
  py_gc_untrack(self);
  py_weakref_dying(self);
  module_clear(self);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref module_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  Ref self = py_obj_alloc(type, type->basicsize);
  if (!self) return nullptr;
  if (!(mod_cast(self)->dict = py_dict_new())) {
    py_decref(self);
    return nullptr;
  }
  return self;
}

// __name__, __doc__ and the import attributes CPython gives every module.
static int module_set_name(Ref self, Ref name, Ref doc) {
  Ref d = mod_cast(self)->dict;
  if (py_dict_set_str(d, "__name__", name) < 0 || py_dict_set_str(d, "__doc__", doc) < 0 ||
      py_dict_set_str(d, "__package__", py_None) < 0 ||
      py_dict_set_str(d, "__loader__", py_None) < 0 || py_dict_set_str(d, "__spec__", py_None) < 0)
    return -1;
  py_setref(&mod_cast(self)->name, py_newref(name));
  return 0;
}

static int module_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"name", "doc"};
  static const ArgSpec spec = {"module", names, 2, 1, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return -1;
  if (!py_is_str(a[0])) {
    py_err_format(&py_TypeError_type, "module() argument 'name' must be str, not %s",
                  py_tname(a[0]));
    return -1;
  }
  return module_set_name(self, a[0], a[1] ? a[1] : py_None);
}

Ref py_module_new(const char *name) {
  Ref self = module_new(&py_module_type, nullptr, 0, nullptr);
  Ref n = self ? py_str_intern(name) : nullptr;
  if (!n || module_set_name(self, n, py_None) < 0) {
    py_xdecref(n);
    py_xdecref(self);
    return nullptr;
  }
  py_decref(n);
  return self;
}

Ref py_module_dict(Ref module) { return mod_cast(module)->dict; }

int py_module_add(Ref module, const char *name, Ref value) {
  return py_dict_set_str(mod_cast(module)->dict, name, value);
}

int py_module_add_functions(Ref module, const MethodDef *defs, const char *impl_name) {
  Ref name = impl_name ? py_str_intern(impl_name) : py_xnewref(mod_cast(module)->name);
  if (impl_name && !name) return -1;
  int r = 0;
  for (; r == 0 && defs->name; defs++) {
    Ref f = py_cfunc_new(defs, module);
    if (!f) {
      r = -1;
      break;
    }
    ((CFuncObj *)f)->module = py_xnewref(name);
    r = py_dict_set_str(mod_cast(module)->dict, defs->name, f);
    py_decref(f);
  }
  py_xdecref(name);
  return r;
}

// Borrowed __name__ when it is a str.
static Ref module_name(Ref self) {
  Ref n = mod_cast(self)->dict ? py_dict_get_str(mod_cast(self)->dict, "__name__") : nullptr;
  return n && py_is_str(n) ? n : nullptr;
}

// Attribute lookup falls back to the module's own __getattr__ (PEP 562).
static Ref module_getattr(Ref self, Ref name) {
  Ref r = py_generic_getattr(self, name);
  if (r || !py_err_matches(&py_AttributeError_type)) return r;
  Ref d = mod_cast(self)->dict;
  Ref hook = d ? py_dict_get_str(d, "__getattr__") : nullptr;
  if (hook) {
    py_err_clear();
    return py_call1(hook, name);
  }
  Ref mname = module_name(self);
  if (!mname) return nullptr;
  py_err_clear();
  if (py_import_in_progress(self))
    return py_err_format(&py_AttributeError_type,
                         "partially initialized module %R has no attribute %R (most likely due "
                         "to a circular import)",
                         mname, name);
  return py_err_format(&py_AttributeError_type, "module %R has no attribute %R", mname, name);
}

static Ref module_repr(Ref self) {
  Ref name = module_name(self);
  if (!name) return py_str_format("<module '?'>");
  Ref file = py_dict_get_str(mod_cast(self)->dict, "__file__");
  if (file && py_is_str(file)) return py_str_format("<module %R from %R>", name, file);
  if (py_find_builtin_module(name)) return py_str_format("<module %R (built-in)>", name);
  if (py_find_frozen_module(name)) return py_str_format("<module %R (frozen)>", name);
  return py_str_format("<module %R>", name);
}

// dir(module): the names in its namespace (or what its __dir__ returns).
static Ref module_dir(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref d = mod_cast(self)->dict;
  Ref hook = d ? py_dict_get_str(d, "__dir__") : nullptr;
  if (hook) return py_call0(hook);
  return d ? py_dict_keys_list(d) : py_list_new(0);
}

static Ref module_get_dict(Ref self) {
  Ref d = mod_cast(self)->dict;
  return py_newref(d ? d : py_None);
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, METH_ARGS(0, 0), nullptr},
    {nullptr},
};

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, nullptr, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_module_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "module",
    .flags = TPF_GC | TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(ModuleObj),
    .dictoffset = offsetof(ModuleObj, dict),
    .base = &py_object_type,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .tp_new = module_new,
    .tp_init = module_init,
    .repr = module_repr,
    .getattr = module_getattr,
    .methods = module_methods,
    .getsets = module_getsets,
);
