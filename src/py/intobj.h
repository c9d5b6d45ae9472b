// int, bool, float and complex objects (int.cpp, float.cpp, complex.cpp).
// An int is either a tagged small int (obj.h) or an IntObj holding a bigint;
// every function here accepts both. Results are normalised: a value that fits
// in a small int is always returned tagged (except for instances of int
// subclasses and bool, which are real objects).
#pragma once
#include "py/obj.h"

struct IntObj {
  Obj ob;
  int32_t size;     // sign * number of digits (0 for zero)
  uint32_t digit[]; // little-endian base 2^32 magnitude
};
struct FloatObj {
  Obj ob;
  double value;
};
extern Type py_float_type;

static inline bool py_is_int(Ref r) {
  return py_is_small(r) || py_type_has(r->type, TPF_INT_SUBCLASS);
}
static inline bool py_is_float(Ref r) {
  return py_type(r) == &py_float_type || py_isinstance_of(r, &py_float_type);
}
static inline bool py_is_bool(Ref r) { return r == py_True || r == py_False; }

Ref py_int_from_i64(int64_t v);
Ref py_int_from_u64(uint64_t v);
Ref py_int_from_double(double d); // truncates; OverflowError for inf, ValueError for nan
Ref py_int_from_str(const char *s, size_t len, int base); // int(s, base) rules; ValueError
// 0 ok, -1 error: OverflowError "Python int too large to convert to C long" when it does not fit.
int py_int_as_i64(Ref v, int64_t *out);
// Like py_int_as_i64 but saturates instead of failing; sets *overflow to -1/0/1.
int64_t py_int_as_i64_sat(Ref v, int *overflow);
double
py_int_as_double(Ref v,
                 int *overflow_err); // may set OverflowError (int too large to convert to float)
int py_int_sign(Ref v);              // -1, 0, 1
Ref py_int_to_str_base(
    Ref v, int base); // "0x..", "-0b.." style prefixes for base 2/8/16, no prefix for 10
Ref py_int_format(Ref v, Ref spec); // format(int, spec)
// Decimal text of a small int's value written to end at the end of a buffer
// (at least 24 bytes); returns where it starts.
char *py_int_small_decimal(intptr_t v, char *end);
int py_int_hash(Ref v, int64_t *out);   // CPython-compatible (mod 2^61-1)
Ref py_int_binop(Ref a, Ref b, int op); // both ints (or NotImplemented)
int py_int_compare(Ref a, Ref b);       // -1, 0, 1
Ref py_int_pow(Ref a, Ref b, Ref mod);  // pow(a, b[, mod]); negative b gives float when mod null

Ref py_float_new(double v);
static inline double py_float_value(Ref r) { return ((FloatObj *)r)->value; }
Ref py_float_repr_double(double v);   // repr(float): shortest round-trip, CPython's format
Ref py_float_format(Ref v, Ref spec); // format(float, spec)
int py_float_hash_double(double v, int64_t *out);
// hash() of a float value held by `owner`: a nan hashes by the owner's identity.
int64_t py_float_hash_in(Ref owner, double v);
Ref py_float_from_str(const char *s, size_t len); // float("...") rules; ValueError
// Shortest round-trip decimal digits of v into buf (e.g. "0.1", "1e+16", "inf"), repr rules.
size_t py_double_repr(double v, char *buf, size_t bufsize);

// Python-semantics helpers used by the VM's fast paths.
double py_float_floordiv(double a, double b); // caller checks b != 0
double py_float_mod(double a, double b);      // sign follows b; caller checks b != 0

int py_int_float_init_module_math(
    Ref module); // the `math` module (math.cpp): same as py_init_module_math

// ---------------------------------------------------------------------------
// Additions (int.cpp / float.cpp / dtoa.cpp)
// ---------------------------------------------------------------------------

// sys.set_int_max_str_digits(): limit on decimal digits for int<->str
// conversions (0 = unlimited). CPython's default is 4300.
extern int py_int_max_str_digits;
// Allocation size of an IntObj (or int subclass instance) of type t with
// ndigits digits: basicsize + ndigits * 4, rounded up to a pointer multiple.
// The instance dict of a subclass (negative dictoffset) sits at the end of it.
size_t py_int_alloc_size(Type *t, size_t ndigits);
size_t py_int_obj_size(Ref o);    // py_int_alloc_size for an existing IntObj
Ref py_int_from_int_value(Ref v); // exact int (never a subclass) with v's value (v: int)
uint64_t py_int_bit_length(Ref v);
// v = m * 2^e with 0.5 <= |m| < 1, m correctly rounded (v nonzero).
double py_int_frexp(Ref v, int64_t *e);
// Floor division and modulo together (b != 0 checked: ZeroDivisionError). 0 / -1.
int py_int_divmod(Ref a, Ref b, Ref *q, Ref *r);

// An int or float operand as a double: 1 ok, 0 another type, -1 error (an
// int too large: OverflowError).
int py_float_operand(Ref o, double *out);
// A number at *pp as float() reads it, without surrounding space: a sign, then
// inf, infinity or nan (any case) or decimal digits (single underscores
// between them) with an optional point and exponent. Moves *pp past it; false,
// *pp unchanged, when there is none. buf: room for the text's length + 1.
bool py_float_scan(const char **pp, const char *end, char *buf, double *out);

// float(x) conversion: float, int, __float__, __index__; TypeError
// "must be real number, not X" otherwise (CPython's PyFloat_AsDouble). 0 / -1.
int py_float_as_double(Ref o, double *out);
// The float ** operator with CPython's rules (ZeroDivisionError for 0.0 ** -n,
// OverflowError on overflow, ValueError for a negative base to a fractional power).
Ref py_float_pow(double a, double b);

// Text of v like CPython's PyOS_double_to_string: type 'e' 'f' 'g' (and
// uppercase), or 'r' (repr, prec ignored); alt = '#'; add_dot_0 keeps a ".0" on
// integral fixed-point results (type '' with a precision). Sign included.
Ref py_double_to_str(double v, char type, int prec, bool alt, bool add_dot_0);

// The format-spec mini-language for numbers:
// [[fill]align][sign][z][#][0][width][,|_][.precision][type]
struct NumSpec {
  char fill[5];      // UTF-8 code point, NUL-terminated
  char align;        // '<' '>' '^' '=' or 0 (numbers default to '>')
  char sign;         // '+' '-' ' ' or 0
  bool z;            // coerce negative zero to zero
  bool alt;          // '#'
  char sep;          // ',' '_' or 0
  int sep_every;     // 3, or 4 for '_' with b o x X
  int64_t width;     // -1: none
  int64_t precision; // -1: none
  char type;         // default_type when absent
};
// Parse spec[0..len) (CPython's messages; tname names the object's type). 0 / -1.
int py_numspec_parse(const char *spec, size_t len, char default_type, const char *tname,
                     NumSpec *out);
// Lay out a number: optional '-' (neg) or the spec's sign, prefix ("0x"), the
// integer digits (grouped per spec.sep; zero-padded for '0'/'=' widths), then
// rest (fraction, exponent, '%'), padded/aligned to spec.width.
Ref py_numspec_emit(const NumSpec *spec, bool neg, const char *prefix, const char *digits,
                    size_t ndigits, const char *rest, size_t nrest);
// Pad an already formatted body of nchars code points per fill/align/width.
Ref py_numspec_pad(const NumSpec *spec, const char *body, size_t len, size_t nchars,
                   char default_align);
// format(x, spec) for a float value once the spec is parsed (also used for
// int with e/f/g/% types).
Ref py_float_format_parsed(double x, const NumSpec *spec, const char *tname);
// Bytes of the Unicode whitespace character at s (0 if none), for int()/float() text.
size_t py_num_space_len(const char *s, const char *end);
// int()/float() accept any Unicode decimal digit and whitespace: an ASCII copy
// of UTF-8 text s (py_malloc'ed, *cap bytes). nullptr with *cap == 0 when s is
// ASCII already; nullptr with *cap != 0 on MemoryError.
char *py_num_ascii(const char *s, size_t len, size_t *cap);

// ---------------------------------------------------------------------------
// complex (complex.cpp, UPY_ENABLE_COMPLEX)
// ---------------------------------------------------------------------------

#if UPY_ENABLE_COMPLEX
struct ComplexObj {
  Obj ob;
  double re, im;
};
extern Type py_complex_type;
static inline bool py_is_complex(Ref r) { return py_isinstance_of(r, &py_complex_type); }
Ref py_complex_new(double re, double im);
// (ar + ai j) ** (br + bi j) with CPython's rules and errors; float ** float
// with a negative base and a fractional exponent lands here.
Ref py_complex_pow(double ar, double ai, double br, double bi);
// format(complex, spec) once the spec is parsed (dtoa.cpp); tname names the
// type in messages. repr() is the empty spec's form.
Ref py_complex_format_parsed(double re, double im, const NumSpec *spec, const char *tname);
#else
static inline bool py_is_complex(Ref) { return false; }
#endif
