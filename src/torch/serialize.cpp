// Placeholder until torch.load / torch.save land.
#include "torch/serialize.h"

int py_serialize_install(Ref module) {
  (void)module;
  return 0;
}
