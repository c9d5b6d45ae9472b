// The `_torch` builtin module: dtypes, torch.Size, torch.device, the Tensor
// type, module-level state (default dtype, seed, grad mode, print options),
// torch.tensor / as_tensor; then the binding's operators and load/save.
// lib/torch/torch/__init__.py re-exports it as `torch`.
#include "binding/binding.h"
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "tensor/print.h"
#include "torch/device_obj.h"
#include "torch/dtype_obj.h"
#include "torch/generator_obj.h"
#include "torch/serialize.h"
#include "torch/size_obj.h"
#include "torch/tensor_new.h"
#include "torch/tensor_obj.h"

using tensor::ScalarType;

// ---------------------------------------------------------------------------
// Tensor memory comes from the runtime heap, so -X heapsize bounds it. The
// tensor library records its own MemoryError; the Python one is raised when
// the caller converts the tensor error (py_tensor_raise).

static void *torch_alloc(size_t n) {
  bool pending = py_err_occurred();
  void *p = py_malloc(n ? n : 1);
  if (!p && !pending) py_err_clear();
  return p;
}

static void torch_free(void *p, size_t n) { py_free(p, n ? n : 1); }

// ---------------------------------------------------------------------------
// Module state

static bool torch_grad_enabled = true; // recorded only: autograd is out of scope

static Ref torch_get_default_dtype(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("get_default_dtype", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(py_dtype_of(tensor::default_dtype()));
}

static Ref torch_set_default_dtype(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("set_default_dtype", nargs, kwnames, 1, 1) < 0) return nullptr;
  ScalarType t;
  if (py_dtype_parse(args[0], &t) < 0) return nullptr;
  if (t != ScalarType::Float && t != ScalarType::Double)
    return py_err_set_str(&py_TypeError_type,
                          "only floating-point types are supported as the default type");
  tensor::set_default_dtype(t);
  return py_none_new();
}

static Ref torch_is_tensor(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("is_tensor", nargs, kwnames, 1, 1) < 0) return nullptr;
  return py_newref(py_bool(py_is_tensor(args[0])));
}

static Ref torch_is_grad_enabled(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("is_grad_enabled", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_newref(py_bool(torch_grad_enabled));
}

static Ref torch_set_grad_enabled(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("_set_grad_enabled", nargs, kwnames, 1, 1) < 0) return nullptr;
  int on = py_truthy(args[0]);
  if (on < 0) return nullptr;
  torch_grad_enabled = on == 1;
  return py_none_new();
}

// ---------------------------------------------------------------------------
// torch.set_printoptions

// An optional int option into *out (None / absent: unchanged). 0 / -1.
static int torch_int_option(Ref v, int *out) {
  if (!v || v == py_None) return 0;
  int64_t i;
  if (py_index_i64(v, &i) < 0) return -1;
  *out = (int)i;
  return 0;
}

static int torch_apply_profile(Ref v, tensor::PrintOptions &o) {
  if (!v || v == py_None) return 0;
  if (!py_is_str(v)) {
    py_err_format(&py_TypeError_type, "profile must be a str, not %T", v);
    return -1;
  }
  tensor::PrintProfile p;
  if (tensor::print_profile_from_name(py_str_data(v), &p)) tensor::apply_print_profile(o, p);
  return 0;
}

static Ref torch_set_printoptions(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"precision", "threshold", "edgeitems",
                                      "linewidth", "profile",   "sci_mode"};
  static const ArgSpec spec = {"set_printoptions", names, 6, 0, 0, 6};
  Ref a[6];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  tensor::PrintOptions o = tensor::print_options();
  if (torch_apply_profile(a[4], o) < 0 || torch_int_option(a[0], &o.precision) < 0 ||
      torch_int_option(a[2], &o.edgeitems) < 0 || torch_int_option(a[3], &o.linewidth) < 0)
    return nullptr;
  if (a[1] && a[1] != py_None && py_number_as_double(a[1], &o.threshold) < 0) return nullptr;
  o.sci_mode = -1; // PyTorch assigns sci_mode every time
  if (a[5] && a[5] != py_None) {
    int on = py_truthy(a[5]);
    if (on < 0) return nullptr;
    o.sci_mode = on;
  }
  tensor::print_options() = o;
  return py_none_new();
}

// ---------------------------------------------------------------------------
// torch.tensor / torch.as_tensor

// An optional dtype= argument: Undefined when absent or None. 0 / -1.
static int torch_dtype_arg(Ref v, ScalarType *out) {
  *out = ScalarType::Undefined;
  return !v || v == py_None ? 0 : py_dtype_parse(v, out);
}

static Ref torch_tensor(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"data", "dtype", "device", "requires_grad", "pin_memory"};
  static const ArgSpec spec = {"tensor", names, 5, 1, 0, 1};
  Ref a[5];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  ScalarType dtype;
  if (torch_dtype_arg(a[1], &dtype) < 0 || py_device_check(a[2]) < 0) return nullptr;
  int rg = a[3] ? py_truthy(a[3]) : 0;
  if (rg < 0) return nullptr;
  tensor::Tensor t = py_tensor_from_data(a[0], dtype);
  if (!t) return nullptr;
  if (rg && !tensor::is_floating(t.dtype()))
    return py_err_set_str(&py_RuntimeError_type,
                          "Only Tensors of floating point and complex dtype can require gradients");
  Ref r = py_tensor_wrap(t);
  if (r) ((TensorObj *)r)->requires_grad = rg == 1;
  return r;
}

static Ref torch_as_tensor(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"data", "dtype", "device"};
  static const ArgSpec spec = {"as_tensor", names, 3, 1, 0, 1};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  ScalarType dtype;
  if (torch_dtype_arg(a[1], &dtype) < 0 || py_device_check(a[2]) < 0) return nullptr;
  if (py_is_tensor(a[0])) {
    const tensor::Tensor &x = py_tensor_get(a[0]);
    if (dtype == ScalarType::Undefined || dtype == x.dtype()) return py_newref(a[0]);
    tensor::Tensor t = tensor::to_dtype(x, dtype);
    return py_tensor_result(t);
  }
  tensor::Tensor t = py_tensor_from_data(a[0], dtype);
  return t ? py_tensor_wrap(t) : nullptr;
}

static const MethodDef torch_functions[] = {
    {"get_default_dtype", torch_get_default_dtype},
    {"set_default_dtype", torch_set_default_dtype},
    {"is_tensor", torch_is_tensor},
    {"is_grad_enabled", torch_is_grad_enabled},
    {"_set_grad_enabled", torch_set_grad_enabled},
    {"set_printoptions", torch_set_printoptions},
    {"tensor", torch_tensor},
    {"as_tensor", torch_as_tensor},
    {nullptr},
};

// Readies t and adds it as torch.<name>; module_name: its __module__ when the
// type's own name is not already qualified.
static int torch_add_type(Ref module, const char *name, Type *t, bool module_name) {
  if (py_type_ready(t) < 0) return -1;
  if (module_name) {
    Ref m = py_str_intern("torch");
    int r = m ? py_dict_set_str(t->dict, "__module__", m) : -1;
    py_xdecref(m);
    if (r < 0) return -1;
  }
  return py_module_add(module, name, (Ref)t);
}

int py_init_module_torch_C(Ref module) {
  tensor::set_allocator(torch_alloc, torch_free);
  if (py_dtype_install(module) < 0 || torch_add_type(module, "Size", &py_size_type, true) < 0 ||
      torch_add_type(module, "device", &py_device_type, false) < 0 ||
      torch_add_type(module, "Tensor", &py_tensor_type, true) < 0)
    return -1;
  if (py_module_add_functions(module, torch_functions) < 0) return -1;
  if (py_generator_install(module) < 0) return -1;
  if (py_binding_install(module) < 0) return -1;
  return py_serialize_install(module);
}
