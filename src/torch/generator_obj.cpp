// torch.Generator: manual_seed / seed / initial_seed / get_state / set_state / device, over
// a tensor::Generator (random.h). A Generator() owns its engine, allocated after the object
// header; torch.default_generator is a static object over tensor::default_generator().
#include "torch/generator_obj.h"

#include <cstring>
#include <new>

#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "torch/device_obj.h"
#include "torch/tensor_obj.h"

struct GeneratorObj {
  Obj ob;
  tensor::Generator *gen; // the engine after this header, or the default one
};
static_assert(sizeof(GeneratorObj) % alignof(tensor::Generator) == 0, "engine alignment");

static GeneratorObj default_generator_obj = {PY_STATIC_HEAD(&py_torch_generator_type),
                                             &tensor::default_generator()};

tensor::Generator *py_generator_get(Ref o) {
  if (!py_isinstance_of(o, &py_torch_generator_type)) return nullptr;
  return ((GeneratorObj *)o)->gen;
}

static tensor::Generator &gen_of(Ref self) { return *((GeneratorObj *)self)->gen; }

// A 64-bit seed from the clocks (PyTorch reads /dev/urandom; the MCU has no such file).
static uint64_t generator_fresh_seed() {
  static uint64_t counter;
  uint64_t z = (uint64_t)py_hal_time_ns() ^ ((uint64_t)py_hal_monotonic_ns() << 17) ^
               (++counter * 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull; // splitmix64's finaliser
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// ---------------------------------------------------------------------------
// Construction

static Ref generator_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"device"};
  static const ArgSpec spec = {"Generator", names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (a[0] && a[0] != py_None) {
    bool cpu = py_is_str(a[0])
                   ? strncmp(py_str_data(a[0]), "cpu", 3) == 0
                   : py_isinstance_exact(a[0], &py_device_type) && py_device_check(a[0]) == 0;
    if (py_err_occurred()) py_err_clear();
    if (!cpu)
      return py_err_set_str(&py_RuntimeError_type,
                            "Device type CUDA is not supported for torch.Generator() api.");
  }
  size_t size = sizeof(GeneratorObj) + sizeof(tensor::Generator);
  GeneratorObj *g = (GeneratorObj *)py_obj_alloc(type, size);
  if (!g) return nullptr;
  g->gen = new ((char *)g + sizeof(GeneratorObj)) tensor::Generator();
  return (Ref)g;
}

static void generator_dealloc(Ref self) {
  py_obj_free(self, sizeof(GeneratorObj) + sizeof(tensor::Generator));
}

// ---------------------------------------------------------------------------
// Methods

// An int seed as PyTorch unpacks it: [0, 2^64) as is, [-2^63, 0) as its two's complement.
static int generator_seed_arg(Ref v, uint64_t *out) {
  int64_t i;
  if (py_int_as_i64(v, &i) == 0) {
    *out = (uint64_t)i;
    return 0;
  }
  py_err_clear();
  if (py_int_sign(v) > 0 && py_int_bit_length(v) <= 64) {
    Ref half = py_int_from_u64(1ull << 63);
    Ref low = half ? py_int_binop(v, half, BINOP_SUB) : nullptr;
    py_xdecref(half);
    if (!low) return -1;
    int r = py_int_as_i64(low, &i);
    py_decref(low);
    if (r < 0) return -1;
    *out = (uint64_t)i + (1ull << 63);
    return 0;
  }
  py_err_set_str(&py_RuntimeError_type, "Overflow when unpacking long");
  return -1;
}

static Ref generator_manual_seed(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("manual_seed", nargs, kwnames, 1, 1) < 0) return nullptr;
  if (!py_is_int(args[0]) || py_is_bool(args[0]))
    return py_err_format(&py_RuntimeError_type, "manual_seed expected a long, but got %s",
                         py_tname(args[0]));
  uint64_t seed;
  if (generator_seed_arg(args[0], &seed) < 0) return nullptr;
  gen_of(self).manual_seed(seed);
  return py_newref(self);
}

static Ref generator_seed(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("seed", nargs, kwnames, 0, 0) < 0) return nullptr;
  uint64_t s = generator_fresh_seed();
  gen_of(self).manual_seed(s);
  return py_int_from_u64(s);
}

static Ref generator_initial_seed(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("initial_seed", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_int_from_u64(gen_of(self).initial_seed());
}

static Ref generator_get_state(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("get_state", nargs, kwnames, 0, 0) < 0) return nullptr;
  int64_t n = (int64_t)tensor::Generator::kStateBytes;
  tensor::Tensor t = tensor::empty(tensor::IntArrayRef(&n, 1), tensor::ScalarType::Byte);
  if (!t) return py_tensor_raise();
  gen_of(self).get_state(t.data<uint8_t>());
  return py_tensor_wrap(t);
}

// PyTorch also takes the 5048-byte state of older releases (no float normal cache).
static constexpr size_t kLegacyStateBytes = tensor::Generator::kStateBytes - 8;

static Ref generator_set_state(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("set_state", nargs, kwnames, 1, 1) < 0) return nullptr;
  if (!py_is_tensor(args[0]))
    return py_err_format(&py_TypeError_type, "expected a torch.ByteTensor, but got %s",
                         py_tname(args[0]));
  const tensor::Tensor &t = py_tensor_get(args[0]);
  if (t.dtype() != tensor::ScalarType::Byte)
    return py_err_set_str(&py_TypeError_type, "RNG state must be a torch.ByteTensor");
  size_t n = (size_t)t.numel();
  if (n != tensor::Generator::kStateBytes && n != kLegacyStateBytes)
    return py_err_format(&py_RuntimeError_type,
                         "Expected either a CPUGeneratorImplStateLegacy of size %d or a "
                         "CPUGeneratorImplState of size %d but found the input RNG state size to "
                         "be %d",
                         (int)kLegacyStateBytes, (int)tensor::Generator::kStateBytes, (int)n);
  tensor::Tensor c = tensor::contiguous(t);
  if (!c) return py_tensor_raise();
  uint8_t buf[tensor::Generator::kStateBytes] = {0};
  memcpy(buf, c.data_ptr(), n);
  if (!gen_of(self).set_state(buf, sizeof buf))
    return py_err_set_str(&py_RuntimeError_type, "Invalid mt19937 state");
  return py_newref(self);
}

static Ref generator_get_device(Ref) { return py_newref(py_device_cpu()); }

static const MethodDef generator_methods[] = {
    {"manual_seed", generator_manual_seed},   {"seed", generator_seed},
    {"initial_seed", generator_initial_seed}, {"get_state", generator_get_state},
    {"set_state", generator_set_state},       {nullptr},
};

static const GetSetDef generator_getsets[] = {
    {"device", generator_get_device},
    {nullptr},
};

Type py_torch_generator_type = {
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "torch._C.Generator",
    .basicsize = sizeof(GeneratorObj),
    .dealloc = generator_dealloc,
    .tp_new = generator_new,
    .methods = generator_methods,
    .getsets = generator_getsets,
};

int py_generator_install(Ref module) {
  tensor::default_generator().manual_seed(generator_fresh_seed());
  if (py_type_ready(&py_torch_generator_type) < 0) return -1;
  if (py_module_add(module, "Generator", (Ref)&py_torch_generator_type) < 0) return -1;
  return py_module_add(module, "default_generator", (Ref)&default_generator_obj);
}
