// The compiler: AST (ast.h) + symbol tables (symtable.h) → CodeObj (obj.h) of
// the instruction set in opcodes.h. Code is emitted linearly into one array per
// code unit; jumps name labels that are resolved to absolute indices when the
// unit is assembled, then the value-stack and block-stack depths are computed by
// walking every path.
#include "py/compile.h"

#include "py/ast.h"
#include "py/containers.h"
#include "py/disasm.h"
#include "py/intobj.h"
#include "py/opcodes.h"
#include "py/strobj.h"
#include "py/symtable.h"

#define TRY(x)                                                                                     \
  do {                                                                                             \
    if ((x) < 0) return -1;                                                                        \
  } while (0)

// Displays with more items than this are built incrementally (small stacks).
#define DISPLAY_CHUNK 16

// ---------------------------------------------------------------------------
// Growable arrays
// ---------------------------------------------------------------------------

template <class T> struct Vec {
  T *data;
  uint32_t len, cap;
  int push(T v) {
    if (len == cap) {
      uint32_t ncap = cap ? cap * 2 : 16;
      T *p = (T *)py_realloc(data, cap * sizeof(T), ncap * sizeof(T));
      if (!p) return -1;
      data = p;
      cap = ncap;
    }
    data[len++] = v;
    return 0;
  }
  int reserve(uint32_t n) { // room for n items; -1 on MemoryError
    if (n <= cap) return 0;
    uint32_t ncap = cap ? cap : 16;
    while (ncap < n) ncap *= 2;
    T *p = (T *)py_realloc(data, cap * sizeof(T), ncap * sizeof(T));
    if (!p) return -1;
    data = p;
    cap = ncap;
    return 0;
  }
  void release() {
    if (data) py_free(data, cap * sizeof(T));
    data = nullptr;
    len = cap = 0;
  }
};

// Interned names with O(1) index lookup.
struct NameList {
  Vec<Ref> items; // owned references
  NameMap index;  // name → 1 + index
  void release() {
    for (uint32_t i = 0; i < items.len; i++) py_decref(items.data[i]);
    items.release();
    py_namemap_free(&index);
  }
  // Index of name (added if missing); -1 on MemoryError.
  int add(Ref name) {
    uint32_t i = py_namemap_get(&index, name);
    if (i) return (int)i - 1;
    if (items.push(py_newref(name)) < 0) {
      py_decref(name);
      return -1;
    }
    if (py_namemap_set(&index, name, items.len) < 0) return -1;
    return (int)items.len - 1;
  }
  int find(Ref name) const { return (int)py_namemap_get(&index, name) - 1; }
};

// ---------------------------------------------------------------------------
// Compiler state
// ---------------------------------------------------------------------------

enum FBlockKind {
  FB_WHILE_LOOP,
  FB_FOR_LOOP,
  FB_TRY_EXCEPT,      // body of try/except: a SETUP_FINALLY block
  FB_FINALLY_TRY,     // body of try/finally: a SETUP_FINALLY block
  FB_FINALLY_END,     // finally body run for an exception: [.., exc] + EXCEPT_HANDLER
  FB_WITH,            // body of with: SETUP_WITH block, __exit__ below
  FB_HANDLER_CLEANUP, // except body: EXCEPT_HANDLER (+ SETUP_FINALLY when `as name`)
  FB_POP_VALUE,       // a value to pop (return value kept while a finally body runs)
};

struct FBlock {
  FBlockKind kind;
  int start, exit;                // labels (loops)
  const AstSeq<AstStmt *> *final; // FB_FINALLY_TRY: the finally body
  Ref name;                       // FB_HANDLER_CLEANUP: the `as` name or nullptr
};

enum UnitKind { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMPREHENSION };

struct Unit {
  Unit *prev;
  Scope *ste;
  UnitKind kind;
  Vec<Instr> code;
  Vec<uint32_t> lines;        // line of each instruction
  Vec<int32_t> labels;        // label → instruction index (-1 while unbound)
  Vec<Ref> consts;            // owned
  Vec<uint64_t> const_hashes; // const_hash() of each constant
  Vec<uint32_t> const_index;  // open addressing: 1 + consts index, 0 = empty
  NameList names, varnames, cellvars, freevars;
  Vec<FBlock> fblocks;
  Ref name, qualname; // owned
  Ref private_name;   // innermost class name (borrowed, interned)
  int lineno, firstlineno;
  int argcount, posonlyargcount, kwonlyargcount;
  bool docstring;
};

struct Compiler {
  SymTable st;
  Ref filename;
  const char *src;
  Unit *u;
  int nestlevel;
  int depth;
  bool interactive;
  bool future_annotations;
  Vec<AstStmt *> future_stmts; // the valid `from __future__ import` statements
};

// The message helpers take a PyMsg (obj.h: compressed messages); the macros
// after them make one of a literal.
static int c_verror(Compiler *c, int lineno, int col, int end_lineno, int end_col, PyMsg fmt,
                    va_list ap) {
  Ref msg = py_str_vformat(py_msg_str(fmt), ap);
  if (!msg) return -1;
  py_compile_error(c->filename, c->src, lineno, col, end_lineno, end_col, "%U", msg);
  py_decref(msg);
  return -1;
}

static int(c_error_expr)(Compiler *c, const AstExpr *e, PyMsg fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  c_verror(c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, fmt, ap);
  va_end(ap);
  return -1;
}

static int(c_error_stmt)(Compiler *c, const AstStmt *s, PyMsg fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  c_verror(c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, fmt, ap);
  va_end(ap);
  return -1;
}
#define c_error_expr(c, e, fmt, ...) (c_error_expr)(c, e, PY_MSG(fmt), ##__VA_ARGS__)
#define c_error_stmt(c, s, fmt, ...) (c_error_stmt)(c, s, PY_MSG(fmt), ##__VA_ARGS__)

static int(c_internal)(PyMsg what) {
  py_err_format(&py_SystemError_type, "compiler: %s", py_msg_str(what));
  return -1;
}
#define c_internal(what) (c_internal)(PY_MSG(what))

// ---------------------------------------------------------------------------
// Emitting
// ---------------------------------------------------------------------------

static bool is_jump(int op) {
  switch (op) {
  case OP_JUMP:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
  case OP_FOR_ITER:
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH:
  case OP_JUMP_IF_NOT_EXC_MATCH: return true;
  default: return false;
  }
}

static int emit(Compiler *c, int op, uint32_t arg = 0) {
  Unit *u = c->u;
  if (arg > PY_MAX_INSTR_ARG) {
    py_err_set_str(&py_SystemError_type, "compiler: instruction argument too large");
    return -1;
  }
  TRY(u->code.push(py_instr(op, arg)));
  return u->lines.push((uint32_t)u->lineno);
}

static int new_label(Compiler *c) {
  Unit *u = c->u;
  if (u->labels.push(-1) < 0) return -1;
  return (int)u->labels.len - 1;
}

static void bind_label(Compiler *c, int label) {
  c->u->labels.data[label] = (int32_t)c->u->code.len;
}

// Constants are deduplicated when equal and of the same type (so 1, 1.0 and
// True stay distinct; -0.0 and 0.0 too).
static bool const_equal(Ref a, Ref b) {
  if (a == b) return true;
  Type *t = py_type(a);
  if (t != py_type(b)) return false;
  if (t == &py_int_type) return py_int_compare(a, b) == 0;
  if (t == &py_float_type || py_is_complex(a)) // the doubles after the header, bit for bit
    return memcmp(a + 1, b + 1, t->basicsize - sizeof(Obj)) == 0;
  if (t == &py_str_type) return py_str_equal(a, b);
  if (t == &py_bytes_type)
    return py_bytes_len(a) == py_bytes_len(b) &&
           memcmp(py_bytes_data(a), py_bytes_data(b), py_bytes_len(a)) == 0;
  if (t == &py_tuple_type) {
    size_t n = py_tuple_len(a);
    if (n != py_tuple_len(b)) return false;
    for (size_t i = 0; i < n; i++)
      if (!const_equal(py_tuple_items(a)[i], py_tuple_items(b)[i])) return false;
    return true;
  }
  return false;
}

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = (const unsigned char *)p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

// Consistent with const_equal: equal constants hash alike.
static uint64_t const_hash(Ref v) {
  Type *t = py_type(v);
  uint64_t h = 14695981039346656037ull ^ (uintptr_t)t;
  if (py_is_small(v)) return hash_bytes(h, &v, sizeof v);
  if (t == &py_int_type) {
    IntObj *i = (IntObj *)v;
    h = hash_bytes(h, &i->size, sizeof i->size);
    return hash_bytes(h, i->digit, (size_t)(i->size < 0 ? -i->size : i->size) * sizeof(uint32_t));
  }
  if (t == &py_float_type || py_is_complex(v))
    return hash_bytes(h, v + 1, t->basicsize - sizeof(Obj));
  if (t == &py_str_type) return hash_bytes(h, py_str_data(v), py_str_len(v));
  if (t == &py_bytes_type) return hash_bytes(h, py_bytes_data(v), py_bytes_len(v));
  if (t == &py_tuple_type) {
    for (size_t i = 0; i < py_tuple_len(v); i++) h = (h ^ const_hash(py_tuple_items(v)[i])) * 31;
    return h;
  }
  return hash_bytes(h, &v, sizeof v);
}

static int const_index_grow(Unit *u) {
  uint32_t ncap = u->const_index.cap ? u->const_index.cap * 2 : 64;
  uint32_t *tab = (uint32_t *)py_malloc(ncap * sizeof(uint32_t));
  if (!tab) return -1;
  memset(tab, 0, ncap * sizeof(uint32_t));
  for (uint32_t i = 0; i < u->consts.len; i++) {
    if (py_type(u->consts.data[i]) == &py_code_type) continue;
    uint32_t j = (uint32_t)u->const_hashes.data[i] & (ncap - 1);
    while (tab[j]) j = (j + 1) & (ncap - 1);
    tab[j] = i + 1;
  }
  u->const_index.release();
  u->const_index.data = tab;
  u->const_index.cap = ncap;
  return 0;
}

// Index of constant v (borrowed), added if new. -1 on MemoryError.
static int add_const(Compiler *c, Ref v) {
  Unit *u = c->u;
  bool indexed = py_type(v) != &py_code_type; // code objects are never shared
  uint64_t h = const_hash(v);
  if ((u->consts.len + 1) * 2 > u->const_index.cap) TRY(const_index_grow(u));
  uint32_t mask = u->const_index.cap - 1, j = (uint32_t)h & mask;
  uint32_t *tab = u->const_index.data;
  for (; indexed && tab[j]; j = (j + 1) & mask) {
    uint32_t i = tab[j] - 1;
    if (u->const_hashes.data[i] == h && const_equal(u->consts.data[i], v)) return (int)i;
  }
  TRY(u->const_hashes.push(h));
  if (u->consts.push(py_newref(v)) < 0) {
    py_decref(v);
    u->const_hashes.len--;
    return -1;
  }
  if (indexed) tab[j] = u->consts.len;
  return (int)u->consts.len - 1;
}

static int emit_const(Compiler *c, Ref v) {
  int i = add_const(c, v);
  TRY(i);
  return emit(c, OP_LOAD_CONST, (uint32_t)i);
}

// Emit LOAD_CONST of a new reference (consumed).
static int emit_const_new(Compiler *c, Ref v) {
  if (!v) return -1;
  int r = emit_const(c, v);
  py_decref(v);
  return r;
}

static int emit_name_op(Compiler *c, int op, Ref name) {
  int i = c->u->names.add(name);
  TRY(i);
  return emit(c, op, (uint32_t)i);
}

// Like emit_name_op with the name mangled for the current class.
static int emit_mangled_op(Compiler *c, int op, Ref name) {
  Ref m = py_mangle(c->u->private_name, name);
  if (!m) return -1;
  int r = emit_name_op(c, op, m);
  py_decref(m);
  return r;
}

static int emit_jump(Compiler *c, int op, int label) { return emit(c, op, (uint32_t)label); }

static int push_fblock(Compiler *c, FBlockKind kind, int start, int exit,
                       const AstSeq<AstStmt *> *final = nullptr, Ref name = nullptr) {
  return c->u->fblocks.push(FBlock{kind, start, exit, final, name});
}
static void pop_fblock(Compiler *c) { c->u->fblocks.len--; }

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

static bool unit_is_function(Unit *u) {
  return u->kind == U_FUNCTION || u->kind == U_LAMBDA || u->kind == U_COMPREHENSION;
}

// Index for LOAD_CLOSURE / *_DEREF: cellvars first, then freevars.
static int deref_index(Unit *u, Ref name) {
  int i = u->cellvars.find(name);
  if (i >= 0) return i;
  i = u->freevars.find(name);
  if (i >= 0) return (int)u->cellvars.items.len + i;
  return c_internal("unknown cell variable");
}

static int nameop(Compiler *c, Ref name, AstCtx ctx, const AstExpr *where = nullptr) {
  Unit *u = c->u;
  if (py_str_equal_cstr(name, "__debug__")) {
    if (ctx == ACTX_Load) return emit_const(c, py_True);
    PyMsg msg = ctx == ACTX_Store ? PY_MSG("cannot assign to __debug__")
                                  : PY_MSG("cannot delete __debug__");
    if (where) return (c_error_expr)(c, where, msg);
    return py_compile_error(c->filename, c->src, u->lineno, 0, u->lineno, 0, "%s", py_msg_str(msg));
  }
  Ref m = py_mangle(u->private_name, name);
  if (!m) return -1;
  enum { NAME, FAST, DEREF, GLOBAL } kind = NAME;
  int scope = py_scope_get(u->ste, m);
  bool fn = unit_is_function(u);
  switch (scope) {
  case SC_FREE:
  case SC_CELL: kind = DEREF; break;
  case SC_LOCAL:
    if (fn) kind = FAST;
    break;
  case SC_GLOBAL_IMPLICIT:
    if (fn) kind = GLOBAL;
    break;
  case SC_GLOBAL_EXPLICIT: kind = GLOBAL; break;
  default: break;
  }
  int r;
  static const int ops[4][3] = {
      {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
      {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
      {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
      {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
  };
  int op = ops[kind][ctx];
  if (kind == DEREF) {
    int i = deref_index(u, m);
    if (op == OP_LOAD_DEREF && u->kind == U_CLASS) op = OP_LOAD_CLASSDEREF;
    r = i < 0 ? -1 : emit(c, op, (uint32_t)i);
  } else if (kind == FAST) {
    int i = u->varnames.add(m);
    r = i < 0 ? -1 : emit(c, op, (uint32_t)i);
  } else {
    r = emit_name_op(c, op, m);
  }
  py_decref(m);
  return r;
}

static int nameop_str(Compiler *c, const char *name, AstCtx ctx) {
  Ref n = py_str_intern(name);
  if (!n) return -1;
  int r = nameop(c, n, ctx);
  py_decref(n);
  return r;
}

// ---------------------------------------------------------------------------
// Constant folding (tuples of constants, unary minus on numbers, __debug__)
// ---------------------------------------------------------------------------

// 1 with *out = new ref when e is a compile-time constant, 0 if not, -1 error.
static int fold_const(AstExpr *e, Ref *out) {
  switch (e->kind) {
  case EK_Constant: *out = py_newref(e->v.Constant.value); return 1;
  case EK_Name:
    if (e->v.Name.ctx == ACTX_Load && py_str_equal_cstr(e->v.Name.id, "__debug__")) {
      *out = py_True;
      return 1;
    }
    return 0;
  case EK_UnaryOp: {
    AstUnaryOp op = e->v.UnaryOp.op;
    AstExpr *x = e->v.UnaryOp.operand;
    if (op == AU_Not || x->kind != EK_Constant) return 0;
    Ref v = x->v.Constant.value;
    Type *t = py_type(v);
    bool floating = t == &py_float_type || py_is_complex(v);
    if (t != &py_int_type && !floating && !(op == AU_Invert && t == &py_bool_type)) return 0;
    if (op == AU_Invert && floating) return 0;
    int uop = op == AU_USub ? UNOP_NEG : op == AU_UAdd ? UNOP_POS : UNOP_INVERT;
    Ref r = py_unop(v, uop);
    if (!r) {
      py_err_clear(); // leave the error for run time
      return 0;
    }
    *out = r;
    return 1;
  }
  case EK_Tuple: {
    if (e->v.Tuple.ctx != ACTX_Load) return 0;
    auto &elts = e->v.Tuple.elts;
    Ref *vals = elts.n ? (Ref *)py_malloc(elts.n * sizeof(Ref)) : nullptr;
    if (elts.n && !vals) return -1;
    int k = 0, r = 1;
    for (; k < elts.n; k++) {
      r = fold_const(elts.items[k], &vals[k]);
      if (r <= 0) break;
    }
    if (r == 1) {
      *out = py_tuple_from_array(vals, (size_t)elts.n);
      if (!*out) r = -1;
    }
    for (int i = 0; i < k; i++) py_decref(vals[i]);
    if (vals) py_free(vals, elts.n * sizeof(Ref));
    return r;
  }
  default: return 0;
  }
}

// Constness of an expression's truth value: 1 true, 0 false, -1 unknown.
static int const_truth(AstExpr *e) {
  if (e->kind == EK_Name) {
    if (e->v.Name.ctx == ACTX_Load && py_str_equal_cstr(e->v.Name.id, "__debug__")) return 1;
    return -1;
  }
  if (e->kind != EK_Constant) return -1;
  Ref v = e->v.Constant.value;
  Type *t = py_type(v);
  if (v == py_None || v == py_False) return 0;
  if (v == py_True || v == py_Ellipsis) return 1;
  if (t == &py_int_type) return py_int_sign(v) != 0;
  if (t == &py_float_type) return py_float_value(v) != 0.0;
  if (t == &py_str_type) return py_str_len(v) != 0;
  if (t == &py_bytes_type) return py_bytes_len(v) != 0;
  return -1;
}

// ---------------------------------------------------------------------------
// Scopes and assembly
// ---------------------------------------------------------------------------

static int name_cmp(Ref a, Ref b) { return strcmp(py_str_data(a), py_str_data(b)); }

// Free variables of scope s in CodeObj order (sorted by name).
static int collect_freevars(Scope *s, Vec<Ref> *out) {
  for (uint32_t i = 0; i < s->nsyms; i++) {
    Symbol *sym = &s->syms[i];
    if (sym->scope == SC_FREE || (sym->flags & SYM_FREE_CLASS)) TRY(out->push(sym->name));
  }
  for (uint32_t i = 1; i < out->len; i++)
    for (uint32_t j = i; j > 0 && name_cmp(out->data[j - 1], out->data[j]) > 0; j--) {
      Ref t = out->data[j];
      out->data[j] = out->data[j - 1];
      out->data[j - 1] = t;
    }
  return 0;
}

static int collect_cellvars(Scope *s, Vec<Ref> *out) {
  for (uint32_t i = 0; i < s->nsyms; i++)
    if (s->syms[i].scope == SC_CELL) TRY(out->push(s->syms[i].name));
  for (uint32_t i = 1; i < out->len; i++)
    for (uint32_t j = i; j > 0 && name_cmp(out->data[j - 1], out->data[j]) > 0; j--) {
      Ref t = out->data[j];
      out->data[j] = out->data[j - 1];
      out->data[j - 1] = t;
    }
  return 0;
}

static void unit_free(Unit *u) {
  u->code.release();
  u->lines.release();
  u->labels.release();
  for (uint32_t i = 0; i < u->consts.len; i++) py_decref(u->consts.data[i]);
  u->consts.release();
  u->const_hashes.release();
  u->const_index.release();
  u->names.release();
  u->varnames.release();
  u->cellvars.release();
  u->freevars.release();
  u->fblocks.release();
  py_xdecref(u->name);
  py_xdecref(u->qualname);
  py_free(u, sizeof(Unit));
}

// CPython's __qualname__ rules.
static Ref make_qualname(Unit *u) {
  Unit *parent = u->prev;
  if (!parent || parent->kind == U_MODULE) return py_newref(u->name);
  if (u->kind == U_FUNCTION || u->kind == U_CLASS) {
    Ref m = py_mangle(parent->private_name, u->name);
    if (!m) return nullptr;
    int scope = py_scope_get(parent->ste, m);
    py_decref(m);
    if (scope == SC_GLOBAL_EXPLICIT) return py_newref(u->name);
  }
  bool fn = parent->kind == U_FUNCTION || parent->kind == U_LAMBDA;
  return py_str_format("%U%s.%U", parent->qualname, fn ? ".<locals>" : "", u->name);
}

static void exit_scope(Compiler *c);

static int enter_scope(Compiler *c, UnitKind kind, Ref name, const void *key, int firstlineno) {
  Scope *ste = c->u ? py_symtable_child(c->u->ste, key) : c->st.top;
  if (!ste) return c_internal("missing symbol table");
  Unit *u = (Unit *)py_malloc(sizeof(Unit));
  if (!u) return -1;
  *u = Unit{};
  u->prev = c->u;
  u->ste = ste;
  u->kind = kind;
  u->name = py_newref(name);
  u->private_name = kind == U_CLASS ? name : c->u ? c->u->private_name : nullptr;
  u->lineno = u->firstlineno = firstlineno;
  c->u = u;
  c->nestlevel++;
  int r = 0;
  for (uint32_t i = 0; r >= 0 && i < ste->nparams; i++) r = u->varnames.add(ste->params[i]);
  Vec<Ref> tmp = {};
  if (r >= 0 && ste->needs_class_closure) {
    Ref cls = py_str_intern("__class__");
    r = cls ? u->cellvars.add(cls) : -1;
    py_xdecref(cls);
  }
  if (r >= 0) r = collect_cellvars(ste, &tmp);
  for (uint32_t i = 0; r >= 0 && i < tmp.len; i++) r = u->cellvars.add(tmp.data[i]);
  tmp.len = 0;
  if (r >= 0) r = collect_freevars(ste, &tmp);
  for (uint32_t i = 0; r >= 0 && i < tmp.len; i++) r = u->freevars.add(tmp.data[i]);
  tmp.release();
  if (r >= 0 && !(u->qualname = make_qualname(u))) r = -1;
  if (r < 0) exit_scope(c);
  return r < 0 ? -1 : 0;
}

// Leave the current unit (after assemble or on error).
static void exit_scope(Compiler *c) {
  Unit *u = c->u;
  c->u = u->prev;
  c->nestlevel--;
  unit_free(u);
}

struct DepthState {
  int32_t *stack, *block;
  Vec<uint32_t> work;
  int maxstack, maxblock;
};

static int stack_effect(int op, uint32_t arg, bool jump) {
  switch (op) {
  case OP_NOP:
  case OP_ROT_TWO:
  case OP_ROT_THREE:
  case OP_ROT_FOUR:
  case OP_DELETE_FAST:
  case OP_DELETE_NAME:
  case OP_DELETE_GLOBAL:
  case OP_DELETE_DEREF:
  case OP_LOAD_ATTR:
  case OP_UNARY_OP:
  case OP_JUMP:
  case OP_GET_ITER:
  case OP_LIST_TO_TUPLE:
  case OP_YIELD_VALUE:
  case OP_GET_YIELD_FROM_ITER:
  case OP_SETUP_ANNOTATIONS:
  case OP_POP_BLOCK:
  case OP_POP_EXCEPT: return 0;
  case OP_POP_TOP:
  case OP_STORE_FAST:
  case OP_STORE_NAME:
  case OP_STORE_GLOBAL:
  case OP_STORE_DEREF:
  case OP_DELETE_ATTR:
  case OP_BINARY_SUBSCR:
  case OP_BINARY_OP:
  case OP_COMPARE_OP:
  case OP_IS_OP:
  case OP_CONTAINS_OP:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_LIST_APPEND:
  case OP_SET_ADD:
  case OP_LIST_EXTEND:
  case OP_SET_UPDATE:
  case OP_DICT_UPDATE:
  case OP_DICT_MERGE:
  case OP_RETURN_VALUE:
  case OP_YIELD_FROM:
  case OP_IMPORT_NAME:
  case OP_IMPORT_STAR:
  case OP_RERAISE:
  case OP_PRINT_EXPR: return -1;
  case OP_DUP_TOP:
  case OP_LOAD_CONST:
  case OP_LOAD_FAST:
  case OP_LOAD_NAME:
  case OP_LOAD_GLOBAL:
  case OP_LOAD_DEREF:
  case OP_LOAD_CLOSURE:
  case OP_LOAD_CLASSDEREF:
  case OP_LOAD_METHOD:
  case OP_LOAD_BUILD_CLASS:
  case OP_IMPORT_FROM:
  case OP_LOAD_ASSERTION_ERROR:
  case OP_SETUP_WITH:
  case OP_WITH_EXCEPT_START: return 1;
  case OP_DUP_TOP_TWO: return 2;
  case OP_STORE_ATTR:
  case OP_DELETE_SUBSCR:
  case OP_MAP_ADD:
  case OP_JUMP_IF_NOT_EXC_MATCH: return -2;
  case OP_STORE_SUBSCR: return -3;
  case OP_CALL_METHOD: return -(int)arg - 1;
  case OP_CALL_METHOD_KW: return -(int)arg - 2;
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
  case OP_FOR_ITER: return jump ? -1 : 1;
  case OP_BUILD_TUPLE:
  case OP_BUILD_LIST:
  case OP_BUILD_SET:
  case OP_BUILD_SLICE:
  case OP_BUILD_STRING: return 1 - (int)arg;
  case OP_BUILD_MAP: return 1 - 2 * (int)arg;
  case OP_BUILD_CONST_KEY_MAP: return -(int)arg;
  case OP_UNPACK_SEQUENCE: return (int)arg - 1;
  case OP_UNPACK_EX: return (int)(arg & 0xFF) + (int)(arg >> 8);
  case OP_CALL_FUNCTION: return -(int)arg;
  case OP_CALL_FUNCTION_KW: return -(int)arg - 1;
  case OP_CALL_FUNCTION_EX: return -1 - (int)(arg & 1);
  case OP_MAKE_FUNCTION:
    return -(int)((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
  case OP_SETUP_FINALLY: return jump ? 1 : 0;
  case OP_RAISE_VARARGS: return -(int)arg;
  case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
  case OP_LOAD_SUPER_ATTR: return (int)(arg & 1);
  default: return 0;
  }
}

static int block_effect(int op) {
  switch (op) {
  case OP_SETUP_FINALLY:
  case OP_SETUP_WITH: return 1; // the handler runs under the EXCEPT_HANDLER block replacing it
  case OP_POP_BLOCK:
  case OP_POP_EXCEPT: return -1;
  default: return 0;
  }
}

static bool is_terminal(int op) {
  return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

static int depth_visit(DepthState *d, uint32_t i, int s, int b) {
  if (s < 0 || b < 0) return c_internal("stack underflow");
  if (d->stack[i] >= 0) // every path must reach an instruction with the same depths
    return d->stack[i] == s && d->block[i] == b ? 0 : c_internal("inconsistent stack depth");
  d->stack[i] = s;
  d->block[i] = b;
  if (s > d->maxstack) d->maxstack = s;
  if (b > d->maxblock) d->maxblock = b;
  return d->work.push(i);
}

// Max value-stack and block-stack depths over every path through the code.
static int compute_depths(Instr *code, uint32_t n, int *maxstack, int *maxblock) {
  DepthState d = {};
  d.stack = (int32_t *)py_malloc(n * sizeof(int32_t) * 2);
  if (!d.stack) return -1;
  d.block = d.stack + n;
  for (uint32_t i = 0; i < n; i++) d.stack[i] = -1;
  int r = depth_visit(&d, 0, 0, 0);
  while (r >= 0 && d.work.len) {
    uint32_t i = d.work.data[--d.work.len];
    int s = d.stack[i], b = d.block[i];
    int op = py_instr_op(code[i]);
    uint32_t arg = py_instr_arg(code[i]);
    if (is_jump(op)) {
      r = depth_visit(&d, arg, s + stack_effect(op, arg, true), b + block_effect(op));
      if (r < 0) break;
    }
    if (is_terminal(op)) continue;
    s += stack_effect(op, arg, false);
    b += block_effect(op);
    if (s > d.maxstack) d.maxstack = s;
    if (i + 1 < n) r = depth_visit(&d, i + 1, s, b);
  }
  py_free(d.stack, n * sizeof(int32_t) * 2);
  d.work.release();
  *maxstack = d.maxstack;
  *maxblock = d.maxblock;
  return r < 0 ? -1 : 0;
}

static Ref tuple_of(Vec<Ref> &v) {
  Ref t = py_tuple_new(v.len);
  if (!t) return nullptr;
  for (uint32_t i = 0; i < v.len; i++) py_tuple_items(t)[i] = py_newref(v.data[i]);
  return t;
}

static bool ends_with_return(Unit *u) {
  if (!u->code.len || py_instr_op(u->code.data[u->code.len - 1]) != OP_RETURN_VALUE) return false;
  for (uint32_t i = 0; i < u->labels.len; i++)
    if (u->labels.data[i] == (int32_t)u->code.len) return false;
  return true;
}

static uint32_t code_flags(Unit *u) {
  Scope *s = u->ste;
  uint32_t f = 0;
  if (unit_is_function(u)) {
    if (s->varargs) f |= CO_VARARGS;
    if (s->varkeywords) f |= CO_VARKEYWORDS;
    if (s->nested) f |= CO_NESTED;
    if (s->generator) f |= CO_GENERATOR;
    if (s->coroutine) f |= CO_COROUTINE;
    if (u->docstring) f |= CO_DOCSTRING;
  } else {
    f |= CO_MODULE;
  }
  if (!u->cellvars.items.len && !u->freevars.items.len) f |= CO_NOFREE;
  return f;
}

// Note [Fused instructions] (opcodes.h). Runs on resolved jumps, after the
// depths are computed from the unfused code.
static void fuse_pairs(Instr *code, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    int op = py_instr_op(code[i]);
    uint32_t next = op == OP_JUMP ? py_instr_arg(code[i]) : i + 1;
    if (next >= n) continue;
    int second = py_instr_base_op(code[next]);
#define FUSE_PAIR(a, b)                                                                            \
  if (op == OP_##a && second == OP_##b) code[i] = py_instr(OP_##a##__##b, py_instr_arg(code[i]));
    PY_FUSED_OPCODES(FUSE_PAIR)
#undef FUSE_PAIR
  }
}

// Build the CodeObj of the current unit (new ref).
static Ref assemble(Compiler *c) {
  Unit *u = c->u;
  uint32_t n = u->code.len;
  for (uint32_t i = 0; i < n; i++) {
    Instr in = u->code.data[i];
    int op = py_instr_op(in);
    if (!is_jump(op)) continue;
    int32_t target = u->labels.data[py_instr_arg(in)];
    if (target < 0 || (uint32_t)target >= n) {
      c_internal("unbound label");
      return nullptr;
    }
    u->code.data[i] = py_instr(op, (uint32_t)target);
  }
  int maxstack, maxblock;
  if (compute_depths(u->code.data, n, &maxstack, &maxblock) < 0) return nullptr;
  fuse_pairs(u->code.data, n);

  // Line table: one run per stretch of equal lines (LineEntry), encoded in a
  // scratch buffer of the worst-case size, then copied at its real length.
  Vec<uint8_t> lines = {};
  LineEntry prev = {0, 0};
  for (uint32_t i = 0; i < n; i++) {
    if (i && u->lines.data[i] == prev.line) continue;
    if (lines.reserve(lines.len + 10) < 0) {
      lines.release();
      return nullptr;
    }
    LineEntry e = {i, u->lines.data[i]};
    lines.len = py_code_line_put(lines.data, lines.len, prev, e);
    prev = e;
  }

  uint32_t ncells = u->cellvars.items.len;
  Instr *code = (Instr *)py_malloc(n * sizeof(Instr));
  uint8_t *lt = lines.len ? (uint8_t *)py_malloc(lines.len) : nullptr;
  int32_t *c2a = ncells ? (int32_t *)py_malloc(ncells * sizeof(int32_t)) : nullptr;
  Ref consts = tuple_of(u->consts), names = tuple_of(u->names.items);
  Ref varnames = tuple_of(u->varnames.items), cellvars = tuple_of(u->cellvars.items);
  Ref freevars = tuple_of(u->freevars.items);
  CodeObj *co = nullptr;
  if (code && (lt || !lines.len) && (c2a || !ncells) && consts && names && varnames && cellvars &&
      freevars)
    co = (CodeObj *)py_obj_alloc(&py_code_type, sizeof(CodeObj));
  if (!co) {
    if (code) py_free(code, n * sizeof(Instr));
    if (lt) py_free(lt, lines.len);
    if (c2a) py_free(c2a, ncells * sizeof(int32_t));
    py_xdecref(consts);
    py_xdecref(names);
    py_xdecref(varnames);
    py_xdecref(cellvars);
    py_xdecref(freevars);
    lines.release();
    return nullptr;
  }
  memcpy(code, u->code.data, n * sizeof(Instr));
  if (lines.len) memcpy(lt, lines.data, lines.len);
  for (uint32_t i = 0; i < ncells; i++) {
    c2a[i] = -1;
    Ref cell = u->cellvars.items.data[i];
    for (uint32_t p = 0; p < u->ste->nparams; p++)
      if (u->ste->params[p] == cell) c2a[i] = (int32_t)p;
  }
  co->code = code;
  co->ncode = n;
  co->lines = lt;
  co->nlines = lines.len;
  co->flags = code_flags(u);
  co->argcount = (uint16_t)u->argcount;
  co->posonlyargcount = (uint16_t)u->posonlyargcount;
  co->kwonlyargcount = (uint16_t)u->kwonlyargcount;
  co->nlocals = (uint16_t)u->varnames.items.len;
  co->stacksize = (uint32_t)maxstack;
  co->blocksize = (uint32_t)maxblock;
  co->firstlineno = (uint32_t)u->firstlineno;
  co->consts = consts;
  co->names = names;
  co->varnames = varnames;
  co->cellvars = cellvars;
  co->freevars = freevars;
  co->cell2arg = c2a;
  co->name = py_newref(u->name);
  co->qualname = py_newref(u->qualname);
  co->filename = py_newref(c->filename);
  lines.release();
  if (u->varnames.items.len > 0xFFFF || u->argcount > 0xFFFF || u->kwonlyargcount > 0xFFFF) {
    py_decref((Ref)co);
    py_err_set_str(&py_SyntaxError_type, "too many local variables");
    return nullptr;
  }
  return (Ref)co;
}

// Assemble the current unit and leave it. New ref or nullptr.
static Ref finish_unit(Compiler *c) {
  Ref co = assemble(c);
  exit_scope(c);
  return co;
}

// ---------------------------------------------------------------------------
// Visitors
// ---------------------------------------------------------------------------

static int visit_expr(Compiler *c, AstExpr *e);
static int visit_stmt(Compiler *c, AstStmt *s);

static int visit_stmts(Compiler *c, const AstSeq<AstStmt *> &seq) {
  for (int i = 0; i < seq.n; i++) TRY(visit_stmt(c, seq.items[i]));
  return 0;
}

static int visit_exprs(Compiler *c, const AstSeq<AstExpr *> &seq) {
  for (int i = 0; i < seq.n; i++) TRY(visit_expr(c, seq.items[i]));
  return 0;
}

static bool is_docstring(AstStmt *s) {
  return s->kind == SK_Expr && s->v.Expr.value->kind == EK_Constant &&
         py_type(s->v.Expr.value->v.Constant.value) == &py_str_type;
}

// Does a module / class body contain annotations (not looking into defs)?
static bool find_ann(const AstSeq<AstStmt *> &seq) {
  for (int i = 0; i < seq.n; i++) {
    AstStmt *s = seq.items[i];
    switch (s->kind) {
    case SK_AnnAssign: return true;
    case SK_For:
    case SK_AsyncFor:
      if (find_ann(s->v.For.body) || find_ann(s->v.For.orelse)) return true;
      break;
    case SK_While:
    case SK_If:
      if (find_ann(s->v.While.body) || find_ann(s->v.While.orelse)) return true;
      break;
    case SK_With:
    case SK_AsyncWith:
      if (find_ann(s->v.With.body)) return true;
      break;
    case SK_Try:
    case SK_TryStar:
      if (find_ann(s->v.Try.body) || find_ann(s->v.Try.orelse) || find_ann(s->v.Try.finalbody))
        return true;
      for (int h = 0; h < s->v.Try.handlers.n; h++)
        if (find_ann(s->v.Try.handlers.items[h]->body)) return true;
      break;
    default: break;
    }
  }
  return false;
}

// Module / class body: SETUP_ANNOTATIONS, docstring as __doc__, statements.
static int compile_body(Compiler *c, const AstSeq<AstStmt *> &body) {
  if (find_ann(body)) TRY(emit(c, OP_SETUP_ANNOTATIONS));
  int i = 0;
  if (body.n && is_docstring(body.items[0])) {
    c->u->lineno = body.items[0]->lineno;
    TRY(emit_const(c, body.items[0]->v.Expr.value->v.Constant.value));
    TRY(nameop_str(c, "__doc__", ACTX_Store));
    i = 1;
  }
  for (; i < body.n; i++) TRY(visit_stmt(c, body.items[i]));
  return 0;
}

// --- jumps -----------------------------------------------------------------

static int emit_compare_op(Compiler *c, int op) {
  switch (op) {
  case AC_Eq: return emit(c, OP_COMPARE_OP, CMP_EQ);
  case AC_NotEq: return emit(c, OP_COMPARE_OP, CMP_NE);
  case AC_Lt: return emit(c, OP_COMPARE_OP, CMP_LT);
  case AC_LtE: return emit(c, OP_COMPARE_OP, CMP_LE);
  case AC_Gt: return emit(c, OP_COMPARE_OP, CMP_GT);
  case AC_GtE: return emit(c, OP_COMPARE_OP, CMP_GE);
  case AC_Is: return emit(c, OP_IS_OP, 0);
  case AC_IsNot: return emit(c, OP_IS_OP, 1);
  case AC_In: return emit(c, OP_CONTAINS_OP, 0);
  case AC_NotIn: return emit(c, OP_CONTAINS_OP, 1);
  }
  return c_internal("bad comparison");
}

// Jump to `label` if the truth of e equals `cond`; otherwise fall through.
static int jump_if(Compiler *c, AstExpr *e, int label, bool cond) {
  int saved = c->u->lineno;
  c->u->lineno = e->lineno;
  int r = 0;
  switch (e->kind) {
  case EK_UnaryOp:
    if (e->v.UnaryOp.op == AU_Not) {
      r = jump_if(c, e->v.UnaryOp.operand, label, !cond);
      goto done;
    }
    break;
  case EK_BoolOp: {
    auto &vals = e->v.BoolOp.values;
    bool cond2 = e->v.BoolOp.op == AB_Or;
    int next2 = label;
    if (cond2 != cond && (next2 = new_label(c)) < 0) return -1;
    for (int i = 0; i < vals.n - 1; i++) TRY(jump_if(c, vals.items[i], next2, cond2));
    TRY(jump_if(c, vals.items[vals.n - 1], label, cond));
    if (next2 != label) bind_label(c, next2);
    goto done;
  }
  case EK_IfExp: {
    int end = new_label(c), next2 = new_label(c);
    if (end < 0 || next2 < 0) return -1;
    TRY(jump_if(c, e->v.IfExp.test, next2, false));
    TRY(jump_if(c, e->v.IfExp.body, label, cond));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, next2);
    TRY(jump_if(c, e->v.IfExp.orelse, label, cond));
    bind_label(c, end);
    goto done;
  }
  case EK_Compare: {
    auto &cmp = e->v.Compare;
    int n = cmp.ops.n;
    if (n < 2) break;
    int cleanup = new_label(c), end = new_label(c);
    if (cleanup < 0 || end < 0) return -1;
    TRY(visit_expr(c, cmp.left));
    for (int i = 0; i < n - 1; i++) {
      TRY(visit_expr(c, cmp.comparators.items[i]));
      TRY(emit(c, OP_DUP_TOP));
      TRY(emit(c, OP_ROT_THREE));
      TRY(emit_compare_op(c, cmp.ops.items[i]));
      TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup));
    }
    TRY(visit_expr(c, cmp.comparators.items[n - 1]));
    TRY(emit_compare_op(c, cmp.ops.items[n - 1]));
    TRY(emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, cleanup);
    TRY(emit(c, OP_POP_TOP));
    if (!cond) TRY(emit_jump(c, OP_JUMP, label));
    bind_label(c, end);
    goto done;
  }
  default: {
    int t = const_truth(e);
    if (t >= 0) {
      if ((t == 1) == cond) r = emit_jump(c, OP_JUMP, label);
      goto done;
    }
    break;
  }
  }
  TRY(visit_expr(c, e));
  r = emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
done:
  c->u->lineno = saved;
  return r;
}

// --- unwinding for break / continue / return ------------------------------

static int call_exit_with_nones(Compiler *c) {
  TRY(emit_const(c, py_None));
  TRY(emit(c, OP_DUP_TOP));
  TRY(emit(c, OP_DUP_TOP));
  return emit(c, OP_CALL_FUNCTION, 3);
}

// Emit the code leaving frame block fb; preserve_tos keeps a value (a return
// value) on top of the stack across the cleanup.
static int unwind_fblock(Compiler *c, FBlock fb, bool preserve_tos) {
  switch (fb.kind) {
  case FB_WHILE_LOOP: return 0;
  case FB_FOR_LOOP:
  case FB_POP_VALUE:
    if (preserve_tos) TRY(emit(c, OP_ROT_TWO));
    return emit(c, OP_POP_TOP);
  case FB_TRY_EXCEPT: return emit(c, OP_POP_BLOCK);
  case FB_FINALLY_TRY: {
    TRY(emit(c, OP_POP_BLOCK));
    if (preserve_tos) TRY(push_fblock(c, FB_POP_VALUE, -1, -1));
    int saved = c->u->lineno;
    TRY(visit_stmts(c, *fb.final));
    c->u->lineno = saved;
    if (preserve_tos) pop_fblock(c);
    return 0;
  }
  case FB_FINALLY_END:
    if (preserve_tos) TRY(emit(c, OP_ROT_TWO));
    TRY(emit(c, OP_POP_TOP));
    return emit(c, OP_POP_EXCEPT);
  case FB_WITH:
    TRY(emit(c, OP_POP_BLOCK));
    if (preserve_tos) TRY(emit(c, OP_ROT_TWO));
    TRY(call_exit_with_nones(c));
    return emit(c, OP_POP_TOP);
  case FB_HANDLER_CLEANUP:
    if (fb.name) TRY(emit(c, OP_POP_BLOCK));
    TRY(emit(c, OP_POP_EXCEPT));
    if (fb.name) {
      TRY(emit_const(c, py_None));
      TRY(nameop(c, fb.name, ACTX_Store));
      TRY(nameop(c, fb.name, ACTX_Del));
    }
    return 0;
  }
  return 0;
}

// Unwind every frame block down to the innermost loop (when `loop` is given:
// *loop receives it and *found is set) or all of them.
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock *loop, bool *found) {
  Vec<FBlock> &fbs = c->u->fblocks;
  if (!fbs.len) return 0;
  FBlock top = fbs.data[fbs.len - 1];
  if (loop && (top.kind == FB_WHILE_LOOP || top.kind == FB_FOR_LOOP)) {
    *loop = top;
    *found = true;
    return 0;
  }
  fbs.len--;
  int r = unwind_fblock(c, top, preserve_tos);
  if (r >= 0) r = unwind_fblock_stack(c, preserve_tos, loop, found);
  if (fbs.push(top) < 0) return -1; // cannot fail: capacity is kept
  return r;
}

// --- function-like definitions --------------------------------------------

// LOAD_CLOSURE for every free variable of the scope opened by `key`, then
// BUILD_TUPLE. Sets flag 8 when there are any.
static int emit_closure(Compiler *c, const void *key, int *flags) {
  Scope *child = py_symtable_child(c->u->ste, key);
  if (!child) return c_internal("missing symbol table");
  Vec<Ref> fv = {};
  int r = collect_freevars(child, &fv);
  for (uint32_t i = 0; r >= 0 && i < fv.len; i++) {
    int idx = deref_index(c->u, fv.data[i]);
    r = idx < 0 ? -1 : emit(c, OP_LOAD_CLOSURE, (uint32_t)idx);
  }
  if (r >= 0 && fv.len) {
    r = emit(c, OP_BUILD_TUPLE, fv.len);
    *flags |= 8;
  }
  fv.release();
  return r;
}

static int emit_annotation_value(Compiler *c, AstExpr *ann) {
  if (c->future_annotations) return emit_const_new(c, py_ast_source_segment(c->src, ann));
  return visit_expr(c, ann);
}

static int add_annotation(Compiler *c, Ref name, AstExpr *ann, Vec<Ref> *names) {
  if (!ann) return 0;
  TRY(emit_annotation_value(c, ann));
  Ref m = py_mangle(c->u->private_name, name);
  if (!m) return -1;
  if (names->push(m) < 0) {
    py_decref(m);
    return -1;
  }
  return 0;
}

// Pushes the annotations dict (flag 4) if any parameter or the return is annotated.
static int emit_annotations(Compiler *c, AstArguments *a, AstExpr *returns, int *flags) {
  Vec<Ref> names = {};
  int r = 0;
  const AstSeq<AstArg *> *seqs[2] = {&a->posonlyargs, &a->args};
  for (auto seq : seqs)
    for (int i = 0; r >= 0 && i < seq->n; i++)
      r = add_annotation(c, seq->items[i]->arg, seq->items[i]->annotation, &names);
  if (r >= 0 && a->vararg) r = add_annotation(c, a->vararg->arg, a->vararg->annotation, &names);
  for (int i = 0; r >= 0 && i < a->kwonlyargs.n; i++)
    r = add_annotation(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &names);
  if (r >= 0 && a->kwarg) r = add_annotation(c, a->kwarg->arg, a->kwarg->annotation, &names);
  if (r >= 0 && returns) {
    Ref ret = py_str_intern("return");
    r = ret ? add_annotation(c, ret, returns, &names) : -1;
    py_xdecref(ret);
  }
  if (r >= 0 && names.len) {
    r = emit_const_new(c, tuple_of(names));
    if (r >= 0) r = emit(c, OP_BUILD_CONST_KEY_MAP, names.len);
    *flags |= 4;
  }
  for (uint32_t i = 0; i < names.len; i++) py_decref(names.data[i]);
  names.release();
  return r;
}

// Defaults tuple (flag 1) and keyword-only defaults dict (flag 2).
static int emit_defaults(Compiler *c, AstArguments *a, int *flags) {
  if (a->defaults.n) {
    TRY(visit_exprs(c, a->defaults));
    TRY(emit(c, OP_BUILD_TUPLE, (uint32_t)a->defaults.n));
    *flags |= 1;
  }
  int nkw = 0;
  for (int i = 0; i < a->kwonlyargs.n; i++) {
    AstExpr *d = a->kw_defaults.items[i];
    if (!d) continue;
    Ref m = py_mangle(c->u->private_name, a->kwonlyargs.items[i]->arg);
    TRY(emit_const_new(c, m));
    TRY(visit_expr(c, d));
    nkw++;
  }
  if (nkw) {
    TRY(emit(c, OP_BUILD_MAP, (uint32_t)nkw));
    *flags |= 2;
  }
  return 0;
}

// Everything MAKE_FUNCTION takes below the code object, bottom to top:
// defaults, kwdefaults, annotations, closure (CPython's order, which is also
// the evaluation order; vm.cpp's vm_make_function reads them so).
static int emit_function_prelude(Compiler *c, const void *key, AstArguments *a, AstExpr *returns,
                                 bool annotations, int *flags) {
  TRY(emit_defaults(c, a, flags));
  if (annotations) TRY(emit_annotations(c, a, returns, flags));
  return emit_closure(c, key, flags);
}

static void set_arg_counts(Unit *u, AstArguments *a) {
  u->argcount = a->posonlyargs.n + a->args.n;
  u->posonlyargcount = a->posonlyargs.n;
  u->kwonlyargcount = a->kwonlyargs.n;
}

static int emit_make_function(Compiler *c, Ref co, int flags) {
  if (!co) return -1;
  int r = emit_const(c, co);
  py_decref(co);
  TRY(r);
  return emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static int apply_decorators(Compiler *c, const AstSeq<AstExpr *> &decos) {
  for (int i = 0; i < decos.n; i++) TRY(emit(c, OP_CALL_FUNCTION, 1));
  return 0;
}

static int compile_function(Compiler *c, AstStmt *s) {
  auto &f = s->v.FunctionDef;
  TRY(visit_exprs(c, f.decorator_list));
  int firstlineno = f.decorator_list.n ? f.decorator_list.items[0]->lineno : s->lineno;
  int flags = 0;
  TRY(emit_function_prelude(c, s, f.args, f.returns, true, &flags));
  TRY(enter_scope(c, U_FUNCTION, f.name, s, firstlineno));
  Unit *u = c->u;
  set_arg_counts(u, f.args);
  int i = 0, r = 0;
  if (f.body.n && is_docstring(f.body.items[0])) {
    r = add_const(c, f.body.items[0]->v.Expr.value->v.Constant.value);
    u->docstring = true;
    i = 1;
  }
  for (; r >= 0 && i < f.body.n; i++) r = visit_stmt(c, f.body.items[i]);
  if (r >= 0 && !ends_with_return(u)) {
    r = emit_const(c, py_None);
    if (r >= 0) r = emit(c, OP_RETURN_VALUE);
  }
  if (r < 0) {
    exit_scope(c);
    return -1;
  }
  TRY(emit_make_function(c, finish_unit(c), flags));
  TRY(apply_decorators(c, f.decorator_list));
  c->u->lineno = s->lineno;
  return nameop(c, f.name, ACTX_Store);
}

static int compile_lambda(Compiler *c, AstExpr *e) {
  int flags = 0;
  TRY(emit_function_prelude(c, e, e->v.Lambda.args, nullptr, false, &flags));
  Ref name = py_str_intern("<lambda>");
  if (!name) return -1;
  int r = enter_scope(c, U_LAMBDA, name, e, e->lineno);
  py_decref(name);
  TRY(r);
  set_arg_counts(c->u, e->v.Lambda.args);
  r = visit_expr(c, e->v.Lambda.body);
  if (r >= 0 && c->u->ste->generator) { // a generator lambda returns None
    r = emit(c, OP_POP_TOP);
    if (r >= 0) r = emit_const(c, py_None);
  }
  if (r >= 0) r = emit(c, OP_RETURN_VALUE);
  if (r < 0) {
    exit_scope(c);
    return -1;
  }
  return emit_make_function(c, finish_unit(c), flags);
}

static int call_helper(Compiler *c, int pushed, const AstSeq<AstExpr *> &args,
                       const AstSeq<AstKeyword *> &keywords);

static int compile_class(Compiler *c, AstStmt *s) {
  auto &k = s->v.ClassDef;
  TRY(visit_exprs(c, k.decorator_list));
  int firstlineno = k.decorator_list.n ? k.decorator_list.items[0]->lineno : s->lineno;
  TRY(emit(c, OP_LOAD_BUILD_CLASS));
  int flags = 0;
  TRY(emit_closure(c, s, &flags));
  TRY(enter_scope(c, U_CLASS, k.name, s, firstlineno));
  Unit *u = c->u;
  int r = nameop_str(c, "__name__", ACTX_Load);
  if (r >= 0) r = nameop_str(c, "__module__", ACTX_Store);
  if (r >= 0) r = emit_const(c, u->qualname);
  if (r >= 0) r = nameop_str(c, "__qualname__", ACTX_Store);
  if (r >= 0) r = compile_body(c, k.body);
  if (r >= 0 && u->ste->needs_class_closure) {
    // The class body returns the __class__ cell (and exposes it as __classcell__)
    // so type.__new__ can fill it with the new class.
    r = emit(c, OP_LOAD_CLOSURE, 0);
    if (r >= 0) r = emit(c, OP_DUP_TOP);
    if (r >= 0) r = nameop_str(c, "__classcell__", ACTX_Store);
  } else if (r >= 0) {
    r = emit_const(c, py_None);
  }
  if (r >= 0) r = emit(c, OP_RETURN_VALUE);
  if (r < 0) {
    exit_scope(c);
    return -1;
  }
  TRY(emit_make_function(c, finish_unit(c), flags));
  c->u->lineno = s->lineno;
  TRY(emit_const(c, k.name));
  TRY(call_helper(c, 2, k.bases, k.keywords));
  TRY(apply_decorators(c, k.decorator_list));
  return nameop(c, k.name, ACTX_Store);
}

// --- comprehensions --------------------------------------------------------

enum CompKind { COMP_GEN, COMP_LIST, COMP_SET, COMP_DICT };

static int comprehension_generator(Compiler *c, const AstSeq<AstComprehension *> &gens, int gi,
                                   AstExpr *elt, AstExpr *val, CompKind kind) {
  int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
  if (start < 0 || if_cleanup < 0 || anchor < 0) return -1;
  AstComprehension *g = gens.items[gi];
  if (gi == 0) {
    TRY(emit(c, OP_LOAD_FAST, 0)); // the `.0` argument: the outermost iterator
  } else {
    TRY(visit_expr(c, g->iter));
    TRY(emit(c, OP_GET_ITER));
  }
  bind_label(c, start);
  TRY(emit_jump(c, OP_FOR_ITER, anchor));
  TRY(visit_expr(c, g->target));
  for (int i = 0; i < g->ifs.n; i++) TRY(jump_if(c, g->ifs.items[i], if_cleanup, false));
  if (++gi < gens.n) {
    TRY(comprehension_generator(c, gens, gi, elt, val, kind));
  } else {
    switch (kind) {
    case COMP_GEN:
      TRY(visit_expr(c, elt));
      TRY(emit(c, OP_YIELD_VALUE));
      TRY(emit(c, OP_POP_TOP));
      break;
    case COMP_LIST:
      TRY(visit_expr(c, elt));
      TRY(emit(c, OP_LIST_APPEND, (uint32_t)gi + 1));
      break;
    case COMP_SET:
      TRY(visit_expr(c, elt));
      TRY(emit(c, OP_SET_ADD, (uint32_t)gi + 1));
      break;
    case COMP_DICT:
      TRY(visit_expr(c, elt));
      TRY(visit_expr(c, val));
      TRY(emit(c, OP_MAP_ADD, (uint32_t)gi + 1));
      break;
    }
  }
  bind_label(c, if_cleanup);
  TRY(emit_jump(c, OP_JUMP, start));
  bind_label(c, anchor);
  return 0;
}

static int compile_comprehension(Compiler *c, AstExpr *e, CompKind kind, const char *name,
                                 const AstSeq<AstComprehension *> &gens, AstExpr *elt,
                                 AstExpr *val) {
  int flags = 0;
  TRY(emit_closure(c, e, &flags));
  Ref n = py_str_intern(name);
  if (!n) return -1;
  int r = enter_scope(c, U_COMPREHENSION, n, e, e->lineno);
  py_decref(n);
  TRY(r);
  c->u->argcount = 1;
  static const int build_op[] = {0, OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP};
  if (kind != COMP_GEN) r = emit(c, build_op[kind], 0);
  if (r >= 0) r = comprehension_generator(c, gens, 0, elt, val, kind);
  if (r >= 0 && kind == COMP_GEN) r = emit_const(c, py_None);
  if (r >= 0) r = emit(c, OP_RETURN_VALUE);
  if (r < 0) {
    exit_scope(c);
    return -1;
  }
  TRY(emit_make_function(c, finish_unit(c), flags));
  TRY(visit_expr(c, gens.items[0]->iter));
  TRY(emit(c, OP_GET_ITER));
  return emit(c, OP_CALL_FUNCTION, 1);
}

// --- displays and calls ----------------------------------------------------

// Fold elts[begin..end) into a constant tuple if they all are constants: 1 with
// *out, 0 if not, -1 error.
static int fold_elts(AstExpr *const *elts, int n, Ref *out) {
  Ref t = py_tuple_new((size_t)n);
  if (!t) return -1;
  for (int i = 0; i < n; i++) {
    Ref v;
    int r = fold_const(elts[i], &v);
    if (r <= 0) {
      for (int j = i; j < n; j++) py_tuple_items(t)[j] = py_None; // immortal filler
      py_decref(t);
      return r;
    }
    py_tuple_items(t)[i] = v;
  }
  *out = t;
  return 1;
}

static bool has_starred(const AstSeq<AstExpr *> &elts) {
  for (int i = 0; i < elts.n; i++)
    if (elts.items[i]->kind == EK_Starred) return true;
  return false;
}

// Build a list / set / tuple (tuple: built as a list then LIST_TO_TUPLE when it
// has starred items or is big) from elts; `pushed` values already on the stack
// become its first items.
static int starunpack(Compiler *c, const AstSeq<AstExpr *> &elts, int pushed, int build, int add,
                      int extend, bool tuple) {
  int n = elts.n;
  bool starred = has_starred(elts);
  if (!starred && pushed == 0 && n > 2 && build == OP_BUILD_LIST) {
    Ref folded;
    int r = fold_elts(elts.items, n, &folded);
    TRY(r);
    if (r == 1) {
      if (tuple) return emit_const_new(c, folded);
      if (emit(c, build, 0) < 0) {
        py_decref(folded);
        return -1;
      }
      TRY(emit_const_new(c, folded));
      return emit(c, extend, 1);
    }
  }
  bool big = n + pushed > DISPLAY_CHUNK;
  if (!starred && !big) {
    TRY(visit_exprs(c, elts));
    return emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + pushed));
  }
  bool built = false;
  if (big) {
    TRY(emit(c, build, (uint32_t)pushed));
    built = true;
  }
  for (int i = 0; i < n; i++) {
    AstExpr *elt = elts.items[i];
    if (elt->kind == EK_Starred) {
      if (!built) {
        TRY(emit(c, build, (uint32_t)(i + pushed)));
        built = true;
      }
      TRY(visit_expr(c, elt->v.Starred.value));
      TRY(emit(c, extend, 1));
    } else {
      TRY(visit_expr(c, elt));
      if (built) TRY(emit(c, add, 1));
    }
  }
  return tuple ? emit(c, OP_LIST_TO_TUPLE) : 0;
}

// A dict from keys/values[begin..end) (no ** entries).
static int subdict(Compiler *c, AstExpr *e, int begin, int end) {
  auto &d = e->v.Dict;
  int n = end - begin;
  if (n > 1) {
    Ref keys;
    int r = fold_elts(d.keys.items + begin, n, &keys);
    TRY(r);
    if (r == 1) {
      for (int i = begin; i < end; i++)
        if (visit_expr(c, d.values.items[i]) < 0) {
          py_decref(keys);
          return -1;
        }
      TRY(emit_const_new(c, keys));
      return emit(c, OP_BUILD_CONST_KEY_MAP, (uint32_t)n);
    }
  }
  for (int i = begin; i < end; i++) {
    TRY(visit_expr(c, d.keys.items[i]));
    TRY(visit_expr(c, d.values.items[i]));
  }
  return emit(c, OP_BUILD_MAP, (uint32_t)n);
}

static int compile_dict(Compiler *c, AstExpr *e) {
  auto &d = e->v.Dict;
  int n = d.values.n, elements = 0;
  bool have_dict = false;
  for (int i = 0; i < n; i++) {
    bool unpack = d.keys.items[i] == nullptr;
    if (elements && (unpack || elements == DISPLAY_CHUNK)) {
      TRY(subdict(c, e, i - elements, i));
      if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1));
      have_dict = true;
      elements = 0;
    }
    if (unpack) {
      if (!have_dict) TRY(emit(c, OP_BUILD_MAP, 0));
      have_dict = true;
      TRY(visit_expr(c, d.values.items[i]));
      TRY(emit(c, OP_DICT_UPDATE, 1));
    } else {
      elements++;
    }
  }
  if (elements) {
    TRY(subdict(c, e, n - elements, n));
    if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1));
    have_dict = true;
  }
  if (!have_dict) TRY(emit(c, OP_BUILD_MAP, 0));
  return 0;
}

static int check_keywords(Compiler *c, const AstSeq<AstKeyword *> &kws) {
  for (int i = 0; i < kws.n; i++) {
    Ref a = kws.items[i]->arg;
    if (!a) continue;
    for (int j = i + 1; j < kws.n; j++) {
      AstKeyword *k = kws.items[j];
      if (k->arg && py_str_equal(a, k->arg)) {
        py_compile_error(c->filename, c->src, k->lineno, k->col_offset, k->end_lineno,
                         k->end_col_offset, "keyword argument repeated: %U", a);
        return -1;
      }
    }
  }
  return 0;
}

// Push keyword values and the kwnames tuple constant.
static int emit_keywords(Compiler *c, const AstSeq<AstKeyword *> &kws) {
  Ref names = py_tuple_new((size_t)kws.n);
  if (!names) return -1;
  for (int i = 0; i < kws.n; i++) py_tuple_items(names)[i] = py_newref(kws.items[i]->arg);
  for (int i = 0; i < kws.n; i++)
    if (visit_expr(c, kws.items[i]->value) < 0) {
      py_decref(names);
      return -1;
    }
  return emit_const_new(c, names);
}

static bool has_double_star(const AstSeq<AstKeyword *> &kws) {
  for (int i = 0; i < kws.n; i++)
    if (!kws.items[i]->arg) return true;
  return false;
}

// A dict of keywords[begin..end) (all named).
static int subkwargs(Compiler *c, const AstSeq<AstKeyword *> &kws, int begin, int end) {
  int n = end - begin;
  if (n > 1) {
    Ref names = py_tuple_new((size_t)n);
    if (!names) return -1;
    for (int i = 0; i < n; i++) py_tuple_items(names)[i] = py_newref(kws.items[begin + i]->arg);
    for (int i = begin; i < end; i++)
      if (visit_expr(c, kws.items[i]->value) < 0) {
        py_decref(names);
        return -1;
      }
    TRY(emit_const_new(c, names));
    return emit(c, OP_BUILD_CONST_KEY_MAP, (uint32_t)n);
  }
  for (int i = begin; i < end; i++) {
    TRY(emit_const(c, kws.items[i]->arg));
    TRY(visit_expr(c, kws.items[i]->value));
  }
  return emit(c, OP_BUILD_MAP, (uint32_t)n);
}

// Arguments of a call whose callable (and `pushed` leading positional values)
// are on the stack; emits the call.
static int call_helper(Compiler *c, int pushed, const AstSeq<AstExpr *> &args,
                       const AstSeq<AstKeyword *> &keywords) {
  TRY(check_keywords(c, keywords));
  int nargs = args.n, nkw = keywords.n;
  if (!has_starred(args) && !has_double_star(keywords)) {
    TRY(visit_exprs(c, args));
    if (nkw) {
      TRY(emit_keywords(c, keywords));
      return emit(c, OP_CALL_FUNCTION_KW, (uint32_t)(pushed + nargs + nkw));
    }
    return emit(c, OP_CALL_FUNCTION, (uint32_t)(pushed + nargs));
  }
  // CALL_FUNCTION_EX: positional tuple, then an optional kwargs dict.
  if (pushed == 0 && nargs == 1 && args.items[0]->kind == EK_Starred) {
    TRY(visit_expr(c, args.items[0]->v.Starred.value)); // f(*a): the VM makes the tuple
  } else {
    TRY(starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
  }
  if (nkw) {
    int seen = 0;
    bool have_dict = false;
    for (int i = 0; i < nkw; i++) {
      AstKeyword *kw = keywords.items[i];
      if (kw->arg) {
        seen++;
        continue;
      }
      if (seen) {
        TRY(subkwargs(c, keywords, i - seen, i));
        if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1));
        have_dict = true;
        seen = 0;
      }
      if (!have_dict) {
        TRY(emit(c, OP_BUILD_MAP, 0));
        have_dict = true;
      }
      TRY(visit_expr(c, kw->value));
      TRY(emit(c, OP_DICT_MERGE, 1));
    }
    if (seen) {
      TRY(subkwargs(c, keywords, nkw - seen, nkw));
      if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1));
    }
  }
  return emit(c, OP_CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// Is e `super()` with `super` a global name, in a function? Then `super().x`
// compiles to LOAD_GLOBAL super; LOAD_SUPER_ATTR (Note [Zero-argument super]
// in vm.cpp).
static bool is_global_super_call(Compiler *c, AstExpr *e) {
  if (e->kind != EK_Call || e->v.Call.args.n || e->v.Call.keywords.n) return false;
  AstExpr *f = e->v.Call.func;
  if (f->kind != EK_Name || !py_str_equal_cstr(f->v.Name.id, "super") || !unit_is_function(c->u))
    return false;
  int scope = py_scope_get(c->u->ste, f->v.Name.id);
  return scope == SC_GLOBAL_IMPLICIT || scope == SC_GLOBAL_EXPLICIT;
}

// `value.attr` for a load (method: LOAD_METHOD's two slots for CALL_METHOD).
static int emit_load_attr(Compiler *c, AstExpr *e, bool method) {
  auto &a = e->v.Attribute;
  bool super = is_global_super_call(c, a.value);
  if (super) {
    TRY(nameop(c, a.value->v.Call.func->v.Name.id, ACTX_Load));
  } else {
    TRY(visit_expr(c, a.value));
  }
  int saved = c->u->lineno;
  c->u->lineno = e->end_lineno;
  int r;
  if (super) {
    Ref m = py_mangle(c->u->private_name, a.attr);
    int i = m ? c->u->names.add(m) : -1;
    py_xdecref(m);
    r = i < 0 ? -1 : emit(c, OP_LOAD_SUPER_ATTR, (uint32_t)i << 1 | method);
  } else {
    r = emit_mangled_op(c, method ? OP_LOAD_METHOD : OP_LOAD_ATTR, a.attr);
  }
  c->u->lineno = saved;
  return r;
}

static int compile_call(Compiler *c, AstExpr *e) {
  auto &call = e->v.Call;
  AstExpr *f = call.func;
  if (f->kind == EK_Attribute && f->v.Attribute.ctx == ACTX_Load && !has_starred(call.args) &&
      !has_double_star(call.keywords)) {
    TRY(check_keywords(c, call.keywords));
    TRY(emit_load_attr(c, f, true));
    TRY(visit_exprs(c, call.args));
    int argc = call.args.n + call.keywords.n;
    if (call.keywords.n) {
      TRY(emit_keywords(c, call.keywords));
      return emit(c, OP_CALL_METHOD_KW, (uint32_t)argc);
    }
    return emit(c, OP_CALL_METHOD, (uint32_t)argc);
  }
  TRY(visit_expr(c, f));
  return call_helper(c, 0, call.args, call.keywords);
}

// --- other expressions -----------------------------------------------------

static int compile_compare(Compiler *c, AstExpr *e) {
  auto &cmp = e->v.Compare;
  int n = cmp.ops.n;
  TRY(visit_expr(c, cmp.left));
  if (n == 1) {
    TRY(visit_expr(c, cmp.comparators.items[0]));
    return emit_compare_op(c, cmp.ops.items[0]);
  }
  int cleanup = new_label(c), end = new_label(c);
  if (cleanup < 0 || end < 0) return -1;
  for (int i = 0; i < n - 1; i++) {
    TRY(visit_expr(c, cmp.comparators.items[i]));
    TRY(emit(c, OP_DUP_TOP));
    TRY(emit(c, OP_ROT_THREE));
    TRY(emit_compare_op(c, cmp.ops.items[i]));
    TRY(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
  }
  TRY(visit_expr(c, cmp.comparators.items[n - 1]));
  TRY(emit_compare_op(c, cmp.ops.items[n - 1]));
  TRY(emit_jump(c, OP_JUMP, end));
  bind_label(c, cleanup);
  TRY(emit(c, OP_ROT_TWO));
  TRY(emit(c, OP_POP_TOP));
  bind_label(c, end);
  return 0;
}

static int binop_arg(AstOperator op) {
  switch (op) {
  case AO_Add: return BINOP_ADD;
  case AO_Sub: return BINOP_SUB;
  case AO_Mult: return BINOP_MUL;
  case AO_MatMult: return BINOP_MATMUL;
  case AO_Div: return BINOP_TRUEDIV;
  case AO_Mod: return BINOP_MOD;
  case AO_Pow: return BINOP_POW;
  case AO_LShift: return BINOP_LSHIFT;
  case AO_RShift: return BINOP_RSHIFT;
  case AO_BitOr: return BINOP_OR;
  case AO_BitXor: return BINOP_XOR;
  case AO_BitAnd: return BINOP_AND;
  case AO_FloorDiv: return BINOP_FLOORDIV;
  }
  return BINOP_ADD;
}

static int compile_boolop(Compiler *c, AstExpr *e) {
  auto &b = e->v.BoolOp;
  int op = b.op == AB_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
  int end = new_label(c);
  TRY(end);
  for (int i = 0; i < b.values.n - 1; i++) {
    TRY(visit_expr(c, b.values.items[i]));
    TRY(emit_jump(c, op, end));
  }
  TRY(visit_expr(c, b.values.items[b.values.n - 1]));
  bind_label(c, end);
  return 0;
}

static int compile_slice(Compiler *c, AstExpr *e) {
  auto &s = e->v.Slice;
  if (s.lower)
    TRY(visit_expr(c, s.lower));
  else
    TRY(emit_const(c, py_None));
  if (s.upper)
    TRY(visit_expr(c, s.upper));
  else
    TRY(emit_const(c, py_None));
  if (s.step) {
    TRY(visit_expr(c, s.step));
    return emit(c, OP_BUILD_SLICE, 3);
  }
  return emit(c, OP_BUILD_SLICE, 2);
}

static int compile_formatted_value(Compiler *c, AstExpr *e) {
  auto &f = e->v.FormattedValue;
  TRY(visit_expr(c, f.value));
  uint32_t arg = 0;
  switch (f.conversion) {
  case ACONV_Str: arg = 1; break;
  case ACONV_Repr: arg = 2; break;
  case ACONV_Ascii: arg = 3; break;
  default: break;
  }
  if (f.format_spec) {
    TRY(visit_expr(c, f.format_spec));
    arg |= 4;
  }
  return emit(c, OP_FORMAT_VALUE, arg);
}

static int compile_joined_str(Compiler *c, AstExpr *e) {
  auto &vals = e->v.JoinedStr.values;
  if (vals.n == 0) return emit_const_new(c, py_str_new("", 0));
  TRY(visit_exprs(c, vals));
  return vals.n == 1 ? 0 : emit(c, OP_BUILD_STRING, (uint32_t)vals.n);
}

// Store the value on top of the stack into a Tuple / List target.
static int unpack_store(Compiler *c, AstExpr *e) {
  auto &elts = e->v.Tuple.elts;
  int n = elts.n;
  bool seen_star = false;
  for (int i = 0; i < n; i++) {
    AstExpr *elt = elts.items[i];
    if (elt->kind != EK_Starred) continue;
    if (seen_star) return c_error_expr(c, elt, "multiple starred expressions in assignment");
    if (i >= (1 << 8) || n - i - 1 >= (1 << 16))
      return c_error_expr(c, elt, "too many expressions in star-unpacking assignment");
    TRY(emit(c, OP_UNPACK_EX, (uint32_t)i | ((uint32_t)(n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) TRY(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n));
  for (int i = 0; i < n; i++) {
    AstExpr *elt = elts.items[i];
    TRY(visit_expr(c, elt->kind == EK_Starred ? elt->v.Starred.value : elt));
  }
  return 0;
}

static int compile_yield_check(Compiler *c, AstExpr *e) {
  if (!unit_is_function(c->u)) return c_error_expr(c, e, "'yield' outside function");
  return 0;
}

static int visit_expr_inner(Compiler *c, AstExpr *e) {
  switch (e->kind) {
  case EK_BoolOp: return compile_boolop(c, e);
  case EK_NamedExpr:
    TRY(visit_expr(c, e->v.NamedExpr.value));
    TRY(emit(c, OP_DUP_TOP));
    return nameop(c, e->v.NamedExpr.target->v.Name.id, ACTX_Store, e->v.NamedExpr.target);
  case EK_BinOp:
    TRY(visit_expr(c, e->v.BinOp.left));
    TRY(visit_expr(c, e->v.BinOp.right));
    return emit(c, OP_BINARY_OP, (uint32_t)binop_arg(e->v.BinOp.op));
  case EK_UnaryOp: {
    Ref v;
    int r = fold_const(e, &v);
    TRY(r);
    if (r == 1) return emit_const_new(c, v);
    TRY(visit_expr(c, e->v.UnaryOp.operand));
    static const int ops[] = {UNOP_INVERT, UNARY_NOT_ARG, UNOP_POS, UNOP_NEG};
    return emit(c, OP_UNARY_OP, (uint32_t)ops[e->v.UnaryOp.op]);
  }
  case EK_Lambda: return compile_lambda(c, e);
  case EK_IfExp: {
    int end = new_label(c), next = new_label(c);
    if (end < 0 || next < 0) return -1;
    TRY(jump_if(c, e->v.IfExp.test, next, false));
    TRY(visit_expr(c, e->v.IfExp.body));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, next);
    TRY(visit_expr(c, e->v.IfExp.orelse));
    bind_label(c, end);
    return 0;
  }
  case EK_Dict: return compile_dict(c, e);
  case EK_Set:
    return starunpack(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
  case EK_ListComp:
    return compile_comprehension(c, e, COMP_LIST, "<listcomp>", e->v.ListComp.generators,
                                 e->v.ListComp.elt, nullptr);
  case EK_SetComp:
    return compile_comprehension(c, e, COMP_SET, "<setcomp>", e->v.SetComp.generators,
                                 e->v.SetComp.elt, nullptr);
  case EK_DictComp:
    return compile_comprehension(c, e, COMP_DICT, "<dictcomp>", e->v.DictComp.generators,
                                 e->v.DictComp.key, e->v.DictComp.value);
  case EK_GeneratorExp:
    return compile_comprehension(c, e, COMP_GEN, "<genexpr>", e->v.GeneratorExp.generators,
                                 e->v.GeneratorExp.elt, nullptr);
  case EK_Await:
    if (!unit_is_function(c->u)) return c_error_expr(c, e, "'await' outside function");
    return c_error_expr(c, e, "'await' outside async function");
  case EK_Yield:
    TRY(compile_yield_check(c, e));
    if (e->v.Yield.value)
      TRY(visit_expr(c, e->v.Yield.value));
    else
      TRY(emit_const(c, py_None));
    return emit(c, OP_YIELD_VALUE);
  case EK_YieldFrom:
    TRY(compile_yield_check(c, e));
    TRY(visit_expr(c, e->v.YieldFrom.value));
    TRY(emit(c, OP_GET_YIELD_FROM_ITER));
    TRY(emit_const(c, py_None));
    return emit(c, OP_YIELD_FROM);
  case EK_Compare: return compile_compare(c, e);
  case EK_Call: return compile_call(c, e);
  case EK_FormattedValue: return compile_formatted_value(c, e);
  case EK_JoinedStr: return compile_joined_str(c, e);
  case EK_Constant: return emit_const(c, e->v.Constant.value);
  case EK_Attribute: {
    auto &a = e->v.Attribute;
    if (a.ctx == ACTX_Load) return emit_load_attr(c, e, false);
    TRY(visit_expr(c, a.value));
    int saved = c->u->lineno;
    c->u->lineno = e->end_lineno;
    static const int ops[] = {OP_LOAD_ATTR, OP_STORE_ATTR, OP_DELETE_ATTR};
    int r = emit_mangled_op(c, ops[a.ctx], a.attr);
    c->u->lineno = saved;
    return r;
  }
  case EK_Subscript: {
    auto &s = e->v.Subscript;
    TRY(visit_expr(c, s.value));
    TRY(visit_expr(c, s.slice));
    static const int ops[] = {OP_BINARY_SUBSCR, OP_STORE_SUBSCR, OP_DELETE_SUBSCR};
    return emit(c, ops[s.ctx]);
  }
  case EK_Starred:
    if (e->v.Starred.ctx == ACTX_Store)
      return c_error_expr(c, e, "starred assignment target must be in a list or tuple");
    return c_error_expr(c, e, "can't use starred expression here");
  case EK_Slice: return compile_slice(c, e);
  case EK_Name: return nameop(c, e->v.Name.id, e->v.Name.ctx, e);
  case EK_List:
  case EK_Tuple: {
    auto &l = e->v.List;
    bool tuple = e->kind == EK_Tuple;
    if (l.ctx == ACTX_Store) return unpack_store(c, e);
    if (l.ctx == ACTX_Del) return visit_exprs(c, l.elts);
    return starunpack(c, l.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
  }
  }
  return c_internal("unknown expression kind");
}

static int check_depth(Compiler *c) {
  if (c->depth > PY_COMPILE_MAX_DEPTH) {
    py_err_set_str(&py_RecursionError_type, "maximum recursion depth exceeded during compilation");
    return -1;
  }
  return 0;
}

static int visit_expr(Compiler *c, AstExpr *e) {
  int saved = c->u->lineno;
  c->u->lineno = e->lineno;
  c->depth++;
  int r = check_depth(c) < 0 ? -1 : visit_expr_inner(c, e);
  c->depth--;
  c->u->lineno = saved;
  return r;
}

// --- statements ------------------------------------------------------------

static int compile_return(Compiler *c, AstStmt *s) {
  AstExpr *v = s->v.Return.value;
  if (!unit_is_function(c->u)) return c_error_stmt(c, s, "'return' outside function");
  bool preserve = v && v->kind != EK_Constant;
  if (preserve) TRY(visit_expr(c, v));
  TRY(unwind_fblock_stack(c, preserve, nullptr, nullptr));
  c->u->lineno = s->lineno;
  if (!v)
    TRY(emit_const(c, py_None));
  else if (!preserve)
    TRY(visit_expr(c, v));
  return emit(c, OP_RETURN_VALUE);
}

static int compile_break_continue(Compiler *c, AstStmt *s, bool is_break) {
  FBlock loop;
  bool found = false;
  TRY(unwind_fblock_stack(c, false, &loop, &found));
  if (!found)
    return is_break ? c_error_stmt(c, s, "'break' outside loop")
                    : c_error_stmt(c, s, "'continue' not properly in loop");
  c->u->lineno = s->lineno;
  if (!is_break) return emit_jump(c, OP_JUMP, loop.start);
  TRY(unwind_fblock(c, loop, false));
  return emit_jump(c, OP_JUMP, loop.exit);
}

static int compile_if(Compiler *c, AstStmt *s) {
  auto &i = s->v.If;
  int end = new_label(c);
  TRY(end);
  int next = end;
  if (i.orelse.n && (next = new_label(c)) < 0) return -1;
  TRY(jump_if(c, i.test, next, false));
  TRY(visit_stmts(c, i.body));
  if (i.orelse.n) {
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, next);
    TRY(visit_stmts(c, i.orelse));
  }
  bind_label(c, end);
  return 0;
}

static int compile_while(Compiler *c, AstStmt *s) {
  auto &w = s->v.While;
  int loop = new_label(c), orelse = new_label(c), end = new_label(c);
  if (loop < 0 || orelse < 0 || end < 0) return -1;
  bind_label(c, loop);
  TRY(push_fblock(c, FB_WHILE_LOOP, loop, end));
  TRY(jump_if(c, w.test, orelse, false));
  TRY(visit_stmts(c, w.body));
  c->u->lineno = s->lineno;
  TRY(emit_jump(c, OP_JUMP, loop));
  pop_fblock(c);
  bind_label(c, orelse);
  TRY(visit_stmts(c, w.orelse));
  bind_label(c, end);
  return 0;
}

static int compile_for(Compiler *c, AstStmt *s) {
  auto &f = s->v.For;
  int start = new_label(c), cleanup = new_label(c), end = new_label(c);
  if (start < 0 || cleanup < 0 || end < 0) return -1;
  TRY(visit_expr(c, f.iter));
  TRY(emit(c, OP_GET_ITER));
  bind_label(c, start);
  TRY(emit_jump(c, OP_FOR_ITER, cleanup));
  TRY(push_fblock(c, FB_FOR_LOOP, start, end));
  TRY(visit_expr(c, f.target));
  TRY(visit_stmts(c, f.body));
  c->u->lineno = s->lineno;
  TRY(emit_jump(c, OP_JUMP, start));
  pop_fblock(c);
  bind_label(c, cleanup);
  TRY(visit_stmts(c, f.orelse));
  bind_label(c, end);
  return 0;
}

// try: body / except handlers / else. Handler entry stack: [.., exc].
static int compile_try_except(Compiler *c, AstStmt *s) {
  auto &t = s->v.Try;
  int except = new_label(c), orelse = new_label(c), end = new_label(c);
  if (except < 0 || orelse < 0 || end < 0) return -1;
  TRY(emit_jump(c, OP_SETUP_FINALLY, except));
  TRY(push_fblock(c, FB_TRY_EXCEPT, -1, -1));
  TRY(visit_stmts(c, t.body));
  pop_fblock(c);
  TRY(emit(c, OP_POP_BLOCK));
  TRY(emit_jump(c, OP_JUMP, orelse));
  bind_label(c, except);
  for (int i = 0; i < t.handlers.n; i++) {
    AstExceptHandler *h = t.handlers.items[i];
    c->u->lineno = h->lineno;
    if (!h->type && i < t.handlers.n - 1) {
      py_compile_error(c->filename, c->src, h->lineno, h->col_offset, h->end_lineno,
                       h->end_col_offset, "default 'except:' must be last");
      return -1;
    }
    int next = new_label(c);
    TRY(next);
    if (h->type) {
      TRY(emit(c, OP_DUP_TOP));
      TRY(visit_expr(c, h->type));
      TRY(emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, next));
    }
    if (h->name) {
      // except E as name: the body runs in a try/finally that deletes `name`.
      int cleanup_end = new_label(c);
      TRY(cleanup_end);
      TRY(nameop(c, h->name, ACTX_Store));
      TRY(emit_jump(c, OP_SETUP_FINALLY, cleanup_end));
      TRY(push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, nullptr, h->name));
      TRY(visit_stmts(c, h->body));
      pop_fblock(c);
      TRY(emit(c, OP_POP_BLOCK));
      TRY(emit(c, OP_POP_EXCEPT));
      TRY(emit_const(c, py_None));
      TRY(nameop(c, h->name, ACTX_Store));
      TRY(nameop(c, h->name, ACTX_Del));
      TRY(emit_jump(c, OP_JUMP, end));
      bind_label(c, cleanup_end); // an exception in the body: [.., exc2]
      TRY(emit_const(c, py_None));
      TRY(nameop(c, h->name, ACTX_Store));
      TRY(nameop(c, h->name, ACTX_Del));
      TRY(emit(c, OP_RERAISE));
    } else {
      TRY(emit(c, OP_POP_TOP));
      TRY(push_fblock(c, FB_HANDLER_CLEANUP, -1, -1));
      TRY(visit_stmts(c, h->body));
      pop_fblock(c);
      TRY(emit(c, OP_POP_EXCEPT));
      TRY(emit_jump(c, OP_JUMP, end));
    }
    bind_label(c, next);
  }
  TRY(emit(c, OP_RERAISE)); // no handler matched: [.., exc]
  bind_label(c, orelse);
  TRY(visit_stmts(c, t.orelse));
  bind_label(c, end);
  return 0;
}

static int compile_try_finally(Compiler *c, AstStmt *s) {
  auto &t = s->v.Try;
  int handler = new_label(c), exit = new_label(c);
  if (handler < 0 || exit < 0) return -1;
  TRY(emit_jump(c, OP_SETUP_FINALLY, handler));
  TRY(push_fblock(c, FB_FINALLY_TRY, -1, -1, &t.finalbody));
  if (t.handlers.n)
    TRY(compile_try_except(c, s));
  else
    TRY(visit_stmts(c, t.body));
  TRY(emit(c, OP_POP_BLOCK));
  pop_fblock(c);
  TRY(visit_stmts(c, t.finalbody));
  TRY(emit_jump(c, OP_JUMP, exit));
  bind_label(c, handler); // [.., exc] under an EXCEPT_HANDLER block
  TRY(push_fblock(c, FB_FINALLY_END, -1, -1));
  TRY(visit_stmts(c, t.finalbody));
  pop_fblock(c);
  TRY(emit(c, OP_RERAISE));
  bind_label(c, exit);
  return 0;
}

static int compile_with(Compiler *c, AstStmt *s, int pos) {
  auto &w = s->v.With;
  AstWithItem *item = w.items.items[pos];
  int final = new_label(c), exit = new_label(c), suppress = new_label(c);
  if (final < 0 || exit < 0 || suppress < 0) return -1;
  TRY(visit_expr(c, item->context_expr));
  c->u->lineno = s->lineno;
  TRY(emit_jump(c, OP_SETUP_WITH, final));
  TRY(push_fblock(c, FB_WITH, -1, -1));
  if (item->optional_vars)
    TRY(visit_expr(c, item->optional_vars));
  else
    TRY(emit(c, OP_POP_TOP));
  if (pos + 1 == w.items.n)
    TRY(visit_stmts(c, w.body));
  else
    TRY(compile_with(c, s, pos + 1));
  pop_fblock(c);
  c->u->lineno = s->lineno;
  TRY(emit(c, OP_POP_BLOCK));
  TRY(call_exit_with_nones(c));
  TRY(emit(c, OP_POP_TOP));
  TRY(emit_jump(c, OP_JUMP, exit));
  bind_label(c, final); // [.., exit, exc]
  TRY(emit(c, OP_WITH_EXCEPT_START));
  TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
  TRY(emit(c, OP_RERAISE));
  bind_label(c, suppress);
  TRY(emit(c, OP_POP_TOP));
  TRY(emit(c, OP_POP_EXCEPT));
  TRY(emit(c, OP_POP_TOP));
  bind_label(c, exit);
  return 0;
}

static int compile_assert(Compiler *c, AstStmt *s) {
  int end = new_label(c);
  TRY(end);
  TRY(jump_if(c, s->v.Assert.test, end, true));
  TRY(emit(c, OP_LOAD_ASSERTION_ERROR));
  if (s->v.Assert.msg) {
    TRY(visit_expr(c, s->v.Assert.msg));
    TRY(emit(c, OP_CALL_FUNCTION, 1));
  }
  TRY(emit(c, OP_RAISE_VARARGS, 1));
  bind_label(c, end);
  return 0;
}

static int compile_raise(Compiler *c, AstStmt *s) {
  uint32_t n = 0;
  if (s->v.Raise.exc) {
    TRY(visit_expr(c, s->v.Raise.exc));
    n++;
    if (s->v.Raise.cause) {
      TRY(visit_expr(c, s->v.Raise.cause));
      n++;
    }
  }
  return emit(c, OP_RAISE_VARARGS, n);
}

// `import a.b.c as d`: IMPORT_NAME gives the top package; walk to a.b.c.
static int import_as(Compiler *c, Ref name, Ref asname) {
  const char *n = py_str_data(name);
  const char *dot = strchr(n, '.');
  if (dot) {
    for (;;) {
      const char *start = dot + 1;
      dot = strchr(start, '.');
      size_t len = dot ? (size_t)(dot - start) : strlen(start);
      Ref attr = py_str_intern_n(start, len);
      if (!attr) return -1;
      int r = emit_name_op(c, OP_IMPORT_FROM, attr);
      py_decref(attr);
      TRY(r);
      if (!dot) break;
      TRY(emit(c, OP_ROT_TWO));
      TRY(emit(c, OP_POP_TOP));
    }
    TRY(nameop(c, asname, ACTX_Store));
    return emit(c, OP_POP_TOP);
  }
  return nameop(c, asname, ACTX_Store);
}

static int compile_import(Compiler *c, AstStmt *s) {
  auto &names = s->v.Import.names;
  for (int i = 0; i < names.n; i++) {
    AstAlias *a = names.items[i];
    TRY(emit_const(c, py_small_new(0)));
    TRY(emit_const(c, py_None));
    TRY(emit_name_op(c, OP_IMPORT_NAME, a->name));
    if (a->asname) {
      TRY(import_as(c, a->name, a->asname));
      continue;
    }
    const char *n = py_str_data(a->name);
    const char *dot = strchr(n, '.');
    if (!dot) {
      TRY(nameop(c, a->name, ACTX_Store));
      continue;
    }
    Ref top = py_str_intern_n(n, (size_t)(dot - n));
    if (!top) return -1;
    int r = nameop(c, top, ACTX_Store);
    py_decref(top);
    TRY(r);
  }
  return 0;
}

static bool is_future_stmt(Compiler *c, AstStmt *s) {
  for (uint32_t i = 0; i < c->future_stmts.len; i++)
    if (c->future_stmts.data[i] == s) return true;
  return false;
}

static int compile_import_from(Compiler *c, AstStmt *s) {
  auto &f = s->v.ImportFrom;
  if (f.module && py_str_equal_cstr(f.module, "__future__") && !is_future_stmt(c, s))
    return c_error_stmt(c, s, "from __future__ imports must occur at the beginning of the file");
  TRY(emit_const(c, py_small_new(f.level)));
  Ref names = py_tuple_new((size_t)f.names.n);
  if (!names) return -1;
  for (int i = 0; i < f.names.n; i++) py_tuple_items(names)[i] = py_newref(f.names.items[i]->name);
  TRY(emit_const_new(c, names));
  if (f.module) {
    TRY(emit_name_op(c, OP_IMPORT_NAME, f.module));
  } else {
    Ref empty = py_str_intern("");
    if (!empty) return -1;
    int r = emit_name_op(c, OP_IMPORT_NAME, empty);
    py_decref(empty);
    TRY(r);
  }
  for (int i = 0; i < f.names.n; i++) {
    AstAlias *a = f.names.items[i];
    if (i == 0 && py_str_equal_cstr(a->name, "*")) return emit(c, OP_IMPORT_STAR);
    TRY(emit_name_op(c, OP_IMPORT_FROM, a->name));
    TRY(nameop(c, a->asname ? a->asname : a->name, ACTX_Store));
  }
  return emit(c, OP_POP_TOP);
}

static int compile_augassign(Compiler *c, AstStmt *s) {
  auto &a = s->v.AugAssign;
  AstExpr *t = a.target;
  uint32_t op = BINOP_INPLACE | (uint32_t)binop_arg(a.op);
  switch (t->kind) {
  case EK_Attribute:
    TRY(visit_expr(c, t->v.Attribute.value));
    TRY(emit(c, OP_DUP_TOP));
    TRY(emit_mangled_op(c, OP_LOAD_ATTR, t->v.Attribute.attr));
    TRY(visit_expr(c, a.value));
    TRY(emit(c, OP_BINARY_OP, op));
    TRY(emit(c, OP_ROT_TWO));
    return emit_mangled_op(c, OP_STORE_ATTR, t->v.Attribute.attr);
  case EK_Subscript:
    TRY(visit_expr(c, t->v.Subscript.value));
    TRY(visit_expr(c, t->v.Subscript.slice));
    TRY(emit(c, OP_DUP_TOP_TWO));
    TRY(emit(c, OP_BINARY_SUBSCR));
    TRY(visit_expr(c, a.value));
    TRY(emit(c, OP_BINARY_OP, op));
    TRY(emit(c, OP_ROT_THREE));
    return emit(c, OP_STORE_SUBSCR);
  case EK_Name:
    TRY(nameop(c, t->v.Name.id, ACTX_Load));
    TRY(visit_expr(c, a.value));
    TRY(emit(c, OP_BINARY_OP, op));
    return nameop(c, t->v.Name.id, ACTX_Store, t);
  default: return c_error_expr(c, t, "illegal expression for augmented assignment");
  }
}

static int compile_annassign(Compiler *c, AstStmt *s) {
  auto &a = s->v.AnnAssign;
  AstExpr *t = a.target;
  if (a.value) {
    TRY(visit_expr(c, a.value));
    TRY(visit_expr(c, t));
  }
  bool ns_scope = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
  if (t->kind == EK_Name && a.simple) {
    if (!ns_scope) return 0; // annotations of function locals are not evaluated
    TRY(emit_annotation_value(c, a.annotation));
    TRY(nameop_str(c, "__annotations__", ACTX_Load));
    TRY(emit_const_new(c, py_mangle(c->u->private_name, t->v.Name.id)));
    return emit(c, OP_STORE_SUBSCR);
  }
  if (!a.value) { // evaluate the target's parts for their side effects
    if (t->kind == EK_Attribute) {
      TRY(visit_expr(c, t->v.Attribute.value));
      TRY(emit(c, OP_POP_TOP));
    } else if (t->kind == EK_Subscript) {
      TRY(visit_expr(c, t->v.Subscript.value));
      TRY(emit(c, OP_POP_TOP));
      TRY(visit_expr(c, t->v.Subscript.slice));
      TRY(emit(c, OP_POP_TOP));
    }
  }
  if (ns_scope && !c->future_annotations) {
    TRY(visit_expr(c, a.annotation));
    TRY(emit(c, OP_POP_TOP));
  }
  return 0;
}

static bool is_plain_seq(AstExpr *e) {
  return (e->kind == EK_Tuple || e->kind == EK_List) && !has_starred(e->v.Tuple.elts);
}

static int compile_assign(Compiler *c, AstStmt *s) {
  auto &a = s->v.Assign;
  AstExpr *v = a.value;
  // a, b = x, y: no tuple is built, the values are rotated into place.
  if (a.targets.n == 1 && is_plain_seq(a.targets.items[0]) && v->kind == EK_Tuple &&
      is_plain_seq(v)) {
    int n = v->v.Tuple.elts.n;
    if ((n == 2 || n == 3) && a.targets.items[0]->v.Tuple.elts.n == n) {
      TRY(visit_exprs(c, v->v.Tuple.elts));
      if (n == 3) TRY(emit(c, OP_ROT_THREE));
      TRY(emit(c, OP_ROT_TWO));
      auto &elts = a.targets.items[0]->v.Tuple.elts;
      for (int i = 0; i < n; i++) TRY(visit_expr(c, elts.items[i]));
      return 0;
    }
  }
  TRY(visit_expr(c, v));
  for (int i = 0; i < a.targets.n; i++) {
    if (i < a.targets.n - 1) TRY(emit(c, OP_DUP_TOP));
    TRY(visit_expr(c, a.targets.items[i]));
  }
  return 0;
}

static int compile_expr_stmt(Compiler *c, AstStmt *s) {
  AstExpr *v = s->v.Expr.value;
  if (c->interactive && c->nestlevel <= 1) {
    TRY(visit_expr(c, v));
    return emit(c, OP_PRINT_EXPR);
  }
  if (v->kind == EK_Constant) return 0; // a bare constant (or docstring) does nothing
  TRY(visit_expr(c, v));
  return emit(c, OP_POP_TOP);
}

static int visit_stmt_inner(Compiler *c, AstStmt *s) {
  switch (s->kind) {
  case SK_FunctionDef:
  case SK_AsyncFunctionDef: // flagged CO_COROUTINE; the VM decides what calling it does
    return compile_function(c, s);
  case SK_ClassDef: return compile_class(c, s);
  case SK_Return: return compile_return(c, s);
  case SK_Delete: return visit_exprs(c, s->v.Delete.targets);
  case SK_Assign: return compile_assign(c, s);
  case SK_AugAssign: return compile_augassign(c, s);
  case SK_AnnAssign: return compile_annassign(c, s);
  case SK_For: return compile_for(c, s);
  case SK_While: return compile_while(c, s);
  case SK_If: return compile_if(c, s);
  case SK_With: return compile_with(c, s, 0);
  case SK_Raise: return compile_raise(c, s);
  case SK_Try:
    if (s->v.Try.finalbody.n) return compile_try_finally(c, s);
    return compile_try_except(c, s);
  case SK_Assert: return compile_assert(c, s);
  case SK_Import: return compile_import(c, s);
  case SK_ImportFrom: return compile_import_from(c, s);
  case SK_Expr: return compile_expr_stmt(c, s);
  case SK_Global:
  case SK_Nonlocal:
  case SK_Pass: return 0;
  case SK_Break: return compile_break_continue(c, s, true);
  case SK_Continue: return compile_break_continue(c, s, false);
  case SK_AsyncFor:
  case SK_AsyncWith:
    return c_error_stmt(c, s, "asynchronous loops and with statements are not supported");
  case SK_Match: return c_error_stmt(c, s, "the match statement is not supported");
  case SK_TryStar: return c_error_stmt(c, s, "except* is not supported");
  }
  return c_internal("unknown statement kind");
}

static int visit_stmt(Compiler *c, AstStmt *s) {
  c->u->lineno = s->lineno;
  c->depth++;
  int r = check_depth(c) < 0 ? -1 : visit_stmt_inner(c, s);
  c->depth--;
  return r;
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

// Leading `from __future__ import ...` statements (after the docstring).
static int check_future(Compiler *c, AstMod *mod) {
  if (mod->kind == MOD_Expression) return 0;
  auto &body = mod->body;
  int i = mod->kind == MOD_Module && body.n && is_docstring(body.items[0]) ? 1 : 0;
  static const char *const known[] = {"nested_scopes",    "generators",     "division",
                                      "absolute_import",  "with_statement", "print_function",
                                      "unicode_literals", "generator_stop", "annotations"};
  for (; i < body.n; i++) {
    AstStmt *s = body.items[i];
    if (s->kind != SK_ImportFrom || !s->v.ImportFrom.module || s->v.ImportFrom.level ||
        !py_str_equal_cstr(s->v.ImportFrom.module, "__future__"))
      break;
    for (int k = 0; k < s->v.ImportFrom.names.n; k++) {
      Ref name = s->v.ImportFrom.names.items[k]->name;
      bool ok = false;
      for (const char *f : known) ok = ok || py_str_equal_cstr(name, f);
      if (py_str_equal_cstr(name, "braces")) return c_error_stmt(c, s, "not a chance");
      if (!ok) return c_error_stmt(c, s, "future feature %U is not defined", name);
      if (py_str_equal_cstr(name, "annotations")) c->future_annotations = true;
    }
    TRY(c->future_stmts.push(s));
  }
  return 0;
}

static Ref compile_mod(Compiler *c, AstMod *mod, int mode) {
  Ref name = py_str_intern("<module>");
  if (!name) return nullptr;
  int r = enter_scope(c, U_MODULE, name, mod, 1);
  py_decref(name);
  if (r < 0) return nullptr;
  switch (mod->kind) {
  case MOD_Module:
    r = compile_body(c, mod->body);
    if (r >= 0) r = emit_const(c, py_None);
    break;
  case MOD_Interactive:
    c->interactive = mode == COMPILE_SINGLE;
    if (find_ann(mod->body)) r = emit(c, OP_SETUP_ANNOTATIONS);
    if (r >= 0) r = visit_stmts(c, mod->body);
    if (r >= 0) r = emit_const(c, py_None);
    break;
  default: r = visit_expr(c, mod->expr); break;
  }
  if (r >= 0) r = emit(c, OP_RETURN_VALUE);
  if (r < 0) {
    while (c->u) exit_scope(c);
    return nullptr;
  }
  return finish_unit(c);
}

Ref py_compile_ast(AstMod *mod, Ref filename, int mode) {
  Compiler c = {};
  c.filename = filename;
  c.src = mod->src;
  Ref co = nullptr;
  if (check_future(&c, mod) >= 0 &&
      py_symtable_build(&c.st, mod, filename, mod->src, c.future_annotations) >= 0)
    co = compile_mod(&c, mod, mode);
  while (c.u) exit_scope(&c);
  py_symtable_free(&c.st);
  c.future_stmts.release();
  return co;
}

Ref py_compile(const char *src, size_t len, Ref filename, int mode, bool *incomplete) {
  AstArena arena;
  ast_arena_init(&arena);
  AstMod *mod = py_parse(src, len, filename, mode, &arena, incomplete);
  Ref co = mod ? py_compile_ast(mod, filename, mode) : nullptr;
  ast_arena_free(&arena);
  return co;
}
