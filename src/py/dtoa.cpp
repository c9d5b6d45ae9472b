// Float -> text: the shortest round-trip repr, correctly rounded 'e'/'f'/'g'
// formatting (built on the C library's correctly rounded snprintf/strtod), and
// the number format-spec mini-language shared by int and float.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "py/intobj.h"
#include "py/strobj.h"

size_t py_num_space_len(const char *s, const char *end) {
  unsigned char c = (unsigned char)s[0];
  if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
  if (c < 0x80 || end - s < 2) return 0;
  unsigned char c1 = (unsigned char)s[1];
  if (c == 0xc2 && (c1 == 0x85 || c1 == 0xa0)) return 2; // U+0085, U+00A0
  if (end - s < 3) return 0;
  unsigned char c2 = (unsigned char)s[2];
  if (c == 0xe1 && c1 == 0x9a && c2 == 0x80) return 3; // U+1680
  if (c == 0xe2 && c1 == 0x80 && (c2 <= 0x8a || c2 == 0xa8 || c2 == 0xa9 || c2 == 0xaf))
    return 3;                                          // U+2000..200A, 2028, 2029, 202F
  if (c == 0xe2 && c1 == 0x81 && c2 == 0x9f) return 3; // U+205F
  if (c == 0xe3 && c1 == 0x80 && c2 == 0x80) return 3; // U+3000
  return 0;
}

// Code points of the digit zero of every Unicode decimal-digit block
// (Unicode 14, as in CPython 3.11); each block holds the digits 0-9 in order.
static const uint32_t num_digit_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

char *py_num_ascii(const char *s, size_t len, size_t *cap) {
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 0x80) i++;
  *cap = 0;
  if (i == len) return nullptr;
  char *out = (char *)py_malloc(len + 1);
  *cap = out ? len + 1 : (size_t)-1;
  if (!out) return nullptr;
  const char *p = s, *end = s + len;
  char *o = out;
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
      *o++ = *p++;
      continue;
    }
    size_t n = py_num_space_len(p, end);
    if (n) {
      *o++ = ' ';
      p += n;
      continue;
    }
    n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if ((size_t)(end - p) < n) n = (size_t)(end - p);
    uint32_t cp = c & (0x7f >> n);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | ((unsigned char)p[k] & 0x3f);
    char mapped = '?'; // not part of any number: the parse fails as it should
    for (uint32_t z : num_digit_zeros)
      if (cp >= z && cp < z + 10) mapped = (char)('0' + (cp - z));
    *o++ = mapped;
    p += n;
  }
  *o = 0;
  return out;
}

// ---------------------------------------------------------------------------
// Decimal digits. A finite v >= 0 is described as 0.D1D2..Dn * 10^decpt with
// no leading or trailing zeros (n = 0 for zero).
// ---------------------------------------------------------------------------

// Digits of snprintf's "%e" output ("d.ddde+x").
static int digits_from_e(const char *s, char *out, int *decpt) {
  int n = 0;
  for (; *s != 'e'; s++)
    if (*s != '.') out[n++] = *s;
  while (n > 0 && out[n - 1] == '0') n--;
  *decpt = n ? atoi(s + 1) + 1 : 1;
  return n;
}

// Digits of snprintf's "%f" output ("ddd.ddd").
static int digits_from_f(const char *s, char *out, int *decpt) {
  int n = 0, intlen = -1;
  for (; *s; s++) {
    if (*s == '.')
      intlen = n;
    else
      out[n++] = *s;
  }
  if (intlen < 0) intlen = n;
  int lead = 0;
  while (lead < n && out[lead] == '0') lead++;
  n -= lead;
  memmove(out, out + lead, n);
  while (n > 0 && out[n - 1] == '0') n--;
  *decpt = n ? intlen - lead : 1;
  return n;
}

// Shortest digits that read back as v. The correctly rounded 15-digit form is
// tried first: when some <= 15-digit decimal round-trips it is that one padded
// with zeros (a double has more than 15 digits of precision), except for
// subnormals, which are searched from 1 digit. At a power of two the rounding
// interval is lopsided, so the 16-digit neighbour above may win.
static int digits_shortest(double v, char *out, int *decpt) {
  char buf[40];
  if (v == 0) {
    *decpt = 1;
    return 0;
  }
  int e2;
  bool pow2 = frexp(v, &e2) == 0.5;
  for (int p = v < DBL_MIN ? 1 : 15; p < 17; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    double r = strtod(buf, nullptr);
    if (r == v) return digits_from_e(buf, out, decpt);
    if (p == 16 && pow2 && r < v) {
      // next 16-digit decimal above the nearest one
      char d[20];
      int k = 0;
      for (const char *s = buf; *s != 'e'; s++)
        if (*s != '.') d[k++] = *s;
      int exp10 = atoi(strchr(buf, 'e') + 1);
      int i = k - 1;
      while (i >= 0 && d[i] == '9') d[i--] = '0';
      if (i < 0) {
        d[0] = '1';
        exp10++;
      } else {
        d[i]++;
      }
      d[k] = 0;
      snprintf(buf, sizeof buf, "%c.%se%d", d[0], d + 1, exp10);
      if (strtod(buf, nullptr) == v) return digits_from_e(buf, out, decpt);
    }
  }
  snprintf(buf, sizeof buf, "%.16e", v);
  return digits_from_e(buf, out, decpt);
}

// Correctly rounded digits: mode 'e' keeps `prec` (>= 1) significant digits,
// mode 'f' keeps `prec` digits after the point. out needs
// digits_room(mode, prec, v) bytes. -1 on MemoryError.
#define DIGITS_MAX_E 800  // a double has at most 767 significant digits
#define DIGITS_MAX_F 1080 // and at most 1074 fraction digits
// Integer digits of v >= 0 (or nan) written in 'f' mode, bounded: below 1e16
// at most 17 (rounding may carry into a 17th), any double at most 309. The
// tight bound keeps the usual numbers' buffers on the stack.
static size_t int_digits_max(double v) { return v < 1e16 ? 17 : 309; }
static size_t digits_room(char mode, int64_t prec, double v) {
  if (mode == 'r') return 24;
  if (mode == 'e') return (size_t)(prec < DIGITS_MAX_E ? prec : DIGITS_MAX_E) + 16;
  return (size_t)(prec < DIGITS_MAX_F ? prec : DIGITS_MAX_F) + int_digits_max(v) + 21;
}
// v * 10^prec rounded half to even, computed exactly without printf for the
// common case (0 <= prec <= 15, result below 2^51): the product's rounding
// error r = fma(v, 10^prec, -s) is exact, and 10^prec is exact, so the true
// fraction is decided by (s - floor(s) - 0.5) — exact and a multiple of
// ulp(s) — unless that is 0, when the sign of r breaks the tie.
static bool fixed_round_fast(double v, int64_t prec, uint64_t *out) {
  static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (prec < 0 || prec > 15 || !(v >= 0)) return false;
  double p = pow10[prec];
  double s = v * p;
  if (!(s < 2251799813685248.0)) return false; // 2^51
  double r = fma(v, p, -s);
  double n = floor(s);
  double a = s - n - 0.5;
  uint64_t k = (uint64_t)n;
  if (a > 0 || (a == 0 && (r > 0 || (r == 0 && (k & 1))))) k++;
  *out = k;
  return true;
}

// "ddd.ddd" (prec fraction digits) of k / 10^prec into buf (>= 40 bytes).
static void fixed_text(uint64_t k, int64_t prec, char *buf) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = (char)('0' + k % 10);
    k /= 10;
  } while (k);
  while (n <= prec) digits[n++] = '0';
  int j = 0;
  for (int i = n - 1; i >= 0; i--) {
    buf[j++] = digits[i];
    if (i == prec && prec > 0) buf[j++] = '.';
  }
  buf[j] = 0;
}

static int digits_rounded(double v, char mode, int64_t prec, char *out, int *decpt) {
  uint64_t k;
  if (mode == 'f' && fixed_round_fast(v, prec, &k)) {
    char text[48];
    fixed_text(k, prec, text);
    return digits_from_f(text, out, decpt);
  }
  size_t room = digits_room(mode, prec, v);
  char local[64];
  char *buf = room <= sizeof local ? local : (char *)py_malloc(room);
  if (!buf) return -1;
  int n;
  if (mode == 'e') {
    snprintf(buf, room, "%.*e", (int)(prec < DIGITS_MAX_E ? prec : DIGITS_MAX_E) - 1, v);
    n = digits_from_e(buf, out, decpt);
  } else {
    snprintf(buf, room, "%.*f", (int)(prec < DIGITS_MAX_F ? prec : DIGITS_MAX_F), v);
    n = digits_from_f(buf, out, decpt);
  }
  if (buf != local) py_free(buf, room);
  return n;
}

// Upper bound of the text length for double_text of v >= 0 (or nan).
static size_t text_room(int64_t prec, double v) { return (size_t)prec + int_digits_max(v) + 41; }

// Unsigned text of v >= 0 (or inf/nan) into out (text_room bytes), laid out
// like CPython's PyOS_double_to_string: type e f g r (uppercase: E F G).
// Returns the length, or -1 on MemoryError.
static int64_t double_text(double v, char type, int64_t prec, bool alt, bool add_dot_0, char *out) {
  bool upper = type >= 'A' && type <= 'Z';
  char lower = (char)(type | 0x20);
  if (!std::isfinite(v)) {
    const char *t = std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    memcpy(out, t, 4);
    return 3;
  }
  char dlocal[64];
  char mode = lower == 'r' ? 'r' : lower == 'f' ? 'f' : 'e';
  int64_t dprec = lower == 'e' ? prec + 1 : prec;
  size_t room = digits_room(mode, dprec, v);
  char *d = room <= sizeof dlocal ? dlocal : (char *)py_malloc(room);
  if (!d) return -1;
  int decpt;
  int n = mode == 'r' ? digits_shortest(v, d, &decpt) : digits_rounded(v, mode, dprec, d, &decpt);
  if (n < 0) {
    if (d != dlocal) py_free(d, room);
    return -1;
  }
  bool use_exp = false;
  if (lower == 'e')
    use_exp = true;
  else if (lower == 'g')
    use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
  else if (lower == 'r')
    use_exp = decpt <= -4 || decpt > 16;
  int exp10 = 0;
  if (use_exp) {
    exp10 = decpt - 1;
    decpt = 1;
  }
  int64_t frac;
  if (lower == 'e' || lower == 'f')
    frac = prec;
  else if (lower == 'g' && alt)
    frac = prec - decpt;
  else
    frac = n - decpt;
  if (frac < 0) frac = 0;
  if (add_dot_0 && !use_exp && frac == 0) frac = 1;
  char *o = out;
  if (decpt <= 0) *o++ = '0';
  for (int i = 0; i < decpt; i++) *o++ = i < n ? d[i] : '0';
  if (frac > 0 || alt) *o++ = '.';
  for (int64_t i = 0; i < frac; i++) {
    int64_t k = decpt + i;
    *o++ = k >= 0 && k < n ? d[k] : '0';
  }
  if (use_exp) { // e+dd, e-ddd: at least two exponent digits
    *o++ = upper ? 'E' : 'e';
    *o++ = exp10 < 0 ? '-' : '+';
    int e = exp10 < 0 ? -exp10 : exp10;
    if (e >= 100) *o++ = (char)('0' + e / 100);
    *o++ = (char)('0' + e / 10 % 10);
    *o++ = (char)('0' + e % 10);
  }
  *o = 0;
  if (d != dlocal) py_free(d, room);
  return o - out;
}

// Signed text into a buffer (allocated when `local` is too small).
static Ref double_to_str(double v, char type, int64_t prec, bool alt, bool add_dot_0) {
  char local[80];
  size_t room = text_room(prec, fabs(v)) + 1;
  char *buf = room <= sizeof local ? local : (char *)py_malloc(room);
  if (!buf) return nullptr;
  bool neg = std::signbit(v) && !std::isnan(v);
  buf[0] = '-';
  int64_t n = double_text(fabs(v), type, prec, alt, add_dot_0, buf + neg);
  Ref r = n < 0 ? nullptr : py_str_new(buf, (size_t)n + neg);
  if (buf != local) py_free(buf, room);
  return r;
}

Ref py_double_to_str(double v, char type, int prec, bool alt, bool add_dot_0) {
  if (type == 'r') prec = 0;
  if (prec < 0) prec = 6;
  if ((type | 0x20) == 'g' && prec == 0) prec = 1;
  return double_to_str(v, type, prec, alt, add_dot_0);
}

size_t py_double_repr(double v, char *buf, size_t bufsize) {
  char tmp[40];
  bool neg = std::signbit(v) && !std::isnan(v);
  tmp[0] = '-';
  int64_t n = double_text(fabs(v), 'r', 0, false, true, tmp + neg) + neg;
  if (bufsize == 0) return (size_t)n;
  size_t k = (size_t)n < bufsize - 1 ? (size_t)n : bufsize - 1;
  memcpy(buf, tmp, k);
  buf[k] = 0;
  return k;
}

Ref py_float_repr_double(double v) {
  char buf[40];
  size_t n = py_double_repr(v, buf, sizeof buf);
  return py_str_new(buf, n);
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

static bool spec_is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static size_t utf8_len(unsigned char c) { return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; }

// Decimal number at *pp; -1 (ValueError) on overflow.
static int spec_number(const char **pp, const char *end, int64_t *out) {
  const char *p = *pp;
  int64_t v = 0;
  for (; p < end && *p >= '0' && *p <= '9'; p++) {
    if (v > (INT64_MAX - 9) / 10) {
      py_err_set_str(&py_ValueError_type, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (*p - '0');
  }
  *out = p == *pp ? -1 : v;
  *pp = p;
  return 0;
}

int py_numspec_parse(const char *s, size_t len, char default_type, const char *tname, NumSpec *f) {
  const char *p = s, *end = s + len;
  memset(f, 0, sizeof *f);
  f->fill[0] = ' ';
  f->sep_every = 3;
  f->width = f->precision = -1;
  bool fill_given = false;
  size_t cl = len ? utf8_len((unsigned char)*p) : 0;
  if (len > cl && spec_is_align(p[cl])) {
    memcpy(f->fill, p, cl);
    f->fill[cl] = 0;
    f->align = p[cl];
    p += cl + 1;
    fill_given = true;
  } else if (p < end && spec_is_align(*p)) {
    f->align = *p++;
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f->sign = *p++;
  if (p < end && *p == 'z') {
    f->z = true;
    p++;
  }
  if (p < end && *p == '#') {
    f->alt = true;
    p++;
  }
  if (p < end && *p == '0' && !fill_given) {
    f->fill[0] = '0';
    if (!f->align) f->align = '=';
    p++;
  }
  if (spec_number(&p, end, &f->width) < 0) return -1;
  if (p < end && *p == ',') {
    f->sep = ',';
    p++;
  }
  if (p < end && *p == '_') {
    if (f->sep) goto both;
    f->sep = '_';
    p++;
  }
  if (p < end && *p == ',' && f->sep == '_') goto both;
  if (p < end && *p == '.') {
    p++;
    if (spec_number(&p, end, &f->precision) < 0) return -1;
    if (f->precision < 0) {
      py_err_set_str(&py_ValueError_type, "Format specifier missing precision");
      return -1;
    }
  }
  if (end - p > 1) {
    Ref text = py_str_new(s, len);
    if (text) {
      py_err_format(&py_ValueError_type, "Invalid format specifier '%U' for object of type '%s'",
                    text, tname);
      py_decref(text);
    }
    return -1;
  }
  f->type = p < end ? *p : default_type;
  if (f->sep) {
    switch (f->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0: break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (f->sep == '_') {
        f->sep_every = 4;
        break;
      }
      // fall through
    default:
      py_err_format(&py_ValueError_type, "Cannot specify '%c' with '%c'.", f->sep, f->type);
      return -1;
    }
  }
  return 0;
both:
  py_err_set_str(&py_ValueError_type, "Cannot specify both ',' and '_'.");
  return -1;
}

// head + padding + tail where '=' puts the padding between them, '<' after,
// '>' before and '^' around both. nchars: code points of head + tail (the
// fill is one code point).
static Ref spec_assemble(const NumSpec *f, char align, const char *head, size_t nhead,
                         const char *tail, size_t ntail, size_t nchars) {
  size_t pad = f->width > (int64_t)nchars ? (size_t)f->width - nchars : 0;
  if (pad > SIZE_MAX / 8) return py_err_nomem();
  size_t fl = strlen(f->fill);
  size_t total = nhead + ntail + pad * fl;
  char local[128];
  char *buf = total <= sizeof local ? local : (char *)py_malloc(total);
  if (!buf) return nullptr;
  size_t before = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
  char *o = buf;
  if (align == '=') {
    memcpy(o, head, nhead);
    o += nhead;
  }
  for (size_t i = 0; i < before; i++, o += fl) memcpy(o, f->fill, fl);
  if (align != '=') {
    memcpy(o, head, nhead);
    o += nhead;
  }
  memcpy(o, tail, ntail);
  o += ntail;
  for (size_t i = before; i < pad; i++, o += fl) memcpy(o, f->fill, fl);
  Ref r = py_str_new_n(buf, total, nchars + pad);
  if (buf != local) py_free(buf, total);
  return r;
}

Ref py_numspec_pad(const NumSpec *f, const char *body, size_t len, size_t nchars,
                   char default_align) {
  char align = f->align ? f->align : default_align;
  return spec_assemble(f, align == '=' ? '>' : align, "", 0, body, len, nchars);
}

Ref py_numspec_emit(const NumSpec *f, bool neg, const char *prefix, const char *digits, size_t nd,
                    const char *rest, size_t nrest) {
  char head[4];
  size_t nhead = 0;
  if (neg)
    head[nhead++] = '-';
  else if (f->sign == '+' || f->sign == ' ')
    head[nhead++] = f->sign;
  for (; *prefix; prefix++) head[nhead++] = *prefix;
  char align = f->align ? f->align : '>';
  // With '0' fill and '=' alignment the zeros are part of the (grouped) digits.
  int64_t minw = 0;
  if (align == '=' && strcmp(f->fill, "0") == 0 && f->width > (int64_t)(nhead + nrest))
    minw = f->width - (int64_t)(nhead + nrest);
  if (minw > (int64_t)(SIZE_MAX / 8)) return py_err_nomem();
  size_t span = (size_t)minw > nd ? (size_t)minw : nd;
  size_t cap = span * 2 + 4 + nrest;
  char local[128];
  char *buf = cap <= sizeof local ? local : (char *)py_malloc(cap);
  if (!buf) return nullptr;
  // Digits are written right to left, ending where `rest` starts.
  size_t pos = cap - nrest;
  memcpy(buf + pos, rest, nrest);
  const char *dp = digits + nd;
  if (!f->sep || nd == 0) {
    for (size_t i = 0; i < nd; i++) buf[--pos] = *--dp;
    for (int64_t i = (int64_t)nd; i < minw; i++) buf[--pos] = '0';
  } else {
    int64_t need = minw;
    size_t remaining = nd;
    for (bool first = true;; first = false) {
      if (!first) {
        buf[--pos] = f->sep;
        need--;
      }
      int64_t l = (int64_t)remaining > need ? (int64_t)remaining : need;
      if (l < 1) l = 1;
      if (l > f->sep_every) l = f->sep_every;
      size_t chars = remaining < (size_t)l ? remaining : (size_t)l;
      for (size_t i = 0; i < chars; i++) buf[--pos] = *--dp;
      for (int64_t i = (int64_t)chars; i < l; i++) buf[--pos] = '0';
      remaining -= chars;
      need -= l;
      if (remaining == 0 && need <= 0) break;
    }
  }
  size_t ntail = cap - pos;
  Ref r = spec_assemble(f, align, head, nhead, buf + pos, ntail, nhead + ntail);
  if (buf != local) py_free(buf, cap);
  return r;
}

// ---------------------------------------------------------------------------
// format(float, spec)
// ---------------------------------------------------------------------------

static Ref spec_unknown_type(char type, const char *tname) {
  if ((unsigned char)type > ' ' && (unsigned char)type < 0x7f)
    return py_err_format(&py_ValueError_type, "Unknown format code '%c' for object of type '%s'",
                         type, tname);
  return py_err_format(&py_ValueError_type, "Unknown format code '\\x%x' for object of type '%s'",
                       (unsigned)(unsigned char)type, tname);
}

// x laid out per the spec once the type is one of e f g r (or upper case) and
// the precision is settled; pct: x is a percentage (already times 100).
static Ref float_emit(double x, char type, int64_t prec, bool add_dot_0, bool pct,
                      const NumSpec *f) {
  if (prec > INT_MAX) return py_err_set_str(&py_ValueError_type, "precision too big");
  size_t room = text_room(prec, fabs(x)) + 2;
  char local[80];
  char *buf = room <= sizeof local ? local : (char *)py_malloc(room);
  if (!buf) return nullptr;
  bool neg = std::signbit(x) && !std::isnan(x);
  int64_t n = double_text(fabs(x), type, prec, f->alt, add_dot_0, buf);
  Ref r = nullptr;
  if (n >= 0) {
    if (pct) buf[n++] = '%';
    if (neg && f->z && std::isfinite(x)) {
      bool zero = true;
      for (int64_t i = 0; i < n && buf[i] != 'e' && buf[i] != 'E'; i++)
        if (buf[i] >= '1' && buf[i] <= '9') zero = false;
      if (zero) neg = false;
    }
    size_t nd = 0;
    while ((int64_t)nd < n && buf[nd] >= '0' && buf[nd] <= '9') nd++;
    r = py_numspec_emit(f, neg, "", buf, nd, buf + nd, (size_t)n - nd);
  }
  if (buf != local) py_free(buf, room);
  return r;
}

Ref py_float_format_parsed(double x, const NumSpec *f, const char *tname) {
  char type = f->type;
  int64_t prec = f->precision;
  bool add_dot_0 = false, pct = false;
  switch (type) {
  case 0:
    if (prec < 0) {
      type = 'r';
      add_dot_0 = true;
    } else {
      type = 'g';
      add_dot_0 = true;
      if (prec == 0) prec = 1;
    }
    break;
  case 'n':
    type = 'g';
    // fall through
  case 'g':
  case 'G':
    if (prec == 0) prec = 1;
    // fall through
  case 'e':
  case 'E':
  case 'f':
  case 'F':
    if (prec < 0) prec = 6;
    break;
  case '%':
    type = 'f';
    pct = true;
    x *= 100;
    if (prec < 0) prec = 6;
    break;
  default: return spec_unknown_type(type, tname);
  }
  return float_emit(x, type, prec, add_dot_0, pct, f);
}

#if UPY_ENABLE_COMPLEX
// Each part as a float of the spec's type, unpadded, the imaginary one signed
// after a real part, then "j"; the whole padded. Without a type (repr's form)
// the parts are in parentheses and a real part of +0.0 is left out.
Ref py_complex_format_parsed(double re, double im, const NumSpec *f, const char *tname) {
  char type = f->type;
  int64_t prec = f->precision;
  bool bare = type == 0;
  if (bare)
    type = prec < 0 ? 'r' : 'g';
  else if (type == 'n')
    type = 'g';
  else if (!strchr("eEfFgG", type))
    return spec_unknown_type(type, tname);
  if (!strcmp(f->fill, "0"))
    return py_err_set_str(&py_ValueError_type,
                          "Zero padding is not allowed in complex format specifier");
  if (f->align == '=')
    return py_err_set_str(&py_ValueError_type,
                          "'=' alignment flag is not allowed in complex format specifier");
  if (prec < 0) prec = 6;
  if ((type | 0x20) == 'g' && prec == 0) prec = 1;
  bool skip_re = bare && re == 0 && !std::signbit(re);
  NumSpec part = *f;
  part.width = -1;
  Ref text[2] = {nullptr, nullptr}, body = nullptr;
  double v[2] = {re, im};
  for (int i = skip_re; i < 2; i++) {
    if (!(text[i] = float_emit(v[i], type, prec, false, false, &part))) break;
    part.sign = '+';
  }
  if (text[1])
    body = skip_re ? py_str_format("%Uj", text[1])
                   : py_str_format(bare ? "(%U%Uj)" : "%U%Uj", text[0], text[1]);
  py_xdecref(text[0]);
  py_xdecref(text[1]);
  if (!body) return nullptr;
  Ref r = py_numspec_pad(f, py_str_data(body), py_str_len(body), py_str_len(body), '>');
  py_decref(body);
  return r;
}
#endif
