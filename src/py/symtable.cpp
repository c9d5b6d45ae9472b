// Symbol tables: a first pass over the AST records how every name is used in
// every scope; the analysis pass then resolves each name to local / global /
// free / cell, following Python's scoping rules (class bodies are not visible
// from nested scopes, comprehensions are functions, walrus targets inside
// comprehensions bind in the enclosing function).
#include "py/symtable.h"

#include <cstdio>

#include "py/strobj.h"

// ---------------------------------------------------------------------------
// NameMap
// ---------------------------------------------------------------------------

static uint32_t namemap_hash(Ref key) { return (uint32_t)(((uintptr_t)key >> 4) * 2654435761u); }

void py_namemap_free(NameMap *m) {
  if (m->keys) {
    py_free(m->keys, m->cap * sizeof(Ref));
    py_free(m->vals, m->cap * sizeof(uint32_t));
  }
  m->keys = nullptr;
  m->vals = nullptr;
  m->cap = m->used = 0;
}

// Slot holding `key`, or the empty slot where it would go. Requires cap > 0.
static uint32_t namemap_slot(const NameMap *m, Ref key) {
  uint32_t mask = m->cap - 1, i = namemap_hash(key) & mask;
  while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
  return i;
}

uint32_t py_namemap_get(const NameMap *m, Ref key) {
  if (!m->cap) return 0;
  uint32_t i = namemap_slot(m, key);
  return m->keys[i] ? m->vals[i] : 0;
}

static int namemap_grow(NameMap *m) {
  uint32_t ncap = m->cap ? m->cap * 2 : 16;
  Ref *keys = (Ref *)py_malloc(ncap * sizeof(Ref));
  uint32_t *vals = keys ? (uint32_t *)py_malloc(ncap * sizeof(uint32_t)) : nullptr;
  if (!vals) {
    if (keys) py_free(keys, ncap * sizeof(Ref));
    return -1;
  }
  memset(keys, 0, ncap * sizeof(Ref));
  NameMap n = {keys, vals, ncap, 0};
  for (uint32_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    uint32_t j = namemap_slot(&n, m->keys[i]);
    n.keys[j] = m->keys[i];
    n.vals[j] = m->vals[i];
    n.used++;
  }
  py_namemap_free(m);
  *m = n;
  return 0;
}

int py_namemap_set(NameMap *m, Ref key, uint32_t val) {
  if ((m->used + 1) * 4 > m->cap * 3 && namemap_grow(m) < 0) return -1;
  uint32_t i = namemap_slot(m, key);
  if (!m->keys[i]) {
    m->keys[i] = key;
    m->used++;
  }
  m->vals[i] = val;
  return 0;
}

static bool set_has(const NameMap *s, Ref k) { return py_namemap_get(s, k) != 0; }
static int set_add(NameMap *s, Ref k) { return py_namemap_set(s, k, 1); }
static void set_remove(NameMap *s, Ref k) {
  if (set_has(s, k)) py_namemap_set(s, k, 0);
}
static int set_union(NameMap *dst, const NameMap *src) {
  for (uint32_t i = 0; i < src->cap; i++)
    if (src->keys[i] && src->vals[i] && set_add(dst, src->keys[i]) < 0) return -1;
  return 0;
}
static int set_copy(NameMap *dst, const NameMap *src) {
  *dst = NameMap{};
  return src ? set_union(dst, src) : 0;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// Code points in the first `nbytes` bytes of a UTF-8 string.
static int utf8_chars(const char *s, int nbytes) {
  int n = 0;
  for (int i = 0; i < nbytes && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

// Start of line `lineno` (1-based) in src, or nullptr.
static const char *source_line(const char *src, int lineno) {
  if (!src || lineno < 1) return nullptr;
  const char *p = src;
  for (int l = 1; l < lineno; l++) {
    p = strchr(p, '\n');
    if (!p) return nullptr;
    p++;
  }
  return p;
}

int py_compile_error(Ref filename, const char *src, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref msg = py_str_vformat(fmt, ap);
  va_end(ap);
  if (!msg) return -1;
  Ref text = nullptr;
  int offset = col + 1, end_offset = end_col + 1;
  const char *line = source_line(src, lineno);
  if (line) {
    const char *e = strchr(line, '\n');
    size_t len = e ? (size_t)(e - line) + 1 : strlen(line);
    text = py_str_new(line, len);
    if (!text) {
      py_decref(msg);
      return -1;
    }
    offset = utf8_chars(line, col) + 1;
    const char *eline = end_lineno == lineno ? line : source_line(src, end_lineno);
    if (eline) end_offset = utf8_chars(eline, end_col) + 1;
  }
  py_err_syntax(&py_SyntaxError_type, py_str_data(msg), filename, lineno, offset, text, end_lineno,
                end_offset);
  py_decref(msg);
  py_xdecref(text);
  return -1;
}

// ---------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------

static void scope_free(Scope *s) {
  for (uint32_t i = 0; i < s->nchildren; i++) scope_free(s->children[i]);
  if (s->children) py_free(s->children, s->capchildren * sizeof(Scope *));
  for (uint32_t i = 0; i < s->nsyms; i++) py_decref(s->syms[i].name);
  if (s->syms) py_free(s->syms, s->capsyms * sizeof(Symbol));
  if (s->params) py_free(s->params, s->capparams * sizeof(Ref));
  py_namemap_free(&s->index);
  py_xdecref(s->name);
  py_free(s, sizeof(Scope));
}

void py_symtable_free(SymTable *st) {
  if (st->top) scope_free(st->top);
  st->top = nullptr;
}

Scope *py_symtable_child(Scope *parent, const void *key) {
  for (uint32_t i = 0; i < parent->nchildren; i++)
    if (parent->children[i]->key == key) return parent->children[i];
  return nullptr;
}

Symbol *py_scope_lookup(Scope *s, Ref name) {
  uint32_t i = py_namemap_get(&s->index, name);
  return i ? &s->syms[i - 1] : nullptr;
}

// Grow an array of T to hold one more item. -1 on MemoryError.
template <class T> static int grow1(T **arr, uint32_t n, uint32_t *cap) {
  if (n < *cap) return 0;
  uint32_t ncap = *cap ? *cap * 2 : 8;
  T *p = (T *)py_realloc(*arr, *cap * sizeof(T), ncap * sizeof(T));
  if (!p) return -1;
  *arr = p;
  *cap = ncap;
  return 0;
}

static Symbol *scope_add_symbol(Scope *s, Ref name) {
  if (grow1(&s->syms, s->nsyms, &s->capsyms) < 0) return nullptr;
  if (py_namemap_set(&s->index, name, s->nsyms + 1) < 0) return nullptr;
  Symbol *sym = &s->syms[s->nsyms++];
  *sym = Symbol{};
  sym->name = py_newref(name);
  return sym;
}

Ref py_mangle(Ref privateobj, Ref name) {
  const char *n = py_str_data(name);
  size_t len = py_str_len(name);
  if (!privateobj || len < 2 || n[0] != '_' || n[1] != '_') return py_newref(name);
  if ((len >= 4 && n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.'))
    return py_newref(name);
  const char *p = py_str_data(privateobj);
  while (*p == '_') p++;
  if (!*p) return py_newref(name);
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_addc(&b, '_');
  py_strbuf_adds(&b, p);
  py_strbuf_add(&b, n, len);
  Ref r = py_strbuf_finish(&b);
  return r ? py_str_intern_ref(r) : nullptr;
}

// ---------------------------------------------------------------------------
// Pass 1: collect symbols
// ---------------------------------------------------------------------------

struct StBuilder {
  SymTable *st;
  Scope *cur;
  Ref private_name; // innermost enclosing class name (for mangling)
  int depth;
};

struct Loc {
  int lineno, col, end_lineno, end_col;
};
static Loc loc_expr(const AstExpr *e) {
  return {e->lineno, e->col_offset, e->end_lineno, e->end_col_offset};
}
static Loc loc_stmt(const AstStmt *s) {
  return {s->lineno, s->col_offset, s->end_lineno, s->end_col_offset};
}

// Takes a PyMsg (obj.h: compressed messages); the macro makes one of a literal.
static int(st_error)(StBuilder *b, Loc l, PyMsg fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref msg = py_str_vformat(py_msg_str(fmt), ap);
  va_end(ap);
  if (!msg) return -1;
  py_compile_error(b->st->filename, b->st->src, l.lineno, l.col, l.end_lineno, l.end_col, "%U",
                   msg);
  py_decref(msg);
  return -1;
}
#define st_error(b, l, fmt, ...) (st_error)(b, l, PY_MSG(fmt), ##__VA_ARGS__)

static int st_enter(StBuilder *b, ScopeKind kind, Ref name, const void *key, int lineno) {
  Scope *s = (Scope *)py_malloc(sizeof(Scope));
  if (!s) return -1;
  *s = Scope{};
  s->kind = kind;
  s->name = py_newref(name);
  s->key = key;
  s->lineno = lineno;
  s->parent = b->cur;
  if (b->cur) {
    Scope *p = b->cur;
    s->nested = p->nested || py_scope_is_function(p);
    if (grow1(&p->children, p->nchildren, &p->capchildren) < 0) {
      scope_free(s);
      return -1;
    }
    p->children[p->nchildren++] = s;
  } else {
    b->st->top = s;
  }
  b->cur = s;
  return 0;
}

static void st_exit(StBuilder *b) { b->cur = b->cur->parent; }

// Record `flag` for `name` in scope `s` (name already mangled).
static int st_add_in(StBuilder *b, Scope *s, Ref name, uint32_t flag, Loc l) {
  Symbol *sym = py_scope_lookup(s, name);
  if (sym && (flag & SYM_PARAM) && (sym->flags & SYM_PARAM))
    return st_error(b, l, "duplicate argument '%U' in function definition", name);
  if (!sym && !(sym = scope_add_symbol(s, name))) return -1;
  sym->flags |= flag;
  if ((flag & (SYM_GLOBAL | SYM_NONLOCAL)) && !sym->lineno) { // the first directive
    sym->lineno = l.lineno;
    sym->col = l.col;
    sym->end_lineno = l.end_lineno;
    sym->end_col = l.end_col;
  }
  if (flag & SYM_PARAM) {
    if (grow1(&s->params, s->nparams, &s->capparams) < 0) return -1;
    s->params[s->nparams++] = sym->name;
  }
  // A `global x` anywhere makes x an explicit global of the module too.
  if ((flag & SYM_GLOBAL) && s != b->st->top) {
    Symbol *g = py_scope_lookup(b->st->top, name);
    if (!g && !(g = scope_add_symbol(b->st->top, name))) return -1;
    g->flags |= SYM_GLOBAL;
  }
  return 0;
}

static int st_add(StBuilder *b, Ref name, uint32_t flag, Loc l) {
  Ref m = py_mangle(b->private_name, name);
  if (!m) return -1;
  int r = st_add_in(b, b->cur, m, flag, l);
  py_decref(m);
  return r;
}

static uint32_t st_lookup_flags(StBuilder *b, Ref name) {
  Ref m = py_mangle(b->private_name, name);
  if (!m) return 0;
  Symbol *sym = py_scope_lookup(b->cur, m);
  py_decref(m);
  return sym ? sym->flags : 0;
}

static int st_expr(StBuilder *b, AstExpr *e);
static int st_stmt(StBuilder *b, AstStmt *s);

static int st_exprs(StBuilder *b, AstSeq<AstExpr *> seq) {
  for (int i = 0; i < seq.n; i++)
    if (seq.items[i] && st_expr(b, seq.items[i]) < 0) return -1;
  return 0;
}
static int st_stmts(StBuilder *b, AstSeq<AstStmt *> seq) {
  for (int i = 0; i < seq.n; i++)
    if (st_stmt(b, seq.items[i]) < 0) return -1;
  return 0;
}

static int st_annotation(StBuilder *b, AstExpr *e) {
  // Postponed annotations are never evaluated: their names bind nothing.
  if (!e || b->st->future_annotations) return 0;
  return st_expr(b, e);
}

static int st_arg_annotations(StBuilder *b, AstArguments *a) {
  AstSeq<AstArg *> seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
  for (auto &seq : seqs)
    for (int i = 0; i < seq.n; i++)
      if (st_annotation(b, seq.items[i]->annotation) < 0) return -1;
  if (a->vararg && st_annotation(b, a->vararg->annotation) < 0) return -1;
  if (a->kwarg && st_annotation(b, a->kwarg->annotation) < 0) return -1;
  return 0;
}

static int st_param(StBuilder *b, AstArg *a) {
  return st_add(b, a->arg, SYM_PARAM, {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset});
}

// Parameters in varnames order: positional, keyword-only, *args, **kwargs.
static int st_params(StBuilder *b, AstArguments *a) {
  AstSeq<AstArg *> seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
  for (auto &seq : seqs)
    for (int i = 0; i < seq.n; i++)
      if (st_param(b, seq.items[i]) < 0) return -1;
  if (a->vararg) {
    if (st_param(b, a->vararg) < 0) return -1;
    b->cur->varargs = true;
  }
  if (a->kwarg) {
    if (st_param(b, a->kwarg) < 0) return -1;
    b->cur->varkeywords = true;
  }
  return 0;
}

static int st_defaults(StBuilder *b, AstArguments *a) {
  if (st_exprs(b, a->defaults) < 0) return -1;
  return st_exprs(b, a->kw_defaults);
}

static int st_global_nonlocal(StBuilder *b, AstStmt *s, bool is_global) {
  AstSeq<Ref> names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
  const char *what = is_global ? "global" : "nonlocal";
  for (int i = 0; i < names.n; i++) {
    Ref name = names.items[i];
    uint32_t cur = st_lookup_flags(b, name);
    if (cur & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
      PyMsg fmt;
      if (cur & SYM_PARAM)
        fmt = PY_MSG("name '%U' is parameter and %s");
      else if (cur & SYM_USE)
        fmt = PY_MSG("name '%U' is used prior to %s declaration");
      else if (cur & SYM_ANNOT)
        fmt = PY_MSG("annotated name '%U' can't be %s");
      else
        fmt = PY_MSG("name '%U' is assigned to before %s declaration");
      return (st_error)(b, loc_stmt(s), fmt, name, what);
    }
    if (st_add(b, name, is_global ? SYM_GLOBAL : SYM_NONLOCAL, loc_stmt(s)) < 0) return -1;
  }
  return 0;
}

static int st_alias(StBuilder *b, AstAlias *a) {
  Loc l = {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset};
  if (py_str_equal_cstr(a->name, "*")) {
    if (b->cur->kind != SCOPE_MODULE)
      return st_error(b, l, "import * only allowed at module level");
    return 0;
  }
  Ref store = a->asname;
  Ref tmp = nullptr;
  if (!store) {
    const char *n = py_str_data(a->name);
    const char *dot = strchr(n, '.');
    if (dot) {
      tmp = py_str_intern_n(n, (size_t)(dot - n));
      if (!tmp) return -1;
      store = tmp;
    } else {
      store = a->name;
    }
  }
  int r = st_add(b, store, SYM_IMPORT, l);
  py_xdecref(tmp);
  return r;
}

static int st_stmt_inner(StBuilder *b, AstStmt *s) {
  switch (s->kind) {
  case SK_FunctionDef:
  case SK_AsyncFunctionDef: {
    auto &f = s->v.FunctionDef;
    if (st_add(b, f.name, SYM_LOCAL, loc_stmt(s)) < 0) return -1;
    if (st_defaults(b, f.args) < 0 || st_arg_annotations(b, f.args) < 0 ||
        st_annotation(b, f.returns) < 0 || st_exprs(b, f.decorator_list) < 0)
      return -1;
    int firstline = f.decorator_list.n ? f.decorator_list.items[0]->lineno : s->lineno;
    if (st_enter(b, SCOPE_FUNCTION, f.name, s, firstline) < 0) return -1;
    b->cur->coroutine = s->kind == SK_AsyncFunctionDef;
    if (st_params(b, f.args) < 0 || st_stmts(b, f.body) < 0) return -1;
    st_exit(b);
    return 0;
  }
  case SK_ClassDef: {
    auto &c = s->v.ClassDef;
    if (st_add(b, c.name, SYM_LOCAL, loc_stmt(s)) < 0) return -1;
    if (st_exprs(b, c.bases) < 0) return -1;
    for (int i = 0; i < c.keywords.n; i++)
      if (st_expr(b, c.keywords.items[i]->value) < 0) return -1;
    if (st_exprs(b, c.decorator_list) < 0) return -1;
    int firstline = c.decorator_list.n ? c.decorator_list.items[0]->lineno : s->lineno;
    if (st_enter(b, SCOPE_CLASS, c.name, s, firstline) < 0) return -1;
    Ref saved = b->private_name;
    b->private_name = c.name;
    int r = st_stmts(b, c.body);
    b->private_name = saved;
    st_exit(b);
    return r;
  }
  case SK_Return: return s->v.Return.value ? st_expr(b, s->v.Return.value) : 0;
  case SK_Delete: return st_exprs(b, s->v.Delete.targets);
  case SK_Assign:
    if (st_exprs(b, s->v.Assign.targets) < 0) return -1;
    return st_expr(b, s->v.Assign.value);
  case SK_AugAssign:
    if (st_expr(b, s->v.AugAssign.target) < 0) return -1;
    return st_expr(b, s->v.AugAssign.value);
  case SK_AnnAssign: {
    auto &a = s->v.AnnAssign;
    if (a.target->kind == EK_Name) {
      Ref name = a.target->v.Name.id;
      uint32_t cur = st_lookup_flags(b, name);
      if ((cur & (SYM_GLOBAL | SYM_NONLOCAL)) && b->cur != b->st->top && a.simple)
        return (cur & SYM_GLOBAL)
                   ? st_error(b, loc_stmt(s), "annotated name '%U' can't be global", name)
                   : st_error(b, loc_stmt(s), "annotated name '%U' can't be nonlocal", name);
      if (a.simple) {
        if (st_add(b, name, SYM_ANNOT | SYM_LOCAL, loc_expr(a.target)) < 0) return -1;
      } else if (a.value && st_add(b, name, SYM_LOCAL, loc_expr(a.target)) < 0) {
        return -1;
      }
    } else if (st_expr(b, a.target) < 0) {
      return -1;
    }
    if (st_annotation(b, a.annotation) < 0) return -1;
    return a.value ? st_expr(b, a.value) : 0;
  }
  case SK_For:
  case SK_AsyncFor:
    if (st_expr(b, s->v.For.target) < 0 || st_expr(b, s->v.For.iter) < 0) return -1;
    if (st_stmts(b, s->v.For.body) < 0) return -1;
    return st_stmts(b, s->v.For.orelse);
  case SK_While:
  case SK_If:
    if (st_expr(b, s->v.While.test) < 0 || st_stmts(b, s->v.While.body) < 0) return -1;
    return st_stmts(b, s->v.While.orelse);
  case SK_With:
  case SK_AsyncWith:
    for (int i = 0; i < s->v.With.items.n; i++) {
      AstWithItem *it = s->v.With.items.items[i];
      if (st_expr(b, it->context_expr) < 0) return -1;
      if (it->optional_vars && st_expr(b, it->optional_vars) < 0) return -1;
    }
    return st_stmts(b, s->v.With.body);
  case SK_Raise:
    if (s->v.Raise.exc && st_expr(b, s->v.Raise.exc) < 0) return -1;
    return s->v.Raise.cause ? st_expr(b, s->v.Raise.cause) : 0;
  case SK_Try:
  case SK_TryStar:
    if (st_stmts(b, s->v.Try.body) < 0 || st_stmts(b, s->v.Try.orelse) < 0) return -1;
    for (int i = 0; i < s->v.Try.handlers.n; i++) {
      AstExceptHandler *h = s->v.Try.handlers.items[i];
      if (h->type && st_expr(b, h->type) < 0) return -1;
      if (h->name && st_add(b, h->name, SYM_LOCAL,
                            {h->lineno, h->col_offset, h->end_lineno, h->end_col_offset}) < 0)
        return -1;
      if (st_stmts(b, h->body) < 0) return -1;
    }
    return st_stmts(b, s->v.Try.finalbody);
  case SK_Assert:
    if (st_expr(b, s->v.Assert.test) < 0) return -1;
    return s->v.Assert.msg ? st_expr(b, s->v.Assert.msg) : 0;
  case SK_Import:
    for (int i = 0; i < s->v.Import.names.n; i++)
      if (st_alias(b, s->v.Import.names.items[i]) < 0) return -1;
    return 0;
  case SK_ImportFrom:
    for (int i = 0; i < s->v.ImportFrom.names.n; i++)
      if (st_alias(b, s->v.ImportFrom.names.items[i]) < 0) return -1;
    return 0;
  case SK_Global: return st_global_nonlocal(b, s, true);
  case SK_Nonlocal: return st_global_nonlocal(b, s, false);
  case SK_Expr: return st_expr(b, s->v.Expr.value);
  case SK_Match:
  case SK_Pass:
  case SK_Break:
  case SK_Continue: return 0; // unsupported forms are reported by the code generator
  }
  return 0;
}

static int st_check_depth(StBuilder *b) {
  if (b->depth > PY_COMPILE_MAX_DEPTH) {
    py_err_set_str(&py_RecursionError_type, "maximum recursion depth exceeded during compilation");
    return -1;
  }
  return 0;
}

static int st_stmt(StBuilder *b, AstStmt *s) {
  b->depth++;
  int r = st_check_depth(b) < 0 ? -1 : st_stmt_inner(b, s);
  b->depth--;
  return r;
}

// Walrus inside a comprehension: the target binds in the nearest enclosing
// non-comprehension scope.
static int st_namedexpr_scope(StBuilder *b, AstExpr *e) {
  AstExpr *target = e->v.NamedExpr.target;
  Ref name = target->v.Name.id;
  for (Scope *s = b->cur; s; s = s->parent) {
    if (s->kind == SCOPE_COMPREHENSION) {
      Symbol *sym = py_scope_lookup(s, name);
      if (sym && (sym->flags & SYM_COMP_ITER))
        return st_error(b, loc_expr(target),
                        "assignment expression cannot rebind comprehension iteration variable '%U'",
                        name);
      continue;
    }
    if (s->kind == SCOPE_CLASS)
      return st_error(
          b, loc_expr(target),
          "assignment expression within a comprehension cannot be used in a class body");
    Loc l = loc_expr(target);
    if (s->kind == SCOPE_MODULE) {
      if (st_add(b, name, SYM_GLOBAL, l) < 0) return -1;
      return st_add_in(b, s, name, SYM_GLOBAL, l);
    }
    if (st_add(b, name, SYM_NONLOCAL, l) < 0) return -1;
    return st_add_in(b, s, name, SYM_LOCAL, l);
  }
  return 0;
}

static int st_comp_target(StBuilder *b, AstExpr *target) {
  b->cur->comp_iter_target = true;
  int r = st_expr(b, target);
  b->cur->comp_iter_target = false;
  return r;
}

static int st_comp_iter(StBuilder *b, AstExpr *iter) {
  b->cur->comp_iter_expr++;
  int r = st_expr(b, iter);
  b->cur->comp_iter_expr--;
  return r;
}

static int st_comprehension(StBuilder *b, AstExpr *e, const char *scope_name,
                            AstSeq<AstComprehension *> gens, AstExpr *elt, AstExpr *value) {
  AstComprehension *outer = gens.items[0];
  // The outermost iterable is evaluated in the enclosing scope.
  if (st_comp_iter(b, outer->iter) < 0) return -1;
  Ref name = py_str_intern(scope_name);
  if (!name) return -1;
  int r = st_enter(b, SCOPE_COMPREHENSION, name, e, e->lineno);
  py_decref(name);
  if (r < 0) return -1;
  Ref dot0 = py_str_intern(".0");
  if (!dot0) return -1;
  b->cur->comp_kind = e->kind;
  r = st_add_in(b, b->cur, dot0, SYM_PARAM, loc_expr(e));
  py_decref(dot0);
  if (r < 0) return -1;
  if (st_comp_target(b, outer->target) < 0 || st_exprs(b, outer->ifs) < 0) return -1;
  for (int i = 1; i < gens.n; i++) {
    AstComprehension *g = gens.items[i];
    if (st_comp_target(b, g->target) < 0 || st_comp_iter(b, g->iter) < 0 || st_exprs(b, g->ifs) < 0)
      return -1;
  }
  if (value && st_expr(b, value) < 0) return -1;
  if (st_expr(b, elt) < 0) return -1;
  b->cur->generator = e->kind == EK_GeneratorExp;
  st_exit(b);
  return 0;
}

static int st_expr_inner(StBuilder *b, AstExpr *e) {
  switch (e->kind) {
  case EK_NamedExpr:
    if (b->cur->comp_iter_expr > 0)
      return st_error(
          b, loc_expr(e),
          "assignment expression cannot be used in a comprehension iterable expression");
    if (b->cur->kind == SCOPE_COMPREHENSION && st_namedexpr_scope(b, e) < 0) return -1;
    if (st_expr(b, e->v.NamedExpr.value) < 0) return -1;
    return st_expr(b, e->v.NamedExpr.target);
  case EK_BoolOp: return st_exprs(b, e->v.BoolOp.values);
  case EK_BinOp:
    if (st_expr(b, e->v.BinOp.left) < 0) return -1;
    return st_expr(b, e->v.BinOp.right);
  case EK_UnaryOp: return st_expr(b, e->v.UnaryOp.operand);
  case EK_Lambda: {
    AstArguments *a = e->v.Lambda.args;
    if (st_defaults(b, a) < 0) return -1;
    Ref name = py_str_intern("<lambda>");
    if (!name) return -1;
    int r = st_enter(b, SCOPE_LAMBDA, name, e, e->lineno);
    py_decref(name);
    if (r < 0 || st_params(b, a) < 0 || st_expr(b, e->v.Lambda.body) < 0) return -1;
    st_exit(b);
    return 0;
  }
  case EK_IfExp:
    if (st_expr(b, e->v.IfExp.test) < 0 || st_expr(b, e->v.IfExp.body) < 0) return -1;
    return st_expr(b, e->v.IfExp.orelse);
  case EK_Dict:
    if (st_exprs(b, e->v.Dict.keys) < 0) return -1;
    return st_exprs(b, e->v.Dict.values);
  case EK_Set: return st_exprs(b, e->v.Set.elts);
  case EK_ListComp:
    return st_comprehension(b, e, "<listcomp>", e->v.ListComp.generators, e->v.ListComp.elt,
                            nullptr);
  case EK_SetComp:
    return st_comprehension(b, e, "<setcomp>", e->v.SetComp.generators, e->v.SetComp.elt, nullptr);
  case EK_GeneratorExp:
    return st_comprehension(b, e, "<genexpr>", e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                            nullptr);
  case EK_DictComp:
    return st_comprehension(b, e, "<dictcomp>", e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
  case EK_Yield:
  case EK_YieldFrom:
    if (b->cur->kind == SCOPE_COMPREHENSION) {
      int k = b->cur->comp_kind;
      return st_error(b, loc_expr(e), "'yield' inside %s",
                      k == EK_GeneratorExp ? "generator expression"
                      : k == EK_ListComp   ? "list comprehension"
                      : k == EK_SetComp    ? "set comprehension"
                                           : "dict comprehension");
    }
    b->cur->generator = true;
    return e->v.Yield.value ? st_expr(b, e->v.Yield.value) : 0;
  case EK_Await: return st_expr(b, e->v.Await.value);
  case EK_Compare:
    if (st_expr(b, e->v.Compare.left) < 0) return -1;
    return st_exprs(b, e->v.Compare.comparators);
  case EK_Call:
    if (st_expr(b, e->v.Call.func) < 0 || st_exprs(b, e->v.Call.args) < 0) return -1;
    for (int i = 0; i < e->v.Call.keywords.n; i++)
      if (st_expr(b, e->v.Call.keywords.items[i]->value) < 0) return -1;
    return 0;
  case EK_FormattedValue:
    if (st_expr(b, e->v.FormattedValue.value) < 0) return -1;
    return e->v.FormattedValue.format_spec ? st_expr(b, e->v.FormattedValue.format_spec) : 0;
  case EK_JoinedStr: return st_exprs(b, e->v.JoinedStr.values);
  case EK_Constant: return 0;
  case EK_Attribute: return st_expr(b, e->v.Attribute.value);
  case EK_Subscript:
    if (st_expr(b, e->v.Subscript.value) < 0) return -1;
    return st_expr(b, e->v.Subscript.slice);
  case EK_Starred: return st_expr(b, e->v.Starred.value);
  case EK_Slice:
    if (e->v.Slice.lower && st_expr(b, e->v.Slice.lower) < 0) return -1;
    if (e->v.Slice.upper && st_expr(b, e->v.Slice.upper) < 0) return -1;
    return e->v.Slice.step ? st_expr(b, e->v.Slice.step) : 0;
  case EK_Name: {
    Ref id = e->v.Name.id;
    uint32_t flag = e->v.Name.ctx == ACTX_Load ? SYM_USE : SYM_LOCAL;
    if (b->cur->comp_iter_target) flag |= SYM_COMP_ITER;
    if (st_add(b, id, flag, loc_expr(e)) < 0) return -1;
    // Zero-argument super() needs the implicit __class__ cell.
    if (e->v.Name.ctx == ACTX_Load && py_scope_is_function(b->cur) &&
        py_str_equal_cstr(id, "super")) {
      Ref cls = py_str_intern("__class__");
      if (!cls) return -1;
      int r = st_add(b, cls, SYM_USE, loc_expr(e));
      py_decref(cls);
      return r;
    }
    return 0;
  }
  case EK_List:
  case EK_Tuple: return st_exprs(b, e->v.List.elts);
  }
  return 0;
}

static int st_expr(StBuilder *b, AstExpr *e) {
  b->depth++;
  int r = st_check_depth(b) < 0 ? -1 : st_expr_inner(b, e);
  b->depth--;
  return r;
}

// ---------------------------------------------------------------------------
// Pass 2: analysis
// ---------------------------------------------------------------------------

struct Analyzer {
  SymTable *st;
  Ref class_name; // interned "__class__"
};

static int an_error(Analyzer *a, Symbol *sym, const char *fmt) {
  return py_compile_error(a->st->filename, a->st->src, sym->lineno, sym->col, sym->end_lineno,
                          sym->end_col, fmt, sym->name);
}

static int analyze_name(Analyzer *a, Scope *s, Symbol *sym, NameMap *bound, bool has_bound,
                        NameMap *local, NameMap *free, NameMap *global) {
  Ref name = sym->name;
  uint32_t f = sym->flags;
  if (f & SYM_GLOBAL) {
    if (f & SYM_NONLOCAL) return an_error(a, sym, "name '%U' is nonlocal and global");
    sym->scope = SC_GLOBAL_EXPLICIT;
    if (set_add(global, name) < 0) return -1;
    if (has_bound) set_remove(bound, name);
    return 0;
  }
  if (f & SYM_NONLOCAL) {
    if (!has_bound) return an_error(a, sym, "nonlocal declaration not allowed at module level");
    if (!set_has(bound, name)) return an_error(a, sym, "no binding for nonlocal '%U' found");
    sym->scope = SC_FREE;
    s->has_free = true;
    return set_add(free, name);
  }
  if (f & SYM_BOUND) {
    sym->scope = SC_LOCAL;
    set_remove(global, name);
    return set_add(local, name);
  }
  if (has_bound && set_has(bound, name)) {
    sym->scope = SC_FREE;
    s->has_free = true;
    return set_add(free, name);
  }
  if (!set_has(global, name) && s->nested) s->has_free = true;
  sym->scope = SC_GLOBAL_IMPLICIT;
  return 0;
}

static int analyze_block(Analyzer *a, Scope *s, NameMap *bound, bool has_bound, NameMap *free,
                         NameMap *global);

// Analyse a child with copies of the sets; its free names are added to allfree.
static int analyze_child(Analyzer *a, Scope *child, NameMap *bound, NameMap *global,
                         NameMap *allfree) {
  NameMap tb, tf = {}, tg;
  int r = -1;
  if (set_copy(&tb, bound) < 0 || set_copy(&tg, global) < 0) goto done;
  if (analyze_block(a, child, &tb, true, &tf, &tg) < 0) goto done;
  r = set_union(allfree, &tf);
done:
  py_namemap_free(&tb);
  py_namemap_free(&tf);
  py_namemap_free(&tg);
  return r;
}

// Free names of the children that are bound here: record them on the symbols.
static int record_child_free(Scope *s, NameMap *newfree, NameMap *bound, bool has_bound) {
  bool is_class = s->kind == SCOPE_CLASS;
  for (uint32_t i = 0; i < newfree->cap; i++) {
    Ref name = newfree->keys[i];
    if (!name || !newfree->vals[i]) continue;
    Symbol *sym = py_scope_lookup(s, name);
    if (sym) {
      if (is_class && (sym->flags & (SYM_BOUND | SYM_GLOBAL))) sym->flags |= SYM_FREE_CLASS;
      continue;
    }
    if (has_bound && !set_has(bound, name)) continue;
    if (!(sym = scope_add_symbol(s, name))) return -1;
    sym->scope = SC_FREE;
  }
  return 0;
}

static int analyze_block(Analyzer *a, Scope *s, NameMap *bound, bool has_bound, NameMap *free,
                         NameMap *global) {
  NameMap local = {}, newglobal = {}, newfree = {}, newbound = {}, allfree = {};
  int r = -1;
  bool is_class = s->kind == SCOPE_CLASS;
  if (is_class) {
    if (set_union(&newglobal, global) < 0) goto done;
    if (has_bound && set_union(&newbound, bound) < 0) goto done;
  }
  for (uint32_t i = 0; i < s->nsyms; i++)
    if (analyze_name(a, s, &s->syms[i], bound, has_bound, &local, free, global) < 0) goto done;
  if (!is_class) {
    if (py_scope_is_function(s) && set_union(&newbound, &local) < 0) goto done;
    if (has_bound && set_union(&newbound, bound) < 0) goto done;
    if (set_union(&newglobal, global) < 0) goto done;
  } else if (set_add(&newbound, a->class_name) < 0) {
    goto done;
  }
  for (uint32_t i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    if (analyze_child(a, c, &newbound, &newglobal, &allfree) < 0) goto done;
    if (c->has_free || c->child_free) s->child_free = true;
  }
  if (set_union(&newfree, &allfree) < 0) goto done;
  if (py_scope_is_function(s)) {
    // Locals used by inner scopes become cells.
    for (uint32_t i = 0; i < s->nsyms; i++) {
      Symbol *sym = &s->syms[i];
      if (sym->scope == SC_LOCAL && set_has(&newfree, sym->name)) {
        sym->scope = SC_CELL;
        set_remove(&newfree, sym->name);
      }
    }
  } else if (is_class && set_has(&newfree, a->class_name)) {
    set_remove(&newfree, a->class_name);
    s->needs_class_closure = true;
  }
  if (record_child_free(s, &newfree, bound, has_bound) < 0) goto done;
  r = set_union(free, &newfree);
done:
  py_namemap_free(&local);
  py_namemap_free(&newglobal);
  py_namemap_free(&newfree);
  py_namemap_free(&newbound);
  py_namemap_free(&allfree);
  return r;
}

int py_symtable_build(SymTable *st, AstMod *mod, Ref filename, const char *src,
                      bool future_annotations) {
  *st = SymTable{};
  st->filename = filename;
  st->src = src;
  st->future_annotations = future_annotations;
  StBuilder b = {st, nullptr, nullptr, 0};
  Ref top = py_str_intern("top");
  if (!top) return -1;
  int r = st_enter(&b, SCOPE_MODULE, top, mod, 1);
  py_decref(top);
  if (r < 0) return -1;
  if (mod->kind == MOD_Expression)
    r = st_expr(&b, mod->expr);
  else
    r = st_stmts(&b, mod->body);
  if (r < 0) return -1;
  Analyzer a = {st, py_str_intern("__class__")};
  if (!a.class_name) return -1;
  NameMap free = {}, global = {};
  r = analyze_block(&a, st->top, nullptr, false, &free, &global);
  py_namemap_free(&free);
  py_namemap_free(&global);
  py_decref(a.class_name);
  return r;
}
