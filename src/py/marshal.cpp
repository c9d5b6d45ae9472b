// Compiled code as bytes: the format frozen modules are stored in, so the
// binary carries bytecode instead of source and importing them compiles
// nothing (Note [Frozen bytecode]).
//
// Note [Frozen bytecode]
// tools/embed_py.py runs the host tool `upyfreeze` (tools/upyfreeze.cpp) on
// each library module; it compiles the module with this runtime's compiler and
// writes py_code_dump's bytes, which become a const array in the binary.
// py_code_load rebuilds the code objects. A code object comes in one of two
// forms, chosen when freezing:
//   - in place ('C'): the instructions are stored as the VM runs them, 4 bytes
//     each, and the code object points into the array (CO_BORROWED), so on a
//     microcontroller they stay in flash and only the objects around them take
//     RAM. That needs the array 4-aligned (embed_py.py declares it so) and the
//     target little-endian like the format.
//   - packed ('P'): an instruction is one byte (opcode, high bit set when an
//     argument follows) plus its argument as a varint; about 40% of the in-place
//     size, but loading copies the instructions into RAM.
//
// Layout, all integers little-endian; an object is a tag byte then its body:
//   'N' None  'T' True  'F' False  'E' Ellipsis
//   'i' int: zigzag varint (fits int64)        'I' int: varint length + decimal digits
//   'f' float: 8 bytes IEEE                     's' / 'S' str (S: interned): varint length + UTF-8
//   'c' complex: the real, then the imaginary part, 8 bytes each as in 'f'
//   'b' bytes: varint length + data             't' / 'z' tuple / frozenset: varint n + n objects
//   ')' the empty tuple
//   'r' varint k: the k-th str stored so far (each distinct str is stored once)
//   'C' / 'P' code: the header fields of CodeObj as varints (ncode nlines flags
//       argcount posonlyargcount kwonlyargcount stacksize blocksize firstlineno),
//       the instructions ('C': padding to 4 bytes, then raw), the line table
//       (obj.h, LineEntry), the objects name qualname filename consts names
//       varnames cellvars freevars, then cell2arg as varints of value + 1.
//   A qualname that is the enclosing code's qualname + a separator + the name
//   (most are: "C.f", "f.<locals>.g") is stored as 'q' / 'Q' (Q: interned) and
//   the separator; it counts as a stored str for 'r'.
#include <cstring>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/opcodes.h"
#include "py/strobj.h"

static_assert(sizeof(Instr) == 4, "the format stores instructions raw");
static_assert(OP_COUNT <= 0x80,
              "packed instructions keep the opcode's high bit for 'has an argument'");

// ---------------------------------------------------------------------------
// Writing

static void put_u32(StrBuf *b, uint32_t v) {
  char c[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  py_strbuf_add(b, c, 4);
}

static void put_double(StrBuf *b, double d) {
  uint64_t bits;
  memcpy(&bits, &d, 8);
  put_u32(b, (uint32_t)bits);
  put_u32(b, (uint32_t)(bits >> 32));
}

static void put_varint(StrBuf *b, uint64_t v) {
  do {
    uint8_t byte = v & 0x7F;
    v >>= 7;
    py_strbuf_addc(b, (char)(byte | (v ? 0x80 : 0)));
  } while (v);
}

static void put_bytes(StrBuf *b, char tag, const char *data, size_t n) {
  py_strbuf_addc(b, tag);
  put_varint(b, n);
  py_strbuf_add(b, data, n);
}

namespace {
struct Dumper {
  StrBuf *b;
  Ref seen[2]; // dicts: str -> its index in the stream, for plain / interned strs
  size_t nstrs;
  bool packed;
  Ref outer_qualname; // of the code whose constants are being written, or nullptr
};
} // namespace

static int dump_obj(Dumper *d, Ref o);

static bool is_interned(Ref s) { return ((StrObj *)s)->interned; }

// The index of a str already stored, or -1 (also on error).
static int64_t stored_str(Dumper *d, Ref s) {
  Ref index = py_dict_get(d->seen[is_interned(s)], s);
  return index ? (int64_t)py_small_value(index) : -1;
}

static int remember_str(Dumper *d, Ref s) {
  Ref k = py_int_from_i64((int64_t)d->nstrs++);
  int r = k ? py_dict_set(d->seen[is_interned(s)], s, k) : -1;
  py_xdecref(k);
  return r;
}

// A str: a reference to its first copy, or the str itself (then remembered).
static int dump_str(Dumper *d, Ref s) {
  int64_t index = stored_str(d, s);
  if (index >= 0) {
    py_strbuf_addc(d->b, 'r');
    put_varint(d->b, (uint64_t)index);
    return 0;
  }
  if (py_err_occurred()) return -1;
  put_bytes(d->b, is_interned(s) ? 'S' : 's', py_str_data(s), py_str_len(s));
  return remember_str(d, s);
}

// outer + separator + name, when qualname has that shape, else nullptr.
static Ref qualname_separator(Ref outer, Ref qualname, Ref name) {
  size_t lo = py_str_len(outer), lq = py_str_len(qualname), ln = py_str_len(name);
  const char *q = py_str_data(qualname);
  if (lq < lo + ln || memcmp(q, py_str_data(outer), lo) != 0 ||
      memcmp(q + lq - ln, py_str_data(name), ln) != 0)
    return nullptr;
  return py_str_new(q + lo, lq - lo - ln);
}

static int dump_qualname(Dumper *d, CodeObj *co) {
  Ref q = co->qualname;
  Ref sep = d->outer_qualname && stored_str(d, q) < 0 && !py_err_occurred()
                ? qualname_separator(d->outer_qualname, q, co->name)
                : nullptr;
  if (!sep) return py_err_occurred() ? -1 : dump_str(d, q);
  py_strbuf_addc(d->b, is_interned(q) ? 'Q' : 'q');
  int r = dump_str(d, sep);
  py_decref(sep);
  return r < 0 ? -1 : remember_str(d, q);
}

static void dump_instrs(Dumper *d, CodeObj *co) {
  StrBuf *b = d->b;
  if (!d->packed) {
    while (b->len % 4) py_strbuf_addc(b, 0);
    for (uint32_t i = 0; i < co->ncode; i++) put_u32(b, co->code[i]);
    return;
  }
  for (uint32_t i = 0; i < co->ncode; i++) {
    uint32_t arg = py_instr_arg(co->code[i]);
    py_strbuf_addc(b, (char)(py_instr_op(co->code[i]) | (arg ? 0x80 : 0)));
    if (arg) put_varint(b, arg);
  }
}

static int dump_code(Dumper *d, CodeObj *co) {
  StrBuf *b = d->b;
  py_strbuf_addc(b, d->packed ? 'P' : 'C');
  uint32_t header[] = {co->ncode,     co->nlines,          co->flags & ~CO_BORROWED,
                       co->argcount,  co->posonlyargcount, co->kwonlyargcount,
                       co->stacksize, co->blocksize,       co->firstlineno};
  for (uint32_t v : header) put_varint(b, v);
  dump_instrs(d, co);
  py_strbuf_add(b, (const char *)co->lines, co->nlines);
  if (dump_obj(d, co->name) < 0 || dump_qualname(d, co) < 0 || dump_obj(d, co->filename) < 0)
    return -1;
  Ref outer = d->outer_qualname;
  d->outer_qualname = co->qualname;
  Ref fields[] = {co->consts, co->names, co->varnames, co->cellvars, co->freevars};
  for (Ref f : fields)
    if (dump_obj(d, f) < 0) return -1;
  d->outer_qualname = outer;
  size_t ncells = py_tuple_len(co->cellvars);
  for (size_t i = 0; i < ncells; i++)
    put_varint(b, co->cell2arg ? (uint32_t)(co->cell2arg[i] + 1) : 0);
  return 0;
}

static int dump_obj(Dumper *d, Ref o) {
  StrBuf *b = d->b;
  if (o == py_None) return py_strbuf_addc(b, 'N'), 0;
  if (o == py_True) return py_strbuf_addc(b, 'T'), 0;
  if (o == py_False) return py_strbuf_addc(b, 'F'), 0;
  if (o == py_Ellipsis) return py_strbuf_addc(b, 'E'), 0;
  Type *t = py_type(o);
  if (t == &py_int_type) {
    int64_t v;
    if (py_int_as_i64(o, &v) == 0) {
      py_strbuf_addc(b, 'i');
      put_varint(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
      return 0;
    }
    py_err_clear();
    Ref s = py_int_to_str_base(o, 10);
    if (!s) return -1;
    put_bytes(b, 'I', py_str_data(s), py_str_len(s));
    py_decref(s);
    return 0;
  }
  if (t == &py_float_type) {
    py_strbuf_addc(b, 'f');
    put_double(b, py_float_value(o));
    return 0;
  }
#if UPY_ENABLE_COMPLEX
  if (t == &py_complex_type) {
    py_strbuf_addc(b, 'c');
    put_double(b, ((ComplexObj *)o)->re);
    put_double(b, ((ComplexObj *)o)->im);
    return 0;
  }
#endif
  if (t == &py_str_type) return dump_str(d, o);
  if (t == &py_bytes_type) {
    put_bytes(b, 'b', py_bytes_data(o), py_bytes_len(o));
    return 0;
  }
  if (t == &py_tuple_type || t == &py_frozenset_type) {
    Ref items = t == &py_tuple_type ? py_newref(o) : py_sequence_tuple(o);
    if (!items) return -1;
    size_t n = py_tuple_len(items);
    if (n == 0 && t == &py_tuple_type) {
      py_strbuf_addc(b, ')');
    } else {
      py_strbuf_addc(b, t == &py_tuple_type ? 't' : 'z');
      put_varint(b, n);
    }
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) r = dump_obj(d, py_tuple_items(items)[i]);
    py_decref(items);
    return r;
  }
  if (t == &py_code_type) return dump_code(d, (CodeObj *)o);
  py_err_format(&py_ValueError_type, "cannot store a '%s' constant in frozen bytecode",
                py_tname(o));
  return -1;
}

int py_code_dump(Ref code, StrBuf *out, bool packed) {
  if (py_type(code) != &py_code_type) {
    py_err_set_str(&py_TypeError_type, "py_code_dump: not a code object");
    return -1;
  }
  Dumper d = {out, {py_dict_new(), py_dict_new()}, 0, packed, nullptr};
  int r = d.seen[0] && d.seen[1] ? dump_code(&d, (CodeObj *)code) : -1;
  py_xdecref(d.seen[0]);
  py_xdecref(d.seen[1]);
  return r < 0 || out->failed ? -1 : 0;
}

// ---------------------------------------------------------------------------
// Reading. The bytes come from our own build, but a truncated or corrupt
// array still fails cleanly (ValueError), never reads out of bounds.

namespace {
struct Reader {
  const uint8_t *base, *p, *end;
  Ref strs;           // list: the strs read so far, for 'r'
  Ref outer_qualname; // of the code whose constants are being read, or nullptr
};
} // namespace

static Ref bad_data() { return py_err_set_str(&py_ValueError_type, "bad frozen bytecode"); }

static bool get_varint(Reader *r, uint64_t *v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (r->p >= r->end) return false;
    uint8_t byte = *r->p++;
    *v |= (uint64_t)(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

static bool get_u32(Reader *r, uint32_t *v) {
  uint64_t w;
  if (!get_varint(r, &w) || w > UINT32_MAX) return false;
  *v = (uint32_t)w;
  return true;
}

static bool get_double(Reader *r, double *d) {
  if (r->end - r->p < 8) return false;
  uint64_t bits = 0;
  for (int i = 7; i >= 0; i--) bits = bits << 8 | r->p[i];
  r->p += 8;
  memcpy(d, &bits, 8);
  return true;
}

// The next n bytes, or nullptr when fewer remain.
static const char *get_span(Reader *r, size_t *n) {
  uint64_t len;
  if (!get_varint(r, &len) || len > (uint64_t)(r->end - r->p)) return nullptr;
  const char *s = (const char *)r->p;
  r->p += len;
  *n = (size_t)len;
  return s;
}

static Ref load_obj(Reader *r, bool borrow, int depth);

static Ref remember_str(Reader *r, Ref s) {
  if (s && py_list_append(r->strs, s) < 0) py_clear(&s);
  return s;
}

// The qualname field: a str, or 'q' / 'Q' + separator (Note [Frozen bytecode]).
static Ref load_qualname(Reader *r, Ref name, int depth) {
  if (r->p >= r->end || (*r->p != 'q' && *r->p != 'Q')) return load_obj(r, false, depth);
  bool interned = *r->p++ == 'Q';
  if (!r->outer_qualname || py_type(name) != &py_str_type) return bad_data();
  Ref sep = load_obj(r, false, depth);
  if (!sep) return nullptr;
  Ref q = py_type(sep) == &py_str_type ? py_str_format("%U%U%U", r->outer_qualname, sep, name)
                                       : bad_data();
  py_decref(sep);
  if (q && interned) q = py_str_intern_ref(q);
  return remember_str(r, q);
}

static bool get_packed_instr(Reader *r, Instr *out) {
  if (r->p >= r->end) return false;
  uint8_t op = *r->p++;
  uint64_t arg = 0;
  if ((op & 0x80) && (!get_varint(r, &arg) || arg > PY_MAX_INSTR_ARG)) return false;
  *out = py_instr(op & 0x7F, (uint32_t)arg);
  return true;
}

// The instructions: in place (borrowed or copied) or unpacked into new memory.
static Instr *load_instrs(Reader *r, bool packed, uint32_t ncode, bool borrow) {
  const uint8_t *raw = nullptr;
  if (!packed) {
    while ((r->p - r->base) % 4) r->p++;
    if (r->p > r->end || (uint64_t)(r->end - r->p) < (uint64_t)ncode * 4)
      return (Instr *)bad_data();
    raw = r->p;
    r->p += (size_t)ncode * 4;
    if (borrow) return (Instr *)raw;
  }
  Instr *code = (Instr *)py_malloc(ncode * sizeof(Instr));
  if (!code || raw) return code ? (Instr *)memcpy(code, raw, ncode * sizeof(Instr)) : nullptr;
  for (uint32_t i = 0; i < ncode; i++) {
    if (!get_packed_instr(r, &code[i])) {
      py_free(code, ncode * sizeof(Instr));
      return (Instr *)bad_data();
    }
  }
  return code;
}

static bool get_header(Reader *r, uint32_t *h, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!get_u32(r, &h[i])) return false;
  return h[3] <= UINT16_MAX && h[4] <= UINT16_MAX && h[5] <= UINT16_MAX;
}

// Frees a code object whose loading failed part way; every field must be set
// for code_dealloc.
static Ref drop_code(CodeObj *co) {
  Ref *fields[] = {&co->name,  &co->qualname, &co->filename, &co->consts,
                   &co->names, &co->varnames, &co->cellvars, &co->freevars};
  for (int k = 0; k < 8; k++)
    if (!*fields[k]) *fields[k] = k >= 3 ? py_tuple_new(0) : py_str_new("", 0);
  py_decref((Ref)co);
  return nullptr;
}

static Ref load_code(Reader *r, bool packed, bool borrow, int depth) {
  uint32_t h[9];
  if (!get_header(r, h, 9)) return bad_data();
  uint32_t ncode = h[0], nlines = h[1];
  if (borrow && !packed && (uintptr_t)r->base % 4) return bad_data();
  Instr *code = load_instrs(r, packed, ncode, borrow);
  if (!code) return nullptr;
  bool borrowed = borrow && !packed;
  if ((uint64_t)(r->end - r->p) < nlines) {
    if (!borrowed) py_free(code, ncode * sizeof(Instr));
    return bad_data();
  }
  const uint8_t *lines = r->p;
  r->p += nlines;
  CodeObj *co = (CodeObj *)py_obj_alloc(&py_code_type, sizeof(CodeObj));
  if (!co) {
    if (!borrowed) py_free(code, ncode * sizeof(Instr));
    return nullptr;
  }
  co->flags = (h[2] & ~CO_BORROWED) | (borrowed ? (uint32_t)CO_BORROWED : 0u);
  co->code = code;
  co->ncode = ncode;
  co->nlines = nlines;
  co->lines = (uint8_t *)lines;
  if (!borrowed) {
    co->lines = nlines ? (uint8_t *)py_malloc(nlines) : nullptr;
    if (nlines && !co->lines) {
      co->nlines = 0; // code_dealloc frees by the sizes
      return drop_code(co);
    }
    if (nlines) memcpy(co->lines, lines, nlines);
  }
  co->argcount = (uint16_t)h[3];
  co->posonlyargcount = (uint16_t)h[4];
  co->kwonlyargcount = (uint16_t)h[5];
  co->stacksize = h[6];
  co->blocksize = h[7];
  co->firstlineno = h[8];
  co->name = load_obj(r, borrow, depth + 1);
  co->qualname = co->name ? load_qualname(r, co->name, depth + 1) : nullptr;
  co->filename = co->qualname ? load_obj(r, borrow, depth + 1) : nullptr;
  Ref outer = r->outer_qualname;
  r->outer_qualname = co->qualname;
  Ref *fields[] = {&co->name,  &co->qualname, &co->filename, &co->consts,
                   &co->names, &co->varnames, &co->cellvars, &co->freevars};
  for (int i = 0; i < 8; i++) {
    if (i >= 3) *fields[i] = load_obj(r, borrow, depth + 1);
    bool want_tuple = i >= 3;
    if (!*fields[i] || py_type(*fields[i]) != (want_tuple ? &py_tuple_type : &py_str_type)) {
      if (*fields[i]) bad_data();
      r->outer_qualname = outer;
      return drop_code(co);
    }
  }
  r->outer_qualname = outer;
  size_t nlocals = py_tuple_len(co->varnames), ncells = py_tuple_len(co->cellvars);
  if (nlocals > UINT16_MAX) {
    bad_data();
    return drop_code(co);
  }
  co->nlocals = (uint16_t)nlocals;
  if (ncells && !(co->cell2arg = (int32_t *)py_malloc(ncells * sizeof(int32_t))))
    return drop_code(co);
  for (size_t i = 0; i < ncells; i++) {
    uint32_t v;
    if (!get_u32(r, &v)) {
      bad_data();
      return drop_code(co);
    }
    co->cell2arg[i] = (int32_t)v - 1;
  }
  return (Ref)co;
}

static Ref load_obj(Reader *r, bool borrow, int depth) {
  if (depth > 100 || r->p >= r->end) return bad_data();
  char tag = (char)*r->p++;
  size_t n;
  const char *s;
  switch (tag) {
  case 'N': return py_None;
  case 'T': return py_True;
  case 'F': return py_False;
  case 'E': return py_Ellipsis;
  case 'i': {
    uint64_t z;
    if (!get_varint(r, &z)) return bad_data();
    return py_int_from_i64((int64_t)(z >> 1) ^ -(int64_t)(z & 1));
  }
  case 'I':
    if (!(s = get_span(r, &n))) return bad_data();
    return py_int_from_str(s, n, 10);
  case 'f': {
    double d;
    return get_double(r, &d) ? py_float_new(d) : bad_data();
  }
#if UPY_ENABLE_COMPLEX
  case 'c': {
    double re, im;
    return get_double(r, &re) && get_double(r, &im) ? py_complex_new(re, im) : bad_data();
  }
#endif
  case 's':
  case 'S':
    if (!(s = get_span(r, &n))) return bad_data();
    return remember_str(r, tag == 'S' ? py_str_intern_n(s, n) : py_str_new(s, n));
  case 'r': {
    uint64_t k;
    if (!get_varint(r, &k) || k >= py_list_len(r->strs)) return bad_data();
    return py_newref(py_list_items(r->strs)[k]);
  }
  case 'b':
    if (!(s = get_span(r, &n))) return bad_data();
    return py_bytes_new(s, n);
  case 't':
  case 'z': {
    uint64_t count;
    if (!get_varint(r, &count) || count > (uint64_t)(r->end - r->p)) return bad_data();
    Ref t = py_tuple_new((size_t)count);
    if (!t) return nullptr;
    for (size_t i = 0; i < count; i++) {
      Ref item = load_obj(r, borrow, depth + 1);
      if (!item) {
        py_decref(t);
        return nullptr;
      }
      py_tuple_items(t)[i] = item;
    }
    if (tag == 't') return t;
    Ref fs = py_frozenset_new(t);
    py_decref(t);
    return fs;
  }
  case ')': return py_tuple_new(0);
  case 'C':
  case 'P': return load_code(r, tag == 'P', borrow, depth);
  default: return bad_data();
  }
}

Ref py_code_load(const uint8_t *data, size_t len, bool borrow) {
  if (len == 0 || (*data != 'C' && *data != 'P')) return bad_data();
  Reader r = {data, data, data + len, py_list_new(0), nullptr};
  if (!r.strs) return nullptr;
  Ref co = load_obj(&r, borrow, 0);
  py_decref(r.strs);
  if (co && r.p != r.end) {
    py_decref(co);
    return bad_data();
  }
  return co;
}

// ---------------------------------------------------------------------------
// Note [Compressed frozen modules]
// With packed instructions nothing is borrowed, so embed_py.py also compresses
// the module's bytes (to about 58%): LZ77 matches and literals, Huffman-coded
// with code lengths that all modules of a table share (FrozenModuleDef::
// code_lens: the 288 of the literal/length alphabet, then the 32 of the
// distance one; ORDER HUFFMAN ALPHABETS). Symbols 0-255 are literal bytes;
// 256 + s starts a match: slot s codes the length - 3, then a distance-alphabet
// slot codes the distance - 1. Slots 0-3 are their value; slot 2b + m, b >= 2,
// is 2^b + m 2^(b-1) plus b - 1 extra bits that follow the code. The stream
// fills each byte from bit 0; a code's bits come from its most significant,
// extra bits from their least. Codes are canonical: those of one length are
// consecutive in symbol order, shorter lengths first. A match may overlap the
// bytes it produces; the stream ends when unpacked_len bytes are out.
// The size build compresses the modules' source text the same way instead
// (FrozenModuleDef::code_is_source): about 55% of the packed bytecode's
// compressed size, for a compile on import (import.cpp, frozen_code). The
// largest module's text then serves the others as a preset dictionary: their
// matches may reach back into it (FrozenModuleDef::preset; 11% smaller), at the
// cost of unpacking it too.

namespace {
// The bit stream, read through a 64-bit buffer: the next bit is acc's bit 0.
// Past the end it reads zeros, counted in `pad`; consuming any of them makes
// the data bad (checked once at the end: n < pad).
struct Bits {
  const uint8_t *p, *end;
  uint64_t acc;
  unsigned n;   // bits in acc
  unsigned pad; // zero bits appended past the end
};

// A canonical code: how many codes of each length, the symbols in code order,
// and a table decoding any code of up to kFastBits bits in one look-up:
// fast[next kFastBits bits of the stream] = length << 9 | symbol, 0 if longer.
constexpr int kFastBits = 9;
struct Huffman {
  uint16_t count[16];
  uint16_t sym[288];
  uint16_t fast[1 << kFastBits];
};
} // namespace

static inline void refill(Bits *b) {
  while (b->n <= 56) {
    uint64_t byte = 0;
    if (b->p < b->end)
      byte = *b->p++;
    else
      b->pad += 8;
    b->acc |= byte << b->n;
    b->n += 8;
  }
}

// The next k bits (k <= 32), the first read in bit 0.
static inline unsigned take_bits(Bits *b, unsigned k) {
  refill(b);
  unsigned v = (unsigned)(b->acc & ((1ull << k) - 1));
  b->acc >>= k;
  b->n -= k;
  return v;
}

// lens: each symbol's code length, 1-15, or 0 for a symbol without a code.
static void huffman_build(Huffman *h, const uint8_t *lens, int n) {
  uint16_t at[16];
  memset(h->count, 0, sizeof h->count);
  for (int s = 0; s < n; s++) h->count[lens[s]]++;
  h->count[0] = 0;
  at[1] = 0;
  for (int l = 1; l < 15; l++) at[l + 1] = at[l] + h->count[l];
  for (int s = 0; s < n; s++)
    if (lens[s]) h->sym[at[lens[s]]++] = s;
  // Short codes into the fast table. A code's bits arrive most significant
  // first, so the table index holds them reversed, any bits after it free.
  memset(h->fast, 0, sizeof h->fast);
  unsigned code = 0, index = 0;
  for (unsigned l = 1; l <= kFastBits; l++) {
    for (unsigned k = 0; k < h->count[l]; k++, code++, index++) {
      unsigned rev = 0;
      for (unsigned i = 0; i < l; i++) rev |= (code >> i & 1) << (l - 1 - i);
      for (unsigned x = rev; x < (1u << kFastBits); x += 1u << l)
        h->fast[x] = (uint16_t)(l << 9 | h->sym[index]);
    }
    code <<= 1;
  }
}

// -1 for a code the table does not have.
static inline int huffman_decode(Bits *b, const Huffman *h) {
  refill(b);
  unsigned e = h->fast[b->acc & ((1u << kFastBits) - 1)];
  if (e) {
    b->acc >>= e >> 9;
    b->n -= e >> 9;
    return (int)(e & 511);
  }
  int code = 0, first = 0, index = 0; // longer codes: one bit at a time
  for (int l = 1; l < 16; l++) {
    code |= (int)take_bits(b, 1);
    int count = h->count[l];
    if (code - first < count) return h->sym[index + code - first];
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  return -1;
}

static size_t slot_value(Bits *b, int s) {
  if (s < 4) return s;
  int extra = s / 2 - 1;
  size_t v = (size_t)(2 | (s & 1)) << extra;
  return v | take_bits(b, (unsigned)extra);
}

static bool huffman_unpack(Bits *b, const uint8_t *lens, uint8_t *out, size_t o, size_t size) {
  Huffman lit, dist;
  huffman_build(&lit, lens, 288);
  huffman_build(&dist, lens + 288, 32);
  while (o < size) {
    int s = huffman_decode(b, &lit);
    if (s < 256) {
      if (s < 0) return false;
      out[o++] = (uint8_t)s;
      continue;
    }
    size_t n = slot_value(b, s - 256) + 3;
    int ds = huffman_decode(b, &dist);
    size_t d = slot_value(b, ds < 0 ? 0 : ds) + 1;
    if (ds < 0 || d > o || n > size - o) return false;
    for (; n; n--, o++) out[o] = out[o - d];
  }
  return b->n >= b->pad; // no bit read past the end
}

bool py_unpack_lz(const uint8_t *data, size_t len, uint8_t *out, size_t start, size_t end,
                  const uint8_t *code_lens) {
  Bits b = {data, data + len, 0, 0, 0};
  return huffman_unpack(&b, code_lens, out, start, end);
}

Ref py_code_load_lz(const uint8_t *data, size_t len, size_t unpacked_len,
                    const uint8_t *code_lens) {
  uint8_t *buf = (uint8_t *)py_malloc(unpacked_len);
  if (!buf) return nullptr;
  Ref co = py_unpack_lz(data, len, buf, 0, unpacked_len, code_lens)
               ? py_code_load(buf, unpacked_len, false)
               : bad_data();
  py_free(buf, unpacked_len);
  return co;
}
