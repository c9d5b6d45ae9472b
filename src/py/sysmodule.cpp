// The sys module.
#include <cfloat>
#include <climits>
#include <cstdlib>

#include "py/containers.h"
#include "py/exc.h"
#include "py/frame.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

// The sys module's dict, kept alive for fast lookups (print, tracebacks).
static Ref sys_dict;

Ref py_sys_get(const char *name) { return sys_dict ? py_dict_get_str(sys_dict, name) : nullptr; }

// ---------------------------------------------------------------------------
// Named tuples of C-level information (version_info, float_info, implementation)
// ---------------------------------------------------------------------------

// Items are borrowed.
static Ref structseq_new(Type *type, Ref const *items, size_t n) {
  Ref t = py_obj_alloc(type, sizeof(TupleObj) + n * sizeof(Ref));
  if (!t) return nullptr;
  ((TupleObj *)t)->len = n;
  for (size_t i = 0; i < n; i++) py_tuple_items(t)[i] = py_newref(items[i]);
  return t;
}

// "sys.version_info(major=3, minor=11, ...)": field names from the getsets.
static Ref structseq_repr(Ref self) {
  Type *t = py_type(self);
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_adds(&b, t->name);
  py_strbuf_addc(&b, '(');
  for (size_t i = 0; i < py_tuple_len(self) && t->getsets && t->getsets[i].name; i++) {
    if (i) py_strbuf_adds(&b, ", ");
    py_strbuf_adds(&b, t->getsets[i].name);
    py_strbuf_addc(&b, '=');
    if (py_strbuf_add_repr(&b, py_tuple_items(self)[i]) < 0) {
      py_strbuf_free(&b);
      return nullptr;
    }
  }
  py_strbuf_addc(&b, ')');
  return py_strbuf_finish(&b);
}

#define SEQ_FIELD(i)                                                                               \
  static Ref seq_get##i(Ref self) { return py_newref(py_tuple_items(self)[i]); }
SEQ_FIELD(0)
SEQ_FIELD(1)
SEQ_FIELD(2)
SEQ_FIELD(3)
SEQ_FIELD(4)
SEQ_FIELD(5)
SEQ_FIELD(6)
SEQ_FIELD(7)
SEQ_FIELD(8)
SEQ_FIELD(9)
SEQ_FIELD(10)

static const GetSetDef version_info_getsets[] = {
    {"major", seq_get0},        {"minor", seq_get1},  {"micro", seq_get2},
    {"releaselevel", seq_get3}, {"serial", seq_get4}, {nullptr},
};
static const GetSetDef float_info_getsets[] = {
    {"max", seq_get0},   {"max_exp", seq_get1},  {"max_10_exp", seq_get2},
    {"min", seq_get3},   {"min_exp", seq_get4},  {"min_10_exp", seq_get5},
    {"dig", seq_get6},   {"mant_dig", seq_get7}, {"epsilon", seq_get8},
    {"radix", seq_get9}, {"rounds", seq_get10},  {nullptr},
};
static const GetSetDef implementation_getsets[] = {
    {"name", seq_get0}, {"cache_tag", seq_get1}, {"version", seq_get2}, {"hexversion", seq_get3},
    {nullptr},
};

#define STRUCTSEQ_TYPE(cname, pyname, getsets_)                                                    \
  PY_TYPE_DEF(cname,                                                                               \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = pyname,                                                                              \
      .flags = TPF_GC | TPF_TUPLE_SUBCLASS,                                                        \
      .basicsize = sizeof(TupleObj),                                                               \
      .itemsize = sizeof(Ref),                                                                     \
      .base = &py_tuple_type,                                                                      \
      .repr = structseq_repr,                                                                      \
      .getsets = getsets_,                                                                         \
  );
STRUCTSEQ_TYPE(py_sys_version_info_type, "sys.version_info", version_info_getsets)
STRUCTSEQ_TYPE(py_sys_float_info_type, "sys.float_info", float_info_getsets)
STRUCTSEQ_TYPE(py_sys_implementation_type, "sys.implementation", implementation_getsets)

#define PY_HEXVERSION 0x030B00F0 // 3.11.0 final

static Ref make_version_info() {
  Ref final = py_str_intern("final");
  if (!final) return nullptr;
  Ref items[5] = {py_small_new(3), py_small_new(11), py_small_new(0), final, py_small_new(0)};
  Ref r = structseq_new(&py_sys_version_info_type, items, 5);
  py_decref(final);
  return r;
}

static Ref make_float_info() {
  Ref max = py_float_new(DBL_MAX), min = py_float_new(DBL_MIN), eps = py_float_new(DBL_EPSILON);
  Ref r = nullptr;
  if (max && min && eps) {
    Ref items[11] = {max,
                     py_small_new(DBL_MAX_EXP),
                     py_small_new(DBL_MAX_10_EXP),
                     min,
                     py_small_new(DBL_MIN_EXP),
                     py_small_new(DBL_MIN_10_EXP),
                     py_small_new(DBL_DIG),
                     py_small_new(DBL_MANT_DIG),
                     eps,
                     py_small_new(FLT_RADIX),
                     py_small_new(FLT_ROUNDS)};
    r = structseq_new(&py_sys_float_info_type, items, 11);
  }
  py_xdecref(max);
  py_xdecref(min);
  py_xdecref(eps);
  return r;
}

static Ref make_implementation(Ref version_info) {
  Ref name = py_str_intern("upytorch");
  Ref r = nullptr;
  if (name) {
    Ref items[4] = {name, py_None, version_info, py_small_new(PY_HEXVERSION)};
    r = structseq_new(&py_sys_implementation_type, items, 4);
  }
  py_xdecref(name);
  return r;
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

// The status becomes SystemExit's arguments: none for None, a tuple's items.
Ref py_sys_exit(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("exit", nargs, kwnames, 0, 1) < 0) return nullptr;
  Ref status = nargs ? args[0] : py_None;
  Ref exc;
  if (status == py_None)
    exc = py_exc_new(&py_SystemExit_type, nullptr, 0);
  else if (py_is_tuple(status))
    exc = py_exc_new(&py_SystemExit_type, py_tuple_items(status), py_tuple_len(status));
  else
    exc = py_exc_new(&py_SystemExit_type, &status, 1);
  if (exc) {
    py_err_set_exc(exc);
    py_decref(exc);
  }
  return nullptr;
}

static Ref sys_getrecursionlimit(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_i64(py_vm.recursion_limit);
}

static Ref sys_setrecursionlimit(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_is_float(args[0]))
    return py_err_set_str(&py_TypeError_type, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (py_index_i64(args[0], &n) < 0 && !py_err_matches(&py_OverflowError_type)) return nullptr;
  if (py_err_occurred() || n > INT_MAX) {
    py_err_clear();
    return py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C int");
  }
  if (n < 1)
    return py_err_set_str(&py_ValueError_type, "recursion limit must be greater or equal than 1");
  if (py_vm.depth >= n)
    return py_err_format(&py_RecursionError_type,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)n, py_vm.depth);
  py_vm.recursion_limit = (int)n;
  return py_none_new();
}

static Ref sys_getsizeof(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"object", "default"};
  static const ArgSpec spec = {"getsizeof", names, 2, 1, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Type *t = py_type(a[0]);
  Ref fn = py_type_lookup(t, py_str_intern("__sizeof__"));
  Ref size = fn ? py_call1(fn, a[0]) : py_int_from_i64(t->basicsize);
  if (!size) {
    if (a[1] && py_err_matches(&py_TypeError_type)) {
      py_err_clear();
      return py_newref(a[1]);
    }
    return nullptr;
  }
  if (!py_type_has(t, TPF_GC)) return size;
  Ref extra = py_int_from_i64(sizeof(GcHead));
  Ref r = py_binop(size, extra, BINOP_ADD);
  py_decref(size);
  py_decref(extra);
  return r;
}

static Ref sys_exc_info(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref h = py_vm_handled();
  if (!h) return py_tuple_pack(3, py_None, py_None, py_None);
  Ref tb = py_is_exc(h) ? ((ExcObj *)h)->traceback : nullptr;
  return py_tuple_pack(3, (Ref)py_type(h), h, tb ? tb : py_None);
}

static Ref sys_exception(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref h = py_vm_handled();
  return py_newref(h ? h : py_None);
}

static Ref sys_intern(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "intern() argument must be str, not %s",
                         py_tname(args[0]));
  if (!py_isinstance_exact(args[0], &py_str_type))
    return py_err_format(&py_TypeError_type, "can't intern %s", py_tname(args[0]));
  return py_str_intern_ref(py_newref(args[0]));
}

static Ref sys_getrefcount(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_is_small(args[0])) return py_int_from_u64(PY_IMMORTAL_RC);
  return py_int_from_u64(args[0]->rc);
}

static Ref sys_getdefaultencoding(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_str_intern("utf-8");
}

static Ref sys_getfilesystemencoding(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_str_intern("utf-8");
}

// The REPL's echo of expression statements: repr to sys.stdout, kept in
// builtins._ (None is not shown).
static Ref sys_displayhook(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref v = args[0];
  if (v == py_None) return py_none_new();
  if (py_vm.builtins && py_dict_set_str(py_vm.builtins, "_", py_None) < 0) return nullptr;
  Ref out = py_sys_get("stdout");
  if (!out || out == py_None) return py_err_set_str(&py_RuntimeError_type, "lost sys.stdout");
  Ref text = py_repr(v);
  if (!text) return nullptr;
  Ref line = py_str_format("%U\n", text);
  py_decref(text);
  Ref r = line ? py_call_method(out, "write", &line, 1) : nullptr;
  py_xdecref(line);
  if (!r) return nullptr;
  py_decref(r);
  if (py_vm.builtins && py_dict_set_str(py_vm.builtins, "_", v) < 0) return nullptr;
  return py_none_new();
}

static Ref sys_excepthook(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  py_err_print(args[1]);
  return py_none_new();
}

// ---------------------------------------------------------------------------
// Frame snapshots (sys._getframe)
// ---------------------------------------------------------------------------

// Note [Frame snapshots]: the VM's frames live on its data stack and are not
// objects. sys._getframe returns a snapshot of a frame and of its callers: the
// code, the globals and the line each is at, which is what warnings, typing and
// inspect.currentframe() read. A snapshot does not follow the frame afterwards.
struct FrameObj {
  Obj ob;
  Ref code, globals;
  Ref back; // FrameObj* or nullptr
  uint32_t line;
};

// Frees a uniquely-owned chain iteratively (it is as deep as the call stack).
static void frame_dealloc(Ref self) {
  while (self) {
    FrameObj *fo = (FrameObj *)self;
    Ref back = fo->back;
    py_gc_untrack(self);
    py_xdecref(fo->code);
    py_xdecref(fo->globals);
    py_obj_free(self, sizeof(FrameObj));
    self = nullptr;
    if (back && back->rc == 1) {
      self = back;
    } else {
      py_xdecref(back);
    }
  }
}

static int frame_traverse(Ref self, VisitProc visit, void *arg) {
  FrameObj *fo = (FrameObj *)self;
  return (fo->globals && visit(fo->globals, arg)) || (fo->back && visit(fo->back, arg));
}

static void frame_clear(Ref self) {
  py_clear(&((FrameObj *)self)->globals);
  py_clear(&((FrameObj *)self)->back);
}

static Ref frame_get_code(Ref self) { return py_newref(((FrameObj *)self)->code); }
static Ref frame_get_lineno(Ref self) { return py_int_from_i64(((FrameObj *)self)->line); }

static Ref frame_get_globals(Ref self) {
  Ref g = ((FrameObj *)self)->globals;
  return py_newref(g ? g : py_None);
}

static Ref frame_get_back(Ref self) {
  Ref b = ((FrameObj *)self)->back;
  return py_newref(b ? b : py_None);
}

static const GetSetDef frame_getsets[] = {
    {"f_code", frame_get_code},
    {"f_lineno", frame_get_lineno},
    {"f_globals", frame_get_globals},
    {"f_back", frame_get_back},
    {nullptr},
};

PY_TYPE_DEF(py_frame_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "frame",
    .flags = TPF_GC,
    .basicsize = sizeof(FrameObj),
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .getsets = frame_getsets,
);

Ref py_frame_snapshot(Ref code, Ref globals, uint32_t line) {
  FrameObj *fo = (FrameObj *)py_obj_alloc(&py_frame_type, sizeof(FrameObj));
  if (!fo) return nullptr;
  fo->code = py_newref(code);
  fo->globals = py_xnewref(globals);
  fo->back = nullptr;
  fo->line = line;
  return (Ref)fo;
}

static Ref sys_getframe(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t depth = 0;
  if (nargs && py_index_i64(args[0], &depth) < 0) return nullptr;
  Frame *fr = py_vm.frame;
  for (; fr && depth > 0; depth--) fr = fr->back;
  if (!fr) return py_err_set_str(&py_ValueError_type, "call stack is not deep enough");
  Ref top = nullptr, *link = &top;
  for (; fr; fr = fr->back) {
    Ref fo = py_frame_snapshot((Ref)fr->code, fr->globals,
                               py_code_line(fr->code, fr->pc ? fr->pc - 1 : 0));
    if (!fo) {
      py_xdecref(top);
      return nullptr;
    }
    *link = fo;
    link = &((FrameObj *)fo)->back;
  }
  return top;
}

static const MethodDef sys_functions[] = {
    {"_getframe", sys_getframe, METH_ARGS(0, 1), nullptr},
    {"exit", py_sys_exit, 0, nullptr},
    {"getrecursionlimit", sys_getrecursionlimit, METH_ARGS(0, 0), nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, METH_ARGS(1, 1), nullptr},
    {"getsizeof", sys_getsizeof, 0, nullptr},
    {"exc_info", sys_exc_info, METH_ARGS(0, 0), nullptr},
    {"exception", sys_exception, METH_ARGS(0, 0), nullptr},
    {"intern", sys_intern, METH_ARGS(1, 1), nullptr},
    {"getrefcount", sys_getrefcount, METH_ARGS(1, 1), nullptr},
    {"getdefaultencoding", sys_getdefaultencoding, METH_ARGS(0, 0), nullptr},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_ARGS(0, 0), nullptr},
    {"displayhook", sys_displayhook, METH_ARGS(1, 1), nullptr},
    {"excepthook", sys_excepthook, METH_ARGS(3, 3), nullptr},
    {nullptr},
};

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

int py_sys_set_argv(int argc, char *const *argv) {
  if (!sys_dict) return 0;
  Ref list = py_list_new(0);
  if (!list) return -1;
  for (int i = 0; i < argc; i++) {
    Ref s = py_str_from_cstr(argv[i]);
    int r = s ? py_list_append(list, s) : -1;
    py_xdecref(s);
    if (r < 0) {
      py_decref(list);
      return -1;
    }
  }
  int r = py_dict_set_str(sys_dict, "argv", list);
  py_decref(list);
  return r;
}

// Steals `value` (nullptr: an error is pending).
static int sys_add_new(Ref module, const char *name, Ref value) {
  if (!value) return -1;
  int r = py_module_add(module, name, value);
  py_decref(value);
  return r;
}

// sys.path starts with the PYTHONPATH folders (the caller adds the script's
// folder in front).
static int sys_init_path() {
  if (!py_vm.sys_path && !(py_vm.sys_path = py_list_new(0))) return -1;
  for (size_t i = 0;; i++) {
    const char *e = py_hal_environ(i);
    if (!e) return 0;
    if (strncmp(e, "PYTHONPATH=", 11) != 0) continue;
    for (const char *p = e + 11; *p;) {
      const char *colon = strchr(p, ':');
      size_t n = colon ? (size_t)(colon - p) : strlen(p);
      if (n) {
        Ref s = py_str_new(p, n);
        int r = s ? py_list_append(py_vm.sys_path, s) : -1;
        py_xdecref(s);
        if (r < 0) return -1;
      }
      p += n + (colon ? 1 : 0);
    }
    return 0;
  }
}

static Ref sys_executable() {
#if UPY_ENABLE_FS && defined(__linux__)
  char buf[PATH_MAX];
  if (realpath("/proc/self/exe", buf)) return py_str_from_cstr(buf);
#endif
  return py_str_new("", 0);
}

static Ref builtin_module_names() {
  size_t n = 0;
  while (py_builtin_modules[n].name) n++;
  Ref t = py_tuple_new(n);
  for (size_t i = 0; t && i < n; i++) {
    Ref s = py_str_intern(py_builtin_modules[i].name);
    if (!s) {
      py_decref(t); // unfilled items are nullptr, which tuple dealloc skips
      return nullptr;
    }
    py_tuple_items(t)[i] = s;
  }
  return t;
}

// stdin / stdout / stderr (and the __std*__ originals) come from the io module.
static int sys_init_streams(Ref module) {
  Ref io = py_import_str("io");
  if (!io) return -1;
  static const char *const names[][2] = {
      {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
  int r = 0;
  for (auto &n : names) {
    Ref f = py_getattr_str(io, n[0]);
    r = f ? py_module_add(module, n[0], f) : -1;
    if (r == 0) r = py_module_add(module, n[1], f);
    py_xdecref(f);
    if (r < 0) break;
  }
  py_decref(io);
  return r;
}

static int sys_init_hooks(Ref module) {
  static const char *const hooks[][2] = {{"displayhook", "__displayhook__"},
                                         {"excepthook", "__excepthook__"}};
  for (auto &h : hooks) {
    Ref f = py_dict_get_str(py_module_dict(module), h[0]);
    if (!f || py_module_add(module, h[1], f) < 0) return -1;
  }
  return 0;
}

int py_init_module_sys(Ref module) {
  if (!sys_dict) sys_dict = py_newref(py_module_dict(module));
  if (!py_vm.modules && !(py_vm.modules = py_dict_new())) return -1;
  if (sys_init_path() < 0) return -1;
  if (py_module_add_functions(module, sys_functions) < 0 || sys_init_hooks(module) < 0) return -1;
  if (py_module_add(module, "modules", py_vm.modules) < 0 ||
      py_module_add(module, "path", py_vm.sys_path) < 0)
    return -1;
  Ref argv0 = py_str_new("", 0);
  Ref version_info = make_version_info();
  int r = sys_add_new(module, "argv", argv0 ? py_list_from_array(&argv0, 1) : nullptr);
  py_xdecref(argv0);
  if (r < 0 || !version_info ||
      sys_add_new(module, "implementation", make_implementation(version_info)) < 0 ||
      sys_add_new(module, "version_info", version_info) < 0)
    return -1;
  const char *byteorder = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big";
#if defined(__linux__)
  const char *platform = "linux";
#elif defined(__APPLE__)
  const char *platform = "darwin";
#else
  const char *platform = "upytorch";
#endif
  if (sys_add_new(module, "version", py_str_from_cstr("3.11.0 (upytorch)")) < 0 ||
      sys_add_new(module, "hexversion", py_int_from_i64(PY_HEXVERSION)) < 0 ||
      sys_add_new(module, "platform", py_str_from_cstr(platform)) < 0 ||
      sys_add_new(module, "byteorder", py_str_from_cstr(byteorder)) < 0 ||
      sys_add_new(module, "maxsize", py_int_from_i64(INTPTR_MAX)) < 0 ||
      sys_add_new(module, "maxunicode", py_int_from_i64(0x10FFFF)) < 0 ||
      sys_add_new(module, "float_info", make_float_info()) < 0 ||
      sys_add_new(module, "executable", sys_executable()) < 0 ||
      sys_add_new(module, "builtin_module_names", builtin_module_names()) < 0 ||
      sys_add_new(module, "warnoptions", py_list_new(0)) < 0 ||
      py_module_add(module, "dont_write_bytecode", py_True) < 0)
    return -1;
  return sys_init_streams(module);
}
