// The math module: libm wrappers with CPython's error mapping (ValueError
// "math domain error" for invalid arguments, OverflowError "math range error"
// for results too large), plus the integer functions (factorial, gcd, comb, ...)
// and exact summation (fsum).
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

static Ref math_domain() { return py_err_set_str(&py_ValueError_type, "math domain error"); }
static Ref math_range() { return py_err_set_str(&py_OverflowError_type, "math range error"); }

// f(x) where a nan from a non-nan argument is a domain error and an infinite
// result from a finite argument is an overflow (or a domain error, e.g. a pole).
static Ref math_1(Ref arg, double (*f)(double), bool can_overflow) {
  double x;
  if (py_float_as_double(arg, &x) < 0) return nullptr;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return math_domain();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? math_range() : math_domain();
  return py_float_new(r);
}

#define MATH_FUNC1(name, fn, can_overflow)                                                         \
  static Ref math_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                   \
    return math_1(args[0], fn, can_overflow);                                                      \
  }

static double m_sqrt(double x) { return sqrt(x); }
static double m_exp(double x) { return exp(x); }
static double m_exp2(double x) { return exp2(x); }
static double m_expm1(double x) { return expm1(x); }
static double m_cbrt(double x) { return cbrt(x); }
static double m_fabs(double x) { return fabs(x); }
static double m_sin(double x) { return sin(x); }
static double m_cos(double x) { return cos(x); }
static double m_tan(double x) { return tan(x); }
static double m_asin(double x) { return asin(x); }
static double m_acos(double x) { return acos(x); }
static double m_atan(double x) { return atan(x); }
static double m_sinh(double x) { return sinh(x); }
static double m_cosh(double x) { return cosh(x); }
static double m_tanh(double x) { return tanh(x); }
static double m_asinh(double x) { return asinh(x); }
static double m_acosh(double x) { return acosh(x); }
static double m_atanh(double x) { return atanh(x); }
static double m_erf(double x) { return erf(x); }
static double m_erfc(double x) { return erfc(x); }
static double m_log1p(double x) { return log1p(x); }

MATH_FUNC1(sqrt, m_sqrt, false)
MATH_FUNC1(exp, m_exp, true)
MATH_FUNC1(exp2, m_exp2, true)
MATH_FUNC1(expm1, m_expm1, true)
MATH_FUNC1(cbrt, m_cbrt, false)
MATH_FUNC1(fabs, m_fabs, false)
MATH_FUNC1(sin, m_sin, false)
MATH_FUNC1(cos, m_cos, false)
MATH_FUNC1(tan, m_tan, false)
MATH_FUNC1(asin, m_asin, false)
MATH_FUNC1(acos, m_acos, false)
MATH_FUNC1(atan, m_atan, false)
MATH_FUNC1(sinh, m_sinh, true)
MATH_FUNC1(cosh, m_cosh, true)
MATH_FUNC1(tanh, m_tanh, false)
MATH_FUNC1(asinh, m_asinh, false)
MATH_FUNC1(acosh, m_acosh, false)
MATH_FUNC1(atanh, m_atanh, false)
MATH_FUNC1(erf, m_erf, false)
MATH_FUNC1(erfc, m_erfc, false)
MATH_FUNC1(log1p, m_log1p, false)

static bool is_nonpositive_int(double x) { return x <= 0 && floor(x) == x; }

static double m_gamma(double x) {
  if (std::isnan(x) || x == HUGE_VAL) return x;
  if (x == -HUGE_VAL || is_nonpositive_int(x)) return NAN; // poles
  return tgamma(x);
}
static double m_lgamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return HUGE_VAL;
  if (is_nonpositive_int(x)) return NAN;
  return lgamma(x);
}
MATH_FUNC1(gamma, m_gamma, true)
MATH_FUNC1(lgamma, m_lgamma, true)

static Ref math_degrees(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  return py_float_new(x * (180.0 / M_PI));
}

static Ref math_radians(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  return py_float_new(x * (M_PI / 180.0));
}

// Two float arguments.
static int math_args2(Ref const *args, double *x, double *y) {
  if (py_float_as_double(args[0], x) < 0 || py_float_as_double(args[1], y) < 0) return -1;
  return 0;
}

static Ref math_atan2(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y;
  if (math_args2(args, &y, &x) < 0) return nullptr;
  return py_float_new(atan2(y, x));
}

static Ref math_copysign(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y;
  if (math_args2(args, &x, &y) < 0) return nullptr;
  return py_float_new(copysign(x, y));
}

static Ref math_fmod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y;
  if (math_args2(args, &x, &y) < 0) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return py_float_new(x);
  double r = fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_domain();
  return py_float_new(r);
}

static Ref math_remainder(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y;
  if (math_args2(args, &x, &y) < 0) return nullptr;
  double r = remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_domain();
  return py_float_new(r);
}

static Ref math_pow(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y, r;
  if (math_args2(args, &x, &y) < 0) return nullptr;
  if (!std::isfinite(x) || !std::isfinite(y)) { // C99 Annex F results, spelled out
    if (std::isnan(x))
      r = y == 0 ? 1.0 : x;
    else if (std::isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd = std::isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (x > 0)
        r = y > 0 ? x : 0.0;
      else
        r = y > 0 ? (odd ? x : -x) : (odd ? copysign(0.0, x) : 0.0);
    } else if (fabs(x) == 1.0)
      r = 1.0;
    else
      r = (y > 0) == (fabs(x) > 1.0) ? HUGE_VAL : 0.0;
    return py_float_new(r);
  }
  r = pow(x, y);
  if (std::isnan(r)) return math_domain();
  if (std::isinf(r)) return x == 0 ? math_domain() : math_range();
  return py_float_new(r);
}

static Ref math_ldexp(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  if (!py_is_int(args[1]))
    return py_err_set_str(&py_TypeError_type, "Expected an int as second argument to ldexp.");
  int ovf;
  int64_t e = py_int_as_i64_sat(args[1], &ovf);
  if (x == 0 || !std::isfinite(x)) return py_float_new(x);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  double r = ldexp(x, (int)e);
  if (std::isinf(r)) return math_range();
  return py_float_new(r);
}

static Ref math_frexp(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  int e = 0;
  double m = x == 0 || !std::isfinite(x) ? x : frexp(x, &e);
  Ref f = py_float_new(m);
  if (!f) return nullptr;
  Ref t = py_tuple_pack(2, f, py_small_new(e));
  py_decref(f);
  return t;
}

static Ref math_modf(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, ip, fp;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  if (std::isinf(x)) {
    ip = x;
    fp = copysign(0.0, x);
  } else {
    fp = modf(x, &ip);
  }
  Ref a = py_float_new(fp), b = a ? py_float_new(ip) : nullptr;
  Ref t = b ? py_tuple_pack(2, a, b) : nullptr;
  py_xdecref(a);
  py_xdecref(b);
  return t;
}

// ---------------------------------------------------------------------------
// Logarithms: ints too large for a float are split as m * 2^e.
// ---------------------------------------------------------------------------

static int math_log_of(Ref arg, double (*f)(double), double *out) {
  if (py_is_int(arg)) {
    if (py_int_sign(arg) <= 0) {
      math_domain();
      return -1;
    }
    int err;
    double x = py_int_as_double(arg, &err);
    if (!err) {
      *out = f(x);
      return 0;
    }
    py_err_clear();
    int64_t e; // arg = m * 2^e, like CPython
    double m = py_int_frexp(arg, &e);
    *out = f(m) + f(2.0) * (double)e;
    return 0;
  }
  double x;
  if (py_float_as_double(arg, &x) < 0) return -1;
  if (std::isnan(x) || x == HUGE_VAL) {
    *out = x;
    return 0;
  }
  if (x <= 0) {
    math_domain();
    return -1;
  }
  *out = f(x);
  return 0;
}

static double m_log(double x) { return log(x); }
static double m_log2(double x) { return log2(x); }
static double m_log10(double x) { return log10(x); }

static Ref math_log(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  // CPython's own wording for this one (an optional argument group).
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return py_err_set_str(&py_TypeError_type, "math.log requires 1 to 2 arguments");
  double num, den;
  if (math_log_of(args[0], m_log, &num) < 0) return nullptr;
  if (nargs == 1) return py_float_new(num);
  if (math_log_of(args[1], m_log, &den) < 0) return nullptr;
  if (den == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float division by zero");
  return py_float_new(num / den);
}

static Ref math_log2(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double r;
  if (math_log_of(args[0], m_log2, &r) < 0) return nullptr;
  return py_float_new(r);
}

static Ref math_log10(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double r;
  if (math_log_of(args[0], m_log10, &r) < 0) return nullptr;
  return py_float_new(r);
}

// ---------------------------------------------------------------------------
// floor, ceil, trunc: ints and floats directly, others via __floor__ etc.
// ---------------------------------------------------------------------------

// type(x).name(x) if defined: 1 called (*out set), 0 not defined, -1 error.
static int math_special(Ref x, const char *name, Ref *out) {
  Ref n = py_str_intern(name);
  if (!n) return -1;
  Ref m = py_type_lookup(py_type(x), n);
  py_decref(n);
  if (!m) return 0;
  *out = py_call_method(x, name, nullptr, 0);
  return *out ? 1 : -1;
}

static Ref math_rounding(Ref x, const char *special, double (*f)(double)) {
  if (py_type(x) == &py_float_type) return py_int_from_double(f(py_float_value(x)));
  if (py_is_small(x) || x->type == &py_int_type) return py_newref(x);
  Ref r;
  int found = math_special(x, special, &r);
  if (found) return found > 0 ? r : nullptr;
  double v;
  if (py_float_as_double(x, &v) < 0) return nullptr;
  return py_int_from_double(f(v));
}

static double m_floor(double x) { return floor(x); }
static double m_ceil(double x) { return ceil(x); }

static Ref math_floor(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return math_rounding(args[0], "__floor__", m_floor);
}

static Ref math_ceil(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return math_rounding(args[0], "__ceil__", m_ceil);
}

static Ref math_trunc(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref x = args[0];
  if (py_type(x) == &py_float_type) return py_int_from_double(py_float_value(x));
  Ref r;
  int found = math_special(x, "__trunc__", &r);
  if (found) return found > 0 ? r : nullptr;
  return py_err_format(&py_TypeError_type, "type %s doesn't define __trunc__ method", py_tname(x));
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

#define MATH_PRED(name, expr)                                                                      \
  static Ref math_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                   \
    double x;                                                                                      \
    if (py_float_as_double(args[0], &x) < 0) return nullptr;                                       \
    return py_newref(py_bool(expr));                                                               \
  }
MATH_PRED(isnan, std::isnan(x))
MATH_PRED(isinf, std::isinf(x))
MATH_PRED(isfinite, std::isfinite(x))

static Ref math_isclose(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  static const ArgSpec spec = {"isclose", names, 4, 2, 0, 2};
  Ref a[4] = {nullptr, nullptr, nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (py_float_as_double(a[0], &x) < 0 || py_float_as_double(a[1], &y) < 0) return nullptr;
  if (a[2] && py_float_as_double(a[2], &rel) < 0) return nullptr;
  if (a[3] && py_float_as_double(a[3], &abs_tol) < 0) return nullptr;
  if (rel < 0 || abs_tol < 0)
    return py_err_set_str(&py_ValueError_type, "tolerances must be non-negative");
  if (x == y) return py_newref(py_True);
  if (std::isinf(x) || std::isinf(y)) return py_newref(py_False);
  double diff = fabs(y - x);
  bool close = diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol;
  return py_newref(py_bool(close));
}

// ---------------------------------------------------------------------------
// Norms: hypot and dist
// ---------------------------------------------------------------------------

// sqrt(sum of squares) without overflow: scale by the largest magnitude, sum the
// exact squares with compensation, then correct the square root once.
static double vector_norm(const double *v, size_t n) {
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < n; i++) {
    double a = fabs(v[i]);
    if (std::isnan(a))
      nan = true;
    else if (a > max)
      max = a;
  }
  if (std::isinf(max)) return max;
  if (nan) return NAN;
  if (max == 0 || n == 1) return max;
  int e;
  frexp(max, &e);
  double sum = 0, comp = 0;
  for (size_t i = 0; i < n; i++) {
    double x = ldexp(fabs(v[i]), -e);
    double sq = x * x, lo = fma(x, x, -sq);
    double t = sum + sq;
    comp += fabs(sum) >= fabs(sq) ? (sum - t) + sq : (sq - t) + sum;
    sum = t;
    comp += lo;
  }
  double total = sum + comp;
  double h = sqrt(total);
  double hh = h * h, hl = fma(h, h, -hh);
  double resid = ((sum - hh) - hl) + comp;
  h += resid / (2 * h);
  return ldexp(h, e);
}

static Ref math_hypot(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double local[8];
  double *v = nargs <= 8 ? local : (double *)py_malloc(nargs * sizeof(double));
  if (!v) return nullptr;
  Ref r = nullptr;
  size_t i = 0;
  for (; i < nargs; i++)
    if (py_float_as_double(args[i], &v[i]) < 0) break;
  if (i == nargs) r = py_float_new(vector_norm(v, nargs));
  if (v != local) py_free(v, nargs * sizeof(double));
  return r;
}

static Ref math_dist(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref p = py_sequence_tuple(args[0]);
  if (!p) return nullptr;
  Ref q = py_sequence_tuple(args[1]);
  if (!q) {
    py_decref(p);
    return nullptr;
  }
  Ref r = nullptr;
  size_t n = py_tuple_len(p);
  double local[8];
  double *v = nullptr;
  if (n != py_tuple_len(q)) {
    py_err_set_str(&py_ValueError_type, "both points must have the same number of dimensions");
  } else if ((v = n <= 8 ? local : (double *)py_malloc(n * sizeof(double)))) {
    size_t i = 0;
    for (; i < n; i++) {
      double a, b;
      if (py_float_as_double(py_tuple_items(p)[i], &a) < 0 ||
          py_float_as_double(py_tuple_items(q)[i], &b) < 0)
        break;
      v[i] = a - b;
    }
    if (i == n) r = py_float_new(vector_norm(v, n));
    if (v != local) py_free(v, n * sizeof(double));
  }
  py_decref(p);
  py_decref(q);
  return r;
}

// ---------------------------------------------------------------------------
// fsum: exact sum of floats kept as non-overlapping partials (Shewchuk),
// rounded once at the end.
// ---------------------------------------------------------------------------

struct Partials {
  double *p;
  size_t n, cap;
  double local[32];
};

static int partials_push(Partials *s, double x) {
  if (s->n == s->cap) {
    size_t ncap = s->cap * 2;
    double *np = (double *)py_malloc(ncap * sizeof(double));
    if (!np) return -1;
    memcpy(np, s->p, s->n * sizeof(double));
    if (s->p != s->local) py_free(s->p, s->cap * sizeof(double));
    s->p = np;
    s->cap = ncap;
  }
  s->p[s->n++] = x;
  return 0;
}

static Ref math_fsum(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref it = py_iter(args[0]);
  if (!it) return nullptr;
  Partials s;
  s.p = s.local;
  s.n = 0;
  s.cap = 32;
  double special = 0.0, inf_sum = 0.0;
  Ref item, result = nullptr;
  while ((item = py_next(it))) {
    double x;
    int r = py_float_as_double(item, &x);
    py_decref(item);
    if (r < 0) goto done;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < s.n; j++) {
      double y = s.p[j];
      if (fabs(x) < fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) s.p[i++] = lo;
      x = hi;
    }
    s.n = i;
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // an inf or nan input poisons the sum; a finite one overflowed
        if (std::isfinite(xsave)) {
          py_err_set_str(&py_OverflowError_type, "intermediate overflow in fsum");
          goto done;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special += xsave;
        s.n = 0;
      } else if (partials_push(&s, x) < 0) {
        goto done;
      }
    }
  }
  if (py_err_occurred()) goto done;
  if (special != 0.0) {
    if (std::isnan(inf_sum))
      py_err_set_str(&py_ValueError_type, "-inf + inf in fsum");
    else
      result = py_float_new(special);
    goto done;
  }
  {
    double hi = 0.0, lo = 0.0;
    size_t n = s.n;
    if (n > 0) {
      hi = s.p[--n];
      // add from the top while the sum stays exact
      while (n > 0) {
        double x = hi, y = s.p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) break;
      }
      // half-way case: the remaining partials decide the rounding direction
      if (n > 0 && ((lo < 0.0 && s.p[n - 1] < 0.0) || (lo > 0.0 && s.p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y, yr = x - hi;
        if (y == yr) hi = x;
      }
    }
    result = py_float_new(hi);
  }
done:
  if (s.p != s.local) py_free(s.p, s.cap * sizeof(double));
  py_decref(it);
  return result;
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

static Ref math_mul(Ref a, Ref b) { return py_int_binop(a, b, BINOP_MUL); }

// prod (n - i) for lo <= i < hi, split in halves so that the big
// multiplications are balanced (and use Karatsuba).
static Ref math_falling(Ref n, int64_t lo, int64_t hi) {
  if (hi - lo > 16) {
    int64_t mid = lo + (hi - lo) / 2;
    Ref l = math_falling(n, lo, mid);
    Ref r = l ? math_falling(n, mid, hi) : nullptr;
    Ref p = r ? math_mul(l, r) : nullptr;
    py_xdecref(l);
    py_xdecref(r);
    return p;
  }
  Ref acc = py_small_new(1);
  for (int64_t i = lo; i < hi && acc; i++) {
    Ref t = py_int_binop(n, py_small_new((intptr_t)i), BINOP_SUB);
    py_setref(&acc, t ? math_mul(acc, t) : nullptr);
    py_xdecref(t);
  }
  return acc;
}

// log2 of a result known to exceed the int size cap: MemoryError up front
// instead of a very long computation that fails at the end.
static bool math_too_big(double log2_result) { return log2_result > 33554432.0; }

static Ref math_factorial(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref n = py_number_index(args[0]);
  if (!n) return nullptr;
  int ovf;
  int64_t v = py_int_as_i64_sat(n, &ovf);
  py_decref(n);
  if (v < 0)
    return py_err_set_str(&py_ValueError_type, "factorial() not defined for negative values");
  if (ovf)
    return py_err_format(&py_OverflowError_type, "factorial() argument should not exceed %lld",
                         (long long)INT64_MAX);
  if (math_too_big(lgamma((double)v + 1) / M_LN2)) return py_err_nomem();
  Ref nv = py_int_from_i64(v);
  Ref r = nv ? math_falling(nv, 0, v) : nullptr;
  py_xdecref(nv);
  return r;
}

static Ref math_gcd2(Ref a, Ref b) {
  Ref x = py_unop(a, UNOP_ABS), y = x ? py_unop(b, UNOP_ABS) : nullptr;
  if (!y) {
    py_xdecref(x);
    return nullptr;
  }
  while (py_int_sign(y) != 0) {
    int64_t xs, ys;
    if (py_is_small(x) && py_is_small(y)) { // finish natively
      xs = py_small_value(x);
      ys = py_small_value(y);
      while (ys) {
        int64_t t = xs % ys;
        xs = ys;
        ys = t;
      }
      py_decref(x);
      py_decref(y);
      return py_int_from_i64(xs);
    }
    Ref r;
    if (py_int_divmod(x, y, nullptr, &r) < 0) {
      py_decref(x);
      py_decref(y);
      return nullptr;
    }
    py_decref(x);
    x = y;
    y = r;
  }
  py_decref(y);
  return x;
}

static Ref math_gcd(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref acc = py_small_new(0);
  for (size_t i = 0; i < nargs && acc; i++) {
    Ref v = py_number_index(args[i]);
    if (!v) {
      py_decref(acc);
      return nullptr;
    }
    py_setref(&acc, math_gcd2(acc, v));
    py_decref(v);
  }
  return acc;
}

static Ref math_lcm(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref acc = py_small_new(1);
  for (size_t i = 0; i < nargs && acc; i++) {
    Ref v = py_number_index(args[i]);
    if (!v) {
      py_decref(acc);
      return nullptr;
    }
    if (py_int_sign(v) == 0 || py_int_sign(acc) == 0) {
      py_decref(acc);
      acc = py_small_new(0);
    } else {
      Ref g = math_gcd2(acc, v), q = nullptr, p = nullptr;
      if (g && py_int_divmod(acc, g, &q, nullptr) == 0) {
        p = math_mul(q, v);
        py_decref(q);
      }
      py_xdecref(g);
      py_decref(acc);
      acc = p ? py_unop(p, UNOP_ABS) : nullptr;
      py_xdecref(p);
    }
    py_decref(v);
  }
  return acc;
}

// n and k for comb/perm as non-negative ints. 0 / -1.
static int math_nk(Ref const *in, Ref *n, Ref *k) {
  *n = py_number_index(in[0]);
  if (!*n) return -1;
  *k = py_number_index(in[1]);
  const char *bad = nullptr;
  if (*k && py_int_sign(*n) < 0)
    bad = "n must be a non-negative integer";
  else if (*k && py_int_sign(*k) < 0)
    bad = "k must be a non-negative integer";
  if (*k && !bad) return 0;
  if (bad) (py_err_set_str)(&py_ValueError_type, bad);
  py_decref(*n);
  py_xdecref(*k);
  return -1;
}

static Ref math_comb_perm(Ref const *args, bool comb) {
  Ref n, k;
  if (math_nk(args, &n, &k) < 0) return nullptr;
  Ref r = nullptr;
  if (py_int_compare(k, n) > 0) {
    r = py_small_new(0);
  } else {
    if (comb) { // use the smaller of k and n - k
      Ref nk = py_int_binop(n, k, BINOP_SUB);
      if (nk && py_int_compare(nk, k) < 0)
        py_setref(&k, nk);
      else
        py_xdecref(nk);
    }
    int ovf, err;
    int64_t kv = py_int_as_i64_sat(k, &ovf);
    double nd = py_int_as_double(n, &err), est, kd = (double)kv;
    if (err) { // n is astronomically larger than k
      py_err_clear();
      double nb = (double)py_int_bit_length(n);
      est = kd * (nb - 2);
    } else { // size of P(n, k), which comb computes too
      est = (lgamma(nd + 1) - lgamma(nd - kd + 1)) / M_LN2;
    }
    if (ovf || math_too_big(est)) {
      py_err_nomem();
    } else if (comb && py_is_small(n) && kv <= 20) { // exact native computation
      int64_t nv = py_small_value(n), acc = 1;
      bool fits = true;
      for (int64_t i = 0; i < kv && fits; i++) {
        int64_t t;
        fits = !__builtin_mul_overflow(acc, nv - i, &t);
        acc = t / (i + 1);
      }
      r = fits ? py_int_from_i64(acc) : nullptr;
    }
    if (!r && !py_err_occurred()) {
      r = math_falling(n, 0, kv);
      if (r && comb) { // C(n, k) = P(n, k) / k!
        Ref f = math_falling(k, 0, kv), q = nullptr;
        if (f && py_int_divmod(r, f, &q, nullptr) < 0) q = nullptr;
        py_xdecref(f);
        py_setref(&r, q);
      }
    }
  }
  py_decref(n);
  py_decref(k);
  return r;
}

static Ref math_comb(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return math_comb_perm(args, true);
}

static Ref math_perm(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs == 1 || args[1] == py_None) return math_factorial(self, args, 1, nullptr);
  return math_comb_perm(args, false);
}

static Ref math_isqrt(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref n = py_number_index(args[0]);
  if (!n) return nullptr;
  if (py_int_sign(n) < 0) {
    py_decref(n);
    return py_err_set_str(&py_ValueError_type, "isqrt() argument must be nonnegative");
  }
  uint64_t bits = py_int_bit_length(n);
  if (bits <= 52) { // exact in a double; fix up the rounding of sqrt
    int64_t v = py_small_value(n);
    int64_t s = (int64_t)sqrt((double)v);
    while (s * s > v) s--;
    while ((s + 1) * (s + 1) <= v) s++;
    py_decref(n);
    return py_int_from_i64(s);
  }
  // Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing
  Ref x = py_int_binop(py_small_new(1), py_small_new((intptr_t)((bits + 1) / 2)), BINOP_LSHIFT);
  while (x) {
    Ref q;
    if (py_int_divmod(n, x, &q, nullptr) < 0) {
      py_setref(&x, nullptr);
      break;
    }
    Ref s = py_int_binop(x, q, BINOP_ADD);
    py_decref(q);
    Ref y = s ? py_int_binop(s, py_small_new(1), BINOP_RSHIFT) : nullptr;
    py_xdecref(s);
    if (!y || py_int_compare(y, x) >= 0) {
      py_xdecref(y);
      break;
    }
    py_setref(&x, y);
  }
  py_decref(n);
  return x;
}

static Ref math_prod(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"iterable", "start"};
  static const ArgSpec spec = {"prod", names, 2, 1, 1, 1};
  Ref a[2] = {nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref it = py_iter(a[0]);
  if (!it) return nullptr;
  Ref acc = a[1] ? py_newref(a[1]) : py_small_new(1), item;
  while (acc && (item = py_next(it))) {
    py_setref(&acc, py_binop(acc, item, BINOP_MUL));
    py_decref(item);
  }
  py_decref(it);
  if (acc && py_err_occurred()) py_setref(&acc, nullptr);
  return acc;
}

// ---------------------------------------------------------------------------
// ulp, nextafter
// ---------------------------------------------------------------------------

static Ref math_nextafter(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x, y;
  if (math_args2(args, &x, &y) < 0) return nullptr;
  return py_float_new(nextafter(x, y));
}

static Ref math_ulp(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  double x;
  if (py_float_as_double(args[0], &x) < 0) return nullptr;
  if (std::isnan(x)) return py_float_new(x);
  x = fabs(x);
  if (std::isinf(x)) return py_float_new(x);
  double up = nextafter(x, HUGE_VAL);
  if (std::isinf(up)) return py_float_new(x - nextafter(x, -HUGE_VAL));
  return py_float_new(up - x);
}

static const MethodDef math_methods[] = {
    {"sqrt", math_sqrt, METH_ARGS(1, 1), PY_DOC("Return the square root of x.")},
    {"cbrt", math_cbrt, METH_ARGS(1, 1), PY_DOC("Return the cube root of x.")},
    {"exp", math_exp, METH_ARGS(1, 1), PY_DOC("Return e raised to the power of x.")},
    {"exp2", math_exp2, METH_ARGS(1, 1), PY_DOC("Return 2 raised to the power of x.")},
    {"expm1", math_expm1, METH_ARGS(1, 1), PY_DOC("Return exp(x)-1.")},
    {"log", math_log, 0,
     PY_DOC("log(x, [base=math.e])\nReturn the logarithm of x to the given base.")},
    {"log2", math_log2, METH_ARGS(1, 1), PY_DOC("Return the base 2 logarithm of x.")},
    {"log10", math_log10, METH_ARGS(1, 1), PY_DOC("Return the base 10 logarithm of x.")},
    {"log1p", math_log1p, METH_ARGS(1, 1), PY_DOC("Return the natural logarithm of 1+x (base e).")},
    {"pow", math_pow, METH_ARGS(2, 2), PY_DOC("Return x**y (x to the power of y).")},
    {"fabs", math_fabs, METH_ARGS(1, 1), PY_DOC("Return the absolute value of the float x.")},
    {"floor", math_floor, METH_ARGS(1, 1), PY_DOC("Return the floor of x as an Integral.")},
    {"ceil", math_ceil, METH_ARGS(1, 1), PY_DOC("Return the ceiling of x as an Integral.")},
    {"trunc", math_trunc, METH_ARGS(1, 1),
     PY_DOC("Truncates the Real x to the nearest Integral toward 0.")},
    {"fmod", math_fmod, METH_ARGS(2, 2), PY_DOC("Return fmod(x, y), according to platform C.")},
    {"remainder", math_remainder, METH_ARGS(2, 2),
     PY_DOC("Difference between x and the closest integer multiple of y.")},
    {"modf", math_modf, METH_ARGS(1, 1), PY_DOC("Return the fractional and integer parts of x.")},
    {"frexp", math_frexp, METH_ARGS(1, 1),
     PY_DOC("Return the mantissa and exponent of x, as pair (m, e).")},
    {"ldexp", math_ldexp, METH_ARGS(2, 2), PY_DOC("Return x * (2**i).")},
    {"copysign", math_copysign, METH_ARGS(2, 2),
     PY_DOC("Return a float with the magnitude of x but the sign of y.")},
    {"hypot", math_hypot, METH_ARGS(0, METH_MANY),
     PY_DOC("Multidimensional Euclidean distance from the origin to a point.")},
    {"dist", math_dist, METH_ARGS(2, 2),
     PY_DOC("Return the Euclidean distance between two points p and q.")},
    {"sin", math_sin, METH_ARGS(1, 1), PY_DOC("Return the sine of x (measured in radians).")},
    {"cos", math_cos, METH_ARGS(1, 1), PY_DOC("Return the cosine of x (measured in radians).")},
    {"tan", math_tan, METH_ARGS(1, 1), PY_DOC("Return the tangent of x (measured in radians).")},
    {"asin", math_asin, METH_ARGS(1, 1), PY_DOC("Return the arc sine (measured in radians) of x.")},
    {"acos", math_acos, METH_ARGS(1, 1),
     PY_DOC("Return the arc cosine (measured in radians) of x.")},
    {"atan", math_atan, METH_ARGS(1, 1),
     PY_DOC("Return the arc tangent (measured in radians) of x.")},
    {"atan2", math_atan2, METH_ARGS(2, 2),
     PY_DOC("Return the arc tangent (measured in radians) of y/x.")},
    {"sinh", math_sinh, METH_ARGS(1, 1), PY_DOC("Return the hyperbolic sine of x.")},
    {"cosh", math_cosh, METH_ARGS(1, 1), PY_DOC("Return the hyperbolic cosine of x.")},
    {"tanh", math_tanh, METH_ARGS(1, 1), PY_DOC("Return the hyperbolic tangent of x.")},
    {"asinh", math_asinh, METH_ARGS(1, 1), PY_DOC("Return the inverse hyperbolic sine of x.")},
    {"acosh", math_acosh, METH_ARGS(1, 1), PY_DOC("Return the inverse hyperbolic cosine of x.")},
    {"atanh", math_atanh, METH_ARGS(1, 1), PY_DOC("Return the inverse hyperbolic tangent of x.")},
    {"degrees", math_degrees, METH_ARGS(1, 1), PY_DOC("Convert angle x from radians to degrees.")},
    {"radians", math_radians, METH_ARGS(1, 1), PY_DOC("Convert angle x from degrees to radians.")},
    {"erf", math_erf, METH_ARGS(1, 1), PY_DOC("Error function at x.")},
    {"erfc", math_erfc, METH_ARGS(1, 1), PY_DOC("Complementary error function at x.")},
    {"gamma", math_gamma, METH_ARGS(1, 1), PY_DOC("Gamma function at x.")},
    {"lgamma", math_lgamma, METH_ARGS(1, 1),
     PY_DOC("Natural logarithm of absolute value of Gamma function at x.")},
    {"isnan", math_isnan, METH_ARGS(1, 1),
     PY_DOC("Return True if x is a NaN (not a number), and False otherwise.")},
    {"isinf", math_isinf, METH_ARGS(1, 1),
     PY_DOC("Return True if x is a positive or negative infinity.")},
    {"isfinite", math_isfinite, METH_ARGS(1, 1),
     PY_DOC("Return True if x is neither an infinity nor a NaN.")},
    {"isclose", math_isclose, 0, PY_DOC("Determine whether two floating point numbers are close.")},
    {"factorial", math_factorial, METH_ARGS(1, 1), PY_DOC("Find n!.")},
    {"gcd", math_gcd, METH_ARGS(0, METH_MANY), PY_DOC("Greatest Common Divisor.")},
    {"lcm", math_lcm, METH_ARGS(0, METH_MANY), PY_DOC("Least Common Multiple.")},
    {"comb", math_comb, METH_ARGS(2, 2),
     PY_DOC("Number of ways to choose k items from n items without repetition.")},
    {"perm", math_perm, METH_ARGS(1, 2),
     PY_DOC("Number of ways to choose k items from n items with order.")},
    {"isqrt", math_isqrt, METH_ARGS(1, 1),
     PY_DOC("Return the integer part of the square root of the input.")},
    {"prod", math_prod, 0,
     PY_DOC("Calculate the product of all the elements in the input iterable.")},
    {"fsum", math_fsum, METH_ARGS(1, 1),
     PY_DOC("Return an accurate floating point sum of values in the iterable.")},
    {"nextafter", math_nextafter, METH_ARGS(2, 2),
     PY_DOC("Return the next floating-point value after x towards y.")},
    {"ulp", math_ulp, METH_ARGS(1, 1),
     PY_DOC("Return the value of the least significant bit of the float x.")},
    {nullptr},
};

static int math_add_float(Ref module, const char *name, double v) {
  Ref f = py_float_new(v);
  if (!f) return -1;
  int r = py_module_add(module, name, f);
  py_decref(f);
  return r;
}

int py_init_module_math(Ref module); // declared via modules.def
int py_init_module_math(Ref module) {
  if (py_module_add_functions(module, math_methods) < 0) return -1;
  if (math_add_float(module, "pi", M_PI) < 0 || math_add_float(module, "e", M_E) < 0 ||
      math_add_float(module, "tau", 2 * M_PI) < 0 || math_add_float(module, "inf", HUGE_VAL) < 0 ||
      math_add_float(module, "nan", NAN) < 0)
    return -1;
  return 0;
}

int py_int_float_init_module_math(Ref module) { return py_init_module_math(module); }
