// Unpickler and pickler for torch.load / torch.save (see pickle.h). The opcode
// meanings follow Python's pickle documentation and pickletools.
#include "torch/pickle.h"

#include "py/containers.h"
#include "py/exc.h"
#include "py/intobj.h"

// Opcodes, each listed once.                                      ORDER OPCODE
#define PICKLE_FORALL_OPCODES(_)                                                                   \
  _(MARK, '(')                                                                                     \
  _(STOP, '.')                                                                                     \
  _(POP, '0') _(POP_MARK, '1') _(DUP, '2') _(BININT, 'J') _(BININT1, 'K') _(BININT2, 'M')          \
      _(NONE, 'N') _(BINPERSID, 'Q') _(REDUCE, 'R') _(BINSTRING, 'T') _(SHORT_BINSTRING, 'U')      \
          _(BINUNICODE, 'X') _(APPEND, 'a') _(BUILD, 'b') _(GLOBAL, 'c') _(DICT, 'd')              \
              _(EMPTY_DICT, '}') _(APPENDS, 'e') _(BINGET, 'h') _(LONG_BINGET, 'j') _(LIST, 'l')   \
                  _(EMPTY_LIST, ']') _(BINPUT, 'q') _(LONG_BINPUT, 'r') _(SETITEM, 's')            \
                      _(TUPLE, 't') _(EMPTY_TUPLE, ')') _(SETITEMS, 'u') _(BINFLOAT, 'G')          \
                          _(BINBYTES, 'B') _(SHORT_BINBYTES, 'C') _(PROTO, 0x80) _(NEWOBJ, 0x81)   \
                              _(TUPLE1, 0x85) _(TUPLE2, 0x86) _(TUPLE3, 0x87) _(NEWTRUE, 0x88)     \
                                  _(NEWFALSE, 0x89) _(LONG1, 0x8a) _(LONG4, 0x8b)                  \
                                      _(SHORT_BINUNICODE, 0x8c) _(BINUNICODE8, 0x8d)               \
                                          _(BINBYTES8, 0x8e) _(EMPTY_SET, 0x8f) _(ADDITEMS, 0x90)  \
                                              _(STACK_GLOBAL, 0x93) _(MEMOIZE, 0x94)               \
                                                  _(FRAME, 0x95)

enum : uint8_t {
#define PICKLE_ENUM(name, code) OP_##name = code,
  PICKLE_FORALL_OPCODES(PICKLE_ENUM)
#undef PICKLE_ENUM
};

static const size_t kMaxGlobals = 64;  // distinct GLOBALs one load may use
static const uint32_t kMaxDepth = 500; // nesting of saved containers

// ---------------------------------------------------------------------------
// Error types

static Ref unpickling_error, pickling_error;

static Ref pickle_make_error(const char *name) {
  Ref bases = py_tuple_pack(1, (Ref)&py_Exception_type);
  Ref ns = py_dict_new();
  Ref mod = py_str_from_cstr("pickle");
  Ref nm = py_str_from_cstr(name);
  Ref cls = nullptr;
  if (bases && ns && mod && nm && py_dict_set_str(ns, "__module__", mod) == 0) {
    Ref args[3] = {nm, bases, ns};
    cls = py_call((Ref)&py_type_type, args, 3, nullptr);
  }
  py_xdecref(bases);
  py_xdecref(ns);
  py_xdecref(mod);
  py_xdecref(nm);
  return cls;
}

int pickle_install_errors(Ref module) {
  if (!unpickling_error) unpickling_error = pickle_make_error("UnpicklingError");
  if (!pickling_error) pickling_error = pickle_make_error("PicklingError");
  if (!unpickling_error || !pickling_error) return -1;
  if (py_module_add(module, "UnpicklingError", unpickling_error) < 0) return -1;
  return py_module_add(module, "PicklingError", pickling_error);
}

Type *pickle_unpickling_error() {
  return unpickling_error ? (Type *)unpickling_error : &py_RuntimeError_type;
}
Type *pickle_pickling_error() {
  return pickling_error ? (Type *)pickling_error : &py_RuntimeError_type;
}

// ---------------------------------------------------------------------------
// Unpickler state

struct Unpickler {
  const uint8_t *p, *end;
  size_t len;
  Ref *stack;
  size_t sp, scap;
  size_t *marks;
  size_t nmarks, mcap;
  Ref *memo;
  size_t memo_cap, memo_count;
  Ref globals[kMaxGlobals]; // what GLOBAL produced: the only callables REDUCE may call
  size_t nglobals;
  const UnpickleHooks *hooks;
};

static int up_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref msg = py_str_vformat(fmt, ap);
  va_end(ap);
  if (msg) {
    py_err_set_obj(pickle_unpickling_error(), msg);
    py_decref(msg);
  }
  return -1;
}

static int up_need(Unpickler *u, size_t n) {
  if ((size_t)(u->end - u->p) >= n) return 0;
  return up_fail("pickle data was truncated");
}

static const uint8_t *up_take(Unpickler *u, size_t n) {
  if (up_need(u, n) < 0) return nullptr;
  const uint8_t *r = u->p;
  u->p += n;
  return r;
}

static size_t up_fence(const Unpickler *u) { return u->nmarks ? u->marks[u->nmarks - 1] : 0; }

// Push (steals v; nullptr v means an error is pending).
static int up_push(Unpickler *u, Ref v) {
  if (!v) return -1;
  if (u->sp == u->scap) {
    size_t cap = u->scap ? u->scap * 2 : 32;
    void *p = py_realloc(u->stack, u->scap * sizeof(Ref), cap * sizeof(Ref));
    if (!p) {
      py_decref(v);
      return -1;
    }
    u->stack = (Ref *)p;
    u->scap = cap;
  }
  u->stack[u->sp++] = v;
  return 0;
}

// Pop: the caller owns the result.
static Ref up_pop(Unpickler *u) {
  if (u->sp <= up_fence(u)) {
    up_fail("unpickling stack underflow");
    return nullptr;
  }
  return u->stack[--u->sp];
}

static Ref up_top(Unpickler *u) { // borrowed
  if (u->sp <= up_fence(u)) {
    up_fail("unpickling stack underflow");
    return nullptr;
  }
  return u->stack[u->sp - 1];
}

static int up_mark(Unpickler *u) {
  if (u->nmarks == u->mcap) {
    size_t cap = u->mcap ? u->mcap * 2 : 16;
    void *p = py_realloc(u->marks, u->mcap * sizeof(size_t), cap * sizeof(size_t));
    if (!p) return -1;
    u->marks = (size_t *)p;
    u->mcap = cap;
  }
  u->marks[u->nmarks++] = u->sp;
  return 0;
}

// Pop the last mark; the items above it are stack[*base..sp).
static int up_pop_mark(Unpickler *u, size_t *base) {
  if (u->nmarks == 0) return up_fail("could not find MARK");
  *base = u->marks[--u->nmarks];
  return 0;
}

static void up_drop_to(Unpickler *u, size_t base) {
  while (u->sp > base) py_decref(u->stack[--u->sp]);
}

// ---------------------------------------------------------------------------
// Memo

static int up_memo_put(Unpickler *u, uint64_t idx) {
  Ref top = up_top(u);
  if (!top) return -1;
  // Writers number entries from 0 and each BINPUT takes two bytes at least,
  // so a larger index can only come from a hostile file.
  if (idx >= u->len) return up_fail("memo index %llu out of range", (unsigned long long)idx);
  if (idx >= u->memo_cap) {
    size_t cap = u->memo_cap ? u->memo_cap : 32;
    while (cap <= idx) cap *= 2;
    if (cap > u->len) cap = u->len;
    void *p = py_realloc(u->memo, u->memo_cap * sizeof(Ref), cap * sizeof(Ref));
    if (!p) return -1;
    memset((Ref *)p + u->memo_cap, 0, (cap - u->memo_cap) * sizeof(Ref));
    u->memo = (Ref *)p;
    u->memo_cap = cap;
  }
  if (!u->memo[idx]) u->memo_count++;
  py_setref(&u->memo[idx], py_newref(top));
  return 0;
}

static int up_memo_get(Unpickler *u, uint64_t idx) {
  if (idx >= u->memo_cap || !u->memo[idx])
    return up_fail("Memo value not found at index %llu", (unsigned long long)idx);
  return up_push(u, py_newref(u->memo[idx]));
}

// ---------------------------------------------------------------------------
// Scalars

static uint32_t up_le(const uint8_t *p, size_t n) {
  uint32_t v = 0;
  for (size_t i = n; i-- > 0;) v = v << 8 | p[i];
  return v;
}

// Little-endian two's complement of n bytes.
static Ref up_long(const uint8_t *p, size_t n) {
  if (n <= 8) {
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;) v = v << 8 | p[i];
    if (n > 0 && n < 8 && (p[n - 1] & 0x80)) v |= ~(uint64_t)0 << (8 * n);
    return py_int_from_i64((int64_t)v);
  }
  Ref v = py_small_new(0);
  for (size_t i = n; v && i-- > 0;) {
    Ref sh = py_binop(v, py_small_new(8), BINOP_LSHIFT);
    py_decref(v);
    v = sh ? py_binop(sh, py_small_new(p[i]), BINOP_OR) : nullptr;
    py_xdecref(sh);
  }
  if (!v || !(p[n - 1] & 0x80)) return v;
  Ref one = py_small_new(1), bits = py_int_from_u64(8 * (uint64_t)n);
  Ref span = bits ? py_binop(one, bits, BINOP_LSHIFT) : nullptr;
  Ref r = span ? py_binop(v, span, BINOP_SUB) : nullptr;
  py_xdecref(bits);
  py_xdecref(span);
  py_decref(v);
  return r;
}

static int up_long_op(Unpickler *u, size_t width) {
  const uint8_t *h = up_take(u, width);
  if (!h) return -1;
  uint32_t n = up_le(h, width);
  if (n > 4096) return up_fail("LONG pickle has too many bytes (%u)", n);
  const uint8_t *p = up_take(u, n);
  return p ? up_push(u, up_long(p, n)) : -1;
}

static int up_binfloat(Unpickler *u) {
  const uint8_t *p = up_take(u, 8);
  if (!p) return -1;
  uint64_t bits = 0;
  for (int i = 0; i < 8; i++) bits = bits << 8 | p[i];
  double d;
  memcpy(&d, &bits, sizeof d);
  return up_push(u, py_float_new(d));
}

// A length prefix of `width` bytes, then that many bytes (bounded by the data).
static const uint8_t *up_counted(Unpickler *u, size_t width, size_t *n) {
  const uint8_t *h = up_take(u, width);
  if (!h) return nullptr;
  uint64_t len = 0;
  for (size_t i = width; i-- > 0;) len = len << 8 | h[i];
  if (len > (uint64_t)(u->end - u->p)) {
    up_fail("pickle data was truncated");
    return nullptr;
  }
  *n = (size_t)len;
  return up_take(u, *n);
}

static Ref up_make_str(const uint8_t *s, size_t n) {
  const char *reason;
  size_t bad_end;
  if (py_utf8_check((const char *)s, n, &reason, &bad_end) != n) {
    up_fail("invalid UTF-8 in a pickled string");
    return nullptr;
  }
  return py_str_new_n((const char *)s, n, py_utf8_count((const char *)s, n));
}

static int up_text(Unpickler *u, size_t width, bool bytes) {
  size_t n;
  const uint8_t *s = up_counted(u, width, &n);
  if (!s) return -1;
  return up_push(u, bytes ? py_bytes_new((const char *)s, n) : up_make_str(s, n));
}

// ---------------------------------------------------------------------------
// Containers

static int up_tuple_n(Unpickler *u, size_t n) {
  if (u->sp < up_fence(u) + n) return up_fail("unpickling stack underflow");
  Ref t = py_tuple_new(n);
  if (!t) return -1;
  u->sp -= n;
  memcpy(py_tuple_items(t), u->stack + u->sp, n * sizeof(Ref));
  return up_push(u, t);
}

static int up_tuple_mark(Unpickler *u, bool list) {
  size_t base = 0;
  if (up_pop_mark(u, &base) < 0) return -1;
  size_t n = u->sp - base;
  Ref r = list ? py_list_new(n) : py_tuple_new(n);
  if (!r) return -1;
  if (n) memcpy(list ? py_list_items(r) : py_tuple_items(r), u->stack + base, n * sizeof(Ref));
  u->sp = base;
  return up_push(u, r);
}

static int up_append_items(Unpickler *u, size_t base) {
  Ref target = u->sp > base && base > up_fence(u) ? u->stack[base - 1] : nullptr;
  int rc = 0;
  if (!target)
    rc = up_fail("unpickling stack underflow");
  else if (py_type(target) != &py_list_type)
    rc = up_fail("Can only append to lists, but got %s", py_tname(target));
  for (size_t i = base; rc == 0 && i < u->sp; i++) rc = py_list_append(target, u->stack[i]);
  up_drop_to(u, base);
  return rc;
}

static int up_set_items(Unpickler *u, size_t base) {
  Ref target = base > up_fence(u) ? u->stack[base - 1] : nullptr;
  int rc = 0;
  if (!target)
    rc = up_fail("unpickling stack underflow");
  else if (!py_is_dict(target))
    rc = up_fail("Can only set items of dicts, but got %s", py_tname(target));
  else if ((u->sp - base) % 2)
    rc = up_fail("odd number of items for SETITEMS");
  for (size_t i = base; rc == 0 && i + 1 < u->sp; i += 2)
    rc = py_setitem(target, u->stack[i], u->stack[i + 1]);
  up_drop_to(u, base);
  return rc;
}

static int up_items_op(Unpickler *u, uint8_t op) {
  size_t base = u->sp;
  if (op == OP_APPENDS || op == OP_SETITEMS || op == OP_ADDITEMS) {
    if (up_pop_mark(u, &base) < 0) return -1;
  } else {
    base = u->sp - (op == OP_SETITEM ? 2 : 1);
    if (u->sp < up_fence(u) + (op == OP_SETITEM ? 2 : 1))
      return up_fail("unpickling stack underflow");
  }
  if (op == OP_SETITEM || op == OP_SETITEMS) return up_set_items(u, base);
  if (op == OP_APPEND || op == OP_APPENDS) return up_append_items(u, base);
  Ref target = base > up_fence(u) ? u->stack[base - 1] : nullptr;
  int rc = target && py_type(target) == &py_set_type ? 0 : up_fail("ADDITEMS needs a set");
  for (size_t i = base; rc == 0 && i < u->sp; i++) rc = py_set_add(target, u->stack[i]);
  up_drop_to(u, base);
  return rc;
}

static int up_dict_mark(Unpickler *u) {
  if (up_push(u, py_dict_new()) < 0) return -1;
  // Move the new dict below the marked items: DICT is EMPTY_DICT + SETITEMS.
  size_t base = 0;
  if (up_pop_mark(u, &base) < 0) return -1;
  Ref d = u->stack[u->sp - 1];
  memmove(u->stack + base + 1, u->stack + base, (u->sp - 1 - base) * sizeof(Ref));
  u->stack[base] = d;
  return up_set_items(u, base + 1);
}

// ---------------------------------------------------------------------------
// Globals, calls, persistent ids

static int up_global_push(Unpickler *u, Ref g) {
  if (!g) return -1;
  bool known = false;
  for (size_t i = 0; i < u->nglobals; i++) known = known || u->globals[i] == g;
  if (!known && u->nglobals == kMaxGlobals) {
    py_decref(g);
    return up_fail("too many distinct globals in the pickle");
  }
  if (!known) u->globals[u->nglobals++] = py_newref(g);
  return up_push(u, g);
}

static const uint8_t *up_line(Unpickler *u, size_t *n) {
  const uint8_t *nl = (const uint8_t *)memchr(u->p, '\n', (size_t)(u->end - u->p));
  if (!nl) {
    up_fail("pickle data was truncated");
    return nullptr;
  }
  const uint8_t *s = u->p;
  *n = (size_t)(nl - s);
  u->p = nl + 1;
  return s;
}

static int up_global(Unpickler *u) {
  size_t ml, nl;
  const uint8_t *m = up_line(u, &ml);
  const uint8_t *n = m ? up_line(u, &nl) : nullptr;
  if (!n) return -1;
  return up_global_push(
      u, u->hooks->find_class(u->hooks->ctx, (const char *)m, ml, (const char *)n, nl));
}

static int up_stack_global(Unpickler *u) {
  Ref name = up_pop(u);
  Ref mod = name ? up_pop(u) : nullptr;
  int rc = -1;
  if (mod && (!py_is_str(mod) || !py_is_str(name)))
    up_fail("STACK_GLOBAL requires str");
  else if (mod)
    rc = up_global_push(u, u->hooks->find_class(u->hooks->ctx, py_str_data(mod), py_str_len(mod),
                                                py_str_data(name), py_str_len(name)));
  py_xdecref(mod);
  py_xdecref(name);
  return rc;
}

static bool up_is_global(const Unpickler *u, Ref f) {
  for (size_t i = 0; i < u->nglobals; i++)
    if (u->globals[i] == f) return true;
  return false;
}

// REDUCE (func, args) and NEWOBJ (cls, args): only what GLOBAL produced.
static int up_call(Unpickler *u) {
  Ref args = up_pop(u);
  if (!args) return -1;
  Ref func = up_pop(u);
  int rc = -1;
  if (func && !up_is_global(u, func))
    up_fail("Trying to call reduce for unrecognized function %R", func);
  else if (func && !py_is_tuple(args))
    up_fail("REDUCE arguments must be a tuple, not %s", py_tname(args));
  else if (func)
    rc = up_push(u, py_call(func, py_tuple_items(args), py_tuple_len(args), nullptr));
  py_xdecref(func);
  py_decref(args);
  return rc;
}

// BUILD on an OrderedDict: its state is the instance __dict__ (e.g. _metadata).
static int up_build(Unpickler *u) {
  Ref state = up_pop(u);
  if (!state) return -1;
  Ref inst = up_top(u);
  int rc = -1;
  if (inst && (!py_is_dict(inst) || py_type(inst) == &py_dict_type || !py_is_dict(state)))
    up_fail("Can only build Tensor, parameter or dict objects, but got %s", py_tname(inst));
  else if (inst) {
    rc = 0;
    size_t pos = 0;
    Ref k, v;
    while (rc == 0 && py_dict_next(state, &pos, &k, &v))
      rc = py_is_str(k) ? py_setattr(inst, k, v) : up_fail("BUILD state keys must be str");
  }
  py_decref(state);
  return rc;
}

static int up_persid(Unpickler *u) {
  Ref pid = up_pop(u);
  if (!pid) return -1;
  Ref r = u->hooks->persistent_load(u->hooks->ctx, pid);
  py_decref(pid);
  return up_push(u, r);
}

// ---------------------------------------------------------------------------
// The machine

static int up_simple(Unpickler *u, uint8_t op) {
  switch (op) {
  case OP_NONE: return up_push(u, py_None);
  case OP_NEWTRUE: return up_push(u, py_True);
  case OP_NEWFALSE: return up_push(u, py_False);
  case OP_EMPTY_TUPLE: return up_push(u, py_tuple_empty());
  case OP_EMPTY_LIST: return up_push(u, py_list_new(0));
  case OP_EMPTY_DICT: return up_push(u, py_dict_new());
  case OP_EMPTY_SET: return up_push(u, py_set_new(nullptr));
  case OP_MARK: return up_mark(u);
  case OP_TUPLE1: return up_tuple_n(u, 1);
  case OP_TUPLE2: return up_tuple_n(u, 2);
  case OP_TUPLE3: return up_tuple_n(u, 3);
  case OP_TUPLE: return up_tuple_mark(u, false);
  case OP_LIST: return up_tuple_mark(u, true);
  case OP_DICT: return up_dict_mark(u);
  case OP_GLOBAL: return up_global(u);
  case OP_STACK_GLOBAL: return up_stack_global(u);
  case OP_REDUCE:
  case OP_NEWOBJ: return up_call(u);
  case OP_BUILD: return up_build(u);
  case OP_BINPERSID: return up_persid(u);
  case OP_BINFLOAT: return up_binfloat(u);
  case OP_LONG1: return up_long_op(u, 1);
  case OP_LONG4: return up_long_op(u, 4);
  case OP_BINUNICODE: return up_text(u, 4, false);
  case OP_SHORT_BINUNICODE: return up_text(u, 1, false);
  case OP_BINUNICODE8: return up_text(u, 8, false);
  case OP_BINSTRING: return up_text(u, 4, false);
  case OP_SHORT_BINSTRING: return up_text(u, 1, false);
  case OP_BINBYTES: return up_text(u, 4, true);
  case OP_SHORT_BINBYTES: return up_text(u, 1, true);
  case OP_BINBYTES8: return up_text(u, 8, true);
  case OP_APPEND:
  case OP_APPENDS:
  case OP_SETITEM:
  case OP_SETITEMS:
  case OP_ADDITEMS: return up_items_op(u, op);
  }
  return 1; // not a simple opcode
}

static int up_fixed_arg(Unpickler *u, uint8_t op) {
  size_t width = op == OP_BININT1 || op == OP_BINGET || op == OP_BINPUT || op == OP_PROTO ? 1
                 : op == OP_BININT2                                                       ? 2
                 : op == OP_FRAME                                                         ? 8
                                                                                          : 4;
  const uint8_t *p = up_take(u, width);
  if (!p) return -1;
  uint64_t v = width == 8 ? 0 : up_le(p, width);
  switch (op) {
  case OP_BININT1:
  case OP_BININT2: return up_push(u, py_small_new((intptr_t)v));
  case OP_BININT: return up_push(u, py_int_from_i64((int32_t)(uint32_t)v));
  case OP_BINGET:
  case OP_LONG_BINGET: return up_memo_get(u, v);
  case OP_BINPUT:
  case OP_LONG_BINPUT: return up_memo_put(u, v);
  case OP_PROTO: return v <= 5 ? 0 : up_fail("unsupported pickle protocol: %d", (int)v);
  case OP_FRAME: return 0; // frames only group opcodes; the data is all here
  }
  return 1;
}

static bool up_has_fixed_arg(uint8_t op) {
  return op == OP_BININT1 || op == OP_BININT2 || op == OP_BININT || op == OP_BINGET ||
         op == OP_LONG_BINGET || op == OP_BINPUT || op == OP_LONG_BINPUT || op == OP_PROTO ||
         op == OP_FRAME;
}

static int up_stack_op(Unpickler *u, uint8_t op) {
  if (op == OP_MEMOIZE) return up_memo_put(u, u->memo_count);
  if (op == OP_DUP) {
    Ref top = up_top(u);
    return top ? up_push(u, py_newref(top)) : -1;
  }
  if (op == OP_POP) {
    Ref top = up_pop(u);
    py_xdecref(top);
    return top ? 0 : -1;
  }
  if (op == OP_POP_MARK) {
    size_t base = 0;
    if (up_pop_mark(u, &base) < 0) return -1;
    up_drop_to(u, base);
    return 0;
  }
  if (op >= 0x20 && op < 0x7f) return up_fail("invalid load key, '%c'.", op);
  return up_fail("invalid load key, '\\x%02x'.", op);
}

static Ref up_run(Unpickler *u) {
  while (u->p < u->end) {
    uint8_t op = *u->p++;
    if (op == OP_STOP) return up_pop(u);
    int rc = up_has_fixed_arg(op) ? up_fixed_arg(u, op) : up_simple(u, op);
    if (rc == 1) rc = up_stack_op(u, op);
    if (rc < 0) return nullptr;
  }
  up_fail("pickle data was truncated");
  return nullptr;
}

static void up_free(Unpickler *u) {
  up_drop_to(u, 0);
  if (u->stack) py_free(u->stack, u->scap * sizeof(Ref));
  if (u->marks) py_free(u->marks, u->mcap * sizeof(size_t));
  for (size_t i = 0; i < u->memo_cap; i++) py_xdecref(u->memo[i]);
  if (u->memo) py_free(u->memo, u->memo_cap * sizeof(Ref));
  for (size_t i = 0; i < u->nglobals; i++) py_decref(u->globals[i]);
}

Ref pickle_load(const char *data, size_t len, const UnpickleHooks *hooks) {
  Unpickler u;
  memset(&u, 0, sizeof u);
  u.p = (const uint8_t *)data;
  u.end = u.p + len;
  u.len = len;
  u.hooks = hooks;
  Ref r = up_run(&u);
  up_free(&u);
  return r;
}

// ---------------------------------------------------------------------------
// Pickler

void pickler_op(Pickler *p, uint8_t op) { py_strbuf_addc(&p->out, (char)op); }

static void pk_u32(Pickler *p, uint32_t v) {
  char b[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  py_strbuf_add(&p->out, b, 4);
}

void pickler_global(Pickler *p, const char *module, const char *name) {
  pickler_op(p, OP_GLOBAL);
  py_strbuf_adds(&p->out, module);
  py_strbuf_addc(&p->out, '\n');
  py_strbuf_adds(&p->out, name);
  py_strbuf_addc(&p->out, '\n');
}

int pickler_init(Pickler *p, int (*save_hook)(Pickler *, Ref), void *ctx) {
  memset(p, 0, sizeof *p);
  py_strbuf_init(&p->out);
  p->save_hook = save_hook;
  p->ctx = ctx;
  p->memo = py_dict_new();
  if (!p->memo) return -1;
  Ref coll = py_import_str("collections");
  if (coll) p->ordered_dict = py_getattr_str(coll, "OrderedDict");
  py_xdecref(coll);
  if (!p->ordered_dict) py_err_clear(); // plain dicts still work
  return 0;
}

void pickler_free(Pickler *p) {
  py_strbuf_free(&p->out);
  py_clear(&p->memo);
  py_clear(&p->ordered_dict);
}

static void pk_int64(Pickler *p, int64_t v) {
  if (v >= 0 && v < 256) {
    char b[2] = {(char)OP_BININT1, (char)v};
    py_strbuf_add(&p->out, b, 2);
  } else if (v >= 0 && v < 65536) {
    char b[3] = {(char)OP_BININT2, (char)v, (char)(v >> 8)};
    py_strbuf_add(&p->out, b, 3);
  } else if (v >= INT32_MIN && v <= INT32_MAX) {
    pickler_op(p, OP_BININT);
    pk_u32(p, (uint32_t)v);
  } else { // LONG1: shortest little-endian two's complement
    size_t n = 5;
    while (n < 8 && (v < -((int64_t)1 << (8 * n - 1)) || v >= ((int64_t)1 << (8 * n - 1)))) n++;
    char b[10] = {(char)OP_LONG1, (char)n};
    for (size_t i = 0; i < n; i++) b[2 + i] = (char)((uint64_t)v >> (8 * i));
    py_strbuf_add(&p->out, b, 2 + n);
  }
}

static int pk_int(Pickler *p, Ref obj) {
  int64_t v;
  if (py_int_as_i64(obj, &v) < 0) return -1;
  pk_int64(p, v);
  return 0;
}

static void pk_float(Pickler *p, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  char b[9] = {(char)OP_BINFLOAT};
  for (int i = 0; i < 8; i++) b[1 + i] = (char)(bits >> (56 - 8 * i));
  py_strbuf_add(&p->out, b, 9);
}

static void pk_str(Pickler *p, Ref s) {
  pickler_op(p, OP_BINUNICODE);
  pk_u32(p, (uint32_t)py_str_len(s));
  py_strbuf_add(&p->out, py_str_data(s), py_str_len(s));
}

static void pk_memo_ref(Pickler *p, uint8_t op1, uint8_t op4, int64_t idx) {
  if (idx < 256) {
    char b[2] = {(char)op1, (char)idx};
    py_strbuf_add(&p->out, b, 2);
    return;
  }
  pickler_op(p, op4);
  pk_u32(p, (uint32_t)idx);
}

// Lists and dicts are memoized, so shared ones stay shared and cycles end.
// 1: obj was written before (BINGET emitted); 0: not yet; -1 error.
static int pk_memo_find(Pickler *p, Ref obj) {
  Ref id = py_int_from_u64((uintptr_t)obj);
  if (!id) return -1;
  Ref known = py_dict_get(p->memo, id);
  py_decref(id);
  if (!known) return py_err_occurred() ? -1 : 0;
  pk_memo_ref(p, OP_BINGET, OP_LONG_BINGET, py_small_value(known));
  return 1;
}

// Remember obj (just created on the unpickler's stack). 0 / -1.
static int pk_memo_put(Pickler *p, Ref obj) {
  Ref id = py_int_from_u64((uintptr_t)obj);
  int64_t idx = py_dict_len(p->memo);
  Ref v = py_int_from_i64(idx);
  int rc = id && v ? py_dict_set(p->memo, id, v) : -1;
  py_xdecref(v);
  py_xdecref(id);
  if (rc == 0) pk_memo_ref(p, OP_BINPUT, OP_LONG_BINPUT, idx);
  return rc;
}

// Memo lookup, else `create_op` and a memo entry. 1 found, 0 created, -1 error.
static int pk_memo(Pickler *p, Ref obj, uint8_t create_op) {
  int m = pk_memo_find(p, obj);
  if (m != 0) return m;
  pickler_op(p, create_op);
  return pk_memo_put(p, obj);
}

static int pk_tuple(Pickler *p, Ref t) {
  size_t n = py_tuple_len(t);
  if (n == 0) {
    pickler_op(p, OP_EMPTY_TUPLE);
    return 0;
  }
  if (n > 3) pickler_op(p, OP_MARK);
  for (size_t i = 0; i < n; i++)
    if (pickler_save(p, py_tuple_items(t)[i]) < 0) return -1;
  static const uint8_t small[4] = {0, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3};
  pickler_op(p, n > 3 ? (uint8_t)OP_TUPLE : small[n]);
  return 0;
}

static int pk_list(Pickler *p, Ref l) {
  int m = pk_memo(p, l, OP_EMPTY_LIST);
  if (m != 0) return m < 0 ? -1 : 0;
  // Items are re-read each time: saving one may not change the list, but be safe.
  for (size_t i = 0; i < py_list_len(l); i += 1000) {
    pickler_op(p, OP_MARK);
    for (size_t j = i; j < i + 1000 && j < py_list_len(l); j++)
      if (pickler_save(p, py_list_items(l)[j]) < 0) return -1;
    pickler_op(p, OP_APPENDS);
  }
  return 0;
}

static int pk_dict_items(Pickler *p, Ref d) {
  size_t pos = 0;
  Ref k, v;
  bool open = false;
  for (size_t n = 0; py_dict_next(d, &pos, &k, &v); n++) {
    if (!open) pickler_op(p, OP_MARK);
    open = true;
    if (pickler_save(p, k) < 0 || pickler_save(p, v) < 0) return -1;
    if (n % 1000 != 999) continue;
    pickler_op(p, OP_SETITEMS);
    open = false;
  }
  if (open) pickler_op(p, OP_SETITEMS);
  return 0;
}

// OrderedDict: the class called with no arguments, the items, then the
// instance __dict__ (state_dict()'s _metadata) as BUILD state.
static int pk_ordered_dict(Pickler *p, Ref d) {
  int m = pk_memo_find(p, d);
  if (m != 0) return m < 0 ? -1 : 0;
  pickler_global(p, "collections", "OrderedDict");
  pickler_op(p, OP_EMPTY_TUPLE);
  pickler_op(p, OP_REDUCE);
  if (pk_memo_put(p, d) < 0) return -1;
  if (pk_dict_items(p, d) < 0) return -1;
  Ref *dictp = py_obj_dictptr(d);
  if (!dictp || !*dictp || py_dict_len(*dictp) == 0) return 0;
  if (pickler_save(p, *dictp) < 0) return -1;
  pickler_op(p, OP_BUILD);
  return 0;
}

static int pk_dict(Pickler *p, Ref d) {
  if (py_type(d) != &py_dict_type) {
    if (p->ordered_dict && py_isinstance_of(d, (Type *)p->ordered_dict))
      return pk_ordered_dict(p, d);
    py_err_format(pickle_pickling_error(), "cannot pickle '%s' object", py_tname(d));
    return -1;
  }
  int m = pk_memo(p, d, OP_EMPTY_DICT);
  if (m != 0) return m < 0 ? -1 : 0;
  return pk_dict_items(p, d);
}

static int pk_dispatch(Pickler *p, Ref obj) {
  if (obj == py_None) {
    pickler_op(p, OP_NONE);
    return 0;
  }
  if (py_is_bool(obj)) {
    pickler_op(p, obj == py_True ? OP_NEWTRUE : OP_NEWFALSE);
    return 0;
  }
  if (py_is_int(obj)) return pk_int(p, obj);
  if (py_is_float(obj)) {
    pk_float(p, py_float_value(obj));
    return 0;
  }
  if (py_is_str(obj)) {
    pk_str(p, obj);
    return 0;
  }
  if (py_is_tuple(obj)) return pk_tuple(p, obj);
  if (py_type(obj) == &py_list_type) return pk_list(p, obj);
  if (py_is_dict(obj)) return pk_dict(p, obj);
  py_err_format(pickle_pickling_error(), "cannot pickle '%s' object", py_tname(obj));
  return -1;
}

int pickler_save(Pickler *p, Ref obj) {
  if (p->depth >= kMaxDepth) {
    py_err_set_str(&py_RecursionError_type,
                   "maximum recursion depth exceeded while pickling an object");
    return -1;
  }
  p->depth++;
  int rc = p->save_hook ? p->save_hook(p, obj) : 0;
  if (rc == 0) rc = pk_dispatch(p, obj);
  p->depth--;
  if (rc >= 0 && p->out.failed) return -1;
  return rc < 0 ? -1 : 0;
}

int pickler_dump(Pickler *p, Ref obj) {
  char proto[2] = {(char)OP_PROTO, 2};
  py_strbuf_add(&p->out, proto, 2);
  if (pickler_save(p, obj) < 0) return -1;
  pickler_op(p, OP_STOP);
  return p->out.failed ? -1 : 0;
}
