// The reduce protocol of `object`: __reduce_ex__, __reduce__ and __getstate__,
// which take an instance apart for copy.copy / copy.deepcopy (lib/py/copy.py)
// as they do for pickle in CPython. The Python half, the constructors a reduce
// tuple names and the slot names of a class, is lib/py/copyreg.py.
#include "py/containers.h"
#include "py/exc.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"

Ref py_reduce_dict_state(Ref self) {
  Ref name = py_str_intern("__dict__");
  Ref d = name ? py_getattr_opt(self, name) : nullptr;
  py_xdecref(name);
  return d || py_err_occurred() ? d : py_newref(py_None);
}

static Ref copyreg_attr(const char *name) {
  Ref m = py_import_str("copyreg");
  if (!m) return nullptr;
  Ref r = py_getattr_str(m, name);
  py_decref(m);
  return r;
}

// type(o).name bound to o (CPython's special method lookup), or nullptr with
// an error set only when the binding failed.
static Ref lookup_special(Ref o, const char *name) {
  Ref f = py_type_lookup_str(py_type(o), name);
  if (!f) return nullptr;
  Type *ft = py_type(f);
  return ft->descr_get ? ft->descr_get(f, o, (Ref)py_type(o)) : py_newref(f);
}

static int newargs_ex(Ref f, Ref *args, Ref *kwargs) {
  Ref r = py_call0(f);
  if (!r) return -1;
  if (!py_is_tuple(r)) {
    py_err_format(&py_TypeError_type, "__getnewargs_ex__ should return a tuple, not '%T'", r);
  } else if (py_tuple_len(r) != 2) {
    py_err_format(&py_ValueError_type,
                  "__getnewargs_ex__ should return a tuple of length 2, not %zd", py_tuple_len(r));
  } else if (!py_is_tuple(py_tuple_items(r)[0])) {
    py_err_format(&py_TypeError_type,
                  "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not "
                  "'%T'",
                  py_tuple_items(r)[0]);
  } else if (!py_is_dict(py_tuple_items(r)[1])) {
    py_err_format(&py_TypeError_type,
                  "second item of the tuple returned by __getnewargs_ex__ must be a dict, not "
                  "'%T'",
                  py_tuple_items(r)[1]);
  } else {
    *args = py_newref(py_tuple_items(r)[0]);
    *kwargs = py_newref(py_tuple_items(r)[1]);
  }
  py_decref(r);
  return *args ? 0 : -1;
}

// What __new__ is to be called with: *args from __getnewargs_ex__ or
// __getnewargs__, nullptr when the class has neither; *kwargs only from the
// former. 0 / -1.
static int reduce_newargs(Ref obj, Ref *args, Ref *kwargs) {
  *args = *kwargs = nullptr;
  Ref f = lookup_special(obj, "__getnewargs_ex__");
  if (f) {
    int r = newargs_ex(f, args, kwargs);
    py_decref(f);
    return r;
  }
  if (py_err_occurred()) return -1;
  f = lookup_special(obj, "__getnewargs__");
  if (!f) return py_err_occurred() ? -1 : 0;
  Ref r = py_call0(f);
  py_decref(f);
  if (!r) return -1;
  if (!py_is_tuple(r)) {
    py_err_format(&py_TypeError_type, "__getnewargs__ should return a tuple, not '%T'", r);
    py_decref(r);
    return -1;
  }
  *args = r;
  return 0;
}

// The names of t's slots, all bases' included: t.__slotnames__ (its own, a
// list or None), which copyreg._slotnames computes and stores.
static Ref type_slotnames(Type *t) {
  Ref names = t->dict ? py_dict_get_str(t->dict, "__slotnames__") : nullptr;
  if (names) {
    if (names != py_None && !py_is_list(names))
      return py_err_format(&py_TypeError_type, "%s.__slotnames__ should be a list or None, not %T",
                           py_type_name(t), names);
    return py_newref(names);
  }
  Ref f = copyreg_attr("_slotnames");
  names = f ? py_call1(f, (Ref)t) : nullptr;
  py_xdecref(f);
  if (names && names != py_None && !py_is_list(names)) {
    py_decref(names);
    return py_err_set_str(&py_TypeError_type, "copyreg._slotnames didn't return a list or None");
  }
  return names;
}

// {name: value} of the slots set on obj, or nullptr (error set or not).
static Ref slots_state(Ref obj, Ref names) {
  Ref slots = py_dict_new();
  for (size_t i = 0; slots && i < py_list_len(names); i++) {
    Ref name = py_newref(py_list_items(names)[i]);
    Ref v = py_getattr_opt(obj, name);
    if (v ? py_dict_set(slots, name, v) < 0 : py_err_occurred()) py_clear(&slots);
    py_decref(name);
    py_xdecref(v);
  }
  return slots;
}

// Can obj be rebuilt from its class alone (no __new__ arguments)? Not when
// its native base holds more than the Refs of a __dict__ and slots. Were
// instances to get a weak reference list pointer, it would count here too.
static bool state_is_whole(Ref obj, Ref slotnames) {
  Type *t = py_type(obj);
  size_t size = sizeof(Obj) + (t->dictoffset > 0 ? sizeof(Ref) : 0);
  if (slotnames != py_None) size += py_list_len(slotnames) * sizeof(Ref);
  return t->basicsize <= size;
}

// object.__getstate__ proper: the instance dict (None when empty), paired with
// a dict of the set slots when there are some. `required`: the state must be
// all of obj (no __new__ arguments carry the rest).
static Ref getstate_default(Ref obj, bool required) {
  Type *t = py_type(obj);
  if (required && t->itemsize)
    return py_err_format(&py_TypeError_type, "cannot pickle %s objects", py_type_name(t));
  Ref *dp = py_obj_dictptr(obj);
  Ref state = py_newref(dp && *dp && py_dict_len(*dp) ? *dp : py_None);
  Ref names = type_slotnames(t);
  if (!names) goto fail;
  if (required && !state_is_whole(obj, names)) {
    py_err_format(&py_TypeError_type, "cannot pickle '%s' object", py_type_name(t));
    goto fail;
  }
  if (names != py_None && py_list_len(names)) {
    Ref slots = slots_state(obj, names);
    if (!slots) goto fail;
    if (py_dict_len(slots)) py_setref(&state, py_tuple_pack(2, state, slots));
    py_decref(slots);
    if (!state) goto fail;
  }
  py_decref(names);
  return state;
fail:
  py_xdecref(names);
  py_xdecref(state);
  return nullptr;
}

Ref py_object_getstate(Ref self, Ref const *, size_t, Ref) { return getstate_default(self, false); }

// obj.__getstate__(), or object's default told whether the state is required.
static Ref reduce_getstate(Ref obj, bool required) {
  Ref f = py_getattr_str(obj, "__getstate__");
  if (!f) return nullptr;
  CFuncObj *c = (CFuncObj *)f;
  Ref state = py_type(f) == &py_cfunc_type && c->self == obj && c->def->fn == py_object_getstate
                  ? getstate_default(obj, required)
                  : py_call0(f);
  py_decref(f);
  return state;
}

// The 4th and 5th items of a reduce tuple: iterators over a list's items and
// a dict's (key, value) pairs, None for other objects.
static int reduce_items(Ref obj, Ref *listitems, Ref *dictitems) {
  *listitems = py_is_list(obj) ? py_iter(obj) : py_newref(py_None);
  if (!*listitems) return -1;
  *dictitems = py_None;
  if (py_is_dict(obj)) {
    Ref items = py_call_method(obj, "items", nullptr, 0);
    *dictitems = items ? py_iter(items) : nullptr;
    py_xdecref(items);
    if (!*dictitems) {
      py_decref(*listitems);
      return -1;
    }
  } else {
    py_incref(py_None);
  }
  return 0;
}

// (copyreg.__newobj__, (cls, *args), ...) or, with keyword arguments,
// (copyreg.__newobj_ex__, (cls, args, kwargs), ...).
static Ref reduce_newobj_call(Ref obj, Ref args, Ref kwargs, Ref *newargs) {
  Ref cls = (Ref)py_type(obj);
  if (kwargs && py_dict_len(kwargs)) {
    *newargs = py_tuple_pack(3, cls, args, kwargs);
    return *newargs ? copyreg_attr("__newobj_ex__") : nullptr;
  }
  size_t n = args ? py_tuple_len(args) : 0;
  if (!(*newargs = py_tuple_new(n + 1))) return nullptr;
  py_tuple_items(*newargs)[0] = py_newref(cls);
  for (size_t i = 0; i < n; i++)
    py_tuple_items(*newargs)[i + 1] = py_newref(py_tuple_items(args)[i]);
  return copyreg_attr("__newobj__");
}

// Protocol 2 and up: rebuild with cls.__new__, then the state and items.
static Ref reduce_newobj(Ref obj) {
  if (!py_type(obj)->tp_new)
    return py_err_format(&py_TypeError_type, "cannot pickle '%T' object", obj);
  Ref args, kwargs, newargs = nullptr, state = nullptr, li, di, r = nullptr;
  if (reduce_newargs(obj, &args, &kwargs) < 0) return nullptr;
  Ref newobj = reduce_newobj_call(obj, args, kwargs, &newargs);
  if (newobj) state = reduce_getstate(obj, !(args || py_is_list(obj) || py_is_dict(obj)));
  if (state && reduce_items(obj, &li, &di) == 0) {
    r = py_tuple_pack(5, newobj, newargs, state, li, di);
    py_decref(li);
    py_decref(di);
  }
  py_xdecref(args);
  py_xdecref(kwargs);
  py_xdecref(newargs);
  py_xdecref(newobj);
  py_xdecref(state);
  return r;
}

// Protocols 0 and 1 are copyreg's (copyreg._reconstructor).
static Ref common_reduce(Ref self, int64_t proto) {
  if (proto >= 2) return reduce_newobj(self);
  Ref f = copyreg_attr("_reduce_ex");
  Ref p = f ? py_int_from_i64(proto) : nullptr;
  Ref r = p ? py_call2(f, self, p) : nullptr;
  py_xdecref(p);
  py_xdecref(f);
  return r;
}

Ref py_object_reduce(Ref self, Ref const *, size_t, Ref) { return common_reduce(self, 0); }

// A __reduce__ of the class's own wins over the default.
Ref py_object_reduce_ex(Ref self, Ref const *args, size_t, Ref) {
  int64_t proto;
  if (py_index_i64(args[0], &proto) < 0) return nullptr;
  Ref name = py_str_intern("__reduce__");
  Ref reduce = name ? py_getattr_opt(self, name) : nullptr;
  py_xdecref(name);
  if (!reduce) return py_err_occurred() ? nullptr : common_reduce(self, proto);
  Ref clsreduce = py_getattr_str((Ref)py_type(self), "__reduce__");
  Ref own = py_dict_get_str(py_object_type.dict, "__reduce__");
  Ref r = !clsreduce ? nullptr : clsreduce != own ? py_call0(reduce) : common_reduce(self, proto);
  py_xdecref(clsreduce);
  py_decref(reduce);
  return r;
}
