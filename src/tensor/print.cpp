// Tensor printing, following torch/_tensor_str.py (PyTorch 1.13). See print.h.
#include "tensor/print.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

namespace tensor {

namespace {

// ORDER PRINTDTYPE
const char *const kDTypeNames[] = {
    "torch.uint8",   "torch.int8",    "torch.int16",   "torch.int32", "torch.int64",
    "torch.float16", "torch.float32", "torch.float64", "torch.bool",  "torch.bfloat16",
};
static_assert(sizeof(kDTypeNames) / sizeof(kDTypeNames[0]) == kPrintDTypeCount,
              "kDTypeNames must list every PrintDType");

// Element sizes in bytes. ORDER PRINTDTYPE
const uint8_t kDTypeSizes[] = {1, 1, 2, 4, 8, 2, 4, 8, 1, 2};
static_assert(sizeof(kDTypeSizes) == kPrintDTypeCount, "kDTypeSizes must list every PrintDType");

bool is_floating(PrintDType d) {
  return d == PrintDType::float16 || d == PrintDType::float32 || d == PrintDType::float64 ||
         d == PrintDType::bfloat16;
}

float half_to_float(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint32_t man = h & 0x3ffu;
  uint32_t bits;
  if (exp == 0x1f) {
    bits = sign | 0x7f800000u | (man << 13); // inf / nan
  } else if (exp != 0) {
    bits = sign | ((exp + 112) << 23) | (man << 13);
  } else if (man == 0) {
    bits = sign; // +-0
  } else {
    // Subnormal half: renormalise into a float32 normal.
    exp = 113;
    while ((man & 0x400u) == 0) {
      man <<= 1;
      --exp;
    }
    bits = sign | (exp << 23) | ((man & 0x3ffu) << 13);
  }
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

float bfloat16_to_float(uint16_t b) {
  uint32_t bits = (uint32_t)b << 16;
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

// Note [Printing goes through double]: PyTorch formats the Python float of each
// element (float16/bfloat16 are first converted to float32), so every value
// is widened to double exactly and formatted from there.
double load_float(PrintDType d, const char *p) {
  switch (d) {
  case PrintDType::float16: {
    uint16_t h;
    memcpy(&h, p, 2);
    return half_to_float(h);
  }
  case PrintDType::bfloat16: {
    uint16_t h;
    memcpy(&h, p, 2);
    return bfloat16_to_float(h);
  }
  case PrintDType::float32: {
    float f;
    memcpy(&f, p, 4);
    return f;
  }
  default: {
    double v;
    memcpy(&v, p, 8);
    return v;
  }
  }
}

int64_t load_int(PrintDType d, const char *p) {
  switch (d) {
  case PrintDType::uint8: return (uint8_t)*p;
  case PrintDType::int8: return (int8_t)*p;
  case PrintDType::bool_: return *p != 0;
  case PrintDType::int16: {
    int16_t v;
    memcpy(&v, p, 2);
    return v;
  }
  case PrintDType::int32: {
    int32_t v;
    memcpy(&v, p, 4);
    return v;
  }
  default: {
    int64_t v;
    memcpy(&v, p, 8);
    return v;
  }
  }
}

// Longest number text: "%.*f" of DBL_MAX is 309 digits + sign + point + precision.
constexpr int kNumBuf = 312 + kMaxPrintPrecision + 8;

// Python's '{}'.format(int). Returns the length.
int format_int(char *buf, int64_t v) {
  char tmp[24];
  int n = 0;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  do {
    tmp[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  int len = 0;
  if (v < 0) buf[len++] = '-';
  while (n > 0) buf[len++] = tmp[--n];
  buf[len] = '\0';
  return len;
}

// Python's '{:.<prec><conv>}'.format(float), conv 'e' or 'f'. glibc's printf
// rounds the exact binary value like Python does (so does newlib's dtoa); nan
// loses its sign in Python.
int format_float(char *buf, double v, char conv, int prec) {
  if (isnan(v)) {
    memcpy(buf, "nan", 4);
    return 3;
  }
  int n = conv == 'e' ? snprintf(buf, kNumBuf, "%.*e", prec, v)
                      : snprintf(buf, kNumBuf, "%.*f", prec, v);
  return n < 0 ? 0 : (n >= kNumBuf ? kNumBuf - 1 : n);
}

// Everything one format_tensor call needs.
struct Printer {
  const PrintView &t;
  const PrintOptions &opts;
  const PrintSink &sink;
  int64_t elem_size;
  bool summarize = false;
  bool ok = true;
  int64_t col = 0; // characters since the last newline

  // _Formatter state.
  bool floating;
  bool int_mode = true;
  bool sci_mode = false;
  int max_width = 1;

  Printer(const PrintView &t_, const PrintOptions &o, const PrintSink &s)
      : t(t_), opts(o), sink(s), elem_size(kDTypeSizes[(int)t_.dtype]),
        floating(is_floating(t_.dtype)) {}

  void put(const char *s, size_t n) {
    if (!ok || n == 0) return;
    ok = sink.write(sink.ctx, s, n);
    for (size_t i = 0; i < n; ++i) col = s[i] == '\n' ? 0 : col + 1;
  }
  void put(const char *s) { put(s, strlen(s)); }
  void spaces(int64_t n) {
    static const char kSpaces[] = "                                ";
    while (n > 0) {
      size_t k = n > 32 ? 32 : (size_t)n;
      put(kSpaces, k);
      n -= (int64_t)k;
    }
  }

  // Note [Summarised index ranges]: with numel > threshold each dim whose size
  // exceeds 2 * edgeitems shows only indices [0, e) and [tail, size). The last
  // dim slices as self[-e:] (all of it when e == 0); outer dims use
  // range(size - e, size). The formatter statistics use exactly these elements.
  bool cut(int dim) const { return summarize && t.sizes[dim] > 2 * (int64_t)opts.edgeitems; }
  int64_t head(int dim) const { return cut(dim) ? opts.edgeitems : t.sizes[dim]; }
  int64_t tail(int dim) const {
    if (!cut(dim)) return t.sizes[dim];
    if (dim == t.ndim - 1 && opts.edgeitems == 0) return 0;
    return t.sizes[dim] - opts.edgeitems;
  }

  // Calls f(p) for each printed element, p pointing at its bytes.
  template <class F> void visit(int dim, const char *p, F &f) const {
    if (dim == t.ndim) {
      f(p);
      return;
    }
    int64_t step = t.strides[dim] * elem_size;
    for (int64_t i = 0; i < head(dim); ++i) visit(dim + 1, p + i * step, f);
    for (int64_t i = tail(dim); i < t.sizes[dim]; ++i) visit(dim + 1, p + i * step, f);
  }

  void widen(int len) {
    if (len > max_width) max_width = len;
  }

  void init_int_formatter() {
    auto f = [this](const char *p) {
      if (t.dtype == PrintDType::bool_) {
        widen(load_int(t.dtype, p) ? 4 : 5);
      } else {
        char buf[24];
        widen(format_int(buf, load_int(t.dtype, p)));
      }
    };
    visit(0, (const char *)t.data, f);
  }

  void init_float_formatter() {
    // Pass 1: range and integrality of the nonzero finite values.
    double lo = 0, hi = 0;
    bool any = false;
    auto stats = [&](const char *p) {
      double v = load_float(t.dtype, p);
      if (!isfinite(v) || v == 0) return;
      double a = fabs(v);
      if (!any || a < lo) lo = a;
      if (!any || a > hi) hi = a;
      any = true;
      if (v != ceil(v)) int_mode = false;
    };
    visit(0, (const char *)t.data, stats);
    if (!any) return; // PyTorch returns before applying opts.sci_mode here
    bool sci = hi / lo > 1000.0 || hi > 1.0e8 || (!int_mode && lo < 1.0e-4);
    sci_mode = sci;
    // Pass 2: the width of the chosen notation.
    auto widths = [&](const char *p) {
      double v = load_float(t.dtype, p);
      if (!isfinite(v) || v == 0) return;
      char buf[kNumBuf];
      if (sci)
        widen(format_float(buf, v, 'e', opts.precision));
      else if (int_mode)
        widen(format_float(buf, v, 'f', 0) + 1);
      else
        widen(format_float(buf, v, 'f', opts.precision));
    };
    visit(0, (const char *)t.data, widths);
    if (opts.sci_mode >= 0) sci_mode = opts.sci_mode != 0;
  }

  // _Formatter.format: one element, right-aligned to max_width.
  void element(const char *p) {
    char buf[kNumBuf];
    int n;
    if (!floating) {
      int64_t v = load_int(t.dtype, p);
      if (t.dtype == PrintDType::bool_) {
        n = v ? 4 : 5;
        memcpy(buf, v ? "True" : "False", (size_t)n);
      } else {
        n = format_int(buf, v);
      }
    } else {
      double v = load_float(t.dtype, p);
      if (sci_mode) {
        n = format_float(buf, v, 'e', opts.precision);
      } else if (int_mode) {
        n = format_float(buf, v, 'f', 0);
        if (isfinite(v)) buf[n++] = '.';
      } else {
        n = format_float(buf, v, 'f', opts.precision);
      }
    }
    spaces(max_width - n);
    put(buf, (size_t)n);
  }

  // _vector_str: items (elements and the " ..." marker) packed per line.
  void vector(const char *p, int64_t indent) {
    // max(1, floor((linewidth - indent) / element_length)), floor as Python's.
    int64_t room = opts.linewidth - indent, elem = max_width + 2;
    int64_t per_line = room / elem - (room % elem != 0 && room < 0 ? 1 : 0);
    if (per_line < 1) per_line = 1;
    int64_t step = t.strides[t.ndim - 1] * elem_size;
    int64_t item = 0;
    auto sep = [&]() {
      if (item > 0) {
        if (item % per_line == 0) {
          put(",\n");
          spaces(indent + 1);
        } else {
          put(", ");
        }
      }
      ++item;
    };
    int dim = t.ndim - 1;
    put("[");
    for (int64_t i = 0; i < head(dim); ++i) {
      sep();
      element(p + i * step);
    }
    if (cut(dim)) {
      sep();
      put(" ...");
      for (int64_t i = tail(dim); i < t.sizes[dim]; ++i) {
        sep();
        element(p + i * step);
      }
    }
    put("]");
  }

  // _tensor_str_with_formatter.
  void body(int dim, const char *p, int64_t indent) {
    int rest = t.ndim - dim;
    if (rest == 0) return element(p);
    if (rest == 1) return vector(p, indent);
    int64_t step = t.strides[dim] * elem_size;
    bool first = true;
    auto sep = [&]() {
      if (!first) {
        put(",");
        for (int i = 1; i < rest; ++i) put("\n");
        spaces(indent + 1);
      }
      first = false;
    };
    put("[");
    for (int64_t i = 0; i < head(dim); ++i) {
      sep();
      body(dim + 1, p + i * step, indent + 1);
    }
    if (cut(dim)) {
      sep();
      put("...");
      for (int64_t i = tail(dim); i < t.sizes[dim]; ++i) {
        sep();
        body(dim + 1, p + i * step, indent + 1);
      }
    }
    put("]");
  }

  // _add_suffixes: a suffix goes on a new line when the current one would
  // exceed linewidth. PyTorch's "current line" length is col + 2.
  void suffix_start(int64_t len, int64_t &last_line_len) {
    if (last_line_len + len + 2 > opts.linewidth) {
      put(",\n");
      spaces(kIndent);
      last_line_len = kIndent + len;
    } else {
      put(", ");
      last_line_len += len + 2;
    }
  }

  void suffix(const char *s, int64_t &last_line_len) {
    suffix_start((int64_t)strlen(s), last_line_len);
    put(s);
  }

  // "size=(0, 3)" as str(tuple(shape)) prints it.
  void size_suffix(int64_t &last_line_len) {
    char buf[24];
    int64_t len = 7; // "size=(" + ")"
    for (int d = 0; d < t.ndim; ++d) len += format_int(buf, t.sizes[d]) + (d > 0 ? 2 : 0);
    if (t.ndim == 1) len += 1;
    suffix_start(len, last_line_len);
    put("size=(");
    for (int d = 0; d < t.ndim; ++d) {
      if (d > 0) put(", ");
      put(buf, (size_t)format_int(buf, t.sizes[d]));
    }
    put(t.ndim == 1 ? ",)" : ")");
  }

  void dtype_suffix(int64_t &last_line_len) {
    const char *name = kDTypeNames[(int)t.dtype];
    suffix_start(6 + (int64_t)strlen(name), last_line_len);
    put("dtype=");
    put(name);
  }

  static constexpr int64_t kIndent = 7; // strlen("tensor(")

  void print() {
    int64_t numel = 1;
    for (int d = 0; d < t.ndim; ++d) numel *= t.sizes[d];
    put("tensor(");
    if (numel == 0) {
      put("[]");
    } else {
      summarize = (double)numel > opts.threshold;
      if (floating)
        init_float_formatter();
      else
        init_int_formatter();
      body(0, (const char *)t.data, kIndent);
    }
    int64_t last_line_len = col + 2;
    if (numel == 0) {
      if (t.ndim != 1) size_suffix(last_line_len);
      if (t.dtype != t.default_dtype) dtype_suffix(last_line_len);
    } else if (t.dtype != t.default_dtype && t.dtype != PrintDType::int64 &&
               t.dtype != PrintDType::bool_) {
      dtype_suffix(last_line_len);
    }
    if (t.requires_grad) suffix("requires_grad=True", last_line_len);
    put(")");
  }
};

} // namespace

const char *print_dtype_name(PrintDType d) { return kDTypeNames[(int)d]; }

void apply_print_profile(PrintOptions &opts, PrintProfile profile) {
  opts.precision = profile == PrintProfile::short_ ? 2 : 4;
  opts.threshold = profile == PrintProfile::full ? HUGE_VAL : 1000;
  opts.edgeitems = profile == PrintProfile::short_ ? 2 : 3;
  opts.linewidth = 80;
}

bool print_profile_from_name(const char *name, PrintProfile *out) {
  static const char *const kNames[] = {"default", "short", "full"}; // ORDER PrintProfile
  for (int i = 0; i < 3; ++i) {
    if (strcmp(name, kNames[i]) == 0) {
      *out = (PrintProfile)i;
      return true;
    }
  }
  return false;
}

PrintOptions &print_options() {
  static PrintOptions opts;
  return opts;
}

bool format_tensor(const PrintView &t, const PrintOptions &opts, const PrintSink &sink) {
  if (opts.precision < 0 || opts.precision > kMaxPrintPrecision) return false;
  Printer printer(t, opts, sink);
  printer.print();
  return printer.ok;
}

} // namespace tensor
