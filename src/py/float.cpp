// The float type: IEEE double arithmetic with Python's rules (floor division
// and modulo signs, ** special cases), exact comparison with ints, CPython's
// hash, float() parsing, hex conversion and rounding. Text formatting lives in
// dtoa.cpp.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

// Recently freed exact floats are kept for reuse (arithmetic makes and drops
// one per operation). They stay counted as heap in use; at most a few KB.
// Sanitizer builds skip the cache so use-after-free is caught.
#if defined(__SANITIZE_ADDRESS__)
enum { FLOAT_CACHE_MAX = 0 };
#else
enum { FLOAT_CACHE_MAX = UPY_DEFAULT(100, 8) };
#endif
static FloatObj *float_cache[FLOAT_CACHE_MAX + 1];
static int float_cached;

Ref py_float_new(double v) {
  if (FLOAT_CACHE_MAX > 0 && float_cached) {
    FloatObj *f = float_cache[--float_cached];
    f->ob.rc = 1;
    f->value = v;
    return (Ref)f;
  }
  Ref o = py_obj_alloc(&py_float_type, sizeof(FloatObj));
  if (o) ((FloatObj *)o)->value = v;
  return o;
}

static Ref float_new_type(Type *t, double v) {
  Ref o = py_obj_alloc(t, t->basicsize);
  if (o) ((FloatObj *)o)->value = v;
  return o;
}

static void float_dealloc(Ref self) {
  if (FLOAT_CACHE_MAX > 0 && self->type == &py_float_type && float_cached < FLOAT_CACHE_MAX) {
    float_cache[float_cached++] = (FloatObj *)self;
    return;
  }
  py_obj_free(self, self->type->basicsize);
}

// ---------------------------------------------------------------------------
// Arithmetic helpers
// ---------------------------------------------------------------------------

// Floor quotient and modulo with the sign of b (b != 0).
static void float_divmod(double a, double b, double *pdiv, double *pmod) {
  double mod = fmod(a, b);
  double div = (a - mod) / b;
  if (mod) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  double fl;
  if (div) {
    fl = floor(div);
    if (div - fl > 0.5) fl += 1.0; // div is inexact: snap to the nearest integer
  } else {
    fl = copysign(0.0, a / b);
  }
  *pdiv = fl;
  *pmod = mod;
}

double py_float_floordiv(double a, double b) {
  double d, m;
  float_divmod(a, b, &d, &m);
  return d;
}

double py_float_mod(double a, double b) {
  double d, m;
  float_divmod(a, b, &d, &m);
  return m;
}

static bool float_is_odd_int(double y) { return fmod(fabs(y), 2.0) == 1.0; }

Ref py_float_pow(double x, double y) {
  if (y == 0) return py_float_new(1.0);
  if (std::isnan(x)) return py_float_new(x);
  if (std::isnan(y)) return py_float_new(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0) return py_float_new(1.0);
    return py_float_new((y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(x)) {
    bool odd = float_is_odd_int(y);
    if (x > 0) return py_float_new(y > 0 ? x : 0.0);
    return py_float_new(y > 0 ? (odd ? x : -x) : (odd ? -0.0 : 0.0));
  }
  if (x == 0) {
    if (y < 0)
      return py_err_set_str(&py_ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
    return py_float_new(float_is_odd_int(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != floor(y))
#if UPY_ENABLE_COMPLEX
      return py_complex_pow(x, 0.0, y, 0.0);
#else
      return py_err_set_str(&py_ValueError_type,
                            "negative number cannot be raised to a fractional power");
#endif
    x = -x;
    negate = float_is_odd_int(y);
  }
  double r = x == 1.0 ? 1.0 : pow(x, y);
  if (std::isinf(r)) { // CPython reports errno ERANGE: OverflowError(34, '...')
    Ref args[2] = {py_small_new(ERANGE), py_str_from_cstr("Numerical result out of range")};
    if (!args[1]) return nullptr;
    Ref exc = py_exc_new(&py_OverflowError_type, args, 2);
    py_decref(args[1]);
    if (!exc) return nullptr;
    py_err_set_exc(exc);
    py_decref(exc);
    return nullptr;
  }
  return py_float_new(negate ? -r : r);
}

int py_float_operand(Ref o, double *out) {
  if (py_is_float(o)) {
    *out = py_float_value(o);
    return 1;
  }
  if (py_is_int(o)) {
    int err;
    *out = py_int_as_double(o, &err);
    return err ? -1 : 1;
  }
  return 0;
}

static Ref float_binop(Ref a, Ref b, int op) {
  double x, y, d, m;
  int r = py_float_operand(a, &x);
  if (r > 0) r = py_float_operand(b, &y);
  if (r < 0) return nullptr;
  if (r == 0) return py_newref(py_NotImplemented);
  switch (op & (BINOP_INPLACE - 1)) {
  case BINOP_ADD: return py_float_new(x + y);
  case BINOP_SUB: return py_float_new(x - y);
  case BINOP_MUL: return py_float_new(x * y);
  case BINOP_TRUEDIV:
    if (y == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float division by zero");
    return py_float_new(x / y);
  case BINOP_FLOORDIV:
    if (y == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float floor division by zero");
    float_divmod(x, y, &d, &m);
    return py_float_new(d);
  case BINOP_MOD:
    if (y == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float modulo");
    float_divmod(x, y, &d, &m);
    return py_float_new(m);
  case BINOP_POW: return py_float_pow(x, y);
  }
  return py_newref(py_NotImplemented);
}

static Ref float_unop(Ref self, int op) {
  double x = py_float_value(self);
  switch (op) {
  case UNOP_NEG: return py_float_new(-x);
  case UNOP_POS: return py_float_new(x);
  case UNOP_ABS: return py_float_new(fabs(x));
  }
  return py_err_format(&py_TypeError_type, "bad operand type for unary ~: '%s'", py_tname(self));
}

static int float_to_bool(Ref self) { return py_float_value(self) != 0; }
static Ref float_to_int(Ref self) { return py_int_from_double(py_float_value(self)); }
static Ref float_to_float(Ref self) {
  return py_type(self) == &py_float_type ? py_newref(self) : py_float_new(py_float_value(self));
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

// Exact comparison of a finite or infinite (not nan) double with an int.
static int float_cmp_int(double a, Ref b, int *err) {
  *err = 0;
  if (std::isinf(a)) return a > 0 ? 1 : -1;
  int bs = py_int_sign(b);
  uint64_t bits = py_int_bit_length(b);
  if (bits <= DBL_MANT_DIG) { // b converts exactly
    int e;
    double bd = py_int_as_double(b, &e);
    return (a > bd) - (a < bd);
  }
  if (a > 0 && bs < 0) return 1;
  if (a < 0 && bs > 0) return -1;
  if (a == 0) return -bs;
  int e;
  frexp(a, &e); // 2^(e-1) <= |a| < 2^e, and 2^(bits-1) <= |b| < 2^bits
  if ((int64_t)e < (int64_t)bits) return bs > 0 ? -1 : 1;
  if ((int64_t)e > (int64_t)bits) return bs > 0 ? 1 : -1;
  Ref ai = py_int_from_double(a); // |a| >= 2^53 is integral
  if (!ai) {
    *err = 1;
    return 0;
  }
  int c = py_int_compare(ai, b);
  py_decref(ai);
  return c;
}

static bool cmp_doubles(double x, double y, int op) {
  switch (op) {
  case CMP_LT: return x < y;
  case CMP_LE: return x <= y;
  case CMP_EQ: return x == y;
  case CMP_NE: return x != y;
  case CMP_GT: return x > y;
  case CMP_GE: return x >= y;
  }
  return false;
}

static Ref float_richcompare(Ref a, Ref b, int op) {
  static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
  if (!py_is_float(a)) {
    Ref t = a;
    a = b;
    b = t;
    op = swapped[op];
  }
  double x = py_float_value(a);
  bool r;
  if (py_is_float(b)) {
    r = cmp_doubles(x, py_float_value(b), op);
  } else if (py_is_int(b)) {
    if (std::isnan(x)) {
      r = op == CMP_NE;
    } else {
      int err, c = float_cmp_int(x, b, &err);
      if (err) return nullptr;
      r = cmp_doubles((double)c, 0.0, op);
    }
  } else {
    return py_newref(py_NotImplemented);
  }
  return py_newref(py_bool(r));
}

// ---------------------------------------------------------------------------
// Hash: value mod 2^61 - 1 so that equal ints and floats hash alike.
// ---------------------------------------------------------------------------

int py_float_hash_double(double v, int64_t *out) {
  const uint64_t P = ((uint64_t)1 << 61) - 1;
  if (!std::isfinite(v)) {
    *out = std::isnan(v) ? 0 : v > 0 ? 314159 : -314159;
    return 0;
  }
  int e;
  double m = frexp(v, &e);
  int sign = m < 0 ? -1 : 1;
  m = fabs(m);
  uint64_t x = 0;
  while (m) { // consume the mantissa 28 bits at a time
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61); // 2^e mod P = 2^(e mod 61)
  x = ((x << e) & P) | x >> (61 - e);
  int64_t r = (int64_t)x * sign;
  *out = r == -1 ? -2 : r;
  return 0;
}

int64_t py_float_hash_in(Ref owner, double v) {
  int64_t h;
  if (std::isnan(v)) { // like CPython 3.10+: by identity
    uintptr_t y = (uintptr_t)owner;
    y = (y >> 4) | (y << (sizeof(uintptr_t) * 8 - 4));
    h = (int64_t)(intptr_t)y;
    return h == -1 ? -2 : h;
  }
  py_float_hash_double(v, &h);
  return h;
}

static int float_hash(Ref self, int64_t *out) {
  *out = py_float_hash_in(self, py_float_value(self));
  return 0;
}

// ---------------------------------------------------------------------------
// Conversion from text and objects
// ---------------------------------------------------------------------------

static bool float_match_word(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(end - p) < n) return false;
  for (size_t i = 0; i < n; i++)
    if ((p[i] | 0x20) != word[i]) return false;
  return true;
}

// Digits with single underscores between them, copied to *o. Returns the digit count.
static size_t float_scan_digits(const char **pp, const char *end, char **o) {
  const char *p = *pp;
  size_t n = 0;
  while (p < end) {
    if (*p >= '0' && *p <= '9') {
      *(*o)++ = *p++;
      n++;
    } else if (*p == '_' && n && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
      p++;
    } else {
      break;
    }
  }
  *pp = p;
  return n;
}

bool py_float_scan(const char **pp, const char *end, char *buf, double *out) {
  const char *p = *pp;
  bool neg = false;
  double v;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (float_match_word(p, end, "infinity") || float_match_word(p, end, "inf")) {
    p += float_match_word(p, end, "infinity") ? 8 : 3;
    v = HUGE_VAL;
  } else if (float_match_word(p, end, "nan")) {
    p += 3;
    v = NAN;
  } else {
    char *o = buf;
    size_t nd = float_scan_digits(&p, end, &o);
    if (p < end && *p == '.') {
      *o++ = *p++;
      nd += float_scan_digits(&p, end, &o);
    }
    if (!nd) return false;
    if (p < end && (*p == 'e' || *p == 'E')) { // an exponent only with digits
      const char *q = p + 1;
      char *oe = o;
      *o++ = 'e';
      if (q < end && (*q == '+' || *q == '-')) *o++ = *q++;
      if (float_scan_digits(&q, end, &o))
        p = q;
      else
        o = oe;
    }
    *o = 0;
    v = strtod(buf, nullptr);
  }
  *pp = p;
  *out = neg ? -v : v;
  return true;
}

// The float() grammar; -1 with no error when the text is not a number.
static int float_parse_text(const char *s, size_t len, double *out) {
  const char *p = s, *end = s + len;
  size_t w;
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  char local[64];
  size_t room = len + 1;
  char *buf = room <= sizeof local ? local : (char *)py_malloc(room);
  if (!buf) return -2;
  bool ok = py_float_scan(&p, end, buf, out);
  if (buf != local) py_free(buf, room);
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  return ok && p == end ? 0 : -1;
}

static Ref float_parse(const char *s, size_t len, Ref orig) {
  double v;
  size_t cap = 0;
  char *a = !orig || py_is_str(orig) ? py_num_ascii(s, len, &cap) : nullptr;
  if (!a && cap) return nullptr;
  int r = a ? float_parse_text(a, strlen(a), &v) : float_parse_text(s, len, &v);
  if (a) py_free(a, cap);
  if (r == 0) return py_float_new(v);
  if (r == -2) return nullptr;
  Ref text = orig ? py_newref(orig) : py_str_new(s, len);
  if (text) {
    py_err_format(&py_ValueError_type, "could not convert string to float: %R", text);
    py_decref(text);
  }
  return nullptr;
}

Ref py_float_from_str(const char *s, size_t len) { return float_parse(s, len, nullptr); }

// Result of __float__: must be a float; returned as an exact float value.
static int float_check_result(Ref o, Ref r, double *out) {
  if (!r) return -1;
  if (!py_is_float(r)) {
    py_err_format(&py_TypeError_type, "%s.__float__ returned non-float (type %s)", py_tname(o),
                  py_tname(r));
    py_decref(r);
    return -1;
  }
  *out = py_float_value(r);
  py_decref(r);
  return 0;
}

// Numbers only (no text): 1 ok, 0 not convertible, -1 error.
static int float_from_number(Ref o, double *out) {
  // An int subclass's __float__ counts; a float subclass's value is used as is.
  Type *t = py_type(o);
  if (t->to_float && t != &py_int_type && !py_is_float(o))
    return float_check_result(o, t->to_float(o), out) < 0 ? -1 : 1;
  int r = py_float_operand(o, out);
  if (r) return r;
  if (t->to_index) {
    Ref i = t->to_index(o);
    if (!i) return -1;
    int err = 0;
    if (!py_is_int(i)) {
      py_err_format(&py_TypeError_type, "__index__ returned non-int (type %s)", py_tname(i));
      err = 1;
    } else {
      *out = py_int_as_double(i, &err);
    }
    py_decref(i);
    return err ? -1 : 1;
  }
  return 0;
}

int py_float_as_double(Ref o, double *out) {
  int r = float_from_number(o, out);
  if (r == 0) py_err_format(&py_TypeError_type, "must be real number, not %s", py_tname(o));
  return r > 0 ? 0 : -1;
}

static Ref float_from_object(Ref x) {
  if (py_type(x) == &py_float_type) return py_newref(x);
  if (py_is_str(x)) return float_parse(py_str_data(x), py_str_len(x), x);
  if (py_is_bytes(x)) return float_parse(py_bytes_data(x), py_bytes_len(x), x);
  if (py_isinstance_of(x, &py_bytearray_type)) {
    ByteArrayObj *ba = (ByteArrayObj *)x;
    Ref b = py_bytes_new(ba->data, ba->len);
    if (!b) return nullptr;
    Ref r = float_parse(ba->data, ba->len, b);
    py_decref(b);
    return r;
  }
  double v;
  int r;
  if (py_is_float(x)) // float() asks a float subclass's __float__ (float_from_number does not)
    r = float_check_result(x, py_type(x)->to_float(x), &v) < 0 ? -1 : 1;
  else
    r = float_from_number(x, &v);
  if (r > 0) return py_float_new(v);
  if (r == 0)
    py_err_format(&py_TypeError_type,
                  "float() argument must be a string or a real number, not '%s'", py_tname(x));
  return nullptr;
}

static Ref float_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("float", nargs, kwnames, 0, 1) < 0) return nullptr;
  Ref v = nargs ? float_from_object(args[0]) : py_float_new(0.0);
  if (!v || type == &py_float_type) return v;
  Ref r = float_new_type(type, py_float_value(v));
  py_decref(v);
  return r;
}

static Ref float_repr(Ref self) { return py_float_repr_double(py_float_value(self)); }

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

// round(x, n) for finite nonzero x: the nearest multiple of 10^-n (ties to
// even), computed exactly with ints: |x| = M * 2^e.
static Ref float_round_ndigits(double x, int64_t n) {
  int e;
  uint64_t mant = (uint64_t)ldexp(frexp(fabs(x), &e), DBL_MANT_DIG);
  e -= DBL_MANT_DIG;
  Ref num = py_int_from_u64(mant), den = py_small_new(1), p10 = nullptr, q = nullptr, r = nullptr;
  Ref res = nullptr, t;
  Ref ten = py_small_new(10), k = py_small_new((intptr_t)(n < 0 ? -n : n));
  Ref sh = py_small_new(e < 0 ? -e : e);
  if (!num) return nullptr;
  if (e > 0)
    py_setref(&num, py_int_binop(num, sh, BINOP_LSHIFT));
  else
    py_setref(&den, py_int_binop(den, sh, BINOP_LSHIFT));
  if (!num || !den || !(p10 = py_int_pow(ten, k, nullptr))) goto done;
  if (n >= 0)
    py_setref(&num, py_int_binop(num, p10, BINOP_MUL));
  else
    py_setref(&den, py_int_binop(den, p10, BINOP_MUL));
  if (!num || !den || py_int_divmod(num, den, &q, &r) < 0) goto done;
  t = py_int_binop(r, r, BINOP_ADD); // compare 2r with den
  if (!t) goto done;
  {
    int c = py_int_compare(t, den);
    py_decref(t);
    Ref two = py_small_new(2), odd = py_int_binop(q, two, BINOP_MOD);
    if (!odd) goto done;
    if (c > 0 || (c == 0 && py_int_sign(odd)))
      py_setref(&q, py_int_binop(q, py_small_new(1), BINOP_ADD));
    py_decref(odd);
  }
  if (!q) goto done;
  if (n >= 0) {
    res = py_int_binop(q, p10, BINOP_TRUEDIV);
  } else {
    t = py_int_binop(q, p10, BINOP_MUL);
    if (t) {
      int err;
      double v = py_int_as_double(t, &err);
      py_decref(t);
      if (err) {
        py_err_clear();
        py_err_set_str(&py_OverflowError_type, "rounded value too large to represent");
      } else {
        res = py_float_new(v);
      }
    }
  }
  if (res) {
    double v = py_float_value(res);
    py_setref(&res, py_float_new(copysign(v, x)));
  }
done:
  py_xdecref(num);
  py_xdecref(den);
  py_xdecref(p10);
  py_xdecref(q);
  py_xdecref(r);
  return res;
}

static Ref float_m_round(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x = py_float_value(self);
  if (!nargs || args[0] == py_None) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); // halfway: to even
    return py_int_from_double(r);
  }
  Ref nd = py_number_index(args[0]);
  if (!nd) return nullptr;
  int ovf;
  int64_t n = py_int_as_i64_sat(nd, &ovf);
  py_decref(nd);
  // beyond these, every double is already rounded (or rounds to zero)
  if (!std::isfinite(x) || x == 0 || n > 323) return py_float_new(x);
  if (n < -308) return py_float_new(0.0 * x);
  return float_round_ndigits(x, n);
}

static Ref float_m_trunc(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_double(py_float_value(self));
}

static Ref float_m_floor(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_double(floor(py_float_value(self)));
}

static Ref float_m_ceil(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_double(ceil(py_float_value(self)));
}

// ---------------------------------------------------------------------------
// Other methods
// ---------------------------------------------------------------------------

static Ref float_m_conjugate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return float_to_float(self);
}

static Ref float_m_is_integer(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x = py_float_value(self);
  return py_newref(py_bool(std::isfinite(x) && floor(x) == x));
}

static Ref float_m_as_integer_ratio(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x = py_float_value(self);
  if (std::isinf(x))
    return py_err_set_str(&py_OverflowError_type, "cannot convert Infinity to integer ratio");
  if (std::isnan(x))
    return py_err_set_str(&py_ValueError_type, "cannot convert NaN to integer ratio");
  int e;
  int64_t m = (int64_t)ldexp(frexp(x, &e), DBL_MANT_DIG);
  e -= DBL_MANT_DIG;
  while (e < 0 && !(m & 1)) {
    m /= 2;
    e++;
  }
  Ref num = py_int_from_i64(m), den = py_small_new(1);
  Ref sh = py_small_new(e < 0 ? -e : e);
  if (num && e > 0) py_setref(&num, py_int_binop(num, sh, BINOP_LSHIFT));
  if (e < 0) den = py_int_binop(den, sh, BINOP_LSHIFT);
  Ref t = num && den ? py_tuple_pack(2, num, den) : nullptr;
  py_xdecref(num);
  py_xdecref(den);
  return t;
}

static Ref float_m_hex(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x = py_float_value(self);
  if (!std::isfinite(x)) return py_float_repr_double(x);
  const char *sign = std::signbit(x) ? "-" : "";
  if (x == 0) return py_str_format("%s0x0.0p+0", sign);
  uint64_t u;
  double ax = fabs(x);
  memcpy(&u, &ax, sizeof u);
  int ef = (int)(u >> 52);
  unsigned long long frac = u & (((uint64_t)1 << 52) - 1);
  char buf[40];
  snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign, ef ? 1 : 0, frac, ef ? ef - 1023 : -1022);
  return py_str_from_cstr(buf);
}

// float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan.
static int float_parse_hex(const char *s, size_t len, double *out) {
  const char *p = s, *end = s + len;
  size_t w;
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  double v;
  if (float_match_word(p, end, "infinity") || float_match_word(p, end, "inf")) {
    p += float_match_word(p, end, "infinity") ? 8 : 3;
    v = HUGE_VAL;
  } else if (float_match_word(p, end, "nan")) {
    p += 3;
    v = NAN;
  } else {
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    uint64_t mant = 0;
    int64_t exp2 = 0;
    bool sticky = false, frac = false;
    size_t nd = 0;
    for (;; p++) {
      if (p < end && *p == '.' && !frac) {
        frac = true;
        continue;
      }
      int d = p >= end                                   ? -1
              : *p >= '0' && *p <= '9'                   ? *p - '0'
              : (*p | 0x20) >= 'a' && (*p | 0x20) <= 'f' ? (*p | 0x20) - 'a' + 10
                                                         : -1;
      if (d < 0) break;
      nd++;
      if (mant < ((uint64_t)1 << 56)) {
        mant = mant * 16 + (uint64_t)d;
        if (frac) exp2 -= 4;
      } else {
        sticky |= d != 0;
        if (!frac) exp2 += 4;
      }
    }
    if (!nd) return -1;
    if (p < end && (*p | 0x20) == 'p') {
      p++;
      bool eneg = false;
      if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
      int64_t ev = 0;
      size_t ne = 0;
      for (; p < end && *p >= '0' && *p <= '9'; p++, ne++)
        if (ev < ((int64_t)1 << 40)) ev = ev * 10 + (*p - '0');
      if (!ne) return -1;
      exp2 += eneg ? -ev : ev;
    }
    if (!mant) {
      v = 0.0;
    } else {
      // round mant * 2^exp2 (+ sticky) to the precision available at its exponent
      int bits = 64 - __builtin_clzll(mant);
      int64_t top = exp2 + bits - 1;
      if (top > DBL_MAX_EXP - 1) return -2;
      int64_t prec = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : top - (DBL_MIN_EXP - 1) + DBL_MANT_DIG;
      int64_t drop = bits - prec;
      if (drop >= 64) {
        mant = 0;
      } else if (drop > 0) {
        uint64_t low = mant & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        mant >>= drop;
        exp2 += drop;
        if (low > half || (low == half && (sticky || (mant & 1)))) mant++;
      }
      v = ldexp((double)mant, (int)(exp2 < -2000 ? -2000 : exp2));
      if (std::isinf(v)) return -2;
    }
  }
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  if (p != end) return -1;
  *out = neg ? -v : v;
  return 0;
}

static Ref float_m_fromhex(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0])) // CPython 3.11's generic wording, whatever the type
    return py_err_set_str(&py_TypeError_type, "bad argument type for built-in operation");
  double v;
  int r = float_parse_hex(py_str_data(args[0]), py_str_len(args[0]), &v);
  if (r == -1)
    return py_err_set_str(&py_ValueError_type, "invalid hexadecimal floating-point string");
  if (r == -2)
    return py_err_set_str(&py_OverflowError_type,
                          "hexadecimal value too large to represent as a float");
  Ref f = py_float_new(v);
  if (f && cls != (Ref)&py_float_type) py_setref(&f, py_call1(cls, f));
  return f;
}

static Ref float_m_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref f = py_float_new(py_float_value(self));
  if (!f) return nullptr;
  Ref t = py_tuple_pack(1, f);
  py_decref(f);
  return t;
}

static Ref float_m_getformat(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "__getformat__() argument must be str, not %s",
                         py_tname(args[0]));
  if (!py_str_equal_cstr(args[0], "double") && !py_str_equal_cstr(args[0], "float"))
    return py_err_set_str(&py_ValueError_type,
                          "__getformat__() argument 1 must be 'double' or 'float'");
  const uint16_t one = 1;
  return py_str_from_cstr(*(const uint8_t *)&one ? "IEEE, little-endian" : "IEEE, big-endian");
}

Ref py_float_format(Ref v, Ref spec) {
  size_t len = spec ? py_str_len(spec) : 0;
  if (len == 0) return py_str(v);
  NumSpec f;
  if (py_numspec_parse(py_str_data(spec), len, 0, py_tname(v), &f) < 0) return nullptr;
  return py_float_format_parsed(py_float_value(v), &f, py_tname(v));
}

// divmod(a, b) for float.__divmod__ / __rdivmod__ (how divmod() reaches float
// subclasses); NotImplemented unless both are int or float.
static Ref float_divmod_pair(Ref a, Ref b) {
  double x, y, d, m;
  int r = py_float_operand(a, &x);
  if (r > 0) r = py_float_operand(b, &y);
  if (r < 0) return nullptr;
  if (r == 0) return py_newref(py_NotImplemented);
  if (y == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float divmod()");
  float_divmod(x, y, &d, &m);
  Ref q = py_float_new(d), rem = py_float_new(m);
  Ref t = q && rem ? py_tuple_pack(2, q, rem) : nullptr;
  py_xdecref(q);
  py_xdecref(rem);
  return t;
}

static Ref float_m_divmod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return float_divmod_pair(self, args[0]);
}

static Ref float_m_rdivmod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return float_divmod_pair(args[0], self);
}

static Ref float_m_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "__format__() argument must be str, not %s",
                         py_tname(args[0]));
  return py_float_format(self, args[0]);
}

static const MethodDef float_methods[] = {
    {"conjugate", float_m_conjugate, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return self, the complex conjugate of any float.")},
    {"is_integer", float_m_is_integer, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return True if the float is an integer.")},
    {"as_integer_ratio", float_m_as_integer_ratio, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return integer ratio with a positive denominator equal to the float.")},
    {"hex", float_m_hex, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return a hexadecimal representation of a floating-point number.")},
    {"fromhex", float_m_fromhex, METH_CLASS | METH_QUALIFIED | METH_ARGS(1, 1), PY_DOC("Create a floating-point number from a hex string.")},
    {"__round__", float_m_round, METH_ARGS(0, 1), PY_DOC("Return the Integral closest to x, rounding half to even.")},
    {"__trunc__", float_m_trunc, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return the Integral closest to x between 0 and x.")},
    {"__floor__", float_m_floor, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return the floor as an Integral.")},
    {"__ceil__", float_m_ceil, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return the ceiling as an Integral.")},
    {"__getnewargs__", float_m_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0), nullptr},
    {"__getformat__", float_m_getformat, METH_CLASS | METH_QUALIFIED | METH_ARGS(1, 1), PY_DOC("How float values are stored.")},
    {"__divmod__", float_m_divmod, METH_ARGS(1, 1), PY_DOC("Return divmod(self, value).")},
    {"__rdivmod__", float_m_rdivmod, METH_ARGS(1, 1), PY_DOC("Return divmod(value, self).")},
    {"__format__", float_m_format, METH_QUALIFIED | METH_ARGS(1, 1), PY_DOC("Formats the float according to format_spec.")},
    {nullptr},
};

static Ref float_get_real(Ref self) { return float_to_float(self); }
static Ref float_get_imag(Ref self) { return py_float_new(0.0); }

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, nullptr, PY_DOC("the real part of a complex number")},
    {"imag", float_get_imag, nullptr, PY_DOC("the imaginary part of a complex number")},
    {nullptr},
};

PY_TYPE_DEF(py_float_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "float",
    .flags = TPF_BASETYPE,
    .basicsize = sizeof(FloatObj),
    .dealloc = float_dealloc,
    .tp_new = float_tp_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .binop = float_binop,
    .unop = float_unop,
    .to_bool = float_to_bool,
    .to_int = float_to_int,
    .to_float = float_to_float,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = PY_DOC("Convert a string or number to a floating point number, if possible."),
);
