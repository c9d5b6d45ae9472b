// torch.device: a device type (index into device_types) and an optional index.
#include "torch/device_obj.h"

#include <cstdlib>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

struct DeviceObj {
  Obj ob;
  int type;      // index into device_types
  int64_t index; // -1: none
};

// PyTorch's device types, in the order of its parse error message.
static const char *const device_types[] = {
    "cpu",  "cuda", "ipu", "xpu",  "mkldnn", "opengl", "opencl", "ideep", "hip",           "ve",
    "fpga", "ort",  "xla", "lazy", "vulkan", "mps",    "meta",   "hpu",   "privateuseone",
};
constexpr int kNumDeviceTypes = sizeof(device_types) / sizeof(device_types[0]);
constexpr int kCpu = 0, kCuda = 1;

static DeviceObj device_cpu = {PY_STATIC_HEAD(&py_device_type), kCpu, -1};

Ref py_device_cpu() { return (Ref)&device_cpu; }

static Ref device_parse_error(const char *s) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_adds(&b, "Expected one of ");
  for (int i = 0; i < kNumDeviceTypes; i++) {
    py_strbuf_adds(&b, device_types[i]);
    py_strbuf_adds(&b, i + 1 < kNumDeviceTypes ? ", " : " ");
  }
  py_strbuf_printf(&b, "device type at start of device string: %s", s);
  Ref msg = py_strbuf_finish(&b);
  if (!msg) return nullptr;
  py_err_set_obj(&py_RuntimeError_type, msg);
  py_decref(msg);
  return nullptr;
}

// "cuda:1" -> type 1, index 1. 0 / -1.
static int device_parse(const char *s, int *type, int64_t *index) {
  const char *colon = strchr(s, ':');
  size_t n = colon ? (size_t)(colon - s) : strlen(s);
  *type = -1;
  for (int i = 0; i < kNumDeviceTypes; i++)
    if (strlen(device_types[i]) == n && strncmp(s, device_types[i], n) == 0) *type = i;
  if (*type < 0) return device_parse_error(s), -1;
  *index = -1;
  if (!colon) return 0;
  char *end;
  long long v = strtoll(colon + 1, &end, 10);
  if (colon[1] < '0' || colon[1] > '9' || *end) {
    py_err_format(&py_RuntimeError_type, "Invalid device string: '%s'", s);
    return -1;
  }
  *index = v;
  return 0;
}

static Ref device_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"type", "index"};
  static const ArgSpec spec = {"device", names, 2, 1, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (py_isinstance_exact(a[0], &py_device_type) && !a[1]) return py_newref(a[0]);
  if (!py_is_str(a[0]))
    return py_err_format(&py_TypeError_type, "device() received an invalid type: %T", a[0]);
  int t;
  int64_t index;
  if (device_parse(py_str_data(a[0]), &t, &index) < 0) return nullptr;
  if (a[1] && a[1] != py_None) {
    if (index >= 0)
      return py_err_format(&py_RuntimeError_type,
                           "type (string) must not include an index because index was passed "
                           "explicitly: %U",
                           a[0]);
    if (py_index_i64(a[1], &index) < 0) return nullptr;
  }
  DeviceObj *d = (DeviceObj *)py_obj_alloc(type, sizeof(DeviceObj));
  if (!d) return nullptr;
  d->type = t;
  d->index = index;
  return (Ref)d;
}

int py_device_check(Ref o) {
  if (!o || o == py_None) return 0;
  int t;
  int64_t index;
  if (py_isinstance_exact(o, &py_device_type)) {
    t = ((DeviceObj *)o)->type;
  } else if (py_is_str(o)) {
    if (device_parse(py_str_data(o), &t, &index) < 0) return -1;
  } else {
    py_err_format(&py_TypeError_type, "device must be torch.device or str, not %T", o);
    return -1;
  }
  if (t == kCpu) return 0;
  if (t == kCuda)
    py_err_set_str(&py_AssertionError_type, "Torch not compiled with CUDA enabled");
  else
    py_err_format(&py_RuntimeError_type, "device type '%s' is not supported", device_types[t]);
  return -1;
}

static void device_dealloc(Ref self) { py_obj_free(self, sizeof(DeviceObj)); }

static Ref device_repr(Ref self) {
  DeviceObj *d = (DeviceObj *)self;
  if (d->index < 0) return py_str_format("device(type='%s')", device_types[d->type]);
  return py_str_format("device(type='%s', index=%lld)", device_types[d->type], (long long)d->index);
}

static Ref device_str(Ref self) {
  DeviceObj *d = (DeviceObj *)self;
  if (d->index < 0) return py_str_from_cstr(device_types[d->type]);
  return py_str_format("%s:%lld", device_types[d->type], (long long)d->index);
}

static int device_hash(Ref self, int64_t *out) {
  DeviceObj *d = (DeviceObj *)self;
  *out = d->type * 1000003 + d->index + 2;
  return 0;
}

static Ref device_richcompare(Ref a, Ref b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !py_isinstance_of(b, &py_device_type))
    return py_newref(py_NotImplemented);
  DeviceObj *x = (DeviceObj *)a, *y = (DeviceObj *)b;
  bool eq = x->type == y->type && x->index == y->index;
  return py_newref(py_bool(eq == (op == CMP_EQ)));
}

static Ref device_get_type(Ref self) {
  return py_str_from_cstr(device_types[((DeviceObj *)self)->type]);
}

static Ref device_get_index(Ref self) {
  int64_t i = ((DeviceObj *)self)->index;
  return i < 0 ? py_none_new() : py_int_from_i64(i);
}

// (torch.device, (type[, index]))
static Ref device_reduce(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__reduce__", nargs, kwnames, 0, 0) < 0) return nullptr;
  DeviceObj *d = (DeviceObj *)self;
  Ref type = py_str_from_cstr(device_types[d->type]);
  Ref index = d->index < 0 ? nullptr : py_int_from_i64(d->index);
  Ref args = !type ? nullptr : index ? py_tuple_pack(2, type, index) : py_tuple_pack(1, type);
  Ref r = args ? py_tuple_pack(2, (Ref)py_type(self), args) : nullptr;
  py_xdecref(args);
  py_xdecref(index);
  py_xdecref(type);
  return r;
}

static const MethodDef device_methods[] = {
    {"__reduce__", device_reduce},
    {nullptr},
};

static const GetSetDef device_getsets[] = {
    {"type", device_get_type},
    {"index", device_get_index},
    {nullptr},
};

Type py_device_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "torch.device",
    .basicsize = sizeof(DeviceObj),
    .dealloc = device_dealloc,
    .tp_new = device_new,
    .repr = device_repr,
    .str = device_str,
    .hash = device_hash,
    .richcompare = device_richcompare,
    .methods = device_methods,
    .getsets = device_getsets,
};
