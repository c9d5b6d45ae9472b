// The methods str, bytes and bytearray share, and the byte-level algorithms
// behind them (text.h, Note [Text methods]).
#include "py/text.h"
#include "py/containers.h"
#include "py/intobj.h"

// ---------------------------------------------------------------------------
// Byte search
// ---------------------------------------------------------------------------

int64_t py_mem_find(const char *h, size_t hn, const char *nd, size_t nn) {
  if (nn == 0) return 0;
  if (nn > hn) return -1;
  if (nn == 1) {
    const char *p = (const char *)memchr(h, nd[0], hn);
    return p ? p - h : -1;
  }
  const char *end = h + hn - nn;
  for (const char *p = h; p <= end;) {
    p = (const char *)memchr(p, nd[0], (size_t)(end - p) + 1);
    if (!p) return -1;
    if (memcmp(p, nd, nn) == 0) return p - h;
    p++;
  }
  return -1;
}

int64_t py_mem_rfind(const char *h, size_t hn, const char *nd, size_t nn) {
  if (nn == 0) return (int64_t)hn;
  if (nn > hn) return -1;
  for (size_t i = hn - nn + 1; i-- > 0;) {
    if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return (int64_t)i;
  }
  return -1;
}

size_t py_mem_count(const char *h, size_t hn, const char *nd, size_t nn) {
  size_t cnt = 0;
  for (int64_t f; (f = py_mem_find(h, hn, nd, nn)) >= 0; cnt++) {
    h += (size_t)f + nn;
    hn -= (size_t)f + nn;
  }
  return cnt;
}

// ---------------------------------------------------------------------------
// Objects and arguments
// ---------------------------------------------------------------------------

// Note [Text methods]
// str, bytes and bytearray run one implementation of each method they have in
// common, working on the object's bytes. A str's are UTF-8, in which an encoded
// string matches only where its first code point starts: searching, splitting
// and comparing need no decoding. What counts characters steps over code
// points of a str and bytes of the others, and indices a str method takes or
// returns count code points (TextWin). Each type keeps its own argument checks
// and messages: `u` below is "self is a str". The shared character predicates,
// case conversions and iterators are str.cpp's, by the Unicode tables; a byte
// beyond ASCII is no letter, digit or space to them.

// self as the shared methods see it: its bytes, and whether it is a str (u).
struct Text {
  Ref self;
  const char *d;
  size_t n;
  bool u;
};

static inline Text text_of(Ref self) {
  Text t = {self, nullptr, 0, py_is_str(self)};
  if (t.u) {
    t.d = py_str_data(self);
    t.n = py_str_len(self);
  } else
    py_bytes_view(self, &t.d, &t.n);
  return t;
}

// An argument of self's kind: str for a str (u), bytes-like for the others.
static inline bool text_arg(bool u, Ref o, const char **d, size_t *n) {
  if (!u) return py_bytes_view(o, d, n);
  if (!py_is_str(o)) return false;
  *d = py_str_data(o);
  *n = py_str_len(o);
  return true;
}

bool py_text_data(Ref self, const char **d, size_t *n) {
  Text t = text_of(self);
  *d = t.d;
  *n = t.n;
  return t.u;
}

const char *py_text_qual(Ref self) {
  return py_is_str(self) ? "str" : py_is_bytearray(self) ? "bytearray" : "bytes";
}

// py_text_nargs with the type named only when the arguments do not fit.
static int text_nargs(Ref self, const char *fname, size_t nargs, Ref kwnames, size_t lo,
                      size_t hi) {
  if (nargs >= lo && nargs <= hi && !kwnames) return 0;
  return py_text_nargs(py_text_qual(self), fname, nargs, kwnames, lo, hi, true);
}

Ref py_text_new(Ref self, const char *d, size_t n) {
  if (py_is_str(self)) return py_str_new(d, n);
  if (py_type(self) != &py_bytes_type && py_is_bytearray(self)) return py_bytearray_new(d, n);
  return py_bytes_new(d, n);
}

// t's bytes [b0, b1): t itself when that is all of an exact str or bytes.
static inline Ref text_sub(const Text &t, size_t b0, size_t b1) {
  Type *type = py_type(t.self);
  if (b0 == 0 && b1 == t.n && (type == &py_str_type || type == &py_bytes_type))
    return py_newref(t.self);
  if (t.u && py_str_nchars(t.self) == t.n) return py_str_new_n(t.d + b0, b1 - b0, b1 - b0);
  return py_text_new(t.self, t.d + b0, b1 - b0);
}

Ref py_text_sub(Ref self, size_t b0, size_t b1) { return text_sub(text_of(self), b0, b1); }

Ref py_text_exact(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Text t = text_of(self);
  return text_sub(t, 0, t.n);
}

Ref py_text_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref s = py_text_exact(self, args, nargs, kwnames);
  Ref r = s ? py_tuple_pack(1, s) : nullptr;
  py_xdecref(s);
  return r;
}

// A new object of t's kind of n bytes, to be written at *p (and a str's nchars
// set) before it escapes.
static inline Ref text_alloc(const Text &t, size_t n, char **p) {
  Ref r = t.u                       ? py_str_alloc(n)
          : py_is_bytearray(t.self) ? py_bytearray_new(nullptr, n)
                                    : py_bytes_alloc(n);
  if (r) *p = t.u ? ((StrObj *)r)->data : (char *)text_of(r).d;
  return r;
}

Ref py_text_bytes_like_error(Ref o) {
  return py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'",
                       py_tname(o));
}

// The TypeError of an argument o of the wrong type, worded for a str (u) or
// for bytes and bytearray; both messages take o's type name.
static Ref text_type_error(bool u, Ref o, PyMsg str_fmt,
                           PyMsg bytes_fmt = PY_MSG("a bytes-like object is required, not '%s'")) {
  return (py_err_format)(&py_TypeError_type, py_msg_str(u ? str_fmt : bytes_fmt), py_tname(o));
}

// A [start:end] window of t (slice rules): byte offsets, and the index of the
// first (a code point index for a str).
struct TextWin {
  size_t b0, b1;
  int64_t c0;
};

// The optional start and end after args[0]: 1 ok, 0 empty (start beyond the
// end or end before start), -1 error.
static int text_window(const Text &t, Ref const *args, size_t nargs, TextWin *w) {
  int64_t n = (int64_t)(t.u ? py_str_nchars(t.self) : t.n), st = 0, en = n;
  Ref start = nargs > 1 ? args[1] : py_None, end = nargs > 2 ? args[2] : py_None;
  if (start != py_None && py_slice_index_value(start, &st) < 0) return -1;
  if (end != py_None && py_slice_index_value(end, &en) < 0) return -1;
  if (en > n)
    en = n;
  else if (en < 0 && (en += n) < 0)
    en = 0;
  if (st < 0 && (st += n) < 0) st = 0;
  if (st > n || en < st) return 0;
  w->c0 = st;
  w->b0 = t.u ? py_str_offset(t.self, (size_t)st) : (size_t)st;
  w->b1 = t.u ? py_str_offset(t.self, (size_t)en) : (size_t)en;
  return 1;
}

// The index in t of byte offset `off` (at or after the window's start).
static int64_t text_index(const Text &t, const TextWin &w, size_t off) {
  if (!t.u || py_str_nchars(t.self) == t.n) return (int64_t)off;
  return w.c0 + (int64_t)py_utf8_count(t.d + w.b0, off - w.b0);
}

// The character at d[i]: a code point of a str (u), a byte of the others;
// *n its length in bytes.
static inline uint32_t text_char(bool u, const char *d, size_t i, size_t *n) {
  uint8_t c = (uint8_t)d[i];
  if (!u || c < 0x80) {
    *n = 1;
    return c;
  }
  return py_utf8_decode(d + i, n);
}

// Where the character ending at d[i] (i > 0) starts.
static inline size_t text_prev(bool u, const char *d, size_t i) {
  i--;
  if (u)
    while (i > 0 && ((uint8_t)d[i] & 0xC0) == 0x80) i--;
  return i;
}

// bytes know six whitespace characters (\t\n\v\f\r and space); str four more
// below space (\x1c-\x1f), and some beyond ASCII.
static inline bool text_isspace(bool u, uint32_t c) {
  if (c <= ' ') return ((u ? 0x1F0003E00ull : 0x100003E00ull) >> c) & 1;
  return u && c >= 0x80 && py_unicode_isspace(c);
}

// Appends t's bytes [b, e) to list.
static int text_list_add(Ref list, const Text &t, size_t b, size_t e) {
  Ref x = text_sub(t, b, e);
  if (!x) return -1;
  int r = py_list_append(list, x);
  py_decref(x);
  return r;
}

// ---------------------------------------------------------------------------
// find, rfind, index, rindex, count, startswith, endswith
// ---------------------------------------------------------------------------

enum TextFind { TF_FIND, TF_RFIND, TF_INDEX, TF_RINDEX, TF_COUNT };

// The needle of find, count, index and `in`: self's kind, or for bytes and
// bytearray an int 0..255 too (in *one). 1: v is neither (no error set).
static inline int text_needle(bool u, Ref v, const char **d, size_t *n, char *one) {
  if (text_arg(u, v, d, n)) return 0;
  if (u || (!py_is_int(v) && !py_type(v)->to_index)) return 1;
  uint8_t x;
  if (py_byte_value(v, &x) < 0) return -1;
  *one = (char)x;
  *d = one;
  *n = 1;
  return 0;
}

static Ref text_find_common(Ref self, Ref const *args, size_t nargs, Ref kwnames, TextFind k) {
  static const char *const fnames[] = {"find", "rfind", "index", "rindex", "count"};
  if (text_nargs(self, fnames[k], nargs, kwnames, 1, 3) < 0) return nullptr;
  Text t = text_of(self);
  const char *nd;
  size_t nn;
  char one;
  int r = text_needle(t.u, args[0], &nd, &nn, &one);
  if (r < 0) return nullptr;
  if (r > 0)
    return text_type_error(t.u, args[0], PY_MSG("must be str, not %s"),
                           PY_MSG("argument should be integer or bytes-like object, not '%s'"));
  TextWin w;
  int ok = text_window(t, args, nargs, &w);
  if (ok < 0) return nullptr;
  int64_t f = -1;
  if (ok) {
    const char *h = t.d + w.b0;
    size_t hn = w.b1 - w.b0;
    if (k == TF_COUNT) {
      if (nn == 0) return py_int_from_i64(text_index(t, w, w.b1) - w.c0 + 1);
      return py_int_from_u64(py_mem_count(h, hn, nd, nn));
    }
    f = (k == TF_FIND || k == TF_INDEX) ? py_mem_find(h, hn, nd, nn) : py_mem_rfind(h, hn, nd, nn);
  }
  if (k == TF_COUNT) return py_small_new(0);
  if (f < 0) {
    if (k == TF_INDEX || k == TF_RINDEX) {
      return t.u ? py_err_set_str(&py_ValueError_type, "substring not found")
                 : py_err_set_str(&py_ValueError_type, "subsection not found");
    }
    return py_small_new(-1);
  }
  return py_int_from_i64(text_index(t, w, w.b0 + (size_t)f));
}

int py_text_contains(Ref self, Ref v) {
  Text t = text_of(self);
  const char *nd;
  size_t nn;
  char one;
  int r = text_needle(t.u, v, &nd, &nn, &one);
  if (r > 0) {
    text_type_error(t.u, v, PY_MSG("'in <string>' requires string as left operand, not %s"));
    return -1;
  }
  return r < 0 ? -1 : py_mem_find(t.d, t.n, nd, nn) >= 0;
}

Ref py_text_find(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_find_common(self, args, nargs, kw, TF_FIND);
}
Ref py_text_rfind(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_find_common(self, args, nargs, kw, TF_RFIND);
}
Ref py_text_index(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_find_common(self, args, nargs, kw, TF_INDEX);
}
Ref py_text_rindex(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_find_common(self, args, nargs, kw, TF_RINDEX);
}
Ref py_text_count(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_find_common(self, args, nargs, kw, TF_COUNT);
}

static Ref text_startsend(Ref self, Ref const *args, size_t nargs, Ref kwnames, bool end) {
  const char *fname = end ? "endswith" : "startswith";
  if (text_nargs(self, fname, nargs, kwnames, 1, 3) < 0) return nullptr;
  Text t = text_of(self);
  bool u = t.u;
  Ref pre = args[0];
  Ref const *cands = &pre;
  size_t ncand = 1;
  const char *pd;
  size_t pn;
  if (py_is_tuple(pre)) {
    cands = py_tuple_items(pre);
    ncand = py_tuple_len(pre);
  } else if (!text_arg(u, pre, &pd, &pn)) {
    return u ? py_err_format(&py_TypeError_type,
                             "%s first arg must be str or a tuple of str, not %s", fname,
                             py_tname(pre))
             : py_err_format(&py_TypeError_type,
                             "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                             py_tname(pre));
  }
  TextWin w;
  int ok = text_window(t, args, nargs, &w);
  if (ok < 0) return nullptr;
  for (size_t i = 0; i < ncand; i++) {
    if (!text_arg(u, cands[i], &pd, &pn)) {
      if (u)
        return py_err_format(&py_TypeError_type, "tuple for %s must only contain str, not %s",
                             fname, py_tname(cands[i]));
      return py_text_bytes_like_error(cands[i]);
    }
    if (ok && pn <= w.b1 - w.b0 && memcmp(t.d + (end ? w.b1 - pn : w.b0), pd, pn) == 0)
      return py_True;
  }
  return py_False;
}

Ref py_text_startswith(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_startsend(self, args, nargs, kw, false);
}
Ref py_text_endswith(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_startsend(self, args, nargs, kw, true);
}

// ---------------------------------------------------------------------------
// split, rsplit, splitlines
// ---------------------------------------------------------------------------

// The edge of d[lo:hi] (the left one, the right one for `right`) moved past the
// characters that are (in) or are not (!in) whitespace, or with a `set`, among
// the characters of set[0:setn].
static inline size_t text_skip(bool u, const char *d, size_t lo, size_t hi, bool right, bool in,
                               const char *set = nullptr, size_t setn = 0) {
  while (lo < hi) {
    size_t i = right ? hi - 1 : lo, cn = 1;
    uint32_t c = (uint8_t)d[i];
    if (u && c >= 0x80) { // a code point of several bytes
      if (right) i = text_prev(u, d, hi);
      c = py_utf8_decode(d + i, &cn);
    }
    if ((set ? py_mem_find(set, setn, d + i, cn) >= 0 : text_isspace(u, c)) != in) break;
    if (right)
      hi = i;
    else
      lo = i + cn;
  }
  return right ? hi : lo;
}

static Ref text_split_common(Ref self, Ref const *args, size_t nargs, Ref kwnames, bool right) {
  static const char *const names[] = {"sep", "maxsplit"};
  static const ArgSpec spec_l = {"split", names, 2, 0, 0, 2};
  static const ArgSpec spec_r = {"rsplit", names, 2, 0, 0, 2};
  Ref a[2];
  if (py_parse_args(right ? spec_r : spec_l, args, nargs, kwnames, a) < 0) return nullptr;
  int64_t maxsplit = -1;
  if (a[1] && py_index_i64(a[1], &maxsplit) < 0) return nullptr;
  if (maxsplit < 0) maxsplit = -1; // no limit (counting down never reaches 0)
  Text t = text_of(self);
  bool u = t.u;
  const char *d = t.d, *sd = nullptr;
  size_t sn = 0;
  if (a[0] && a[0] != py_None) {
    if (!text_arg(u, a[0], &sd, &sn))
      return text_type_error(u, a[0], PY_MSG("must be str or None, not %s"));
    if (sn == 0) return py_err_set_str(&py_ValueError_type, "empty separator");
  }
  Ref list = py_list_new(0);
  if (!list) return nullptr;
  // Pieces come off the left end of d[lo:hi], or the right one for rsplit.
  size_t lo = 0, hi = t.n, b, e;
  for (;; maxsplit--) {
    if (!sd) {
      size_t edge = text_skip(u, d, lo, hi, right, true);
      (right ? hi : lo) = edge;
      if (lo >= hi) break;
      if (maxsplit == 0) {
        if (text_list_add(list, t, lo, hi) < 0) goto fail;
        break;
      }
      edge = text_skip(u, d, lo, hi, right, false);
      b = right ? edge : lo;
      e = right ? hi : edge;
      (right ? hi : lo) = edge;
    } else {
      int64_t f = maxsplit == 0 ? -1
                  : right       ? py_mem_rfind(d + lo, hi - lo, sd, sn)
                                : py_mem_find(d + lo, hi - lo, sd, sn);
      if (f < 0) {
        if (text_list_add(list, t, lo, hi) < 0) goto fail;
        break;
      }
      size_t at = lo + (size_t)f;
      b = right ? at + sn : lo;
      e = right ? hi : at;
      (right ? hi : lo) = right ? at : at + sn;
    }
    if (text_list_add(list, t, b, e) < 0) goto fail;
  }
  if (right) py_list_reverse(list);
  return list;
fail:
  py_decref(list);
  return nullptr;
}

Ref py_text_split(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_split_common(self, args, nargs, kw, false);
}
Ref py_text_rsplit(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_split_common(self, args, nargs, kw, true);
}

// bytes break lines at \n, \r and \r\n; str at more characters besides.
static bool text_islinebreak(bool u, uint32_t c) {
  return c == '\n' || c == '\r' ||
         (u && (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
                c == 0x2029));
}

Ref py_text_splitlines(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"keepends"};
  static const ArgSpec spec = {"splitlines", names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int keep = 0;
  if (a[0] && (keep = py_truthy(a[0])) < 0) return nullptr;
  Text t = text_of(self);
  bool u = t.u;
  const char *d = t.d;
  size_t n = t.n;
  Ref list = py_list_new(0);
  if (!list) return nullptr;
  for (size_t i = 0; i < n;) {
    size_t j = i, cn = 0;
    uint32_t c = 0;
    while (j < n && !text_islinebreak(u, c = text_char(u, d, j, &cn))) j += cn;
    size_t eol = j;
    if (j < n) {
      j += cn;
      if (c == '\r' && j < n && d[j] == '\n') j++;
    }
    if (text_list_add(list, t, i, keep ? j : eol) < 0) {
      py_decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

// ---------------------------------------------------------------------------
// strip, partition, removeprefix, replace
// ---------------------------------------------------------------------------

// which: 1 lstrip, 2 rstrip, 3 strip.
static Ref text_strip_common(Ref self, Ref const *args, size_t nargs, int which) {
  static const char *const fnames[] = {"", "lstrip", "rstrip", "strip"};
  Text t = text_of(self);
  Ref chars = nargs ? args[0] : py_None;
  const char *cd = nullptr;
  size_t cn = 0;
  if (chars != py_None && !text_arg(t.u, chars, &cd, &cn)) {
    if (t.u) return py_err_format(&py_TypeError_type, "%s arg must be None or str", fnames[which]);
    return py_text_bytes_like_error(chars);
  }
  size_t lo = 0, hi = t.n;
  if (which & 1) lo = text_skip(t.u, t.d, lo, hi, false, true, cd, cn);
  if (which & 2) hi = text_skip(t.u, t.d, lo, hi, true, true, cd, cn);
  return text_sub(t, lo, hi);
}

Ref py_text_strip(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_strip_common(self, args, nargs, 3);
}
Ref py_text_lstrip(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_strip_common(self, args, nargs, 1);
}
Ref py_text_rstrip(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_strip_common(self, args, nargs, 2);
}

static Ref text_partition_common(Ref self, Ref sep, bool right) {
  Text t = text_of(self);
  const char *sd;
  size_t sn;
  if (!text_arg(t.u, sep, &sd, &sn))
    return text_type_error(t.u, sep, PY_MSG("must be str, not %s"));
  if (sn == 0) return py_err_set_str(&py_ValueError_type, "empty separator");
  int64_t f = right ? py_mem_rfind(t.d, t.n, sd, sn) : py_mem_find(t.d, t.n, sd, sn);
  // Not found: all of self is the head (the tail for rpartition).
  size_t head = f >= 0 ? (size_t)f : right ? 0 : t.n, tail = f >= 0 ? head + sn : head;
  Ref p[3];
  p[0] = text_sub(t, 0, head);
  if (f < 0)
    p[1] = text_sub(t, head, head);
  else // the separator itself, as CPython gives it, but a bytearray's own copy
    p[1] = !t.u && py_is_bytearray(self) ? py_text_new(self, sd, sn) : py_newref(sep);
  p[2] = text_sub(t, tail, t.n);
  Ref r = p[0] && p[1] && p[2] ? py_tuple_pack(3, p[0], p[1], p[2]) : nullptr;
  for (Ref x : p) py_xdecref(x);
  return r;
}

Ref py_text_partition(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_partition_common(self, args[0], false);
}
Ref py_text_rpartition(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_partition_common(self, args[0], true);
}

static Ref text_removeaffix(Ref self, Ref affix, bool suffix) {
  Text t = text_of(self);
  const char *ad;
  size_t an;
  if (!text_arg(t.u, affix, &ad, &an)) {
    if (t.u)
      return py_err_format(&py_TypeError_type, "%s() argument must be str, not %s",
                           suffix ? "removesuffix" : "removeprefix", py_tname(affix));
    return py_text_bytes_like_error(affix);
  }
  if (an && an <= t.n && memcmp(suffix ? t.d + t.n - an : t.d, ad, an) == 0)
    return suffix ? text_sub(t, 0, t.n - an) : text_sub(t, an, t.n);
  return text_sub(t, 0, t.n);
}

Ref py_text_removeprefix(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_removeaffix(self, args[0], false);
}
Ref py_text_removesuffix(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_removeaffix(self, args[0], true);
}

Ref py_text_from_buf(Ref self, StrBuf *b) {
  Ref r = b->failed ? nullptr : py_text_new(self, b->data ? b->data : "", b->len);
  py_strbuf_free(b);
  return r;
}

Ref py_text_replace(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Text t = text_of(self);
  const char *od, *nd;
  size_t on, nn;
  for (int k = 0; k < 2; k++) {
    if (!text_arg(t.u, args[k], k ? &nd : &od, k ? &nn : &on)) {
      if (t.u)
        return py_err_format(&py_TypeError_type, "replace() argument %d must be str, not %s", k + 1,
                             py_tname(args[k]));
      return py_text_bytes_like_error(args[k]);
    }
  }
  int64_t maxc = -1;
  if (nargs > 2 && py_index_i64(args[2], &maxc) < 0) return nullptr;
  size_t max = maxc < 0 ? SIZE_MAX : (size_t)maxc, i = 0, cn;
  if (max == 0 || (on && py_mem_find(t.d, t.n, od, on) < 0)) return text_sub(t, 0, t.n);
  StrBuf b;
  py_strbuf_init(&b);
  for (size_t done = 0; done < max; done++) {
    if (on == 0) { // new before every character, and at the end
      py_strbuf_add(&b, nd, nn);
      if (i >= t.n) break;
      text_char(t.u, t.d, i, &cn);
      py_strbuf_add(&b, t.d + i, cn);
      i += cn;
      continue;
    }
    int64_t f = py_mem_find(t.d + i, t.n - i, od, on);
    if (f < 0) break;
    py_strbuf_add(&b, t.d + i, (size_t)f);
    py_strbuf_add(&b, nd, nn);
    i += (size_t)f + on;
  }
  py_strbuf_add(&b, t.d + i, t.n - i);
  return py_text_from_buf(self, &b);
}

// ---------------------------------------------------------------------------
// expandtabs, zfill, center, ljust, rjust, repeat
// ---------------------------------------------------------------------------

// Characters in t: code points of a str.
static size_t text_nchars(const Text &t) { return t.u ? py_str_nchars(t.self) : t.n; }

Ref py_text_expandtabs(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"tabsize"};
  static const ArgSpec spec = {"expandtabs", names, 1, 0, 0, 1};
  Ref a[1];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int64_t tab = 8;
  if (a[0] && py_index_i64(a[0], &tab) < 0) return nullptr;
  Text t = text_of(self);
  StrBuf b;
  py_strbuf_init(&b);
  int64_t col = 0;
  for (size_t i = 0, cn; i < t.n && !b.failed; i += cn) {
    uint32_t c = text_char(t.u, t.d, i, &cn);
    if (c == '\t') {
      if (tab > 0) {
        int64_t k = tab - col % tab;
        col += k;
        while (k-- > 0 && !b.failed) py_strbuf_addc(&b, ' ');
      }
    } else {
      py_strbuf_add(&b, t.d + i, cn);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return py_text_from_buf(self, &b);
}

Ref py_text_zfill(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t width;
  if (py_index_i64(args[0], &width) < 0) return nullptr;
  Text t = text_of(self);
  size_t n = text_nchars(t);
  if (width <= (int64_t)n) return text_sub(t, 0, t.n);
  size_t sign = t.n && (t.d[0] == '+' || t.d[0] == '-');
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add(&b, t.d, sign);
  py_strbuf_add_padded(&b, t.d + sign, t.n - sign, n - sign, (size_t)width - sign, '>', "0", 1);
  return py_text_from_buf(self, &b);
}

// center ('C'), ljust ('<') and rjust ('>'); their argument counts are checked
// by the method tables.
static Ref text_pad(Ref self, Ref const *args, size_t nargs, const char *fname, char align) {
  Text t = text_of(self);
  int64_t width;
  if (py_index_i64(args[0], &width) < 0) return nullptr;
  const char *fd = " ";
  size_t fn = 1;
  if (nargs > 1) {
    if (!t.u) {
      if (!py_bytes_view(args[1], &fd, &fn) || fn != 1)
        return py_err_format(&py_TypeError_type,
                             "%s() argument 2 must be a byte string of length 1, not %s", fname,
                             py_tname(args[1]));
    } else if (!py_is_str(args[1])) {
      return py_err_format(&py_TypeError_type,
                           "The fill character must be a unicode character, not %T", args[1]);
    } else if (py_str_nchars(args[1]) != 1) {
      return py_err_set_str(&py_TypeError_type,
                            "The fill character must be exactly one character long");
    } else {
      fd = py_str_data(args[1]);
      fn = py_str_len(args[1]);
    }
  }
  size_t n = text_nchars(t);
  if (width <= (int64_t)n) return text_sub(t, 0, t.n);
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add_padded(&b, t.d, t.n, n, (size_t)width, align, fd, fn);
  return py_text_from_buf(self, &b);
}

Ref py_text_center(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_pad(self, args, nargs, "center", 'C');
}
Ref py_text_ljust(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_pad(self, args, nargs, "ljust", '<');
}
Ref py_text_rjust(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_pad(self, args, nargs, "rjust", '>');
}

Ref py_text_repeat(Ref self, Ref count) {
  int64_t k;
  if (py_seq_repeat_count(count, &k) < 0) return nullptr;
  Text t = text_of(self);
  if (k <= 1 || t.n == 0) return text_sub(t, 0, k > 0 ? t.n : 0);
  if ((uint64_t)k > ((size_t)1 << (sizeof(size_t) * 8 - 2)) / t.n) {
    if (t.u) return py_err_set_str(&py_OverflowError_type, "repeated string is too long");
    return py_err_nomem();
  }
  size_t total = t.n * (size_t)k;
  char *p;
  Ref r = text_alloc(t, total, &p);
  if (!r) return nullptr;
  memcpy(p, t.d, t.n);
  for (size_t done = t.n; done < total;) { // doubling copy
    size_t c = done < total - done ? done : total - done;
    memcpy(p + done, p, c);
    done += c;
  }
  if (t.u) ((StrObj *)r)->nchars = py_str_nchars(self) * (size_t)k;
  return r;
}

// ---------------------------------------------------------------------------
// Comparison and operators
// ---------------------------------------------------------------------------

Ref py_text_richcompare(bool u, Ref a, Ref b, int op) {
  const char *x, *y;
  size_t nx, ny;
  if (!text_arg(u, a, &x, &nx) || !text_arg(u, b, &y, &ny)) return py_newref(py_NotImplemented);
  if (op == CMP_EQ || op == CMP_NE)
    return py_bool((nx == ny && memcmp(x, y, nx) == 0) == (op == CMP_EQ));
  int c = memcmp(x, y, nx < ny ? nx : ny);
  return py_cmp_result(c ? c : nx < ny ? -1 : nx > ny, op);
}

// A class instance whose type defines the reflected method may still answer
// the operation, so the slot leaves it to py_binop.
static bool text_other_may_answer(Ref other, const char *rname) {
  Type *t = py_type(other);
  if (!py_type_has(t, TPF_HEAPTYPE)) return false;
  Ref name = py_str_intern(rname);
  return name && py_type_lookup(t, name) != nullptr;
}

Ref py_text_binop(bool u, Ref a, Ref b, int op) {
  const char *d, *bd;
  size_t n, bn;
  bool a_is = text_arg(u, a, &d, &n);
  if (op == BINOP_ADD) {
    if (!a_is) return py_newref(py_NotImplemented);
    if (!text_arg(u, b, &bd, &bn)) {
      if (text_other_may_answer(b, "__radd__")) return py_newref(py_NotImplemented);
      if (u)
        return py_err_format(&py_TypeError_type, "can only concatenate str (not \"%s\") to str",
                             py_tname(b));
      return py_err_format(&py_TypeError_type, "can't concat %s to %s", py_tname(b), py_tname(a));
    }
    if (u) return py_str_concat(a, b);
    if (bn == 0 && py_type(a) == &py_bytes_type) return py_newref(a);
    char *p;
    Ref r = text_alloc(text_of(a), n + bn, &p);
    if (r) {
      memcpy(p, d, n);
      memcpy(p + n, bd, bn);
    }
    return r;
  }
  if (op == BINOP_MUL) {
    Ref s = a_is ? a : b, k = a_is ? b : a;
    if (py_is_int(k)) return py_text_repeat(s, k);
    // k's own __mul__ already ran when it is on the left.
    if (s == a && text_other_may_answer(k, "__rmul__")) return py_newref(py_NotImplemented);
    if (py_type(k)->to_index) return py_text_repeat(s, k);
    return py_err_format(&py_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                         py_tname(k));
  }
  if (op == BINOP_MOD && a_is) return u ? py_str_percent(a, b) : py_bytes_percent(a, b);
  return py_newref(py_NotImplemented);
}

// ---------------------------------------------------------------------------
// join
// ---------------------------------------------------------------------------

// Joins n items of t's kind (any bytes-like for bytes) with t between them.
static Ref text_join_items(const Text &t, Ref const *items, size_t n) {
  Type *exact = t.u ? &py_str_type : &py_bytes_type;
  if (n == 1 && py_type(items[0]) == exact && (t.u || !py_is_bytearray(t.self)))
    return py_newref(items[0]);
  bool u = t.u;
  const char *d;
  size_t len, total = 0, nch = 0;
  for (size_t i = 0; i < n; i++) {
    if (!text_arg(u, items[i], &d, &len)) {
      if (u)
        return py_err_format(&py_TypeError_type,
                             "sequence item %zu: expected str instance, %T found", i, items[i]);
      return py_err_format(&py_TypeError_type,
                           "sequence item %zu: expected a bytes-like object, %s found", i,
                           py_tname(items[i]));
    }
    if (total + len < total) return py_err_nomem(); // an item many times over
    total += len;
    if (u) nch += py_str_nchars(items[i]);
  }
  size_t seps = n ? n - 1 : 0;
  if (t.n && (seps > SIZE_MAX / t.n || total + seps * t.n < total)) return py_err_nomem();
  total += seps * t.n;
  if (total == 0) return text_sub(t, 0, 0);
  char *p;
  Ref r = text_alloc(t, total, &p);
  if (!r) return nullptr;
  const char *sd = t.d; // locals: memcpy could write anything t refers to
  size_t sn = t.n;
  for (size_t i = 0; i < n; i++) {
    text_arg(u, items[i], &d, &len);
    memcpy(p, d, len);
    p += len;
    if (i < seps) {
      memcpy(p, sd, sn);
      p += sn;
    }
  }
  if (!u) return r;
  ((StrObj *)r)->nchars = nch + seps * py_str_nchars(t.self);
  if (total == 1 && (uint8_t)py_str_data(r)[0] < 0x80) { // the cached one-character str
    Ref c = py_str_new_n(py_str_data(r), 1, 1);
    py_decref(r);
    return c;
  }
  return r;
}

Ref py_str_join(Ref sep, Ref iterable) {
  Text t = text_of(sep);
  if (py_is_list(iterable))
    return text_join_items(t, py_list_items(iterable), py_list_len(iterable));
  if (py_is_tuple(iterable))
    return text_join_items(t, py_tuple_items(iterable), py_tuple_len(iterable));
  if (!py_type(iterable)->iter && !py_type(iterable)->getitem)
    return py_err_set_str(&py_TypeError_type, "can only join an iterable");
  Ref tup = py_sequence_tuple(iterable);
  if (!tup) return nullptr;
  Ref r = text_join_items(t, py_tuple_items(tup), py_tuple_len(tup));
  py_decref(tup);
  return r;
}

Ref py_text_join(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_str_join(self, args[0]);
}

// ---------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------

// self[i] for an index in range: a str of one code point, or an int.
static Ref text_item(const Text &t, size_t i) {
  if (!t.u) return py_small_new((uint8_t)t.d[i]);
  size_t off = py_str_nchars(t.self) == t.n ? i : py_str_offset(t.self, i), cl = 1;
  uint32_t c = (uint8_t)t.d[off];
  return py_str_from_codepoint(c < 0x80 ? c : py_utf8_decode(t.d + off, &cl));
}

// self[start::step], cnt > 0 items, step != 1.
static Ref text_slice_step(const Text &t, int64_t start, int64_t step, int64_t cnt) {
  if (!t.u || py_str_nchars(t.self) == t.n) { // one byte per item
    char *p;
    Ref r = text_alloc(t, (size_t)cnt, &p);
    if (!r) return nullptr;
    for (int64_t k = 0; k < cnt; k++) p[k] = t.d[start + k * step];
    if (t.u) ((StrObj *)r)->nchars = (size_t)cnt;
    return r;
  }
  // Code points of several bytes: find where each starts, once.
  size_t n = py_str_nchars(t.self);
  size_t *offs = (size_t *)py_malloc((n + 1) * sizeof(size_t));
  if (!offs) return nullptr;
  for (size_t k = 0, off = 0; k <= n; k++) {
    offs[k] = off;
    if (k < n) {
      size_t cl;
      py_utf8_decode(t.d + off, &cl);
      off += cl;
    }
  }
  StrBuf b;
  py_strbuf_init(&b);
  for (int64_t k = 0; k < cnt; k++) {
    size_t ci = (size_t)(start + k * step);
    py_strbuf_add(&b, t.d + offs[ci], offs[ci + 1] - offs[ci]);
  }
  py_free(offs, (n + 1) * sizeof(size_t));
  return py_strbuf_finish(&b);
}

Ref py_text_getitem(Ref self, Ref key) {
  Text t = text_of(self);
  int64_t n = (int64_t)text_nchars(t);
  if (py_is_int(key) ||
      (!py_is_small(key) && py_type(key) != &py_slice_type && py_type(key)->to_index)) {
    int64_t i;
    int ovf;
    if (py_is_int(key))
      i = py_int_as_i64_sat(key, &ovf);
    else {
      Ref k = py_number_index(key);
      if (!k) return nullptr;
      i = py_int_as_i64_sat(k, &ovf);
      py_decref(k);
    }
    if (i < 0) i += n;
    if (i >= 0 && i < n) return text_item(t, (size_t)i);
    if (t.u) return py_err_set_str(&py_IndexError_type, "string index out of range");
    if (py_is_bytearray(self))
      return py_err_set_str(&py_IndexError_type, "bytearray index out of range");
    return py_err_set_str(&py_IndexError_type, "index out of range");
  }
  if (py_type(key) == &py_slice_type) {
    int64_t start, stop, step, cnt;
    if (py_slice_indices(key, n, &start, &stop, &step, &cnt) < 0) return nullptr;
    if (cnt <= 0) return text_sub(t, 0, 0);
    if (step != 1) return text_slice_step(t, start, step, cnt);
    if (!t.u) return text_sub(t, (size_t)start, (size_t)stop);
    return text_sub(t, py_str_offset(self, (size_t)start), py_str_offset(self, (size_t)stop));
  }
  if (t.u)
    return py_err_format(&py_TypeError_type, "string indices must be integers, not '%s'",
                         py_tname(key));
  return py_err_format(&py_TypeError_type, "%s indices must be integers or slices, not %s",
                       py_is_bytearray(self) ? "bytearray" : "byte", py_tname(key));
}

// ---------------------------------------------------------------------------
// Codec arguments
// ---------------------------------------------------------------------------

int py_text_codec_args(const char *fname, Ref const *a, const char **encoding,
                       const char **errors) {
  static const char *const names[] = {"encoding", "errors"};
  for (int k = 0; k < 2; k++) {
    if (a[k] && !py_is_str(a[k])) {
      py_err_format(&py_TypeError_type, "%s() argument '%s' must be str, not %s", fname, names[k],
                    a[k] == py_None ? "None" : py_tname(a[k])); // CPython's wording
      return -1;
    }
  }
  *encoding = a[0] ? py_str_data(a[0]) : nullptr;
  *errors = a[1] ? py_str_data(a[1]) : nullptr;
  return 0;
}

Ref py_text_codec(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"encoding", "errors"};
  static const ArgSpec encode = {"encode", names, 2, 0, 0, 2};
  static const ArgSpec decode = {"decode", names, 2, 0, 0, 2};
  Text t = text_of(self);
  Ref a[2];
  const char *enc, *err;
  if (py_parse_args(t.u ? encode : decode, args, nargs, kwnames, a) < 0 ||
      py_text_codec_args(t.u ? "encode" : "decode", a, &enc, &err) < 0)
    return nullptr;
  return t.u ? py_str_encode(self, enc, err) : py_str_decode(t.d, t.n, enc, err);
}
