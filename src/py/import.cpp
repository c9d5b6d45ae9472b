// The import system (__import__): sys.modules, then builtin C++ modules, then
// frozen modules embedded from lib/py, then .py files and package folders along
// sys.path (or the parent package's __path__).
#include "py/compile.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/hal.h"
#include "py/strobj.h"
#include "py/vm.h"

#define PY_BUILTIN_MODULE(name, id) int py_init_module_##id(Ref module);
#include "py/modules.def"
#undef PY_BUILTIN_MODULE

const BuiltinModuleDef py_builtin_modules[] = {
#define PY_BUILTIN_MODULE(name, id) {name, py_init_module_##id},
#include "py/modules.def"
#undef PY_BUILTIN_MODULE
    {nullptr, nullptr},
};

// Tables that layers above the runtime (the torch package) add at start-up,
// so the runtime never refers to them.
enum { MAX_EXTRA_TABLES = 4 };
static const BuiltinModuleDef *extra_builtin[MAX_EXTRA_TABLES];
static const FrozenModuleDef *extra_frozen[MAX_EXTRA_TABLES];

int py_register_builtin_modules(const BuiltinModuleDef *table) {
  for (auto &slot : extra_builtin)
    if (!slot) return slot = table, 0;
  return -1;
}

int py_register_frozen_modules(const FrozenModuleDef *table) {
  for (auto &slot : extra_frozen)
    if (!slot) return slot = table, 0;
  return -1;
}

template <class Def> static const Def *find_in_table(const Def *table, Ref name) {
  for (const Def *d = table; d && d->name; d++)
    if (py_str_equal_cstr(name, d->name)) return d;
  return nullptr;
}

const BuiltinModuleDef *py_find_builtin_module(Ref name) {
  const BuiltinModuleDef *d = find_in_table(py_builtin_modules, name);
  for (size_t i = 0; !d && i < MAX_EXTRA_TABLES; i++) d = find_in_table(extra_builtin[i], name);
  return d;
}

const FrozenModuleDef *py_find_frozen_module(Ref name) {
  const FrozenModuleDef *d = find_in_table(py_frozen_modules, name);
  for (size_t i = 0; !d && i < MAX_EXTRA_TABLES; i++) d = find_in_table(extra_frozen[i], name);
  return d;
}

// Modules whose code is running under an import, innermost first (frames live
// on the C stack of import_exec_source).
struct ImportFrame {
  Ref module;
  ImportFrame *prev;
};
static ImportFrame *import_stack;

bool py_import_in_progress(Ref module) {
  for (ImportFrame *f = import_stack; f; f = f->prev)
    if (f->module == module) return true;
  return false;
}

static Ref sys_modules() {
  if (!py_vm.modules) py_vm.modules = py_dict_new();
  return py_vm.modules;
}

// Borrowed sys.modules[name], or nullptr (no error unless the lookup failed).
static Ref modules_get(Ref name) {
  Ref mods = sys_modules();
  return mods ? py_dict_get(mods, name) : nullptr;
}

// Remove a module whose execution failed, keeping the pending exception.
static void modules_forget(Ref name) {
  Ref exc = py_err_fetch();
  Ref old = nullptr;
  if (py_vm.modules && py_dict_pop_opt(py_vm.modules, name, &old) > 0) py_decref(old);
  py_err_restore(exc);
}

// Raise `type` (ImportError family) with message and the name / path attributes.
static Ref import_error(Type *type, Ref msg, Ref name, Ref path) {
  if (!msg) return nullptr;
  Ref exc = py_exc_new(type, &msg, 1);
  py_decref(msg);
  if (!exc) return nullptr;
  if ((name && py_setattr_str(exc, "name", name) < 0) ||
      (path && py_setattr_str(exc, "path", path) < 0)) {
    py_decref(exc);
    return nullptr;
  }
  py_err_set_exc(exc);
  py_decref(exc);
  return nullptr;
}

static Ref not_found(Ref name) {
  return import_error(&py_ModuleNotFoundError_type, py_str_format("No module named %R", name), name,
                      nullptr);
}

// "a.b.c" → "a.b" ("" for a top-level name).
static Ref parent_name(Ref name) {
  const char *s = py_str_data(name);
  const char *dot = strrchr(s, '.');
  return py_str_new(s, dot ? (size_t)(dot - s) : 0);
}

// A new module registered in sys.modules before its code runs, so that
// circular imports see the partially initialised module.
static Ref module_create(Ref name) {
  Ref m = py_module_new(py_str_data(name));
  Ref mods = m ? sys_modules() : nullptr;
  if (!mods || py_dict_set(mods, name, m) < 0) {
    py_xdecref(m);
    return nullptr;
  }
  return m;
}

// The module finally registered under `name` (its code may have replaced it).
static Ref module_finish(Ref name, Ref m) {
  Ref final = modules_get(name);
  py_decref(m);
  if (!final) {
    if (py_err_occurred()) return nullptr;
    return import_error(&py_ImportError_type,
                        py_str_format("Loaded module %R not found in sys.modules", name), name,
                        nullptr);
  }
  return py_newref(final);
}

// __file__, __path__, __package__ and __builtins__ of a Python-source module.
static int module_set_attrs(Ref m, Ref name, Ref file, Ref pkgdir, bool is_package) {
  Ref d = py_module_dict(m);
  if (file && py_dict_set_str(d, "__file__", file) < 0) return -1;
  if (is_package) {
    Ref path = pkgdir ? py_list_from_array(&pkgdir, 1) : py_list_new(0);
    int r = path ? py_dict_set_str(d, "__path__", path) : -1;
    py_xdecref(path);
    if (r < 0) return -1;
  }
  Ref pkg = is_package ? py_newref(name) : parent_name(name);
  int r = pkg ? py_dict_set_str(d, "__package__", pkg) : -1;
  py_xdecref(pkg);
  if (r < 0) return -1;
  if (py_vm.builtins && py_dict_set_str(d, "__builtins__", py_vm.builtins) < 0) return -1;
  return 0;
}

// The code of a frozen module: its bytecode loaded, or its source unpacked and
// compiled (Note [Compressed frozen modules] in marshal.cpp).
static Ref frozen_code(const FrozenModuleDef *def, Ref filename) {
  if (!def->code_is_source) {
#if UPY_ENABLE_FROZEN_BYTECODE
    return def->unpacked_len
               ? py_code_load_lz(def->code, def->code_len, def->unpacked_len, def->code_lens)
               : py_code_load(def->code, def->code_len, true);
#else
    return py_err_format(&py_ImportError_type,
                         "%U is frozen as bytecode, which this build cannot load", filename);
#endif
  }
  const FrozenModuleDef *pre = def->preset ? def + def->preset : nullptr;
  size_t d = pre ? pre->unpacked_len : 0, n = def->unpacked_len;
  uint8_t *buf = (uint8_t *)py_malloc(d + n + 1);
  if (!buf) return nullptr;
  Ref code = nullptr;
  if ((pre && !py_unpack_lz(pre->code, pre->code_len, buf, 0, d, pre->code_lens)) ||
      !py_unpack_lz(def->code, def->code_len, buf, d, d + n, def->code_lens))
    py_err_format(&py_ImportError_type, "frozen module source of %U is corrupt", filename);
  else {
    buf[d + n] = '\0';
    code = py_compile((const char *)buf + d, n, filename, COMPILE_EXEC, nullptr);
  }
  py_free(buf, d + n + 1);
  return code;
}

// Runs a module's code (frozen bytecode when `def` has it, else `src`) in m.
static int exec_module(Ref m, const char *src, size_t len, Ref filename,
                       const FrozenModuleDef *def = nullptr) {
  if (src && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { // UTF-8 signature
    src += 3;
    len -= 3;
  }
  ImportFrame frame = {m, import_stack};
  import_stack = &frame;
  Ref d = py_module_dict(m);
  Ref code = def && def->code ? frozen_code(def, filename)
                              : py_compile(src, len, filename, COMPILE_EXEC, nullptr);
  Ref r = code ? py_eval_code(code, d, d) : nullptr;
  import_stack = frame.prev;
  py_xdecref(code);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static Ref load_builtin(Ref name, const BuiltinModuleDef *def) {
  Ref m = module_create(name);
  if (!m) return nullptr;
  Ref empty = py_str_new("", 0);
  int r = empty ? py_module_add(m, "__package__", empty) : -1;
  py_xdecref(empty);
  if (r < 0 || def->init(m) < 0) {
    py_decref(m);
    modules_forget(name);
    return nullptr;
  }
  return module_finish(name, m);
}

static Ref load_frozen(Ref name, const FrozenModuleDef *def) {
  Ref m = module_create(name);
  if (!m) return nullptr;
  Ref filename = py_str_format("<frozen %U>", name);
  if (!filename || module_set_attrs(m, name, nullptr, nullptr, def->is_package) < 0 ||
      exec_module(m, def->source, def->source ? strlen(def->source) : 0, filename, def) < 0) {
    py_xdecref(filename);
    py_decref(m);
    modules_forget(name);
    return nullptr;
  }
  py_decref(filename);
  return module_finish(name, m);
}

int py_exec_frozen_in(Ref module, const char *name) {
  Ref n = py_str_from_cstr(name);
  const FrozenModuleDef *def = n ? py_find_frozen_module(n) : nullptr;
  Ref filename = def ? py_str_format("<frozen %U>", n) : nullptr;
  if (n && !def) py_err_format(&py_ImportError_type, "no frozen module %R", n);
  int r = filename ? exec_module(module, def->source, def->source ? strlen(def->source) : 0,
                                 filename, def)
                   : -1;
  py_xdecref(filename);
  py_xdecref(n);
  return r;
}

#if UPY_ENABLE_FS
char *py_read_file(const char *path, size_t *len) {
  int fd = py_hal_open(path, HAL_O_READ);
  if (fd < 0) return nullptr;
  HalStat st;
  char *buf = nullptr;
  size_t size = 0, n = 0;
  if (py_hal_fstat(fd, &st) == 0 && st.size >= 0 && (uint64_t)st.size < SIZE_MAX) {
    size = (size_t)st.size;
    buf = (char *)py_malloc(size + 1);
  }
  while (buf && n < size) {
    long r = py_hal_read(fd, buf + n, size - n);
    if (r <= 0) break;
    n += (size_t)r;
  }
  py_hal_close(fd);
  if (buf && n < size) { // shorter than announced (it shrank, or is not a regular file)
    char *b = (char *)py_realloc(buf, size + 1, n + 1);
    if (!b) py_free(buf, size + 1);
    buf = b;
  }
  if (buf) {
    buf[n] = '\0';
    *len = n;
  }
  return buf;
}

static bool is_file(Ref path) {
  HalStat st;
  return py_hal_stat(py_str_data(path), &st) == 0 && (st.mode & HAL_S_IFMT) == HAL_S_IFREG;
}

static bool is_dir(Ref path) {
  HalStat st;
  return py_hal_stat(py_str_data(path), &st) == 0 && (st.mode & HAL_S_IFMT) == HAL_S_IFDIR;
}

static Ref load_file(Ref name, Ref file, Ref pkgdir) {
  size_t len;
  char *src = py_read_file(py_str_data(file), &len);
  if (!src) return py_err_occurred() ? nullptr : not_found(name);
  Ref m = module_create(name);
  int r = m ? module_set_attrs(m, name, file, pkgdir, pkgdir != nullptr) : -1;
  if (r == 0) r = exec_module(m, src, len, file);
  py_free(src, len + 1);
  if (!m) return nullptr;
  if (r < 0) {
    py_decref(m);
    modules_forget(name);
    return nullptr;
  }
  return module_finish(name, m);
}

// A folder without __init__.py found along the path: a namespace package.
static Ref load_namespace(Ref name, Ref dirs) {
  Ref m = module_create(name);
  if (!m) return nullptr;
  Ref d = py_module_dict(m);
  if (py_dict_set_str(d, "__path__", dirs) < 0 || py_dict_set_str(d, "__file__", py_None) < 0 ||
      py_dict_set_str(d, "__package__", name) < 0) {
    py_decref(m);
    modules_forget(name);
    return nullptr;
  }
  return module_finish(name, m);
}

// dir/tail; the folder "" is the current directory, named absolutely as CPython
// does (module __file__ values are absolute).
static Ref path_join(Ref dir, const char *tail) {
  if (py_str_len(dir)) return py_str_format("%U/%s", dir, tail);
  char cwd[512];
  if (py_hal_getcwd(cwd, sizeof cwd) < 0) return py_str_from_cstr(tail);
  return py_str_format("%s/%s", cwd, tail);
}

// Where the last component of `name` lives along `path` (a list): in each
// folder in turn, dir/tail/__init__.py (*pkgdir = dir/tail), then dir/tail.py.
// Returns the file (new ref), or nullptr: then *ns_dirs (new list or nullptr)
// holds the folders that could form a namespace package. Errors: nullptr with
// the error set.
static Ref locate_in_path(Ref name, Ref path, Ref *pkgdir, Ref *ns_dirs) {
  const char *dot = strrchr(py_str_data(name), '.');
  const char *tail = dot ? dot + 1 : py_str_data(name);
  *pkgdir = *ns_dirs = nullptr;
  Ref entries = py_sequence_tuple(path);
  if (!entries) return nullptr;
  Ref result = nullptr;
  bool done = false;
  for (size_t i = 0; i < py_tuple_len(entries) && !done; i++) {
    Ref dir = py_tuple_items(entries)[i];
    if (!py_is_str(dir)) continue;
    Ref base = path_join(dir, tail);
    Ref init = base ? py_str_format("%U/__init__.py", base) : nullptr;
    Ref file = init ? py_str_format("%U.py", base) : nullptr;
    done = !file; // out of memory
    if (file && is_file(init)) {
      result = py_newref(init);
      *pkgdir = py_newref(base);
      done = true;
    } else if (file && is_file(file)) {
      result = py_newref(file);
      done = true;
    } else if (file && is_dir(base)) {
      if (!*ns_dirs) *ns_dirs = py_list_new(0);
      done = !*ns_dirs || py_list_append(*ns_dirs, base) < 0;
    }
    py_xdecref(base);
    py_xdecref(init);
    py_xdecref(file);
  }
  py_decref(entries);
  if (result) py_clear(ns_dirs);
  return result;
}

// Search `path` for `name` and load it; nullptr without an error when nothing
// was found (a folder without __init__.py makes a namespace package).
static Ref find_in_path(Ref name, Ref path) {
  Ref pkgdir, ns_dirs;
  Ref file = locate_in_path(name, path, &pkgdir, &ns_dirs);
  Ref result = nullptr;
  if (file)
    result = load_file(name, file, pkgdir);
  else if (ns_dirs && !py_err_occurred())
    result = load_namespace(name, ns_dirs);
  py_xdecref(file);
  py_xdecref(pkgdir);
  py_xdecref(ns_dirs);
  return result;
}

Ref py_import_locate(Ref name, bool *is_package) {
  *is_package = false;
  const char *s = py_str_data(name);
  const char *dot = strrchr(s, '.');
  Ref path = py_newref(py_vm.sys_path);
  if (dot) {
    Ref pname = py_str_new(s, (size_t)(dot - s));
    Ref parent = pname ? py_import(pname, nullptr, nullptr, 0) : nullptr;
    py_xdecref(pname);
    py_decref(path);
    if (!parent) return nullptr;
    path = py_getattr_opt(parent, py_str_intern("__path__"));
    py_decref(parent);
    if (!path) return py_err_occurred() ? nullptr : not_found(name);
  }
  Ref pkgdir, ns_dirs;
  Ref file = locate_in_path(name, path, &pkgdir, &ns_dirs);
  py_decref(path);
  py_xdecref(ns_dirs);
  *is_package = pkgdir != nullptr;
  py_xdecref(pkgdir);
  if (!file && !py_err_occurred()) return not_found(name);
  return file;
}
#else
Ref py_import_locate(Ref name, bool *is_package) {
  *is_package = false;
  return not_found(name);
}
#endif

// Load `name` (not in sys.modules yet); `path` is the parent's __path__ or
// nullptr for a top-level module.
static Ref load_module(Ref name, Ref path) {
  if (!path) {
    const BuiltinModuleDef *b = py_find_builtin_module(name);
    if (b) return load_builtin(name, b);
  }
  const FrozenModuleDef *f = py_find_frozen_module(name);
  if (f) return load_frozen(name, f);
#if UPY_ENABLE_FS
  Ref search = path ? path : py_vm.sys_path;
  if (search && (py_is_list(search) || py_is_tuple(search))) {
    Ref m = find_in_path(name, search);
    if (m || py_err_occurred()) return m;
  }
#endif
  return not_found(name);
}

// Import the absolute dotted name (parents first) and return that module.
static Ref find_and_load(Ref name) {
  Ref m = modules_get(name);
  if (m) {
    if (m == py_None)
      return import_error(&py_ModuleNotFoundError_type,
                          py_str_format("import of %U halted; None in sys.modules", name), name,
                          nullptr);
    return py_newref(m);
  }
  if (py_err_occurred()) return nullptr;
  const char *s = py_str_data(name);
  const char *dot = strrchr(s, '.');
  if (!dot) return load_module(name, nullptr);
  Ref pname = py_str_new(s, (size_t)(dot - s));
  Ref parent = pname ? find_and_load(pname) : nullptr;
  if (!parent) {
    py_xdecref(pname);
    return nullptr;
  }
  // The parent's code may have imported us already.
  m = modules_get(name);
  if (m) {
    py_decref(pname);
    py_decref(parent);
    return py_newref(m);
  }
  Ref path = py_getattr_opt(parent, py_str_intern("__path__"));
  m = nullptr;
  if (path) {
    m = load_module(name, path);
    py_decref(path);
    // Bind the submodule as an attribute of its package.
    if (m && py_setattr_str(parent, dot + 1, m) < 0) py_clear(&m);
  } else if (!py_err_occurred()) {
    import_error(&py_ModuleNotFoundError_type,
                 py_str_format("No module named %R; %R is not a package", name, pname), name,
                 nullptr);
  }
  py_decref(pname);
  py_decref(parent);
  return m;
}

// The absolute name of a relative import, from the importing module's
// __package__ (or __name__) in `globals`.
static Ref resolve_name(Ref name, Ref globals, int level) {
  if (!globals || !py_is_dict(globals))
    return py_err_set_str(&py_KeyError_type, "'__name__' not in globals");
  Ref package = py_dict_get_str(globals, "__package__");
  Ref pkg;
  if (package && package != py_None) {
    if (!py_is_str(package)) return py_err_set_str(&py_TypeError_type, "package must be a string");
    pkg = py_newref(package);
  } else {
    Ref modname = py_dict_get_str(globals, "__name__");
    if (!modname) return py_err_set_str(&py_KeyError_type, "'__name__' not in globals");
    if (!py_is_str(modname)) return py_err_set_str(&py_TypeError_type, "__name__ must be a string");
    pkg = py_dict_get_str(globals, "__path__") ? py_newref(modname) : parent_name(modname);
    if (!pkg) return nullptr;
  }
  if (py_str_len(pkg) == 0) {
    py_decref(pkg);
    return py_err_set_str(&py_ImportError_type,
                          "attempted relative import with no known parent package");
  }
  size_t cut = py_str_len(pkg);
  for (int i = 1; i < level; i++) {
    while (cut > 0 && py_str_data(pkg)[cut - 1] != '.') cut--;
    if (cut == 0) {
      py_decref(pkg);
      return py_err_set_str(&py_ImportError_type,
                            "attempted relative import beyond top-level package");
    }
    cut--;
  }
  Ref base = py_str_new(py_str_data(pkg), cut);
  py_decref(pkg);
  if (!base || py_str_len(name) == 0) return base;
  Ref r = py_str_format("%U.%U", base, name);
  py_decref(base);
  return r;
}

// `from package import a, b`: import the names that are submodules.
static int handle_fromlist(Ref module, Ref fromlist, bool recursive) {
  Ref path = py_getattr_opt(module, py_str_intern("__path__"));
  if (!path) return py_err_occurred() ? -1 : 0;
  py_decref(path);
  Ref modname = py_getattr_str(module, "__name__");
  Ref items = modname ? py_sequence_tuple(fromlist) : nullptr;
  int r = items ? 0 : -1;
  for (size_t i = 0; r == 0 && i < py_tuple_len(items); i++) {
    Ref x = py_tuple_items(items)[i];
    if (!py_is_str(x)) {
      if (recursive)
        py_err_format(&py_TypeError_type, "Item in %S.__all__ must be str, not %s", modname,
                      py_tname(x));
      else
        py_err_format(&py_TypeError_type, "Item in ``from list'' must be str, not %s", py_tname(x));
      r = -1;
      break;
    }
    if (py_str_equal_cstr(x, "*")) {
      if (recursive) continue;
      Ref all = py_getattr_opt(module, py_str_intern("__all__"));
      if (all)
        r = handle_fromlist(module, all, true);
      else if (py_err_occurred())
        r = -1;
      py_xdecref(all);
      continue;
    }
    int has = py_hasattr(module, x);
    if (has != 0) {
      r = has < 0 ? -1 : 0;
      continue;
    }
    Ref sub = py_str_format("%S.%U", modname, x);
    Ref m = sub ? find_and_load(sub) : nullptr;
    if (m) {
      py_decref(m);
    } else if (sub && py_err_matches(&py_ModuleNotFoundError_type)) {
      // A missing submodule is fine: the name may be defined later or not at all.
      Ref exc = py_err_fetch();
      Ref ename = py_getattr_str(exc, "name");
      bool same = ename && py_is_str(ename) && py_str_equal(ename, sub);
      py_xdecref(ename);
      py_err_clear();
      if (same && !modules_get(sub)) {
        py_decref(exc);
      } else {
        py_err_restore(exc);
        r = -1;
      }
    } else {
      r = -1;
    }
    py_xdecref(sub);
  }
  py_xdecref(items);
  py_xdecref(modname);
  return r;
}

Ref py_import(Ref name, Ref globals, Ref fromlist, int level) {
  if (!py_is_str(name)) return py_err_set_str(&py_TypeError_type, "module name must be a string");
  if (level < 0) return py_err_set_str(&py_ValueError_type, "level must be >= 0");
  Ref absname;
  if (level > 0) {
    absname = resolve_name(name, globals, level);
  } else {
    if (py_str_len(name) == 0) return py_err_set_str(&py_ValueError_type, "Empty module name");
    absname = py_newref(name);
  }
  if (!absname) return nullptr;
  Ref m = find_and_load(absname);
  int has_from = fromlist && fromlist != py_None ? py_truthy(fromlist) : 0;
  if (!m || has_from < 0) {
    py_decref(absname);
    py_xdecref(m);
    return nullptr;
  }
  if (has_from) {
    if (handle_fromlist(m, fromlist, false) < 0) py_clear(&m);
    py_decref(absname);
    return m;
  }
  // `import a.b.c` binds `a`: return the top package (relative: the module
  // the first component of `name` refers to).
  const char *first_dot = strchr(py_str_data(name), '.');
  Ref r = m;
  if (first_dot && (level == 0 || py_str_len(name) > 0)) {
    size_t cut = py_str_len(name) - (size_t)(first_dot - py_str_data(name));
    Ref top = py_str_new(py_str_data(absname), py_str_len(absname) - cut);
    r = top ? find_and_load(top) : nullptr;
    py_xdecref(top);
    py_decref(m);
  }
  py_decref(absname);
  return r;
}

Ref py_import_str(const char *name) {
  Ref n = py_str_from_cstr(name);
  if (!n) return nullptr;
  Ref m = find_and_load(n);
  py_decref(n);
  return m;
}

Ref py_import_from(Ref module, Ref name) {
  Ref x = py_getattr_opt(module, name);
  if (x || py_err_occurred()) return x;
  // A submodule being imported is in sys.modules before it is bound.
  Ref pkgname = py_getattr_opt(module, py_str_intern("__name__"));
  py_err_clear();
  if (pkgname && py_is_str(pkgname)) {
    Ref full = py_str_format("%U.%U", pkgname, name);
    x = full ? modules_get(full) : nullptr;
    py_xdecref(full);
    if (x) {
      py_decref(pkgname);
      return py_newref(x);
    }
    py_err_clear();
  }
  Ref shown = pkgname && py_is_str(pkgname) ? pkgname : nullptr;
  Ref pkgpath = py_getattr_opt(module, py_str_intern("__file__"));
  py_err_clear();
  Ref msg;
  if (!pkgpath || !py_is_str(pkgpath)) {
    if (shown)
      msg = py_str_format("cannot import name %R from %R (unknown location)", name, shown);
    else
      msg = py_str_format("cannot import name %R from '<unknown module name>' (unknown location)",
                          name);
    py_clear(&pkgpath);
  } else if (py_import_in_progress(module)) {
    msg = py_str_format("cannot import name %R from partially initialized module %R (most likely "
                        "due to a circular import) (%U)",
                        name, shown ? shown : py_None, pkgpath);
  } else {
    msg =
        py_str_format("cannot import name %R from %R (%U)", name, shown ? shown : py_None, pkgpath);
  }
  import_error(&py_ImportError_type, msg, shown, pkgpath);
  py_xdecref(pkgname);
  py_xdecref(pkgpath);
  return nullptr;
}

int py_import_star(Ref module, Ref locals) {
  Ref names = py_getattr_opt(module, py_str_intern("__all__"));
  bool public_only = false;
  if (!names) {
    if (py_err_occurred()) return -1;
    Ref d = py_getattr_str(module, "__dict__");
    if (!d) {
      py_err_clear();
      py_err_set_str(&py_ImportError_type, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    names = py_is_dict(d) ? py_dict_keys_list(d) : py_sequence_list(d);
    py_decref(d);
    public_only = true;
  }
  Ref items = names ? py_sequence_tuple(names) : nullptr;
  py_xdecref(names);
  if (!items) return -1;
  int r = 0;
  for (size_t i = 0; r == 0 && i < py_tuple_len(items); i++) {
    Ref n = py_tuple_items(items)[i];
    if (!py_is_str(n)) {
      Ref modname = py_getattr_str(module, "__name__");
      py_err_clear();
      py_err_format(&py_TypeError_type, "%s in %S.%s must be str, not %s",
                    public_only ? "Key" : "Item", modname ? modname : py_None,
                    public_only ? "__dict__" : "__all__", py_tname(n));
      py_xdecref(modname);
      r = -1;
      break;
    }
    if (public_only && py_str_data(n)[0] == '_') continue;
    Ref v = py_getattr(module, n);
    r = v ? py_setitem(locals, n, v) : -1;
    py_xdecref(v);
  }
  py_decref(items);
  return r;
}
