// The complex type (UPY_ENABLE_COMPLEX): two doubles with CPython 3.11's
// arithmetic, hash and errors, complex() from numbers, __complex__ and text.
// Text formatting lives in dtoa.cpp.
//
// Note [Complex operands]
// An int or float operand becomes complex(x, 0.0) before the operation, as in
// CPython 3.11, so signed zeros, infinities and nans come out as they do there:
// complex(0, -0.0) + 1 is (1+0j) and complex(inf, 0) * 2 is (inf+nanj).
#include "py/config.h"
#if UPY_ENABLE_COMPLEX
#include <cerrno>
#include <cmath>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"

namespace {
struct Cx {
  double re, im;
};
} // namespace

static Ref complex_new_type(Type *t, Cx v) {
  Ref o = py_obj_alloc(t, t->basicsize);
  if (o) {
    ((ComplexObj *)o)->re = v.re;
    ((ComplexObj *)o)->im = v.im;
  }
  return o;
}

Ref py_complex_new(double re, double im) { return complex_new_type(&py_complex_type, {re, im}); }

static Cx complex_value(Ref o) { return {((ComplexObj *)o)->re, ((ComplexObj *)o)->im}; }

static void complex_dealloc(Ref self) { py_obj_free(self, py_type(self)->basicsize); }

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

// An int, float or complex operand (Note [Complex operands]): 1 ok, 0 another
// type, -1 error.
static int complex_operand(Ref o, Cx *out) {
  if (py_is_complex(o)) {
    *out = complex_value(o);
    return 1;
  }
  out->im = 0.0;
  return py_float_operand(o, &out->re);
}

static Cx cx_mul(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b scaled by b's larger part (Smith's method, as CPython divides, so the
// last bits agree); false when b is zero.
static bool cx_div(Cx a, Cx b, Cx *q) {
  double ar = fabs(b.re), ai = fabs(b.im);
  if (ar >= ai) {
    if (ar == 0) return false;
    double t = b.im / b.re, d = b.re + b.im * t;
    *q = {(a.re + a.im * t) / d, (a.im - a.re * t) / d};
  } else if (ai >= ar) {
    double t = b.re / b.im, d = b.re * t + b.im;
    *q = {(a.re * t + a.im) / d, (a.im * t - a.re) / d};
  } else { // a nan part
    *q = {NAN, NAN};
  }
  return true;
}

// Note [Complex power errors]
// CPython takes pow's errors from errno: the C library's (cos(inf) is EDOM,
// an overflowing pow ERANGE), EDOM for 0 to a negative or complex power, then
// an infinite part is ERANGE unless errno is set already and an underflow
// (ERANGE without one) is no error. Reading errno after the same libm calls
// gives the same answers: EDOM is ZeroDivisionError, ERANGE OverflowError.

// a ** b by polar form; errno as Note [Complex power errors] says.
static Cx cx_pow_polar(Cx a, Cx b) {
  if (b.re == 0 && b.im == 0) return {1.0, 0.0};
  if (a.re == 0 && a.im == 0) {
    if (b.im != 0 || b.re < 0) errno = EDOM;
    return {0.0, 0.0};
  }
  double mag = hypot(a.re, a.im), arg = atan2(a.im, a.re);
  double len = pow(mag, b.re), phase = arg * b.re;
  if (b.im != 0) {
    len /= exp(arg * b.im);
    phase += b.im * log(mag);
  }
  return {len * cos(phase), len * sin(phase)};
}

// a ** n for 0 <= n <= 100 by squaring.
static Cx cx_pow_int(Cx a, long n) {
  Cx r = {1.0, 0.0};
  for (long bit = 1; n >= bit; bit <<= 1) {
    if (n & bit) r = cx_mul(r, a);
    a = cx_mul(a, a);
  }
  return r;
}

Ref py_complex_pow(double ar, double ai, double br, double bi) {
  Cx a = {ar, ai}, b = {br, bi}, p;
  errno = 0;
  if (bi == 0 && br == floor(br) && fabs(br) <= 100) { // small integral exponent
    p = cx_pow_int(a, (long)fabs(br));
    if (br < 0 && !cx_div({1.0, 0.0}, p, &p)) {
      errno = EDOM;
      p = {0.0, 0.0};
    }
  } else {
    p = cx_pow_polar(a, b);
  }
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (!errno) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM)
    return py_err_set_str(&py_ZeroDivisionError_type, "0.0 to a negative or complex power");
  if (errno == ERANGE) return py_err_set_str(&py_OverflowError_type, "complex exponentiation");
  return py_complex_new(p.re, p.im);
}

static Ref complex_binop(Ref a, Ref b, int op) {
  Cx x, y, r;
  int ok = complex_operand(a, &x);
  if (ok > 0) ok = complex_operand(b, &y);
  if (ok < 0) return nullptr;
  if (ok == 0) return py_newref(py_NotImplemented);
  switch (op & (BINOP_INPLACE - 1)) {
  case BINOP_ADD: r = {x.re + y.re, x.im + y.im}; break;
  case BINOP_SUB: r = {x.re - y.re, x.im - y.im}; break;
  case BINOP_MUL: r = cx_mul(x, y); break;
  case BINOP_TRUEDIV:
    if (!cx_div(x, y, &r))
      return py_err_set_str(&py_ZeroDivisionError_type, "complex division by zero");
    break;
  case BINOP_POW: return py_complex_pow(x.re, x.im, y.re, y.im);
  default: return py_newref(py_NotImplemented);
  }
  return py_complex_new(r.re, r.im);
}

static Ref complex_unop(Ref self, int op) {
  Cx v = complex_value(self);
  switch (op) {
  case UNOP_NEG: v = {-v.re, -v.im}; break;
  case UNOP_POS:
    if (py_type(self) == &py_complex_type) return py_newref(self);
    break;
  case UNOP_ABS: {
    double r = hypot(v.re, v.im); // inf when a part is, even with a nan one
    if (std::isinf(r) && std::isfinite(v.re) && std::isfinite(v.im))
      return py_err_set_str(&py_OverflowError_type, "absolute value too large");
    return py_float_new(r);
  }
  default: return py_newref(py_NotImplemented);
  }
  return py_complex_new(v.re, v.im);
}

static int complex_to_bool(Ref self) {
  Cx v = complex_value(self);
  return v.re != 0 || v.im != 0;
}

// == and != only; an int is compared exactly, as float compares it.
static Ref complex_richcompare(Ref a, Ref b, int op) {
  if (!py_is_complex(a)) { // reflected: == and != are symmetric
    Ref t = a;
    a = b;
    b = t;
  }
  Cx x = complex_value(a), y;
  if (op != CMP_EQ && op != CMP_NE) return py_newref(py_NotImplemented);
  if (py_is_int(b) && x.im == 0) {
    Ref f = py_float_new(x.re);
    Ref r = f ? py_richcompare(f, b, op) : nullptr;
    py_xdecref(f);
    return r;
  }
  bool eq;
  if (py_is_int(b)) // with an imaginary part
    eq = false;
  else if (complex_operand(b, &y))
    eq = x.re == y.re && x.im == y.im;
  else
    return py_newref(py_NotImplemented);
  return py_newref(py_bool(eq == (op == CMP_EQ)));
}

// hash(x + yj) = hash(x) + 1000003 * hash(y): equal to hash(x) when y is 0.
static int complex_hash(Ref self, int64_t *out) {
  Cx v = complex_value(self);
  uint64_t h =
      (uint64_t)py_float_hash_in(self, v.re) + 1000003u * (uint64_t)py_float_hash_in(self, v.im);
  *out = (int64_t)h == -1 ? -2 : (int64_t)h;
  return 0;
}

static Ref complex_repr(Ref self) {
  NumSpec f;
  Cx v = complex_value(self);
  if (py_numspec_parse("", 0, 0, "complex", &f) < 0) return nullptr;
  return py_complex_format_parsed(v.re, v.im, &f, "complex");
}

// ---------------------------------------------------------------------------
// complex(real=0, imag=0)
// ---------------------------------------------------------------------------

static bool complex_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static const char *complex_skip_space(const char *p, const char *end) {
  while (p < end && complex_is_space(*p)) p++;
  return p;
}

// Underscores only between digits (checked before parsing, with its own
// message, as CPython does); the text ends at a NUL.
static bool complex_underscores_ok(const char *s, size_t len) {
  if (!memchr(s, '_', strnlen(s, len))) return true;
  char prev = 0;
  size_t i = 0;
  for (; i < len && s[i]; prev = s[i++]) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    if (s[i] == '_' ? !(prev >= '0' && prev <= '9') : prev == '_' && !digit) return false;
  }
  return prev != '_' && i == len;
}

// [space] ['('] [space] (x | xj | x±yj | x±j | ±j | j) [space] [')'] [space],
// each number as float() spells it: 1 ok, 0 malformed.
static int complex_parse(const char *p, const char *end, char *buf, Cx *out) {
  p = complex_skip_space(p, end);
  bool paren = p < end && *p == '(';
  if (paren) p = complex_skip_space(p + 1, end);
  double v;
  *out = {0.0, 0.0};
  bool imag = true; // an imaginary part, which needs the j
  if (py_float_scan(&p, end, buf, &v)) {
    if (p < end && (*p == '+' || *p == '-')) {
      out->re = v;
      if (!py_float_scan(&p, end, buf, &out->im)) out->im = *p++ == '-' ? -1.0 : 1.0;
    } else if (p < end && (*p | 0x20) == 'j') {
      out->im = v;
    } else {
      out->re = v;
      imag = false;
    }
  } else {
    out->im = p < end && *p == '-' ? -1.0 : 1.0;
    if (p < end && (*p == '+' || *p == '-')) p++;
  }
  if (imag) {
    if (p >= end || (*p | 0x20) != 'j') return 0;
    p++;
  }
  p = complex_skip_space(p, end);
  if (paren) {
    if (p >= end || *p != ')') return 0;
    p = complex_skip_space(p + 1, end);
  }
  return p == end;
}

static int complex_from_text(Ref s, Cx *out) {
  size_t cap, len = py_str_len(s);
  char *a = py_num_ascii(py_str_data(s), len, &cap);
  if (!a && cap) return -1;
  const char *text = a ? a : py_str_data(s);
  if (a) len = py_str_nchars(s); // one character per code point
  int r = -1;
  char *buf = (char *)py_malloc(len + 1);
  if (buf && !complex_underscores_ok(text, len))
    py_err_format(&py_ValueError_type, "could not convert string to complex: %R", s);
  else if (buf && !complex_parse(text, text + len, buf, out))
    py_err_set_str(&py_ValueError_type, "complex() arg is a malformed string");
  else if (buf)
    r = 0;
  if (buf) py_free(buf, len + 1);
  if (a) py_free(a, cap);
  return r;
}

// type(o).__complex__(o), checked: 1 found (*out), 0 not defined, -1 error.
static int complex_special(Ref o, Ref *out) {
  Ref fn = py_type_lookup_str(py_type(o), "__complex__");
  if (!fn) return 0;
  Ref r = py_call_with_self(fn, o, nullptr, 0, nullptr);
  if (r && !py_is_complex(r)) {
    py_err_format(&py_TypeError_type, "__complex__ returned non-complex (type %s)", py_tname(r));
    py_clear(&r);
  }
  *out = r;
  return r ? 1 : -1;
}

static bool complex_is_number(Ref o) {
  Type *t = py_type(o);
  return py_is_complex(o) || t->to_float || t->to_index;
}

// A part's value: a complex as it is, another number as float() reads it.
static int complex_part(Ref o, Cx *out) {
  if (py_is_complex(o)) {
    *out = complex_value(o);
    return 0;
  }
  Ref f = py_call1((Ref)&py_float_type, o);
  if (!f) return -1;
  *out = {py_float_value(f), 0.0};
  py_decref(f);
  return 0;
}

// re + im * 1j, re after its __complex__, im may be null. 0 / -1.
static int complex_from_numbers(Ref re, Ref im, Cx *out) {
  Ref conv = nullptr;
  int r = complex_special(re, &conv);
  if (r < 0) return -1;
  if (r) re = conv;
  Cx x = {0.0, 0.0}, y = {0.0, 0.0};
  r = -1;
  if (!complex_is_number(re))
    py_err_format(&py_TypeError_type,
                  "complex() first argument must be a string or a number, not '%s'", py_tname(re));
  else if (im && !complex_is_number(im))
    py_err_format(&py_TypeError_type, "complex() second argument must be a number, not '%s'",
                  py_tname(im));
  else if (complex_part(re, &x) == 0 && (!im || complex_part(im, &y) == 0))
    r = 0;
  // A part left out adds nothing, not even a +0.0.
  if (im && py_is_complex(im)) x.re -= y.im;
  if (im && py_is_complex(re)) y.re += x.im;
  *out = {x.re, im ? y.re : x.im};
  py_xdecref(conv);
  return r;
}

static Ref complex_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"real", "imag"};
  static const ArgSpec spec = {"complex", names, 2, 0, 0, 2};
  Ref a[2] = {nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref re = a[0] ? a[0] : py_small_new(0), im = a[1];
  if (!im && type == &py_complex_type && py_type(re) == &py_complex_type) return py_newref(re);
  if (py_is_str(re) && im)
    return py_err_set_str(&py_TypeError_type,
                          "complex() can't take second arg if first is a string");
  if (im && py_is_str(im))
    return py_err_set_str(&py_TypeError_type, "complex() second arg can't be a string");
  Cx v;
  int r = py_is_str(re) ? complex_from_text(re, &v) : complex_from_numbers(re, im, &v);
  return r < 0 ? nullptr : complex_new_type(type, v);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static Ref complex_m_conjugate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Cx v = complex_value(self);
  return py_complex_new(v.re, -v.im);
}

static Ref complex_m_complex(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return complex_unop(self, UNOP_POS);
}

static Ref complex_m_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Cx v = complex_value(self);
  Ref re = py_float_new(v.re), im = py_float_new(v.im);
  Ref t = re && im ? py_tuple_pack(2, re, im) : nullptr;
  py_xdecref(re);
  py_xdecref(im);
  return t;
}

static Ref complex_m_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref spec = args[0];
  if (!py_is_str(spec))
    return py_err_format(&py_TypeError_type, "__format__() argument must be str, not %s",
                         py_tname(spec));
  if (!py_str_len(spec)) return py_str(self);
  NumSpec f;
  Cx v = complex_value(self);
  if (py_numspec_parse(py_str_data(spec), py_str_len(spec), 0, py_tname(self), &f) < 0)
    return nullptr;
  return py_complex_format_parsed(v.re, v.im, &f, py_tname(self));
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")},
    {"__complex__", complex_m_complex, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Convert this value to exact type complex.")},
    {"__getnewargs__", complex_m_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0), nullptr},
    {"__format__", complex_m_format, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Convert to a string according to format_spec.")},
    {nullptr},
};

static Ref complex_get_real(Ref self) { return py_float_new(((ComplexObj *)self)->re); }
static Ref complex_get_imag(Ref self) { return py_float_new(((ComplexObj *)self)->im); }

static const GetSetDef complex_getsets[] = {
    {"real", complex_get_real, py_readonly_member_set, PY_DOC("the real part of a complex number")},
    {"imag", complex_get_imag, py_readonly_member_set,
     PY_DOC("the imaginary part of a complex number")},
    {nullptr},
};

PY_TYPE_DEF(py_complex_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "complex",
    .flags = TPF_BASETYPE,
    .basicsize = sizeof(ComplexObj),
    .dealloc = complex_dealloc,
    .tp_new = complex_tp_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .binop = complex_binop,
    .unop = complex_unop,
    .to_bool = complex_to_bool,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = PY_DOC("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."),
);
#endif
