// The `struct` module: packing values to / from bytes by a format string.
// A format is walked item by item each call (no compiled cache); struct.Struct
// is a small Python class over the module functions.
#include <cmath>
#include <cstring>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

static Ref struct_error; // struct.error

// Takes a PyMsg (obj.h: compressed messages); the macro makes one of a literal.
static Ref(struct_err)(PyMsg fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref msg = py_str_vformat(py_msg_str(fmt), ap);
  va_end(ap);
  if (!msg) return nullptr;
  py_err_set_obj(struct_error ? (Type *)struct_error : &py_ValueError_type, msg);
  py_decref(msg);
  return nullptr;
}
#define struct_err(fmt, ...) (struct_err)(PY_MSG(fmt), ##__VA_ARGS__)

// ---------------------------------------------------------------------------
// Format parsing
// ---------------------------------------------------------------------------

struct Fmt {
  const char *p, *end;
  bool native; // '@': native sizes and alignment
  bool little; // byte order of multi-byte items
};

static bool struct_host_little() {
  uint16_t one = 1;
  return *(uint8_t *)&one == 1;
}

static int struct_fmt_init(Ref format, Fmt *f) {
  if (py_is_str(format)) {
    f->p = py_str_data(format);
    f->end = f->p + py_str_len(format);
  } else if (py_is_bytes(format)) {
    f->p = py_bytes_data(format);
    f->end = f->p + py_bytes_len(format);
  } else {
    py_err_format(&py_TypeError_type, "Struct() argument 1 must be a str or bytes object, not %s",
                  py_tname(format));
    return -1;
  }
  f->native = true;
  f->little = struct_host_little();
  if (f->p < f->end) {
    switch (*f->p) {
    case '@': f->p++; break;
    case '=': f->native = false, f->p++; break;
    case '<': f->native = false, f->little = true, f->p++; break;
    case '>':
    case '!': f->native = false, f->little = false, f->p++; break;
    }
  }
  return 0;
}

// Size and alignment of one item of `code`; -1 with struct.error for a bad char.
static int struct_code_size(const Fmt *f, char code, size_t *size, size_t *align) {
  size_t s;
  switch (code) {
  case 'x':
  case 'c':
  case 'b':
  case 'B':
  case '?':
  case 's':
  case 'p': s = 1; break;
  case 'h':
  case 'H':
  case 'e': s = 2; break;
  case 'i':
  case 'I':
  case 'f': s = 4; break;
  case 'l':
  case 'L': s = f->native ? sizeof(long) : 4; break;
  case 'q':
  case 'Q':
  case 'd': s = 8; break;
  case 'n':
  case 'N':
  case 'P':
    if (f->native) {
      s = code == 'P' ? sizeof(void *) : sizeof(size_t);
      break;
    }
    // fallthrough
  default: struct_err("bad char in struct format"); return -1;
  }
  *size = s;
  *align = f->native ? s : 1;
  return 0;
}

// Next (code, count): 1, 0 at the end, -1 on error.
static int struct_fmt_next(Fmt *f, char *code, size_t *count) {
  while (f->p < f->end && (*f->p == ' ' || (*f->p >= '\t' && *f->p <= '\r'))) f->p++;
  if (f->p >= f->end) return 0;
  size_t n = 1;
  if (*f->p >= '0' && *f->p <= '9') {
    n = 0;
    while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
      if (n > ((size_t)1 << 40)) {
        struct_err("total struct size too long");
        return -1;
      }
      n = n * 10 + (size_t)(*f->p++ - '0');
    }
    if (f->p >= f->end) {
      struct_err("repeat count given without format specifier");
      return -1;
    }
  }
  *code = *f->p++;
  *count = n;
  return 1;
}

static size_t struct_align(size_t off, size_t align) {
  return align > 1 ? (off + align - 1) / align * align : off;
}

// Total size and number of values of a format.
static int struct_measure(Ref format, size_t *size, size_t *nvalues) {
  Fmt f;
  if (struct_fmt_init(format, &f) < 0) return -1;
  size_t off = 0, nv = 0, count, s, a;
  char code;
  int r;
  while ((r = struct_fmt_next(&f, &code, &count)) > 0) {
    if (struct_code_size(&f, code, &s, &a) < 0) return -1;
    off = struct_align(off, a);
    if (code == 's' || code == 'p') {
      off += count;
      nv++;
    } else {
      off += s * count;
      if (code != 'x') nv += count;
    }
    if (off > ((size_t)1 << 48)) {
      struct_err("total struct size too long");
      return -1;
    }
  }
  if (r < 0) return -1;
  *size = off;
  *nvalues = nv;
  return 0;
}

// ---------------------------------------------------------------------------
// Item encoding
// ---------------------------------------------------------------------------

static void struct_store(uint8_t *dst, uint64_t v, size_t n, bool little) {
  for (size_t i = 0; i < n; i++) dst[little ? i : n - 1 - i] = (uint8_t)(v >> (8 * i));
}

static uint64_t struct_load(const uint8_t *src, size_t n, bool little) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) v |= (uint64_t)src[little ? i : n - 1 - i] << (8 * i);
  return v;
}

// The value of an int argument as sign + 64-bit magnitude; *big when it does not
// fit 64 bits.
static int struct_int_arg(Ref v, bool *neg, uint64_t *mag, bool *big) {
  *big = false;
  if (!py_is_int(v)) {
    if (py_is_float(v) || !py_type(v)->to_index) {
      struct_err("required argument is not an integer");
      return -1;
    }
    Ref i = py_number_index(v);
    if (!i) return -1;
    int rc = struct_int_arg(i, neg, mag, big);
    py_decref(i);
    return rc;
  }
  if (py_is_small(v)) {
    intptr_t x = py_small_value(v);
    *neg = x < 0;
    *mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    return 0;
  }
  IntObj *o = (IntObj *)v;
  int32_t nd = o->size < 0 ? -o->size : o->size;
  *neg = o->size < 0;
  *mag = 0;
  if (nd > 2)
    *big = true;
  else
    for (int32_t i = 0; i < nd; i++) *mag |= (uint64_t)o->digit[i] << (32 * i);
  return 0;
}

static const char *struct_int_name(char code) {
  switch (code) {
  case 'b': return "byte";
  case 'B': return "ubyte";
  case 'h': return "short";
  case 'H': return "ushort";
  default: return nullptr;
  }
}

// CPython converts through a C long (or unsigned long for the wide unsigned
// codes): values outside that report "argument out of range", values inside it
// but outside the item's range name the format's bounds.
static int struct_pack_int(const Fmt *f, char code, size_t size, Ref v, uint8_t *dst) {
  bool neg, big;
  uint64_t mag;
  if (struct_int_arg(v, &neg, &mag, &big) < 0) return -1;
  bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' ||
                     code == 'N' || code == 'P';
  uint64_t max = size == 8 ? (is_unsigned ? UINT64_MAX : (uint64_t)INT64_MAX)
                           : ((uint64_t)1 << (8 * size - (is_unsigned ? 0 : 1))) - 1;
  uint64_t min_mag = is_unsigned ? 0 : max + 1; // magnitude of the minimum
  bool wide_unsigned = is_unsigned && size >= 4;
  bool convertible = wide_unsigned
                         ? !neg && !big
                         : !big && (neg ? mag <= (uint64_t)1 << 63 : mag <= (uint64_t)INT64_MAX);
  if (!convertible) {
    struct_err("argument out of range");
    return -1;
  }
  if (neg ? mag > min_mag : mag > max) {
    const char *name = struct_int_name(code);
    char quoted[4] = {'\'', code, '\'', 0};
    if (is_unsigned)
      struct_err("%s format requires 0 <= number <= %llu", name ? name : quoted,
                 (unsigned long long)max);
    else
      struct_err("%s format requires %lld <= number <= %llu", name ? name : quoted,
                 -(long long)(min_mag - 1) - 1, (unsigned long long)max);
    return -1;
  }
  uint64_t bits = neg ? (uint64_t)0 - mag : mag;
  struct_store(dst, bits, size, f->little);
  return 0;
}

static Ref struct_unpack_int(const Fmt *f, char code, size_t size, const uint8_t *src) {
  uint64_t bits = struct_load(src, size, f->little);
  bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' ||
                     code == 'N' || code == 'P';
  if (is_unsigned) return py_int_from_u64(bits);
  if (size < 8 && (bits >> (8 * size - 1)) & 1) bits |= ~(uint64_t)0 << (8 * size);
  return py_int_from_i64((int64_t)bits);
}

// IEEE half precision from / to double, rounding half to even.
static int struct_double_to_half(double x, uint16_t *out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  double a = std::fabs(x);
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return 0;
  }
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return 0;
  }
  if (a == 0) {
    *out = sign;
    return 0;
  }
  int e;
  std::frexp(a, &e); // a = m * 2^e with m in [0.5, 1)
  // Scale so the integer part holds the 11 significant bits (or fewer for subnormals).
  int shift = e < -13 ? 24 : 11 - e;    // subnormal: units of 2^-24
  double scaled = std::ldexp(a, shift); // value in units of the last kept bit
  double r = std::nearbyint(scaled);    // ties to even under the default rounding mode
  if (e < -13) {
    uint32_t q = (uint32_t)r; // subnormal count of 2^-24 (may round up to normal 0x400)
    *out = sign | (uint16_t)q;
    return 0;
  }
  uint32_t q = (uint32_t)r; // 1024..2048
  int exp = e - 1;
  if (q == 2048) {
    q = 1024;
    exp++;
  }
  if (exp > 15) return -1;
  *out = sign | (uint16_t)((exp + 15) << 10) | (uint16_t)(q - 1024);
  return 0;
}

static double struct_half_to_double(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0)
    v = std::ldexp((double)mant, -24);
  else if (exp == 31)
    v = mant ? NAN : INFINITY;
  else
    v = std::ldexp((double)(mant | 0x400), exp - 25);
  return (h & 0x8000) ? -v : v;
}

static int struct_pack_float(const Fmt *f, char code, Ref v, uint8_t *dst) {
  double x;
  if (!py_is_float(v) && !py_is_int(v) && !py_type(v)->to_float && !py_type(v)->to_index) {
    struct_err("required argument is not a float");
    return -1;
  }
  if (py_number_as_double(v, &x) < 0) return -1;
  if (code == 'd') {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    struct_store(dst, bits, 8, f->little);
  } else if (code == 'f') {
    float fx = (float)x;
    if (std::isinf(fx) && !std::isinf(x)) {
      py_err_set_str(&py_OverflowError_type, "float too large to pack with f format");
      return -1;
    }
    uint32_t bits;
    memcpy(&bits, &fx, 4);
    struct_store(dst, bits, 4, f->little);
  } else {
    uint16_t h;
    if (struct_double_to_half(x, &h) < 0) {
      py_err_set_str(&py_OverflowError_type, "float too large to pack with e format");
      return -1;
    }
    struct_store(dst, h, 2, f->little);
  }
  return 0;
}

static Ref struct_unpack_float(const Fmt *f, char code, const uint8_t *src) {
  if (code == 'd') {
    uint64_t bits = struct_load(src, 8, f->little);
    double x;
    memcpy(&x, &bits, 8);
    return py_float_new(x);
  }
  if (code == 'f') {
    uint32_t bits = (uint32_t)struct_load(src, 4, f->little);
    float x;
    memcpy(&x, &bits, 4);
    return py_float_new(x);
  }
  return py_float_new(struct_half_to_double((uint16_t)struct_load(src, 2, f->little)));
}

static int struct_bytes_arg(Ref v, const char **data, size_t *len) {
  if (py_is_bytes(v)) {
    *data = py_bytes_data(v);
    *len = py_bytes_len(v);
    return 0;
  }
  if (py_isinstance_of(v, &py_bytearray_type)) {
    *data = ((ByteArrayObj *)v)->data;
    *len = ((ByteArrayObj *)v)->len;
    return 0;
  }
  return -1;
}

static int struct_pack_one(const Fmt *f, char code, size_t size, Ref v, uint8_t *dst) {
  switch (code) {
  case 'c': {
    const char *d;
    size_t n;
    if (struct_bytes_arg(v, &d, &n) < 0 || n != 1) {
      struct_err("char format requires a bytes object of length 1");
      return -1;
    }
    *dst = (uint8_t)d[0];
    return 0;
  }
  case '?': {
    int t = py_truthy(v);
    if (t < 0) return -1;
    *dst = (uint8_t)t;
    return 0;
  }
  case 'e':
  case 'f':
  case 'd': return struct_pack_float(f, code, v, dst);
  default: return struct_pack_int(f, code, size, v, dst);
  }
}

static Ref struct_unpack_one(const Fmt *f, char code, size_t size, const uint8_t *src) {
  switch (code) {
  case 'c': return py_bytes_new((const char *)src, 1);
  case '?': return py_newref(py_bool(*src != 0));
  case 'e':
  case 'f':
  case 'd': return struct_unpack_float(f, code, src);
  default: return struct_unpack_int(f, code, size, src);
  }
}

// Pack values into dst (size bytes, zeroed by the caller). 0 / -1.
static int struct_pack_to(Ref format, Ref const *values, size_t nvalues, uint8_t *dst) {
  Fmt f;
  if (struct_fmt_init(format, &f) < 0) return -1;
  size_t off = 0, vi = 0, count, s, a;
  char code;
  int r;
  while ((r = struct_fmt_next(&f, &code, &count)) > 0) {
    if (struct_code_size(&f, code, &s, &a) < 0) return -1;
    off = struct_align(off, a);
    if (code == 'x') {
      off += count;
      continue;
    }
    if (code == 's' || code == 'p') {
      const char *d;
      size_t n;
      Ref v = values[vi++];
      if (struct_bytes_arg(v, &d, &n) < 0) {
        struct_err("argument for '%c' must be a bytes object", code);
        return -1;
      }
      if (code == 's') {
        memcpy(dst + off, d, n < count ? n : count);
      } else if (count > 0) {
        size_t m = n < count - 1 ? n : count - 1;
        memcpy(dst + off + 1, d, m);
        dst[off] = (uint8_t)(m < 255 ? m : 255);
      }
      off += count;
      continue;
    }
    for (size_t k = 0; k < count; k++, off += s)
      if (struct_pack_one(&f, code, s, values[vi++], dst + off) < 0) return -1;
  }
  return r < 0 ? -1 : 0;
}

static Ref struct_unpack_at(Ref format, size_t nvalues, const uint8_t *src) {
  Fmt f;
  if (struct_fmt_init(format, &f) < 0) return nullptr;
  Ref t = py_tuple_new(nvalues);
  if (!t) return nullptr;
  Ref *items = py_tuple_items(t);
  for (size_t i = 0; i < nvalues; i++) items[i] = py_None;
  size_t off = 0, vi = 0, count, s, a;
  char code;
  while (struct_fmt_next(&f, &code, &count) > 0) {
    struct_code_size(&f, code, &s, &a); // validated by struct_measure
    off = struct_align(off, a);
    if (code == 'x') {
      off += count;
      continue;
    }
    if (code == 's' || code == 'p') {
      size_t n = count, start = off;
      if (code == 'p') {
        n = count ? src[off] : 0;
        if (n >= count) n = count ? count - 1 : 0;
        start++;
      }
      Ref v = py_bytes_new((const char *)src + start, n);
      if (!v) goto fail;
      items[vi++] = v;
      off += count;
      continue;
    }
    for (size_t k = 0; k < count; k++, off += s) {
      Ref v = struct_unpack_one(&f, code, s, src + off);
      if (!v) goto fail;
      items[vi++] = v;
    }
  }
  return t;
fail:
  py_decref(t);
  return nullptr;
}

// ---------------------------------------------------------------------------
// Module functions
// ---------------------------------------------------------------------------

static Ref struct_calcsize(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t size, nv;
  if (struct_measure(args[0], &size, &nv) < 0) return nullptr;
  return py_int_from_u64(size);
}

static Ref struct_pack(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t size, nv;
  if (struct_measure(args[0], &size, &nv) < 0) return nullptr;
  if (nargs - 1 != nv)
    return struct_err("pack expected %zu items for packing (got %zu)", nv, nargs - 1);
  uint8_t *buf = (uint8_t *)py_malloc(size ? size : 1);
  if (!buf) return nullptr;
  memset(buf, 0, size);
  Ref r = struct_pack_to(args[0], args + 1, nv, buf) < 0 ? nullptr
                                                         : py_bytes_new((const char *)buf, size);
  py_free(buf, size ? size : 1);
  return r;
}

static Ref struct_pack_into(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t size, nv;
  if (struct_measure(args[0], &size, &nv) < 0) return nullptr;
  if (nargs - 3 != nv)
    return struct_err("pack_into expected %zu items for packing (got %zu)", nv, nargs - 3);
  if (!py_isinstance_of(args[1], &py_bytearray_type))
    return py_err_format(&py_TypeError_type,
                         "argument must be read-write bytes-like object, not %s",
                         py_tname(args[1]));
  ByteArrayObj *ba = (ByteArrayObj *)args[1];
  int64_t off;
  if (py_index_i64(args[2], &off) < 0) return nullptr;
  int64_t blen = (int64_t)ba->len;
  if (off < 0) {
    if (off + (int64_t)size > 0)
      return struct_err("no space to pack %zu bytes at offset %lld", size, (long long)off);
    if (off + blen < 0)
      return struct_err("offset %lld out of range for %lld-byte buffer", (long long)off,
                        (long long)blen);
    off += blen;
  }
  if (blen - off < (int64_t)size)
    return struct_err("pack_into requires a buffer of at least %lld bytes for packing %zu bytes "
                      "at offset %lld (actual buffer size is %lld)",
                      (long long)(size + off), size, (long long)off, (long long)blen);
  uint8_t *buf = (uint8_t *)py_malloc(size ? size : 1);
  if (!buf) return nullptr;
  memset(buf, 0, size);
  int rc = struct_pack_to(args[0], args + 3, nv, buf);
  if (rc == 0) memcpy(ba->data + off, buf, size);
  py_free(buf, size ? size : 1);
  return rc < 0 ? nullptr : py_none_new();
}

static Ref struct_unpack(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t size, nv;
  if (struct_measure(args[0], &size, &nv) < 0) return nullptr;
  const char *data;
  size_t len;
  if (struct_bytes_arg(args[1], &data, &len) < 0)
    return py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'",
                         py_tname(args[1]));
  if (len != size) return struct_err("unpack requires a buffer of %zu bytes", size);
  return struct_unpack_at(args[0], nv, (const uint8_t *)data);
}

static Ref struct_unpack_from(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"format", "buffer", "offset"};
  static const ArgSpec spec = {"unpack_from", names, 3, 2, 1, 3};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  size_t size, nv;
  if (struct_measure(a[0], &size, &nv) < 0) return nullptr;
  const char *data;
  size_t len;
  if (struct_bytes_arg(a[1], &data, &len) < 0)
    return py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'",
                         py_tname(a[1]));
  int64_t off = 0;
  if (a[2] && py_index_i64(a[2], &off) < 0) return nullptr;
  int64_t blen = (int64_t)len;
  if (off < 0) {
    if (off + blen < 0)
      return struct_err("offset %lld out of range for %lld-byte buffer", (long long)off,
                        (long long)blen);
    off += blen;
  }
  if (blen - off < (int64_t)size)
    return struct_err("unpack_from requires a buffer of at least %lld bytes for unpacking %zu "
                      "bytes at offset %lld (actual buffer size is %lld)",
                      (long long)(size + off), size, (long long)off, (long long)blen);
  return struct_unpack_at(a[0], nv, (const uint8_t *)data + off);
}

static Ref struct_iter_unpack(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  size_t size, nv;
  if (struct_measure(args[0], &size, &nv) < 0) return nullptr;
  const char *data;
  size_t len;
  if (struct_bytes_arg(args[1], &data, &len) < 0)
    return py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'",
                         py_tname(args[1]));
  if (size == 0) return struct_err("cannot iteratively unpack with a struct of length 0");
  if (len % size != 0)
    return struct_err("iterative unpacking requires a buffer of a multiple of %zu bytes", size);
  Ref list = py_list_new(0);
  if (!list) return nullptr;
  for (size_t off = 0; off < len; off += size) {
    Ref t = struct_unpack_at(args[0], nv, (const uint8_t *)data + off);
    int rc = t ? py_list_append(list, t) : -1;
    py_xdecref(t);
    if (rc < 0) {
      py_decref(list);
      return nullptr;
    }
  }
  Ref it = py_iter(list);
  py_decref(list);
  return it;
}

static const MethodDef struct_functions[] = {
    {"calcsize", struct_calcsize, METH_ARGS(1, 1)},
    {"pack", struct_pack, METH_ARGS(1, METH_MANY)},
    {"pack_into", struct_pack_into, METH_ARGS(3, METH_MANY)},
    {"unpack", struct_unpack, METH_ARGS(2, 2)},
    {"unpack_from", struct_unpack_from},
    {"iter_unpack", struct_iter_unpack, METH_ARGS(2, 2)},
    {nullptr},
};

int py_init_module_struct(Ref module) {
  if (py_module_add_functions(module, struct_functions, "_struct") < 0) return -1;
  if (py_exec_frozen_in(module, "struct") < 0) return -1; // lib/py/struct.py
  Ref d = py_module_dict(module);
  if (!struct_error) {
    struct_error = py_dict_get_str(d, "error");
    if (!struct_error) return -1;
    py_incref(struct_error); // kept for the process lifetime
  }
  return 0;
}
