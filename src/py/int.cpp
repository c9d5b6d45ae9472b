// int and bool. Small values are tagged (obj.h); larger ones are IntObj in
// sign-magnitude form with base 2^32 digits. Arithmetic runs on magnitude
// arrays in scratch buffers; int_make turns a result into a normalised Ref
// (tagged whenever it fits). Instances of int subclasses are always IntObj.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

// Largest int (in 32-bit digits) we build: bigger results raise MemoryError
// instead of grinding through quadratic arithmetic for hours.
#ifndef UPY_INT_MAX_DIGITS
#define UPY_INT_MAX_DIGITS ((size_t)1 << 20)
#endif

int py_int_max_str_digits = 4300;

static_assert(offsetof(BoolObj, digit) == offsetof(IntObj, digit), "bool needs the int layout");

BoolObj py_False_obj = {PY_STATIC_HEAD(&py_bool_type), 0, {0}};
BoolObj py_True_obj = {PY_STATIC_HEAD(&py_bool_type), 1, {1}};

// ---------------------------------------------------------------------------
// Magnitudes: little-endian uint32 digit arrays
// ---------------------------------------------------------------------------

static size_t mag_norm(const uint32_t *d, size_t n) {
  while (n && !d[n - 1]) n--;
  return n;
}

static int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

static uint64_t mag_bits(const uint32_t *d, size_t n) {
  return n ? (uint64_t)(n - 1) * 32 + (uint64_t)(32 - clz32(d[n - 1])) : 0;
}

static int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  while (na--)
    if (a[na] != b[na]) return a[na] < b[na] ? -1 : 1;
  return 0;
}

// out (max(na, nb) + 1 digits) = a + b; out may alias a or b.
static void mag_add(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out) {
  if (na < nb) {
    const uint32_t *t = a;
    a = b;
    b = t;
    size_t tn = na;
    na = nb;
    nb = tn;
  }
  uint64_t c = 0;
  for (size_t i = 0; i < nb; i++) {
    c += (uint64_t)a[i] + b[i];
    out[i] = (uint32_t)c;
    c >>= 32;
  }
  for (size_t i = nb; i < na; i++) {
    c += a[i];
    out[i] = (uint32_t)c;
    c >>= 32;
  }
  out[na] = (uint32_t)c;
}

// out (na digits) = a - b where a >= b; out may alias a or b.
static void mag_sub(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out) {
  int64_t borrow = 0;
  for (size_t i = 0; i < na; i++) {
    int64_t t = (int64_t)a[i] - (i < nb ? b[i] : 0) - borrow;
    out[i] = (uint32_t)t;
    borrow = t < 0;
  }
}

// a += 1 over n digits (the caller leaves room for the carry).
static void mag_inc(uint32_t *a, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (++a[i]) return;
}

// out (na + nb digits, not aliasing a or b) = a * b, schoolbook.
static void mag_mul_school(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                           uint32_t *out) {
  memset(out, 0, (na + nb) * sizeof(uint32_t));
  for (size_t i = 0; i < na; i++) {
    uint64_t ai = a[i], c = 0;
    if (!ai) continue;
    for (size_t j = 0; j < nb; j++) {
      c += ai * b[j] + out[i + j];
      out[i + j] = (uint32_t)c;
      c >>= 32;
    }
    out[i + nb] = (uint32_t)c;
  }
}

// out[0..n) += a (an digits, an <= n); the carry must not run off the end.
static void mag_add_at(uint32_t *out, size_t n, const uint32_t *a, size_t an) {
  uint64_t c = 0;
  size_t i = 0;
  for (; i < an; i++) {
    c += (uint64_t)out[i] + a[i];
    out[i] = (uint32_t)c;
    c >>= 32;
  }
  for (; c && i < n; i++) {
    c += out[i];
    out[i] = (uint32_t)c;
    c >>= 32;
  }
}

#define KARATSUBA_CUTOFF 40

// Scratch digits mag_mul_k needs for operands of na >= nb digits.
static size_t mag_mul_tmp(size_t na, size_t nb) {
  return nb < KARATSUBA_CUTOFF ? 0 : 4 * (na + nb) + 256;
}

// out (na + nb digits, not aliasing a or b) = a * b: Karatsuba above the
// cutoff (a = a1 B^m + a0, b = b1 B^m + b0; the middle term comes from
// (a0 + a1)(b0 + b1) - a0 b0 - a1 b1), schoolbook below it. tmp: mag_mul_tmp digits.
static void mag_mul_k(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out,
                      uint32_t *tmp) {
  if (na < nb) {
    const uint32_t *t = a;
    a = b;
    b = t;
    size_t tn = na;
    na = nb;
    nb = tn;
  }
  if (nb < KARATSUBA_CUTOFF) {
    mag_mul_school(a, na, b, nb, out);
    return;
  }
  if (na >= 2 * nb) { // unbalanced: multiply b by nb-digit slices of a
    memset(out, 0, (na + nb) * sizeof(uint32_t));
    for (size_t i = 0; i < na; i += nb) {
      size_t k = na - i < nb ? na - i : nb;
      mag_mul_k(a + i, k, b, nb, tmp, tmp + k + nb);
      mag_add_at(out + i, na + nb - i, tmp, k + nb);
    }
    return;
  }
  size_t m = (na + 1) / 2; // nb > m since nb > na / 2
  uint32_t *s1 = tmp, *s2 = tmp + m + 1, *z1 = tmp + 2 * m + 2, *rest = tmp + 4 * m + 4;
  mag_mul_k(a, m, b, m, out, rest);                           // z0 = a0 b0
  mag_mul_k(a + m, na - m, b + m, nb - m, out + 2 * m, rest); // z2 = a1 b1
  mag_add(a, m, a + m, na - m, s1);
  mag_add(b, m, b + m, nb - m, s2);
  mag_mul_k(s1, m + 1, s2, m + 1, z1, rest);
  size_t zn = mag_norm(z1, 2 * m + 2);
  mag_sub(z1, zn, out, 2 * m, z1);
  mag_sub(z1, zn, out + 2 * m, na + nb - 2 * m, z1);
  mag_add_at(out + m, na + nb - m, z1, mag_norm(z1, zn));
}

// a = a * m + add over n digits; returns the carry-out digit.
static uint32_t mag_muladd1(uint32_t *a, size_t n, uint32_t m, uint32_t add) {
  uint64_t c = add;
  for (size_t i = 0; i < n; i++) {
    c += (uint64_t)a[i] * m;
    a[i] = (uint32_t)c;
    c >>= 32;
  }
  return (uint32_t)c;
}

// q (n digits, may alias a) = a / d; returns a % d.
static uint32_t mag_div1(const uint32_t *a, size_t n, uint32_t d, uint32_t *q) {
  uint64_t r = 0;
  for (size_t i = n; i-- > 0;) {
    r = (r << 32) | a[i];
    q[i] = (uint32_t)(r / d);
    r %= d;
  }
  return (uint32_t)r;
}

// out (n + k/32 + 1 digits) = a << k.
static void mag_shl(const uint32_t *a, size_t n, uint64_t k, uint32_t *out) {
  size_t w = (size_t)(k / 32);
  int s = (int)(k % 32);
  memset(out, 0, w * sizeof(uint32_t));
  uint32_t carry = 0;
  for (size_t i = 0; i < n; i++) {
    out[w + i] = s ? (a[i] << s) | carry : a[i];
    carry = s ? a[i] >> (32 - s) : 0;
  }
  out[w + n] = carry;
}

// out (n - k/32 digits, n > k/32) = a >> k; returns whether nonzero bits fell off.
static bool mag_shr(const uint32_t *a, size_t n, uint64_t k, uint32_t *out) {
  size_t w = (size_t)(k / 32);
  int s = (int)(k % 32);
  bool lost = false;
  for (size_t i = 0; i < w; i++) lost |= a[i] != 0;
  if (s) lost |= (a[w] & ((1u << s) - 1)) != 0;
  for (size_t i = w; i < n; i++) {
    uint32_t hi = i + 1 < n ? a[i + 1] : 0;
    out[i - w] = s ? (a[i] >> s) | (hi << (32 - s)) : a[i];
  }
  return lost;
}

// Knuth's algorithm D: q (na - nb + 1 digits) = a / b, r (nb digits) = a % b.
// Needs na >= nb >= 2 and b normalised; u and v are scratch of na + 1 and nb digits.
static void mag_divmod_long(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *q,
                            uint32_t *r, uint32_t *u, uint32_t *v) {
  int s = clz32(b[nb - 1]);
  mag_shl(b, nb, (uint64_t)s, u); // borrow u to shift b, then copy to v
  memcpy(v, u, nb * sizeof(uint32_t));
  mag_shl(a, na, (uint64_t)s, u);
  uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
  for (size_t j = na - nb + 1; j-- > 0;) {
    uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
    uint64_t qhat = num / vtop, rhat = num % vtop;
    while (qhat >> 32 || qhat * vnext > ((rhat << 32) | u[j + nb - 2])) {
      qhat--;
      rhat += vtop;
      if (rhat >> 32) break;
    }
    int64_t borrow = 0, t;
    for (size_t i = 0; i < nb; i++) {
      uint64_t p = qhat * v[i];
      t = (int64_t)u[i + j] - borrow - (int64_t)(p & 0xffffffffu);
      u[i + j] = (uint32_t)t;
      borrow = (int64_t)(p >> 32) - (t >> 32);
    }
    t = (int64_t)u[j + nb] - borrow;
    u[j + nb] = (uint32_t)t;
    if (t < 0) { // qhat was one too large: add b back
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < nb; i++) {
        c += (uint64_t)u[i + j] + v[i];
        u[i + j] = (uint32_t)c;
        c >>= 32;
      }
      u[j + nb] += (uint32_t)c;
    }
    q[j] = (uint32_t)qhat;
  }
  mag_shr(u, nb + 1, (uint64_t)s, r); // r gets nb digits (top one is zero)
}

// ---------------------------------------------------------------------------
// Scratch buffers and views
// ---------------------------------------------------------------------------

// A zeroed digit buffer: on the stack when small, else from py_malloc.
struct Scratch {
  uint32_t *d = nullptr;
  size_t heap = 0; // digits allocated on the heap
  uint32_t local[8];
  Scratch() {}
  Scratch(const Scratch &) = delete;
  ~Scratch() {
    if (heap) py_free(d, heap * sizeof(uint32_t));
  }
  uint32_t *get(size_t n) {
    if (n >
        8 * UPY_INT_MAX_DIGITS + 1024) { // results are capped in int_alloc; this allows temporaries
      py_err_nomem();
      return nullptr;
    }
    if (n <= 8) {
      d = local;
    } else {
      d = (uint32_t *)py_malloc(n * sizeof(uint32_t));
      if (!d) return nullptr;
      heap = n;
    }
    memset(d, 0, (n ? n : 1) * sizeof(uint32_t));
    return d;
  }
};

// Sign and magnitude of any int Ref (small ints are expanded into `local`).
struct IntView {
  const uint32_t *d;
  size_t n;
  int sign;
  uint32_t local[2];
  explicit IntView(Ref r) {
    if (py_is_small(r)) {
      intptr_t x = py_small_value(r);
      uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
      local[0] = (uint32_t)m;
      local[1] = (uint32_t)(m >> 32);
      d = local;
      n = m ? (m >> 32 ? 2 : 1) : 0;
      sign = x < 0 ? -1 : x > 0;
    } else {
      int32_t s = ((IntObj *)r)->size;
      d = ((IntObj *)r)->digit;
      n = (size_t)(s < 0 ? -(int64_t)s : s);
      sign = s < 0 ? -1 : s > 0;
    }
  }
  IntView(const IntView &) = delete;
  uint64_t low64() const { return n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0]; }
};

size_t py_int_alloc_size(Type *t, size_t ndigits) {
  size_t a = sizeof(void *);
  size_t native = (sizeof(IntObj) + ndigits * sizeof(uint32_t) + a - 1) & ~(a - 1);
  return py_var_size_with_dict(t, native);
}

size_t py_int_obj_size(Ref o) {
  int32_t s = ((IntObj *)o)->size;
  return py_int_alloc_size(o->type, (size_t)(s < 0 ? -(int64_t)s : s));
}

static IntObj *int_alloc(Type *t, size_t n) {
  if (n > UPY_INT_MAX_DIGITS) return (IntObj *)py_err_nomem();
  return (IntObj *)py_obj_alloc(t, py_int_alloc_size(t, n));
}

// A normalised int from sign and magnitude.
static Ref int_make(int sign, const uint32_t *d, size_t n) {
  n = mag_norm(d, n);
  if (n <= 2) {
    uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0];
    if (m <= (uint64_t)PY_SMALL_MAX) return py_small_new(sign < 0 ? -(intptr_t)m : (intptr_t)m);
    if (sign < 0 && m == (uint64_t)PY_SMALL_MAX + 1) return py_small_new(PY_SMALL_MIN);
  }
  IntObj *o = int_alloc(&py_int_type, n);
  if (!o) return nullptr;
  memcpy(o->digit, d, n * sizeof(uint32_t));
  o->size = sign < 0 ? -(int32_t)n : (int32_t)n;
  return (Ref)o;
}

// An instance of int subclass t with the value of int v.
static Ref int_new_subtype(Type *t, Ref v) {
  IntView x(v);
  IntObj *o = int_alloc(t, x.n);
  if (!o) return nullptr;
  memcpy(o->digit, x.d, x.n * sizeof(uint32_t));
  o->size = x.sign < 0 ? -(int32_t)x.n : (int32_t)x.n;
  return (Ref)o;
}

Ref py_int_from_int_value(Ref v) {
  if (py_is_small(v) || v->type == &py_int_type) return py_newref(v);
  IntView x(v);
  return int_make(x.sign, x.d, x.n);
}

Ref py_int_from_i64(int64_t v) {
  if (py_small_fits(v)) return py_small_new((intptr_t)v);
  uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
  return int_make(v < 0 ? -1 : 1, d, 2);
}

Ref py_int_from_u64(uint64_t v) {
  if (v <= (uint64_t)PY_SMALL_MAX) return py_small_new((intptr_t)v);
  uint32_t d[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
  return int_make(1, d, 2);
}

Ref py_int_from_double(double v) {
  if (std::isnan(v))
    return py_err_set_str(&py_ValueError_type, "cannot convert float NaN to integer");
  if (std::isinf(v))
    return py_err_set_str(&py_OverflowError_type, "cannot convert float infinity to integer");
  v = trunc(v);
  if (fabs(v) < 9.2e18) return py_int_from_i64((int64_t)v);
  int e;
  double m = frexp(fabs(v), &e); // |v| = m * 2^e, e > 63
  uint64_t mant = (uint64_t)ldexp(m, 53);
  uint32_t md[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
  Scratch s;
  size_t n = 2 + (size_t)(e - 53) / 32 + 1;
  uint32_t *out = s.get(n);
  if (!out) return nullptr;
  mag_shl(md, 2, (uint64_t)(e - 53), out);
  return int_make(v < 0 ? -1 : 1, out, n);
}

int py_int_sign(Ref v) {
  if (py_is_small(v)) {
    intptr_t x = py_small_value(v);
    return x < 0 ? -1 : x > 0;
  }
  int32_t s = ((IntObj *)v)->size;
  return s < 0 ? -1 : s > 0;
}

uint64_t py_int_bit_length(Ref v) {
  IntView x(v);
  return mag_bits(x.d, x.n);
}

int py_int_as_i64(Ref v, int64_t *out) {
  if (py_is_small(v)) {
    *out = py_small_value(v);
    return 0;
  }
  IntView x(v);
  uint64_t m = x.low64();
  if (x.n <= 2 && (x.sign >= 0 ? m <= (uint64_t)INT64_MAX : m <= (uint64_t)INT64_MAX + 1)) {
    *out = x.sign < 0 ? (int64_t)(0 - m) : (int64_t)m;
    return 0;
  }
  py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C long");
  return -1;
}

int64_t py_int_as_i64_sat(Ref v, int *overflow) {
  int64_t r;
  *overflow = 0;
  if (py_is_small(v)) return py_small_value(v);
  IntView x(v);
  uint64_t m = x.low64();
  if (x.n <= 2 && (x.sign >= 0 ? m <= (uint64_t)INT64_MAX : m <= (uint64_t)INT64_MAX + 1)) {
    r = x.sign < 0 ? (int64_t)(0 - m) : (int64_t)m;
    return r;
  }
  *overflow = x.sign;
  return x.sign < 0 ? INT64_MIN : INT64_MAX;
}

// The top 64 bits of a magnitude with more than 64 bits, with a sticky low
// bit for anything below them, so converting it to double rounds correctly.
static uint64_t int_top64(const IntView &x, uint64_t bits) {
  uint64_t shift = bits - 64;
  size_t w = (size_t)(shift / 32);
  int s = (int)(shift % 32);
  uint64_t top = ((uint64_t)x.d[w + 1] << 32) | x.d[w];
  if (s) top = (top >> s) | ((uint64_t)(w + 2 < x.n ? x.d[w + 2] : 0) << (64 - s));
  bool sticky = s && (x.d[w] & ((1u << s) - 1));
  for (size_t i = 0; i < w && !sticky; i++) sticky = x.d[i] != 0;
  return top | (uint64_t)sticky;
}

// Correctly rounded (half to even) conversion.
double py_int_as_double(Ref v, int *overflow_err) {
  if (overflow_err) *overflow_err = 0;
  if (py_is_small(v)) return (double)py_small_value(v);
  IntView x(v);
  uint64_t bits = mag_bits(x.d, x.n);
  double r;
  if (bits <= 64)
    r = (double)x.low64();
  else if (bits > DBL_MAX_EXP)
    r = HUGE_VAL;
  else
    r = ldexp((double)int_top64(x, bits), (int)(bits - 64));
  if (std::isinf(r)) {
    if (overflow_err) *overflow_err = 1;
    py_err_set_str(&py_OverflowError_type, "int too large to convert to float");
    return -1.0;
  }
  return x.sign < 0 ? -r : r;
}

double py_int_frexp(Ref v, int64_t *e) {
  IntView x(v);
  uint64_t bits = mag_bits(x.d, x.n);
  double m = bits <= 64 ? (double)x.low64() : (double)int_top64(x, bits);
  m = ldexp(m, -(int)(bits < 64 ? bits : 64));
  if (m == 1.0) { // rounding carried into the next power of two
    m = 0.5;
    bits++;
  }
  *e = (int64_t)bits;
  return x.sign < 0 ? -m : m;
}

int py_int_compare(Ref a, Ref b) {
  if (py_is_small(a) && py_is_small(b)) {
    intptr_t x = py_small_value(a), y = py_small_value(b);
    return (x > y) - (x < y);
  }
  IntView x(a), y(b);
  if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
  int c = mag_cmp(x.d, x.n, y.d, y.n);
  return x.sign < 0 ? -c : c;
}

// Hash modulo the Mersenne prime 2^61 - 1, like CPython.
int py_int_hash(Ref v, int64_t *out) {
  const uint64_t P = ((uint64_t)1 << 61) - 1;
  IntView x(v);
  uint64_t h = 0;
  for (size_t i = x.n; i-- > 0;) {
    h = ((h << 32) & P) | (h >> 29); // h * 2^32 mod P
    h += x.d[i];
    if (h >= P) h -= P;
  }
  int64_t r = x.sign < 0 ? -(int64_t)h : (int64_t)h;
  *out = r == -1 ? -2 : r;
  return 0;
}

// ---------------------------------------------------------------------------
// Arithmetic on Refs
// ---------------------------------------------------------------------------

static Ref int_zero() { return py_small_new(0); }

static Ref int_addsub(Ref a, Ref b, bool sub) {
  IntView x(a), y(b);
  int ys = sub ? -y.sign : y.sign;
  if (!x.n) return int_make(ys, y.d, y.n);
  if (!y.n) return int_make(x.sign, x.d, x.n);
  Scratch s;
  size_t n = (x.n > y.n ? x.n : y.n) + 1;
  uint32_t *out = s.get(n);
  if (!out) return nullptr;
  if (x.sign == ys) {
    mag_add(x.d, x.n, y.d, y.n, out);
    return int_make(x.sign, out, n);
  }
  int c = mag_cmp(x.d, x.n, y.d, y.n);
  if (c == 0) return int_zero();
  if (c > 0) {
    mag_sub(x.d, x.n, y.d, y.n, out);
    return int_make(x.sign, out, x.n);
  }
  mag_sub(y.d, y.n, x.d, x.n, out);
  return int_make(ys, out, y.n);
}

static Ref int_mul(Ref a, Ref b) {
  IntView x(a), y(b);
  if (!x.n || !y.n) return int_zero();
  Scratch s, t;
  uint32_t *out = s.get(x.n + y.n), *tmp = nullptr;
  size_t nt = x.n > y.n ? mag_mul_tmp(x.n, y.n) : mag_mul_tmp(y.n, x.n);
  if (!out || (nt && !(tmp = t.get(nt)))) return nullptr;
  mag_mul_k(x.d, x.n, y.d, y.n, out, tmp);
  return int_make(x.sign * y.sign, out, x.n + y.n);
}

static Ref int_neg(Ref a) {
  if (py_is_small(a)) return py_int_from_i64(-(int64_t)py_small_value(a));
  IntView x(a);
  return int_make(-x.sign, x.d, x.n);
}

// Floor division and modulo; either output may be null. b must be nonzero.
static int int_divmod(Ref a, Ref b, Ref *pq, Ref *pr) {
  IntView x(a), y(b);
  size_t qn = x.n >= y.n ? x.n - y.n + 1 : 0;
  Scratch sq, sr, su, sv;
  uint32_t *q = sq.get(qn + 1), *r = sr.get(y.n + 1);
  if (!q || !r) return -1;
  if (x.n < y.n) {
    memcpy(r, x.d, x.n * sizeof(uint32_t));
  } else if (y.n == 1) {
    r[0] = mag_div1(x.d, x.n, y.d[0], q);
  } else {
    uint32_t *u = su.get(x.n + 2), *v = sv.get(y.n + 1);
    if (!u || !v) return -1;
    mag_divmod_long(x.d, x.n, y.d, y.n, q, r, u, v);
  }
  size_t rn = mag_norm(r, y.n);
  int rsign = x.sign;
  if (rn && x.sign != y.sign) { // round the quotient towards -inf
    mag_inc(q, qn + 1);
    mag_sub(y.d, y.n, r, rn, r);
    rn = y.n;
    rsign = y.sign;
  }
  Ref qr = nullptr, rr = nullptr;
  if (pq && !(qr = int_make(x.sign * y.sign, q, qn + 1))) return -1;
  if (pr && !(rr = int_make(rsign, r, rn))) {
    py_xdecref(qr);
    return -1;
  }
  if (pq) *pq = qr;
  if (pr) *pr = rr;
  return 0;
}

int py_int_divmod(Ref a, Ref b, Ref *q, Ref *r) {
  if (py_int_sign(b) == 0) {
    py_err_set_str(&py_ZeroDivisionError_type, "integer division or modulo by zero");
    return -1;
  }
  return int_divmod(a, b, q, r);
}

// a / b correctly rounded to a double (b nonzero).
static Ref int_truediv(Ref a, Ref b) {
  IntView x(a), y(b);
  if (!y.n) return py_err_set_str(&py_ZeroDivisionError_type, "division by zero");
  bool neg = (x.sign < 0) != (y.sign < 0);
  if (!x.n) return py_float_new(neg ? -0.0 : 0.0);
  int64_t xb = (int64_t)mag_bits(x.d, x.n), yb = (int64_t)mag_bits(y.d, y.n);
  if (xb <= DBL_MANT_DIG && yb <= DBL_MANT_DIG) {
    double r = (double)x.low64() / (double)y.low64();
    return py_float_new(neg ? -r : r);
  }
  int64_t diff = xb - yb;
  if (diff > DBL_MAX_EXP) goto overflow;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return py_float_new(neg ? -0.0 : 0.0);
  {
    // q = x / (y * 2^shift) has DBL_MANT_DIG + 2 or + 3 bits; round it by hand.
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Scratch sa, sb, sq, sr, su, sv;
    const uint32_t *num = x.d, *den = y.d;
    size_t nn = x.n, dn = y.n;
    if (shift < 0) {
      uint32_t *t = sa.get(x.n + (size_t)(-shift) / 32 + 1);
      if (!t) return nullptr;
      mag_shl(x.d, x.n, (uint64_t)-shift, t);
      nn = mag_norm(t, x.n + (size_t)(-shift) / 32 + 1);
      num = t;
    } else if (shift > 0) {
      uint32_t *t = sb.get(y.n + (size_t)shift / 32 + 1);
      if (!t) return nullptr;
      mag_shl(y.d, y.n, (uint64_t)shift, t);
      dn = mag_norm(t, y.n + (size_t)shift / 32 + 1);
      den = t;
    }
    uint32_t *q = sq.get(nn - dn + 2), *r = sr.get(dn + 1);
    if (!q || !r) return nullptr;
    bool inexact;
    if (dn == 1) {
      inexact = mag_div1(num, nn, den[0], q) != 0;
    } else {
      uint32_t *u = su.get(nn + 2), *v = sv.get(dn + 1);
      if (!u || !v) return nullptr;
      mag_divmod_long(num, nn, den, dn, q, r, u, v);
      inexact = mag_norm(r, dn) != 0;
    }
    uint64_t qv = ((uint64_t)q[1] << 32) | q[0];
    int qbits = 64 - __builtin_clzll(qv);
    int extra = (qbits > DBL_MIN_EXP - shift ? qbits : (int)(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
    uint64_t mask = ((uint64_t)1 << extra) - 1, half = (uint64_t)1 << (extra - 1);
    uint64_t low = (qv & mask) | (uint64_t)inexact;
    qv &= ~mask;
    if (low > half || (low == half && (qv >> extra) & 1)) qv += mask + 1;
    double r2 = ldexp((double)qv, (int)shift);
    if (std::isinf(r2)) goto overflow;
    return py_float_new(neg ? -r2 : r2);
  }
overflow:
  return py_err_set_str(&py_OverflowError_type, "integer division result too large for a float");
}

static Ref int_lshift(Ref a, uint64_t k) {
  IntView x(a);
  if (!x.n) return int_zero();
  if (k / 32 > UPY_INT_MAX_DIGITS) return py_err_nomem();
  Scratch s;
  size_t n = x.n + (size_t)(k / 32) + 1;
  uint32_t *out = s.get(n);
  if (!out) return nullptr;
  mag_shl(x.d, x.n, k, out);
  return int_make(x.sign, out, n);
}

// Floor semantics: negative values round towards -inf.
static Ref int_rshift(Ref a, uint64_t k) {
  IntView x(a);
  if (k / 32 >= x.n) return py_small_new(x.sign < 0 ? -1 : 0);
  Scratch s;
  size_t n = x.n - (size_t)(k / 32);
  uint32_t *out = s.get(n + 1);
  if (!out) return nullptr;
  bool lost = mag_shr(x.d, x.n, k, out);
  if (x.sign < 0 && lost) mag_inc(out, n + 1);
  return int_make(x.sign, out, n + 1);
}

// Two's complement of x over n digits (n > x.n).
static void int_twos(const IntView &x, uint32_t *out, size_t n) {
  memcpy(out, x.d, x.n * sizeof(uint32_t));
  if (x.sign < 0) {
    for (size_t i = 0; i < n; i++) out[i] = ~out[i];
    mag_inc(out, n);
  }
}

static Ref int_bitop(Ref a, Ref b, int op) {
  IntView x(a), y(b);
  size_t n = (x.n > y.n ? x.n : y.n) + 1;
  Scratch sa, sb;
  uint32_t *p = sa.get(n), *q = sb.get(n);
  if (!p || !q) return nullptr;
  int_twos(x, p, n);
  int_twos(y, q, n);
  for (size_t i = 0; i < n; i++)
    p[i] = op == BINOP_AND ? p[i] & q[i] : op == BINOP_OR ? p[i] | q[i] : p[i] ^ q[i];
  bool neg = p[n - 1] >> 31;
  if (neg) {
    for (size_t i = 0; i < n; i++) p[i] = ~p[i];
    mag_inc(p, n);
  }
  return int_make(neg ? -1 : 1, p, n);
}

static Ref int_shift(Ref a, Ref b, bool left) {
  if (py_int_sign(b) < 0) return py_err_set_str(&py_ValueError_type, "negative shift count");
  int ovf;
  int64_t k = py_int_as_i64_sat(b, &ovf);
  if (ovf) {
    if (py_int_sign(a) == 0) return int_zero();
    if (left) return py_err_nomem();
    return py_small_new(py_int_sign(a) < 0 ? -1 : 0);
  }
  return left ? int_lshift(a, (uint64_t)k) : int_rshift(a, (uint64_t)k);
}

// x ** e for e >= 0 (e as an int).
static Ref int_pow_pos(Ref a, Ref e) {
  IntView x(a);
  if (py_int_sign(e) == 0) return py_small_new(1);
  bool odd = py_is_small(e) ? (py_small_value(e) & 1) : (((IntObj *)e)->digit[0] & 1);
  if (x.n == 0 || (x.n == 1 && x.d[0] == 1)) // 0, 1, -1
    return py_small_new(x.sign < 0 && !odd ? 1 : x.sign);
  int ovf;
  int64_t k = py_int_as_i64_sat(e, &ovf);
  uint64_t bits = mag_bits(x.d, x.n);
  if (ovf || (uint64_t)k > ((uint64_t)UPY_INT_MAX_DIGITS * 32) / (bits - 1 ? bits - 1 : 1))
    return py_err_nomem();
  if (x.n == 1 && !(x.d[0] & (x.d[0] - 1))) { // power of two: a shift
    Ref one = py_small_new(x.sign < 0 && odd ? -1 : 1);
    return int_lshift(one, (bits - 1) * (uint64_t)k);
  }
  if (py_is_small(a)) { // small fast path while the result fits in 62 bits
    int64_t base = py_small_value(a), r = 1;
    uint64_t kk = (uint64_t)k;
    bool fits = true;
    while (kk && fits) {
      if (kk & 1) fits = !__builtin_mul_overflow(r, base, &r);
      kk >>= 1;
      if (kk && fits) fits = !__builtin_mul_overflow(base, base, &base);
    }
    if (fits) return py_int_from_i64(r);
  }
  Ref result = py_small_new(1), base = py_newref(a);
  for (int i = 63 - __builtin_clzll((uint64_t)k); i >= 0; i--) {
    Ref t = int_mul(result, result);
    py_decref(result);
    if (!t) goto fail;
    result = t;
    if (((uint64_t)k >> i) & 1) {
      t = int_mul(result, base);
      py_decref(result);
      if (!t) goto fail;
      result = t;
    }
  }
  py_decref(base);
  return result;
fail:
  py_decref(base);
  return nullptr;
}

// a mod m for m > 0 (result in [0, m)).
static Ref int_mod(Ref a, Ref m) {
  Ref r;
  return int_divmod(a, m, nullptr, &r) < 0 ? nullptr : r;
}

// Inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
static Ref int_modinv(Ref a, Ref m) {
  Ref r0 = int_mod(a, m), r1 = py_newref(m), s0 = py_small_new(1), s1 = int_zero();
  if (!r0) return nullptr;
  while (py_int_sign(r1) != 0) { // invariant: s_i * a == r_i (mod m)
    Ref q, r, qs = nullptr, s;
    if (int_divmod(r0, r1, &q, &r) < 0) goto fail;
    qs = int_mul(q, s1);
    py_decref(q);
    s = qs ? int_addsub(s0, qs, true) : nullptr;
    py_xdecref(qs);
    if (!s) {
      py_decref(r);
      goto fail;
    }
    py_decref(r0);
    py_decref(s0);
    r0 = r1;
    s0 = s1;
    r1 = r;
    s1 = s;
  }
  py_decref(r1);
  py_decref(s1);
  if (py_int_compare(r0, py_small_new(1)) != 0) {
    py_decref(r0);
    py_decref(s0);
    return py_err_set_str(&py_ValueError_type, "base is not invertible for the given modulus");
  }
  py_decref(r0);
  r0 = int_mod(s0, m);
  py_decref(s0);
  return r0;
fail:
  py_decref(r0);
  py_decref(r1);
  py_decref(s0);
  py_decref(s1);
  return nullptr;
}

// pow(a, e, m) for m > 0, e >= 0: square-and-multiply over the bits of e.
static Ref int_powmod(Ref a, Ref e, Ref m) {
  IntView ev(e);
  IntView mv(m);
  Ref base = int_mod(a, m);
  if (!base) return nullptr;
  if (mv.n == 1) { // modulus fits a digit: native arithmetic
    uint64_t md = mv.d[0], b = py_is_small(base) ? (uint64_t)py_small_value(base) : 0, r = 1 % md;
    py_decref(base);
    for (size_t i = ev.n; i-- > 0;)
      for (int j = 31; j >= 0; j--) {
        r = r * r % md;
        if ((ev.d[i] >> j) & 1) r = r * b % md;
      }
    return py_int_from_u64(r);
  }
  Ref r = py_small_new(1);
  for (size_t i = ev.n; i-- > 0;)
    for (int j = 31; j >= 0; j--) {
      Ref t = int_mul(r, r);
      py_decref(r);
      r = t ? int_mod(t, m) : nullptr;
      py_xdecref(t);
      if (r && ((ev.d[i] >> j) & 1)) {
        t = int_mul(r, base);
        py_decref(r);
        r = t ? int_mod(t, m) : nullptr;
        py_xdecref(t);
      }
      if (!r) {
        py_decref(base);
        return nullptr;
      }
    }
  py_decref(base);
  Ref t = int_mod(r, m); // pow(x, 0, 1) == 0
  py_decref(r);
  return t;
}

Ref py_int_pow(Ref a, Ref b, Ref mod) {
  if (!mod || mod == py_None) {
    if (py_int_sign(b) >= 0) return int_pow_pos(a, b);
    int ea, eb;
    double x = py_int_as_double(a, &ea), y = ea ? 0 : py_int_as_double(b, &eb);
    if (ea || eb) return nullptr;
    return py_float_pow(x, y);
  }
  if (!py_is_int(mod))
    return py_err_set_str(&py_TypeError_type,
                          "pow() 3rd argument not allowed unless all arguments are integers");
  int ms = py_int_sign(mod);
  if (ms == 0) return py_err_set_str(&py_ValueError_type, "pow() 3rd argument cannot be 0");
  Ref m = ms < 0 ? int_neg(mod) : py_newref(mod);
  if (!m) return nullptr;
  Ref base = py_newref(a), e = py_newref(b), r = nullptr;
  if (py_int_sign(b) < 0) {
    py_setref(&base, int_modinv(a, m));
    py_setref(&e, base ? int_neg(b) : nullptr);
  }
  if (base && e) r = int_powmod(base, e, m);
  if (r && ms < 0 && py_int_sign(r) != 0) py_setref(&r, int_addsub(r, m, true));
  py_xdecref(base);
  py_xdecref(e);
  py_decref(m);
  return r;
}

// Fast paths for two tagged ints; nullptr without error = not handled.
static Ref int_binop_small(intptr_t x, intptr_t y, int op) {
  int64_t r;
  switch (op) {
  case BINOP_ADD: return py_int_from_i64((int64_t)x + y);
  case BINOP_SUB: return py_int_from_i64((int64_t)x - y);
  case BINOP_MUL:
    if (__builtin_mul_overflow((int64_t)x, (int64_t)y, &r)) return nullptr;
    return py_int_from_i64(r);
  case BINOP_FLOORDIV:
    if (!y) break;
    r = x / y;
    if ((x % y) && ((x < 0) != (y < 0))) r--;
    return py_int_from_i64(r);
  case BINOP_MOD:
    if (!y) break;
    r = x % y;
    if (r && ((r < 0) != (y < 0))) r += y;
    return py_int_from_i64(r);
  case BINOP_TRUEDIV:
    if (!y) break;
    if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
      return py_float_new((double)x / (double)y);
    break;
  case BINOP_AND: return py_small_new(x & y);
  case BINOP_OR: return py_small_new(x | y);
  case BINOP_XOR: return py_small_new(x ^ y);
  case BINOP_RSHIFT:
    if (y < 0) break;
    return py_small_new(y >= (intptr_t)(sizeof(intptr_t) * 8) ? (x < 0 ? -1 : 0) : x >> y);
  case BINOP_LSHIFT:
    if (y < 0 || y >= 62 || __builtin_mul_overflow((int64_t)x, (int64_t)1 << y, &r)) break;
    return py_int_from_i64(r);
  }
  return nullptr;
}

Ref py_int_binop(Ref a, Ref b, int op) {
  if (!py_is_int(a) || !py_is_int(b)) return py_newref(py_NotImplemented);
  op &= BINOP_INPLACE - 1;
  if (py_is_small(a) && py_is_small(b)) {
    Ref r = int_binop_small(py_small_value(a), py_small_value(b), op);
    if (r) return r;
  }
  switch (op) {
  case BINOP_ADD: return int_addsub(a, b, false);
  case BINOP_SUB: return int_addsub(a, b, true);
  case BINOP_MUL: return int_mul(a, b);
  case BINOP_TRUEDIV: return int_truediv(a, b);
  case BINOP_FLOORDIV:
  case BINOP_MOD: {
    if (py_int_sign(b) == 0)
      return op == BINOP_MOD
                 ? py_err_set_str(&py_ZeroDivisionError_type, "integer modulo by zero")
                 : py_err_set_str(&py_ZeroDivisionError_type, "integer division or modulo by zero");
    Ref r;
    if (int_divmod(a, b, op == BINOP_FLOORDIV ? &r : nullptr, op == BINOP_MOD ? &r : nullptr) < 0)
      return nullptr;
    return r;
  }
  case BINOP_POW: return py_int_pow(a, b, nullptr);
  case BINOP_LSHIFT: return int_shift(a, b, true);
  case BINOP_RSHIFT: return int_shift(a, b, false);
  case BINOP_AND:
  case BINOP_OR:
  case BINOP_XOR: return int_bitop(a, b, op);
  }
  return py_newref(py_NotImplemented);
}

// ---------------------------------------------------------------------------
// Text conversion
// ---------------------------------------------------------------------------

static Ref int_limit_error(size_t digits) {
  if (digits)
    return py_err_format(&py_ValueError_type,
                         "Exceeds the limit (%d digits) for integer string conversion: value has "
                         "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         py_int_max_str_digits, digits);
  return py_err_format(&py_ValueError_type,
                       "Exceeds the limit (%d digits) for integer string conversion; use "
                       "sys.set_int_max_str_digits() to increase the limit",
                       py_int_max_str_digits);
}

// Digits of |v| in base 2, 8, 10 or 16 into a py_malloc'ed buffer (*cap bytes).
static char *int_digits(Ref v, int base, bool upper, size_t *len, size_t *cap) {
  IntView x(v);
  const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  uint64_t bits = mag_bits(x.d, x.n);
  if (base != 10) {
    int k = base == 2 ? 1 : base == 8 ? 3 : 4;
    size_t n = bits ? (size_t)((bits + k - 1) / k) : 1;
    char *buf = (char *)py_malloc(n + 1);
    if (!buf) return nullptr;
    for (size_t i = 0; i < n; i++) { // digit i from the right covers bits [i*k, i*k + k)
      uint64_t bit = (uint64_t)i * k;
      size_t w = (size_t)(bit / 32);
      int s = (int)(bit % 32);
      uint64_t chunk = w < x.n ? x.d[w] >> s : 0;
      if (s + k > 32 && w + 1 < x.n) chunk |= (uint64_t)x.d[w + 1] << (32 - s);
      buf[n - 1 - i] = hex[chunk & ((1u << k) - 1)];
    }
    buf[n] = 0;
    *len = n;
    *cap = n + 1;
    return buf;
  }
  int limit = py_int_max_str_digits;
  if (limit > 0 && bits > 1 && (bits - 1) * 30103 / 100000 >= (uint64_t)limit) {
    int_limit_error(0);
    return nullptr;
  }
  // Peel off 9 decimal digits at a time from a copy of the magnitude.
  Scratch st, sc;
  uint32_t *t = st.get(x.n), *chunks = sc.get(x.n * 11 / 10 + 2);
  if (!t || !chunks) return nullptr;
  memcpy(t, x.d, x.n * sizeof(uint32_t));
  size_t tn = x.n, nc = 0;
  do {
    chunks[nc++] = mag_div1(t, tn, 1000000000u, t);
    tn = mag_norm(t, tn);
  } while (tn);
  size_t n = nc * 9 + 1;
  char *buf = (char *)py_malloc(n);
  if (!buf) return nullptr;
  int first = snprintf(buf, n, "%u", (unsigned)chunks[nc - 1]);
  size_t pos = (size_t)first;
  for (size_t i = nc - 1; i-- > 0;) {
    snprintf(buf + pos, n - pos, "%09u", (unsigned)chunks[i]);
    pos += 9;
  }
  if (limit > 0 && pos > (size_t)limit) {
    py_free(buf, n);
    int_limit_error(0);
    return nullptr;
  }
  *len = pos;
  *cap = n;
  return buf;
}

char *py_int_small_decimal(intptr_t v, char *end) {
  uintptr_t m = v < 0 ? 0 - (uintptr_t)v : (uintptr_t)v;
  char *p = end;
  do {
    *--p = (char)('0' + m % 10);
    m /= 10;
  } while (m);
  if (v < 0) *--p = '-';
  return p;
}

Ref py_int_to_str_base(Ref v, int base) {
  if (base == 10 && py_is_small(v)) {
    char buf[24];
    char *p = py_int_small_decimal(py_small_value(v), buf + sizeof buf);
    return py_str_new(p, (size_t)(buf + sizeof buf - p));
  }
  size_t len, cap;
  char *d = int_digits(v, base, false, &len, &cap);
  if (!d) return nullptr;
  char head[4];
  size_t nh = 0;
  if (py_int_sign(v) < 0) head[nh++] = '-';
  if (base != 10) {
    head[nh++] = '0';
    head[nh++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
  }
  Ref r;
  if (!nh) {
    r = py_str_new(d, len);
  } else {
    char *buf = (char *)py_malloc(len + nh);
    r = nullptr;
    if (buf) {
      memcpy(buf, head, nh);
      memcpy(buf + nh, d, len);
      r = py_str_new(buf, len + nh);
      py_free(buf, len + nh);
    }
  }
  py_free(d, cap);
  return r;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// ValueError "invalid literal for int() with base B: <repr>" (repr cut at 200 chars).
static Ref int_literal_error(int base, const char *s, size_t len, Ref orig) {
  Ref text = orig ? py_newref(orig) : py_str_new(s, len);
  Ref r = text ? py_repr(text) : nullptr;
  py_xdecref(text);
  if (!r) return nullptr;
  const char *p = py_str_data(r);
  size_t n = py_str_len(r), chars = 0, i = 0;
  for (; i < n && chars < 200; i++) chars += ((unsigned char)p[i] & 0xc0) != 0x80;
  while (i < n && ((unsigned char)p[i] & 0xc0) == 0x80) i++;
  Ref cut = py_str_new(p, i);
  py_decref(r);
  if (!cut) return nullptr;
  py_err_format(&py_ValueError_type, "invalid literal for int() with base %d: %U", base, cut);
  py_decref(cut);
  return nullptr;
}

// int(text, base): whitespace, sign, prefixes, single underscores between digits.
// ms/mlen: the original text, for the error message when orig is null.
static Ref int_parse_ascii(const char *s, size_t len, int base, const char *ms, size_t mlen,
                           Ref orig) {
  const char *p = s, *end = s + len;
  int given_base = base;
  size_t w;
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  int sign = 1;
  if (p < end && (*p == '+' || *p == '-')) sign = *p++ == '-' ? -1 : 1;
  bool prefixed = false, base0_zero = false;
  if (end - p >= 2 && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      p += 2;
      prefixed = true;
    }
  }
  if (base == 0) {
    base = 10;
    base0_zero = p < end && *p == '0';
  }
  const char *ds = p, *de;
  size_t ndig = 0;
  bool last_us = false, nonzero = false;
  for (; p < end; p++) {
    if (*p == '_') {
      if (last_us || (p == ds && !prefixed)) goto bad;
      last_us = true;
      continue;
    }
    int v = digit_value(*p);
    if (v >= base) break;
    nonzero |= v != 0;
    ndig++;
    last_us = false;
  }
  de = p;
  if (!ndig || last_us || (base0_zero && nonzero)) goto bad;
  while (p < end && (w = py_num_space_len(p, end))) p += w;
  if (p != end) goto bad;
  {
    bool pow2 = !(base & (base - 1));
    if (!pow2 && py_int_max_str_digits > 0 && ndig > (size_t)py_int_max_str_digits)
      return int_limit_error(ndig);
    int bits_per = 1;
    while ((1 << bits_per) < base) bits_per++;
    size_t cap = (size_t)(((uint64_t)ndig * bits_per) / 32) + 2;
    Scratch sd;
    uint32_t *d = sd.get(cap);
    if (!d) return nullptr;
    size_t n = 0;
    if (pow2) {
      uint64_t bit = 0;
      for (const char *q = de; q-- > ds;) {
        if (*q == '_') continue;
        uint64_t v = (uint64_t)digit_value(*q) << (bit % 32);
        d[bit / 32] |= (uint32_t)v;
        if (v >> 32) d[bit / 32 + 1] |= (uint32_t)(v >> 32);
        bit += (uint64_t)bits_per;
      }
      n = cap;
    } else {
      // groups of k digits: acc = acc * base^k + group
      uint32_t big = 1;
      int k = 0;
      while ((uint64_t)big * base <= 0xffffffffu) {
        big *= (uint32_t)base;
        k++;
      }
      uint32_t group = 0, mul = 1;
      for (const char *q = ds; q < de; q++) {
        if (*q == '_') continue;
        group = group * (uint32_t)base + (uint32_t)digit_value(*q);
        mul *= (uint32_t)base;
        if (mul == big || q + 1 == de) {
          uint32_t c = mag_muladd1(d, n, mul, group);
          if (c) d[n++] = c;
          group = 0;
          mul = 1;
        }
      }
    }
    return int_make(sign, d, n);
  }
bad:
  return int_literal_error(given_base, ms, mlen, orig);
}

static Ref int_parse(const char *s, size_t len, int base, Ref orig) {
  size_t cap = 0;
  char *a = !orig || py_is_str(orig) ? py_num_ascii(s, len, &cap) : nullptr;
  if (!a) return cap ? nullptr : int_parse_ascii(s, len, base, s, len, orig);
  Ref r = int_parse_ascii(a, strlen(a), base, s, len, orig);
  py_free(a, cap);
  return r;
}

Ref py_int_from_str(const char *s, size_t len, int base) {
  return int_parse(s, len, base, nullptr);
}

// int(x, base) / int(x) for str, bytes and bytearray; nullptr without error if x is none of them.
static Ref int_from_text(Ref x, int base) {
  if (py_is_str(x)) return int_parse(py_str_data(x), py_str_len(x), base, x);
  if (py_is_bytes(x)) return int_parse(py_bytes_data(x), py_bytes_len(x), base, x);
  if (py_isinstance_of(x, &py_bytearray_type)) {
    ByteArrayObj *ba = (ByteArrayObj *)x;
    Ref b = py_bytes_new(ba->data, ba->len); // the message shows b'...' like CPython
    if (!b) return nullptr;
    Ref r = int_parse(ba->data, ba->len, base, b);
    py_decref(b);
    return r;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------
// int(): constructor and conversions
// ---------------------------------------------------------------------------

// Check that a conversion method returned an int; converts it to an exact int.
static Ref int_check_result(Ref r, const char *method) {
  if (!r) return nullptr;
  if (!py_is_int(r)) {
    py_err_format(&py_TypeError_type, "%s returned non-int (type %s)", method, py_tname(r));
    py_decref(r);
    return nullptr;
  }
  Ref v = py_int_from_int_value(r);
  py_decref(r);
  return v;
}

// int(x) for one argument.
static Ref int_from_object(Ref x) {
  if (py_is_small(x) || x->type == &py_int_type) return py_newref(x);
  Type *t = py_type(x);
  if (t->to_int) return int_check_result(t->to_int(x), "__int__");
  if (t->to_index) return int_check_result(t->to_index(x), "__index__");
  Ref name = py_str_intern("__trunc__");
  if (!name) return nullptr;
  Ref trunc = py_type_lookup(t, name);
  py_decref(name);
  if (trunc) {
    Ref r = py_call_method(x, "__trunc__", nullptr, 0);
    if (!r || py_is_int(r)) return int_check_result(r, "__trunc__");
    Ref v = py_number_index(r);
    if (!v && py_err_matches(&py_TypeError_type)) {
      py_err_clear();
      py_err_format(&py_TypeError_type, "__trunc__ returned non-Integral (type %s)", py_tname(r));
    }
    py_decref(r);
    return int_check_result(v, "__index__");
  }
  Ref r = int_from_text(x, 10);
  if (r || py_err_occurred()) return r;
  return py_err_format(
      &py_TypeError_type,
      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
      py_tname(x));
}

static Ref int_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"x", "base"};
  static const ArgSpec spec = {"int", names, 2, 0, 1, 2};
  Ref a[2] = {nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  if (py_subtype(type, &py_bool_type))
    return py_err_format(&py_TypeError_type, "int.__new__(%s) is not safe, use %s.__new__()",
                         py_type_name(type), py_type_name(type));
  Ref v;
  if (!a[1]) {
    v = a[0] ? int_from_object(a[0]) : int_zero();
  } else {
    if (!a[0]) return py_err_set_str(&py_TypeError_type, "int() missing string argument");
    int64_t base;
    if (py_index_i64(a[1], &base) < 0) return nullptr;
    if (base != 0 && (base < 2 || base > 36))
      return py_err_set_str(&py_ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    v = int_from_text(a[0], (int)base);
    if (!v && !py_err_occurred())
      return py_err_set_str(&py_TypeError_type,
                            "int() can't convert non-string with explicit base");
  }
  if (!v || type == &py_int_type) return v;
  Ref r = int_new_subtype(type, v);
  py_decref(v);
  return r;
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void int_dealloc(Ref self) { py_obj_free(self, py_int_obj_size(self)); }

static Ref int_repr(Ref self) { return py_int_to_str_base(self, 10); }

static int int_hash_slot(Ref self, int64_t *out) { return py_int_hash(self, out); }

static Ref int_richcompare(Ref a, Ref b, int op) {
  if (!py_is_int(a) || !py_is_int(b)) return py_newref(py_NotImplemented);
  return py_cmp_result(py_int_compare(a, b), op);
}

static Ref int_unop(Ref self, int op) {
  switch (op) {
  case UNOP_NEG: return int_neg(self);
  case UNOP_POS: return py_int_from_int_value(self);
  case UNOP_INVERT: { // ~x == -(x + 1)
    if (py_is_small(self)) return py_int_from_i64(~(int64_t)py_small_value(self));
    Ref t = int_addsub(self, py_small_new(1), false);
    if (!t) return nullptr;
    Ref r = int_neg(t);
    py_decref(t);
    return r;
  }
  case UNOP_ABS: return py_int_sign(self) < 0 ? int_neg(self) : py_int_from_int_value(self);
  }
  return py_newref(py_NotImplemented);
}

static int int_to_bool(Ref self) { return py_int_sign(self) != 0; }

static Ref int_to_float(Ref self) {
  int err;
  double d = py_int_as_double(self, &err);
  return err ? nullptr : py_float_new(d);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static Ref int_m_exact(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_int_value(self);
}

// divmod(a, b) for int.__divmod__ / __rdivmod__ (how divmod() reaches int
// subclasses); NotImplemented unless both are ints.
static Ref int_divmod_pair(Ref a, Ref b) {
  if (!py_is_int(a) || !py_is_int(b)) return py_newref(py_NotImplemented);
  Ref q, r;
  if (py_int_divmod(a, b, &q, &r) < 0) return nullptr;
  Ref t = py_tuple_pack(2, q, r);
  py_decref(q);
  py_decref(r);
  return t;
}

static Ref int_m_divmod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return int_divmod_pair(self, args[0]);
}

static Ref int_m_rdivmod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return int_divmod_pair(args[0], self);
}

static Ref int_m_bit_length(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_int_from_u64(py_int_bit_length(self));
}

static Ref int_m_bit_count(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  IntView x(self);
  uint64_t c = 0;
  for (size_t i = 0; i < x.n; i++) c += (uint64_t)__builtin_popcount(x.d[i]);
  return py_int_from_u64(c);
}

static Ref int_m_as_integer_ratio(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref v = py_int_from_int_value(self);
  if (!v) return nullptr;
  Ref t = py_tuple_pack(2, v, py_small_new(1));
  py_decref(v);
  return t;
}

static Ref int_m_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref v = py_int_from_int_value(self);
  if (!v) return nullptr;
  Ref t = py_tuple_pack(1, v);
  py_decref(v);
  return t;
}

static Ref int_m_sizeof(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_is_small(self)) return py_int_from_u64(sizeof(Ref));
  return py_int_from_u64(py_int_obj_size(self));
}

static Ref int_m_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0]))
    return py_err_format(&py_TypeError_type, "__format__() argument must be str, not %s",
                         py_tname(args[0]));
  return py_int_format(self, args[0]);
}

// round(x, ndigits): for ndigits < 0 round half to even at 10**-ndigits.
static Ref int_m_round(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!nargs) return py_int_from_int_value(self);
  Ref nd = py_number_index(args[0]);
  if (!nd) return nullptr;
  int sign = py_int_sign(nd);
  if (sign >= 0) {
    py_decref(nd);
    return py_int_from_int_value(self);
  }
  Ref k = int_neg(nd);
  py_decref(nd);
  if (!k) return nullptr;
  Ref p = int_pow_pos(py_small_new(10), k);
  py_decref(k);
  if (!p) return nullptr;
  Ref q, r, r2 = nullptr, res = nullptr;
  if (int_divmod(self, p, &q, &r) == 0) {
    r2 = int_addsub(r, r, false);
    if (r2) {
      int c = py_int_compare(r2, p);
      IntView qv(q);
      if (c > 0 || (c == 0 && qv.n && (qv.d[0] & 1)))
        py_setref(&q, int_addsub(q, py_small_new(1), false));
      if (q) res = int_mul(q, p);
    }
    py_xdecref(q);
    py_decref(r);
    py_xdecref(r2);
  }
  py_decref(p);
  return res;
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed"};

// Reads the byteorder argument: 1 little, 0 big, -1 error.
static int int_byteorder(Ref order, const char *fname) {
  if (!order) return 0;
  if (!py_is_str(order)) {
    py_err_format(&py_TypeError_type, "%s() argument 'byteorder' must be str, not %s", fname,
                  py_tname(order));
    return -1;
  }
  if (py_str_equal_cstr(order, "little")) return 1;
  if (py_str_equal_cstr(order, "big")) return 0;
  py_err_set_str(&py_ValueError_type, "byteorder must be either 'little' or 'big'");
  return -1;
}

static Ref int_m_to_bytes(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const ArgSpec spec = {"to_bytes", to_bytes_names, 3, 0, 0, 2};
  Ref a[3] = {nullptr, nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int64_t length = 1;
  if (a[0] && py_index_i64(a[0], &length) < 0) return nullptr;
  if (length < 0)
    return py_err_set_str(&py_ValueError_type, "length argument must be non-negative");
  int little = int_byteorder(a[1], "to_bytes");
  if (little < 0) return nullptr;
  int is_signed = a[2] ? py_truthy(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  IntView x(self);
  if (x.sign < 0 && !is_signed)
    return py_err_set_str(&py_OverflowError_type, "can't convert negative int to unsigned");
  // bits needed: magnitude bits, plus a sign bit when signed (-2^(k-1) needs only k bits)
  uint64_t bits = mag_bits(x.d, x.n);
  if (is_signed && x.n) {
    uint64_t ones = 0; // -2^(k-1) fits in k bits; like CPython, -1 even fits in none
    for (size_t i = 0; x.sign < 0 && i < x.n; i++) ones += (uint64_t)__builtin_popcount(x.d[i]);
    if (ones != 1)
      bits++;
    else if (bits == 1)
      bits = 0;
  }
  if (bits > (uint64_t)length * 8)
    return py_err_set_str(&py_OverflowError_type, "int too big to convert");
  char *buf = (char *)py_malloc(length ? (size_t)length : 1);
  if (!buf) return nullptr;
  unsigned carry = 1;
  for (int64_t i = 0; i < length; i++) {
    size_t w = (size_t)i / 4;
    unsigned byte = w < x.n ? (x.d[w] >> (8 * (i % 4))) & 0xff : 0;
    if (x.sign < 0) { // two's complement: invert and add one
      byte = (~byte & 0xff) + carry;
      carry = byte >> 8;
      byte &= 0xff;
    }
    buf[little ? i : length - 1 - i] = (char)byte;
  }
  Ref r = py_bytes_new(buf, (size_t)length);
  py_free(buf, length ? (size_t)length : 1);
  return r;
}

static Ref int_m_from_bytes(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"bytes", "byteorder", "signed"};
  static const ArgSpec spec = {"from_bytes", names, 3, 1, 0, 2};
  Ref a[3] = {nullptr, nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int little = int_byteorder(a[1], "from_bytes");
  if (little < 0) return nullptr;
  int is_signed = a[2] ? py_truthy(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  Ref b;
  if (py_is_bytes(a[0])) {
    b = py_newref(a[0]);
  } else if (py_isinstance_of(a[0], &py_bytearray_type)) {
    b = py_bytes_new(((ByteArrayObj *)a[0])->data, ((ByteArrayObj *)a[0])->len);
  } else if (py_is_str(a[0]) || py_is_int(a[0])) {
    // bytes() would encode a str or zero-fill for an int; from_bytes takes neither.
    return py_err_format(&py_TypeError_type, "cannot convert '%T' object to bytes", a[0]);
  } else {
    b = py_call1((Ref)&py_bytes_type, a[0]);
  }
  if (!b) return nullptr;
  const unsigned char *p = (const unsigned char *)py_bytes_data(b);
  size_t len = py_bytes_len(b), n = len / 4 + 1;
  Scratch sd;
  uint32_t *d = sd.get(n);
  Ref r = nullptr;
  if (d) {
    for (size_t i = 0; i < len; i++)
      d[i / 4] |= (uint32_t)p[little ? i : len - 1 - i] << (8 * (i % 4));
    bool neg = is_signed && len && (p[little ? len - 1 : 0] & 0x80);
    if (neg) { // value - 2^(8 len): negate the two's complement over len bytes
      for (size_t i = len; i < n * 4; i++) d[i / 4] |= 0xffu << (8 * (i % 4));
      for (size_t i = 0; i < n; i++) d[i] = ~d[i];
      mag_inc(d, n);
    }
    r = int_make(neg ? -1 : 1, d, n);
  }
  py_decref(b);
  if (r && cls != (Ref)&py_int_type) py_setref(&r, py_call1(cls, r));
  return r;
}

static const MethodDef int_methods[] = {
    {"conjugate", int_m_exact, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Returns self, the complex conjugate of any int.")},
    {"bit_length", int_m_bit_length, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Number of bits necessary to represent self in binary.")},
    {"bit_count", int_m_bit_count, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Number of ones in the binary representation of abs(self).")},
    {"to_bytes", int_m_to_bytes, 0, PY_DOC("Return an array of bytes representing an integer.")},
    {"from_bytes", int_m_from_bytes, METH_CLASS, PY_DOC("Return the integer represented by the bytes.")},
    {"as_integer_ratio", int_m_as_integer_ratio, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Return (self, 1).")},
    {"__trunc__", int_m_exact, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Truncating an Integral returns itself.")},
    {"__floor__", int_m_exact, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Flooring an Integral returns itself.")},
    {"__ceil__", int_m_exact, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Ceiling of an Integral returns itself.")},
    {"__round__", int_m_round, METH_ARGS(0, 1), PY_DOC("Rounding an Integral returns itself.")},
    {"__getnewargs__", int_m_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0), nullptr},
    {"__divmod__", int_m_divmod, METH_ARGS(1, 1), PY_DOC("Return divmod(self, value).")},
    {"__rdivmod__", int_m_rdivmod, METH_ARGS(1, 1), PY_DOC("Return divmod(value, self).")},
    {"__format__", int_m_format, METH_QUALIFIED | METH_ARGS(1, 1), PY_DOC("Convert to a string according to format_spec.")},
    {"__sizeof__", int_m_sizeof, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Returns size in memory, in bytes.")},
    {nullptr},
};

static Ref int_get_self(Ref self) { return py_int_from_int_value(self); }
static Ref int_get_zero(Ref self) { return int_zero(); }
static Ref int_get_one(Ref self) { return py_small_new(1); }

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, nullptr, PY_DOC("the real part of a complex number")},
    {"imag", int_get_zero, nullptr, PY_DOC("the imaginary part of a complex number")},
    {"numerator", int_get_self, nullptr, PY_DOC("the numerator of a rational number in lowest terms")},
    {"denominator", int_get_one, nullptr, PY_DOC("the denominator of a rational number in lowest terms")},
    {nullptr},
};

// ---------------------------------------------------------------------------
// format(int, spec)
// ---------------------------------------------------------------------------

Ref py_int_format(Ref v, Ref spec) {
  size_t len = spec ? py_str_len(spec) : 0;
  if (len == 0) return py_str(v);
  const char *tname = py_tname(v);
  NumSpec f;
  if (py_numspec_parse(py_str_data(spec), len, 'd', tname, &f) < 0) return nullptr;
  int base = 10;
  switch (f.type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    int err;
    double d = py_int_as_double(v, &err);
    return err ? nullptr : py_float_format_parsed(d, &f, tname);
  }
  case 'b': base = 2; break;
  case 'o': base = 8; break;
  case 'x':
  case 'X': base = 16; break;
  case 'c':
  case 'd':
  case 'n': break;
  default: return py_float_format_parsed(0.0, &f, tname); // reports the unknown code
  }
  if (f.precision >= 0)
    return py_err_set_str(&py_ValueError_type, "Precision not allowed in integer format specifier");
  if (f.z)
    return py_err_set_str(&py_ValueError_type,
                          "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign)
      return py_err_set_str(&py_ValueError_type,
                            "Sign not allowed with integer format specifier 'c'");
    if (f.alt)
      return py_err_set_str(&py_ValueError_type,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (py_int_as_i64(v, &cp) < 0) return nullptr;
    if (cp < 0 || cp > 0x10ffff)
      return py_err_set_str(&py_OverflowError_type, "%c arg not in range(0x110000)");
    Ref ch = py_str_from_codepoint((uint32_t)cp);
    if (!ch) return nullptr;
    Ref r = py_numspec_pad(&f, py_str_data(ch), py_str_len(ch), 1, '>');
    py_decref(ch);
    return r;
  }
  size_t n, cap;
  char *d = int_digits(v, base, f.type == 'X', &n, &cap);
  if (!d) return nullptr;
  const char *prefix = "";
  if (f.alt)
    prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (f.type == 'X' ? "0X" : "0x") : "";
  Ref r = py_numspec_emit(&f, py_int_sign(v) < 0, prefix, d, n, "", 0);
  py_free(d, cap);
  return r;
}

PY_TYPE_DEF(py_int_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "int",
    .flags = TPF_BASETYPE | TPF_INT_SUBCLASS,
    .basicsize = offsetof(IntObj, digit),
    .itemsize = sizeof(uint32_t),
    .dealloc = int_dealloc,
    .tp_new = int_tp_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .binop = py_int_binop,
    .unop = int_unop,
    .to_bool = int_to_bool,
    .to_int = py_int_from_int_value,
    .to_float = int_to_float,
    .to_index = py_int_from_int_value,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = PY_DOC("int([x]) -> integer\nint(x, base=10) -> integer"),
);

// ---------------------------------------------------------------------------
// bool
// ---------------------------------------------------------------------------

static Ref bool_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("bool", nargs, kwnames, 0, 1) < 0) return nullptr;
  int t = nargs ? py_truthy(args[0]) : 0;
  return t < 0 ? nullptr : py_newref(py_bool(t));
}

static Ref bool_repr(Ref self) { return py_str_intern(self == py_True ? "True" : "False"); }

// & | ^ of two bools stay bool; everything else is int arithmetic.
static Ref bool_binop(Ref a, Ref b, int op) {
  int o = op & (BINOP_INPLACE - 1);
  if ((o == BINOP_AND || o == BINOP_OR || o == BINOP_XOR) && py_is_bool(a) && py_is_bool(b)) {
    bool x = a == py_True, y = b == py_True;
    return py_newref(py_bool(o == BINOP_AND ? x && y : o == BINOP_OR ? x || y : x != y));
  }
  return py_int_binop(a, b, op);
}

PY_TYPE_DEF(py_bool_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "bool",
    .flags = TPF_INT_SUBCLASS,
    .basicsize = offsetof(IntObj, digit),
    .itemsize = sizeof(uint32_t),
    .base = &py_int_type,
    .tp_new = bool_tp_new,
    .repr = bool_repr,
    .binop = bool_binop,
    .doc = PY_DOC("bool(x) -> bool"),
);
