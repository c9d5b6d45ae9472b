// str: immutable UTF-8 text. Object allocation, the interning table, hashing,
// Unicode character properties and the str type. Most of its methods are
// text.cpp's, shared with bytes and bytearray (Note [Text methods]); the
// character predicates, case conversions and iterators they share are here.
#include <cstdio>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/text.h"

// ---------------------------------------------------------------------------
// Allocation, caches, hashing, interning
// ---------------------------------------------------------------------------

static size_t str_size_for(Type *t, size_t len) {
  return py_var_size_with_dict(t, sizeof(StrObj) + len + 1);
}

static size_t str_obj_size(Ref s) { return str_size_for(py_type(s), py_str_len(s)); }

// Allocates an instance of `type` (str or a subclass) with room for len bytes.
static Ref str_alloc_type(Type *type, size_t len) {
  if (len > ((size_t)1 << (sizeof(size_t) * 8 - 2))) {
    return py_err_set_str(&py_OverflowError_type, "string is too large");
  }
  Ref r = py_obj_alloc(type, str_size_for(type, len));
  if (!r) return nullptr;
  StrObj *o = (StrObj *)r;
  o->len = len;
  o->hash = -1;
  o->data[len] = 0;
  return r;
}

Ref py_str_alloc(size_t len) { return str_alloc_type(&py_str_type, len); }

int64_t py_hash_bytes(const char *s, size_t len) {
  // FNV-1a followed by a final avalanche so short keys spread over the table.
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  int64_t r = (int64_t)h;
  return r == -1 ? -2 : r;
}

int64_t py_str_hash(Ref s) {
  StrObj *o = (StrObj *)s;
  if (o->hash == -1) o->hash = py_hash_bytes(o->data, o->len);
  return o->hash;
}

// Open-addressing set of interned (immortal) exact strs.
static StrObj **intern_tab;
static size_t intern_cap, intern_count;

static StrObj *intern_find(const char *s, size_t len, int64_t h) {
  if (!intern_cap) return nullptr;
  size_t mask = intern_cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    StrObj *e = intern_tab[i];
    if (!e) return nullptr;
    if (e->hash == h && e->len == len && memcmp(e->data, s, len) == 0) return e;
  }
}

static void intern_put(StrObj **tab, size_t cap, StrObj *o) {
  size_t i = (size_t)o->hash & (cap - 1);
  while (tab[i]) i = (i + 1) & (cap - 1);
  tab[i] = o;
}

static int intern_add(StrObj *o) {
  if ((intern_count + 1) * 3 >= intern_cap * 2) {
    size_t ncap = intern_cap ? intern_cap * 2 : 256;
    StrObj **nt = (StrObj **)py_malloc(ncap * sizeof(StrObj *));
    if (!nt) return -1;
    memset(nt, 0, ncap * sizeof(StrObj *));
    for (size_t i = 0; i < intern_cap; i++) {
      if (intern_tab[i]) intern_put(nt, ncap, intern_tab[i]);
    }
    if (intern_tab) py_free(intern_tab, intern_cap * sizeof(StrObj *));
    intern_tab = nt;
    intern_cap = ncap;
  }
  intern_put(intern_tab, intern_cap, o);
  intern_count++;
  o->ob.rc = PY_IMMORTAL_RC;
  o->interned = 1;
  return 0;
}

Ref py_str_intern_n(const char *s, size_t len) {
  int64_t h = py_hash_bytes(s, len);
  StrObj *e = intern_find(s, len, h);
  if (e) return (Ref)e;
  Ref r = py_str_alloc(len);
  if (!r) return nullptr;
  memcpy(((StrObj *)r)->data, s, len);
  ((StrObj *)r)->nchars = py_utf8_count(s, len);
  ((StrObj *)r)->hash = h;
  if (intern_add((StrObj *)r) < 0) {
    py_decref(r);
    return nullptr;
  }
  return r;
}

Ref py_str_intern(const char *s) { return py_str_intern_n(s, strlen(s)); }

Ref py_str_intern_ref(Ref s) {
  if (!s) return nullptr;
  StrObj *o = (StrObj *)s;
  if (o->interned) return s;
  StrObj *e = intern_find(o->data, o->len, py_str_hash(s));
  if (e) {
    py_decref(s);
    return (Ref)e;
  }
  if (s->type != &py_str_type) { // subclass instances are copied to an exact str
    Ref r = py_str_intern_n(o->data, o->len);
    py_decref(s);
    return r;
  }
  if (intern_add(o) < 0) {
    py_decref(s);
    return nullptr;
  }
  return s;
}

static Ref char_cache[128];
static Ref empty_str;

static Ref str_empty() {
  if (!empty_str) empty_str = py_str_intern_n("", 0);
  return empty_str; // immortal: no incref needed
}

static Ref str_ascii_char(uint8_t c) {
  if (!char_cache[c]) {
    char ch = (char)c;
    char_cache[c] = py_str_intern_n(&ch, 1);
  }
  return char_cache[c];
}

Ref py_str_new_n(const char *utf8, size_t len, size_t nchars) {
  if (len == 0) return str_empty();
  if (len == 1 && (uint8_t)utf8[0] < 0x80) return str_ascii_char((uint8_t)utf8[0]);
  Ref r = py_str_alloc(len);
  if (!r) return nullptr;
  memcpy(((StrObj *)r)->data, utf8, len);
  ((StrObj *)r)->nchars = nchars;
  return r;
}

Ref py_str_new(const char *utf8, size_t len) {
  return py_str_new_n(utf8, len, py_utf8_count(utf8, len));
}

Ref py_str_from_cstr(const char *s) { return py_str_new(s, strlen(s)); }

int py_text_nargs(const char *qual, const char *fname, size_t nargs, Ref kwnames, size_t lo,
                  size_t hi, bool old_style) {
  if (nargs >= lo && nargs <= hi && !(kwnames && py_tuple_len(kwnames))) return 0;
  if (old_style && !(kwnames && py_tuple_len(kwnames))) {
    bool few = nargs < lo;
    size_t n = few ? lo : hi;
    py_err_format(&py_TypeError_type, "%s() takes at %s %zu argument%s (%zu given)", fname,
                  few ? "least" : "most", n, n == 1 ? "" : "s", nargs);
    return -1;
  }
  // Keyword errors name the type too ("str.center() takes no keyword arguments").
  if ((lo == hi && lo <= 1) || (kwnames && py_tuple_len(kwnames))) {
    char name[64];
    snprintf(name, sizeof name, "%s.%s", qual, fname);
    return py_check_nargs(name, nargs, kwnames, lo, hi);
  }
  return py_check_nargs(fname, nargs, kwnames, lo, hi);
}

// ---------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------

size_t py_utf8_encode(uint32_t cp, char *out) {
  uint8_t *o = (uint8_t *)out;
  if (cp < 0x80) {
    o[0] = (uint8_t)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (uint8_t)(0xC0 | (cp >> 6));
    o[1] = (uint8_t)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (uint8_t)(0xE0 | (cp >> 12));
    o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (uint8_t)(0xF0 | (cp >> 18));
  o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

uint32_t py_utf8_decode(const char *s, size_t *nbytes) {
  const uint8_t *p = (const uint8_t *)s;
  uint8_t c = p[0];
  if (c < 0x80) {
    *nbytes = 1;
    return c;
  }
  if (c < 0xE0) {
    *nbytes = 2;
    return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *nbytes = 3;
    return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *nbytes = 4;
  return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
         ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

size_t py_utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((uint8_t)s[i] & 0xC0) != 0x80;
  return n;
}

size_t py_utf8_check(const char *s, size_t len, const char **reason, size_t *bad_end) {
  const uint8_t *p = (const uint8_t *)s;
  size_t i = 0;
  while (i < len) {
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF)
      need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F; // surrogates are not valid UTF-8
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      *reason = "invalid start byte";
      *bad_end = i + 1;
      return i;
    }
    size_t j = 1;
    for (; j <= need; j++) {
      if (i + j >= len) {
        *reason = "unexpected end of data";
        *bad_end = len;
        return i;
      }
      uint8_t d = p[i + j];
      bool ok = j == 1 ? (d >= lo && d <= hi) : (d & 0xC0) == 0x80;
      if (!ok) {
        *reason = "invalid continuation byte";
        *bad_end = i + j;
        return i;
      }
    }
    i += need + 1;
  }
  return len;
}

// ---------------------------------------------------------------------------
// Unicode character properties: small range tables, binary searched.
// ---------------------------------------------------------------------------

struct URange {
  uint32_t lo, hi;
};

static bool urange_has(const URange *t, size_t n, uint32_t c) {
  size_t a = 0, b = n;
  while (a < b) {
    size_t m = (a + b) / 2;
    if (c < t[m].lo)
      b = m;
    else if (c > t[m].hi)
      a = m + 1;
    else
      return true;
  }
  return false;
}
#define URANGE_HAS(t, c) urange_has(t, sizeof(t) / sizeof(t[0]), c)

static const URange alpha_ranges[] = {
    {0x41, 0x5A},       {0x61, 0x7A},       {0xAA, 0xAA},       {0xB5, 0xB5},
    {0xBA, 0xBA},       {0xC0, 0xD6},       {0xD8, 0xF6},       {0xF8, 0x2C1},
    {0x2C6, 0x2D1},     {0x2E0, 0x2E4},     {0x2EC, 0x2EC},     {0x2EE, 0x2EE},
    {0x370, 0x374},     {0x376, 0x377},     {0x37A, 0x37D},     {0x37F, 0x37F},
    {0x386, 0x386},     {0x388, 0x38A},     {0x38C, 0x38C},     {0x38E, 0x3A1},
    {0x3A3, 0x3F5},     {0x3F7, 0x481},     {0x48A, 0x52F},     {0x531, 0x556},
    {0x559, 0x559},     {0x560, 0x588},     {0x5D0, 0x5EA},     {0x5EF, 0x5F2},
    {0x620, 0x64A},     {0x66E, 0x66F},     {0x671, 0x6D3},     {0x904, 0x939},
    {0xE01, 0xE30},     {0x10A0, 0x10C5},   {0x10D0, 0x10FA},   {0x1100, 0x1248},
    {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},   {0x1F20, 0x1F45},   {0x1F48, 0x1F4D},
    {0x1F50, 0x1F57},   {0x1F59, 0x1F7D},   {0x1F80, 0x1FB4},   {0x1FB6, 0x1FBC},
    {0x1FC2, 0x1FC4},   {0x1FC6, 0x1FCC},   {0x1FD0, 0x1FD3},   {0x1FD6, 0x1FDB},
    {0x1FE0, 0x1FEC},   {0x1FF2, 0x1FF4},   {0x1FF6, 0x1FFC},   {0x3041, 0x3096},
    {0x309D, 0x309F},   {0x30A1, 0x30FA},   {0x30FC, 0x30FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xAC00, 0xD7A3},   {0xF900, 0xFA6D},   {0xFB00, 0xFB06},
    {0xFB13, 0xFB17},   {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},   {0xFF66, 0xFFBE},
    {0x10400, 0x1044F}, {0x1D400, 0x1D6A5}, {0x20000, 0x2A6DF}, {0x2A700, 0x2EBE0},
    {0x30000, 0x3134A},
};

// First code point of each run of ten decimal digits 0..9.
static const uint32_t decimal_starts[] = {
    0x30,   0x660,  0x6F0,  0x7C0,  0x966,  0x9E6,  0xA66,  0xAE6,  0xB66,  0xBE6,
    0xC66,  0xCE6,  0xD66,  0xDE6,  0xE50,  0xED0,  0xF20,  0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
};

static const URange digit_extra[] = {
    {0xB2, 0xB3},     {0xB9, 0xB9},       {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070},
    {0x2074, 0x2079}, {0x2080, 0x2089},   {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
    {0x24EA, 0x24EA}, {0x24F5, 0x24FD},   {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788},
    {0x278A, 0x2792}, {0x1D7CE, 0x1D7FF},
};

static const URange numeric_extra[] = {
    {0xBC, 0xBE},     {0x9F4, 0x9F9},   {0xBF0, 0xBF2},   {0x16EE, 0x16F0}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B}, {0x24EB, 0x24F4},
    {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793}, {0x2CFD, 0x2CFD},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229},
    {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF},
};

// Code points that are not printable: controls, format chars, separators other
// than ' ', surrogates, private use, noncharacters and the unassigned planes.
static const URange nonprint_ranges[] = {
    {0x00, 0x1F},       {0x7F, 0xA0},        {0xAD, 0xAD},       {0x378, 0x379},
    {0x380, 0x383},     {0x38B, 0x38B},      {0x38D, 0x38D},     {0x3A2, 0x3A2},
    {0x530, 0x530},     {0x557, 0x558},      {0x58B, 0x58C},     {0x590, 0x590},
    {0x5C8, 0x5CF},     {0x5EB, 0x5EE},      {0x5F5, 0x605},     {0x61C, 0x61C},
    {0x6DD, 0x6DD},     {0x70E, 0x70F},      {0x8E2, 0x8E2},     {0x1680, 0x1680},
    {0x180E, 0x180E},   {0x2000, 0x200F},    {0x2028, 0x202F},   {0x205F, 0x206F},
    {0x3000, 0x3000},   {0xD7FC, 0xF8FF},    {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},
    {0xFFFE, 0xFFFF},   {0x110BD, 0x110BD},  {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0x40000, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

bool py_unicode_isspace(uint32_t c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool py_unicode_isalpha(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return URANGE_HAS(alpha_ranges, c);
}

int py_unicode_decimal_value(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
  if (c >= 0x1D7CE && c <= 0x1D7FF) return (int)((c - 0x1D7CE) % 10);
  for (uint32_t s : decimal_starts) {
    if (c >= s && c < s + 10) return (int)(c - s);
  }
  return -1;
}

bool py_unicode_isdecimal(uint32_t c) { return py_unicode_decimal_value(c) >= 0; }

bool py_unicode_isdigit(uint32_t c) {
  return py_unicode_isdecimal(c) || URANGE_HAS(digit_extra, c);
}

bool py_unicode_isnumeric(uint32_t c) {
  return py_unicode_isdigit(c) || URANGE_HAS(numeric_extra, c);
}

bool py_unicode_isprintable(uint32_t c) {
  if (c >= 0x20 && c < 0x7F) return true;
  return !URANGE_HAS(nonprint_ranges, c);
}

bool py_unicode_isidstart(uint32_t c) {
  // Letters plus the letter-like numbers (Roman numerals, CJK number ideographs).
  return c == '_' || py_unicode_isalpha(c) || (c >= 0x16EE && c <= 0x16F0) ||
         (c >= 0x2160 && c <= 0x2188) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029) ||
         (c >= 0x3038 && c <= 0x303A);
}

bool py_unicode_isidcontinue(uint32_t c) {
  return py_unicode_isidstart(c) || py_unicode_isdecimal(c) || (c >= 0x300 && c <= 0x36F) ||
         c == 0xB7;
}

// Runs where upper and lower case letters alternate: the upper case letter of
// each pair is at an even code point (odd_upper = 0) or an odd one.
struct CasePairs {
  uint16_t lo, hi;
  uint8_t odd_upper;
};
static const CasePairs case_pairs[] = {
    {0x100, 0x12F, 0},   {0x132, 0x137, 0}, {0x139, 0x148, 1}, {0x14A, 0x177, 0},
    {0x179, 0x17E, 1},   {0x182, 0x185, 0}, {0x1A0, 0x1A5, 0}, {0x1CD, 0x1DC, 1},
    {0x1DE, 0x1EF, 0},   {0x1F8, 0x21F, 0}, {0x222, 0x233, 0}, {0x246, 0x24F, 0},
    {0x370, 0x373, 0},   {0x376, 0x377, 0}, {0x3D8, 0x3EF, 0}, {0x460, 0x481, 0},
    {0x48A, 0x4BF, 0},   {0x4C1, 0x4CE, 1}, {0x4D0, 0x52F, 0}, {0x1E00, 0x1E95, 0},
    {0x1EA0, 0x1EFF, 0},
};

// +1: c is the upper case member of a pair, -1: the lower case one, 0: neither.
static int case_pair_kind(uint32_t c) {
  for (const CasePairs &p : case_pairs) {
    if (c >= p.lo && c <= p.hi) return (c & 1) == p.odd_upper ? 1 : -1;
  }
  return 0;
}

// The Latin digraphs with three forms (DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz):
// the first code point of c's triple, or 0.
static uint32_t digraph_base(uint32_t c) {
  if (c >= 0x1C4 && c <= 0x1CC) return 0x1C4 + (c - 0x1C4) / 3 * 3;
  if (c >= 0x1F1 && c <= 0x1F3) return 0x1F1;
  return 0;
}

static bool uc_istitlecase(uint32_t c) {
  uint32_t b = digraph_base(c);
  return b && c == b + 1;
}

// Simple (one to one) case mappings.
uint32_t py_unicode_tolower(uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
  if (case_pair_kind(c) > 0) return c + 1;
  if (uint32_t b = digraph_base(c)) return b + 2;
  switch (c) {
  case 0x130: return 'i';
  case 0x178: return 0xFF;
  case 0x37F: return 0x3F3;
  case 0x386: return 0x3AC;
  case 0x38C: return 0x3CC;
  case 0x3CF: return 0x3D7;
  case 0x3F4: return 0x3B8;
  case 0x3F7: return 0x3F8;
  case 0x3F9: return 0x3F2;
  case 0x3FA: return 0x3FB;
  case 0x4C0: return 0x4CF;
  }
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x3FD && c <= 0x3FF) return c - 130;
  if (c >= 0x400 && c < 0x410) return c + 80;
  if (c >= 0x410 && c < 0x430) return c + 32;
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0x2160 && c <= 0x216F) return c + 16;
  if (c >= 0x24B6 && c <= 0x24CF) return c + 26;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  return c;
}

uint32_t py_unicode_toupper(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (c < 0x100) {
    if (c == 0xB5) return 0x39C;
    if (c == 0xFF) return 0x178;
    return (c >= 0xE0 && c <= 0xFE && c != 0xF7) ? c - 32 : c;
  }
  if (case_pair_kind(c) < 0) return c - 1;
  if (uint32_t b = digraph_base(c)) return b;
  switch (c) {
  case 0x131: return 'I';
  case 0x17F: return 'S';
  case 0x3AC: return 0x386;
  case 0x3C2: return 0x3A3;
  case 0x3CC: return 0x38C;
  case 0x3D0: return 0x392;
  case 0x3D1: return 0x398;
  case 0x3D5: return 0x3A6;
  case 0x3D6: return 0x3A0;
  case 0x3D7: return 0x3CF;
  case 0x3F0: return 0x39A;
  case 0x3F1: return 0x3A1;
  case 0x3F2: return 0x3F9;
  case 0x3F3: return 0x37F;
  case 0x3F5: return 0x395;
  case 0x3F8: return 0x3F7;
  case 0x3FB: return 0x3FA;
  case 0x4CF: return 0x4C0;
  }
  if (c >= 0x37B && c <= 0x37D) return c + 130;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x3B1 && c <= 0x3CB) return c - 32;
  if (c >= 0x430 && c < 0x450) return c - 32;
  if (c >= 0x450 && c < 0x460) return c - 80;
  if (c >= 0x561 && c <= 0x586) return c - 48;
  if (c >= 0x2170 && c <= 0x217F) return c - 16;
  if (c >= 0x24D0 && c <= 0x24E9) return c - 26;
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
  return c;
}

static uint32_t uc_totitle(uint32_t c) {
  uint32_t b = digraph_base(c);
  return b ? b + 1 : py_unicode_toupper(c);
}

static bool uc_isupper(uint32_t c) {
  return (py_unicode_tolower(c) != c && !uc_istitlecase(c)) || c == 0x130;
}
static bool uc_islower(uint32_t c) {
  return (py_unicode_toupper(c) != c && !uc_istitlecase(c)) || c == 0xDF ||
         (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFB13 && c <= 0xFB17) || c == 0x138 || c == 0x149 ||
         c == 0xAA || c == 0xBA || (c >= 0x250 && c <= 0x2AF && c != 0x294) ||
         (c >= 0x2B0 && c <= 0x2B8) || (c >= 0x2C0 && c <= 0x2C1) || (c >= 0x2E0 && c <= 0x2E4);
}
static bool uc_iscased(uint32_t c) { return uc_isupper(c) || uc_islower(c) || uc_istitlecase(c); }

// ---------------------------------------------------------------------------
// Basic API
// ---------------------------------------------------------------------------

bool py_str_equal(Ref a, Ref b) {
  if (a == b) return true;
  StrObj *x = (StrObj *)a, *y = (StrObj *)b;
  if (x->len != y->len) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return memcmp(x->data, y->data, x->len) == 0;
}

bool py_str_equal_cstr(Ref a, const char *s) {
  size_t n = strlen(s);
  return py_str_len(a) == n && memcmp(py_str_data(a), s, n) == 0;
}

Ref py_str_concat(Ref a, Ref b) {
  size_t la = py_str_len(a), lb = py_str_len(b);
  if (lb == 0 && py_type(a) == &py_str_type) return py_newref(a);
  if (la == 0 && py_type(b) == &py_str_type) return py_newref(b);
  if (la + lb < la) return py_err_nomem();
  Ref r = py_str_alloc(la + lb);
  if (!r) return nullptr;
  StrObj *o = (StrObj *)r;
  memcpy(o->data, py_str_data(a), la);
  memcpy(o->data + la, py_str_data(b), lb);
  o->nchars = py_str_nchars(a) + py_str_nchars(b);
  return r;
}

Ref py_str_concat_steal(Ref a, Ref b) {
  StrObj *o = (StrObj *)a;
  size_t la = o->len, lb = py_str_len(b);
  if (a->rc != 1 || py_type(a) != &py_str_type || o->interned || la + lb < la) {
    Ref r = py_str_concat(a, b);
    py_decref(a);
    return r;
  }
  // Grow the block: libc's realloc usually extends it where it lies, which
  // turns a loop of `s += piece` from quadratic copying into amortised appends.
  size_t nchars = o->nchars + py_str_nchars(b);
  o = (StrObj *)py_realloc(o, str_size_for(&py_str_type, la), str_size_for(&py_str_type, la + lb));
  if (!o) {
    py_decref(a); // the block was kept: still a valid str
    return nullptr;
  }
  memcpy(o->data + la, py_str_data(b), lb);
  o->data[la + lb] = 0;
  o->len = la + lb;
  o->nchars = nchars;
  o->hash = -1;
  return (Ref)o;
}

Ref py_str_from_codepoint(uint32_t cp) {
  if (cp < 0x80) return str_ascii_char((uint8_t)cp);
  char buf[4];
  size_t n = py_utf8_encode(cp, buf);
  return py_str_new_n(buf, n, 1);
}

static void strbuf_add_hex(StrBuf *b, char kind, uint32_t v, int digits) {
  char buf[12];
  buf[0] = '\\';
  buf[1] = kind;
  for (int i = 0; i < digits; i++)
    buf[2 + i] = "0123456789abcdef"[(v >> (4 * (digits - 1 - i))) & 15];
  py_strbuf_add(b, buf, 2 + digits);
}

void py_strbuf_add_text_repr(StrBuf *b, const char *s, size_t len, TextRepr how) {
  bool bytes = how >= REPR_BYTES;
  char quote = '\'';
  if (memchr(s, '\'', len) && !memchr(s, '"', len)) quote = '"';
  if (bytes) py_strbuf_addc(b, 'b');
  py_strbuf_addc(b, quote);
  for (size_t i = 0, n = 1; i < len; i += n) {
    uint32_t c = (uint8_t)s[i];
    n = 1;
    if (c >= 0x80 && !bytes) c = py_utf8_decode(s + i, &n);
    // bytearray's repr (like CPython's) escapes a single quote even inside "...".
    if (c == (uint32_t)quote || c == '\\' || (c == '\'' && how == REPR_BYTEARRAY)) {
      py_strbuf_addc(b, '\\');
      py_strbuf_addc(b, (char)c);
    } else if (c == '\t')
      py_strbuf_add(b, "\\t", 2);
    else if (c == '\n')
      py_strbuf_add(b, "\\n", 2);
    else if (c == '\r')
      py_strbuf_add(b, "\\r", 2);
    else if (c < 0x20 || c == 0x7F)
      strbuf_add_hex(b, 'x', c, 2);
    else if (c < 0x7F)
      py_strbuf_addc(b, (char)c);
    else if (how == REPR_STR && py_unicode_isprintable(c))
      py_strbuf_add(b, s + i, n);
    else if (c <= 0xFF)
      strbuf_add_hex(b, 'x', c, 2);
    else if (c <= 0xFFFF)
      strbuf_add_hex(b, 'u', c, 4);
    else
      strbuf_add_hex(b, 'U', c, 8);
  }
  py_strbuf_addc(b, quote);
}

Ref py_str_repr(Ref s) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add_text_repr(&b, py_str_data(s), py_str_len(s), REPR_STR);
  return py_strbuf_finish(&b);
}

Ref py_str_ascii(Ref s) {
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add_text_repr(&b, py_str_data(s), py_str_len(s), REPR_ASCII);
  return py_strbuf_finish(&b);
}

// ---------------------------------------------------------------------------
// Index helpers: code point index <-> byte offset
// ---------------------------------------------------------------------------

static bool str_is_ascii(Ref s) { return py_str_len(s) == py_str_nchars(s); }

// Byte offset of code point `cp` (0 <= cp <= nchars).
size_t py_str_offset(Ref s, size_t cp) {
  StrObj *o = (StrObj *)s;
  if (o->len == o->nchars) return cp;
  const uint8_t *p = (const uint8_t *)o->data;
  if (cp > o->nchars / 2) {
    size_t off = o->len;
    for (size_t k = o->nchars - cp; k; k--) {
      off--;
      while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
  }
  size_t off = 0;
  for (; cp; cp--) {
    off++;
    while ((p[off] & 0xC0) == 0x80) off++;
  }
  return off;
}

// ---------------------------------------------------------------------------
// Type slots
// ---------------------------------------------------------------------------

static void str_dealloc(Ref self) { py_obj_free(self, str_obj_size(self)); }

static Ref str_repr(Ref self) { return py_str_repr(self); }

static Ref str_str(Ref self) {
  if (py_type(self) == &py_str_type) return py_newref(self);
  return py_str_new_n(py_str_data(self), py_str_len(self), py_str_nchars(self));
}

static int str_hash(Ref self, int64_t *out) {
  *out = py_str_hash(self);
  return 0;
}

// Equality, concatenation, repetition and formatting of strs are the common
// cases: they take no detour through the shared slots.
static Ref str_richcompare(Ref a, Ref b, int op) {
  if ((op == CMP_EQ || op == CMP_NE) && py_is_str(a) && py_is_str(b))
    return py_bool(py_str_equal(a, b) == (op == CMP_EQ));
  return py_text_richcompare(true, a, b, op);
}

static Ref str_binop(Ref a, Ref b, int op) {
  op &= ~BINOP_INPLACE;
  if (py_is_str(a)) {
    if (op == BINOP_ADD && py_is_str(b)) return py_str_concat(a, b);
    if (op == BINOP_MUL && py_is_int(b)) return py_text_repeat(a, b);
    if (op == BINOP_MOD) return py_str_percent(a, b);
  }
  return py_text_binop(true, a, b, op);
}

// `in` with a str and s[i] with an ASCII str and a small int are the common
// cases: they take no detour through the shared slots.
static int str_contains(Ref self, Ref v) {
  if (!py_is_str(v)) return py_text_contains(self, v); // the TypeError
  return py_mem_find(py_str_data(self), py_str_len(self), py_str_data(v), py_str_len(v)) >= 0;
}

static Ref str_getitem(Ref self, Ref key) {
  if (py_is_small(key) && str_is_ascii(self)) {
    intptr_t i = py_small_value(key), n = (intptr_t)py_str_len(self);
    if (i < 0) i += n;
    if (i >= 0 && i < n) return str_ascii_char((uint8_t)py_str_data(self)[i]);
  }
  return py_text_getitem(self, key);
}

static int64_t str_length(Ref self) { return (int64_t)py_str_nchars(self); }

static int str_to_bool(Ref self) { return py_str_len(self) != 0; }

// Instance of a str subclass holding a copy of exact str `s` (stolen).
static Ref str_new_subtype(Type *type, Ref s) {
  Ref r = str_alloc_type(type, py_str_len(s));
  if (r) {
    memcpy(((StrObj *)r)->data, py_str_data(s), py_str_len(s));
    ((StrObj *)r)->nchars = py_str_nchars(s);
  }
  py_decref(s);
  return r;
}

static Ref str_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  static const char *const names[] = {"object", "encoding", "errors"};
  static const ArgSpec spec = {"str", names, 3, 0, 0, 3};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref r;
  if (!a[0])
    r = str_empty();
  else if (!a[1] && !a[2])
    r = py_str(a[0]);
  else {
    const char *enc, *err;
    if (py_text_codec_args("str", a + 1, &enc, &err) < 0) return nullptr;
    const char *data;
    size_t len;
    if (py_is_str(a[0])) return py_err_set_str(&py_TypeError_type, "decoding str is not supported");
    if (!py_bytes_view(a[0], &data, &len)) {
      return py_err_format(&py_TypeError_type,
                           "decoding to str: need a bytes-like object, %s found", py_tname(a[0]));
    }
    r = py_str_decode(data, len, enc, err);
  }
  if (!r || type == &py_str_type) return r;
  return str_new_subtype(type, r);
}

// ---------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------

Ref py_text_iter(Ref self) {
  // Like CPython, ASCII strings get their own iterator type name.
  Type *t = py_is_str(self)         ? str_is_ascii(self) ? &py_strasciiiter_type : &py_striter_type
            : py_is_bytearray(self) ? &py_bytearrayiter_type
                                    : &py_bytesiter_type;
  if (!py_type_has(t, TPF_READY) && py_type_ready(t) < 0) return nullptr;
  TextIterObj *it = (TextIterObj *)py_obj_alloc(t, sizeof(TextIterObj));
  if (!it) return nullptr;
  it->seq = py_newref(self);
  return (Ref)it;
}

void py_text_iter_dealloc(Ref self) {
  py_xdecref(((TextIterObj *)self)->seq);
  py_obj_free(self, sizeof(TextIterObj));
}

static Ref striter_next(Ref self) {
  TextIterObj *it = (TextIterObj *)self;
  if (!it->seq) return nullptr;
  if (it->off >= py_str_len(it->seq)) {
    py_clear(&it->seq);
    return nullptr;
  }
  size_t n;
  uint32_t c = py_utf8_decode(py_str_data(it->seq) + it->off, &n);
  it->off += n;
  return py_str_from_codepoint(c);
}

PY_TYPE_DEF(py_striter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "str_iterator",
    .basicsize = sizeof(TextIterObj),
    .dealloc = py_text_iter_dealloc,
    .iter = py_iter_self,
    .iternext = striter_next,
);

PY_TYPE_DEF(py_strasciiiter_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(TextIterObj),
    .dealloc = py_text_iter_dealloc,
    .iter = py_iter_self,
    .iternext = striter_next,
);

// ---------------------------------------------------------------------------
// Methods: helpers
// ---------------------------------------------------------------------------

// Iterates the code points of a str.
struct CpIter {
  const char *d;
  size_t len, off;
};
static bool cp_next(CpIter *it, uint32_t *c) {
  if (it->off >= it->len) return false;
  size_t n;
  *c = py_utf8_decode(it->d + it->off, &n);
  it->off += n;
  return true;
}
static CpIter cp_iter(Ref s) { return CpIter{py_str_data(s), py_str_len(s), 0}; }

// Note [Text methods] (text.cpp): the character predicates and case
// conversions below serve bytes and bytearray too, to which a byte beyond
// ASCII is no letter, digit or space.

// Runs a predicate on every character: empty texts give `empty`.
static Ref text_all(Ref self, bool (*pred)(uint32_t), bool empty) {
  const char *d;
  size_t n;
  bool u = py_text_data(self, &d, &n);
  if (n == 0) return py_bool(empty);
  for (size_t i = 0, cn = 1; i < n; i += cn) {
    uint32_t c = (uint8_t)d[i];
    if (c >= 0x80) {
      if (!u) return py_False;
      c = py_utf8_decode(d + i, &cn);
    } else
      cn = 1;
    if (!pred(c)) return py_False;
  }
  return py_True;
}

static bool pred_alnum(uint32_t c) { return py_unicode_isalpha(c) || py_unicode_isnumeric(c); }
static bool pred_ascii(uint32_t c) { return c < 0x80; }
static bool pred_bytes_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#define STR_PRED_METHOD(name, pred, empty)                                                         \
  static Ref str_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                    \
    return text_all(self, pred, empty);                                                            \
  }
#define TEXT_PRED_METHOD(name, pred, empty)                                                        \
  Ref py_text_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                       \
    return text_all(self, pred, empty);                                                            \
  }
TEXT_PRED_METHOD(isalpha, py_unicode_isalpha, false)
TEXT_PRED_METHOD(isalnum, pred_alnum, false)
TEXT_PRED_METHOD(isdigit, py_unicode_isdigit, false)
TEXT_PRED_METHOD(isspace, py_is_str(self) ? py_unicode_isspace : pred_bytes_space, false)
TEXT_PRED_METHOD(isascii, pred_ascii, true)
STR_PRED_METHOD(isdecimal, py_unicode_isdecimal, false)
STR_PRED_METHOD(isnumeric, py_unicode_isnumeric, false)
STR_PRED_METHOD(isprintable, py_unicode_isprintable, true)

// isupper (0), islower (1), istitle (2).
static Ref text_iscase(Ref self, int which) {
  const char *d;
  size_t n;
  bool u = py_text_data(self, &d, &n), cased = false, prev_cased = false;
  for (size_t i = 0, cn = 1; i < n; i += cn) {
    uint32_t c = (uint8_t)d[i];
    cn = 1;
    if (c >= 0x80 && u) c = py_utf8_decode(d + i, &cn);
    bool letter = u || c < 0x80, up = letter && uc_isupper(c), lo = letter && uc_islower(c);
    if (which == 2) {
      up = up || (letter && uc_istitlecase(c));
      if (!up && !lo) {
        prev_cased = false;
        continue;
      }
      if (up == prev_cased) return py_False; // upper after cased, lower after uncased
      prev_cased = cased = true;
    } else {
      if (which == 0 ? lo : up) return py_False;
      cased = cased || (which == 0 ? up : lo);
    }
  }
  return py_bool(cased);
}

Ref py_text_isupper(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_iscase(self, 0);
}
Ref py_text_islower(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_iscase(self, 1);
}
Ref py_text_istitle(Ref self, Ref const *args, size_t nargs, Ref kw) {
  return text_iscase(self, 2);
}

bool py_str_isidentifier(Ref s) {
  CpIter it = cp_iter(s);
  uint32_t c;
  if (!cp_next(&it, &c) || !py_unicode_isidstart(c)) return false;
  while (cp_next(&it, &c)) {
    if (!py_unicode_isidcontinue(c)) return false;
  }
  return true;
}

static Ref str_isidentifier(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_bool(py_str_isidentifier(self));
}

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

enum CaseMode { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_FOLD };

// Greek capital sigma lowers to the final form at the end of a word.
static bool str_final_sigma(const char *d, size_t len, size_t off, size_t clen) {
  bool before = false;
  for (size_t i = off; i > 0;) {
    i--;
    while (i > 0 && ((uint8_t)d[i] & 0xC0) == 0x80) i--;
    size_t n;
    uint32_t p = py_utf8_decode(d + i, &n);
    if (p == '\'' || p == 0x2019 || p == 0xB7) continue; // case-ignorable
    before = uc_iscased(p);
    break;
  }
  if (!before) return false;
  for (size_t i = off + clen; i < len;) {
    size_t n;
    uint32_t p = py_utf8_decode(d + i, &n);
    i += n;
    if (p == '\'' || p == 0x2019 || p == 0xB7) continue;
    return !uc_iscased(p);
  }
  return true;
}

// Characters whose upper / title / folded forms are several characters.
struct FullCase {
  uint32_t c;
  const char *upper, *title, *fold;
};
static const FullCase full_cases[] = {
    {0xDF, "SS", "Ss", "ss"},      {0x149, "\xca\xbcN", "\xca\xbcN", "\xca\xbcn"},
    {0xFB00, "FF", "Ff", "ff"},    {0xFB01, "FI", "Fi", "fi"},
    {0xFB02, "FL", "Fl", "fl"},    {0xFB03, "FFI", "Ffi", "ffi"},
    {0xFB04, "FFL", "Ffl", "ffl"}, {0xFB05, "ST", "St", "st"},
    {0xFB06, "ST", "St", "st"},
};

// Appends the case mapping of the code point at d[off] (clen bytes).
static void str_map_char(StrBuf *b, const char *d, size_t len, size_t off, size_t clen, uint32_t c,
                         CaseMode m) {
  if (m != CASE_LOWER) {
    for (const FullCase &f : full_cases) {
      if (f.c == c) {
        py_strbuf_adds(b, m == CASE_UPPER ? f.upper : m == CASE_TITLE ? f.title : f.fold);
        return;
      }
    }
  }
  if (c == 0x130 && m != CASE_UPPER && m != CASE_TITLE) {
    py_strbuf_adds(b, "i\xcc\x87");
    return;
  }
  uint32_t r;
  if (m == CASE_UPPER)
    r = py_unicode_toupper(c);
  else if (m == CASE_TITLE)
    r = uc_totitle(c);
  else if (c == 0x3A3 && m == CASE_LOWER && str_final_sigma(d, len, off, clen))
    r = 0x3C2;
  else {
    r = py_unicode_tolower(c);
    if (m == CASE_FOLD) {
      if (r == 0x3C2)
        r = 0x3C3;
      else if (r == 0xB5)
        r = 0x3BC;
      else if (r == 0x17F)
        r = 's';
    }
  }
  py_strbuf_add_codepoint(b, r);
}

enum CaseOp { OP_LOWER, OP_UPPER, OP_SWAP, OP_FOLD, OP_TITLE, OP_CAPITALIZE };

// A str with code points beyond ASCII.
static Ref str_case(Ref self, CaseOp op) {
  const char *d = py_str_data(self);
  size_t len = py_str_len(self);
  StrBuf b;
  py_strbuf_init(&b);
  bool prev_cased = false, first = true;
  for (size_t off = 0; off < len;) {
    size_t n;
    uint32_t c = py_utf8_decode(d + off, &n);
    CaseMode m;
    switch (op) {
    case OP_LOWER: m = CASE_LOWER; break;
    case OP_UPPER: m = CASE_UPPER; break;
    case OP_FOLD: m = CASE_FOLD; break;
    case OP_SWAP: m = uc_isupper(c) ? CASE_LOWER : uc_islower(c) ? CASE_UPPER : CASE_FOLD; break;
    case OP_TITLE: m = prev_cased ? CASE_LOWER : CASE_TITLE; break;
    default: m = first ? CASE_TITLE : CASE_LOWER; break;
    }
    if (op == OP_SWAP && m == CASE_FOLD)
      py_strbuf_add(&b, d + off, n);
    else
      str_map_char(&b, d, len, off, n, c, m);
    prev_cased = uc_iscased(c);
    first = false;
    off += n;
  }
  return py_strbuf_finish(&b);
}

// bytes, bytearray and ASCII strs: one byte per character, the ASCII letters
// the only cased ones.
static Ref text_case(Ref self, CaseOp op) {
  if (py_is_str(self) && py_str_nchars(self) != py_str_len(self)) return str_case(self, op);
  const char *d;
  size_t len;
  py_text_data(self, &d, &len);
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_add(&b, d, len);
  // In locals: a store through p may alias what has its address taken (b, len).
  char *p = b.failed ? nullptr : b.data;
  size_t n = len;
  if (op == OP_LOWER || op == OP_UPPER || op == OP_FOLD) { // the common ones, quickly
    char from = op == OP_UPPER ? 'a' : 'A';
    for (size_t i = 0; p && i < n; i++)
      if ((uint8_t)(p[i] - from) < 26) p[i] ^= 0x20;
    return py_text_from_buf(self, &b);
  }
  bool swap = op == OP_SWAP, title = op == OP_TITLE, prev_cased = false;
  for (size_t i = 0; p && i < n; i++) {
    uint8_t c = (uint8_t)p[i];
    bool letter = (uint8_t)((c | 0x20) - 'a') < 26, up = !(c & 0x20);
    if (letter && up != (swap ? !up : title ? !prev_cased : i == 0)) p[i] = (char)(c ^ 0x20);
    prev_cased = letter;
  }
  return py_text_from_buf(self, &b);
}

#define TEXT_CASE_METHOD(name, op)                                                                 \
  Ref py_text_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames) {                       \
    return text_case(self, op);                                                                    \
  }
TEXT_CASE_METHOD(lower, OP_LOWER)
TEXT_CASE_METHOD(upper, OP_UPPER)
TEXT_CASE_METHOD(swapcase, OP_SWAP)
TEXT_CASE_METHOD(casefold, OP_FOLD)
TEXT_CASE_METHOD(title, OP_TITLE)
TEXT_CASE_METHOD(capitalize, OP_CAPITALIZE)

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Splitting, stripping, partitioning
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// translate / maketrans
// ---------------------------------------------------------------------------

static Ref str_translate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref table = args[0];
  StrBuf b;
  py_strbuf_init(&b);
  CpIter it = cp_iter(self);
  uint32_t c;
  size_t prev = 0;
  while (cp_next(&it, &c)) {
    size_t at = prev;
    prev = it.off;
    Ref key = py_small_new((intptr_t)c);
    Ref v = py_getitem(table, key);
    if (!v) {
      if (!py_err_matches(&py_LookupError_type)) goto fail;
      py_err_clear();
      py_strbuf_add(&b, it.d + at, it.off - at);
      continue;
    }
    if (v == py_None) {
    } else if (py_is_int(v)) {
      int64_t cp;
      if (py_int_as_i64(v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
        py_decref(v);
        if (!py_err_occurred() || py_err_matches(&py_OverflowError_type)) {
          py_err_clear();
          py_err_set_str(&py_ValueError_type, "character mapping must be in range(0x110000)");
        }
        goto fail;
      }
      py_strbuf_add_codepoint(&b, (uint32_t)cp);
    } else if (py_is_str(v)) {
      py_strbuf_add(&b, py_str_data(v), py_str_len(v));
    } else {
      py_err_set_str(&py_TypeError_type, "character mapping must return integer, None or str");
      py_decref(v);
      goto fail;
    }
    py_decref(v);
  }
  return py_strbuf_finish(&b);
fail:
  py_strbuf_free(&b);
  return nullptr;
}

static int maketrans_key(Ref d, uint32_t c, Ref v) {
  return py_dict_set(d, py_small_new((intptr_t)c), v);
}

static Ref str_maketrans(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref d = py_dict_new();
  if (!d) return nullptr;
  if (nargs == 1) {
    if (!py_is_dict(args[0])) {
      py_decref(d);
      return py_err_set_str(&py_TypeError_type,
                            "if you give only one argument to maketrans it must be a dict");
    }
    size_t pos = 0;
    Ref k, v;
    while (py_dict_next(args[0], &pos, &k, &v)) {
      int r;
      if (py_is_str(k)) {
        if (py_str_nchars(k) != 1) {
          py_decref(d);
          return py_err_set_str(&py_ValueError_type,
                                "string keys in translate table must be of length 1");
        }
        size_t n;
        r = maketrans_key(d, py_utf8_decode(py_str_data(k), &n), v);
      } else if (py_is_int(k))
        r = py_dict_set(d, k, v);
      else {
        py_decref(d);
        return py_err_set_str(&py_TypeError_type,
                              "keys in translate table must be strings or integers");
      }
      if (r < 0) {
        py_decref(d);
        return nullptr;
      }
    }
    return d;
  }
  for (size_t k = 1; k < nargs; k++) {
    if (!py_is_str(args[k])) {
      py_decref(d);
      return py_err_format(&py_TypeError_type, "maketrans() argument %zu must be str, not %s",
                           k + 1, py_tname(args[k]));
    }
  }
  if (!py_is_str(args[0])) {
    py_decref(d);
    return py_err_set_str(
        &py_TypeError_type,
        "first maketrans argument must be a string if there is a second argument");
  }
  if (py_str_nchars(args[0]) != py_str_nchars(args[1])) {
    py_decref(d);
    return py_err_set_str(&py_ValueError_type,
                          "the first two maketrans arguments must have equal length");
  }
  CpIter x = cp_iter(args[0]), y = cp_iter(args[1]);
  uint32_t cx, cy;
  while (cp_next(&x, &cx) && cp_next(&y, &cy)) {
    if (maketrans_key(d, cx, py_small_new((intptr_t)cy)) < 0) {
      py_decref(d);
      return nullptr;
    }
  }
  if (nargs == 3) {
    CpIter z = cp_iter(args[2]);
    while (cp_next(&z, &cx)) {
      if (maketrans_key(d, cx, py_None) < 0) {
        py_decref(d);
        return nullptr;
      }
    }
  }
  return d;
}

// ---------------------------------------------------------------------------
// Formatting and encoding entry points
// ---------------------------------------------------------------------------

static Ref str_format(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_str_format_method(self, args, nargs, kwnames);
}

static Ref str_format_map(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_str_format_mapping(self, nullptr, 0, args[0]);
}

static Ref str___format__(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (!py_is_str(args[0])) {
    return py_err_format(&py_TypeError_type, "__format__() argument must be str, not %s",
                         py_tname(args[0]));
  }
  return py_str_format_spec(self, args[0]);
}

static const MethodDef str_methods[] = {
    {"capitalize", py_text_capitalize, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"casefold", py_text_casefold, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"center", py_text_center, METH_ARGS(1, 2)},
    {"count", py_text_count},
    {"encode", py_text_codec},
    {"endswith", py_text_endswith},
    {"expandtabs", py_text_expandtabs},
    {"find", py_text_find},
    {"format", str_format},
    {"format_map", str_format_map, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"index", py_text_index},
    {"isalnum", py_text_isalnum, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isalpha", py_text_isalpha, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isascii", py_text_isascii, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isdecimal", str_isdecimal, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isdigit", py_text_isdigit, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isidentifier", str_isidentifier, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"islower", py_text_islower, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isnumeric", str_isnumeric, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isprintable", str_isprintable, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isspace", py_text_isspace, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"istitle", py_text_istitle, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"isupper", py_text_isupper, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"join", py_text_join, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"ljust", py_text_ljust, METH_ARGS(1, 2)},
    {"lower", py_text_lower, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"lstrip", py_text_lstrip, METH_ARGS(0, 1)},
    {"maketrans", str_maketrans, METH_STATIC | METH_ARGS(1, 3)},
    {"partition", py_text_partition, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"removeprefix", py_text_removeprefix, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"removesuffix", py_text_removesuffix, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"replace", py_text_replace, METH_ARGS(2, 3)},
    {"rfind", py_text_rfind},
    {"rindex", py_text_rindex},
    {"rjust", py_text_rjust, METH_ARGS(1, 2)},
    {"rpartition", py_text_rpartition, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"rsplit", py_text_rsplit},
    {"rstrip", py_text_rstrip, METH_ARGS(0, 1)},
    {"split", py_text_split},
    {"splitlines", py_text_splitlines},
    {"startswith", py_text_startswith},
    {"strip", py_text_strip, METH_ARGS(0, 1)},
    {"swapcase", py_text_swapcase, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"title", py_text_title, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"translate", str_translate, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"upper", py_text_upper, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"zfill", py_text_zfill, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"__format__", str___format__, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"__getnewargs__", py_text_getnewargs, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

PY_TYPE_DEF(py_str_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "str",
    .flags = TPF_BASETYPE | TPF_STR_SUBCLASS,
    .basicsize = sizeof(StrObj),
    .itemsize = 1,
    .dictoffset = 0,
    .base = &py_object_type,
    .dealloc = str_dealloc,
    .tp_new = str_tp_new,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = py_text_iter,
    .binop = str_binop,
    .to_bool = str_to_bool,
    .length = str_length,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = str_methods,
    .doc = PY_DOC("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"),
);
