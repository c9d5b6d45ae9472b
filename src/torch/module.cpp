// Registration of the torch package with the runtime.
#include "torch/torch.h"

#include "py/obj.h"

int py_init_module_torch_C(Ref module); // _torch: dtypes, Tensor, functions

extern const FrozenModuleDef py_torch_frozen_modules[]; // lib/torch, generated

static const BuiltinModuleDef torch_builtin_modules[] = {
    {"_torch", py_init_module_torch_C},
    {nullptr, nullptr},
};

void py_torch_register() {
  py_register_builtin_modules(torch_builtin_modules);
  py_register_frozen_modules(py_torch_frozen_modules);
}
