// StrBuf (a growable UTF-8 buffer) and the printf-like py_str_format used for
// messages all over the runtime.
#include <cstdio>

#include "py/strobj.h"

void py_strbuf_init(StrBuf *b) {
  b->data = nullptr;
  b->len = b->cap = 0;
  b->failed = false;
}

void py_strbuf_free(StrBuf *b) {
  if (b->data) py_free(b->data, b->cap);
  py_strbuf_init(b);
}

// Makes room for n more bytes; false (and `failed`) when out of memory.
static bool strbuf_reserve(StrBuf *b, size_t n) {
  if (b->failed) return false;
  if (b->len + n <= b->cap) return true;
  size_t ncap = b->cap ? b->cap : 64;
  while (ncap < b->len + n) {
    if (ncap > SIZE_MAX / 2) {
      py_err_nomem();
      b->failed = true;
      return false;
    }
    ncap *= 2;
  }
  char *nd = (char *)py_realloc(b->data, b->cap, ncap);
  if (!nd) {
    b->failed = true;
    return false;
  }
  b->data = nd;
  b->cap = ncap;
  return true;
}

void py_strbuf_add(StrBuf *b, const char *s, size_t n) {
  if (n == 0 || !strbuf_reserve(b, n)) return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

void py_strbuf_addc(StrBuf *b, char c) {
  if (!strbuf_reserve(b, 1)) return;
  b->data[b->len++] = c;
}

void py_strbuf_adds(StrBuf *b, const char *s) { py_strbuf_add(b, s, strlen(s)); }

void py_strbuf_add_codepoint(StrBuf *b, uint32_t cp) {
  char buf[4];
  py_strbuf_add(b, buf, py_utf8_encode(cp, buf));
}

static void strbuf_fill(StrBuf *b, const char *fill, size_t fn, size_t count) {
  if (count == 0 || !strbuf_reserve(b, fn * count)) return;
  for (size_t i = 0; i < count; i++) {
    memcpy(b->data + b->len, fill, fn);
    b->len += fn;
  }
}

void py_strbuf_add_padded(StrBuf *b, const char *s, size_t len, size_t nchars, size_t width,
                          char align, const char *fill, size_t fn) {
  if (width <= nchars) {
    py_strbuf_add(b, s, len);
    return;
  }
  size_t pad = width - nchars, left;
  switch (align) {
  case '<': left = 0; break;
  case '>': left = pad; break;
  case 'C': left = pad / 2 + (pad & width & 1); break; // str.center's rounding
  default: left = pad / 2; break;
  }
  if (fn * pad / fn != pad) {
    py_err_nomem();
    b->failed = true;
    return;
  }
  strbuf_fill(b, fill, fn, left);
  py_strbuf_add(b, s, len);
  strbuf_fill(b, fill, fn, pad - left);
}

Ref py_strbuf_finish(StrBuf *b) {
  if (b->failed) {
    py_strbuf_free(b);
    return nullptr;
  }
  Ref r = py_str_new(b->data ? b->data : "", b->len);
  py_strbuf_free(b);
  return r;
}

int py_strbuf_add_str(StrBuf *b, Ref o) {
  if (py_type(o) == &py_str_type) {
    py_strbuf_add(b, py_str_data(o), py_str_len(o));
    return b->failed ? -1 : 0;
  }
  Ref s = py_str(o);
  if (!s) {
    b->failed = true;
    return -1;
  }
  py_strbuf_add(b, py_str_data(s), py_str_len(s));
  py_decref(s);
  return b->failed ? -1 : 0;
}

int py_strbuf_add_repr(StrBuf *b, Ref o) {
  if (py_type(o) == &py_str_type) {
    py_strbuf_add_text_repr(b, py_str_data(o), py_str_len(o), REPR_STR);
    return b->failed ? -1 : 0;
  }
  Ref s = py_repr(o);
  if (!s) {
    b->failed = true;
    return -1;
  }
  py_strbuf_add(b, py_str_data(s), py_str_len(s));
  py_decref(s);
  return b->failed ? -1 : 0;
}

// Appends text limited to `prec` code points (-1: all) and padded to `width`.
static void strbuf_add_text(StrBuf *b, const char *s, size_t len, int prec, int width, bool left) {
  size_t n = py_utf8_count(s, len);
  if (prec >= 0 && (size_t)prec < n) {
    size_t off = 0;
    for (int k = 0; k < prec; k++) {
      size_t cl;
      py_utf8_decode(s + off, &cl);
      off += cl;
    }
    len = off;
    n = (size_t)prec;
  }
  size_t w = width > 0 ? (size_t)width : 0;
  py_strbuf_add_padded(b, s, len, n, w, left ? '<' : '>', " ", 1);
}

// Appends an object converted by conv ('R' repr, 'S' str, 'A' ascii, 'U' str's
// own text, 'T' type name).
static int strbuf_add_obj(StrBuf *b, Ref o, char conv, int prec, int width, bool left) {
  if (!o) {
    strbuf_add_text(b, "<NULL>", 6, prec, width, left);
    return 0;
  }
  if (conv == 'T') {
    const char *n = py_tname(o);
    strbuf_add_text(b, n, strlen(n), prec, width, left);
    return 0;
  }
  Ref s;
  if (conv == 'U')
    s = py_newref(o);
  else if (conv == 'R')
    s = py_repr(o);
  else if (conv == 'A')
    s = py_ascii(o);
  else
    s = py_str(o);
  if (!s) {
    b->failed = true;
    return -1;
  }
  strbuf_add_text(b, py_str_data(s), py_str_len(s), prec, width, left);
  py_decref(s);
  return 0;
}

int py_strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) {
  const char *p = fmt;
  while (*p) {
    const char *q = strchr(p, '%');
    if (!q) {
      py_strbuf_adds(b, p);
      break;
    }
    py_strbuf_add(b, p, (size_t)(q - p));
    p = q + 1;
    if (*p == '%') {
      py_strbuf_addc(b, '%');
      p++;
      continue;
    }
    // %[flags][width][.prec][length]conv
    char flags[8];
    int nflags = 0;
    while (*p && strchr("-+ #0", *p) && nflags < 7) flags[nflags++] = *p++;
    flags[nflags] = 0;
    bool left = strchr(flags, '-') != nullptr;
    int width = -1, prec = -1;
    if (*p == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        left = true;
        width = -width;
      }
      p++;
    } else if (*p >= '0' && *p <= '9') {
      for (width = 0; *p >= '0' && *p <= '9'; p++) width = width * 10 + (*p - '0');
    }
    if (*p == '.') {
      p++;
      if (*p == '*') {
        prec = va_arg(ap, int);
        p++;
      } else {
        for (prec = 0; *p >= '0' && *p <= '9'; p++) prec = prec * 10 + (*p - '0');
      }
    }
    int longs = 0;
    bool size_z = false;
    while (*p == 'l' || *p == 'z' || *p == 'h' || *p == 'j' || *p == 't') {
      if (*p == 'l') longs++;
      if (*p == 'z' || *p == 't') size_z = true;
      if (*p == 'j') longs = 2;
      p++;
    }
    char conv = *p;
    if (!conv) break;
    p++;
    // Numbers go through snprintf with a rebuilt spec (bounded so num[] fits).
    char spec[40];
    int sn = snprintf(spec, sizeof spec, "%%%s", flags);
    if (width >= 0)
      sn += snprintf(spec + sn, sizeof spec - (size_t)sn, "%d", width > 100 ? 100 : width);
    if (prec >= 0)
      sn += snprintf(spec + sn, sizeof spec - (size_t)sn, ".%d", prec > 60 ? 60 : prec);
    char num[512];
    int nn = 0;
    switch (conv) {
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      bool is_signed = conv == 'd' || conv == 'i';
      snprintf(spec + sn, sizeof spec - (size_t)sn, "ll%c", conv);
      if (is_signed) {
        long long v = size_z       ? (long long)va_arg(ap, ptrdiff_t)
                      : longs == 2 ? va_arg(ap, long long)
                      : longs == 1 ? (long long)va_arg(ap, long)
                                   : (long long)va_arg(ap, int);
        nn = snprintf(num, sizeof num, spec, v);
      } else {
        unsigned long long v = size_z       ? (unsigned long long)va_arg(ap, size_t)
                               : longs == 2 ? va_arg(ap, unsigned long long)
                               : longs == 1 ? (unsigned long long)va_arg(ap, unsigned long)
                                            : (unsigned long long)va_arg(ap, unsigned int);
        nn = snprintf(num, sizeof num, spec, v);
      }
      break;
    }
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'e':
    case 'E': {
      snprintf(spec + sn, sizeof spec - (size_t)sn, "%c", conv);
      nn = snprintf(num, sizeof num, spec, va_arg(ap, double));
      break;
    }
    case 'p': nn = snprintf(num, sizeof num, "%p", va_arg(ap, void *)); break;
    case 'c': {
      char cb[4];
      size_t cl = py_utf8_encode((uint32_t)va_arg(ap, int) & 0x1FFFFF, cb);
      strbuf_add_text(b, cb, cl, -1, width, left);
      continue;
    }
    case 's': {
      const char *s = va_arg(ap, const char *);
      if (!s) s = "(null)";
      size_t sl = strlen(s);
      strbuf_add_text(b, s, sl, prec, width, left);
      continue;
    }
    case 'R':
    case 'S':
    case 'A':
    case 'U':
    case 'T':
      if (strbuf_add_obj(b, va_arg(ap, Ref), conv, prec, width, left) < 0) return -1;
      continue;
    default: // unknown conversion: copy it literally
      py_strbuf_add(b, q, (size_t)(p - q));
      continue;
    }
    if (nn < 0) nn = 0;
    if ((size_t)nn >= sizeof num) nn = (int)sizeof num - 1;
    py_strbuf_add(b, num, (size_t)nn);
  }
  return b->failed ? -1 : 0;
}

void py_strbuf_printf(StrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  py_strbuf_vprintf(b, fmt, ap);
  va_end(ap);
}

Ref py_str_vformat(const char *fmt, va_list ap) {
  StrBuf b;
  py_strbuf_init(&b);
  if (py_strbuf_vprintf(&b, fmt, ap) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

Ref py_str_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref r = py_str_vformat(fmt, ap);
  va_end(ap);
  return r;
}
