// The bare-metal port's entry point: start the runtime, run the embedded
// program (program.py, turned into a C string by tools/arm_check.sh) as
// __main__, and return its exit status. Output goes through newlib's stdio to
// semihosting.
#include <cstdio>

#include "port/bare-arm/program.h" // generated: static const char program_py[]
#include "py/compile.h"
#include "py/containers.h"
#include "py/strobj.h"
#include "py/vm.h"

// The dict the program runs in: __main__'s if the runtime made one.
static Ref main_globals() {
  if (py_vm.main_module) return py_newref(py_module_dict(py_vm.main_module));
  Ref d = py_dict_new();
  Ref name = d ? py_str_from_cstr("__main__") : nullptr;
  if (!name || py_dict_set_str(d, "__name__", name) < 0) {
    py_xdecref(name);
    py_xdecref(d);
    return nullptr;
  }
  py_decref(name);
  return d;
}

int main() {
  static char arg0[] = "bare-arm";
  static char *argv[] = {arg0, nullptr};
  if (py_init(1, argv) < 0) {
    puts("upytorch: failed to initialise the interpreter");
    return 1;
  }
  Ref globals = main_globals();
  Ref r = globals ? py_run_string(program_py, sizeof(program_py) - 1, "program.py", COMPILE_EXEC,
                                  globals, globals)
                  : nullptr;
  int status = 0;
  if (r)
    py_decref(r);
  else
    status = py_handle_uncaught();
  py_xdecref(globals);
  fflush(stdout);
  py_deinit();
  return status;
}
