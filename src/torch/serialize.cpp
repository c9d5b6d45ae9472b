// torch.load / torch.save for PyTorch 1.13's format: a zip archive holding
// <archive>/data.pkl (the pickled object, protocol 2, tensors as calls of
// torch._utils._rebuild_tensor_v2 on persistent-id storages) and
// <archive>/data/<key> (each storage's raw little-endian bytes), plus
// <archive>/version. Storages are read straight into tensor memory, so loading
// needs about the file's size, not twice it.
#include "torch/serialize.h"

#include <cstdio>

#include "py/containers.h"
#include "py/exc.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/io.h"
#include "torch/pickle.h"
#include "torch/tensor_obj.h"
#include "torch/zip.h"

static Ref torch_module; // _torch, for torch.Size and the dtypes
static Ref rebuild_tensor_fn, rebuild_parameter_fn;

static const char kWeightsOnly[] =
    "Weights only load failed. upytorch loads only tensors and plain data, like "
    "torch.load(weights_only=True). WeightsUnpickler error: ";

// ---------------------------------------------------------------------------
// Opening files

// Fill s for reading or writing f (a path or a binary file object). 0 / -1.
static int ser_open(Ref f, bool write, ZipStream *s) {
  memset(s, 0, sizeof *s);
  s->fd = -1;
  if (!py_is_str(f)) {
    s->file = f;
    return 0;
  }
#if UPY_ENABLE_FS
  int flags = write ? HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC : HAL_O_READ;
  int fd = py_hal_open(py_str_data(f), flags);
  if (fd < 0) {
    py_io_oserror(-fd, f, nullptr);
    return -1;
  }
  s->fd = fd;
  return 0;
#else
  py_err_set_str(&py_TypeError_type, "this build has no file system: pass a file object");
  return -1;
#endif
}

static void ser_close(ZipStream *s) {
#if UPY_ENABLE_FS
  if (s->fd >= 0) py_hal_close(s->fd);
#endif
  s->fd = -1;
}

// ---------------------------------------------------------------------------
// Storage types: torch.FloatStorage etc. stand for their dtype.

static bool ser_storage_dtype(const char *name, size_t len, tensor::ScalarType *out) {
  for (int i = 0; i < tensor::kNumScalarTypes; i++) {
    const char *base = tensor::scalar_type_name((tensor::ScalarType)i);
    size_t n = strlen(base);
    if (len == n + 7 && memcmp(name, base, n) == 0 && memcmp(name + n, "Storage", 7) == 0) {
      *out = (tensor::ScalarType)i;
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Rebuilding tensors

static int ser_int_arg(Ref v, const char *what, int64_t *out) {
  if (!py_is_int(v) || py_is_bool(v)) {
    py_err_format(&py_RuntimeError_type, "%s must be an int, got %s", what, py_tname(v));
    return -1;
  }
  if (py_int_as_i64(v, out) < 0) return -1;
  if (*out >= 0 && *out < ((int64_t)1 << 48)) return 0;
  py_err_format(&py_RuntimeError_type, "%s out of range: %lld", what, (long long)*out);
  return -1;
}

// A tuple of ints (sizes or strides) into out[kMaxDims]. Returns its length or -1.
static int ser_int_tuple(Ref t, const char *what, int64_t *out) {
  if (!py_is_tuple(t) || py_tuple_len(t) > (size_t)tensor::kMaxDims) {
    py_err_format(&py_RuntimeError_type, "%s must be a tuple of at most %d ints", what,
                  tensor::kMaxDims);
    return -1;
  }
  for (size_t i = 0; i < py_tuple_len(t); i++)
    if (ser_int_arg(py_tuple_items(t)[i], what, &out[i]) < 0) return -1;
  return (int)py_tuple_len(t);
}

// The view must stay inside the storage (checked without overflow: every
// factor is below 2^48).
static int ser_check_bounds(const tensor::Tensor &base, int64_t offset, const int64_t *size,
                            const int64_t *stride, int n) {
  __int128 end = offset;
  bool empty = false;
  for (int i = 0; i < n; i++) {
    empty = empty || size[i] == 0;
    if (size[i] > 0) end += (__int128)(size[i] - 1) * stride[i];
  }
  if (empty || end < base.numel()) return 0;
  py_err_format(&py_RuntimeError_type,
                "tensor view out of bounds: offset %lld with these sizes/strides needs more "
                "than the storage's %lld elements",
                (long long)offset, (long long)base.numel());
  return -1;
}

static void ser_set_requires_grad(Ref t, Ref flag) {
  ((TensorObj *)t)->requires_grad = flag == py_True;
}

// _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad,
// backward_hooks[, metadata]); also _rebuild_tensor (the first four).
static Ref ser_rebuild_tensor(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("_rebuild_tensor_v2", nargs, kwnames, 4, 7) < 0) return nullptr;
  if (!py_is_tensor(args[0]))
    return py_err_format(&py_RuntimeError_type, "_rebuild_tensor_v2 expects a storage, got %s",
                         py_tname(args[0]));
  int64_t offset, size[tensor::kMaxDims], stride[tensor::kMaxDims];
  if (ser_int_arg(args[1], "storage_offset", &offset) < 0) return nullptr;
  int n = ser_int_tuple(args[2], "size", size);
  int ns = n < 0 ? -1 : ser_int_tuple(args[3], "stride", stride);
  if (ns < 0) return nullptr;
  if (n != ns)
    return py_err_set_str(&py_RuntimeError_type, "mismatch in length of strides and shape");
  const tensor::Tensor &base = py_tensor_get(args[0]);
  if (ser_check_bounds(base, offset, size, stride, n) < 0) return nullptr;
  tensor::Tensor t = tensor::as_strided(base, tensor::IntArrayRef(size, n),
                                        tensor::IntArrayRef(stride, n), offset);
  if (!t) return py_tensor_raise();
  Ref r = py_tensor_wrap(t);
  if (r && nargs > 4) ser_set_requires_grad(r, args[4]);
  return r;
}

// _rebuild_parameter(data, requires_grad, backward_hooks): an nn.Parameter
// (torch.nn is imported for it), else the tensor when torch.nn is not built in.
static Ref ser_rebuild_parameter(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("_rebuild_parameter", nargs, kwnames, 2, 3) < 0) return nullptr;
  if (!py_is_tensor(args[0]))
    return py_err_format(&py_RuntimeError_type, "_rebuild_parameter expects a tensor, got %s",
                         py_tname(args[0]));
  Ref nn = py_import_str("torch.nn");
  Ref param_cls = nn ? py_getattr_str(nn, "Parameter") : nullptr;
  py_xdecref(nn);
  if (!param_cls) py_err_clear();
  if (param_cls) {
    Ref r = py_call(param_cls, args, 2, nullptr);
    py_decref(param_cls);
    return r;
  }
  ser_set_requires_grad(args[0], args[1]);
  return py_newref(args[0]);
}

static const MethodDef rebuild_defs[] = {
    {"_rebuild_tensor_v2", ser_rebuild_tensor},
    {"_rebuild_parameter", ser_rebuild_parameter},
};

// ---------------------------------------------------------------------------
// Loading

struct LoadCtx {
  ZipReader *zip;
  const char *prefix; // archive folder, with its '/'
  size_t prefix_len;
  Ref storages;      // dict: key -> 1-D tensor over the whole storage
  bool any_location; // map_location given: every storage goes to the CPU
};

static Ref ser_find_torch(const char *name, size_t len) {
  static const char *const allowed[] = {"Size",  "float16", "float32", "float64",
                                        "int8",  "int16",   "int32",   "int64",
                                        "uint8", "bool",    "bfloat16"};
  for (const char *a : allowed) {
    if (strlen(a) != len || memcmp(a, name, len) != 0) continue;
    Ref r = torch_module ? py_getattr_str(torch_module, a) : nullptr;
    if (!r && len == 4 && memcmp(name, "Size", 4) == 0) {
      py_err_clear();
      return py_newref((Ref)&py_tuple_type);
    }
    return r;
  }
  tensor::ScalarType dt;
  if (ser_storage_dtype(name, len, &dt)) return py_str_new(name, len);
  return nullptr;
}

static Ref ser_find_class(void *ctx, const char *module, size_t mlen, const char *name,
                          size_t nlen) {
  auto is = [](const char *s, size_t n, const char *lit) {
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
  };
  if (is(module, mlen, "collections") && is(name, nlen, "OrderedDict")) {
    Ref coll = py_import_str("collections");
    Ref r = coll ? py_getattr_str(coll, "OrderedDict") : nullptr;
    py_xdecref(coll);
    return r;
  }
  if (is(module, mlen, "torch._utils")) {
    if (is(name, nlen, "_rebuild_tensor_v2") || is(name, nlen, "_rebuild_tensor"))
      return py_newref(rebuild_tensor_fn);
    if (is(name, nlen, "_rebuild_parameter")) return py_newref(rebuild_parameter_fn);
  }
  if (is(module, mlen, "torch")) {
    Ref r = ser_find_torch(name, nlen);
    if (r || py_err_occurred()) return r;
  }
  return py_err_format(pickle_unpickling_error(), "%sUnsupported class %.*s.%.*s", kWeightsOnly,
                       (int)mlen, module, (int)nlen, name);
}

// The bytes of record `name` (relative to the archive folder), or nullptr (no
// error) when missing.
static const ZipEntry *ser_record(LoadCtx *c, const char *name, size_t len) {
  char buf[256];
  if (c->prefix_len + len > sizeof buf) return nullptr;
  memcpy(buf, c->prefix, c->prefix_len);
  memcpy(buf + c->prefix_len, name, len);
  return zip_reader_find(c->zip, buf, c->prefix_len + len);
}

static Ref ser_read_storage(LoadCtx *c, Ref key, tensor::ScalarType dtype, int64_t numel) {
  char name[128];
  int n = snprintf(name, sizeof name, "data/%s", py_str_data(key));
  const ZipEntry *e = n > 0 && n < (int)sizeof name ? ser_record(c, name, (size_t)n) : nullptr;
  if (!e)
    return py_err_format(&py_RuntimeError_type,
                         "PytorchStreamReader failed locating file data/%s: file not found",
                         py_str_data(key));
  size_t esize = tensor::element_size(dtype);
  if (e->size / esize != (uint64_t)numel || e->size % esize != 0)
    return py_err_format(&py_RuntimeError_type,
                         "storage data/%s holds %llu bytes, expected %lld elements of %zu bytes",
                         py_str_data(key), (unsigned long long)e->size, (long long)numel, esize);
  uint64_t off;
  if (zip_reader_data_offset(c->zip, e, &off) < 0) return nullptr;
  int64_t sizes[1] = {numel};
  tensor::Tensor t = tensor::empty(tensor::IntArrayRef(sizes, 1), dtype);
  if (!t) return py_tensor_raise();
  if (zip_stream_read_at(c->zip->stream, off, t.data_ptr(), (size_t)e->size) < 0) return nullptr;
  return py_tensor_wrap(t);
}

static bool ser_is_cpu(Ref location) {
  return py_is_str(location) && strncmp(py_str_data(location), "cpu", 3) == 0;
}

// ('storage', storage_type, key, location, numel) -> the storage as a 1-D tensor.
static Ref ser_persistent_load(void *ctx, Ref pid) {
  LoadCtx *c = (LoadCtx *)ctx;
  Ref *it = py_is_tuple(pid) ? py_tuple_items(pid) : nullptr;
  tensor::ScalarType dtype;
  if (!it || py_tuple_len(pid) != 5 || !py_is_str(it[0]) || !py_str_equal_cstr(it[0], "storage") ||
      !py_is_str(it[1]) || !ser_storage_dtype(py_str_data(it[1]), py_str_len(it[1]), &dtype) ||
      !py_is_str(it[2]) || !py_is_str(it[3]))
    return py_err_format(pickle_unpickling_error(),
                         "%sOnly persistent_load of storage is allowed, but got %R", kWeightsOnly,
                         pid);
  if (!c->any_location && !ser_is_cpu(it[3]))
    return py_err_set_str(
        &py_RuntimeError_type,
        "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is "
        "False. If you are running on a CPU-only machine, please use torch.load with "
        "map_location=torch.device('cpu') to map your storages to the CPU.");
  int64_t numel;
  if (ser_int_arg(it[4], "storage size", &numel) < 0) return nullptr;
  Ref known = py_dict_get(c->storages, it[2]);
  if (known) {
    if (py_tensor_get(known).dtype() == dtype) return py_newref(known);
    return py_err_format(&py_RuntimeError_type, "storage %R is used with two dtypes", it[2]);
  }
  Ref t = ser_read_storage(c, it[2], dtype, numel);
  if (t && py_dict_set(c->storages, it[2], t) < 0) py_clear(&t);
  return t;
}

// map_location: None, 'cpu', torch.device('cpu'), a dict or a callable (all
// storages go to the CPU, the only device). 1 given, 0 None, -1 error.
static int ser_map_location(Ref m) {
  if (!m || m == py_None) return 0;
  if (py_is_dict(m) || (py_callable(m) && !py_is_str(m))) return 1;
  Ref s = py_is_str(m) ? py_newref(m) : py_getattr_str(m, "type");
  if (!s) return -1;
  bool cpu = py_is_str(s) && py_str_equal_cstr(s, "cpu");
  if (!cpu) py_err_format(&py_RuntimeError_type, "map_location %R: upytorch only has the CPU", m);
  py_decref(s);
  return cpu ? 1 : -1;
}

// Archive folder: the first entry's name up to its '/'.
static int ser_find_prefix(LoadCtx *c) {
  const ZipReader *z = c->zip;
  const char *slash =
      z->count ? (const char *)memchr(z->names, '/', z->entries[0].name_len) : nullptr;
  if (!slash) {
    py_err_set_str(&py_RuntimeError_type,
                   "PytorchStreamReader failed reading zip archive: no archive folder");
    return -1;
  }
  c->prefix = z->names + z->entries[0].name_off;
  c->prefix_len = (size_t)(slash - c->prefix) + 1;
  return 0;
}

static int ser_check_records(LoadCtx *c) {
  if (ser_record(c, "constants.pkl", 13)) {
    py_err_set_str(&py_RuntimeError_type, "TorchScript archives are not supported by torch.load");
    return -1;
  }
  const ZipEntry *e = ser_record(c, "byteorder", 9);
  char order[8] = {0};
  if (!e) return 0;
  if (e->size >= sizeof order) {
    py_err_set_str(&py_RuntimeError_type, "invalid byteorder record");
    return -1;
  }
  if (zip_reader_read(c->zip, e, order) < 0) return -1;
  if (strcmp(order, "little") == 0) return 0;
  py_err_format(&py_RuntimeError_type, "byteorder '%s' is not supported", order);
  return -1;
}

static Ref ser_unpickle(LoadCtx *c) {
  const ZipEntry *e = ser_record(c, "data.pkl", 8);
  if (!e)
    return py_err_set_str(&py_RuntimeError_type,
                          "PytorchStreamReader failed locating file data.pkl: file not found");
  uint64_t off;
  if (zip_reader_data_offset(c->zip, e, &off) < 0) return nullptr;
  size_t n = (size_t)e->size;
  char *buf = (char *)py_malloc(n ? n : 1);
  if (!buf) return nullptr;
  Ref r = nullptr;
  if (zip_stream_read_at(c->zip->stream, off, buf, n) == 0) {
    UnpickleHooks hooks = {c, ser_find_class, ser_persistent_load};
    r = pickle_load(buf, n, &hooks);
  }
  py_free(buf, n ? n : 1);
  return r;
}

// Not a zip: say why like PyTorch's legacy-format path would.
static Ref ser_not_zip(const uint8_t *magic, uint64_t size) {
  if (size == 0) return py_err_set_str(&py_EOFError_type, "Ran out of input");
  if (magic[0] == 0x80)
    return py_err_set_str(&py_RuntimeError_type,
                          "the legacy (pre-1.6) torch.save format is not supported; re-save "
                          "the file with a newer PyTorch");
  if (magic[0] >= 0x20 && magic[0] < 0x7f)
    return py_err_format(pickle_unpickling_error(), "invalid load key, '%c'.", magic[0]);
  return py_err_format(pickle_unpickling_error(), "invalid load key, '\\x%02x'.", magic[0]);
}

static Ref ser_load_stream(ZipStream *s, bool any_location) {
  uint8_t magic[4] = {0};
  if (zip_stream_measure(s) < 0) return nullptr;
  if (zip_stream_read_at(s, 0, magic, s->size < 4 ? (size_t)s->size : 4) < 0) return nullptr;
  if (s->size < 4 || memcmp(magic, "PK\3\4", 4) != 0) return ser_not_zip(magic, s->size);
  ZipReader zip;
  LoadCtx c = {&zip, nullptr, 0, nullptr, any_location};
  Ref r = nullptr;
  if (zip_reader_open(&zip, s) == 0 && ser_find_prefix(&c) == 0 && ser_check_records(&c) == 0 &&
      (c.storages = py_dict_new()))
    r = ser_unpickle(&c);
  py_xdecref(c.storages);
  zip_reader_close(&zip);
  return r;
}

static Ref ser_load(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"f", "map_location", "pickle_module", "weights_only",
                                      "encoding"};
  static const ArgSpec spec = {"load", names, 5, 1, 0, 3};
  Ref a[5];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int any_location = ser_map_location(a[1]);
  if (any_location < 0) return nullptr;
  ZipStream s;
  if (ser_open(a[0], false, &s) < 0) return nullptr;
  Ref r = ser_load_stream(&s, any_location == 1);
  ser_close(&s);
  return r;
}

// ---------------------------------------------------------------------------
// Saving

struct SaveCtx {
  Ref keys;    // dict: id(Storage) -> key (str)
  Ref tensors; // list: one tensor per storage, in key order
};

// Key of t's storage ("0", "1", ...), registering it on first sight. Borrowed.
static Ref ser_storage_key(SaveCtx *c, Ref tobj) {
  const tensor::Tensor &t = py_tensor_get(tobj);
  Ref id = py_int_from_u64((uintptr_t)t.storage());
  if (!id) return nullptr;
  Ref key = py_dict_get(c->keys, id);
  if (!key) {
    Ref k = py_str_format("%zu", (size_t)py_list_len(c->tensors));
    int rc = k ? py_dict_set(c->keys, id, k) : -1;
    if (rc == 0) rc = py_list_append(c->tensors, tobj);
    py_xdecref(k);
    key = rc == 0 ? k : nullptr; // the dict keeps it alive
  }
  py_decref(id);
  return key;
}

// A tuple of ints: TUPLE1..3 for short ones, MARK ... TUPLE otherwise.
static int ser_save_sizes(Pickler *p, tensor::IntArrayRef v) {
  if (v.size == 0) {
    pickler_op(p, PICKLE_EMPTY_TUPLE);
    return 0;
  }
  if (v.size > 3) pickler_op(p, PICKLE_MARK);
  for (size_t i = 0; i < v.size; i++)
    if (pickler_save(p, py_small_new((intptr_t)v[i])) < 0) return -1;
  pickler_op(p, v.size > 3 ? (uint8_t)PICKLE_TUPLE : (uint8_t)(PICKLE_TUPLE1 + v.size - 1));
  return 0;
}

// _rebuild_tensor_v2(('storage', <T>Storage, key, 'cpu', numel), offset, size,
// stride, requires_grad, OrderedDict()), as PyTorch 1.13 writes it.
static int ser_save_tensor(Pickler *p, Ref tobj, bool requires_grad) {
  SaveCtx *c = (SaveCtx *)p->ctx;
  const tensor::Tensor &t = py_tensor_get(tobj);
  Ref key = ser_storage_key(c, tobj);
  if (!key) return -1;
  char storage_type[32];
  snprintf(storage_type, sizeof storage_type, "%sStorage", tensor::scalar_type_name(t.dtype()));
  Ref storage_str = py_str_from_cstr("storage"), cpu = py_str_from_cstr("cpu");
  int rc = storage_str && cpu ? 0 : -1;
  pickler_global(p, "torch._utils", "_rebuild_tensor_v2");
  pickler_op(p, PICKLE_MARK);
  pickler_op(p, PICKLE_MARK);
  if (rc == 0) rc = pickler_save(p, storage_str);
  pickler_global(p, "torch", storage_type);
  if (rc == 0) rc = pickler_save(p, key);
  if (rc == 0) rc = pickler_save(p, cpu);
  Ref numel = py_int_from_u64(t.storage()->nbytes / t.element_size());
  if (rc == 0) rc = numel ? pickler_save(p, numel) : -1;
  py_xdecref(numel);
  py_xdecref(storage_str);
  py_xdecref(cpu);
  pickler_op(p, PICKLE_TUPLE);
  pickler_op(p, PICKLE_BINPERSID);
  if (rc == 0) rc = pickler_save(p, py_small_new((intptr_t)t.storage_offset()));
  if (rc == 0) rc = ser_save_sizes(p, t.sizes());
  if (rc == 0) rc = ser_save_sizes(p, t.strides());
  if (rc == 0) rc = pickler_save(p, py_bool(requires_grad));
  pickler_global(p, "collections", "OrderedDict");
  pickler_op(p, PICKLE_EMPTY_TUPLE);
  pickler_op(p, PICKLE_REDUCE);
  pickler_op(p, PICKLE_TUPLE);
  pickler_op(p, PICKLE_REDUCE);
  return rc;
}

// nn.Parameter: _rebuild_parameter(data, requires_grad, OrderedDict()).
static int ser_save_parameter(Pickler *p, Ref tobj) {
  bool rg = ((TensorObj *)tobj)->requires_grad;
  pickler_global(p, "torch._utils", "_rebuild_parameter");
  pickler_op(p, PICKLE_MARK);
  if (ser_save_tensor(p, tobj, false) < 0) return -1;
  pickler_save(p, py_bool(rg));
  pickler_global(p, "collections", "OrderedDict");
  pickler_op(p, PICKLE_EMPTY_TUPLE);
  pickler_op(p, PICKLE_REDUCE);
  pickler_op(p, PICKLE_TUPLE);
  pickler_op(p, PICKLE_REDUCE);
  return 0;
}

static int ser_save_hook(Pickler *p, Ref obj) {
  if (!py_is_tensor(obj)) return 0;
  int rc = strcmp(py_tname(obj), "Parameter") == 0
               ? ser_save_parameter(p, obj)
               : ser_save_tensor(p, obj, ((TensorObj *)obj)->requires_grad);
  return rc < 0 ? -1 : 1;
}

// Archive folder: the file name without folders and extension, as PyTorch.
static void ser_archive_name(Ref f, char *out, size_t cap) {
  snprintf(out, cap, "archive");
  if (!py_is_str(f)) return;
  const char *s = py_str_data(f), *slash = strrchr(s, '/');
  const char *base = slash ? slash + 1 : s;
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  if (n == 0 || n >= cap) return;
  memcpy(out, base, n);
  out[n] = 0;
}

static int ser_write_storages(ZipWriter *w, SaveCtx *c) {
  for (size_t i = 0; i < py_list_len(c->tensors); i++) {
    const tensor::Tensor &t = py_tensor_get(py_list_items(c->tensors)[i]);
    char name[32];
    snprintf(name, sizeof name, "data/%zu", i);
    if (zip_writer_add(w, name, t.storage()->data, t.storage()->nbytes) < 0) return -1;
  }
  return 0;
}

static int ser_write_zip(ZipStream *s, const char *archive, Pickler *p, SaveCtx *c) {
  ZipWriter w;
  zip_writer_init(&w, s, archive);
  int rc = zip_writer_add(&w, "data.pkl", p->out.data, p->out.len);
  if (rc == 0) rc = zip_writer_add(&w, "byteorder", "little", 6);
  if (rc == 0) rc = ser_write_storages(&w, c);
  if (rc == 0) rc = zip_writer_add(&w, "version", "3\n", 2);
  if (rc == 0) rc = zip_writer_finish(&w);
  zip_writer_free(&w);
  return rc;
}

static Ref ser_save(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"obj", "f", "pickle_module", "pickle_protocol",
                                      "_use_new_zipfile_serialization"};
  static const ArgSpec spec = {"save", names, 5, 2, 0, 5};
  Ref a[5];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  SaveCtx c = {py_dict_new(), py_list_new(0)};
  Pickler p;
  int rc = c.keys && c.tensors ? pickler_init(&p, ser_save_hook, &c) : -1;
  if (rc == 0) rc = pickler_dump(&p, a[0]);
  char archive[128];
  ser_archive_name(a[1], archive, sizeof archive);
  ZipStream s;
  if (rc == 0) rc = ser_open(a[1], true, &s);
  if (rc == 0) {
    rc = ser_write_zip(&s, archive, &p, &c);
    ser_close(&s);
  }
  if (c.keys && c.tensors) pickler_free(&p);
  py_xdecref(c.keys);
  py_xdecref(c.tensors);
  return rc < 0 ? nullptr : py_none_new();
}

// ---------------------------------------------------------------------------

static const MethodDef serialize_functions[] = {
    {"load", ser_load, 0, "load(f, map_location=None): read a file written by torch.save"},
    {"save", ser_save, 0, "save(obj, f): write obj in PyTorch's format"},
    {nullptr},
};

int py_serialize_install(Ref module) {
  if (!rebuild_tensor_fn) rebuild_tensor_fn = py_cfunc_new(&rebuild_defs[0], nullptr);
  if (!rebuild_parameter_fn) rebuild_parameter_fn = py_cfunc_new(&rebuild_defs[1], nullptr);
  if (!rebuild_tensor_fn || !rebuild_parameter_fn) return -1;
  if (!torch_module) torch_module = py_newref(module);
  if (pickle_install_errors(module) < 0) return -1;
  return py_module_add_functions(module, serialize_functions);
}
