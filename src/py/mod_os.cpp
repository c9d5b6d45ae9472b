// The `os` module: file system calls (UPY_ENABLE_FS), environment and path
// constants. `os.path` is the Python module lib/py/posixpath.py, also registered
// as sys.modules["os.path"]. stat_result, makedirs and walk are small Python
// helpers compiled into the module at init.
#include <cerrno>
#include <cstring>

#include "py/containers.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/io.h"
#include "py/strobj.h"
#include "py/vm.h"

#if UPY_ENABLE_FS
// The str path of a path argument (str or os.PathLike); new ref.
static Ref os_path_arg(Ref p, const char *fname) {
  if (py_is_str(p)) {
    if (memchr(py_str_data(p), 0, py_str_len(p)))
      return py_err_format(&py_ValueError_type, "%s: embedded null character in path", fname);
    return py_newref(p);
  }
  if (!py_is_small(p)) {
    Ref fspath = py_getattr_opt(p, py_str_intern("__fspath__"));
    if (fspath) {
      Ref r = py_call0(fspath);
      py_decref(fspath);
      if (r && !py_is_str(r)) {
        py_decref(r);
        return py_err_format(&py_TypeError_type, "%s: expected __fspath__() to return str", fname);
      }
      return r;
    }
    if (py_err_occurred()) return nullptr;
  }
  return py_err_format(&py_TypeError_type,
                       "%s: path should be string, bytes or os.PathLike, not %s", fname,
                       py_tname(p));
}

// Call op(path) and turn a failure into OSError with the filename.
static Ref os_path_call(Ref const *args, size_t nargs, Ref kwnames, const char *fname,
                        int (*op)(const char *)) {
  Ref path = os_path_arg(args[0], fname);
  if (!path) return nullptr;
  int r = op(py_str_data(path));
  if (r < 0) py_io_oserror(-r, path, nullptr);
  py_decref(path);
  return r < 0 ? nullptr : py_none_new();
}

static Ref os_getpid(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_i64(py_hal_getpid());
}

static Ref os_getcwd(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  for (size_t cap = 256; cap <= 65536; cap *= 4) {
    char *buf = (char *)py_malloc(cap);
    if (!buf) return nullptr;
    int r = py_hal_getcwd(buf, cap);
    Ref s = r == 0 ? py_str_from_cstr(buf) : nullptr;
    py_free(buf, cap);
    if (r == 0) return s;
    if (r != -ERANGE) return py_io_oserror(-r, nullptr, nullptr);
  }
  return py_io_oserror(ERANGE, nullptr, nullptr);
}

// f(path, *, dir_fd=None) with CPython's argument errors; dir_fd is not
// supported (the HAL has no *at calls).
static const char *const path_dir_fd[] = {"path", "dir_fd"};
static Ref os_path_kw_call(Ref const *args, size_t nargs, Ref kwnames, const ArgSpec &spec,
                           int (*op)(const char *)) {
  Ref a[2] = {}; // chdir has no dir_fd: a[1] stays unset
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (a[1] && a[1] != py_None)
    return py_err_set_str(&py_NotImplementedError_type, "dir_fd unavailable on this platform");
  return os_path_call(a, 1, nullptr, spec.fname, op);
}

static Ref os_chdir(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"chdir", path_dir_fd, 1, 1, 0, 1};
  return os_path_kw_call(args, nargs, kwnames, spec, py_hal_chdir);
}

static Ref os_rmdir(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"rmdir", path_dir_fd, 2, 1, 0, 1};
  return os_path_kw_call(args, nargs, kwnames, spec, py_hal_rmdir);
}

static Ref os_remove(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"remove", path_dir_fd, 2, 1, 0, 1};
  return os_path_kw_call(args, nargs, kwnames, spec, py_hal_unlink);
}

static Ref os_unlink(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"unlink", path_dir_fd, 2, 1, 0, 1};
  return os_path_kw_call(args, nargs, kwnames, spec, py_hal_unlink);
}

static Ref os_mkdir(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"path", "mode", "dir_fd"};
  static const ArgSpec spec = {"mkdir", names, 3, 1, 0, 2};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (a[2] && a[2] != py_None)
    return py_err_set_str(&py_NotImplementedError_type, "dir_fd unavailable on this platform");
  return os_path_call(a, 1, nullptr, "mkdir", py_hal_mkdir);
}

static Ref os_rename(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("rename", nargs, kwnames, 2, 2) < 0) return nullptr;
  Ref from = os_path_arg(args[0], "rename");
  if (!from) return nullptr;
  Ref to = os_path_arg(args[1], "rename");
  int r = to ? py_hal_rename(py_str_data(from), py_str_data(to)) : 0;
  if (r < 0) py_io_oserror(-r, from, to);
  py_decref(from);
  py_xdecref(to);
  return to && r == 0 ? py_none_new() : nullptr;
}

static int os_listdir_add(const char *name, void *ctx) {
  Ref s = py_str_from_cstr(name);
  int rc = s ? py_list_append((Ref)ctx, s) : -1;
  py_xdecref(s);
  return rc < 0 ? 1 : 0; // positive: a Python error, distinct from -errno
}

static Ref os_listdir(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"listdir", path_dir_fd, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref path = a[0] && a[0] != py_None ? os_path_arg(a[0], "listdir") : py_str_from_cstr(".");
  if (!path) return nullptr;
  Ref list = py_list_new(0);
  int r = list ? py_hal_listdir(py_str_data(path), os_listdir_add, list) : 1;
  if (r < 0) py_io_oserror(-r, path, nullptr);
  py_decref(path);
  if (r != 0) {
    py_xdecref(list);
    return nullptr;
  }
  return list;
}

static Ref os_stat_result(Ref module, const HalStat &st) {
  Ref vals[13] = {py_int_from_u64(st.mode),
                  py_int_from_u64(st.ino),
                  py_int_from_u64(st.dev),
                  py_int_from_u64(st.nlink),
                  py_int_from_u64(st.uid),
                  py_int_from_u64(st.gid),
                  py_int_from_i64(st.size),
                  py_int_from_i64((int64_t)st.atime),
                  py_int_from_i64((int64_t)st.mtime),
                  py_int_from_i64((int64_t)st.ctime),
                  py_float_new(st.atime),
                  py_float_new(st.mtime),
                  py_float_new(st.ctime)};
  Ref r = nullptr;
  bool ok = true;
  for (Ref v : vals) ok = ok && v;
  Ref tuple = ok ? py_tuple_from_array(vals, 13) : nullptr;
  Ref cls = tuple ? py_getattr_str(module, "stat_result") : nullptr;
  if (cls) r = py_call1(cls, tuple);
  py_xdecref(cls);
  py_xdecref(tuple);
  for (Ref v : vals) py_xdecref(v);
  return r;
}

static Ref os_stat(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
  static const ArgSpec spec = {"stat", names, 3, 1, 0, 1};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  HalStat st;
  int r;
  if (py_is_int(a[0])) {
    int64_t fd;
    if (py_index_i64(a[0], &fd) < 0) return nullptr;
    r = py_hal_fstat((int)fd, &st);
    if (r < 0) return py_io_oserror(-r, nullptr, nullptr);
  } else {
    Ref path = os_path_arg(a[0], "stat");
    if (!path) return nullptr;
    r = py_hal_stat(py_str_data(path), &st);
    if (r < 0) py_io_oserror(-r, path, nullptr);
    py_decref(path);
    if (r < 0) return nullptr;
  }
  return os_stat_result(self, st);
}
#endif

static Ref os_fspath(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref p = args[0];
  if (py_is_str(p) || py_is_bytes(p)) return py_newref(p);
  Ref fspath = py_is_small(p) ? nullptr : py_getattr_opt(p, py_str_intern("__fspath__"));
  if (!fspath) {
    if (py_err_occurred()) return nullptr;
    return py_err_format(&py_TypeError_type, "expected str, bytes or os.PathLike object, not %s",
                         py_tname(p));
  }
  Ref r = py_call0(fspath);
  py_decref(fspath);
  return r;
}

static Ref os_environ_dict() {
  Ref d = py_dict_new();
  if (!d) return nullptr;
  for (size_t i = 0;; i++) {
    const char *e = py_hal_environ(i);
    if (!e) break;
    const char *eq = strchr(e, '=');
    if (!eq || eq == e) continue;
    Ref k = py_str_new(e, (size_t)(eq - e));
    Ref v = py_str_from_cstr(eq + 1);
    int rc = k && v ? py_dict_set(d, k, v) : -1;
    py_xdecref(k);
    py_xdecref(v);
    if (rc < 0) {
      py_decref(d);
      return nullptr;
    }
  }
  return d;
}

static const MethodDef os_functions[] = {
#if UPY_ENABLE_FS
    {"getcwd", os_getcwd, METH_ARGS(0, 0)},
    {"getpid", os_getpid, METH_ARGS(0, 0)},
    {"chdir", os_chdir},
    {"listdir", os_listdir},
    {"mkdir", os_mkdir},
    {"rmdir", os_rmdir},
    {"remove", os_remove},
    {"unlink", os_unlink},
    {"rename", os_rename},
    {"replace", os_rename},
    {"stat", os_stat},
#endif
    {"fspath", os_fspath, METH_ARGS(1, 1)},
    {nullptr},
};

// Install os.path = posixpath and sys.modules["os.path"].
static int os_add_path(Ref module) {
  Ref path = py_import_str("posixpath");
  if (!path) return -1;
  int rc = py_module_add(module, "path", path);
  if (rc == 0 && py_vm.modules) rc = py_dict_set_str(py_vm.modules, "os.path", path);
  py_decref(path);
  return rc;
}

int py_init_module_os(Ref module) {
  if (py_module_add_functions(module, os_functions, "posix") < 0) return -1;
  Ref environ = os_environ_dict();
  if (!environ) return -1;
  int rc = py_module_add(module, "environ", environ);
  py_decref(environ);
  if (rc < 0) return -1;
  static const struct {
    const char *name, *value;
  } strs[] = {{"name", "posix"},
              {"sep", "/"},
              {"linesep", "\n"},
              {"curdir", "."},
              {"pardir", ".."},
              {"extsep", "."},
              {"pathsep", ":"},
              {"devnull", "/dev/null"},
              {"defpath", "/bin:/usr/bin"}};
  for (auto &s : strs) {
    Ref v = py_str_from_cstr(s.value);
    rc = v ? py_module_add(module, s.name, v) : -1;
    py_xdecref(v);
    if (rc < 0) return -1;
  }
  if (py_module_add(module, "altsep", py_None) < 0 || os_add_path(module) < 0) return -1;
  return py_exec_frozen_in(module, "os"); // lib/py/os.py
}
