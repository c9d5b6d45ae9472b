// The `gc` module: cycle collector control and heap figures (MicroPython's
// mem_alloc / mem_free).
#include "py/containers.h"
#include "py/intobj.h"

static Ref gc_collect(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"generation"};
  static const ArgSpec spec = {"collect", names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  return py_int_from_u64(py_gc_collect());
}

static Ref gc_enable(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  py_gc_enable(true);
  return py_none_new();
}

static Ref gc_disable(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  py_gc_enable(false);
  return py_none_new();
}

static Ref gc_isenabled(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_bool(py_gc_enabled());
}

static Ref gc_mem_alloc(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_u64(py_heap_used());
}

static Ref gc_mem_free(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t used = py_heap_used(), limit = py_heap_limit();
  return py_int_from_u64(limit > used ? limit - used : 0);
}

// The collector has no generations; report CPython's default figures.
static Ref gc_get_threshold(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_tuple_pack(3, py_small_new(700), py_small_new(10), py_small_new(10));
}

static Ref gc_set_threshold(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_none_new();
}

static Ref gc_get_count(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_tuple_pack(3, py_small_new(0), py_small_new(0), py_small_new(0));
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable, METH_ARGS(0, 0)},
    {"disable", gc_disable, METH_ARGS(0, 0)},
    {"isenabled", gc_isenabled, METH_ARGS(0, 0)},
    {"mem_alloc", gc_mem_alloc, METH_ARGS(0, 0)},
    {"mem_free", gc_mem_free, METH_ARGS(0, 0)},
    {"get_threshold", gc_get_threshold, METH_ARGS(0, 0)},
    {"set_threshold", gc_set_threshold, METH_ARGS(1, 3)},
    {"get_count", gc_get_count, METH_ARGS(0, 0)},
    {nullptr},
};

int py_init_module_gc(Ref module) { return py_module_add_functions(module, gc_functions); }
