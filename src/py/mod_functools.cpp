// The `_functools` module: reduce() and the partial type (lib/py/functools.py
// re-exports them).
#include <cstddef>

#include "py/containers.h"
#include "py/strobj.h"

struct PartialObj {
  Obj ob;
  Ref fn;
  Ref args; // tuple
  Ref kw;   // dict
  Ref dict; // instance __dict__ or nullptr
};

extern Type py_partial_type;

static Ref partial_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs < 1)
    return py_err_set_str(&py_TypeError_type, "type 'partial' takes at least one argument");
  Ref fn = args[0];
  if (!py_callable(fn))
    return py_err_set_str(&py_TypeError_type, "the first argument must be callable");
  Ref base_args = nullptr, base_kw = nullptr;
  // Nested plain partials are flattened into one.
  if (py_type(fn) == &py_partial_type && type == &py_partial_type) {
    PartialObj *inner = (PartialObj *)fn;
    if (!inner->dict || py_dict_len(inner->dict) == 0) {
      fn = inner->fn;
      base_args = inner->args;
      base_kw = inner->kw;
    }
  }
  PartialObj *p = (PartialObj *)py_obj_alloc(type, type->basicsize);
  if (!p) return nullptr;
  p->fn = py_newref(fn);
  size_t nb = base_args ? py_tuple_len(base_args) : 0, na = nargs - 1;
  p->args = py_tuple_new(nb + na);
  p->kw = base_kw ? py_dict_copy(base_kw) : py_dict_new();
  if (!p->args || !p->kw) {
    if (p->args)
      for (size_t i = 0; i < nb + na; i++) py_tuple_items(p->args)[i] = py_None;
    py_decref((Ref)p);
    return nullptr;
  }
  for (size_t i = 0; i < nb; i++)
    py_tuple_items(p->args)[i] = py_newref(py_tuple_items(base_args)[i]);
  for (size_t i = 0; i < na; i++) py_tuple_items(p->args)[nb + i] = py_newref(args[1 + i]);
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (py_dict_set(p->kw, py_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
      py_decref((Ref)p);
      return nullptr;
    }
  return (Ref)p;
}

static int partial_traverse(Ref self, VisitProc visit, void *arg) {
  PartialObj *p = (PartialObj *)self;
  Ref fields[] = {p->fn, p->args, p->kw, p->dict};
  for (Ref f : fields)
    if (f && visit(f, arg)) return -1;
  return 0;
}

static void partial_clear(Ref self) {
  PartialObj *p = (PartialObj *)self;
  py_clear(&p->fn);
  py_clear(&p->args);
  py_clear(&p->kw);
  py_clear(&p->dict);
}

static void partial_dealloc(Ref self) {
  py_gc_untrack(self);
  py_weakref_dying(self);
  partial_clear(self);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref partial_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  PartialObj *p = (PartialObj *)self;
  size_t np = py_tuple_len(p->args), nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (py_dict_len(p->kw) == 0) {
    if (np == 0) return py_call(p->fn, args, nargs, kwnames);
    size_t total = np + nargs + nkw;
    Ref stack[8];
    Ref *all = total <= 8 ? stack : (Ref *)py_malloc(total * sizeof(Ref));
    if (!all) return nullptr;
    memcpy(all, py_tuple_items(p->args), np * sizeof(Ref));
    memcpy(all + np, args, (nargs + nkw) * sizeof(Ref));
    Ref r = py_call(p->fn, all, np + nargs, kwnames);
    if (all != stack) py_free(all, total * sizeof(Ref));
    return r;
  }
  // Stored keywords: merge into a dict, call-time keywords win.
  Ref kw = py_dict_copy(p->kw);
  if (!kw) return nullptr;
  for (size_t i = 0; i < nkw; i++)
    if (py_dict_set(kw, py_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
      py_decref(kw);
      return nullptr;
    }
  Ref targs = py_tuple_new(np + nargs);
  if (!targs) {
    py_decref(kw);
    return nullptr;
  }
  for (size_t i = 0; i < np; i++) py_tuple_items(targs)[i] = py_newref(py_tuple_items(p->args)[i]);
  for (size_t i = 0; i < nargs; i++) py_tuple_items(targs)[np + i] = py_newref(args[i]);
  Ref r = py_call_tuple_dict(p->fn, targs, kw);
  py_decref(targs);
  py_decref(kw);
  return r;
}

static Ref partial_repr(Ref self) {
  PartialObj *p = (PartialObj *)self;
  StrBuf b;
  py_strbuf_init(&b);
  Type *t = py_type(self);
  if (t == &py_partial_type)
    py_strbuf_adds(&b, "functools.partial(");
  else
    py_strbuf_printf(&b, "%s(", py_type_name(t));
  int rc = py_strbuf_add_repr(&b, p->fn);
  for (size_t i = 0; rc == 0 && i < py_tuple_len(p->args); i++) {
    py_strbuf_adds(&b, ", ");
    rc = py_strbuf_add_repr(&b, py_tuple_items(p->args)[i]);
  }
  size_t pos = 0;
  Ref k, v;
  while (rc == 0 && py_dict_next(p->kw, &pos, &k, &v)) {
    py_strbuf_adds(&b, ", ");
    rc = py_strbuf_add_str(&b, k);
    py_strbuf_addc(&b, '=');
    if (rc == 0) rc = py_strbuf_add_repr(&b, v);
  }
  if (rc < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  py_strbuf_addc(&b, ')');
  return py_strbuf_finish(&b);
}

static Ref partial_get_func(Ref self) { return py_newref(((PartialObj *)self)->fn); }
static Ref partial_get_args(Ref self) { return py_newref(((PartialObj *)self)->args); }
static Ref partial_get_keywords(Ref self) { return py_newref(((PartialObj *)self)->kw); }

// (type, (func,), (func, args, keywords, __dict__ or None)), for copy.
static Ref partial_reduce(Ref self, Ref const *, size_t, Ref) {
  PartialObj *p = (PartialObj *)self;
  Ref dict = p->dict && py_dict_len(p->dict) ? p->dict : py_None;
  Ref state = py_tuple_pack(4, p->fn, p->args, p->kw, dict);
  Ref fnargs = state ? py_tuple_pack(1, p->fn) : nullptr;
  Ref r = fnargs ? py_tuple_pack(3, (Ref)py_type(self), fnargs, state) : nullptr;
  py_xdecref(fnargs);
  py_xdecref(state);
  return r;
}

static Ref partial_setstate(Ref self, Ref const *args, size_t, Ref) {
  Ref st = args[0];
  Ref *f = py_is_tuple(st) && py_tuple_len(st) == 4 ? py_tuple_items(st) : nullptr;
  if (!f || !py_callable(f[0]) || !py_is_tuple(f[1]) || (f[2] != py_None && !py_is_dict(f[2])) ||
      (f[3] != py_None && !py_is_dict(f[3])))
    return py_err_set_str(&py_TypeError_type, "invalid partial state");
  Ref kw = f[2] == py_None ? py_dict_new() : py_dict_copy(f[2]);
  Ref pargs = kw ? py_tuple_from_array(py_tuple_items(f[1]), py_tuple_len(f[1])) : nullptr;
  if (!pargs) {
    py_xdecref(kw);
    return nullptr;
  }
  PartialObj *p = (PartialObj *)self;
  py_setref(&p->fn, py_newref(f[0]));
  py_setref(&p->args, pargs);
  py_setref(&p->kw, kw);
  if (f[3] == py_None) {
    py_clear(&p->dict);
  } else {
    Ref d = py_dict_copy(f[3]);
    if (!d) return nullptr;
    py_setref(&p->dict, d);
  }
  return py_none_new();
}

static const MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__setstate__", partial_setstate, METH_QUALIFIED | METH_ARGS(1, 1)},
    {nullptr},
};

static const GetSetDef partial_getsets[] = {
    {"func", partial_get_func},
    {"args", partial_get_args},
    {"keywords", partial_get_keywords},
    {nullptr},
};

PY_TYPE_DEF(py_partial_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "partial",
    .flags = TPF_GC | TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(PartialObj),
    .dictoffset = offsetof(PartialObj, dict),
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .tp_new = partial_new,
    .repr = partial_repr,
    .call = partial_call,
    .methods = partial_methods,
    .getsets = partial_getsets,
);

static Ref functools_reduce(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref it = py_iter(args[1]);
  if (!it) {
    if (py_err_matches(&py_TypeError_type)) {
      py_err_clear();
      py_err_set_str(&py_TypeError_type, "reduce() arg 2 must support iteration");
    }
    return nullptr;
  }
  Ref acc = nargs == 3 ? py_newref(args[2]) : nullptr;
  Ref item;
  while ((item = py_next(it)) != nullptr) {
    if (!acc) {
      acc = item;
      continue;
    }
    Ref r = py_call2(args[0], acc, item);
    py_decref(acc);
    py_decref(item);
    acc = r;
    if (!acc) break;
  }
  py_decref(it);
  if (py_err_occurred()) {
    py_xdecref(acc);
    return nullptr;
  }
  if (!acc)
    return py_err_set_str(&py_TypeError_type, "reduce() of empty iterable with no initial value");
  return acc;
}

static const MethodDef functools_functions[] = {
    {"reduce", functools_reduce, METH_ARGS(2, 3)},
    {nullptr},
};

int py_init_module_functools(Ref module) {
  if (py_module_add_functions(module, functools_functions) < 0) return -1;
  return py_module_add(module, "partial", (Ref)&py_partial_type);
}
