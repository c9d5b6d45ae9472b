// The builtin exception types (CPython 3.11's hierarchy) and traceback objects.
//
// All exception types share the ExcObj layout. Type-specific attributes
// (OSError.errno, SyntaxError.lineno, ...) live in a private dict kept in
// ExcObj.value, so the instance __dict__ only holds user attributes;
// StopIteration.value and SystemExit.code use ExcObj.value directly.
#include <cerrno>
#include <cstddef>
#include <cstdio>

#include "py/containers.h"
#include "py/exc.h"
#include "py/intobj.h"
#include "py/strobj.h"

#define EXC_FLAGS (TPF_GC | TPF_BASETYPE | TPF_EXC_SUBCLASS)

static inline ExcObj *exc_cast(Ref r) { return (ExcObj *)r; }

static size_t exc_nargs(Ref self) {
  Ref a = exc_cast(self)->args;
  return a ? py_tuple_len(a) : 0;
}
static Ref exc_arg(Ref self, size_t i) { return py_tuple_items(exc_cast(self)->args)[i]; }

static int exc_set_args(Ref self, Ref const *args, size_t nargs) {
  Ref t = py_tuple_from_array(args, nargs);
  if (!t) return -1;
  py_setref(&exc_cast(self)->args, t);
  return 0;
}

// ---------------------------------------------------------------------------
// Type-specific attributes (the private dict in ExcObj.value)
// ---------------------------------------------------------------------------

// Borrowed; None when unset.
static Ref exc_extra(Ref self, const char *name) {
  Ref d = exc_cast(self)->value;
  Ref v = d && py_is_dict(d) ? py_dict_get_str(d, name) : nullptr;
  return v ? v : py_None;
}

static Ref exc_extra_get(Ref self, const char *name) { return py_newref(exc_extra(self, name)); }

static int exc_extra_set(Ref self, const char *name, Ref v) {
  ExcObj *e = exc_cast(self);
  if (!e->value || !py_is_dict(e->value)) {
    Ref d = py_dict_new();
    if (!d) return -1;
    py_setref(&e->value, d);
  }
  return py_dict_set_str(e->value, name, v ? v : py_None);
}

// Extra attribute `name` as a C integer; false when missing or not an int.
static bool exc_extra_int(Ref self, const char *name, int64_t *out) {
  Ref v = exc_extra(self, name);
  if (!py_is_int(v)) return false;
  if (py_int_as_i64(v, out) < 0) {
    py_err_clear();
    return false;
  }
  return true;
}

#define EXC_EXTRA_ATTR(id, name)                                                                   \
  static Ref exc_get_##id(Ref self) { return exc_extra_get(self, name); }                          \
  static int exc_set_##id(Ref self, Ref v) { return exc_extra_set(self, name, v); }

EXC_EXTRA_ATTR(msg, "msg")
EXC_EXTRA_ATTR(name, "name")
EXC_EXTRA_ATTR(path, "path")
EXC_EXTRA_ATTR(obj, "obj")
EXC_EXTRA_ATTR(errno_, "errno")
EXC_EXTRA_ATTR(strerror, "strerror")
EXC_EXTRA_ATTR(filename, "filename")
EXC_EXTRA_ATTR(filename2, "filename2")
EXC_EXTRA_ATTR(lineno, "lineno")
EXC_EXTRA_ATTR(offset, "offset")
EXC_EXTRA_ATTR(text, "text")
EXC_EXTRA_ATTR(end_lineno, "end_lineno")
EXC_EXTRA_ATTR(end_offset, "end_offset")
EXC_EXTRA_ATTR(print_file_and_line, "print_file_and_line")
EXC_EXTRA_ATTR(encoding, "encoding")
EXC_EXTRA_ATTR(object, "object")
EXC_EXTRA_ATTR(start, "start")
EXC_EXTRA_ATTR(end, "end")
EXC_EXTRA_ATTR(reason, "reason")

#define EXC_GETSET(id, name)                                                                       \
  { name, exc_get_##id, exc_set_##id, nullptr }

// ---------------------------------------------------------------------------
// BaseException
// ---------------------------------------------------------------------------

static int exc_traverse(Ref self, VisitProc visit, void *arg) {
  ExcObj *e = exc_cast(self);
  Ref fields[] = {e->args, e->traceback, e->cause, e->context, e->value, e->dict};
  for (Ref f : fields) {
    if (f && !py_is_small(f)) {
      int r = visit(f, arg);
      if (r) return r;
    }
  }
  return 0;
}

static void exc_clear(Ref self) {
  ExcObj *e = exc_cast(self);
  py_clear(&e->args);
  py_clear(&e->traceback);
  py_clear(&e->cause);
  py_clear(&e->context);
  py_clear(&e->value);
  py_clear(&e->dict);
}

static void exc_dealloc(Ref self) {
  py_gc_untrack(self);
  exc_clear(self);
  py_obj_free(self, py_type(self)->basicsize);
}

// Keyword arguments are left to __init__ (a subclass's __init__ may take them).
static Ref exc_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  Ref self = py_obj_alloc(type, type->basicsize);
  if (!self) return nullptr;
  if (exc_set_args(self, args, nargs) < 0) {
    py_decref(self);
    return nullptr;
  }
  return self;
}

static int exc_no_kwargs(Ref self, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames) > 0) {
    py_err_format(&py_TypeError_type, "%s() takes no keyword arguments", py_tname(self));
    return -1;
  }
  return 0;
}

static int exc_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_no_kwargs(self, kwnames) < 0) return -1;
  return exc_set_args(self, args, nargs);
}

// Store the keyword arguments listed in `allowed` as extra attributes
// (ImportError's name/path, AttributeError's name/obj, ...).
static int exc_init_kw(Ref self, Ref const *args, size_t nargs, Ref kwnames,
                       const char *const *allowed, const char *tname) {
  if (exc_set_args(self, args, nargs) < 0) return -1;
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Ref key = py_tuple_items(kwnames)[i];
    const char *const *a = allowed;
    while (*a && !py_str_equal_cstr(key, *a)) a++;
    if (!*a) {
      py_err_format(&py_TypeError_type, "%R is an invalid keyword argument for %s()", key, tname);
      return -1;
    }
    if (exc_extra_set(self, *a, args[nargs + i]) < 0) return -1;
  }
  return 0;
}

// str(): '' without args, str(arg) with one, str(args) with several.
static Ref exc_str(Ref self) {
  size_t n = exc_nargs(self);
  if (n == 0) return py_str_new("", 0);
  if (n == 1) return py_str(exc_arg(self, 0));
  return py_str(exc_cast(self)->args);
}

static Ref exc_repr(Ref self) {
  const char *name = py_tname(self);
  if (exc_nargs(self) == 1) return py_str_format("%s(%R)", name, exc_arg(self, 0));
  if (exc_nargs(self) == 0) return py_str_format("%s()", name);
  return py_str_format("%s%R", name, exc_cast(self)->args);
}

static Ref exc_get_args(Ref self) {
  Ref a = exc_cast(self)->args;
  return a ? py_newref(a) : py_tuple_empty();
}

static int exc_set_args_attr(Ref self, Ref v) {
  if (!v) {
    py_err_set_str(&py_TypeError_type, "args may not be deleted");
    return -1;
  }
  Ref t = py_sequence_tuple(v);
  if (!t) return -1;
  py_setref(&exc_cast(self)->args, t);
  return 0;
}

static Ref exc_get_traceback(Ref self) {
  Ref tb = exc_cast(self)->traceback;
  return py_newref(tb ? tb : py_None);
}

static int exc_set_traceback(Ref self, Ref v) {
  if (!v) {
    py_err_set_str(&py_TypeError_type, "__traceback__ may not be deleted");
    return -1;
  }
  if (v != py_None && !py_isinstance_exact(v, &py_traceback_type)) {
    py_err_set_str(&py_TypeError_type, "__traceback__ must be a traceback or None");
    return -1;
  }
  py_setref(&exc_cast(self)->traceback, v == py_None ? nullptr : py_newref(v));
  return 0;
}

static Ref exc_get_cause(Ref self) {
  Ref c = exc_cast(self)->cause;
  return py_newref(c ? c : py_None);
}

// Setting __cause__ also sets __suppress_context__, as `raise ... from` does.
static int exc_set_cause(Ref self, Ref v) {
  if (!v) {
    py_err_set_str(&py_TypeError_type, "__cause__ may not be deleted");
    return -1;
  }
  if (v != py_None && !py_is_exc(v)) {
    py_err_set_str(&py_TypeError_type, "exception cause must be None or derive from BaseException");
    return -1;
  }
  py_setref(&exc_cast(self)->cause, v == py_None ? nullptr : py_newref(v));
  exc_cast(self)->suppress_context = true;
  return 0;
}

static Ref exc_get_context(Ref self) {
  Ref c = exc_cast(self)->context;
  return py_newref(c ? c : py_None);
}

static int exc_set_context(Ref self, Ref v) {
  if (!v) {
    py_err_set_str(&py_TypeError_type, "__context__ may not be deleted");
    return -1;
  }
  if (v != py_None && !py_is_exc(v)) {
    py_err_set_str(&py_TypeError_type,
                   "exception context must be None or derive from BaseException");
    return -1;
  }
  py_setref(&exc_cast(self)->context, v == py_None ? nullptr : py_newref(v));
  return 0;
}

static Ref exc_get_suppress(Ref self) { return py_bool(exc_cast(self)->suppress_context); }

static int exc_set_suppress(Ref self, Ref v) {
  int t = v ? py_truthy(v) : 0;
  if (t < 0) return -1;
  exc_cast(self)->suppress_context = t != 0;
  return 0;
}

static Ref exc_get_dict(Ref self) {
  Ref *slot = py_obj_dictptr(self);
  if (!slot) return py_err_set_str(&py_AttributeError_type, "__dict__");
  if (!*slot && !(*slot = py_dict_new())) return nullptr;
  return py_newref(*slot);
}

static int exc_set_dict(Ref self, Ref v) {
  Ref *slot = py_obj_dictptr(self);
  if (!v || !py_is_dict(v)) {
    py_err_set_str(&py_TypeError_type, "__dict__ must be set to a dictionary");
    return -1;
  }
  if (slot) py_setref(slot, py_newref(v));
  return 0;
}

static Ref exc_with_traceback(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_set_traceback(self, args[0]) < 0) return nullptr;
  return py_newref(self);
}

static Ref exc_add_note(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "note must be a str, not '%s'", py_tname(args[0]));
  Ref notes = py_getattr_opt(self, py_str_intern("__notes__"));
  if (!notes) {
    if (py_err_occurred()) return nullptr;
    notes = py_list_new(0);
    if (!notes || py_setattr_str(self, "__notes__", notes) < 0) {
      py_xdecref(notes);
      return nullptr;
    }
  }
  int r = py_is_list(notes) ? py_list_append(notes, args[0]) : -1;
  if (!py_is_list(notes))
    py_err_set_str(&py_TypeError_type, "Cannot add note: __notes__ is not a list");
  py_decref(notes);
  return r < 0 ? nullptr : py_none_new();
}

// (type, args[, __dict__]): the dict once it exists, even empty.
static Ref exc_reduce(Ref self, Ref const *, size_t, Ref) {
  Ref *dp = py_obj_dictptr(self);
  Ref args = ((ExcObj *)self)->args;
  if (!args)
    args = py_tuple_empty();
  else
    py_incref(args);
  Ref r = dp && *dp ? py_tuple_pack(3, (Ref)py_type(self), args, *dp)
                    : py_tuple_pack(2, (Ref)py_type(self), args);
  py_decref(args);
  return r;
}

static Ref exc_setstate(Ref self, Ref const *args, size_t, Ref) {
  if (args[0] == py_None) return py_none_new();
  if (!py_is_dict(args[0])) return py_err_set_str(&py_TypeError_type, "state is not a dictionary");
  size_t pos = 0;
  Ref k, v;
  while (py_dict_next(args[0], &pos, &k, &v)) {
    py_incref(k);
    py_incref(v);
    int r = py_setattr(self, k, v);
    py_decref(k);
    py_decref(v);
    if (r < 0) return nullptr;
  }
  return py_none_new();
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, METH_ARGS(1, 1), nullptr},
    {"add_note", exc_add_note, METH_ARGS(1, 1), nullptr},
    {"__reduce__", exc_reduce, METH_ARGS(0, 0), nullptr},
    {"__setstate__", exc_setstate, METH_ARGS(1, 1), nullptr},
    {nullptr},
};

static const GetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args_attr, nullptr},
    {"__traceback__", exc_get_traceback, exc_set_traceback, nullptr},
    {"__cause__", exc_get_cause, exc_set_cause, nullptr},
    {"__context__", exc_get_context, exc_set_context, nullptr},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, nullptr},
    {"__dict__", exc_get_dict, exc_set_dict, nullptr},
    {nullptr},
};

// ---------------------------------------------------------------------------
// StopIteration, SystemExit: ExcObj.value
// ---------------------------------------------------------------------------

static Ref exc_get_value(Ref self) {
  Ref v = exc_cast(self)->value;
  return py_newref(v ? v : py_None);
}

static int exc_set_value(Ref self, Ref v) {
  py_setref(&exc_cast(self)->value, py_xnewref(v));
  return 0;
}

static int stopiteration_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  py_setref(&exc_cast(self)->value, nargs ? py_newref(args[0]) : nullptr);
  return 0;
}

// code: None without args, the argument with one, the args tuple with several.
static int systemexit_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  Ref code = nullptr;
  if (nargs == 1) code = py_newref(args[0]);
  if (nargs > 1) code = py_newref(exc_cast(self)->args);
  py_setref(&exc_cast(self)->value, code);
  return 0;
}

static const GetSetDef stopiteration_getsets[] = {
    {"value", exc_get_value, exc_set_value, nullptr},
    {nullptr},
};
static const GetSetDef systemexit_getsets[] = {
    {"code", exc_get_value, exc_set_value, nullptr},
    {nullptr},
};

// ---------------------------------------------------------------------------
// KeyError, ImportError, AttributeError, NameError
// ---------------------------------------------------------------------------

// A lone key is shown with repr() so that KeyError('') is visible.
static Ref keyerror_str(Ref self) {
  if (exc_nargs(self) == 1) return py_repr(exc_arg(self, 0));
  return exc_str(self);
}

static int importerror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const allowed[] = {"name", "path", nullptr};
  if (exc_init_kw(self, args, nargs, kwnames, allowed, "ImportError") < 0) return -1;
  return exc_extra_set(self, "msg", nargs == 1 ? args[0] : py_None);
}

static Ref importerror_str(Ref self) {
  Ref msg = exc_extra(self, "msg");
  if (py_isinstance_exact(msg, &py_str_type)) return py_newref(msg);
  return exc_str(self);
}

static int attributeerror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const allowed[] = {"name", "obj", nullptr};
  return exc_init_kw(self, args, nargs, kwnames, allowed, "AttributeError");
}

static int nameerror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const allowed[] = {"name", nullptr};
  return exc_init_kw(self, args, nargs, kwnames, allowed, "NameError");
}

static const GetSetDef importerror_getsets[] = {
    EXC_GETSET(msg, "msg"),
    EXC_GETSET(name, "name"),
    EXC_GETSET(path, "path"),
    {nullptr},
};
static const GetSetDef attributeerror_getsets[] = {
    EXC_GETSET(name, "name"),
    EXC_GETSET(obj, "obj"),
    {nullptr},
};
static const GetSetDef nameerror_getsets[] = {
    EXC_GETSET(name, "name"),
    {nullptr},
};

// ---------------------------------------------------------------------------
// OSError
// ---------------------------------------------------------------------------

static const struct {
  int err;
  Type *type;
} oserror_map[] = {
    {EAGAIN, &py_BlockingIOError_type},
    {EALREADY, &py_BlockingIOError_type},
    {EINPROGRESS, &py_BlockingIOError_type},
    {EWOULDBLOCK, &py_BlockingIOError_type},
    {EPIPE, &py_BrokenPipeError_type},
#ifdef ESHUTDOWN
    {ESHUTDOWN, &py_BrokenPipeError_type},
#endif
    {ECHILD, &py_ChildProcessError_type},
    {ECONNABORTED, &py_ConnectionAbortedError_type},
    {ECONNREFUSED, &py_ConnectionRefusedError_type},
    {ECONNRESET, &py_ConnectionResetError_type},
    {EEXIST, &py_FileExistsError_type},
    {ENOENT, &py_FileNotFoundError_type},
    {EISDIR, &py_IsADirectoryError_type},
    {ENOTDIR, &py_NotADirectoryError_type},
    {EINTR, &py_InterruptedError_type},
    {EACCES, &py_PermissionError_type},
    {EPERM, &py_PermissionError_type},
    {ESRCH, &py_ProcessLookupError_type},
    {ETIMEDOUT, &py_TimeoutError_type},
};

// OSError(errno, strerror, ...) builds the subclass matching errno.
static Ref oserror_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (type == &py_OSError_type && nargs >= 2 && py_is_int(args[0])) {
    int overflow = 0;
    int64_t code = py_int_as_i64_sat(args[0], &overflow);
    for (const auto &m : oserror_map) {
      if (!overflow && m.err == code) {
        type = m.type;
        break;
      }
    }
  }
  return exc_new(type, args, nargs, kwnames);
}

// (errno, strerror[, filename[, winerror[, filename2]]]); args keeps only
// (errno, strerror) when a filename is given.
static int oserror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs < 2 || nargs > 5) return 0;
  if (exc_extra_set(self, "errno", args[0]) < 0 || exc_extra_set(self, "strerror", args[1]) < 0)
    return -1;
  if (nargs >= 3 && args[2] != py_None) {
    if (exc_extra_set(self, "filename", args[2]) < 0) return -1;
    if (nargs == 5 && exc_extra_set(self, "filename2", args[4]) < 0) return -1;
    return exc_set_args(self, args, 2);
  }
  return 0;
}

static Ref oserror_str(Ref self) {
  Ref err = exc_extra(self, "errno"), strerror = exc_extra(self, "strerror");
  Ref filename = exc_extra(self, "filename"), filename2 = exc_extra(self, "filename2");
  if (filename != py_None) {
    if (filename2 != py_None)
      return py_str_format("[Errno %S] %S: %R -> %R", err, strerror, filename, filename2);
    return py_str_format("[Errno %S] %S: %R", err, strerror, filename);
  }
  if (err != py_None && strerror != py_None) return py_str_format("[Errno %S] %S", err, strerror);
  return exc_str(self);
}

static const GetSetDef oserror_getsets[] = {
    EXC_GETSET(errno_, "errno"),
    EXC_GETSET(strerror, "strerror"),
    EXC_GETSET(filename, "filename"),
    EXC_GETSET(filename2, "filename2"),
    {nullptr},
};

// ---------------------------------------------------------------------------
// SyntaxError
// ---------------------------------------------------------------------------

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
static int syntaxerror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs >= 1 && exc_extra_set(self, "msg", args[0]) < 0) return -1;
  if (nargs != 2) return 0;
  Ref info = py_sequence_tuple(args[1]);
  if (!info) return -1;
  size_t n = py_tuple_len(info);
  int r = 0;
  if (n < 4 || n > 6) {
    py_err_format(&py_TypeError_type, "function takes %s %d arguments (%zu given)",
                  n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
    r = -1;
  }
  static const char *const names[] = {"filename", "lineno",     "offset",
                                      "text",     "end_lineno", "end_offset"};
  for (size_t i = 0; r == 0 && i < n; i++)
    r = exc_extra_set(self, names[i], py_tuple_items(info)[i]);
  py_decref(info);
  return r;
}

// "msg (file.py, line 3)": only the file's base name is shown.
static Ref syntaxerror_str(Ref self) {
  Ref msg = exc_extra(self, "msg"), filename = exc_extra(self, "filename");
  int64_t lineno = 0;
  bool have_line = exc_extra_int(self, "lineno", &lineno);
  const char *base = nullptr;
  if (py_is_str(filename)) {
    const char *slash = strrchr(py_str_data(filename), '/');
    base = slash ? slash + 1 : py_str_data(filename);
  }
  if (base && have_line) return py_str_format("%S (%s, line %lld)", msg, base, (long long)lineno);
  if (base) return py_str_format("%S (%s)", msg, base);
  if (have_line) return py_str_format("%S (line %lld)", msg, (long long)lineno);
  return py_str(msg);
}

static const GetSetDef syntaxerror_getsets[] = {
    EXC_GETSET(msg, "msg"),
    EXC_GETSET(filename, "filename"),
    EXC_GETSET(lineno, "lineno"),
    EXC_GETSET(offset, "offset"),
    EXC_GETSET(text, "text"),
    EXC_GETSET(end_lineno, "end_lineno"),
    EXC_GETSET(end_offset, "end_offset"),
    EXC_GETSET(print_file_and_line, "print_file_and_line"),
    {nullptr},
};

static Ref int_or_none(int v) { return v < 0 ? py_None : py_int_from_i64(v); }

Ref py_err_syntax(Type *type, const char *msg, Ref filename, int lineno, int offset, Ref text,
                  int end_lineno, int end_offset) {
  Ref m = py_str_from_cstr(msg);
  if (!m) return nullptr;
  Ref info =
      py_tuple_pack(6, filename ? filename : py_None, py_int_from_i64(lineno), int_or_none(offset),
                    text ? text : py_None, int_or_none(end_lineno), int_or_none(end_offset));
  Ref args[2] = {m, info};
  Ref exc = info ? py_exc_new(type, args, 2) : nullptr;
  py_decref(m);
  py_xdecref(info);
  if (exc) {
    py_err_set_exc(exc);
    py_decref(exc);
  }
  return nullptr;
}

// ---------------------------------------------------------------------------
// UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError
// ---------------------------------------------------------------------------

// (encoding, object, start, end, reason); UnicodeTranslateError has no encoding.
static int unicodeerror_init_fields(Ref self, Ref const *args, size_t nargs, Ref kwnames,
                                    bool has_encoding) {
  if (exc_init(self, args, nargs, kwnames) < 0) return -1;
  size_t want = has_encoding ? 5 : 4;
  if (nargs != want) {
    py_err_format(&py_TypeError_type, "function takes exactly %zu arguments (%zu given)", want,
                  nargs);
    return -1;
  }
  static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
  const char *const *n = has_encoding ? names : names + 1;
  int64_t pos;
  for (size_t i = nargs - 3; i < nargs - 1; i++) // start and end must be integers
    if (py_index_i64(args[i], &pos) < 0) return -1;
  for (size_t i = 0; i < nargs; i++)
    if (exc_extra_set(self, n[i], args[i]) < 0) return -1;
  return 0;
}

static int unicodeerror_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return unicodeerror_init_fields(self, args, nargs, kwnames, true);
}

static int unicodetranslate_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return unicodeerror_init_fields(self, args, nargs, kwnames, false);
}

// The code point at character index `index` of a str, or -1.
static int64_t str_codepoint_at(Ref s, int64_t index) {
  const unsigned char *p = (const unsigned char *)py_str_data(s);
  const unsigned char *end = p + py_str_len(s);
  for (; p < end; index--) {
    int n = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
    if (index == 0) {
      uint32_t cp = n == 1 ? *p : *p & (0x7F >> n);
      for (int i = 1; i < n && p + i < end; i++) cp = (cp << 6) | (p[i] & 0x3F);
      return cp;
    }
    p += n;
  }
  return -1;
}

// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
static Ref unicodedecode_str(Ref self) {
  int64_t start, end;
  if (!exc_extra_int(self, "start", &start) || !exc_extra_int(self, "end", &end))
    return py_str_new("", 0);
  Ref enc = exc_extra(self, "encoding"), obj = exc_extra(self, "object");
  Ref reason = exc_extra(self, "reason");
  if (py_is_bytes(obj) && start >= 0 && start < (int64_t)py_bytes_len(obj) && end == start + 1) {
    char hex[4];
    snprintf(hex, sizeof hex, "%02x", (unsigned char)py_bytes_data(obj)[start]);
    return py_str_format("'%S' codec can't decode byte 0x%s in position %lld: %S", enc, hex,
                         (long long)start, reason);
  }
  return py_str_format("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                       (long long)start, (long long)end - 1, reason);
}

// Shared by encode / translate: `what` is "'ascii' codec can't encode" or
// "can't translate".
static Ref unicode_char_error_str(Ref self, Ref what) {
  int64_t start, end;
  if (!exc_extra_int(self, "start", &start) || !exc_extra_int(self, "end", &end))
    return py_str_new("", 0);
  Ref obj = exc_extra(self, "object"), reason = exc_extra(self, "reason");
  int64_t cp = py_is_str(obj) && end == start + 1 ? str_codepoint_at(obj, start) : -1;
  if (cp >= 0) {
    char esc[16];
    snprintf(esc, sizeof esc,
             cp < 0x100     ? "\\x%02x"
             : cp < 0x10000 ? "\\u%04x"
                            : "\\U%08x",
             (unsigned)cp);
    return py_str_format("%U character '%s' in position %lld: %S", what, esc, (long long)start,
                         reason);
  }
  return py_str_format("%U characters in position %lld-%lld: %S", what, (long long)start,
                       (long long)end - 1, reason);
}

static Ref unicodeencode_str(Ref self) {
  Ref what = py_str_format("'%S' codec can't encode", exc_extra(self, "encoding"));
  if (!what) return nullptr;
  Ref r = unicode_char_error_str(self, what);
  py_decref(what);
  return r;
}

static Ref unicodetranslate_str(Ref self) {
  Ref what = py_str_from_cstr("can't translate");
  if (!what) return nullptr;
  Ref r = unicode_char_error_str(self, what);
  py_decref(what);
  return r;
}

static const GetSetDef unicodeerror_getsets[] = {
    EXC_GETSET(encoding, "encoding"), EXC_GETSET(object, "object"), EXC_GETSET(start, "start"),
    EXC_GETSET(end, "end"),           EXC_GETSET(reason, "reason"), {nullptr},
};

// ---------------------------------------------------------------------------
// Instantiation
// ---------------------------------------------------------------------------

// tp_new / tp_init of a builtin exception type, also before py_type_ready has
// copied the inherited slots.
static Type *exc_slot_owner(Type *t, bool init) {
  while (t && !(init ? t->tp_init != nullptr : t->tp_new != nullptr)) t = t->base;
  return t;
}

Ref py_exc_new(Type *type, Ref const *args, size_t nargs) {
  if (py_type_has(type, TPF_HEAPTYPE)) return py_call((Ref)type, args, nargs, nullptr);
  Type *nt = exc_slot_owner(type, false);
  if (!nt) return py_err_format(&py_TypeError_type, "cannot create '%s' instances", type->name);
  Ref self = nt->tp_new(type, args, nargs, nullptr);
  if (!self || !py_isinstance_of(self, type)) return self;
  Type *it = exc_slot_owner(py_type(self), true);
  if (it && it->tp_init(self, args, nargs, nullptr) < 0) {
    py_decref(self);
    return nullptr;
  }
  return self;
}

// ---------------------------------------------------------------------------
// The type tables (tp_new is not inherited by builtin types: every table sets it)
// ---------------------------------------------------------------------------

PY_TYPE_DEF(py_BaseException_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "BaseException",
    .flags = EXC_FLAGS,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
    .base = &py_object_type,
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_clear,
    .tp_new = exc_new,
    .tp_init = exc_init,
    .repr = exc_repr,
    .str = exc_str,
    .methods = exc_methods,
    .getsets = exc_getsets,
);

#define EXC_TYPE(id, base_, new_, init_, str_, getsets_)                                           \
  PY_TYPE_DEF(py_##id##_type,                                                                      \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = #id,                                                                                 \
      .flags = EXC_FLAGS,                                                                          \
      .basicsize = sizeof(ExcObj),                                                                 \
      .dictoffset = offsetof(ExcObj, dict),                                                        \
      .base = &py_##base_##_type,                                                                  \
      .tp_new = new_,                                                                              \
      .tp_init = init_,                                                                            \
      .str = str_,                                                                                 \
      .getsets = getsets_,                                                                         \
  );

// The hierarchy below BaseException, bases before subclasses. SIMPLE(id, base):
// a type that only renames its base; FULL(id, base, new, init, str, getsets).
// Note [Exception types filled at start-up]
// As initialised Types the SIMPLE ones would take a few hundred bytes of data
// each, so they are left zero (bss) and filled from exc_simple_types by
// py_exc_fill_types, which py_init calls before anything can raise.
#define EXC_HIERARCHY(SIMPLE, FULL)                                                                \
  SIMPLE(Exception, BaseException)                                                                 \
  SIMPLE(GeneratorExit, BaseException)                                                             \
  SIMPLE(KeyboardInterrupt, BaseException)                                                         \
  FULL(SystemExit, BaseException, exc_new, systemexit_init, nullptr, systemexit_getsets)           \
  SIMPLE(ArithmeticError, Exception)                                                               \
  SIMPLE(FloatingPointError, ArithmeticError)                                                      \
  SIMPLE(OverflowError, ArithmeticError)                                                           \
  SIMPLE(ZeroDivisionError, ArithmeticError)                                                       \
  SIMPLE(AssertionError, Exception)                                                                \
  FULL(AttributeError, Exception, exc_new, attributeerror_init, nullptr, attributeerror_getsets)   \
  SIMPLE(BufferError, Exception)                                                                   \
  SIMPLE(EOFError, Exception)                                                                      \
  FULL(ImportError, Exception, exc_new, importerror_init, importerror_str, importerror_getsets)    \
  SIMPLE(ModuleNotFoundError, ImportError)                                                         \
  SIMPLE(LookupError, Exception)                                                                   \
  SIMPLE(IndexError, LookupError)                                                                  \
  FULL(KeyError, LookupError, exc_new, nullptr, keyerror_str, nullptr)                             \
  SIMPLE(MemoryError, Exception)                                                                   \
  FULL(NameError, Exception, exc_new, nameerror_init, nullptr, nameerror_getsets)                  \
  SIMPLE(UnboundLocalError, NameError)                                                             \
  FULL(OSError, Exception, oserror_new, oserror_init, oserror_str, oserror_getsets)                \
  SIMPLE(BlockingIOError, OSError)                                                                 \
  SIMPLE(ChildProcessError, OSError)                                                               \
  SIMPLE(ConnectionError, OSError)                                                                 \
  SIMPLE(BrokenPipeError, ConnectionError)                                                         \
  SIMPLE(ConnectionAbortedError, ConnectionError)                                                  \
  SIMPLE(ConnectionRefusedError, ConnectionError)                                                  \
  SIMPLE(ConnectionResetError, ConnectionError)                                                    \
  SIMPLE(FileExistsError, OSError)                                                                 \
  SIMPLE(FileNotFoundError, OSError)                                                               \
  SIMPLE(InterruptedError, OSError)                                                                \
  SIMPLE(IsADirectoryError, OSError)                                                               \
  SIMPLE(NotADirectoryError, OSError)                                                              \
  SIMPLE(PermissionError, OSError)                                                                 \
  SIMPLE(ProcessLookupError, OSError)                                                              \
  SIMPLE(TimeoutError, OSError)                                                                    \
  SIMPLE(ReferenceError, Exception)                                                                \
  SIMPLE(RuntimeError, Exception)                                                                  \
  SIMPLE(NotImplementedError, RuntimeError)                                                        \
  SIMPLE(RecursionError, RuntimeError)                                                             \
  SIMPLE(StopAsyncIteration, Exception)                                                            \
  FULL(StopIteration, Exception, exc_new, stopiteration_init, nullptr, stopiteration_getsets)      \
  FULL(SyntaxError, Exception, exc_new, syntaxerror_init, syntaxerror_str, syntaxerror_getsets)    \
  SIMPLE(IndentationError, SyntaxError)                                                            \
  SIMPLE(TabError, IndentationError)                                                               \
  SIMPLE(SystemError, Exception)                                                                   \
  SIMPLE(TypeError, Exception)                                                                     \
  SIMPLE(ValueError, Exception)                                                                    \
  SIMPLE(UnicodeError, ValueError)                                                                 \
  FULL(UnicodeDecodeError, UnicodeError, exc_new, unicodeerror_init, unicodedecode_str,            \
       unicodeerror_getsets)                                                                       \
  FULL(UnicodeEncodeError, UnicodeError, exc_new, unicodeerror_init, unicodeencode_str,            \
       unicodeerror_getsets)                                                                       \
  FULL(UnicodeTranslateError, UnicodeError, exc_new, unicodetranslate_init, unicodetranslate_str,  \
       unicodeerror_getsets)                                                                       \
  SIMPLE(Warning, Exception)                                                                       \
  SIMPLE(BytesWarning, Warning)                                                                    \
  SIMPLE(DeprecationWarning, Warning)                                                              \
  SIMPLE(EncodingWarning, Warning)                                                                 \
  SIMPLE(FutureWarning, Warning)                                                                   \
  SIMPLE(ImportWarning, Warning)                                                                   \
  SIMPLE(PendingDeprecationWarning, Warning)                                                       \
  SIMPLE(ResourceWarning, Warning)                                                                 \
  SIMPLE(RuntimeWarning, Warning)                                                                  \
  SIMPLE(SyntaxWarning, Warning)                                                                   \
  SIMPLE(UnicodeWarning, Warning)                                                                  \
  SIMPLE(UserWarning, Warning)

#define EXC_SIMPLE_DEF(id, base_) Type py_##id##_type;
#define EXC_SIMPLE_ENTRY(id, base_) {&py_##id##_type, &py_##base_##_type, #id},
#define EXC_NONE(...)
EXC_HIERARCHY(EXC_SIMPLE_DEF, EXC_TYPE)

namespace {
struct ExcSimple {
  Type *type, *base;
  const char *name;
};
} // namespace

static const ExcSimple exc_simple_types[] = {EXC_HIERARCHY(EXC_SIMPLE_ENTRY, EXC_NONE)};

void py_exc_fill_types() {
  for (const ExcSimple &e : exc_simple_types) {
    Type *t = e.type;
    if (t->name) continue; // filled by an earlier py_init
    t->ob = PY_STATIC_HEAD(&py_type_type);
    t->name = e.name;
    t->flags = EXC_FLAGS;
    t->basicsize = sizeof(ExcObj);
    t->dictoffset = offsetof(ExcObj, dict);
    t->base = e.base;
    t->tp_new = exc_new;
  }
}

// ---------------------------------------------------------------------------
// Traceback objects
// ---------------------------------------------------------------------------

Ref py_traceback_new(Ref next, Ref code, Ref globals, uint32_t line) {
  TracebackObj *tb = (TracebackObj *)py_obj_alloc(&py_traceback_type, sizeof(TracebackObj));
  if (!tb) return nullptr;
  tb->next = py_xnewref(next);
  tb->code = py_xnewref(code);
  tb->globals = py_xnewref(globals);
  tb->line = line;
  return (Ref)tb;
}

// Frees a whole uniquely-owned chain iteratively: a RecursionError's
// traceback can be a thousand entries long.
static void tb_dealloc(Ref self) {
  while (self) {
    TracebackObj *tb = (TracebackObj *)self;
    Ref next = tb->next;
    py_gc_untrack(self);
    py_xdecref(tb->code);
    py_xdecref(tb->globals);
    py_obj_free(self, sizeof(TracebackObj));
    self = nullptr;
    if (next && next->rc == 1) {
      self = next;
    } else {
      py_xdecref(next);
    }
  }
}

static Ref tb_get_next(Ref self) {
  Ref n = ((TracebackObj *)self)->next;
  return py_newref(n ? n : py_None);
}

static int tb_set_next(Ref self, Ref v) {
  if (!v) {
    py_err_set_str(&py_TypeError_type, "can't delete tb_next attribute");
    return -1;
  }
  if (v != py_None && !py_isinstance_exact(v, &py_traceback_type)) {
    py_err_format(&py_TypeError_type, "expected traceback object or None, got '%s'", py_tname(v));
    return -1;
  }
  for (Ref t = v; t != py_None && t; t = ((TracebackObj *)t)->next) {
    if (t == self) {
      py_err_set_str(&py_ValueError_type, "traceback loop detected");
      return -1;
    }
  }
  py_setref(&((TracebackObj *)self)->next, v == py_None ? nullptr : py_newref(v));
  return 0;
}

static Ref tb_get_lineno(Ref self) { return py_int_from_i64(((TracebackObj *)self)->line); }
static Ref tb_get_lasti(Ref self) { return py_int_from_i64(0); }
// A snapshot of the entry's code, globals and line (Note [Frame snapshots]).
static Ref tb_get_frame(Ref self) {
  TracebackObj *tb = (TracebackObj *)self;
  return tb->code ? py_frame_snapshot(tb->code, tb->globals, tb->line) : py_none_new();
}

// A traceback keeps its frames' globals, which may hold the exception.
static int tb_traverse(Ref self, VisitProc visit, void *arg) {
  TracebackObj *tb = (TracebackObj *)self;
  return (tb->next && visit(tb->next, arg)) || (tb->globals && visit(tb->globals, arg));
}

static void tb_clear(Ref self) {
  py_clear(&((TracebackObj *)self)->next);
  py_clear(&((TracebackObj *)self)->globals);
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_traceback_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "traceback",
    .flags = TPF_GC,
    .basicsize = sizeof(TracebackObj),
    .base = &py_object_type,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
);
