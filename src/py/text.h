// What str (str.cpp), bytes and bytearray (bytes.cpp) share: the methods they
// have in common, implemented once, and the byte-level algorithms behind them
// (text.cpp, Note [Text methods]). Not part of the public API.
#pragma once
#include "py/strobj.h"

// Byte search in h[0:hn]: the offset of the first / last occurrence of nd, or -1
// (an empty nd is found at 0 / hn). Matches in valid UTF-8 start on code points.
int64_t py_mem_find(const char *h, size_t hn, const char *nd, size_t nn);
int64_t py_mem_rfind(const char *h, size_t hn, const char *nd, size_t nn);
// Non-overlapping occurrences of a non-empty nd.
size_t py_mem_count(const char *h, size_t hn, const char *nd, size_t nn);

// self's bytes: true when self is a str.
bool py_text_data(Ref self, const char **d, size_t *n);
// "str", "bytes" or "bytearray": the type named in argument-count messages.
const char *py_text_qual(Ref self);
// A new object of self's kind (str, bytearray for a bytearray, otherwise
// bytes) holding n bytes from d; py_text_sub: self's bytes [b0, b1), which is
// self itself when that is all of an exact str or bytes.
Ref py_text_new(Ref self, const char *d, size_t n);
Ref py_text_sub(Ref self, size_t b0, size_t b1);
Ref py_text_bytes_like_error(Ref o); // "a bytes-like object is required"
// A new object of self's kind holding b's bytes; frees b.
Ref py_text_from_buf(Ref self, StrBuf *b);

// From str.cpp and bytes.cpp.
size_t py_str_offset(Ref s, size_t cp); // byte offset of code point cp (<= nchars)
int py_byte_value(Ref v, uint8_t *out); // an int 0..255 (__index__), else ValueError

// The shared methods (MethodDef functions).
Ref py_text_find(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rfind(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_index(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rindex(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_count(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_startswith(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_endswith(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_split(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rsplit(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_splitlines(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_strip(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_lstrip(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rstrip(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_partition(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rpartition(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_removeprefix(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_removesuffix(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_replace(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_expandtabs(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_zfill(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_center(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_ljust(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_rjust(Ref self, Ref const *args, size_t nargs, Ref kwnames);
// self * count, count an int or an object with __index__ (the binop slots).
Ref py_text_repeat(Ref self, Ref count);
// The richcompare and binop slots of str (u) and of bytes and bytearray:
// + concatenates, * repeats, % formats (binop's op without BINOP_INPLACE).
Ref py_text_richcompare(bool u, Ref a, Ref b, int op);
Ref py_text_binop(bool u, Ref a, Ref b, int op);
// Character predicates and case conversion (str.cpp, with the Unicode tables).
Ref py_text_isalpha(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_isalnum(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_isdigit(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_isspace(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_isascii(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_isupper(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_islower(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_istitle(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_lower(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_upper(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_swapcase(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_casefold(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_title(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_capitalize(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_join(Ref self, Ref const *args, size_t nargs, Ref kwnames); // py_str_join
int py_text_contains(Ref self, Ref v);                                  // the contains slot
Ref py_text_getitem(Ref self, Ref key); // the getitem slot: an index or a slice
// The encoding and errors arguments a[0], a[1] of encode, decode, str() and
// bytes(), either absent (nullptr) or a str: their text (or nullptr).
int py_text_codec_args(const char *fname, Ref const *a, const char **encoding, const char **errors);
Ref py_text_codec(Ref self, Ref const *args, size_t nargs, Ref kwnames); // str.encode, bytes.decode
// self as an exact str or bytes (bytes.__bytes__), and __getnewargs__.
Ref py_text_exact(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_text_getnewargs(Ref self, Ref const *args, size_t nargs, Ref kwnames);
// Iterators of str, bytes and bytearray (str.cpp), each type with its own iternext.
struct TextIterObj {
  Obj ob;
  Ref seq;
  size_t off; // byte offset of the next item
};
Ref py_text_iter(Ref self); // the iter slot
void py_text_iter_dealloc(Ref self);
