// The `itertools` module. The iterators are written in Python
// (lib/py/_itertools.py, generators); this module exposes its public names.
#include "py/containers.h"
#include "py/strobj.h"

int py_init_module_itertools(Ref module) {
  Ref impl = py_import_str("_itertools");
  if (!impl) return -1;
  Ref src = py_module_dict(impl);
  size_t pos = 0;
  Ref key, value;
  int rc = 0;
  while (rc == 0 && py_dict_next(src, &pos, &key, &value))
    if (py_is_str(key) && py_str_data(key)[0] != '_')
      rc = py_module_add(module, py_str_data(key), value);
  py_decref(impl);
  return rc;
}
