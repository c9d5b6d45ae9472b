// Results of the index ops' Tensor[] schemas: nonzero(as_tuple=...), where(c),
// meshgrid, unique. See src/binding/ops_index.yaml.
#include "binding/argparse.h"

#include "py/containers.h"
#include "torch/tensor_obj.h"

namespace binding {

Ref ret_tuple(const tensor::TensorTuple &r, bool single) {
  if (r.size < 0) return py_tensor_raise();
  if (single && r.size == 1) return py_tensor_wrap(r.items[0]);
  Ref t = py_tuple_new(static_cast<size_t>(r.size));
  if (!t) return nullptr;
  for (int i = 0; i < r.size; i++) {
    Ref item = py_tensor_wrap(r.items[i]);
    if (!item) {
      py_decref(t);
      return nullptr;
    }
    py_tuple_items(t)[i] = item;
  }
  return t;
}

} // namespace binding
