// The `_torch` builtin module (placeholder until the Tensor type lands).
#include "py/obj.h"

int py_init_module_torch_C(Ref module) {
  (void)module;
  return 0;
}
