// Start-up, shutdown and the top-level entry points a port calls: run a file,
// a string or a module as __main__, and report uncaught exceptions.
#include <cerrno>
#include <cstdio>

#include "py/compile.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/io.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

#define PY_TYPE(t) extern Type t;
#include "py/types.def"
#undef PY_TYPE

Type *const py_builtin_types[] = {
#define PY_TYPE(t) &t,
#include "py/types.def"
#undef PY_TYPE
};
const size_t py_builtin_type_count = sizeof py_builtin_types / sizeof py_builtin_types[0];

#if UPY_PACKED_TYPES
// Note [Packed type definitions]: null for a type without a packed form.
#define PY_TYPE(t) extern const PackedType t##_packed __attribute__((weak));
#include "py/types.def"
#undef PY_TYPE
static const PackedType *const packed_types[] = {
#define PY_TYPE(t) &t##_packed,
#include "py/types.def"
#undef PY_TYPE
};
#endif

static int run_ready_types() {
#if UPY_PACKED_TYPES
  for (size_t i = 0; i < py_builtin_type_count; i++)
    if (packed_types[i] && !py_builtin_types[i]->name)
      py_type_unpack(py_builtin_types[i], packed_types[i]);
#endif
  py_exc_fill_types();
  for (Type *t : py_builtin_types)
    if (py_type_ready(t) < 0) return -1;
  return 0;
}

static int run_init_main_module() {
  Ref main = py_module_new("__main__");
  if (!main) return -1;
  Ref builtins = py_dict_get_str(py_vm.modules, "builtins");
  if (!builtins || py_module_add(main, "__builtins__", builtins) < 0 ||
      py_dict_set_str(py_vm.modules, "__main__", main) < 0) {
    py_decref(main);
    return -1;
  }
  py_vm.main_module = main;
  return 0;
}

int py_init(int argc, char **argv) {
  char base;
  py_vm.c_stack_base = &base;
  if (!py_vm.c_stack_limit) py_vm.c_stack_limit = UPY_C_STACK_LIMIT;
  py_vm.recursion_limit = UPY_MAX_RECURSION;
  if (run_ready_types() < 0) return -1;
  if (!(py_vm.modules = py_dict_new()) || !(py_vm.sys_path = py_list_new(0))) return -1;
  Ref builtins = py_import_str("builtins");
  if (!builtins) return -1;
  py_vm.builtins = py_newref(py_module_dict(builtins));
  py_decref(builtins);
  Ref sys = py_import_str("sys");
  if (!sys) return -1;
  py_decref(sys);
  if (py_sys_set_argv(argc, argv) < 0) return -1;
  return run_init_main_module();
}

// The atexit module's functions (lib/py/atexit.py), if the program imported it.
static void run_atexit() {
  Ref mod = py_dict_get_str(py_vm.modules, "atexit");
  Ref r = mod ? py_call_method(mod, "_run_exitfuncs", nullptr, 0) : nullptr;
  if (!r && py_err_occurred()) {
    Ref exc = py_err_fetch();
    py_err_print(exc);
    py_decref(exc);
  }
  py_xdecref(r);
  py_io_flush_all();
}

void py_deinit() {
  py_io_flush_all();
  run_atexit();
  py_clear(&py_vm.main_module);
}

void py_print_unraisable(const char *msg, Ref obj, Ref exc) {
  py_io_flush_all();
  Ref r = obj ? py_repr(obj) : nullptr;
  if (!r) py_err_clear();
  fprintf(stderr, "%s: %s\n", msg, r ? py_str_data(r) : "<object>");
  py_xdecref(r);
  if (exc) py_err_print(exc);
}

// SystemExit → its status; anything else: traceback on stderr, status 1.
int py_handle_uncaught() {
  Ref exc = py_err_fetch();
  if (!exc) return 0;
  py_io_flush_all();
  int status = 1;
  if (py_isinstance_of(exc, &py_SystemExit_type)) {
    Ref code = ((ExcObj *)exc)->value;
    if (!code || code == py_None)
      status = 0;
    else if (py_is_int(code)) {
      int64_t v = 0;
      if (py_int_as_i64(code, &v) < 0) py_err_clear();
      status = (int)(v & 0xFF);
    } else {
      Ref s = py_str(code);
      if (s) {
        fprintf(stderr, "%s\n", py_str_data(s));
        py_decref(s);
      } else {
        py_err_clear();
      }
      status = 1;
    }
  } else {
    py_err_print(exc);
  }
  py_decref(exc);
  fflush(stderr);
  return status;
}

Ref py_run_string(const char *src, size_t len, const char *filename, int mode, Ref globals,
                  Ref locals) {
  Ref fname = py_str_from_cstr(filename);
  if (!fname) return nullptr;
  Ref code = py_compile(src, len, fname, mode, nullptr);
  py_decref(fname);
  if (!code) return nullptr;
  Ref r = py_eval_code(code, globals, locals);
  py_decref(code);
  return r;
}

static Ref run_main_dict() { return py_module_dict(py_vm.main_module); }

// Read a whole file into a py_malloc'ed, NUL-terminated buffer.
static char *run_read_file(const char *path, size_t *len_out) {
#if UPY_ENABLE_FS
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    Ref p = py_str_from_cstr(path);
    py_io_oserror(errno, p, nullptr);
    py_xdecref(p);
    return nullptr;
  }
  size_t cap = 4096, len = 0;
  char *buf = (char *)py_malloc(cap);
  while (buf) {
    size_t n = fread(buf + len, 1, cap - len - 1, fp);
    len += n;
    if (n == 0) break;
    if (len + 1 == cap) {
      char *nb = (char *)py_realloc(buf, cap, cap * 2);
      if (!nb) {
        py_free(buf, cap);
        buf = nullptr;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(fp);
  if (!buf) return nullptr;
  buf[len] = 0;
  *len_out = len;
  // Keep the allocation size consistent for py_free: shrink to len + 1.
  char *exact = (char *)py_realloc(buf, cap, len + 1);
  return exact ? exact : buf;
#else
  (void)path;
  (void)len_out;
  py_err_set_str(&py_OSError_type, "no file system");
  return nullptr;
#endif
}

static int run_set_path0(const char *dir) {
  Ref d = py_str_from_cstr(dir);
  if (!d) return -1;
  int r = py_list_insert(py_vm.sys_path, 0, d);
  py_decref(d);
  return r;
}

// An absolute version of path (as CPython reports __file__ and sys.path[0]).
static void run_abspath(const char *path, char *out, size_t n) {
  char cwd[2048];
#if UPY_ENABLE_FS
  if (path[0] != '/' && py_hal_getcwd(cwd, sizeof cwd) >= 0) {
    while (path[0] == '.' && path[1] == '/') path += 2;
    snprintf(out, n, "%s/%s", cwd, path);
    return;
  }
#endif
  (void)cwd;
  snprintf(out, n, "%s", path);
}

int py_run_main_file(const char *path) {
  // sys.path[0] is the script's folder, absolute.
  char abs[4096], dir[4096];
  run_abspath(path, abs, sizeof abs);
  const char *slash = strrchr(abs, '/');
  if (!slash)
    snprintf(dir, sizeof dir, "%s", "");
  else
    snprintf(dir, sizeof dir, "%.*s", (int)(slash - abs) ? (int)(slash - abs) : 1, abs);
  if (run_set_path0(dir) < 0) return py_handle_uncaught();
  size_t len = 0;
  char *src = run_read_file(path, &len);
  if (!src) {
    Ref exc = py_err_fetch();
    Ref s = exc ? py_str(exc) : nullptr;
    fprintf(stderr, "upytorch: can't open file '%s': %s\n", path, s ? py_str_data(s) : "error");
    py_xdecref(s);
    py_xdecref(exc);
    py_err_clear();
    return 2;
  }
  Ref file = py_str_from_cstr(abs);
  if (!file || py_dict_set_str(run_main_dict(), "__file__", file) < 0) {
    py_xdecref(file);
    py_free(src, len + 1);
    return py_handle_uncaught();
  }
  py_decref(file);
  Ref r = py_run_string(src, len, abs, COMPILE_EXEC, run_main_dict(), run_main_dict());
  py_free(src, len + 1);
  if (!r) return py_handle_uncaught();
  py_decref(r);
  py_io_flush_all();
  return 0;
}

int py_run_main_string(const char *src) {
  if (run_set_path0("") < 0) return py_handle_uncaught();
  Ref r =
      py_run_string(src, strlen(src), "<string>", COMPILE_EXEC, run_main_dict(), run_main_dict());
  if (!r) return py_handle_uncaught();
  py_decref(r);
  py_io_flush_all();
  return 0;
}

// The source file `-m name` runs: the module's own file, or for a package
// its __main__ submodule. Sets *package to what __package__ must be.
static Ref run_locate_main(Ref name, Ref *package) {
  bool is_pkg;
  Ref file = py_import_locate(name, &is_pkg);
  if (!file) return nullptr;
  if (!is_pkg) {
    const char *s = py_str_data(name), *dot = strrchr(s, '.');
    *package = dot ? py_str_new(s, (size_t)(dot - s)) : py_str_intern("");
    return file;
  }
  py_decref(file);
  Ref sub = py_str_format("%U.__main__", name);
  if (!sub) return nullptr;
  file = py_import_locate(sub, &is_pkg);
  py_decref(sub);
  if (file && is_pkg) {
    py_decref(file);
    return py_err_format(&py_ImportError_type, "Cannot use package as __main__ module");
  }
  if (file) *package = py_newref(name);
  return file;
}

int py_run_main_module(const char *name) {
  char cwd[4096];
  run_abspath(".", cwd, sizeof cwd);
  size_t n = strlen(cwd);
  if (n >= 2 && cwd[n - 1] == '.' && cwd[n - 2] == '/') cwd[n - 2] = 0;
  if (run_set_path0(cwd) < 0) return py_handle_uncaught();
  Ref mname = py_str_from_cstr(name), package = nullptr;
  Ref file = mname ? run_locate_main(mname, &package) : nullptr;
  py_xdecref(mname);
  if (!file) {
    if (py_err_matches(&py_ModuleNotFoundError_type)) {
      py_err_clear();
      fprintf(stderr, "upytorch: No module named %s\n", name);
      return 1;
    }
    if (py_err_matches(&py_ImportError_type)) {
      Ref exc = py_err_fetch();
      Ref msg = py_str(exc);
      fprintf(stderr, "upytorch: %s\n", msg ? py_str_data(msg) : "import error");
      py_xdecref(msg);
      py_decref(exc);
      py_err_clear();
      return 1;
    }
    return py_handle_uncaught();
  }
  size_t len = 0;
  char *src = run_read_file(py_str_data(file), &len);
  Ref d = run_main_dict();
  if (!src || py_dict_set_str(d, "__file__", file) < 0 || !package ||
      py_dict_set_str(d, "__package__", package) < 0) {
    if (src) py_free(src, len + 1);
    py_decref(file);
    py_xdecref(package);
    return py_handle_uncaught();
  }
  py_decref(package);
  Ref r = py_run_string(src, len, py_str_data(file), COMPILE_EXEC, d, d);
  py_free(src, len + 1);
  py_decref(file);
  if (!r) return py_handle_uncaught();
  py_decref(r);
  py_io_flush_all();
  return 0;
}
