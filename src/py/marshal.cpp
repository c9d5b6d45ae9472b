// Compiled code as bytes: the format frozen modules are stored in, so the
// binary carries bytecode instead of source and importing them compiles
// nothing (Note [Frozen bytecode]).
//
// Note [Frozen bytecode]
// tools/embed_py.py runs the host tool `upyfreeze` (src/port/unix/freeze.cpp)
// on each library module; it compiles the module with this runtime's compiler
// and writes py_code_dump's bytes, which become a const array in the binary.
// py_code_load rebuilds the code objects. Instructions and line tables are not
// copied: the code object points into the array (CO_BORROWED), so on a
// microcontroller they stay in flash and only the objects around them take
// RAM. That needs the array 8-aligned (embed_py.py declares it so) and the
// target little-endian like the format.
//
// Layout, all integers little-endian; an object is a tag byte then its body:
//   'N' None  'T' True  'F' False  'E' Ellipsis
//   'i' int: zigzag varint (fits int64)        'I' int: varint length + decimal digits
//   'f' float: 8 bytes IEEE                     's' / 'S' str (S: interned): varint length + UTF-8
//   'b' bytes: varint length + data             't' / 'z' tuple / frozenset: varint n + n objects
//   'r' varint k: the k-th str stored so far (each distinct str is stored once)
//   'C' code: the header fields of CodeObj as varints, padding to 4 bytes, the
//       instructions, the line table (obj.h, LineEntry), then the objects consts names
//       varnames cellvars freevars name qualname filename, then cell2arg.
#include <cstring>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"

static_assert(sizeof(Instr) == 4, "the format stores instructions raw");

// ---------------------------------------------------------------------------
// Writing

static void put_u32(StrBuf *b, uint32_t v) {
  char c[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  py_strbuf_add(b, c, 4);
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
};
} // namespace

static int dump_obj(Dumper *d, Ref o);

static int dump_code(Dumper *d, CodeObj *co) {
  StrBuf *b = d->b;
  py_strbuf_addc(b, 'C');
  uint32_t header[] = {co->ncode,          co->nlines,          co->flags & ~CO_BORROWED,
                       co->argcount,       co->posonlyargcount, co->kwonlyargcount,
                       co->nlocals,        co->stacksize,       co->blocksize,
                       co->firstlineno};
  for (uint32_t v : header) put_varint(b, v);
  while (b->len % 4) py_strbuf_addc(b, 0);
  for (uint32_t i = 0; i < co->ncode; i++) put_u32(b, co->code[i]);
  py_strbuf_add(b, (const char *)co->lines, co->nlines);
  Ref fields[] = {co->consts,   co->names, co->varnames, co->cellvars,
                  co->freevars, co->name,  co->qualname, co->filename};
  for (Ref f : fields)
    if (dump_obj(d, f) < 0) return -1;
  size_t ncells = py_tuple_len(co->cellvars);
  for (size_t i = 0; i < ncells; i++) put_u32(b, co->cell2arg ? (uint32_t)co->cell2arg[i] : ~0u);
  return 0;
}

// A str: a reference to its first copy, or the str itself (then remembered).
static int dump_str(Dumper *d, Ref s) {
  bool interned = ((StrObj *)s)->interned;
  Ref index = py_dict_get(d->seen[interned], s);
  if (index) {
    py_strbuf_addc(d->b, 'r');
    put_varint(d->b, (uint64_t)py_small_value(index));
    return 0;
  }
  if (py_err_occurred()) return -1;
  Ref k = py_int_from_i64((int64_t)d->nstrs++);
  int r = k ? py_dict_set(d->seen[interned], s, k) : -1;
  py_xdecref(k);
  put_bytes(d->b, interned ? 'S' : 's', py_str_data(s), py_str_len(s));
  return r;
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
    double d = py_float_value(o);
    uint64_t bits;
    memcpy(&bits, &d, 8);
    py_strbuf_addc(b, 'f');
    put_u32(b, (uint32_t)bits);
    put_u32(b, (uint32_t)(bits >> 32));
    return 0;
  }
  if (t == &py_str_type) return dump_str(d, o);
  if (t == &py_bytes_type) {
    put_bytes(b, 'b', py_bytes_data(o), py_bytes_len(o));
    return 0;
  }
  if (t == &py_tuple_type || t == &py_frozenset_type) {
    Ref items = t == &py_tuple_type ? py_newref(o) : py_sequence_tuple(o);
    if (!items) return -1;
    py_strbuf_addc(b, t == &py_tuple_type ? 't' : 'z');
    size_t n = py_tuple_len(items);
    put_varint(b, n);
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) r = dump_obj(d, py_tuple_items(items)[i]);
    py_decref(items);
    return r;
  }
  if (t == &py_code_type) return dump_code(d, (CodeObj *)o);
  py_err_format(&py_ValueError_type, "cannot store a '%s' constant in frozen bytecode", py_tname(o));
  return -1;
}

int py_code_dump(Ref code, StrBuf *out) {
  if (py_type(code) != &py_code_type) {
    py_err_set_str(&py_TypeError_type, "py_code_dump: not a code object");
    return -1;
  }
  Dumper d = {out, {py_dict_new(), py_dict_new()}, 0};
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
  Ref strs; // list: the strs read so far, for 'r'
};
} // namespace

static Ref bad_data() { return py_err_set_str(&py_ValueError_type, "bad frozen bytecode"); }

static bool get_u32(Reader *r, uint32_t *v) {
  if (r->end - r->p < 4) return false;
  *v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
       (uint32_t)r->p[3] << 24;
  r->p += 4;
  return true;
}

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

static Ref load_code(Reader *r, bool borrow, int depth) {
  uint64_t h[10];
  for (uint64_t &v : h)
    if (!get_varint(r, &v) || v > UINT32_MAX) return bad_data();
  uint32_t ncode = (uint32_t)h[0], nlines = (uint32_t)h[1], flags = (uint32_t)h[2];
  if (h[3] > UINT16_MAX || h[4] > UINT16_MAX || h[5] > UINT16_MAX || h[6] > UINT16_MAX)
    return bad_data();
  uint16_t argcount = (uint16_t)h[3], posonly = (uint16_t)h[4], kwonly = (uint16_t)h[5],
           nlocals = (uint16_t)h[6];
  uint32_t stacksize = (uint32_t)h[7], blocksize = (uint32_t)h[8], firstlineno = (uint32_t)h[9];
  while ((r->p - r->base) % 4) r->p++;
  if (r->p > r->end || (uint64_t)(r->end - r->p) < (uint64_t)ncode * 4 + nlines)
    return bad_data();
  const uint8_t *instrs = r->p, *lines = r->p + (size_t)ncode * 4;
  r->p = lines + nlines;
  CodeObj *co = (CodeObj *)py_obj_alloc(&py_code_type, sizeof(CodeObj));
  if (!co) return nullptr;
  co->flags = flags & ~CO_BORROWED;
  co->ncode = ncode;
  co->nlines = nlines;
  if (borrow) {
    co->code = (Instr *)instrs;
    co->lines = (uint8_t *)lines;
    co->flags |= CO_BORROWED;
  } else {
    co->code = (Instr *)py_malloc(ncode * sizeof(Instr));
    co->lines = nlines ? (uint8_t *)py_malloc(nlines) : nullptr;
    if (!co->code || (nlines && !co->lines)) {
      // code_dealloc frees by the sizes, so record what exists.
      if (!co->code) co->ncode = 0;
      if (!co->lines) co->nlines = 0;
      py_decref((Ref)co);
      return nullptr;
    }
    memcpy(co->code, instrs, ncode * sizeof(Instr));
    if (nlines) memcpy(co->lines, lines, nlines);
  }
  co->argcount = argcount;
  co->posonlyargcount = posonly;
  co->kwonlyargcount = kwonly;
  co->nlocals = nlocals;
  co->stacksize = stacksize;
  co->blocksize = blocksize;
  co->firstlineno = firstlineno;
  Ref *fields[] = {&co->consts,   &co->names, &co->varnames, &co->cellvars,
                   &co->freevars, &co->name,  &co->qualname, &co->filename};
  for (int i = 0; i < 8; i++) {
    *fields[i] = load_obj(r, borrow, depth + 1);
    bool want_tuple = i < 5;
    if (!*fields[i] || py_type(*fields[i]) != (want_tuple ? &py_tuple_type : &py_str_type)) {
      if (*fields[i]) bad_data();
      // The missing fields must not be null for code_dealloc / traversal.
      for (int k = 0; k < 8; k++)
        if (!*fields[k]) *fields[k] = k < 5 ? py_tuple_new(0) : py_str_new("", 0);
      py_decref((Ref)co);
      return nullptr;
    }
  }
  size_t ncells = py_tuple_len(co->cellvars);
  if (ncells) {
    co->cell2arg = (int32_t *)py_malloc(ncells * sizeof(int32_t));
    if (!co->cell2arg) {
      py_decref((Ref)co);
      return nullptr;
    }
    for (size_t i = 0; i < ncells; i++) {
      uint32_t v;
      if (!get_u32(r, &v)) {
        py_decref((Ref)co);
        return bad_data();
      }
      co->cell2arg[i] = (int32_t)v;
    }
  }
  if (nlocals != py_tuple_len(co->varnames)) {
    py_decref((Ref)co);
    return bad_data();
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
    uint32_t lo, hi;
    if (!get_u32(r, &lo) || !get_u32(r, &hi)) return bad_data();
    uint64_t bits = (uint64_t)hi << 32 | lo;
    double d;
    memcpy(&d, &bits, 8);
    return py_float_new(d);
  }
  case 's':
  case 'S': {
    if (!(s = get_span(r, &n))) return bad_data();
    Ref str = tag == 'S' ? py_str_intern_n(s, n) : py_str_new(s, n);
    if (str && py_list_append(r->strs, str) < 0) py_clear(&str);
    return str;
  }
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
  case 'C': return load_code(r, borrow, depth);
  default: return bad_data();
  }
}

Ref py_code_load(const uint8_t *data, size_t len, bool borrow) {
  if (borrow && ((uintptr_t)data % 4)) return bad_data();
  if (len == 0 || *data != 'C') return bad_data();
  Reader r = {data, data, data + len, py_list_new(0)};
  if (!r.strs) return nullptr;
  Ref co = load_obj(&r, borrow, 0);
  py_decref(r.strs);
  if (co && r.p != r.end) {
    py_decref(co);
    return bad_data();
  }
  return co;
}
