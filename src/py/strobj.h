// str, bytes and bytearray objects (str.cpp, bytes.cpp, text.cpp, format.cpp).
// str stores UTF-8; `nchars` is the code point count (== len when ascii).
#pragma once
#include "py/obj.h"

struct StrObj {
  Obj ob;
  size_t len;    // bytes, excluding the terminating NUL
  size_t nchars; // code points
  int64_t hash;  // -1 until computed
  uint8_t interned;
  char data[]; // NUL-terminated UTF-8
};
struct BytesObj {
  Obj ob;
  size_t len;
  int64_t hash;
  char data[]; // NUL-terminated for convenience
};
struct ByteArrayObj {
  Obj ob;
  size_t len, cap;
  char *data;
};
extern Type py_str_type, py_bytes_type, py_bytearray_type;
// Iterator types (str_iterator, str_ascii_iterator, bytes_iterator, bytearray_iterator).
extern Type py_striter_type, py_strasciiiter_type, py_bytesiter_type, py_bytearrayiter_type;

static inline bool py_is_str(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_STR_SUBCLASS);
}
static inline const char *py_str_data(Ref s) { return ((StrObj *)s)->data; }
static inline size_t py_str_len(Ref s) { return ((StrObj *)s)->len; }
static inline size_t py_str_nchars(Ref s) { return ((StrObj *)s)->nchars; }

Ref py_str_new(const char *utf8, size_t len); // validates nothing: caller passes valid UTF-8
Ref py_str_from_cstr(const char *s);
// Interned str: identical contents give the identical object (immortal while the
// runtime lives). Used for identifiers, attribute names, dict keys of modules.
Ref py_str_intern(const char *s);               // new ref
Ref py_str_intern_n(const char *s, size_t len); // new ref
Ref py_str_intern_ref(Ref s);                   // steals s, returns the interned one
// printf-like formatting: %s (C string), %d %i %u %ld %lld %zu %zd %x %c %p %f %g %%,
// plus %R (repr of a Ref), %S (str of a Ref), %T (type name of a Ref), %U (a str Ref's text).
Ref py_str_format(const char *fmt, ...);
Ref py_str_vformat(const char *fmt, va_list ap);
bool py_str_equal(Ref a, Ref b); // both str; fast pointer / hash check first
bool py_str_equal_cstr(Ref a, const char *s);
bool py_str_isidentifier(Ref s); // str.isidentifier()
int64_t py_str_hash(Ref s);      // never fails
Ref py_str_concat(Ref a, Ref b);
// `a += b` when the caller owns the only reference to the exact, uninterned
// str a: a grows in place (its block is reallocated, so it may move) and is
// returned; otherwise a new str as py_str_concat. Steals a either way.
Ref py_str_concat_steal(Ref a, Ref b);
Ref py_str_join(Ref sep, Ref iterable);  // sep may be bytes or bytearray too
Ref py_str_repr(Ref s);                  // 'text' with CPython's quoting/escaping
Ref py_str_format_spec(Ref s, Ref spec); // format(str, spec)
Ref py_str_from_codepoint(uint32_t cp);
// Python %-formatting: fmt % args (str.__mod__), and str.format(*args, **kw).
Ref py_str_percent(Ref fmt, Ref args);
Ref py_bytes_percent(Ref fmt, Ref args); // bytes / bytearray % args (result: fmt's kind)
Ref py_str_format_method(Ref fmt, Ref const *args, size_t nargs, Ref kwnames);
// format(value, spec) builtin protocol: calls __format__.
Ref py_format(Ref value, Ref spec); // spec may be nullptr (= "")

// A growable UTF-8 buffer for building strings without intermediate objects.
struct StrBuf {
  char *data;
  size_t len, cap;
  bool failed; // an allocation failed (MemoryError set)
};
void py_strbuf_init(StrBuf *b);
void py_strbuf_add(StrBuf *b, const char *s, size_t n);
void py_strbuf_addc(StrBuf *b, char c);
void py_strbuf_adds(StrBuf *b, const char *s);
void py_strbuf_printf(StrBuf *b, const char *fmt, ...); // same conversions as py_str_format
int py_strbuf_add_repr(StrBuf *b, Ref o);               // -1 error
int py_strbuf_add_str(StrBuf *b, Ref o);                // -1 error
Ref py_strbuf_finish(StrBuf *b); // returns str (or nullptr if failed) and frees the buffer
void py_strbuf_free(StrBuf *b);

Ref py_bytes_new(const char *data, size_t len);
static inline bool py_is_bytes(Ref r) { return py_isinstance_of(r, &py_bytes_type); }
static inline const char *py_bytes_data(Ref b) { return ((BytesObj *)b)->data; }
static inline size_t py_bytes_len(Ref b) { return ((BytesObj *)b)->len; }
Ref py_bytearray_new(const char *data, size_t len); // data nullptr: len bytes to fill in
static inline bool py_is_bytearray(Ref r) { return py_isinstance_of(r, &py_bytearray_type); }

// ---------------------------------------------------------------------------
// Helpers shared by the text files (usable by the rest of the runtime).
// ---------------------------------------------------------------------------

// Exact str with `len` bytes of uninitialised data (NUL-terminated); the caller
// writes the bytes and sets ->nchars before the object escapes.
Ref py_str_alloc(size_t len);
Ref py_str_new_n(const char *utf8, size_t len, size_t nchars); // nchars already known
// Exact bytes of `len` uninitialised bytes (NUL-terminated).
Ref py_bytes_alloc(size_t len);
// Contents of a bytes or bytearray; false (no error set) for other objects.
bool py_bytes_view(Ref o, const char **data, size_t *len);

// UTF-8 (str data is always valid UTF-8; lone surrogates are stored as 3 bytes).
size_t py_utf8_encode(uint32_t cp, char *out);          // writes 1..4 bytes
uint32_t py_utf8_decode(const char *s, size_t *nbytes); // one code point of valid UTF-8
size_t py_utf8_count(const char *s, size_t len);        // code points
// Strict UTF-8 validation: returns the number of valid leading bytes; when that
// is < len, *reason names the problem and *bad_end is the end of the bad bytes.
size_t py_utf8_check(const char *s, size_t len, const char **reason, size_t *bad_end);
// Decode bytes with codec `encoding` / error handler `errors` (nullptr = utf-8 /
// strict), and the reverse: UnicodeDecodeError / UnicodeEncodeError / LookupError.
Ref py_str_decode(const char *data, size_t len, const char *encoding, const char *errors);
Ref py_str_encode(Ref s, const char *encoding, const char *errors); // returns bytes
// 1: a UTF-8 codec name, 0: a one-byte codec (ascii, latin-1), -1: LookupError.
int py_codec_is_utf8(const char *encoding);

// Unicode character properties (ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic are complete for case mapping; other scripts are approximate).
bool py_unicode_isspace(uint32_t c);
bool py_unicode_isalpha(uint32_t c);
bool py_unicode_isdecimal(uint32_t c);
int py_unicode_decimal_value(uint32_t c); // 0..9 for decimal digits (any script), else -1
bool py_unicode_isdigit(uint32_t c);
bool py_unicode_isnumeric(uint32_t c);
bool py_unicode_isprintable(uint32_t c);
bool py_unicode_isidstart(uint32_t c);
bool py_unicode_isidcontinue(uint32_t c);
uint32_t py_unicode_tolower(uint32_t c);
uint32_t py_unicode_toupper(uint32_t c);

// Appends the repr of a str's text (CPython's quoting), its ascii() (every
// code point beyond ASCII escaped), or the repr of bytes' or a bytearray's
// contents (b'...', every byte beyond ASCII escaped).
enum TextRepr { REPR_STR, REPR_ASCII, REPR_BYTES, REPR_BYTEARRAY };
void py_strbuf_add_text_repr(StrBuf *b, const char *s, size_t len, TextRepr how);
void py_strbuf_add_codepoint(StrBuf *b, uint32_t cp);
int py_strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap); // -1 error (also sets failed)
// Text of `nchars` characters padded to `width` with alignment `align` ('<',
// '>', '^', 'C' for str.center's rounding) and fill[0:fill_len] (one encoded
// character): shared by format specs, str and bytes.
void py_strbuf_add_padded(StrBuf *b, const char *s, size_t len, size_t nchars, size_t width,
                          char align, const char *fill, size_t fill_len);
Ref py_str_ascii(Ref s); // ascii() of a str
// str.format_map: fields are looked up in `mapping`; args nullptr means
// positional fields are an error.
Ref py_str_format_mapping(Ref fmt, Ref const *args, size_t nargs, Ref mapping);
// Argument count check worded like CPython's str / bytes methods: no-arg and
// one-arg methods are named "<qual>.<fname>()"; `old_style` gives the
// "find() takes at most 3 arguments (5 given)" wording. 0 / -1.
int py_text_nargs(const char *qual, const char *fname, size_t nargs, Ref kwnames, size_t lo,
                  size_t hi, bool old_style);
int64_t py_hash_bytes(const char *data, size_t len); // the str / bytes hash (never -1)
