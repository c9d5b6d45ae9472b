// Placeholder until the generated binding lands.
#include "binding/binding.h"

int py_binding_install(Ref module) {
  (void)module;
  return 0;
}

Ref py_tensor_binop(Ref, Ref, int) { return py_newref(py_NotImplemented); }
Ref py_tensor_unop(Ref, int) { return py_newref(py_NotImplemented); }
Ref py_tensor_richcompare(Ref, Ref, int) { return py_newref(py_NotImplemented); }
