// bytes and bytearray, the methods they do not share with str (most are
// text.cpp's: Note [Text methods]), and the text codecs (utf-8, ascii, latin-1).
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/text.h"
#include "py/type_internal.h"

// ---------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------

static size_t bytes_size_for(Type *t, size_t len) {
  return py_var_size_with_dict(t, sizeof(BytesObj) + len + 1);
}

static Ref bytes_alloc_type(Type *type, size_t len) {
  if (len > ((size_t)1 << (sizeof(size_t) * 8 - 2))) {
    return py_err_set_str(&py_OverflowError_type, "byte string is too large");
  }
  Ref r = py_obj_alloc(type, bytes_size_for(type, len));
  if (!r) return nullptr;
  BytesObj *o = (BytesObj *)r;
  o->len = len;
  o->hash = -1;
  o->data[len] = 0;
  return r;
}

static Ref empty_bytes;

Ref py_bytes_alloc(size_t len) { return bytes_alloc_type(&py_bytes_type, len); }

Ref py_bytes_new(const char *data, size_t len) {
  if (len == 0) {
    if (!empty_bytes) {
      empty_bytes = py_bytes_alloc(0);
      if (!empty_bytes) return nullptr;
      empty_bytes->rc = PY_IMMORTAL_RC;
    }
    return empty_bytes;
  }
  Ref r = py_bytes_alloc(len);
  if (r) memcpy(((BytesObj *)r)->data, data, len);
  return r;
}

static bool ba_reserve(ByteArrayObj *ba, size_t n) {
  if (n <= ba->cap) return true;
  size_t ncap = ba->cap < 8 ? 8 : ba->cap;
  while (ncap < n) {
    if (ncap > SIZE_MAX / 2) {
      py_err_nomem();
      return false;
    }
    ncap += ncap / 2 + 8;
  }
  char *nd = (char *)py_realloc(ba->data, ba->cap, ncap);
  if (!nd) return false;
  ba->data = nd;
  ba->cap = ncap;
  return true;
}

static Ref bytearray_alloc(Type *type, const char *data, size_t len) {
  ByteArrayObj *ba = (ByteArrayObj *)py_obj_alloc(type, type->basicsize);
  if (!ba) return nullptr;
  if (len && !ba_reserve(ba, len)) {
    py_decref((Ref)ba);
    return nullptr;
  }
  if (len && data) memcpy(ba->data, data, len);
  ba->len = len;
  return (Ref)ba;
}

Ref py_bytearray_new(const char *data, size_t len) {
  return bytearray_alloc(&py_bytearray_type, data, len);
}

bool py_bytes_view(Ref o, const char **data, size_t *len) {
  if (py_is_small(o)) return false;
  if (py_is_bytes(o)) {
    *data = py_bytes_data(o);
    *len = py_bytes_len(o);
    return true;
  }
  if (py_is_bytearray(o)) {
    ByteArrayObj *ba = (ByteArrayObj *)o;
    *data = ba->data ? ba->data : "";
    *len = ba->len;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------

enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };

static Ref unknown_encoding(const char *enc);

static Codec codec_lookup(const char *name) {
  if (!name) return CODEC_UTF8;
  char n[24];
  size_t i = 0;
  for (; name[i] && i < sizeof n - 1; i++) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c == '_' || c == ' ') c = '-';
    n[i] = c;
  }
  if (name[i]) return CODEC_UNKNOWN;
  n[i] = 0;
  static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
  static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
  static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                       "cp819",   "l1",     "latin",      "iso-ir-100"};
  for (const char *a : utf8) {
    if (!strcmp(n, a)) return CODEC_UTF8;
  }
  for (const char *a : ascii) {
    if (!strcmp(n, a)) return CODEC_ASCII;
  }
  for (const char *a : latin1) {
    if (!strcmp(n, a)) return CODEC_LATIN1;
  }
  return CODEC_UNKNOWN;
}

int py_codec_is_utf8(const char *encoding) {
  Codec c = codec_lookup(encoding);
  if (c == CODEC_UNKNOWN) {
    unknown_encoding(encoding);
    return -1;
  }
  return c == CODEC_UTF8;
}

static const char *codec_name(Codec c) {
  return c == CODEC_UTF8 ? "utf-8" : c == CODEC_ASCII ? "ascii" : "latin-1";
}

enum ErrMode {
  ERR_STRICT,
  ERR_REPLACE,
  ERR_IGNORE,
  ERR_BACKSLASH,
  ERR_XMLREF,
  ERR_SURROGATE,
  ERR_BAD
};

static ErrMode errors_lookup(const char *e) {
  if (!e || !strcmp(e, "strict")) return ERR_STRICT;
  if (!strcmp(e, "replace")) return ERR_REPLACE;
  if (!strcmp(e, "ignore")) return ERR_IGNORE;
  if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
  if (!strcmp(e, "xmlcharrefreplace")) return ERR_XMLREF;
  if (!strcmp(e, "surrogateescape")) return ERR_SURROGATE;
  return ERR_BAD;
}

static Ref unknown_encoding(const char *enc) {
  return py_err_format(&py_LookupError_type, "unknown encoding: %s", enc);
}

// Raises Unicode{De,En}codeError(encoding, object, start, end, reason).
static Ref codec_error(Type *type, Codec c, Ref obj, size_t start, size_t end, const char *reason) {
  Ref argv[5];
  argv[0] = py_str_from_cstr(codec_name(c));
  argv[1] = obj;
  argv[2] = py_int_from_u64(start);
  argv[3] = py_int_from_u64(end);
  argv[4] = py_str_from_cstr(reason);
  Ref exc = nullptr;
  if (argv[0] && argv[2] && argv[3] && argv[4]) exc = py_exc_new(type, argv, 5);
  for (int i = 0; i < 5; i++) {
    if (i != 1) py_xdecref(argv[i]);
  }
  if (exc) {
    py_err_set_exc(exc);
    py_decref(exc);
  }
  return nullptr;
}

static Ref decode_error(Codec c, ErrMode m, const char *errors, const char *data, size_t len,
                        size_t start, size_t end, const char *reason) {
  if (m == ERR_BAD) {
    return py_err_format(&py_LookupError_type, "unknown error handler name '%s'", errors);
  }
  Ref obj = py_bytes_new(data, len);
  if (!obj) return nullptr;
  codec_error(&py_UnicodeDecodeError_type, c, obj, start, end, reason);
  py_decref(obj);
  return nullptr;
}

// Applies a non-strict handler to the undecodable bytes data[start:end].
static void decode_replace(StrBuf *b, ErrMode m, const char *data, size_t start, size_t end) {
  if (m == ERR_REPLACE)
    py_strbuf_add_codepoint(b, 0xFFFD);
  else if (m == ERR_BACKSLASH) {
    for (size_t i = start; i < end; i++) py_strbuf_printf(b, "\\x%02x", (uint8_t)data[i]);
  } else if (m == ERR_SURROGATE) {
    for (size_t i = start; i < end; i++) {
      uint8_t v = (uint8_t)data[i];
      py_strbuf_add_codepoint(b, v < 128 ? 0xFFFD : 0xDC00 + v);
    }
  }
}

Ref py_str_decode(const char *data, size_t len, const char *encoding, const char *errors) {
  Codec c = codec_lookup(encoding);
  if (c == CODEC_UNKNOWN) return unknown_encoding(encoding);
  ErrMode m = errors_lookup(errors);
  if (m == ERR_XMLREF) m = ERR_BAD; // encode-only handler
  if (c == CODEC_UTF8) {
    const char *reason;
    size_t bad_end, ok = py_utf8_check(data, len, &reason, &bad_end);
    if (ok == len) return py_str_new(data, len);
    StrBuf b;
    py_strbuf_init(&b);
    size_t i = 0;
    while (true) {
      py_strbuf_add(&b, data + i, ok);
      if (i + ok == len) break;
      size_t start = i + ok, end = i + bad_end;
      if (m == ERR_STRICT || m == ERR_BAD) {
        py_strbuf_free(&b);
        return decode_error(c, m, errors, data, len, start, end, reason);
      }
      decode_replace(&b, m, data, start, end);
      i = end;
      ok = py_utf8_check(data + i, len - i, &reason, &bad_end);
    }
    return py_strbuf_finish(&b);
  }
  StrBuf b;
  py_strbuf_init(&b);
  for (size_t i = 0; i < len && !b.failed; i++) {
    uint8_t v = (uint8_t)data[i];
    if (v < 0x80 || c == CODEC_LATIN1)
      py_strbuf_add_codepoint(&b, v);
    else if (m == ERR_STRICT || m == ERR_BAD) {
      py_strbuf_free(&b);
      return decode_error(c, m, errors, data, len, i, i + 1, "ordinal not in range(128)");
    } else
      decode_replace(&b, m, data, i, i + 1);
  }
  return py_strbuf_finish(&b);
}

static void encode_replace(StrBuf *b, ErrMode m, uint32_t cp) {
  if (m == ERR_REPLACE)
    py_strbuf_addc(b, '?');
  else if (m == ERR_BACKSLASH) {
    if (cp <= 0xFF)
      py_strbuf_printf(b, "\\x%02x", cp);
    else if (cp <= 0xFFFF)
      py_strbuf_printf(b, "\\u%04x", cp);
    else
      py_strbuf_printf(b, "\\U%08x", cp);
  } else if (m == ERR_XMLREF)
    py_strbuf_printf(b, "&#%u;", cp);
}

Ref py_str_encode(Ref s, const char *encoding, const char *errors) {
  Codec c = codec_lookup(encoding);
  if (c == CODEC_UNKNOWN) return unknown_encoding(encoding);
  const char *d = py_str_data(s);
  size_t len = py_str_len(s);
  uint32_t limit = c == CODEC_ASCII ? 0x80 : c == CODEC_LATIN1 ? 0x100 : 0x110000;
  if (c == CODEC_UTF8 ? !memchr(d, 0xED, len) : py_str_nchars(s) == len) {
    return py_bytes_new(d, len); // nothing to check: ascii, or utf-8 without surrogates
  }
  ErrMode m = errors_lookup(errors);
  StrBuf b;
  py_strbuf_init(&b);
  size_t i = 0, pos = 0;
  while (i < len && !b.failed) {
    size_t n;
    uint32_t cp = py_utf8_decode(d + i, &n);
    bool bad = c == CODEC_UTF8 ? (cp >= 0xD800 && cp <= 0xDFFF) : cp >= limit;
    if (!bad) {
      if (c == CODEC_UTF8)
        py_strbuf_add(&b, d + i, n);
      else
        py_strbuf_addc(&b, (char)cp);
    } else if (m == ERR_SURROGATE && cp >= 0xDC80 && cp <= 0xDCFF) {
      py_strbuf_addc(&b, (char)(cp - 0xDC00));
    } else if (m == ERR_STRICT || m == ERR_BAD || m == ERR_SURROGATE) {
      if (m == ERR_BAD) {
        py_strbuf_free(&b);
        return py_err_format(&py_LookupError_type, "unknown error handler name '%s'", errors);
      }
      // Report the whole run of unencodable characters.
      size_t end = pos + 1, j = i + n;
      while (j < len) {
        size_t k;
        uint32_t q = py_utf8_decode(d + j, &k);
        if (c == CODEC_UTF8 ? !(q >= 0xD800 && q <= 0xDFFF) : q < limit) break;
        end++;
        j += k;
      }
      py_strbuf_free(&b);
      const char *reason = c == CODEC_UTF8    ? "surrogates not allowed"
                           : c == CODEC_ASCII ? "ordinal not in range(128)"
                                              : "ordinal not in range(256)";
      return codec_error(&py_UnicodeEncodeError_type, c, s, pos, end, reason);
    } else
      encode_replace(&b, m, cp);
    i += n;
    pos++;
  }
  if (b.failed) {
    py_strbuf_free(&b);
    return nullptr;
  }
  Ref r = py_bytes_new(b.data ? b.data : "", b.len);
  py_strbuf_free(&b);
  return r;
}

// ---------------------------------------------------------------------------
// Construction: bytes(x) / bytearray(x) contents
// ---------------------------------------------------------------------------

int py_byte_value(Ref v, uint8_t *out) {
  Ref i = py_number_index(v);
  if (!i) return -1;
  int ovf;
  int64_t x = py_int_as_i64_sat(i, &ovf);
  py_decref(i);
  if (x < 0 || x > 255) {
    py_err_set_str(&py_ValueError_type, "byte must be in range(0, 256)");
    return -1;
  }
  *out = (uint8_t)x;
  return 0;
}

// Appends the bytes of an iterable of ints.
static int bytes_collect_iter(StrBuf *out, Ref src) {
  Ref it = py_iter(src);
  if (!it) return -1;
  Ref v;
  while ((v = py_next(it))) {
    uint8_t x;
    int r = py_byte_value(v, &x);
    py_decref(v);
    if (r < 0) {
      if (py_err_matches(&py_ValueError_type)) {
        py_err_clear();
        py_err_set_str(&py_ValueError_type, "bytes must be in range(0, 256)");
      }
      py_decref(it);
      return -1;
    }
    py_strbuf_addc(out, (char)x);
  }
  py_decref(it);
  return py_err_occurred() || out->failed ? -1 : 0;
}

// Contents for bytes(src, encoding, errors) / bytearray(...); `what` names the type.
static int bytes_collect(StrBuf *out, Ref src, Ref enc, Ref errs, const char *what) {
  Ref codec[2] = {enc, errs};
  const char *e, *r;
  if (py_text_codec_args(what, codec, &e, &r) < 0) return -1; // CPython checks types first
  if (src && py_is_str(src)) {
    if (!enc) {
      py_err_set_str(&py_TypeError_type, "string argument without an encoding");
      return -1;
    }
    Ref b = py_str_encode(src, e, r);
    if (!b) return -1;
    py_strbuf_add(out, py_bytes_data(b), py_bytes_len(b));
    py_decref(b);
    return out->failed ? -1 : 0;
  }
  if (enc || errs) {
    enc ? py_err_set_str(&py_TypeError_type, "encoding without a string argument")
        : py_err_set_str(&py_TypeError_type, "errors without a string argument");
    return -1;
  }
  if (!src) return 0;
  const char *d;
  size_t n;
  if (py_bytes_view(src, &d, &n)) {
    py_strbuf_add(out, d, n);
    return out->failed ? -1 : 0;
  }
  Type *t = py_type(src);
  if (py_type_has(t, TPF_HEAPTYPE) || py_weakref_is_proxy(src)) {
    Ref name = py_str_intern("__bytes__");
    Ref meth = name ? py_type_lookup(t, name) : nullptr;
    if (meth) {
      Ref r = py_call(meth, &src, 1, nullptr);
      if (!r) return -1;
      if (!py_is_bytes(r)) {
        py_err_format(&py_TypeError_type, "__bytes__ returned non-bytes (type %s)", py_tname(r));
        py_decref(r);
        return -1;
      }
      py_strbuf_add(out, py_bytes_data(r), py_bytes_len(r));
      py_decref(r);
      return out->failed ? -1 : 0;
    }
  }
  if (py_is_int(src) || t->to_index) {
    Ref i = py_number_index(src);
    if (!i) return -1;
    int64_t count;
    int r = py_int_as_i64(i, &count);
    py_decref(i);
    if (r < 0) return -1;
    if (count < 0) {
      py_err_set_str(&py_ValueError_type, "negative count");
      return -1;
    }
    if ((uint64_t)count > ((size_t)1 << (sizeof(size_t) * 8 - 2))) {
      py_err_nomem();
      return -1;
    }
    static const char zeros[64] = {0};
    for (int64_t left = count; left > 0 && !out->failed; left -= 64) {
      py_strbuf_add(out, zeros, left < 64 ? (size_t)left : 64);
    }
    return out->failed ? -1 : 0;
  }
  if (!t->iter) {
    py_err_format(&py_TypeError_type, "cannot convert '%s' object to %s", py_tname(src), what);
    return -1;
  }
  return bytes_collect_iter(out, src);
}

static int bytes_parse_new(const char *fname, Ref const *args, size_t nargs, Ref kwnames,
                           StrBuf *out) {
  static const char *const names[] = {"source", "encoding", "errors"};
  ArgSpec spec = {fname, names, 3, 0, 0, 3};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return -1;
  return bytes_collect(out, a[0], a[1], a[2], fname);
}

static Ref bytes_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  StrBuf b;
  py_strbuf_init(&b);
  if (bytes_parse_new("bytes", args, nargs, kwnames, &b) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  if (type == &py_bytes_type && nargs == 1 && !kwnames && py_type(args[0]) == &py_bytes_type) {
    py_strbuf_free(&b);
    return py_newref(args[0]);
  }
  Ref r = bytes_alloc_type(type, b.len);
  if (r && b.len) memcpy(((BytesObj *)r)->data, b.data, b.len);
  py_strbuf_free(&b);
  return r;
}

// ---------------------------------------------------------------------------
// Methods of bytes and bytearray alone
// ---------------------------------------------------------------------------

static void bv(Ref self, const char **d, size_t *n) { py_bytes_view(self, d, n); }

static bool b_isspace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Ref bv_hex(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  static const ArgSpec spec = {"hex", names, 2, 0, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  char sep = 0;
  int64_t per = 1;
  if (a[0]) {
    const char *sd;
    size_t sn;
    if (py_is_str(a[0])) {
      sd = py_str_data(a[0]);
      sn = py_str_nchars(a[0]);
    } else if (!py_bytes_view(a[0], &sd, &sn)) {
      if (!py_type(a[0])->length) // CPython takes len(sep) before checking its type
        return py_err_format(&py_TypeError_type, "object of type '%T' has no len()", a[0]);
      return py_err_set_str(&py_TypeError_type, "sep must be str or bytes.");
    }
    if (sn != 1) return py_err_set_str(&py_ValueError_type, "sep must be length 1.");
    if ((uint8_t)sd[0] >= 0x80) return py_err_set_str(&py_ValueError_type, "sep must be ASCII.");
    sep = sd[0];
  }
  if (a[1] && py_index_i64(a[1], &per) < 0) return nullptr;
  const char *d;
  size_t n;
  bv(self, &d, &n);
  StrBuf b;
  py_strbuf_init(&b);
  uint64_t group = per < 0 ? (uint64_t)-per : (uint64_t)per;
  for (size_t i = 0; i < n && !b.failed; i++) {
    // Groups are counted from the right for positive bytes_per_sep.
    if (sep && group && i) {
      bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (cut) py_strbuf_addc(&b, sep);
    }
    uint8_t c = (uint8_t)d[i];
    py_strbuf_addc(&b, "0123456789abcdef"[c >> 4]);
    py_strbuf_addc(&b, "0123456789abcdef"[c & 15]);
  }
  return py_strbuf_finish(&b);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

static Ref bv_fromhex(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_text_nargs(cls && py_subtype((Type *)cls, &py_bytearray_type) ? "bytearray" : "bytes",
                    "fromhex", nargs, kwnames, 1, 1, false) < 0)
    return nullptr;
  if (!py_is_str(args[0])) {
    return py_err_format(&py_TypeError_type, "fromhex() argument must be str, not %s",
                         py_tname(args[0]));
  }
  const char *s = py_str_data(args[0]);
  size_t n = py_str_len(args[0]);
  StrBuf b;
  py_strbuf_init(&b);
  for (size_t i = 0; i < n;) {
    if (b_isspace((uint8_t)s[i])) {
      i++;
      continue;
    }
    int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t pos = py_utf8_count(s, hi < 0 ? i : i + 1);
      py_strbuf_free(&b);
      return py_err_format(&py_ValueError_type,
                           "non-hexadecimal number found in fromhex() arg at position %zu", pos);
    }
    py_strbuf_addc(&b, (char)(hi * 16 + lo));
    i += 2;
  }
  if (b.failed) {
    py_strbuf_free(&b);
    return nullptr;
  }
  Type *t = (Type *)cls;
  Ref r;
  if (t && py_subtype(t, &py_bytearray_type))
    r = py_bytearray_new(b.data, b.len);
  else
    r = py_bytes_new(b.data ? b.data : "", b.len);
  py_strbuf_free(&b);
  if (r && t && t != &py_bytes_type && t != &py_bytearray_type) {
    Ref sub = py_call1((Ref)t, r); // subclasses are built from the plain value
    py_decref(r);
    return sub;
  }
  return r;
}

// bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to
// the byte of to at the same position, every other byte to itself.
static Ref bv_maketrans(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  const char *f, *t;
  size_t fn, tn;
  for (int i = 0; i < 2; i++)
    if (!py_bytes_view(args[i], i ? &t : &f, i ? &tn : &fn))
      return py_text_bytes_like_error(args[i]);
  if (fn != tn)
    return py_err_set_str(&py_ValueError_type, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; i++) table[i] = (char)i;
  for (size_t i = 0; i < fn; i++) table[(unsigned char)f[i]] = t[i];
  return py_bytes_new(table, sizeof table);
}

// translate(table, /, delete=b''): table is None (identity) or 256 bytes.
static Ref bv_translate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"", "delete"};
  static const ArgSpec spec = {"translate", names, 2, 1, 1, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  const char *table = nullptr, *del = "", *d;
  size_t tn = 0, dn = 0, n;
  if (a[0] != py_None) {
    if (!py_bytes_view(a[0], &table, &tn)) return py_text_bytes_like_error(a[0]);
    if (tn != 256)
      return py_err_set_str(&py_ValueError_type, "translation table must be 256 characters long");
  }
  if (a[1] && !py_bytes_view(a[1], &del, &dn)) return py_text_bytes_like_error(a[1]);
  bool deleted[256] = {};
  for (size_t i = 0; i < dn; i++) deleted[(unsigned char)del[i]] = true;
  bv(self, &d, &n);
  StrBuf b;
  py_strbuf_init(&b);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (!deleted[c]) py_strbuf_addc(&b, table ? table[c] : (char)c);
  }
  if (!b.failed && py_type(self) == &py_bytes_type && b.len == n &&
      (n == 0 || memcmp(b.data, d, n) == 0)) {
    py_strbuf_free(&b); // unchanged: CPython returns the bytes object itself
    return py_newref(self);
  }
  return py_text_from_buf(self, &b);
}

// ---------------------------------------------------------------------------
// Common slots
// ---------------------------------------------------------------------------

static Ref bv_richcompare(Ref a, Ref b, int op) { return py_text_richcompare(false, a, b, op); }

static Ref bv_binop_common(Ref a, Ref b, int op) { return py_text_binop(false, a, b, op); }

static int64_t bv_length(Ref self) {
  const char *d = nullptr;
  size_t n = 0;
  bv(self, &d, &n);
  return (int64_t)n;
}

// By index, so a bytearray may change while it is iterated.
static Ref bytesiter_next(Ref self) {
  TextIterObj *it = (TextIterObj *)self;
  if (!it->seq) return nullptr;
  const char *d = nullptr;
  size_t n = 0;
  bv(it->seq, &d, &n);
  if (it->off >= n) {
    py_clear(&it->seq);
    return nullptr;
  }
  return py_small_new((uint8_t)d[it->off++]);
}

PY_TYPE_DEF(py_bytesiter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(TextIterObj),
    .dealloc = py_text_iter_dealloc,
    .iter = py_iter_self,
    .iternext = bytesiter_next,
);

PY_TYPE_DEF(py_bytearrayiter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(TextIterObj),
    .dealloc = py_text_iter_dealloc,
    .iter = py_iter_self,
    .iternext = bytesiter_next,
);

// ---------------------------------------------------------------------------
// bytes type
// ---------------------------------------------------------------------------

static void bytes_dealloc(Ref self) {
  py_obj_free(self, bytes_size_for(py_type(self), py_bytes_len(self)));
}

static Ref bytes_repr(Ref self) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add_text_repr(&b, py_bytes_data(self), py_bytes_len(self), REPR_BYTES);
  return py_strbuf_finish(&b);
}

static int bytes_hash(Ref self, int64_t *out) {
  BytesObj *o = (BytesObj *)self;
  if (o->hash == -1) o->hash = py_hash_bytes(o->data, o->len);
  *out = o->hash;
  return 0;
}

// Methods shared by bytes and bytearray (the tables list them first).
// clang-format off
#define BV_COMMON_METHODS \
  {"capitalize", py_text_capitalize, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                  \
  {"center", py_text_center, METH_ARGS(1, 2)},                                                                          \
  {"count", py_text_count},                                                                            \
  {"decode", py_text_codec},                                                                          \
  {"endswith", py_text_endswith},                                                                      \
  {"expandtabs", py_text_expandtabs},                                                                  \
  {"find", py_text_find},                                                                              \
  {"fromhex", bv_fromhex, METH_CLASS},                                                            \
  {"hex", bv_hex},                                                                                \
  {"index", py_text_index},                                                                            \
  {"isalnum", py_text_isalnum, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"isalpha", py_text_isalpha, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"isascii", py_text_isascii, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"isdigit", py_text_isdigit, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"islower", py_text_islower, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"isspace", py_text_isspace, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"istitle", py_text_istitle, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"isupper", py_text_isupper, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                        \
  {"join", py_text_join, METH_QUALIFIED | METH_ARGS(1, 1)},                                                                              \
  {"ljust", py_text_ljust, METH_ARGS(1, 2)},                                                                            \
  {"lower", py_text_lower, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                            \
  {"lstrip", py_text_lstrip, METH_ARGS(0, 1)},                                                                          \
  {"maketrans", bv_maketrans, METH_STATIC | METH_ARGS(2, 2)},                                                      \
  {"partition", py_text_partition, METH_QUALIFIED | METH_ARGS(1, 1)},                                                                    \
  {"removeprefix", py_text_removeprefix, METH_QUALIFIED | METH_ARGS(1, 1)},                                                              \
  {"removesuffix", py_text_removesuffix, METH_QUALIFIED | METH_ARGS(1, 1)},                                                              \
  {"replace", py_text_replace, METH_ARGS(2, 3)},                                                                        \
  {"rfind", py_text_rfind},                                                                            \
  {"rindex", py_text_rindex},                                                                          \
  {"rjust", py_text_rjust, METH_ARGS(1, 2)},                                                                            \
  {"rpartition", py_text_rpartition, METH_QUALIFIED | METH_ARGS(1, 1)},                                                                  \
  {"rsplit", py_text_rsplit},                                                                          \
  {"rstrip", py_text_rstrip, METH_ARGS(0, 1)},                                                                          \
  {"split", py_text_split},                                                                            \
  {"splitlines", py_text_splitlines},                                                                  \
  {"startswith", py_text_startswith},                                                                  \
  {"strip", py_text_strip, METH_ARGS(0, 1)},                                                                            \
  {"swapcase", py_text_swapcase, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                      \
  {"title", py_text_title, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                            \
  {"translate", bv_translate},                                                                    \
  {"upper", py_text_upper, METH_QUALIFIED | METH_ARGS(0, 0)},                                                                            \
  {"zfill", py_text_zfill, METH_QUALIFIED | METH_ARGS(1, 1)}
// clang-format on

static const MethodDef bytes_methods[] = {
    BV_COMMON_METHODS,
    {"__getnewargs__", py_text_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__bytes__", py_text_exact, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

PY_TYPE_DEF(py_bytes_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "bytes",
    .flags = TPF_BASETYPE,
    .basicsize = sizeof(BytesObj),
    .itemsize = 1,
    .base = &py_object_type,
    .dealloc = bytes_dealloc,
    .tp_new = bytes_tp_new,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bv_richcompare,
    .iter = py_text_iter,
    .binop = bv_binop_common,
    .length = bv_length,
    .getitem = py_text_getitem,
    .contains = py_text_contains,
    .methods = bytes_methods,
    .doc = PY_DOC("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"),
);

// ---------------------------------------------------------------------------
// bytearray type
// ---------------------------------------------------------------------------

static ByteArrayObj *ba(Ref r) { return (ByteArrayObj *)r; }

static void bytearray_dealloc(Ref self) {
  if (ba(self)->data) py_free(ba(self)->data, ba(self)->cap);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref bytearray_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return bytearray_alloc(type, nullptr, 0);
}

static int bytearray_set_contents(Ref self, const char *d, size_t n) {
  if (!ba_reserve(ba(self), n)) return -1;
  if (n) memmove(ba(self)->data, d, n);
  ba(self)->len = n;
  return 0;
}

static int bytearray_tp_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  StrBuf b;
  py_strbuf_init(&b);
  if (bytes_parse_new("bytearray", args, nargs, kwnames, &b) < 0) {
    py_strbuf_free(&b);
    return -1;
  }
  int r = bytearray_set_contents(self, b.data, b.len);
  py_strbuf_free(&b);
  return r;
}

static Ref bytearray_repr(Ref self) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_adds(&b, py_tname(self));
  py_strbuf_addc(&b, '(');
  const char *d;
  size_t n;
  bv(self, &d, &n);
  py_strbuf_add_text_repr(&b, d, n, REPR_BYTEARRAY);
  py_strbuf_addc(&b, ')');
  return py_strbuf_finish(&b);
}

// Replaces self[lo:hi] with n bytes from d (d may point into self).
static int ba_splice(Ref self, size_t lo, size_t hi, const char *d, size_t n) {
  ByteArrayObj *o = ba(self);
  char *tmp = nullptr;
  if (n && o->data && d >= o->data && d < o->data + o->cap) { // copy: source aliases self
    tmp = (char *)py_malloc(n);
    if (!tmp) return -1;
    memcpy(tmp, d, n);
    d = tmp;
  }
  size_t newlen = o->len - (hi - lo) + n;
  int rc = 0;
  if (!ba_reserve(o, newlen))
    rc = -1;
  else {
    if (o->len > hi) memmove(o->data + lo + n, o->data + hi, o->len - hi);
    if (n) memcpy(o->data + lo, d, n);
    o->len = newlen;
  }
  if (tmp) py_free(tmp, n);
  return rc;
}

static int bytearray_setitem(Ref self, Ref key, Ref value) {
  ByteArrayObj *o = ba(self);
  if (py_is_int(key) || (py_type(key) != &py_slice_type && py_type(key)->to_index)) {
    Ref k = py_number_index(key);
    if (!k) return -1;
    int ovf;
    int64_t i = py_int_as_i64_sat(k, &ovf);
    py_decref(k);
    if (i < 0) i += (int64_t)o->len;
    if (i < 0 || i >= (int64_t)o->len) {
      py_err_set_str(&py_IndexError_type, "bytearray index out of range");
      return -1;
    }
    if (!value) return ba_splice(self, (size_t)i, (size_t)i + 1, nullptr, 0);
    uint8_t x;
    if (py_byte_value(value, &x) < 0) return -1;
    o->data[i] = (char)x;
    return 0;
  }
  if (py_type(key) != &py_slice_type) {
    py_err_format(&py_TypeError_type, "bytearray indices must be integers or slices, not %s",
                  py_tname(key));
    return -1;
  }
  int64_t start, stop, step, cnt;
  if (py_slice_indices(key, (int64_t)o->len, &start, &stop, &step, &cnt) < 0) return -1;
  StrBuf src;
  py_strbuf_init(&src);
  if (value) {
    if (py_is_int(value) || py_is_str(value)) {
      py_err_format(&py_TypeError_type,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    const char *d;
    size_t n;
    if (py_bytes_view(value, &d, &n))
      py_strbuf_add(&src, d, n);
    else if (bytes_collect_iter(&src, value) < 0) {
      py_strbuf_free(&src);
      return -1;
    }
    if (src.failed) return -1;
  }
  int rc = 0;
  if (step == 1) {
    if (stop < start) stop = start;
    rc = ba_splice(self, (size_t)start, (size_t)stop, src.data, src.len);
  } else if (!value) { // delete an extended slice
    if (step < 0) {    // normalise to ascending order
      start += (cnt - 1) * step;
      step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < o->len; r++) {
      bool del = r >= (size_t)start && (r - (size_t)start) % (size_t)step == 0 &&
                 (int64_t)((r - (size_t)start) / (size_t)step) < cnt;
      if (!del) o->data[w++] = o->data[r];
    }
    o->len = w;
  } else if ((int64_t)src.len != cnt) {
    py_err_format(&py_ValueError_type,
                  "attempt to assign bytes of size %zu to extended slice of size %lld", src.len,
                  (long long)cnt);
    rc = -1;
  } else {
    for (int64_t k = 0; k < cnt; k++) o->data[start + k * step] = src.data[k];
  }
  py_strbuf_free(&src);
  return rc;
}

static Ref bytearray_binop(Ref a, Ref b, int op) {
  if ((op & BINOP_INPLACE) && py_is_bytearray(a)) {
    int base = op & ~BINOP_INPLACE;
    if (base == BINOP_ADD) {
      const char *d;
      size_t n;
      if (!py_bytes_view(b, &d, &n)) {
        return py_err_format(&py_TypeError_type, "can't concat %s to %s", py_tname(b), py_tname(a));
      }
      if (ba_splice(a, ba(a)->len, ba(a)->len, d, n) < 0) return nullptr;
      return py_newref(a);
    }
    if (base == BINOP_MUL && (py_is_int(b) || py_type(b)->to_index)) {
      Ref r = py_text_repeat(a, b);
      if (!r) return nullptr;
      int rc = bytearray_set_contents(a, ba(r)->data, ba(r)->len);
      py_decref(r);
      return rc < 0 ? nullptr : py_newref(a);
    }
  }
  return bv_binop_common(a, b, op & ~BINOP_INPLACE);
}

static Ref ba_append(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  uint8_t x;
  if (py_byte_value(args[0], &x) < 0) return nullptr;
  char c = (char)x;
  if (ba_splice(self, ba(self)->len, ba(self)->len, &c, 1) < 0) return nullptr;
  return py_none_new();
}

static Ref ba_extend(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  const char *d;
  size_t n;
  StrBuf b;
  py_strbuf_init(&b);
  if (py_bytes_view(args[0], &d, &n))
    py_strbuf_add(&b, d, n);
  else if (!py_type(args[0])->iter && !py_type(args[0])->getitem)
    return py_err_format(&py_TypeError_type, "can't extend bytearray with %T", args[0]);
  else if (bytes_collect_iter(&b, args[0]) < 0) {
    py_strbuf_free(&b);
    return nullptr;
  }
  int rc = b.failed ? -1 : ba_splice(self, ba(self)->len, ba(self)->len, b.data, b.len);
  py_strbuf_free(&b);
  return rc < 0 ? nullptr : py_none_new();
}

static Ref ba_pop(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t i = -1, n = (int64_t)ba(self)->len;
  if (nargs && py_index_i64(args[0], &i) < 0) return nullptr;
  if (n == 0) return py_err_set_str(&py_IndexError_type, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return py_err_set_str(&py_IndexError_type, "pop index out of range");
  uint8_t x = (uint8_t)ba(self)->data[i];
  ba_splice(self, (size_t)i, (size_t)i + 1, nullptr, 0);
  return py_small_new(x);
}

static Ref ba_insert(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t i, n = (int64_t)ba(self)->len;
  uint8_t x;
  if (py_index_i64(args[0], &i) < 0 || py_byte_value(args[1], &x) < 0) return nullptr;
  if (i < 0 && (i += n) < 0) i = 0;
  if (i > n) i = n;
  char c = (char)x;
  if (ba_splice(self, (size_t)i, (size_t)i, &c, 1) < 0) return nullptr;
  return py_none_new();
}

static Ref ba_remove(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  uint8_t x;
  if (py_byte_value(args[0], &x) < 0) return nullptr;
  ByteArrayObj *o = ba(self);
  const char *p = o->len ? (const char *)memchr(o->data, x, o->len) : nullptr;
  if (!p) return py_err_set_str(&py_ValueError_type, "value not found in bytearray");
  size_t i = (size_t)(p - o->data);
  ba_splice(self, i, i + 1, nullptr, 0);
  return py_none_new();
}

static Ref ba_clear(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  ba(self)->len = 0;
  return py_none_new();
}

static Ref ba_copy(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_bytearray_new(ba(self)->data, ba(self)->len);
}

static Ref ba_reverse(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  char *d = ba(self)->data;
  for (size_t i = 0, j = ba(self)->len; i + 1 < j; i++, j--) {
    char t = d[i];
    d[i] = d[j - 1];
    d[j - 1] = t;
  }
  return py_none_new();
}

// (type, args, __dict__ or None): args are () for an empty bytearray, else the
// bytes, or before protocol 3 the bytes as a latin-1 str and "latin-1".
static Ref ba_reduce_proto(Ref self, int64_t proto) {
  Ref state = py_reduce_dict_state(self);
  if (!state) return nullptr;
  ByteArrayObj *b = ba(self);
  Ref args;
  if (!b->len) {
    args = py_tuple_empty();
  } else if (proto < 3) {
    Ref s = py_str_decode(b->data, b->len, "latin-1", nullptr);
    Ref enc = s ? py_str_from_cstr("latin-1") : nullptr;
    args = enc ? py_tuple_pack(2, s, enc) : nullptr;
    py_xdecref(enc);
    py_xdecref(s);
  } else {
    Ref data = py_bytes_new(b->data, b->len);
    args = data ? py_tuple_pack(1, data) : nullptr;
    py_xdecref(data);
  }
  Ref r = args ? py_tuple_pack(3, (Ref)py_type(self), args, state) : nullptr;
  py_xdecref(args);
  py_decref(state);
  return r;
}

static Ref ba_reduce(Ref self, Ref const *, size_t, Ref) { return ba_reduce_proto(self, 2); }

static Ref ba_reduce_ex(Ref self, Ref const *args, size_t nargs, Ref) {
  int64_t proto = 0;
  if (nargs && py_index_i64(args[0], &proto) < 0) return nullptr;
  return ba_reduce_proto(self, proto);
}

static const MethodDef bytearray_methods[] = {
    BV_COMMON_METHODS,
    {"append", ba_append, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"clear", ba_clear, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"copy", ba_copy, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__reduce__", ba_reduce, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"__reduce_ex__", ba_reduce_ex, METH_QUALIFIED | METH_ARGS(0, 1)},
    {"extend", ba_extend, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"insert", ba_insert, METH_ARGS(2, 2)},
    {"pop", ba_pop, METH_ARGS(0, 1)},
    {"remove", ba_remove, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"reverse", ba_reverse, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

PY_TYPE_DEF(py_bytearray_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "bytearray",
    .flags = TPF_BASETYPE | TPF_INPLACE_SEQ,
    .basicsize = sizeof(ByteArrayObj),
    .base = &py_object_type,
    .dealloc = bytearray_dealloc,
    .tp_new = bytearray_tp_new,
    .tp_init = bytearray_tp_init,
    .repr = bytearray_repr,
    .hash = py_container_unhashable,
    .richcompare = bv_richcompare,
    .iter = py_text_iter,
    .binop = bytearray_binop,
    .length = bv_length,
    .getitem = py_text_getitem,
    .setitem = bytearray_setitem,
    .contains = py_text_contains,
    .methods = bytearray_methods,
    .doc = PY_DOC("bytearray(iterable_of_ints) -> bytearray"),
);
