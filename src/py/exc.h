// Exceptions, tracebacks, modules, import and sys: helpers shared with the VM
// (exceptions.cpp, error.cpp, module.cpp, import.cpp, sysmodule.cpp).
#pragma once
#include "py/obj.h"

// Exception types that obj.h does not declare (CPython 3.11 has them too).
extern Type py_BlockingIOError_type, py_ChildProcessError_type, py_ConnectionError_type,
    py_BrokenPipeError_type, py_ConnectionAbortedError_type, py_ConnectionRefusedError_type,
    py_ConnectionResetError_type, py_InterruptedError_type, py_ProcessLookupError_type,
    py_UnicodeTranslateError_type, py_EncodingWarning_type;

static inline bool py_is_exc(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_EXC_SUBCLASS);
}
// r is a class deriving from BaseException.
static inline bool py_is_exc_type(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_TYPE_SUBCLASS) &&
         py_type_has((Type *)r, TPF_EXC_SUBCLASS);
}

// Attributes specific to OSError (errno, strerror, filename, filename2),
// ImportError (msg, name, path), SyntaxError (msg, filename, lineno, ...),
// UnicodeError (encoding, object, start, end, reason), AttributeError (name, obj)
// and NameError (name) live in a private dict in ExcObj.value (so __dict__ holds
// only user attributes); read them with py_getattr_str. StopIteration.value and
// SystemExit.code are ExcObj.value itself (nullptr means None). ExcObj.args may
// be nullptr (the preallocated MemoryError): read it as ().

// Fills the exception types that start zeroed (Note [Exception types filled at
// start-up] in exceptions.cpp); py_init's first step.
void py_exc_fill_types();

// New traceback entry in front of `next` (may be nullptr).
Ref py_traceback_new(Ref next, Ref code, Ref globals, uint32_t line);
// A frame object holding code, globals (may be null) and line, with no f_back
// (Note [Frame snapshots]).
Ref py_frame_snapshot(Ref code, Ref globals, uint32_t line);

// Before `exc` becomes the pending exception: when an exception is being handled
// (py_vm.handled), make it exc.__context__ (breaking cycles like CPython). Every
// py_err_set_* / py_err_format calls it; the VM calls it for `raise X`.
void py_err_set_context(Ref exc);
// `raise pending from cause` for C code: cause (stolen) becomes the pending
// exception's __cause__ and __context__.
void py_err_set_cause(Ref cause);

// IMPORT_FROM: `from module import name` (falls back to sys.modules for
// submodules; CPython's "cannot import name ..." ImportError). New ref.
Ref py_import_from(Ref module, Ref name);
// IMPORT_STAR: copy module's public names (its __all__, else names not starting
// with '_') into `locals` (a mapping). 0 / -1.
int py_import_star(Ref module, Ref locals);
// The module is being executed by an import right now (circular import messages).
bool py_import_in_progress(Ref module);
// The builtin C++ modules (modules.def), ending with a {nullptr} entry.
extern const BuiltinModuleDef py_builtin_modules[];
// For `upytorch -m name`: import the parent packages, then find the source
// file of `name` without running it (*is_package: it is a package's
// __init__.py). New ref, or nullptr with ModuleNotFoundError / another error.
Ref py_import_locate(Ref name, bool *is_package);
// Builtin C++ module / frozen module named `name` (a str), or nullptr.
const BuiltinModuleDef *py_find_builtin_module(Ref name);
const FrozenModuleDef *py_find_frozen_module(Ref name);
// Generated from lib/py by tools/embed_py.py; ends with a {nullptr} entry.
extern const FrozenModuleDef py_frozen_modules[];

#if UPY_ENABLE_FS
// Read a whole file into a py_malloc'ed, NUL-terminated buffer of *len + 1
// bytes. nullptr when it cannot be read: no exception set, except MemoryError.
char *py_read_file(const char *path, size_t *len);
#endif

// sys attribute `name` (borrowed), or nullptr without an error when sys is not
// imported yet or lacks it.
Ref py_sys_get(const char *name);
// sys.exit([status]): raises SystemExit (also builtins exit() / quit()).
Ref py_sys_exit(Ref self, Ref const *args, size_t nargs, Ref kwnames);
// sys.argv = list(argv[0..argc)). 0 / -1.
int py_sys_set_argv(int argc, char *const *argv);
