// torch.dtype: immortal objects in ScalarType order, plus PyTorch's aliases
// (torch.float is torch.float32, torch.long is torch.int64, ...).
#include "torch/dtype_obj.h"

#include "py/intobj.h"
#include "py/strobj.h"

using tensor::ScalarType;

static DTypeObj dtype_objs[] = {
#define DTYPE_OBJ(ctype, name, dtype) {PY_STATIC_HEAD(&py_dtype_type), ScalarType::name},
    TENSOR_FORALL_SCALAR_TYPES(DTYPE_OBJ)
#undef DTYPE_OBJ
};
static_assert(sizeof(dtype_objs) / sizeof(dtype_objs[0]) == tensor::kNumScalarTypes,
              "one dtype object per ScalarType");

struct DTypeAlias {
  const char *name;
  ScalarType type;
};

// Names torch exports besides the canonical ones of TENSOR_FORALL_SCALAR_TYPES.
static const DTypeAlias dtype_aliases[] = {
    {"short", ScalarType::Short}, {"int", ScalarType::Int},     {"long", ScalarType::Long},
    {"half", ScalarType::Half},   {"float", ScalarType::Float}, {"double", ScalarType::Double},
};

Ref py_dtype_of(ScalarType t) { return (Ref)&dtype_objs[(int)t]; }

static ScalarType dtype_get(Ref self) { return ((DTypeObj *)self)->scalar_type; }

int py_dtype_parse(Ref o, ScalarType *out) {
  if (py_isinstance_exact(o, &py_dtype_type)) {
    *out = dtype_get(o);
    return 0;
  }
  if (o == (Ref)&py_bool_type)
    *out = ScalarType::Bool;
  else if (o == (Ref)&py_int_type)
    *out = ScalarType::Long;
  else if (o == (Ref)&py_float_type)
    *out = ScalarType::Double;
  else {
    py_err_format(&py_TypeError_type, "dtype must be torch.dtype, not %T", o);
    return -1;
  }
  return 0;
}

static Ref dtype_repr(Ref self) { return py_str_from_cstr(tensor::dtype_name(dtype_get(self))); }

static int dtype_hash(Ref self, int64_t *out) {
  *out = (int64_t)dtype_get(self) + 1;
  return 0;
}

static Ref dtype_is_floating_point(Ref self) {
  return py_bool(tensor::is_floating(dtype_get(self)));
}

static Ref dtype_is_signed(Ref self) {
  ScalarType t = dtype_get(self);
  return py_bool(t != ScalarType::Byte && t != ScalarType::Bool);
}

static Ref dtype_is_complex(Ref self) { return py_False; }

// As PyTorch: the name in the torch module, so copies are the dtype itself.
static Ref dtype_reduce(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  if (py_check_nargs("__reduce__", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_str_from_cstr(tensor::dtype_name(dtype_get(self)) + 6); // skip "torch."
}

static const MethodDef dtype_methods[] = {
    {"__reduce__", dtype_reduce},
    {nullptr},
};

static const GetSetDef dtype_getsets[] = {
    {"is_floating_point", dtype_is_floating_point},
    {"is_signed", dtype_is_signed},
    {"is_complex", dtype_is_complex},
    {nullptr},
};

Type py_dtype_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "torch.dtype",
    .basicsize = sizeof(DTypeObj),
    .repr = dtype_repr,
    .hash = dtype_hash,
    .methods = dtype_methods,
    .getsets = dtype_getsets,
};

int py_dtype_install(Ref module) {
  if (py_type_ready(&py_dtype_type) < 0) return -1;
  if (py_module_add(module, "dtype", (Ref)&py_dtype_type) < 0) return -1;
  for (int i = 0; i < tensor::kNumScalarTypes; i++) {
    const char *name = tensor::dtype_name((ScalarType)i) + 6; // skip "torch."
    if (py_module_add(module, name, py_dtype_of((ScalarType)i)) < 0) return -1;
  }
  for (const DTypeAlias &a : dtype_aliases)
    if (py_module_add(module, a.name, py_dtype_of(a.type)) < 0) return -1;
  return 0;
}
