// Text formatting: the format() protocol, str format specs, str.format /
// format_map, and printf-style `%` formatting of str.
#include <cstdio>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

static Ref fmt_empty() { return py_str_intern_n("", 0); }

// ---------------------------------------------------------------------------
// format() protocol
// ---------------------------------------------------------------------------

Ref py_format(Ref value, Ref spec) {
  if (!spec) spec = fmt_empty();
  if (!spec) return nullptr;
  Type *t = py_type(value);
  if (t == &py_str_type) return py_str_format_spec(value, spec);
  if (t == &py_int_type) return py_int_format(value, spec);
  if (t == &py_float_type) return py_float_format(value, spec);
  Ref name = py_str_intern("__format__");
  if (!name) return nullptr;
  Ref meth = py_type_lookup(t, name);
  if (!meth) {
    return py_err_format(&py_TypeError_type, "Type %s doesn't define __format__", py_type_name(t));
  }
  Ref argv[2] = {value, spec};
  Ref r = py_call(meth, argv, 2, nullptr);
  if (r && !py_is_str(r)) {
    py_err_format(&py_TypeError_type, "__format__ must return a str, not %s", py_tname(r));
    py_decref(r);
    return nullptr;
  }
  return r;
}

// ---------------------------------------------------------------------------
// Format spec mini-language (the str flavour)
// ---------------------------------------------------------------------------

struct FormatSpec {
  uint32_t fill;
  char align; // 0 = default
  char sign;  // 0, '+', '-', ' '
  bool no_neg_zero, alt, fill_given;
  int64_t width, prec; // -1 = absent
  char grouping;       // 0, ',', '_'
  uint32_t type;       // 0 = absent
};

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads decimal digits at s[*i]: 0 none, 1 read, -1 error (too many digits).
static int spec_number(const char *s, size_t len, size_t *i, int64_t *out) {
  if (*i >= len || s[*i] < '0' || s[*i] > '9') return 0;
  int64_t v = 0;
  for (; *i < len && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
    int d = s[*i] - '0';
    if (v > (INT64_MAX - d) / 10) {
      py_err_set_str(&py_ValueError_type, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + d;
  }
  *out = v;
  return 1;
}

// Parses `spec`; `default_type` is used when none is given.
static int spec_parse(Ref spec, FormatSpec *f, uint32_t default_type, const char *tname) {
  const char *s = py_str_data(spec);
  size_t len = py_str_len(spec), i = 0;
  *f = FormatSpec{' ', 0, 0, false, false, false, -1, -1, 0, 0};
  if (len) {
    size_t n0;
    uint32_t c0 = py_utf8_decode(s, &n0);
    if (n0 < len && is_align(s[n0])) {
      f->fill = c0;
      f->fill_given = true;
      f->align = s[n0];
      i = n0 + 1;
    } else if (is_align(s[0])) {
      f->align = s[0];
      i = 1;
    }
  }
  if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
  if (i < len && s[i] == 'z') {
    f->no_neg_zero = true;
    i++;
  }
  if (i < len && s[i] == '#') {
    f->alt = true;
    i++;
  }
  if (!f->fill_given && i < len && s[i] == '0') {
    f->fill = '0'; // numbers would also default to '=' alignment; text keeps '<'
    i++;
  }
  if (spec_number(s, len, &i, &f->width) < 0) return -1;
  if (i < len && (s[i] == ',' || s[i] == '_')) {
    f->grouping = s[i++];
    if (i < len && (s[i] == ',' || s[i] == '_')) {
      if (s[i] == f->grouping) {
        py_err_format(&py_ValueError_type, "Cannot specify '%c' with '%c'.", s[i], s[i]);
      } else {
        py_err_set_str(&py_ValueError_type, "Cannot specify both ',' and '_'.");
      }
      return -1;
    }
  }
  if (i < len && s[i] == '.') {
    i++;
    int r = spec_number(s, len, &i, &f->prec);
    if (r < 0) return -1;
    if (r == 0) {
      py_err_set_str(&py_ValueError_type, "Format specifier missing precision");
      return -1;
    }
  }
  if (i < len) {
    size_t n;
    uint32_t c = py_utf8_decode(s + i, &n);
    if (i + n < len) {
      py_err_format(&py_ValueError_type, "Invalid format specifier '%U' for object of type '%s'",
                    spec, tname);
      return -1;
    }
    f->type = c;
  } else
    f->type = default_type;
  if (f->grouping) {
    uint32_t t = f->type;
    bool ok = t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' || t == '%' ||
              t == 'F' || t == 0 ||
              (f->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
    if (!ok) {
      if (t < 0x80) {
        py_err_format(&py_ValueError_type, "Cannot specify '%c' with '%c'.", f->grouping, (int)t);
      } else {
        py_err_format(&py_ValueError_type, "Cannot specify '%c' with '\\x%x'.", f->grouping,
                      (unsigned)t);
      }
      return -1;
    }
  }
  return 0;
}

Ref py_str_format_spec(Ref s, Ref spec) {
  // format(s, '') is str(s): a subclass's __str__ counts.
  if (py_str_len(spec) == 0) return py_type(s) == &py_str_type ? py_newref(s) : py_str(s);
  FormatSpec f;
  if (spec_parse(spec, &f, 's', "str") < 0) return nullptr;
  if (f.type != 's') {
    if (f.type > 32 && f.type < 127) {
      return py_err_format(&py_ValueError_type, "Unknown format code '%c' for object of type 'str'",
                           (int)f.type);
    }
    return py_err_format(&py_ValueError_type,
                         "Unknown format code '\\x%x' for object of type 'str'", (unsigned)f.type);
  }
  if (f.sign)
    return py_err_set_str(&py_ValueError_type, "Sign not allowed in string format specifier");
  if (f.no_neg_zero) {
    return py_err_set_str(&py_ValueError_type,
                          "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alt) {
    return py_err_set_str(&py_ValueError_type,
                          "Alternate form (#) not allowed in string format specifier");
  }
  if (f.align == '=') {
    return py_err_set_str(&py_ValueError_type,
                          "'=' alignment not allowed in string format specifier");
  }
  const char *d = py_str_data(s);
  size_t len = py_str_len(s), n = py_str_nchars(s);
  if (f.prec >= 0 && (uint64_t)f.prec < n) {
    size_t off = 0;
    for (int64_t k = 0; k < f.prec; k++) {
      size_t cl;
      py_utf8_decode(d + off, &cl);
      off += cl;
    }
    len = off;
    n = (size_t)f.prec;
  }
  StrBuf b;
  py_strbuf_init(&b);
  size_t width = f.width > 0 ? (size_t)f.width : 0;
  char fill[4];
  py_strbuf_add_padded(&b, d, len, n, width, f.align ? f.align : '<', fill,
                       py_utf8_encode(f.fill, fill));
  return py_strbuf_finish(&b);
}

// ---------------------------------------------------------------------------
// str.format / str.format_map
// ---------------------------------------------------------------------------

struct FmtCtx {
  Ref const *args; // nullptr for format_map
  size_t nargs;
  Ref kw;        // mapping or nullptr
  int numbering; // 0 undecided, 1 automatic, 2 manual
  size_t next_auto;
};

static Ref(fmt_value_error)(PyMsg msg) {
  return (py_err_set_str)(&py_ValueError_type, py_msg_str(msg));
}
#define fmt_value_error(msg) (fmt_value_error)(PY_MSG(msg))

static bool all_digits(const char *s, size_t n) {
  if (!n) return false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Parses a run of digits known to be all digits; -1 on overflow (error set).
static int fmt_index(const char *s, size_t n, size_t *out) {
  size_t v = 0;
  for (size_t i = 0; i < n; i++) {
    size_t d = (size_t)(s[i] - '0');
    if (v > (((size_t)1 << (sizeof(size_t) * 8 - 2)) - d) / 10) {
      fmt_value_error("Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + d;
  }
  *out = v;
  return 0;
}

// The object named by the first part of a field name (before '.' / '[').
static Ref fmt_lookup_first(FmtCtx *c, const char *s, size_t n) {
  size_t idx;
  if (n == 0) {
    if (c->numbering == 2) {
      return fmt_value_error(
          "cannot switch from manual field specification to automatic field numbering");
    }
    c->numbering = 1;
    idx = c->next_auto++;
  } else if (all_digits(s, n)) {
    if (fmt_index(s, n, &idx) < 0) return nullptr;
    if (c->numbering == 1) {
      return fmt_value_error(
          "cannot switch from automatic field numbering to manual field specification");
    }
    c->numbering = 2;
  } else {
    Ref key = py_str_new(s, n);
    if (!key) return nullptr;
    Ref v = nullptr;
    if (!c->kw)
      py_err_set_obj(&py_KeyError_type, key);
    else if (py_is_dict(c->kw) && py_type(c->kw) == &py_dict_type) {
      v = py_xnewref(py_dict_get(c->kw, key));
      if (!v && !py_err_occurred()) py_err_set_obj(&py_KeyError_type, key);
    } else
      v = py_getitem(c->kw, key);
    py_decref(key);
    return v;
  }
  if (!c->args) return fmt_value_error("Format string contains positional fields");
  if (idx >= c->nargs) {
    return py_err_format(&py_IndexError_type,
                         "Replacement index %zu out of range for positional args tuple", idx);
  }
  return py_newref(c->args[idx]);
}

// Resolves a whole field name such as "0.attr[key]".
static Ref fmt_get_field(FmtCtx *c, const char *s, size_t n) {
  size_t p = 0;
  while (p < n && s[p] != '.' && s[p] != '[') p++;
  Ref obj = fmt_lookup_first(c, s, p);
  while (obj && p < n) {
    Ref next;
    if (s[p] == '.') {
      size_t b = ++p;
      while (p < n && s[p] != '.' && s[p] != '[') p++;
      if (p == b) {
        py_decref(obj);
        return fmt_value_error("Empty attribute in format string");
      }
      Ref name = py_str_new(s + b, p - b);
      next = name ? py_getattr(obj, name) : nullptr;
      py_xdecref(name);
    } else if (s[p] == '[') {
      size_t b = ++p;
      while (p < n && s[p] != ']') p++;
      if (p >= n) {
        py_decref(obj);
        return fmt_value_error("Missing ']' in format string");
      }
      if (p == b) {
        py_decref(obj);
        return fmt_value_error("Empty attribute in format string");
      }
      Ref key;
      size_t idx;
      if (all_digits(s + b, p - b)) {
        if (fmt_index(s + b, p - b, &idx) < 0) {
          py_decref(obj);
          return nullptr;
        }
        key = py_int_from_u64(idx);
      } else
        key = py_str_new(s + b, p - b);
      next = key ? py_getitem(obj, key) : nullptr;
      py_xdecref(key);
      p++;
      if (p < n && s[p] != '.' && s[p] != '[') {
        py_decref(obj);
        py_xdecref(next);
        return fmt_value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      py_decref(obj);
      return fmt_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    py_decref(obj);
    obj = next;
  }
  return obj;
}

static int fmt_build(StrBuf *out, const char *s, size_t len, FmtCtx *c, int depth);

// Formats one replacement field and appends it.
static int fmt_field(StrBuf *out, FmtCtx *c, const char *name, size_t name_n, uint32_t conv,
                     const char *spec, size_t spec_n, bool nested, int depth) {
  Ref obj = fmt_get_field(c, name, name_n);
  if (!obj) return -1;
  if (conv) {
    Ref conv_obj;
    if (conv == 'r')
      conv_obj = py_repr(obj);
    else if (conv == 's')
      conv_obj = py_str(obj);
    else if (conv == 'a')
      conv_obj = py_ascii(obj);
    else {
      py_decref(obj);
      if (conv > 32 && conv < 127) {
        py_err_format(&py_ValueError_type, "Unknown conversion specifier %c", (int)conv);
      } else {
        py_err_format(&py_ValueError_type, "Unknown conversion specifier \\x%x", (unsigned)conv);
      }
      return -1;
    }
    py_decref(obj);
    if (!conv_obj) return -1;
    obj = conv_obj;
  }
  Ref spec_obj;
  if (nested) {
    StrBuf sb;
    py_strbuf_init(&sb);
    if (fmt_build(&sb, spec, spec_n, c, depth - 1) < 0) {
      py_strbuf_free(&sb);
      py_decref(obj);
      return -1;
    }
    spec_obj = py_strbuf_finish(&sb);
  } else
    spec_obj = py_str_new(spec, spec_n);
  Ref r = spec_obj ? py_format(obj, spec_obj) : nullptr;
  py_xdecref(spec_obj);
  py_decref(obj);
  if (!r) return -1;
  py_strbuf_add(out, py_str_data(r), py_str_len(r));
  py_decref(r);
  return out->failed ? -1 : 0;
}

static int fmt_build(StrBuf *out, const char *s, size_t len, FmtCtx *c, int depth) {
  if (depth <= 0) {
    fmt_value_error("Max string recursion exceeded");
    return -1;
  }
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && s[j] != '{' && s[j] != '}') j++;
    py_strbuf_add(out, s + i, j - i);
    if (j >= len) break;
    if (s[j] == '}') {
      if (j + 1 < len && s[j + 1] == '}') {
        py_strbuf_addc(out, '}');
        i = j + 2;
        continue;
      }
      fmt_value_error("Single '}' encountered in format string");
      return -1;
    }
    if (j + 1 < len && s[j + 1] == '{') {
      py_strbuf_addc(out, '{');
      i = j + 2;
      continue;
    }
    if (j + 1 >= len) {
      fmt_value_error("Single '{' encountered in format string");
      return -1;
    }
    // Field name: up to '}', ':' or '!'; "[...]" may contain anything but ']'.
    size_t k = j + 1, name_b = k;
    while (k < len) {
      char d = s[k];
      if (d == '[') {
        while (k < len && s[k] != ']') k++;
        continue;
      }
      if (d == '{') {
        fmt_value_error("unexpected '{' in field name");
        return -1;
      }
      if (d == '}' || d == ':' || d == '!') break;
      k++;
    }
    if (k >= len) {
      fmt_value_error("expected '}' before end of string");
      return -1;
    }
    size_t name_e = k;
    uint32_t conv = 0;
    if (s[k] == '!') {
      if (++k >= len) {
        fmt_value_error("end of string while looking for conversion specifier");
        return -1;
      }
      size_t cn;
      conv = py_utf8_decode(s + k, &cn);
      k += cn;
      if (k >= len) {
        fmt_value_error("unmatched '{' in format spec");
        return -1;
      }
      if (s[k] != ':' && s[k] != '}') {
        fmt_value_error("expected ':' after conversion specifier");
        return -1;
      }
    }
    size_t spec_b = k, spec_e = k;
    bool nested = false;
    if (s[k] == ':') {
      spec_b = ++k;
      int count = 1;
      for (; k < len; k++) {
        if (s[k] == '{') {
          count++;
          nested = true;
        } else if (s[k] == '}' && --count == 0)
          break;
      }
      if (k >= len) {
        fmt_value_error("unmatched '{' in format spec");
        return -1;
      }
      spec_e = k;
    }
    if (fmt_field(out, c, s + name_b, name_e - name_b, conv, s + spec_b, spec_e - spec_b, nested,
                  depth) < 0) {
      return -1;
    }
    i = k + 1;
  }
  return out->failed ? -1 : 0;
}

static Ref fmt_run(Ref fmt, FmtCtx *c) {
  StrBuf b;
  py_strbuf_init(&b);
  if (fmt_build(&b, py_str_data(fmt), py_str_len(fmt), c, 2) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

Ref py_str_format_mapping(Ref fmt, Ref const *args, size_t nargs, Ref mapping) {
  FmtCtx c = {args, nargs, mapping, 0, 0};
  return fmt_run(fmt, &c);
}

Ref py_str_format_method(Ref fmt, Ref const *args, size_t nargs, Ref kwnames) {
  static Ref const no_args[1] = {nullptr};
  Ref kw = nullptr;
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (nkw) {
    kw = py_dict_new();
    if (!kw) return nullptr;
    for (size_t i = 0; i < nkw; i++) {
      if (py_dict_set(kw, py_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
        py_decref(kw);
        return nullptr;
      }
    }
  }
  FmtCtx c = {args ? args : no_args, nargs, kw, 0, 0};
  Ref r = fmt_run(fmt, &c);
  py_xdecref(kw);
  return r;
}

// ---------------------------------------------------------------------------
// printf-style formatting: fmt % args
// ---------------------------------------------------------------------------

struct PctSpec {
  bool left, plus, space, alt, zero;
  int64_t width, prec; // prec -1 = absent
};

static void pct_pad(StrBuf *b, const char *s, size_t len, size_t nchars, const PctSpec &f) {
  size_t w = f.width > 0 ? (size_t)f.width : 0;
  py_strbuf_add_padded(b, s, len, nchars, w, f.left ? '<' : '>', " ", 1);
}

// Integer conversion of a %d / %x / %o argument (new ref), with CPython's errors.
static Ref pct_to_int(Ref v, char conv) {
  if (py_is_int(v)) return py_newref(v);
  Type *t = py_type(v);
  if (t->to_index) return py_number_index(v);
  bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
  if (decimal && py_is_float(v)) return py_int_from_double(py_float_value(v));
  if (decimal && t->to_int) {
    Ref r = t->to_int(v);
    if (r && !py_is_int(r)) {
      py_err_format(&py_TypeError_type, "__int__ returned non-int (type %s)", py_tname(r));
      py_decref(r);
      return nullptr;
    }
    return r;
  }
  if (decimal) {
    return py_err_format(&py_TypeError_type, "%%%c format: a real number is required, not %s", conv,
                         py_tname(v));
  }
  return py_err_format(&py_TypeError_type, "%%%c format: an integer is required, not %s", conv,
                       py_tname(v));
}

static int pct_int(StrBuf *b, Ref v, char conv, const PctSpec &f) {
  Ref iv = pct_to_int(v, conv);
  if (!iv) return -1;
  int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
  char local[24];
  const char *d;
  Ref text = nullptr;
  if (base == 10 && py_is_small(iv)) { // the common case needs no str
    d = py_int_small_decimal(py_small_value(iv), local + sizeof local);
  } else {
    text = py_int_to_str_base(iv, base);
    py_decref(iv);
    if (!text) return -1;
    d = py_str_data(text);
  }
  size_t n = text ? py_str_len(text) : (size_t)(local + sizeof local - d);
  bool neg = n && d[0] == '-';
  if (neg) d++, n--;
  if (base != 10 && n >= 2 && d[0] == '0' &&
      (d[1] == 'x' || d[1] == 'o' || d[1] == 'X' || d[1] == 'O')) {
    d += 2;
    n -= 2;
  }
  char head[4];
  size_t hn = 0;
  if (neg)
    head[hn++] = '-';
  else if (f.plus)
    head[hn++] = '+';
  else if (f.space)
    head[hn++] = ' ';
  if (f.alt && base != 10) {
    head[hn++] = '0';
    head[hn++] = base == 8 ? 'o' : conv;
  }
  size_t zeros = f.prec > 0 && (uint64_t)f.prec > n ? (size_t)f.prec - n : 0;
  size_t body = hn + zeros + n, w = f.width > 0 ? (size_t)f.width : 0;
  size_t pad = w > body ? w - body : 0;
  if (!f.left && !f.zero) {
    for (size_t k = 0; k < pad && !b->failed; k++) py_strbuf_addc(b, ' ');
  }
  py_strbuf_add(b, head, hn);
  if (!f.left && f.zero) zeros += pad;
  for (size_t k = 0; k < zeros && !b->failed; k++) py_strbuf_addc(b, '0');
  if (conv == 'X') {
    for (size_t k = 0; k < n; k++)
      py_strbuf_addc(b, (d[k] >= 'a' && d[k] <= 'f') ? d[k] - 32 : d[k]);
  } else
    py_strbuf_add(b, d, n);
  if (f.left) {
    for (size_t k = 0; k < pad && !b->failed; k++) py_strbuf_addc(b, ' ');
  }
  py_xdecref(text);
  return b->failed ? -1 : 0;
}

static int pct_float(StrBuf *b, Ref v, char conv, const PctSpec &f) {
  double x;
  if (py_float_as_double(v, &x) < 0) return -1;
  char spec[64];
  int n = 0;
  if (f.left) spec[n++] = '<';
  if (f.plus)
    spec[n++] = '+';
  else if (f.space)
    spec[n++] = ' ';
  if (f.alt) spec[n++] = '#';
  if (f.zero && !f.left) spec[n++] = '0';
  if (f.width > 0) n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", (long long)f.width);
  n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld%c", (long long)(f.prec >= 0 ? f.prec : 6),
                conv);
  Ref fo = py_float_new(x);
  if (!fo) return -1;
  Ref so = py_str_new(spec, (size_t)n);
  Ref r = so ? py_float_format(fo, so) : nullptr;
  py_xdecref(so);
  py_decref(fo);
  if (!r) return -1;
  py_strbuf_add(b, py_str_data(r), py_str_len(r));
  py_decref(r);
  return b->failed ? -1 : 0;
}

static int pct_text(StrBuf *b, Ref v, char conv, const PctSpec &f) {
  Ref s = conv == 's' ? py_str(v) : conv == 'r' ? py_repr(v) : py_ascii(v);
  if (!s) return -1;
  const char *d = py_str_data(s);
  size_t len = py_str_len(s), n = py_str_nchars(s);
  if (f.prec >= 0 && (uint64_t)f.prec < n) {
    size_t off = 0;
    for (int64_t k = 0; k < f.prec; k++) {
      size_t cl;
      py_utf8_decode(d + off, &cl);
      off += cl;
    }
    len = off;
    n = (size_t)f.prec;
  }
  pct_pad(b, d, len, n, f);
  py_decref(s);
  return b->failed ? -1 : 0;
}

static int pct_char(StrBuf *b, Ref v, const PctSpec &f) {
  char buf[4];
  size_t n;
  if (py_is_str(v)) {
    if (py_str_nchars(v) != 1) {
      py_err_set_str(&py_TypeError_type, "%c requires int or char");
      return -1;
    }
    n = py_str_len(v);
    memcpy(buf, py_str_data(v), n);
  } else if (py_is_int(v)) {
    int64_t cp;
    if (py_int_as_i64(v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
      py_err_clear();
      py_err_set_str(&py_OverflowError_type, "%c arg not in range(0x110000)");
      return -1;
    }
    n = py_utf8_encode((uint32_t)cp, buf);
  } else {
    py_err_set_str(&py_TypeError_type, "%c requires int or char");
    return -1;
  }
  pct_pad(b, buf, n, 1, f);
  return b->failed ? -1 : 0;
}

// %s / %b of bytes formatting: bytes-like objects or __bytes__.
static int pct_bytes_text(StrBuf *b, Ref v, const PctSpec &f) {
  const char *d;
  size_t n;
  Ref owned = nullptr;
  if (!py_bytes_view(v, &d, &n)) {
    Ref name = py_str_intern("__bytes__");
    Ref meth = name && !py_is_str(v) ? py_type_lookup(py_type(v), name) : nullptr;
    if (!meth) {
      py_err_format(&py_TypeError_type,
                    "%%b requires a bytes-like object, or an object that implements __bytes__, "
                    "not '%s'",
                    py_tname(v));
      return -1;
    }
    owned = py_call(meth, &v, 1, nullptr);
    if (!owned) return -1;
    if (!py_is_bytes(owned)) {
      py_err_format(&py_TypeError_type, "__bytes__ returned non-bytes (type %s)", py_tname(owned));
      py_decref(owned);
      return -1;
    }
    d = py_bytes_data(owned);
    n = py_bytes_len(owned);
  }
  if (f.prec >= 0 && (uint64_t)f.prec < n) n = (size_t)f.prec;
  pct_pad(b, d, n, n, f);
  py_xdecref(owned);
  return b->failed ? -1 : 0;
}

static int pct_byte_char(StrBuf *b, Ref v, const PctSpec &f) {
  const char *d;
  size_t n;
  char c;
  if (py_bytes_view(v, &d, &n) && n == 1)
    c = d[0];
  else if (py_is_int(v)) {
    int64_t x;
    if (py_int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
      py_err_clear();
      py_err_set_str(&py_OverflowError_type, "%c arg not in range(256)");
      return -1;
    }
    c = (char)x;
  } else {
    py_err_set_str(&py_TypeError_type, "%c requires an integer in range(256) or a single byte");
    return -1;
  }
  pct_pad(b, &c, 1, 1, f);
  return b->failed ? -1 : 0;
}

// "*" width / precision argument.
static int pct_star(Ref const *items, size_t nitems, size_t *argi, int64_t *out) {
  if (*argi >= nitems) {
    py_err_set_str(&py_TypeError_type, "not enough arguments for format string");
    return -1;
  }
  Ref v = items[(*argi)++];
  if (!py_is_int(v)) {
    py_err_set_str(&py_TypeError_type, "* wants int");
    return -1;
  }
  int ovf;
  *out = py_int_as_i64_sat(v, &ovf);
  if (ovf) {
    py_err_set_str(&py_ValueError_type, "width too big");
    return -1;
  }
  return 0;
}

// Decimal width / precision digits in the format string.
static int pct_digits(const char *s, size_t len, size_t *i, int64_t *out, const char *what) {
  int64_t v = 0;
  for (; *i < len && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
    if (v > (INT64_MAX / 4 - 9) / 10) {
      py_err_format(&py_ValueError_type, "%s too big", what);
      return -1;
    }
    v = v * 10 + (s[*i] - '0');
  }
  *out = v;
  return 0;
}

// One conversion starting after the '%' at s[*i]; advances *i past it.
static int pct_one(StrBuf *b, const char *s, size_t len, bool bytes_mode, size_t *pi,
                   Ref const *items, size_t nitems, size_t *argi, Ref dict) {
  size_t i = *pi;
  Ref keyed = nullptr; // value looked up by %(key)
  int rc = -1;
  PctSpec f = {false, false, false, false, false, -1, -1};
  char conv;
  if (i < len && s[i] == '(') {
    if (!dict) {
      py_err_set_str(&py_TypeError_type, "format requires a mapping");
      return -1;
    }
    size_t kb = ++i;
    int depth = 1;
    for (; i < len; i++) {
      if (s[i] == '(')
        depth++;
      else if (s[i] == ')' && --depth == 0)
        break;
    }
    if (i >= len) {
      py_err_set_str(&py_ValueError_type, "incomplete format key");
      return -1;
    }
    Ref key = bytes_mode ? py_bytes_new(s + kb, i - kb) : py_str_new(s + kb, i - kb);
    if (!key) return -1;
    keyed = py_getitem(dict, key);
    py_decref(key);
    if (!keyed) return -1;
    i++;
    *argi = nitems; // a keyed conversion uses up the positional argument
  }
  for (; i < len; i++) {
    char c = s[i];
    if (c == '-')
      f.left = true;
    else if (c == '+')
      f.plus = true;
    else if (c == ' ')
      f.space = true;
    else if (c == '#')
      f.alt = true;
    else if (c == '0')
      f.zero = true;
    else
      break;
  }
  if (i < len && s[i] == '*') {
    if (pct_star(items, nitems, argi, &f.width) < 0) goto done;
    if (f.width < 0) {
      f.left = true;
      f.width = -f.width;
    }
    i++;
  } else if (pct_digits(s, len, &i, &f.width, "width") < 0)
    goto done;
  if (i < len && s[i] == '.') {
    i++;
    if (i < len && s[i] == '*') {
      if (pct_star(items, nitems, argi, &f.prec) < 0) goto done;
      if (f.prec < 0) f.prec = 0;
      i++;
    } else if (pct_digits(s, len, &i, &f.prec, "precision") < 0)
      goto done;
  }
  while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
  if (i >= len) {
    py_err_set_str(&py_ValueError_type, "incomplete format");
    goto done;
  }
  conv = s[i];
  {
    size_t cn;
    uint32_t cp = bytes_mode ? (uint8_t)conv : py_utf8_decode(s + i, &cn);
    const char *convs = bytes_mode ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc";
    if (!strchr(convs, conv) || cp >= 0x80) {
      py_err_format(&py_ValueError_type, "unsupported format character '%c' (0x%x) at index %zu",
                    (cp >= 32 && cp < 127) ? (int)cp : '?', (unsigned)cp,
                    bytes_mode ? i : py_utf8_count(s, i));
      goto done;
    }
  }
  i++;
  {
    Ref v = keyed;
    if (!v) {
      if (*argi >= nitems) {
        py_err_set_str(&py_TypeError_type, "not enough arguments for format string");
        goto done;
      }
      v = items[(*argi)++];
    }
    switch (conv) {
    case 's':
    case 'b': rc = bytes_mode ? pct_bytes_text(b, v, f) : pct_text(b, v, conv, f); break;
    case 'r':
    case 'a': rc = pct_text(b, v, bytes_mode ? 'a' : conv, f); break; // bytes: %r is ascii()
    case 'c': rc = bytes_mode ? pct_byte_char(b, v, f) : pct_char(b, v, f); break;
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': rc = pct_int(b, v, conv, f); break;
    default: rc = pct_float(b, v, conv, f); break;
    }
  }
done:
  py_xdecref(keyed);
  *pi = i;
  return rc;
}

// Runs the whole format s[0:len) into b. 0 / -1.
static int pct_run(StrBuf *b, const char *s, size_t len, bool bytes_mode, Ref args) {
  Ref const *items;
  size_t nitems;
  if (py_is_tuple(args)) {
    items = py_tuple_items(args);
    nitems = py_tuple_len(args);
  } else {
    items = &args;
    nitems = 1;
  }
  const char *d;
  size_t n;
  bool textual = bytes_mode ? py_bytes_view(args, &d, &n) : py_is_str(args);
  Ref dict = (!py_is_tuple(args) && !textual && py_type(args)->getitem) ? args : nullptr;
  size_t i = 0, argi = 0;
  while (i < len) {
    const char *q = (const char *)memchr(s + i, '%', len - i);
    if (!q) {
      py_strbuf_add(b, s + i, len - i);
      break;
    }
    py_strbuf_add(b, s + i, (size_t)(q - (s + i)));
    i = (size_t)(q - s) + 1;
    if (i < len && s[i] == '%') {
      py_strbuf_addc(b, '%');
      i++;
      continue;
    }
    if (pct_one(b, s, len, bytes_mode, &i, items, nitems, &argi, dict) < 0) return -1;
  }
  if (!dict && argi < nitems) {
    bytes_mode
        ? py_err_set_str(&py_TypeError_type, "not all arguments converted during bytes formatting")
        : py_err_set_str(&py_TypeError_type,
                         "not all arguments converted during string formatting");
    return -1;
  }
  return b->failed ? -1 : 0;
}

Ref py_str_percent(Ref fmt, Ref args) {
  StrBuf b;
  py_strbuf_init(&b);
  if (pct_run(&b, py_str_data(fmt), py_str_len(fmt), false, args) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

Ref py_bytes_percent(Ref fmt, Ref args) {
  const char *s;
  size_t len;
  py_bytes_view(fmt, &s, &len);
  StrBuf b;
  py_strbuf_init(&b);
  Ref r = nullptr;
  if (pct_run(&b, s, len, true, args) == 0) {
    const char *d = b.data ? b.data : "";
    r = py_is_bytearray(fmt) ? py_bytearray_new(d, b.len) : py_bytes_new(d, b.len);
  }
  py_strbuf_free(&b);
  return r;
}
