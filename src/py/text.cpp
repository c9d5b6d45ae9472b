// The algorithms str, bytes and bytearray share (text.h).
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
// and messages: `u` below is "self is a str".

// self's bytes.
static void text_data(Ref self, const char **d, size_t *n) {
  if (py_is_str(self)) {
    *d = py_str_data(self);
    *n = py_str_len(self);
  } else
    py_bytes_view(self, d, n);
}

// An argument of self's kind: str for a str (u), bytes-like for the others.
static bool text_arg(bool u, Ref o, const char **d, size_t *n) {
  if (!u) return py_bytes_view(o, d, n);
  if (!py_is_str(o)) return false;
  *d = py_str_data(o);
  *n = py_str_len(o);
  return true;
}

const char *py_text_qual(Ref self) {
  return py_is_str(self) ? "str" : py_is_bytearray(self) ? "bytearray" : "bytes";
}

Ref py_text_new(Ref self, const char *d, size_t n) {
  if (py_is_str(self)) return py_str_new(d, n);
  if (py_is_bytearray(self)) return py_bytearray_new(d, n);
  return py_bytes_new(d, n);
}

Ref py_text_sub(Ref self, size_t b0, size_t b1) {
  const char *d;
  size_t n;
  text_data(self, &d, &n);
  if (b0 == 0 && b1 == n && (py_type(self) == &py_str_type || py_type(self) == &py_bytes_type))
    return py_newref(self);
  if (py_is_str(self) && py_str_nchars(self) == n) return py_str_new_n(d + b0, b1 - b0, b1 - b0);
  return py_text_new(self, d + b0, b1 - b0);
}

Ref py_text_bytes_like_error(Ref o) {
  return py_err_format(&py_TypeError_type, "a bytes-like object is required, not '%s'",
                       py_tname(o));
}

// A [start:end] window of self (slice rules), in bytes and, for a str, the
// code point index of its start.
struct TextWin {
  size_t b0, b1; // byte offsets
  int64_t c0;    // index of b0
};

// 1 ok, 0 empty (start beyond the end or end before start), -1 error.
static int text_window(Ref self, Ref start, Ref end, TextWin *w) {
  const char *d;
  size_t len;
  text_data(self, &d, &len);
  bool u = py_is_str(self);
  int64_t n = (int64_t)(u ? py_str_nchars(self) : len), st = 0, en = n;
  if (start && start != py_None && py_slice_index_value(start, &st) < 0) return -1;
  if (end && end != py_None && py_slice_index_value(end, &en) < 0) return -1;
  if (en > n)
    en = n;
  else if (en < 0 && (en += n) < 0)
    en = 0;
  if (st < 0 && (st += n) < 0) st = 0;
  if (st > n || en < st) return 0;
  w->c0 = st;
  w->b0 = u ? py_str_offset(self, (size_t)st) : (size_t)st;
  w->b1 = u ? py_str_offset(self, (size_t)en) : (size_t)en;
  return 1;
}

// The index in self of byte offset `off` (at or after the window's start).
static int64_t text_index(Ref self, const TextWin *w, size_t off) {
  if (!py_is_str(self) || py_str_nchars(self) == py_str_len(self)) return (int64_t)off;
  return w->c0 + (int64_t)py_utf8_count(py_str_data(self) + w->b0, off - w->b0);
}

// The optional start / end arguments after args[0].
static int text_window_args(Ref self, Ref const *args, size_t nargs, TextWin *w) {
  return text_window(self, nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, w);
}

// ---------------------------------------------------------------------------
// find, rfind, index, rindex, count, startswith, endswith
// ---------------------------------------------------------------------------

enum TextFind { TF_FIND, TF_RFIND, TF_INDEX, TF_RINDEX, TF_COUNT };

// The needle: self's kind, or for bytes and bytearray an int 0..255 too (in *one).
static int text_needle(bool u, Ref v, const char **d, size_t *n, char *one) {
  if (text_arg(u, v, d, n)) return 0;
  if (u) {
    py_err_format(&py_TypeError_type, "must be str, not %s", py_tname(v));
    return -1;
  }
  if (!py_is_int(v) && !py_type(v)->to_index) {
    py_err_format(&py_TypeError_type, "argument should be integer or bytes-like object, not '%s'",
                  py_tname(v));
    return -1;
  }
  uint8_t x;
  if (py_byte_value(v, &x) < 0) return -1;
  *one = (char)x;
  *d = one;
  *n = 1;
  return 0;
}

static Ref text_find_common(Ref self, Ref const *args, size_t nargs, Ref kwnames, TextFind k) {
  static const char *const fnames[] = {"find", "rfind", "index", "rindex", "count"};
  bool u = py_is_str(self);
  if (py_text_nargs(py_text_qual(self), fnames[k], nargs, kwnames, 1, 3, true) < 0) return nullptr;
  const char *d, *nd;
  size_t n, nn;
  char one;
  if (text_needle(u, args[0], &nd, &nn, &one) < 0) return nullptr;
  TextWin w;
  int ok = text_window_args(self, args, nargs, &w);
  if (ok < 0) return nullptr;
  text_data(self, &d, &n);
  int64_t f = -1;
  if (ok) {
    const char *h = d + w.b0;
    size_t hn = w.b1 - w.b0;
    if (k == TF_COUNT) {
      if (nn == 0) return py_int_from_i64(text_index(self, &w, w.b1) - w.c0 + 1);
      return py_int_from_u64(py_mem_count(h, hn, nd, nn));
    }
    f = (k == TF_FIND || k == TF_INDEX) ? py_mem_find(h, hn, nd, nn) : py_mem_rfind(h, hn, nd, nn);
  }
  if (k == TF_COUNT) return py_small_new(0);
  if (f < 0) {
    if (k == TF_INDEX || k == TF_RINDEX) {
      return u ? py_err_set_str(&py_ValueError_type, "substring not found")
               : py_err_set_str(&py_ValueError_type, "subsection not found");
    }
    return py_small_new(-1);
  }
  return py_int_from_i64(text_index(self, &w, w.b0 + (size_t)f));
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
  bool u = py_is_str(self);
  if (py_text_nargs(py_text_qual(self), fname, nargs, kwnames, 1, 3, true) < 0) return nullptr;
  Ref pre = args[0];
  Ref const *cands = &pre;
  size_t ncand = 1;
  const char *d, *pd;
  size_t n, pn;
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
  int ok = text_window_args(self, args, nargs, &w);
  if (ok < 0) return nullptr;
  text_data(self, &d, &n);
  for (size_t i = 0; i < ncand; i++) {
    if (!text_arg(u, cands[i], &pd, &pn)) {
      if (u)
        return py_err_format(&py_TypeError_type, "tuple for %s must only contain str, not %s",
                             fname, py_tname(cands[i]));
      return py_text_bytes_like_error(cands[i]);
    }
    if (ok && pn <= w.b1 - w.b0 && memcmp(d + (end ? w.b1 - pn : w.b0), pd, pn) == 0)
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
