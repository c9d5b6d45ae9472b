// Recursive-descent parser: tokens (lexer.cpp) -> AST (ast.h), following the
// Python 3.11 grammar and its error messages. `async`/`await` and `match` are not
// supported and raise SyntaxError.
//
// Error convention: parse functions return nullptr (or false) after setting the
// exception through p_error*; p->error records that one is set so the first
// error wins.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "py/ast.h"
#include "py/compile.h"
#include "py/intobj.h"
#include "py/lexer.h"
#include "py/strobj.h"

// Nesting limit for the parser's recursion (each level is a few C frames).
#ifndef UPY_PARSER_MAX_DEPTH
#define UPY_PARSER_MAX_DEPTH UPY_DEFAULT(1000, 40)
#endif

#define P_LOOKAHEAD 4

struct Parser {
  Lexer *L;
  AstArena *arena;
  Ref filename;
  const char *src;
  size_t src_len;
  Token tok;             // current token
  Token la[P_LOOKAHEAD]; // tokens after it
  int nla;
  bool lex_dead;                     // the lexer reported an error: read no further
  int prev_end_lineno, prev_end_col; // end of the last consumed token
  int prev_level;                    // bracket depth after the last consumed token
  int depth;
  bool error;
  bool incomplete;
  int fstring_depth; // nesting of f-string replacement fields being parsed
  bool speculative;  // a parse that may be retried: do not read past the error
  bool syntax_error; // the error set is a SyntaxError raised by the parser itself
  int error_line;    // where that error is
  bool error_final;  // a generic "invalid syntax" at a token no expression starts with
};

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

static void p_lex(Parser *p, Token *t) {
  if (p->lex_dead) {
    t->kind = TK_ERROR;
    return;
  }
  lex_next(p->L, t);
  if (t->kind == TK_ERROR) p->lex_dead = true;
}

static void p_next(Parser *p) {
  int k = p->tok.kind;
  if (k != TK_NEWLINE && k != TK_INDENT && k != TK_DEDENT && k != TK_ENDMARKER && k != TK_ERROR) {
    p->prev_end_lineno = p->tok.end_lineno;
    p->prev_end_col = p->tok.end_col;
    p->prev_level = p->tok.level;
  }
  if (k == TK_ERROR) return;
  if (p->nla) {
    p->tok = p->la[0];
    for (int i = 1; i < p->nla; i++) p->la[i - 1] = p->la[i];
    p->nla--;
  } else {
    p_lex(p, &p->tok);
  }
}

// The k-th token after the current one (k >= 1).
static const Token *p_peek(Parser *p, int k) {
  while (p->nla < k) {
    const Token *last = p->nla > 0 ? &p->la[p->nla - 1] : &p->tok;
    if (last->kind == TK_ERROR || last->kind == TK_ENDMARKER) return last;
    p_lex(p, &p->la[p->nla++]);
  }
  return &p->la[k - 1];
}

static inline bool p_at(Parser *p, int kind) { return p->tok.kind == kind; }

static bool p_name_is(const Token *t, const char *s) {
  return t->kind == TK_NAME && py_str_equal_cstr(t->name, s);
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// The message helpers take a PyMsg (obj.h: compressed messages); the macros
// after them make one of a literal.
static void p_verror(Parser *p, Type *type, int lineno, int col, int end_lineno, int end_col,
                     PyMsg fmt, va_list ap) {
  if (p->error) return;
  p->error = true;
  p->syntax_error = !p->speculative;
  p->error_line = lineno;
  p->error_final = false;
  char msg[300];
  vsnprintf(msg, sizeof msg, py_msg_str(fmt), ap);
  lex_error_at(p->L, type, msg, lineno, col, end_lineno, end_col);
}

static void(p_error_range)(Parser *p, int lineno, int col, int end_lineno, int end_col, PyMsg fmt,
                           ...) {
  va_list ap;
  va_start(ap, fmt);
  p_verror(p, &py_SyntaxError_type, lineno, col, end_lineno, end_col, fmt, ap);
  va_end(ap);
}

static void(p_error_expr)(Parser *p, const AstExpr *e, PyMsg fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  p_verror(p, &py_SyntaxError_type, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, fmt,
           ap);
  va_end(ap);
}

// Error located at token t. A lexer error token already carries its exception.
static void(p_error_tok_type)(Parser *p, Type *type, const Token *t, PyMsg fmt, ...) {
  if (t->kind == TK_ERROR) {
    p->error = true;
    return;
  }
  int line = t->lineno, col = t->col, end_line = t->end_lineno, end_col = t->end_col;
  if (t->at_eof && t->kind != TK_NEWLINE) { // CPython points just after the last real token
    p->incomplete = true;
    line = end_line = p->prev_end_lineno;
    col = end_col = p->prev_end_col;
  } else if (t->kind == TK_INDENT) { // CPython's offset for these is the indentation width
    col = end_col = col - 1;
  }
  va_list ap;
  va_start(ap, fmt);
  p_verror(p, type, line, col, end_line, end_col, fmt, ap);
  va_end(ap);
}
#define p_error_range(p, lineno, col, end_lineno, end_col, fmt, ...)                               \
  (p_error_range)(p, lineno, col, end_lineno, end_col, PY_MSG(fmt), ##__VA_ARGS__)
#define p_error_expr(p, e, fmt, ...) (p_error_expr)(p, e, PY_MSG(fmt), ##__VA_ARGS__)
#define p_error_tok_type(p, type, t, fmt, ...)                                                     \
  (p_error_tok_type)(p, type, t, PY_MSG(fmt), ##__VA_ARGS__)
#define p_error_tok(p, t, fmt, ...) p_error_tok_type(p, &py_SyntaxError_type, t, fmt, ##__VA_ARGS__)

static bool p_starts_expr(int k);

// Generic "invalid syntax" at the current token. As CPython does, a later
// tokenizer error (unclosed bracket, bad literal...) takes precedence.
static void p_invalid(Parser *p) {
  if (p->error) return;
  const Token *t = &p->tok;
  if (t->kind == TK_INDENT || (t->kind == TK_DEDENT && !t->at_eof)) {
    if (t->kind == TK_INDENT)
      p_error_tok_type(p, &py_IndentationError_type, t, "unexpected indent");
    else
      p_error_tok_type(p, &py_IndentationError_type, t, "unexpected unindent");
    p->syntax_error = false; // reported as is, even if the tokenizer fails later
    return;
  }
  p_error_tok(p, t, "invalid syntax");
  p->error_final = !p_starts_expr(t->kind);
}

// As CPython does, a tokenizer error later in the source (bad literal...)
// takes precedence over a syntax error found by the parser. So does a bracket
// left open at the end, unless the parser stopped at a token that cannot go
// on (CPython's reads no further there) on the bracket's line or before.
static void p_check_rest(Parser *p) {
  if (!p->syntax_error || p->lex_dead) return;
  Ref ours = py_err_fetch();
  for (;;) {
    Token rest;
    p_lex(p, &rest);
    if (rest.kind == TK_ERROR) {
      if (p->L->unclosed_line && p->error_final && p->error_line <= p->L->unclosed_line) break;
      py_xdecref(ours); // its exception replaces ours
      p->incomplete = p->L->incomplete;
      return;
    }
    if (rest.kind == TK_ENDMARKER) break;
  }
  py_err_clear();
  if (ours) py_err_restore(ours);
}

static bool p_expect(Parser *p, int kind) {
  if (p->tok.kind == kind) {
    p_next(p);
    return true;
  }
  p_invalid(p);
  return false;
}

// A ':' that CPython's grammar requires: "expected ':'".
static bool p_expect_colon(Parser *p, bool forced) {
  if (p_at(p, TK_COLON)) {
    p_next(p);
    return true;
  }
  if (forced || p_at(p, TK_NEWLINE))
    p_error_tok(p, &p->tok, "expected ':'");
  else
    p_invalid(p);
  return false;
}

static bool p_enter(Parser *p) {
  if (++p->depth <= UPY_PARSER_MAX_DEPTH) return true;
  if (!p->error) {
    if (p_at(p, TK_LPAR) || p_at(p, TK_LSQB) || p_at(p, TK_LBRACE)) {
      p_error_tok(p, &p->tok, "too many nested parentheses");
    } else {
      p->error = true;
      py_err_set_str(&py_RecursionError_type,
                     "maximum recursion depth exceeded during compilation");
    }
  }
  return false;
}
static inline void p_leave(Parser *p) { p->depth--; }

// ---------------------------------------------------------------------------
// Allocation and sequences
// ---------------------------------------------------------------------------

static void *p_alloc(Parser *p, size_t n) {
  void *r = ast_arena_alloc(p->arena, n);
  if (!r) p->error = true;
  return r;
}

// Owns a Ref through the arena (steals r). false on error.
static bool p_own(Parser *p, Ref r) {
  if (!r || ast_arena_own(p->arena, r) < 0) {
    p->error = true;
    return false;
  }
  return true;
}

// A growable list of pointers used while a sequence is being parsed.
struct PVec {
  void **items;
  int n, cap;
  void *inl[4];
  PVec() : items(inl), n(0), cap(4) {}
  ~PVec() {
    if (items != inl) py_free(items, (size_t)cap * sizeof(void *));
  }
};

static bool vec_push(Parser *p, PVec *v, const void *x) {
  if (v->n == v->cap) {
    int cap = v->cap * 2;
    void **items = (void **)py_malloc((size_t)cap * sizeof(void *));
    if (!items) {
      p->error = true;
      return false;
    }
    memcpy(items, v->items, (size_t)v->n * sizeof(void *));
    if (v->items != v->inl) py_free(v->items, (size_t)v->cap * sizeof(void *));
    v->items = items;
    v->cap = cap;
  }
  v->items[v->n++] = (void *)x;
  return true;
}

template <class T> static bool vec_seq(Parser *p, const PVec *v, AstSeq<T> *out) {
  out->n = v->n;
  out->items = nullptr;
  if (!v->n) return true;
  out->items = (T *)p_alloc(p, sizeof(T) * (size_t)v->n);
  if (!out->items) return false;
  for (int i = 0; i < v->n; i++) out->items[i] = (T)(intptr_t)v->items[i];
  return true;
}

// ---------------------------------------------------------------------------
// Node constructors: the node ends at the last consumed token.
// ---------------------------------------------------------------------------

static AstExpr *p_expr(Parser *p, AstExprKind kind, int lineno, int col) {
  AstExpr *e = (AstExpr *)p_alloc(p, sizeof(AstExpr));
  if (!e) return nullptr;
  e->kind = kind;
  e->lineno = lineno;
  e->col_offset = col;
  e->end_lineno = p->prev_end_lineno;
  e->end_col_offset = p->prev_end_col;
  return e;
}

static AstStmt *p_stmt(Parser *p, AstStmtKind kind, int lineno, int col) {
  AstStmt *s = (AstStmt *)p_alloc(p, sizeof(AstStmt));
  if (!s) return nullptr;
  s->kind = kind;
  s->lineno = lineno;
  s->col_offset = col;
  s->end_lineno = p->prev_end_lineno;
  s->end_col_offset = p->prev_end_col;
  return s;
}

static AstExpr *p_name_expr(Parser *p, Ref id, int lineno, int col, AstCtx ctx) {
  AstExpr *e = p_expr(p, EK_Name, lineno, col);
  if (!e) return nullptr;
  e->v.Name.id = id;
  e->v.Name.ctx = ctx;
  return e;
}

static AstExpr *p_constant(Parser *p, Ref value, int lineno, int col) {
  if (!p_own(p, value)) return nullptr;
  AstExpr *e = p_expr(p, EK_Constant, lineno, col);
  if (!e) return nullptr;
  e->v.Constant.value = value;
  return e;
}

// Consumes a NAME token and returns its identifier (nullptr + invalid syntax otherwise).
static Ref p_expect_name(Parser *p) {
  if (!p_at(p, TK_NAME)) {
    p_invalid(p);
    return nullptr;
  }
  Ref r = p->tok.name;
  p_next(p);
  return r;
}

// ---------------------------------------------------------------------------
// Describing expressions for error messages
// ---------------------------------------------------------------------------

static const char *p_expr_name(const AstExpr *e) {
  switch (e->kind) {
  case EK_Attribute: return "attribute";
  case EK_Subscript: return "subscript";
  case EK_Starred: return "starred";
  case EK_Name: return "name";
  case EK_List: return "list";
  case EK_Tuple: return "tuple";
  case EK_Lambda: return "lambda";
  case EK_Call: return "function call";
  case EK_BoolOp:
  case EK_BinOp:
  case EK_UnaryOp: return "expression";
  case EK_GeneratorExp: return "generator expression";
  case EK_Yield:
  case EK_YieldFrom: return "yield expression";
  case EK_Await: return "await expression";
  case EK_ListComp: return "list comprehension";
  case EK_SetComp: return "set comprehension";
  case EK_DictComp: return "dict comprehension";
  case EK_Dict: return "dict literal";
  case EK_Set: return "set display";
  case EK_JoinedStr:
  case EK_FormattedValue: return "f-string expression";
  case EK_Constant: {
    Ref v = e->v.Constant.value;
    if (v == py_None) return "None";
    if (v == py_True) return "True";
    if (v == py_False) return "False";
    if (v == py_Ellipsis) return "ellipsis";
    return "literal";
  }
  case EK_Compare: return "comparison";
  case EK_IfExp: return "conditional expression";
  case EK_NamedExpr: return "named expression";
  case EK_Slice: return "slice";
  }
  return "expression";
}

// Could `e` have been parsed by CPython's bitwise_or rule (no comparison,
// boolean operator, conditional, lambda)? Selects the "Maybe you meant '=='"
// wording.
static bool p_is_bitwise_level(const AstExpr *e) {
  switch (e->kind) {
  case EK_BoolOp:
  case EK_Compare:
  case EK_IfExp:
  case EK_Lambda:
  case EK_NamedExpr: return false;
  case EK_UnaryOp: return e->v.UnaryOp.op != AU_Not;
  default: return true;
  }
}

static bool p_is_special_const(const AstExpr *e) {
  if (e->kind != EK_Constant) return false;
  Ref v = e->v.Constant.value;
  return v == py_None || v == py_True || v == py_False;
}

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------

// First sub-expression of `e` that cannot be a target, or nullptr.
static const AstExpr *p_invalid_target(const AstExpr *e, AstCtx ctx) {
  switch (e->kind) {
  case EK_Name:
  case EK_Attribute:
  case EK_Subscript: return nullptr;
  case EK_Starred: return ctx == ACTX_Del ? e : p_invalid_target(e->v.Starred.value, ctx);
  case EK_List:
  case EK_Tuple: {
    const AstSeq<AstExpr *> &elts = e->kind == EK_List ? e->v.List.elts : e->v.Tuple.elts;
    for (int i = 0; i < elts.n; i++) {
      const AstExpr *bad = p_invalid_target(elts.items[i], ctx);
      if (bad) return bad;
    }
    return nullptr;
  }
  default: return e;
  }
}

// Sets ctx on a valid target tree; checks the rules that do not depend on the
// node kinds (__debug__, several starred items). false with an error set.
static bool p_set_ctx(Parser *p, AstExpr *e, AstCtx ctx) {
  switch (e->kind) {
  case EK_Name:
    if (py_str_equal_cstr(e->v.Name.id, "__debug__")) {
      if (ctx == ACTX_Del)
        p_error_expr(p, e, "cannot delete __debug__");
      else
        p_error_expr(p, e, "cannot assign to __debug__");
      return false;
    }
    e->v.Name.ctx = ctx;
    return true;
  case EK_Attribute: e->v.Attribute.ctx = ctx; return true;
  case EK_Subscript: e->v.Subscript.ctx = ctx; return true;
  case EK_Starred: e->v.Starred.ctx = ctx; return p_set_ctx(p, e->v.Starred.value, ctx);
  case EK_List:
  case EK_Tuple: {
    AstSeq<AstExpr *> &elts = e->kind == EK_List ? e->v.List.elts : e->v.Tuple.elts;
    if (e->kind == EK_List)
      e->v.List.ctx = ctx;
    else
      e->v.Tuple.ctx = ctx;
    int nstar = 0;
    for (int i = 0; i < elts.n; i++) {
      if (elts.items[i]->kind == EK_Starred) nstar++;
      if (!p_set_ctx(p, elts.items[i], ctx)) return false;
    }
    if (nstar > 1) {
      p_error_expr(p, e, "multiple starred expressions in assignment");
      return false;
    }
    return true;
  }
  default: return false;
  }
}

// Validates and converts a target outside of assignment statements (for, with,
// comprehensions, del). false with an error set.
static bool p_target(Parser *p, AstExpr *e, AstCtx ctx) {
  const AstExpr *bad = p_invalid_target(e, ctx);
  if (bad) {
    if (bad->kind == EK_Yield || bad->kind == EK_YieldFrom)
      p_error_expr(p, bad, "assignment to yield expression not possible");
    else if (ctx == ACTX_Del)
      p_error_expr(p, bad, "cannot delete %s", p_expr_name(bad));
    else
      p_error_expr(p, bad, "cannot assign to %s", p_expr_name(bad));
    return false;
  }
  if (e->kind == EK_Starred && ctx == ACTX_Store) {
    p_error_expr(p, e, "starred assignment target must be in a list or tuple");
    return false;
  }
  return p_set_ctx(p, e, ctx);
}

// `target = ...` in an assignment statement; `single` when it is the only target.
static bool p_assign_target(Parser *p, AstExpr *e, bool single) {
  const AstExpr *bad = p_invalid_target(e, ACTX_Store);
  if (!bad) return p_target(p, e, ACTX_Store);
  // CPython words it as a likely typo of '==' when the bad part is the whole
  // single target (or an item of an unparenthesized tuple) at bitwise_or level.
  bool direct = bad == e;
  if (!direct && e->kind == EK_Tuple && e->v.Tuple.elts.n &&
      e->lineno == e->v.Tuple.elts.items[0]->lineno &&
      e->col_offset == e->v.Tuple.elts.items[0]->col_offset) {
    for (int i = 0; i < e->v.Tuple.elts.n; i++)
      if (e->v.Tuple.elts.items[i] == bad) direct = true;
  }
  if (single && direct && p_is_bitwise_level(bad) && bad->kind != EK_List &&
      bad->kind != EK_Tuple && bad->kind != EK_GeneratorExp && !p_is_special_const(bad) &&
      bad->kind != EK_Yield && bad->kind != EK_YieldFrom) {
    p_error_expr(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 p_expr_name(bad));
    return false;
  }
  return p_target(p, e, ACTX_Store);
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

static AstExpr *parse_expression(Parser *p);
static AstExpr *parse_named_expression(Parser *p, bool in_call);
static AstExpr *parse_star_expressions(Parser *p);
static AstExpr *parse_star_named_expression(Parser *p);
static AstExpr *parse_disjunction(Parser *p);
static AstExpr *parse_bitor(Parser *p);
static AstExpr *parse_yield(Parser *p);
static AstExpr *parse_strings(Parser *p);
static AstArguments *parse_params(Parser *p, bool lambda);
static bool parse_generators(Parser *p, AstSeq<AstComprehension *> *out);

// Can the token start an expression?
static bool p_starts_expr(int k) {
  switch (k) {
  case TK_NAME:
  case TK_NUMBER:
  case TK_STRING:
  case TK_LPAR:
  case TK_LSQB:
  case TK_LBRACE:
  case TK_MINUS:
  case TK_PLUS:
  case TK_TILDE:
  case TK_STAR:
  case TK_ELLIPSIS:
  case KW_None:
  case KW_True:
  case KW_False:
  case KW_not:
  case KW_lambda:
  case KW_await: return true;
  default: return false;
  }
}

// After a complete expression inside brackets, another expression start means a
// missing comma.
static void p_check_missing_comma(Parser *p, const AstExpr *e, bool name_string) {
  if (p->prev_level == 0 || name_string) return;
  int k = p->tok.kind;
  bool starts = k == TK_NAME || k == TK_NUMBER || k == TK_STRING || k == TK_LBRACE ||
                k == TK_TILDE || k == TK_ELLIPSIS || k == KW_None || k == KW_True ||
                k == KW_False || k == KW_not || k == KW_lambda;
  if (!starts) return;
  p_error_range(p, e->lineno, e->col_offset, p->tok.end_lineno, p->tok.end_col,
                "invalid syntax. Perhaps you forgot a comma?");
}

static bool p_is_soft_keyword(const Token *t) {
  return p_name_is(t, "match") || p_name_is(t, "case") || p_name_is(t, "_");
}

static AstExpr *parse_lambda(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  AstArguments *args = parse_params(p, true);
  if (!args || !p_expect_colon(p, false)) return nullptr;
  AstExpr *body = parse_expression(p);
  if (!body) return nullptr;
  AstExpr *e = p_expr(p, EK_Lambda, sl, sc);
  if (!e) return nullptr;
  e->v.Lambda.args = args;
  e->v.Lambda.body = body;
  return e;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
static AstExpr *parse_expression(Parser *p) {
  if (!p_enter(p)) return nullptr;
  AstExpr *e;
  if (p_at(p, KW_lambda)) {
    e = parse_lambda(p);
  } else {
    bool name_string =
        (p_at(p, TK_NAME) && p_peek(p, 1)->kind == TK_STRING) || p_is_soft_keyword(&p->tok);
    int sl = p->tok.lineno, sc = p->tok.col;
    e = parse_disjunction(p);
    if (e && p_at(p, KW_if)) {
      p_next(p);
      AstExpr *test = parse_disjunction(p);
      if (!test) goto out;
      if (!p_at(p, KW_else)) {
        p_error_range(p, e->lineno, e->col_offset, p->prev_end_lineno, p->prev_end_col,
                      "expected 'else' after 'if' expression");
        e = nullptr;
        goto out;
      }
      p_next(p);
      AstExpr *orelse = parse_expression(p);
      if (!orelse) {
        e = nullptr;
        goto out;
      }
      AstExpr *r = p_expr(p, EK_IfExp, sl, sc);
      if (r) {
        r->v.IfExp.test = test;
        r->v.IfExp.body = e;
        r->v.IfExp.orelse = orelse;
      }
      e = r;
    } else if (e) {
      p_check_missing_comma(p, e, name_string);
      if (p->error) e = nullptr;
    }
  }
out:
  p_leave(p);
  return p->error ? nullptr : e;
}

// An '=' where only an expression may be: CPython's hints for a mistyped '=='.
static void p_stray_equal(Parser *p, const AstExpr *e) {
  if (e->kind == EK_Name) {
    p_next(p);
    if (!parse_bitor(p)) return;
    p_error_range(p, e->lineno, e->col_offset, p->prev_end_lineno, p->prev_end_col,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  } else if (p_is_bitwise_level(e) && e->kind != EK_List && e->kind != EK_Tuple &&
             e->kind != EK_GeneratorExp && !p_is_special_const(e)) {
    p_error_expr(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 p_expr_name(e));
  } else {
    p_invalid(p);
  }
}

// named_expression: NAME ':=' expression | expression
static AstExpr *parse_named_expression(Parser *p, bool in_call) {
  if (p_at(p, TK_NAME) && p_peek(p, 1)->kind == TK_COLONEQUAL) {
    int sl = p->tok.lineno, sc = p->tok.col;
    Ref id = p->tok.name;
    p_next(p);
    AstExpr *target = p_name_expr(p, id, sl, sc, ACTX_Store);
    if (!target) return nullptr;
    p_next(p);
    AstExpr *value = parse_expression(p);
    if (!value) return nullptr;
    AstExpr *e = p_expr(p, EK_NamedExpr, sl, sc);
    if (!e) return nullptr;
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = value;
    return e;
  }
  AstExpr *e = parse_expression(p);
  if (!e) return nullptr;
  if (p_at(p, TK_COLONEQUAL)) {
    p_error_expr(p, e, "cannot use assignment expressions with %s", p_expr_name(e));
    return nullptr;
  }
  if (p_at(p, TK_EQUAL) && !in_call) {
    p_stray_equal(p, e);
    return nullptr;
  }
  return e;
}

static AstExpr *p_starred(Parser *p, AstExpr *(*inner)(Parser *)) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  AstExpr *v = inner(p);
  if (!v) return nullptr;
  AstExpr *e = p_expr(p, EK_Starred, sl, sc);
  if (!e) return nullptr;
  e->v.Starred.value = v;
  e->v.Starred.ctx = ACTX_Load;
  return e;
}

// star_expression: '*' bitwise_or | expression
static AstExpr *parse_star_expression(Parser *p) {
  if (p_at(p, TK_STAR)) return p_starred(p, parse_bitor);
  return parse_expression(p);
}

// star_named_expression: '*' bitwise_or | named_expression
static AstExpr *parse_star_named_expression(Parser *p) {
  if (p_at(p, TK_STAR)) return p_starred(p, parse_bitor);
  return parse_named_expression(p, false);
}

// Comma-separated items (the first already parsed) into a Tuple; a single item
// without a comma is returned as is.
static AstExpr *p_tuple_rest(Parser *p, int sl, int sc, AstExpr *first,
                             AstExpr *(*item)(Parser *)) {
  if (!p_at(p, TK_COMMA)) return first;
  PVec v;
  if (!vec_push(p, &v, first)) return nullptr;
  while (p_at(p, TK_COMMA)) {
    p_next(p);
    if (!p_starts_expr(p->tok.kind)) break;
    AstExpr *e = item(p);
    if (!e || !vec_push(p, &v, e)) return nullptr;
  }
  AstExpr *t = p_expr(p, EK_Tuple, sl, sc);
  if (!t || !vec_seq(p, &v, &t->v.Tuple.elts)) return nullptr;
  t->v.Tuple.ctx = ACTX_Load;
  return t;
}

// star_expressions: star_expression (',' star_expression)* [',']
static AstExpr *parse_star_expressions(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *first = parse_star_expression(p);
  if (!first) return nullptr;
  return p_tuple_rest(p, sl, sc, first, parse_star_expression);
}

// A lone `*x` where a value is needed.
static bool p_check_not_starred(Parser *p, const AstExpr *e) {
  if (e->kind != EK_Starred) return true;
  p_error_expr(p, e, "can't use starred expression here");
  return false;
}

// star_expressions or a yield expression (right-hand sides of assignments).
static AstExpr *parse_value(Parser *p) {
  if (p_at(p, KW_yield)) return parse_yield(p);
  AstExpr *e = parse_star_expressions(p);
  if (e && !p_check_not_starred(p, e)) return nullptr;
  return e;
}

// disjunction: conjunction ('or' conjunction)*; conjunction likewise with 'and'.
static AstExpr *parse_inversion(Parser *p);
static AstExpr *p_boolop(Parser *p, int kw, AstBoolOpKind op, AstExpr *(*inner)(Parser *)) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *first = inner(p);
  if (!first || !p_at(p, kw)) return first;
  PVec v;
  if (!vec_push(p, &v, first)) return nullptr;
  while (p_at(p, kw)) {
    p_next(p);
    AstExpr *e = inner(p);
    if (!e || !vec_push(p, &v, e)) return nullptr;
  }
  AstExpr *r = p_expr(p, EK_BoolOp, sl, sc);
  if (!r || !vec_seq(p, &v, &r->v.BoolOp.values)) return nullptr;
  r->v.BoolOp.op = op;
  return r;
}
static AstExpr *parse_conjunction(Parser *p) {
  return p_boolop(p, KW_and, AB_And, parse_inversion);
}
static AstExpr *parse_disjunction(Parser *p) {
  return p_boolop(p, KW_or, AB_Or, parse_conjunction);
}

static AstExpr *parse_comparison(Parser *p);
// inversion: 'not' inversion | comparison
static AstExpr *parse_inversion(Parser *p) {
  if (!p_at(p, KW_not)) return parse_comparison(p);
  int sl = p->tok.lineno, sc = p->tok.col;
  if (!p_enter(p)) return nullptr;
  p_next(p);
  AstExpr *operand = parse_inversion(p);
  p_leave(p);
  if (!operand) return nullptr;
  AstExpr *e = p_expr(p, EK_UnaryOp, sl, sc);
  if (!e) return nullptr;
  e->v.UnaryOp.op = AU_Not;
  e->v.UnaryOp.operand = operand;
  return e;
}

// The comparison operator at the current token (consuming it), or -1.
static int p_cmp_op(Parser *p) {
  int op;
  switch (p->tok.kind) {
  case TK_EQEQUAL: op = AC_Eq; break;
  case TK_NOTEQUAL: op = AC_NotEq; break;
  case TK_LESS: op = AC_Lt; break;
  case TK_LESSEQUAL: op = AC_LtE; break;
  case TK_GREATER: op = AC_Gt; break;
  case TK_GREATEREQUAL: op = AC_GtE; break;
  case KW_in: op = AC_In; break;
  case KW_is:
    if (p_peek(p, 1)->kind == KW_not) {
      p_next(p);
      op = AC_IsNot;
    } else {
      op = AC_Is;
    }
    break;
  case KW_not:
    if (p_peek(p, 1)->kind != KW_in) return -1;
    p_next(p);
    op = AC_NotIn;
    break;
  default: return -1;
  }
  p_next(p);
  return op;
}

static AstExpr *parse_comparison(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *left = parse_bitor(p);
  if (!left) return nullptr;
  PVec ops, comps;
  for (;;) {
    int op = p_cmp_op(p);
    if (op < 0) break;
    AstExpr *right = parse_bitor(p);
    if (!right || !vec_push(p, &ops, (void *)(intptr_t)op) || !vec_push(p, &comps, right))
      return nullptr;
  }
  if (!ops.n) return left;
  AstExpr *e = p_expr(p, EK_Compare, sl, sc);
  if (!e || !vec_seq(p, &ops, &e->v.Compare.ops) || !vec_seq(p, &comps, &e->v.Compare.comparators))
    return nullptr;
  e->v.Compare.left = left;
  return e;
}

// Binary operator precedence (higher binds tighter), 0 if not a binary operator.
static int p_binop(int kind, AstOperator *op) {
  switch (kind) {
  case TK_VBAR: *op = AO_BitOr; return 1;
  case TK_CIRCUMFLEX: *op = AO_BitXor; return 2;
  case TK_AMPER: *op = AO_BitAnd; return 3;
  case TK_LEFTSHIFT: *op = AO_LShift; return 4;
  case TK_RIGHTSHIFT: *op = AO_RShift; return 4;
  case TK_PLUS: *op = AO_Add; return 5;
  case TK_MINUS: *op = AO_Sub; return 5;
  case TK_STAR: *op = AO_Mult; return 6;
  case TK_SLASH: *op = AO_Div; return 6;
  case TK_DOUBLESLASH: *op = AO_FloorDiv; return 6;
  case TK_PERCENT: *op = AO_Mod; return 6;
  case TK_AT: *op = AO_MatMult; return 6;
  default: return 0;
  }
}

static AstExpr *parse_factor(Parser *p);
// Precedence climbing over | ^ & << >> + - * / // % @ (all left associative).
static AstExpr *p_binary(Parser *p, int min_prec) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *left = parse_factor(p);
  if (!left) return nullptr;
  for (;;) {
    AstOperator op;
    int prec = p_binop(p->tok.kind, &op);
    if (!prec || prec < min_prec) return left;
    p_next(p);
    AstExpr *right = p_binary(p, prec + 1);
    if (!right) return nullptr;
    AstExpr *e = p_expr(p, EK_BinOp, sl, sc);
    if (!e) return nullptr;
    e->v.BinOp.left = left;
    e->v.BinOp.op = op;
    e->v.BinOp.right = right;
    left = e;
  }
}
static AstExpr *parse_bitor(Parser *p) { return p_binary(p, 1); }

static AstExpr *parse_power(Parser *p);
// factor: ('+' | '-' | '~') factor | power
static AstExpr *parse_factor(Parser *p) {
  AstUnaryOp op;
  switch (p->tok.kind) {
  case TK_PLUS: op = AU_UAdd; break;
  case TK_MINUS: op = AU_USub; break;
  case TK_TILDE: op = AU_Invert; break;
  default: return parse_power(p);
  }
  int sl = p->tok.lineno, sc = p->tok.col;
  if (!p_enter(p)) return nullptr;
  p_next(p);
  AstExpr *operand = parse_factor(p);
  p_leave(p);
  if (!operand) return nullptr;
  AstExpr *e = p_expr(p, EK_UnaryOp, sl, sc);
  if (!e) return nullptr;
  e->v.UnaryOp.op = op;
  e->v.UnaryOp.operand = operand;
  return e;
}

static AstExpr *parse_primary(Parser *p);
// power: primary ['**' factor]
static AstExpr *parse_power(Parser *p) {
  if (p_at(p, KW_await)) {
    p_error_tok(p, &p->tok, "'await' is not supported");
    return nullptr;
  }
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *base = parse_primary(p);
  if (!base || !p_at(p, TK_DOUBLESTAR)) return base;
  p_next(p);
  AstExpr *exp = parse_factor(p);
  if (!exp) return nullptr;
  AstExpr *e = p_expr(p, EK_BinOp, sl, sc);
  if (!e) return nullptr;
  e->v.BinOp.left = base;
  e->v.BinOp.op = AO_Pow;
  e->v.BinOp.right = exp;
  return e;
}

// Call arguments after '(' up to and including ')'. For a class statement
// (`is_class`) a generator argument is not allowed.
static bool parse_call_args(Parser *p, int lpar_line, int lpar_col, bool is_class,
                            AstSeq<AstExpr *> *args_out, AstSeq<AstKeyword *> *kw_out) {
  PVec args, kws;
  bool seen_kw = false, seen_kwunpack = false;
  while (!p_at(p, TK_RPAR)) {
    int sl = p->tok.lineno, sc = p->tok.col;
    if (p_at(p, TK_STAR)) {
      AstExpr *e = p_starred(p, parse_expression);
      if (!e) return false;
      if (seen_kwunpack) {
        p_error_expr(p, e, "iterable argument unpacking follows keyword argument unpacking");
        return false;
      }
      if (!vec_push(p, &args, e)) return false;
    } else if (p_at(p, TK_DOUBLESTAR) || (p_at(p, TK_NAME) && p_peek(p, 1)->kind == TK_EQUAL)) {
      Ref arg = nullptr;
      if (p_at(p, TK_NAME)) {
        arg = p->tok.name;
        p_next(p);
      }
      p_next(p);
      AstExpr *value = parse_expression(p);
      if (!value) return false;
      AstKeyword *k = (AstKeyword *)p_alloc(p, sizeof(AstKeyword));
      if (!k) return false;
      k->arg = arg;
      k->value = value;
      k->lineno = sl, k->col_offset = sc;
      k->end_lineno = p->prev_end_lineno, k->end_col_offset = p->prev_end_col;
      if (arg) {
        for (int i = 0; i < kws.n; i++) {
          Ref other = ((AstKeyword *)kws.items[i])->arg;
          if (other && py_str_equal(other, arg)) {
            p_error_range(p, sl, sc, k->end_lineno, k->end_col_offset,
                          "keyword argument repeated: %s", py_str_data(arg));
            return false;
          }
        }
        seen_kw = true;
      } else {
        seen_kwunpack = true;
      }
      if (!vec_push(p, &kws, k)) return false;
    } else {
      if ((p_at(p, KW_True) || p_at(p, KW_False) || p_at(p, KW_None)) &&
          p_peek(p, 1)->kind == TK_EQUAL) {
        const char *what = lex_keyword_name(p->tok.kind);
        p_next(p);
        p_next(p);
        p_error_range(p, sl, sc, p->prev_end_lineno, p->prev_end_col, "cannot assign to %s", what);
        return false;
      }
      AstExpr *e = parse_named_expression(p, true);
      if (!e) return false;
      if (p_at(p, KW_for)) {
        AstExpr *g = p_expr(p, EK_GeneratorExp, lpar_line, lpar_col);
        if (!g) return false;
        g->v.GeneratorExp.elt = e;
        if (!parse_generators(p, &g->v.GeneratorExp.generators)) return false;
        if (is_class) {
          p_error_expr(p, e, "invalid syntax");
          return false;
        }
        if (args.n || kws.n || !p_at(p, TK_RPAR)) {
          g->lineno = e->lineno, g->col_offset = e->col_offset;
          g->end_lineno = p->prev_end_lineno, g->end_col_offset = p->prev_end_col;
          if (!p_at(p, TK_RPAR) && !p_at(p, TK_COMMA)) {
            p_invalid(p);
            return false;
          }
          p_error_expr(p, g, "Generator expression must be parenthesized");
          return false;
        }
        g->end_lineno = p->tok.end_lineno, g->end_col_offset = p->tok.end_col;
        e = g;
      } else if (p_at(p, TK_EQUAL)) {
        p_error_range(p, e->lineno, e->col_offset, p->tok.end_lineno, p->tok.end_col,
                      "expression cannot contain assignment, perhaps you meant \"==\"?");
        return false;
      }
      if (seen_kw || seen_kwunpack) { // CPython points at the token after the argument
        p_error_tok(p, &p->tok, "%s",
                    seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
        return false;
      }
      if (!vec_push(p, &args, e)) return false;
    }
    if (p_at(p, TK_COMMA)) {
      p_next(p);
      continue;
    }
    if (!p_at(p, TK_RPAR)) {
      p_invalid(p);
      return false;
    }
  }
  p_next(p);
  return vec_seq(p, &args, args_out) && vec_seq(p, &kws, kw_out);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred
static AstExpr *parse_slice(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *lower = nullptr;
  if (p_at(p, TK_STAR)) return p_starred(p, parse_bitor);
  if (!p_at(p, TK_COLON)) {
    lower = parse_named_expression(p, false);
    if (!lower || !p_at(p, TK_COLON)) return lower;
  }
  p_next(p);
  AstExpr *upper = nullptr, *step = nullptr;
  if (!p_at(p, TK_COLON) && !p_at(p, TK_COMMA) && !p_at(p, TK_RSQB)) {
    upper = parse_expression(p);
    if (!upper) return nullptr;
  }
  if (p_at(p, TK_COLON)) {
    p_next(p);
    if (!p_at(p, TK_COMMA) && !p_at(p, TK_RSQB)) {
      step = parse_expression(p);
      if (!step) return nullptr;
    }
  }
  AstExpr *e = p_expr(p, EK_Slice, sl, sc);
  if (!e) return nullptr;
  e->v.Slice.lower = lower;
  e->v.Slice.upper = upper;
  e->v.Slice.step = step;
  return e;
}

// slices: slice | ','.slice+ [','] (a Tuple), up to ']'.
static AstExpr *parse_slices(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *first = parse_slice(p);
  if (!first || (!p_at(p, TK_COMMA) && first->kind != EK_Starred)) return first; // x[*a] is a tuple
  PVec v;
  if (!vec_push(p, &v, first)) return nullptr;
  while (p_at(p, TK_COMMA)) {
    p_next(p);
    if (p_at(p, TK_RSQB)) break;
    AstExpr *e = parse_slice(p);
    if (!e || !vec_push(p, &v, e)) return nullptr;
  }
  AstExpr *t = p_expr(p, EK_Tuple, sl, sc);
  if (!t || !vec_seq(p, &v, &t->v.Tuple.elts)) return nullptr;
  t->v.Tuple.ctx = ACTX_Load;
  return t;
}

static AstExpr *parse_atom(Parser *p);
// primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
static AstExpr *parse_primary(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *e = parse_atom(p);
  while (e) {
    if (p_at(p, TK_DOT)) {
      p_next(p);
      Ref attr = p_expect_name(p);
      if (!attr) return nullptr;
      AstExpr *a = p_expr(p, EK_Attribute, sl, sc);
      if (!a) return nullptr;
      a->v.Attribute.value = e;
      a->v.Attribute.attr = attr;
      a->v.Attribute.ctx = ACTX_Load;
      e = a;
    } else if (p_at(p, TK_LPAR)) {
      int ll = p->tok.lineno, lc = p->tok.col;
      p_next(p);
      AstExpr *c = (AstExpr *)p_alloc(p, sizeof(AstExpr));
      if (!c) return nullptr;
      if (!parse_call_args(p, ll, lc, false, &c->v.Call.args, &c->v.Call.keywords)) return nullptr;
      c->kind = EK_Call;
      c->lineno = sl, c->col_offset = sc;
      c->end_lineno = p->prev_end_lineno, c->end_col_offset = p->prev_end_col;
      c->v.Call.func = e;
      e = c;
    } else if (p_at(p, TK_LSQB)) {
      p_next(p);
      AstExpr *slice = parse_slices(p);
      if (!slice || !p_expect(p, TK_RSQB)) return nullptr;
      AstExpr *s = p_expr(p, EK_Subscript, sl, sc);
      if (!s) return nullptr;
      s->v.Subscript.value = e;
      s->v.Subscript.slice = slice;
      s->v.Subscript.ctx = ACTX_Load;
      e = s;
    } else {
      break;
    }
  }
  return e;
}

// Targets of `for` loops and comprehensions: star_targets, stopping before 'in'.
static AstExpr *parse_star_target(Parser *p) {
  if (p_at(p, TK_STAR)) return p_starred(p, parse_bitor);
  return parse_bitor(p);
}
static AstExpr *parse_for_targets(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstExpr *first = parse_star_target(p);
  if (!first) return nullptr;
  AstExpr *t = p_tuple_rest(p, sl, sc, first, parse_star_target);
  if (!t || !p_target(p, t, ACTX_Store)) return nullptr;
  return t;
}

// ('for' star_targets 'in' disjunction ('if' disjunction)*)+
static bool parse_generators(Parser *p, AstSeq<AstComprehension *> *out) {
  PVec gens;
  while (p_at(p, KW_for) || p_at(p, KW_async)) {
    if (p_at(p, KW_async)) {
      p_error_tok(p, &p->tok, "asynchronous comprehensions are not supported");
      return false;
    }
    p_next(p);
    AstComprehension *c = (AstComprehension *)p_alloc(p, sizeof(AstComprehension));
    if (!c) return false;
    c->target = parse_for_targets(p);
    if (!c->target || !p_expect(p, KW_in)) return false;
    c->iter = parse_disjunction(p);
    if (!c->iter) return false;
    PVec ifs;
    while (p_at(p, KW_if)) {
      p_next(p);
      AstExpr *cond = parse_disjunction(p);
      if (!cond || !vec_push(p, &ifs, cond)) return false;
    }
    if (!vec_seq(p, &ifs, &c->ifs) || !vec_push(p, &gens, c)) return false;
  }
  return vec_seq(p, &gens, out);
}

// A comprehension node of `kind` whose element(s) are parsed; the current token
// is 'for'; `close` is the closing bracket.
static AstExpr *p_comprehension(Parser *p, AstExprKind kind, AstExpr *elt, AstExpr *value,
                                int close, int sl, int sc) {
  AstSeq<AstComprehension *> gens;
  if (!parse_generators(p, &gens) || !p_expect(p, close)) return nullptr;
  AstExpr *e = p_expr(p, kind, sl, sc);
  if (!e) return nullptr;
  if (kind == EK_DictComp) {
    e->v.DictComp.key = elt;
    e->v.DictComp.value = value;
    e->v.DictComp.generators = gens;
  } else {
    e->v.ListComp.elt = elt; // ListComp, SetComp and GeneratorExp share the layout
    e->v.ListComp.generators = gens;
  }
  return e;
}

static bool p_check_elt(Parser *p, const AstExpr *e) {
  if (e->kind == EK_Starred) {
    p_error_expr(p, e, "iterable unpacking cannot be used in comprehension");
    return false;
  }
  return true;
}

// Items of a list / tuple / set display after the first one, up to `close`.
static bool p_display_items(Parser *p, PVec *v, int close) {
  while (p_at(p, TK_COMMA)) {
    p_next(p);
    if (p_at(p, close)) break;
    AstExpr *e = parse_star_named_expression(p);
    if (!e || !vec_push(p, v, e)) return false;
  }
  return p_expect(p, close);
}

static AstExpr *parse_paren(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  if (p_at(p, TK_RPAR)) { // ()
    p_next(p);
    AstExpr *e = p_expr(p, EK_Tuple, sl, sc);
    if (e) e->v.Tuple.ctx = ACTX_Load;
    return e;
  }
  if (p_at(p, KW_yield)) {
    AstExpr *y = parse_yield(p);
    if (!y || !p_expect(p, TK_RPAR)) return nullptr;
    return y;
  }
  AstExpr *first = parse_star_named_expression(p);
  if (!first) return nullptr;
  if (p_at(p, KW_for) || p_at(p, KW_async)) {
    if (!p_check_elt(p, first)) return nullptr;
    return p_comprehension(p, EK_GeneratorExp, first, nullptr, TK_RPAR, sl, sc);
  }
  if (p_at(p, TK_RPAR)) {
    p_next(p);
    if (first->kind == EK_Starred) {
      p_error_expr(p, first, "cannot use starred expression here");
      return nullptr;
    }
    return first; // parentheses only group: the node keeps its own position
  }
  if (!p_at(p, TK_COMMA)) {
    p_invalid(p);
    return nullptr;
  }
  PVec v;
  if (!vec_push(p, &v, first) || !p_display_items(p, &v, TK_RPAR)) return nullptr;
  AstExpr *t = p_expr(p, EK_Tuple, sl, sc);
  if (!t || !vec_seq(p, &v, &t->v.Tuple.elts)) return nullptr;
  t->v.Tuple.ctx = ACTX_Load;
  return t;
}

static AstExpr *parse_list(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec v;
  if (!p_at(p, TK_RSQB)) {
    AstExpr *first = parse_star_named_expression(p);
    if (!first) return nullptr;
    if (p_at(p, KW_for) || p_at(p, KW_async)) {
      if (!p_check_elt(p, first)) return nullptr;
      return p_comprehension(p, EK_ListComp, first, nullptr, TK_RSQB, sl, sc);
    }
    if (!vec_push(p, &v, first) || !p_display_items(p, &v, TK_RSQB)) return nullptr;
  } else {
    p_next(p);
  }
  AstExpr *l = p_expr(p, EK_List, sl, sc);
  if (!l || !vec_seq(p, &v, &l->v.List.elts)) return nullptr;
  l->v.List.ctx = ACTX_Load;
  return l;
}

// Dict display items after the first key (or after '{' when it starts with
// '**'), up to '}'.
static bool p_dict_items(Parser *p, PVec *keys, PVec *values) {
  for (;;) {
    if (p_at(p, TK_RBRACE)) break;
    if (p_at(p, TK_DOUBLESTAR)) {
      p_next(p);
      AstExpr *m = parse_bitor(p);
      if (!m || !vec_push(p, keys, nullptr) || !vec_push(p, values, m)) return false;
    } else {
      AstExpr *k = parse_expression(p);
      if (!k) return false;
      if (!p_at(p, TK_COLON)) {
        if (p_at(p, TK_COMMA) || p_at(p, TK_RBRACE))
          p_error_range(p, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset,
                        "':' expected after dictionary key");
        else
          p_invalid(p);
        return false;
      }
      p_next(p);
      AstExpr *v = parse_expression(p);
      if (!v || !vec_push(p, keys, k) || !vec_push(p, values, v)) return false;
    }
    if (!p_at(p, TK_COMMA)) break;
    p_next(p);
  }
  return p_expect(p, TK_RBRACE);
}

static AstExpr *parse_brace(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec keys, values;
  if (p_at(p, TK_RBRACE) || p_at(p, TK_DOUBLESTAR)) {
    if (!p_dict_items(p, &keys, &values)) return nullptr;
  } else {
    AstExpr *first = parse_star_named_expression(p);
    if (!first) return nullptr;
    if (p_at(p, TK_COLON) && first->kind != EK_Starred) {
      p_next(p);
      AstExpr *value = parse_expression(p);
      if (!value) return nullptr;
      if (p_at(p, KW_for) || p_at(p, KW_async))
        return p_comprehension(p, EK_DictComp, first, value, TK_RBRACE, sl, sc);
      if (!vec_push(p, &keys, first) || !vec_push(p, &values, value)) return nullptr;
      if (p_at(p, TK_COMMA)) {
        p_next(p);
        if (!p_dict_items(p, &keys, &values)) return nullptr;
      } else if (!p_expect(p, TK_RBRACE)) {
        return nullptr;
      }
    } else {
      if (p_at(p, KW_for) || p_at(p, KW_async)) {
        if (!p_check_elt(p, first)) return nullptr;
        return p_comprehension(p, EK_SetComp, first, nullptr, TK_RBRACE, sl, sc);
      }
      PVec elts;
      if (!vec_push(p, &elts, first) || !p_display_items(p, &elts, TK_RBRACE)) return nullptr;
      AstExpr *s = p_expr(p, EK_Set, sl, sc);
      if (!s || !vec_seq(p, &elts, &s->v.Set.elts)) return nullptr;
      return s;
    }
  }
  AstExpr *d = p_expr(p, EK_Dict, sl, sc);
  if (!d || !vec_seq(p, &keys, &d->v.Dict.keys) || !vec_seq(p, &values, &d->v.Dict.values))
    return nullptr;
  return d;
}

// A NUMBER token's value.
static Ref p_number_value(Parser *p, const Token *t) {
  const char *s = t->start;
  size_t n = (size_t)(t->end - t->start);
  bool imag = UPY_ENABLE_COMPLEX && (s[n - 1] | 0x20) == 'j', is_float = imag;
  if (imag)
    n--;
  else if (!(n > 1 && s[0] == '0' && strchr("xXoObB", s[1]))) {
    for (size_t i = 0; i < n; i++)
      if (s[i] == '.' || s[i] == 'e' || s[i] == 'E') is_float = true;
  }
  if (!is_float) return py_int_from_str(s, n, 0);
  char small[64];
  char *buf = n < sizeof small ? small : (char *)py_malloc(n + 1);
  if (!buf) return nullptr;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != '_') buf[k++] = s[i];
  buf[k] = '\0';
  double d = strtod(buf, nullptr);
  if (buf != small) py_free(buf, n + 1);
#if UPY_ENABLE_COMPLEX
  if (imag) return py_complex_new(0.0, d);
#endif
  return py_float_new(d);
}

static AstExpr *parse_atom(Parser *p) {
  const Token *t = &p->tok;
  int sl = t->lineno, sc = t->col;
  switch (t->kind) {
  case TK_NAME: {
    Ref id = t->name;
    p_next(p);
    return p_name_expr(p, id, sl, sc, ACTX_Load);
  }
  case KW_None:
  case KW_True:
  case KW_False:
  case TK_ELLIPSIS: {
    Ref v = t->kind == KW_None    ? py_None
            : t->kind == KW_True  ? py_True
            : t->kind == KW_False ? py_False
                                  : py_Ellipsis;
    p_next(p);
    return p_constant(p, v, sl, sc);
  }
  case TK_NUMBER: {
    Ref v = p_number_value(p, t);
    if (!v) {
      p->error = true;
      return nullptr;
    }
    p_next(p);
    return p_constant(p, v, sl, sc);
  }
  case TK_STRING: return parse_strings(p);
  case TK_LPAR: return parse_paren(p);
  case TK_LSQB: return parse_list(p);
  case TK_LBRACE: return parse_brace(p);
  default: p_invalid(p); return nullptr;
  }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
static AstExpr *parse_yield(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  if (p_at(p, KW_from)) {
    p_next(p);
    AstExpr *v = parse_expression(p);
    if (!v) return nullptr;
    AstExpr *e = p_expr(p, EK_YieldFrom, sl, sc);
    if (e) e->v.YieldFrom.value = v;
    return e;
  }
  AstExpr *v = nullptr;
  if (p_starts_expr(p->tok.kind)) {
    v = parse_star_expressions(p);
    if (!v || !p_check_not_starred(p, v)) return nullptr;
  }
  AstExpr *e = p_expr(p, EK_Yield, sl, sc);
  if (e) e->v.Yield.value = v;
  return e;
}

// ---------------------------------------------------------------------------
// String literals and f-strings
// ---------------------------------------------------------------------------

struct StrTok {
  const char *body; // between the quotes
  size_t len;
  bool raw, bytes, fstr, u;
  int quote_len; // 1 or 3
};

static void p_split_string(const Token *t, StrTok *s) {
  const char *p = t->start;
  s->raw = s->bytes = s->fstr = s->u = false;
  while (*p != '\'' && *p != '"') {
    char c = (char)(*p | 0x20);
    if (c == 'r')
      s->raw = true;
    else if (c == 'b')
      s->bytes = true;
    else if (c == 'f')
      s->fstr = true;
    else if (c == 'u')
      s->u = true;
    p++;
  }
  s->quote_len = (t->end - p >= 6 && p[1] == p[0] && p[2] == p[0]) ? 3 : 1;
  s->body = p + s->quote_len;
  s->len = (size_t)(t->end - s->body) - (size_t)s->quote_len;
}

// (line, column) of byte `at` inside the token t.
static void p_pos_in_token(const Token *t, const char *at, int *line, int *col) {
  int l = t->lineno;
  const char *ls = t->start - t->col;
  for (const char *q = t->start; q < at; q++)
    if (*q == '\n') l++, ls = q + 1;
  *line = l;
  *col = (int)(at - ls);
}

// Takes a PyMsg (obj.h: compressed messages); the macro makes one of a literal.
static void(p_string_error)(Parser *p, const Token *t, const char *at, PyMsg fmt, ...) {
  int l, c;
  p_pos_in_token(t, at, &l, &c);
  va_list ap;
  va_start(ap, fmt);
  p_verror(p, &py_SyntaxError_type, l, c, l, c + 1, fmt, ap);
  va_end(ap);
}
#define p_string_error(p, t, at, fmt, ...) (p_string_error)(p, t, at, PY_MSG(fmt), ##__VA_ARGS__)

// Decodes a (non-f) literal body into buf; false with an error set.
static bool p_decode(Parser *p, const Token *t, const char *s, size_t n, bool raw, bool bytes,
                     LexBuf *buf) {
  char err[200];
  int r = lex_decode_string(s, n, raw, bytes, buf, err, sizeof err);
  if (r == -2) p->error = true;
  if (r == -1) { // CPython reports escape errors after the literal, others at its start
    bool at_end = strncmp(err, "bytes", 5) != 0;
    int line = at_end ? t->end_lineno : t->lineno, col = at_end ? t->end_col : t->col;
    p_error_range(p, line, col, line, col, "%s", err);
  }
  return r == 0;
}

static bool p_is_identifier_like(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

static Ref p_make_str(const char *s, size_t n) {
  return p_is_identifier_like(s, n) ? py_str_intern_n(s, n) : py_str_new(s, n);
}

// Collects the pieces of a JoinedStr: pending literal text and finished values.
struct FStrBuilder {
  LexBuf lit;
  PVec *values;
  int lineno, col; // position of the whole string expression
};

static bool fs_flush(Parser *p, FStrBuilder *b) {
  if (!b->lit.len) return true;
  Ref s = p_make_str(b->lit.data, b->lit.len);
  b->lit.len = 0;
  if (!s) {
    p->error = true;
    return false;
  }
  AstExpr *c = p_constant(p, s, b->lineno, b->col);
  return c && vec_push(p, b->values, c);
}

static bool p_fstring_body(Parser *p, const Token *t, const StrTok *st, const char *s,
                           const char *end, FStrBuilder *b, int nesting, const char **stop);

// Parses the replacement field expression text [s, e) with a nested parser.
static AstExpr *p_fstring_expr(Parser *p, const Token *t, const char *s, const char *e) {
  int line, col;
  p_pos_in_token(t, s, &line, &col);
  Lexer *L = (Lexer *)py_malloc(sizeof(Lexer));
  if (!L) {
    p->error = true;
    return nullptr;
  }
  lex_init_embedded(L, p->src, p->src_len, s, e, line, p->filename);
  Parser sub;
  memset(&sub, 0, sizeof sub);
  sub.L = L;
  sub.arena = p->arena;
  sub.filename = p->filename;
  sub.src = p->src;
  sub.src_len = p->src_len;
  sub.depth = p->depth;
  sub.fstring_depth = p->fstring_depth + 1;
  p_lex(&sub, &sub.tok);
  AstExpr *r = nullptr;
  if (sub.tok.kind == KW_yield)
    r = parse_yield(&sub);
  else
    r = parse_star_expressions(&sub);
  if (r && !p_at(&sub, TK_ENDMARKER)) {
    p_invalid(&sub);
    r = nullptr;
  }
  if (r && !p_check_not_starred(&sub, r)) r = nullptr;
  if (sub.error || sub.lex_dead) {
    r = nullptr;
    p->error = true;
  }
  py_free(L, sizeof(Lexer));
  return r;
}

// Finds the end of a replacement field's expression starting at s: the first
// '=', '!', ':' or '}' outside brackets and nested strings. nullptr on error.
static const char *p_fstring_scan_expr(Parser *p, const Token *t, const char *s, const char *end) {
  char stack[LEX_MAX_PARENS];
  int depth = 0;
  const char *q = s;
  while (q < end) {
    char c = *q;
    if (c == '\\') {
      p_string_error(p, t, q, "f-string expression part cannot include a backslash");
      return nullptr;
    }
    if (c == '\'' || c == '"') { // a nested string of the other quote kind
      bool triple = q + 2 < end && q[1] == c && q[2] == c;
      const char *r = q + (triple ? 3 : 1);
      for (;;) {
        if (r >= end) {
          p_string_error(p, t, q, "f-string: unterminated string");
          return nullptr;
        }
        if (*r == c && (!triple || (r + 2 < end && r[1] == c && r[2] == c))) break;
        r++;
      }
      q = r + (triple ? 3 : 1);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      if (depth >= LEX_MAX_PARENS) {
        p_string_error(p, t, q, "f-string: too many nested parenthesis");
        return nullptr;
      }
      stack[depth++] = c;
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) {
        if (c == '}') return q;
        p_string_error(p, t, q, "f-string: unmatched '%c'", c);
        return nullptr;
      }
      char open = stack[--depth];
      if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        p_string_error(p, t, q,
                       "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                       c, open);
        return nullptr;
      }
    } else if (c == '#') {
      p_string_error(p, t, q, "f-string expression part cannot include '#'");
      return nullptr;
    } else if (depth == 0) {
      if (c == '!' && !(q + 1 < end && q[1] == '=')) return q;
      if (c == ':') return q;
      if (c == '=' && !(q + 1 < end && q[1] == '=') &&
          !(q > s && (q[-1] == '=' || q[-1] == '!' || q[-1] == '<' || q[-1] == '>')))
        return q;
    }
    q++;
  }
  p_string_error(p, t, end, "f-string: expecting '}'");
  return nullptr;
}

// A replacement field after its '{': appends a FormattedValue (and the `=`
// text) to b and returns the position after the closing '}'.
static const char *p_fstring_field(Parser *p, const Token *t, const StrTok *st, const char *s,
                                   const char *end, FStrBuilder *b, int nesting) {
  if (nesting >= 2) {
    p_string_error(p, t, s, "f-string: expressions nested too deeply");
    return nullptr;
  }
  const char *e = p_fstring_scan_expr(p, t, s, end);
  if (!e) return nullptr;
  const char *q = s;
  while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) q++;
  if (q == e) {
    p_string_error(p, t, e, "f-string: empty expression not allowed");
    return nullptr;
  }
  AstExpr *value = p_fstring_expr(p, t, s, e);
  if (!value) return nullptr;
  int conversion = ACONV_None;
  AstExpr *spec = nullptr;
  q = e;
  if (q < end && *q == '=') { // f"{x=}": the expression text, then repr by default
    q++;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) q++;
    if (!lex_buf_add(&b->lit, s, (size_t)(q - s))) {
      p->error = true;
      return nullptr;
    }
    conversion = ACONV_Repr;
  }
  if (q < end && *q == '!') {
    q++;
    if (q >= end || !(*q == 's' || *q == 'r' || *q == 'a')) {
      if (q >= end)
        p_string_error(p, t, end, "f-string: expecting '}'");
      else
        p_string_error(p, t, q,
                       "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return nullptr;
    }
    conversion = *q++;
    if (q < end && *q != ':' && *q != '}') {
      p_string_error(p, t, q, "f-string: expecting '}'");
      return nullptr;
    }
  }
  if (q < end && *q == ':') {
    if (conversion == ACONV_Repr && e < end && *e == '=' && !(e + 1 < end && e[1] == '!'))
      conversion = ACONV_None; // with '=' and a spec the spec applies to the value
    q++;
    PVec values;
    FStrBuilder sb;
    lex_buf_init(&sb.lit);
    sb.values = &values;
    sb.lineno = b->lineno, sb.col = b->col;
    const char *stop;
    bool ok = p_fstring_body(p, t, st, q, end, &sb, nesting + 1, &stop) && fs_flush(p, &sb);
    lex_buf_free(&sb.lit);
    if (!ok) return nullptr;
    spec = p_expr(p, EK_JoinedStr, b->lineno, b->col);
    if (!spec || !vec_seq(p, &values, &spec->v.JoinedStr.values)) return nullptr;
    // CPython: a format spec and its pieces span the string token holding them.
    for (int i = -1; i < spec->v.JoinedStr.values.n; i++) {
      AstExpr *piece = i < 0 ? spec : spec->v.JoinedStr.values.items[i];
      piece->lineno = t->lineno, piece->col_offset = t->col;
      piece->end_lineno = t->end_lineno, piece->end_col_offset = t->end_col;
    }
    q = stop;
  }
  if (q >= end || *q != '}') {
    p_string_error(p, t, q < end ? q : end, "f-string: expecting '}'");
    return nullptr;
  }
  if (!fs_flush(p, b)) return nullptr;
  AstExpr *fv = p_expr(p, EK_FormattedValue, b->lineno, b->col);
  if (!fv) return nullptr;
  fv->v.FormattedValue.value = value;
  fv->v.FormattedValue.conversion = conversion;
  fv->v.FormattedValue.format_spec = spec;
  if (!vec_push(p, b->values, fv)) return nullptr;
  return q + 1;
}

// The literal parts and fields of an f-string body [s, end). In a format spec
// (nesting > 0) it stops at the top-level '}' (*stop).
static bool p_fstring_body(Parser *p, const Token *t, const StrTok *st, const char *s,
                           const char *end, FStrBuilder *b, int nesting, const char **stop) {
  const char *q = s;
  while (q < end) {
    // A run of literal text.
    const char *r = q;
    while (r < end && *r != '{' && *r != '}') {
      if (*r == '\\' && !st->raw && r + 1 < end) {
        if (r[1] == 'N' && r + 2 < end && r[2] == '{') { // \N{NAME}: the braces are part of it
          r += 3;
          while (r < end && *r != '}') r++;
          if (r < end) r++;
          continue;
        }
        r += 2;
        continue;
      }
      r++;
    }
    if (r > q && !p_decode(p, t, q, (size_t)(r - q), st->raw, false, &b->lit)) return false;
    q = r;
    if (q >= end) break;
    if (*q == '{') {
      if (q + 1 < end && q[1] == '{' && nesting == 0) {
        if (!lex_buf_add(&b->lit, "{", 1)) return !(p->error = true);
        q += 2;
        continue;
      }
      q = p_fstring_field(p, t, st, q + 1, end, b, nesting);
      if (!q) return false;
      continue;
    }
    // '}'
    if (nesting > 0) {
      *stop = q;
      return true;
    }
    if (q + 1 < end && q[1] == '}') {
      if (!lex_buf_add(&b->lit, "}", 1)) return !(p->error = true);
      q += 2;
      continue;
    }
    p_string_error(p, t, q, "f-string: single '}' is not allowed");
    return false;
  }
  if (nesting > 0) {
    p_string_error(p, t, end, "f-string: expecting '}'");
    return false;
  }
  *stop = end;
  return true;
}

// atom: STRING+ (adjacent literals concatenated).
static AstExpr *parse_strings(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  StrTok first;
  p_split_string(&p->tok, &first);
  bool any_f = false;
  PVec values;
  FStrBuilder fb;
  lex_buf_init(&fb.lit);
  fb.values = &values;
  fb.lineno = sl, fb.col = sc;
  bool ok = true;
  while (ok && p_at(p, TK_STRING)) {
    StrTok st;
    p_split_string(&p->tok, &st);
    if (st.bytes != first.bytes) {
      const Token *t = &p->tok;
      p_error_range(p, t->end_lineno, t->end_col, t->end_lineno, t->end_col,
                    "cannot mix bytes and nonbytes literals");
      ok = false;
      break;
    }
    if (st.fstr) {
      any_f = true;
      const char *stop;
      ok = p_fstring_body(p, &p->tok, &st, st.body, st.body + st.len, &fb, 0, &stop);
    } else {
      ok = p_decode(p, &p->tok, st.body, st.len, st.raw, st.bytes, &fb.lit);
    }
    if (ok) p_next(p);
  }
  AstExpr *e = nullptr;
  if (ok && any_f) {
    ok = fs_flush(p, &fb);
    if (ok) {
      e = p_expr(p, EK_JoinedStr, sl, sc);
      if (!e || !vec_seq(p, &values, &e->v.JoinedStr.values)) e = nullptr;
      // Nodes of the pieces span the whole literal, as in CPython.
      for (int i = 0; e && i < e->v.JoinedStr.values.n; i++) {
        AstExpr *v = e->v.JoinedStr.values.items[i];
        v->end_lineno = e->end_lineno, v->end_col_offset = e->end_col_offset;
        AstExpr *spec = v->kind == EK_FormattedValue ? v->v.FormattedValue.format_spec : nullptr;
        if (!spec) continue;
        // CPython quirk: pieces of a spec with fields span the whole literal.
        AstSeq<AstExpr *> &pieces = spec->v.JoinedStr.values;
        if (pieces.n > 1 || (pieces.n == 1 && pieces.items[0]->kind == EK_FormattedValue)) {
          for (int j = 0; j < pieces.n; j++) {
            pieces.items[j]->lineno = sl, pieces.items[j]->col_offset = sc;
            pieces.items[j]->end_lineno = e->end_lineno;
            pieces.items[j]->end_col_offset = e->end_col_offset;
          }
        }
      }
    }
  } else if (ok) {
    Ref v = first.bytes ? py_bytes_new(fb.lit.data ? fb.lit.data : "", fb.lit.len)
                        : p_make_str(fb.lit.data ? fb.lit.data : "", fb.lit.len);
    if (!v)
      p->error = true;
    else if ((e = p_constant(p, v, sl, sc)) && first.u) {
      e->v.Constant.kind = py_str_intern("u");
      py_decref(e->v.Constant.kind); // interned: immortal
    }
  }
  lex_buf_free(&fb.lit);
  return p->error ? nullptr : e;
}

// ---------------------------------------------------------------------------
// Function parameters
// ---------------------------------------------------------------------------

static AstArg *p_arg(Parser *p, bool lambda) {
  int sl = p->tok.lineno, sc = p->tok.col;
  Ref name = p_expect_name(p);
  if (!name) return nullptr;
  AstArg *a = (AstArg *)p_alloc(p, sizeof(AstArg));
  if (!a) return nullptr;
  a->arg = name;
  if (!lambda && p_at(p, TK_COLON)) {
    p_next(p);
    if (p_at(p, TK_STAR))
      a->annotation = p_starred(p, parse_expression); // *args: *Ts
    else
      a->annotation = parse_expression(p);
    if (!a->annotation) return nullptr;
  }
  a->lineno = sl, a->col_offset = sc;
  a->end_lineno = p->prev_end_lineno, a->end_col_offset = p->prev_end_col;
  return a;
}

// Parameters of a def (up to ')') or a lambda (up to ':').
static AstArguments *parse_params(Parser *p, bool lambda) {
  int close = lambda ? TK_COLON : TK_RPAR;
  AstArguments *args = (AstArguments *)p_alloc(p, sizeof(AstArguments));
  if (!args) return nullptr;
  PVec pos, kwonly, kwdefaults, defaults;
  int nposonly = 0;
  bool star = false, slash = false;
  while (!p_at(p, close)) {
    const Token t = p->tok;
    if (p_at(p, TK_SLASH)) {
      if (slash) return p_error_tok(p, &t, "/ may appear only once"), nullptr;
      if (star) return p_error_tok(p, &t, "/ must be ahead of *"), nullptr;
      if (!pos.n) return p_invalid(p), nullptr;
      slash = true;
      nposonly = pos.n;
      p_next(p);
    } else if (p_at(p, TK_STAR)) {
      if (star) return p_error_tok(p, &t, "* argument may appear only once"), nullptr;
      star = true;
      p_next(p);
      if (p_at(p, TK_NAME)) {
        args->vararg = p_arg(p, lambda);
        if (!args->vararg) return nullptr;
      } else if (!p_at(p, TK_COMMA) || p_peek(p, 1)->kind == close ||
                 p_peek(p, 1)->kind == TK_DOUBLESTAR) {
        if (p_at(p, TK_COMMA) || p_at(p, close))
          p_error_tok(p, &t, "named arguments must follow bare *");
        else
          p_invalid(p);
        return nullptr;
      }
    } else if (p_at(p, TK_DOUBLESTAR)) {
      p_next(p);
      args->kwarg = p_arg(p, lambda);
      if (!args->kwarg) return nullptr;
      if (p_at(p, TK_COMMA)) p_next(p);
      if (!p_at(p, close)) {
        if (p_at(p, TK_NAME) || p_at(p, TK_STAR) || p_at(p, TK_DOUBLESTAR) || p_at(p, TK_SLASH))
          p_error_tok(p, &p->tok, "arguments cannot follow var-keyword argument");
        else
          p_invalid(p);
        return nullptr;
      }
      break;
    } else {
      AstArg *a = p_arg(p, lambda);
      if (!a) return nullptr;
      AstExpr *def = nullptr;
      if (p_at(p, TK_EQUAL)) {
        p_next(p);
        def = parse_expression(p);
        if (!def) return nullptr;
      }
      if (star) {
        if (!vec_push(p, &kwonly, a) || !vec_push(p, &kwdefaults, def)) return nullptr;
      } else {
        if (!def && defaults.n) {
          p_error_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                        "non-default argument follows default argument");
          return nullptr;
        }
        if (!vec_push(p, &pos, a) || (def && !vec_push(p, &defaults, def))) return nullptr;
      }
    }
    if (!p_at(p, TK_COMMA)) break;
    p_next(p);
  }
  if (!p_at(p, close)) {
    p_invalid(p);
    return nullptr;
  }
  // Split positional-only parameters off.
  PVec posonly;
  for (int i = 0; i < nposonly; i++)
    if (!vec_push(p, &posonly, pos.items[i])) return nullptr;
  PVec rest;
  for (int i = nposonly; i < pos.n; i++)
    if (!vec_push(p, &rest, pos.items[i])) return nullptr;
  if (!vec_seq(p, &posonly, &args->posonlyargs) || !vec_seq(p, &rest, &args->args) ||
      !vec_seq(p, &kwonly, &args->kwonlyargs) || !vec_seq(p, &kwdefaults, &args->kw_defaults) ||
      !vec_seq(p, &defaults, &args->defaults))
    return nullptr;
  // Duplicate names.
  PVec all;
  for (int i = 0; i < pos.n; i++) vec_push(p, &all, pos.items[i]);
  if (args->vararg) vec_push(p, &all, args->vararg);
  for (int i = 0; i < kwonly.n; i++) vec_push(p, &all, kwonly.items[i]);
  if (args->kwarg) vec_push(p, &all, args->kwarg);
  if (p->error) return nullptr;
  for (int i = 1; i < all.n; i++) {
    AstArg *a = (AstArg *)all.items[i];
    for (int j = 0; j < i; j++) {
      if (py_str_equal(((AstArg *)all.items[j])->arg, a->arg)) {
        p_error_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                      "duplicate argument '%s' in function definition", py_str_data(a->arg));
        return nullptr;
      }
    }
  }
  return args;
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

static bool parse_statement(Parser *p, PVec *out);
static bool parse_simple_stmts(Parser *p, PVec *out);

// block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the
// header for "expected an indented block after ...".
static bool parse_block(Parser *p, const char *what, int header_line, AstSeq<AstStmt *> *out) {
  PVec body;
  if (p_at(p, TK_NEWLINE)) {
    p_next(p);
    if (!p_at(p, TK_INDENT)) {
      p_error_tok_type(p, &py_IndentationError_type, &p->tok,
                       "expected an indented block after %s on line %d", what, header_line);
      return false;
    }
    p_next(p);
    if (!p_enter(p)) return false;
    while (!p_at(p, TK_DEDENT) && !p_at(p, TK_ENDMARKER)) {
      if (!parse_statement(p, &body)) {
        p_leave(p);
        return false;
      }
    }
    p_leave(p);
    if (!p_expect(p, TK_DEDENT)) return false;
  } else if (!parse_simple_stmts(p, &body)) {
    return false;
  }
  return vec_seq(p, &body, out);
}

// Sets a compound statement's end to the end of its last body statement.
static void p_end_at_body(AstStmt *s, const AstSeq<AstStmt *> &body) {
  if (!body.n) return;
  const AstStmt *last = body.items[body.n - 1];
  s->end_lineno = last->end_lineno;
  s->end_col_offset = last->end_col_offset;
}

static AstStmt *parse_funcdef(Parser *p, AstSeq<AstExpr *> decorators) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  Ref name = p_expect_name(p);
  if (!name) return nullptr;
  if (!p_at(p, TK_LPAR)) {
    p_error_tok(p, &p->tok, "expected '('");
    return nullptr;
  }
  p_next(p);
  AstArguments *args = parse_params(p, false);
  if (!args || !p_expect(p, TK_RPAR)) return nullptr;
  AstExpr *returns = nullptr;
  if (p_at(p, TK_RARROW)) {
    p_next(p);
    returns = parse_expression(p);
    if (!returns) return nullptr;
  }
  if (!p_expect_colon(p, true)) return nullptr;
  AstSeq<AstStmt *> body;
  if (!parse_block(p, "function definition", sl, &body)) return nullptr;
  AstStmt *s = p_stmt(p, SK_FunctionDef, sl, sc);
  if (!s) return nullptr;
  s->v.FunctionDef.name = name;
  s->v.FunctionDef.args = args;
  s->v.FunctionDef.body = body;
  s->v.FunctionDef.decorator_list = decorators;
  s->v.FunctionDef.returns = returns;
  p_end_at_body(s, body);
  return s;
}

static AstStmt *parse_classdef(Parser *p, AstSeq<AstExpr *> decorators) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  Ref name = p_expect_name(p);
  if (!name) return nullptr;
  AstSeq<AstExpr *> bases = {nullptr, 0};
  AstSeq<AstKeyword *> keywords = {nullptr, 0};
  if (p_at(p, TK_LPAR)) {
    int ll = p->tok.lineno, lc = p->tok.col;
    p_next(p);
    if (!parse_call_args(p, ll, lc, true, &bases, &keywords)) return nullptr;
  }
  if (!p_expect_colon(p, false)) return nullptr;
  AstSeq<AstStmt *> body;
  if (!parse_block(p, "class definition", sl, &body)) return nullptr;
  AstStmt *s = p_stmt(p, SK_ClassDef, sl, sc);
  if (!s) return nullptr;
  s->v.ClassDef.name = name;
  s->v.ClassDef.bases = bases;
  s->v.ClassDef.keywords = keywords;
  s->v.ClassDef.body = body;
  s->v.ClassDef.decorator_list = decorators;
  p_end_at_body(s, body);
  return s;
}

static AstStmt *parse_decorated(Parser *p) {
  PVec decos;
  while (p_at(p, TK_AT)) {
    p_next(p);
    AstExpr *d = parse_named_expression(p, false);
    if (!d || !vec_push(p, &decos, d) || !p_expect(p, TK_NEWLINE)) return nullptr;
  }
  AstSeq<AstExpr *> seq;
  if (!vec_seq(p, &decos, &seq)) return nullptr;
  if (p_at(p, KW_def)) return parse_funcdef(p, seq);
  if (p_at(p, KW_class)) return parse_classdef(p, seq);
  if (p_at(p, KW_async)) {
    p_error_tok(p, &p->tok, "async functions are not supported");
    return nullptr;
  }
  p_invalid(p);
  return nullptr;
}

// An optional `else:` block.
static bool parse_else(Parser *p, AstSeq<AstStmt *> *out) {
  out->items = nullptr;
  out->n = 0;
  if (!p_at(p, KW_else)) return true;
  int line = p->tok.lineno;
  p_next(p);
  return p_expect_colon(p, true) && parse_block(p, "'else' statement", line, out);
}

// if / elif chains (`what` is "'if' statement" or "'elif' statement").
static AstStmt *parse_if(Parser *p, const char *what) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  AstExpr *test = parse_named_expression(p, false);
  if (!test || !p_expect_colon(p, false)) return nullptr;
  AstSeq<AstStmt *> body, orelse = {nullptr, 0};
  if (!parse_block(p, what, sl, &body)) return nullptr;
  if (p_at(p, KW_elif)) {
    AstStmt *elif = parse_if(p, "'elif' statement");
    if (!elif) return nullptr;
    orelse.items = (AstStmt **)p_alloc(p, sizeof(AstStmt *));
    if (!orelse.items) return nullptr;
    orelse.items[0] = elif;
    orelse.n = 1;
  } else if (!parse_else(p, &orelse)) {
    return nullptr;
  }
  AstStmt *s = p_stmt(p, SK_If, sl, sc);
  if (!s) return nullptr;
  s->v.If.test = test;
  s->v.If.body = body;
  s->v.If.orelse = orelse;
  p_end_at_body(s, orelse.n ? orelse : body);
  if (orelse.n == 1 && orelse.items[0]->kind == SK_If && orelse.items[0]->lineno != sl) {
    s->end_lineno = orelse.items[0]->end_lineno;
    s->end_col_offset = orelse.items[0]->end_col_offset;
  }
  return s;
}

static AstStmt *parse_while(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  AstExpr *test = parse_named_expression(p, false);
  if (!test || !p_expect_colon(p, false)) return nullptr;
  AstSeq<AstStmt *> body, orelse;
  if (!parse_block(p, "'while' statement", sl, &body) || !parse_else(p, &orelse)) return nullptr;
  AstStmt *s = p_stmt(p, SK_While, sl, sc);
  if (!s) return nullptr;
  s->v.While.test = test;
  s->v.While.body = body;
  s->v.While.orelse = orelse;
  p_end_at_body(s, orelse.n ? orelse : body);
  return s;
}

static AstStmt *parse_for(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  AstExpr *target = parse_for_targets(p);
  if (!target || !p_expect(p, KW_in)) return nullptr;
  AstExpr *iter = parse_star_expressions(p);
  if (!iter || !p_check_not_starred(p, iter) || !p_expect_colon(p, true)) return nullptr;
  AstSeq<AstStmt *> body, orelse;
  if (!parse_block(p, "'for' statement", sl, &body) || !parse_else(p, &orelse)) return nullptr;
  AstStmt *s = p_stmt(p, SK_For, sl, sc);
  if (!s) return nullptr;
  s->v.For.target = target;
  s->v.For.iter = iter;
  s->v.For.body = body;
  s->v.For.orelse = orelse;
  p_end_at_body(s, orelse.n ? orelse : body);
  return s;
}

static AstStmt *parse_try(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  if (!p_expect_colon(p, true)) return nullptr;
  AstSeq<AstStmt *> body, orelse = {nullptr, 0}, finalbody = {nullptr, 0};
  if (!parse_block(p, "'try' statement", sl, &body)) return nullptr;
  PVec handlers;
  int star = -1; // -1 unknown, 0 except, 1 except*
  while (p_at(p, KW_except)) {
    int hl = p->tok.lineno, hc = p->tok.col;
    p_next(p);
    int this_star = 0;
    if (p_at(p, TK_STAR)) {
      this_star = 1;
      p_next(p);
    }
    if (star >= 0 && star != this_star) {
      p_error_range(p, hl, hc, hl, hc + 6,
                    "cannot have both 'except' and 'except*' on the same 'try'");
      return nullptr;
    }
    star = this_star;
    AstExceptHandler *h = (AstExceptHandler *)p_alloc(p, sizeof(AstExceptHandler));
    if (!h) return nullptr;
    if (!p_at(p, TK_COLON)) {
      h->type = parse_expression(p);
      if (!h->type) return nullptr;
      if (p_at(p, TK_COMMA)) {
        p_error_range(p, h->type->lineno, h->type->col_offset, p->tok.end_lineno, p->tok.end_col,
                      "multiple exception types must be parenthesized");
        return nullptr;
      }
      if (p_at(p, KW_as)) {
        p_next(p);
        h->name = p_expect_name(p);
        if (!h->name) return nullptr;
      }
    } else if (this_star) {
      p_error_tok(p, &p->tok, "expected one or more exception types");
      return nullptr;
    }
    if (!p_expect_colon(p, false)) return nullptr;
    if (!parse_block(p, this_star ? "'except*' statement" : "'except' statement", hl, &h->body))
      return nullptr;
    h->lineno = hl, h->col_offset = hc;
    h->end_lineno = p->prev_end_lineno, h->end_col_offset = p->prev_end_col;
    if (h->body.n) {
      h->end_lineno = h->body.items[h->body.n - 1]->end_lineno;
      h->end_col_offset = h->body.items[h->body.n - 1]->end_col_offset;
    }
    if (!vec_push(p, &handlers, h)) return nullptr;
  }
  if (handlers.n && !parse_else(p, &orelse)) return nullptr;
  if (p_at(p, KW_finally)) {
    int fl = p->tok.lineno;
    p_next(p);
    if (!p_expect_colon(p, true) || !parse_block(p, "'finally' statement", fl, &finalbody))
      return nullptr;
  }
  if (!handlers.n && !finalbody.n) {
    p_error_tok(p, &p->tok, "expected 'except' or 'finally' block");
    return nullptr;
  }
  AstStmt *s = p_stmt(p, star == 1 ? SK_TryStar : SK_Try, sl, sc);
  if (!s) return nullptr;
  s->v.Try.body = body;
  if (!vec_seq(p, &handlers, &s->v.Try.handlers)) return nullptr;
  s->v.Try.orelse = orelse;
  s->v.Try.finalbody = finalbody;
  if (finalbody.n)
    p_end_at_body(s, finalbody);
  else if (orelse.n)
    p_end_at_body(s, orelse);
  else {
    AstExceptHandler *h = s->v.Try.handlers.items[s->v.Try.handlers.n - 1];
    s->end_lineno = h->end_lineno, s->end_col_offset = h->end_col_offset;
  }
  return s;
}

// with_item: expression ['as' star_target]
static AstWithItem *parse_with_item(Parser *p) {
  AstWithItem *w = (AstWithItem *)p_alloc(p, sizeof(AstWithItem));
  if (!w) return nullptr;
  w->context_expr = parse_expression(p);
  if (!w->context_expr) return nullptr;
  if (p_at(p, KW_as)) {
    p_next(p);
    AstExpr *t = parse_star_target(p);
    if (!t || !p_target(p, t, ACTX_Store)) return nullptr;
    w->optional_vars = t;
  }
  return w;
}

// Items of `with a as b, c:` up to the ':' (not consumed).
static bool parse_with_items(Parser *p, PVec *items, int close) {
  for (;;) {
    AstWithItem *w = parse_with_item(p);
    if (!w || !vec_push(p, items, w)) return false;
    if (!p_at(p, TK_COMMA)) return true;
    p_next(p);
    if (p_at(p, close)) return true;
  }
}

static AstStmt *parse_with(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec items;
  bool done = false;
  if (p_at(p, TK_LPAR)) {
    // `with (a as b, c):` — try the parenthesized form first and fall back to
    // reading `(...)` as the start of an expression.
    LexPos saved = p->L->st;
    Token saved_tok = p->tok;
    Token saved_la[P_LOOKAHEAD];
    int saved_nla = p->nla;
    memcpy(saved_la, p->la, sizeof saved_la);
    int saved_pl = p->prev_end_lineno, saved_pc = p->prev_end_col, saved_lv = p->prev_level;
    p_next(p);
    bool outer = p->speculative;
    p->speculative = true;
    done =
        parse_with_items(p, &items, TK_RPAR) && p_at(p, TK_RPAR) && p_peek(p, 1)->kind == TK_COLON;
    p->speculative = outer;
    if (done) {
      p_next(p);
    } else {
      if (p->error || p->lex_dead) py_err_clear();
      p->error = p->lex_dead = p->incomplete = false;
      p->L->incomplete = false;
      p->L->unclosed_line = 0;
      p->L->st = saved;
      p->tok = saved_tok;
      p->nla = saved_nla;
      memcpy(p->la, saved_la, sizeof saved_la);
      p->prev_end_lineno = saved_pl, p->prev_end_col = saved_pc, p->prev_level = saved_lv;
      items.n = 0;
    }
  }
  if (!done && !parse_with_items(p, &items, TK_COLON)) return nullptr;
  if (!p_expect_colon(p, false)) return nullptr;
  AstSeq<AstStmt *> body;
  if (!parse_block(p, "'with' statement", sl, &body)) return nullptr;
  AstStmt *s = p_stmt(p, SK_With, sl, sc);
  if (!s || !vec_seq(p, &items, &s->v.With.items)) return nullptr;
  s->v.With.body = body;
  p_end_at_body(s, body);
  return s;
}

// dotted_name: NAME ('.' NAME)*, as one interned str.
static Ref parse_dotted_name(Parser *p) {
  Ref first = p_expect_name(p);
  if (!first || !p_at(p, TK_DOT)) return first;
  LexBuf b;
  lex_buf_init(&b);
  bool ok = lex_buf_add(&b, py_str_data(first), py_str_len(first));
  while (ok && p_at(p, TK_DOT)) {
    p_next(p);
    Ref part = p_expect_name(p);
    if (!part) {
      lex_buf_free(&b);
      return nullptr;
    }
    ok = lex_buf_add(&b, ".", 1) && lex_buf_add(&b, py_str_data(part), py_str_len(part));
  }
  Ref r = ok ? py_str_intern_n(b.data, b.len) : nullptr;
  lex_buf_free(&b);
  if (!r) {
    p->error = true;
    return nullptr;
  }
  py_decref(r); // interned: immortal
  return r;
}

static AstAlias *parse_alias(Parser *p, bool dotted) {
  int sl = p->tok.lineno, sc = p->tok.col;
  Ref name = dotted ? parse_dotted_name(p) : p_expect_name(p);
  if (!name) return nullptr;
  AstAlias *a = (AstAlias *)p_alloc(p, sizeof(AstAlias));
  if (!a) return nullptr;
  a->name = name;
  if (p_at(p, KW_as)) {
    p_next(p);
    a->asname = p_expect_name(p);
    if (!a->asname) return nullptr;
  }
  a->lineno = sl, a->col_offset = sc;
  a->end_lineno = p->prev_end_lineno, a->end_col_offset = p->prev_end_col;
  return a;
}

static AstStmt *parse_import(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec names;
  for (;;) {
    AstAlias *a = parse_alias(p, true);
    if (!a || !vec_push(p, &names, a)) return nullptr;
    if (!p_at(p, TK_COMMA)) break;
    p_next(p);
  }
  AstStmt *s = p_stmt(p, SK_Import, sl, sc);
  if (!s || !vec_seq(p, &names, &s->v.Import.names)) return nullptr;
  return s;
}

static AstStmt *parse_from_import(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  int level = 0;
  while (p_at(p, TK_DOT) || p_at(p, TK_ELLIPSIS)) {
    level += p_at(p, TK_DOT) ? 1 : 3;
    p_next(p);
  }
  Ref module = nullptr;
  if (!p_at(p, KW_import) || level == 0) {
    module = parse_dotted_name(p);
    if (!module) return nullptr;
  }
  if (!p_expect(p, KW_import)) return nullptr;
  PVec names;
  if (p_at(p, TK_STAR)) {
    int al = p->tok.lineno, ac = p->tok.col;
    p_next(p);
    AstAlias *a = (AstAlias *)p_alloc(p, sizeof(AstAlias));
    if (!a) return nullptr;
    a->name = py_str_intern("*");
    if (!a->name) return p->error = true, nullptr;
    py_decref(a->name);
    a->lineno = al, a->col_offset = ac;
    a->end_lineno = p->prev_end_lineno, a->end_col_offset = p->prev_end_col;
    if (!vec_push(p, &names, a)) return nullptr;
  } else {
    bool paren = p_at(p, TK_LPAR);
    if (paren) p_next(p);
    for (;;) {
      AstAlias *a = parse_alias(p, false);
      if (!a || !vec_push(p, &names, a)) return nullptr;
      if (!p_at(p, TK_COMMA)) break;
      p_next(p);
      if (paren && p_at(p, TK_RPAR)) break;
      if (!paren && (p_at(p, TK_NEWLINE) || p_at(p, TK_SEMI))) {
        p_error_tok(p, &p->tok, "trailing comma not allowed without surrounding parentheses");
        return nullptr;
      }
    }
    if (paren && !p_expect(p, TK_RPAR)) return nullptr;
  }
  AstStmt *s = p_stmt(p, SK_ImportFrom, sl, sc);
  if (!s || !vec_seq(p, &names, &s->v.ImportFrom.names)) return nullptr;
  s->v.ImportFrom.module = module;
  s->v.ImportFrom.level = level;
  return s;
}

static AstStmt *parse_global(Parser *p, AstStmtKind kind) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec names;
  for (;;) {
    Ref n = p_expect_name(p);
    if (!n || !vec_push(p, &names, n)) return nullptr;
    if (!p_at(p, TK_COMMA)) break;
    p_next(p);
  }
  AstStmt *s = p_stmt(p, kind, sl, sc);
  if (!s || !vec_seq(p, &names, &s->v.Global.names)) return nullptr;
  return s;
}

// del_targets, validated for deletion.
static AstStmt *parse_del(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  p_next(p);
  PVec targets;
  for (;;) {
    AstExpr *t = p_at(p, TK_STAR) ? p_starred(p, parse_bitor) : parse_bitor(p);
    if (!t || !p_target(p, t, ACTX_Del) || !vec_push(p, &targets, t)) return nullptr;
    if (!p_at(p, TK_COMMA)) break;
    p_next(p);
    if (!p_starts_expr(p->tok.kind)) break;
  }
  if (!p_at(p, TK_NEWLINE) && !p_at(p, TK_SEMI)) {
    p_invalid(p);
    return nullptr;
  }
  AstStmt *s = p_stmt(p, SK_Delete, sl, sc);
  if (!s || !vec_seq(p, &targets, &s->v.Delete.targets)) return nullptr;
  return s;
}

static AstOperator p_augop(int kind) { return (AstOperator)(kind - TK_PLUSEQUAL); }
static_assert(TK_DOUBLESLASHEQUAL - TK_PLUSEQUAL == AO_FloorDiv, "augmented operators order");

// Expression statements and all assignment forms.
static AstStmt *parse_expr_stmt(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  bool starts_with_name = p_at(p, TK_NAME);
  bool legacy_print = p_name_is(&p->tok, "print") || p_name_is(&p->tok, "exec");
  AstExpr *first = p_at(p, KW_yield) ? parse_yield(p) : parse_star_expressions(p);
  if (!first) return nullptr;
  int k = p->tok.kind;
  if (k == TK_COLON) { // annotated assignment
    if (first->kind == EK_Tuple || first->kind == EK_List) {
      p_error_expr(p, first, "only single target (not %s) can be annotated",
                   first->kind == EK_Tuple ? "tuple" : "list");
      return nullptr;
    }
    if (first->kind != EK_Name && first->kind != EK_Attribute && first->kind != EK_Subscript) {
      p_error_expr(p, first, "illegal target for annotation");
      return nullptr;
    }
    if (!p_target(p, first, ACTX_Store)) return nullptr;
    p_next(p);
    AstExpr *ann = parse_expression(p);
    if (!ann) return nullptr;
    AstExpr *value = nullptr;
    if (p_at(p, TK_EQUAL)) {
      p_next(p);
      value = parse_value(p);
      if (!value) return nullptr;
    }
    AstStmt *s = p_stmt(p, SK_AnnAssign, sl, sc);
    if (!s) return nullptr;
    s->v.AnnAssign.target = first;
    s->v.AnnAssign.annotation = ann;
    s->v.AnnAssign.value = value;
    s->v.AnnAssign.simple = first->kind == EK_Name && starts_with_name;
    return s;
  }
  if (k >= TK_PLUSEQUAL && k <= TK_DOUBLESLASHEQUAL) {
    if (first->kind != EK_Name && first->kind != EK_Attribute && first->kind != EK_Subscript) {
      p_error_expr(p, first, "'%s' is an illegal expression for augmented assignment",
                   p_expr_name(first));
      return nullptr;
    }
    if (!p_target(p, first, ACTX_Store)) return nullptr;
    p_next(p);
    AstExpr *value = parse_value(p);
    if (!value) return nullptr;
    AstStmt *s = p_stmt(p, SK_AugAssign, sl, sc);
    if (!s) return nullptr;
    s->v.AugAssign.target = first;
    s->v.AugAssign.op = p_augop(k);
    s->v.AugAssign.value = value;
    return s;
  }
  if (k == TK_EQUAL) {
    PVec targets;
    AstExpr *value = first;
    while (p_at(p, TK_EQUAL)) {
      if (!vec_push(p, &targets, value)) return nullptr;
      p_next(p);
      value = parse_value(p);
      if (!value) return nullptr;
    }
    for (int i = 0; i < targets.n; i++)
      if (!p_assign_target(p, (AstExpr *)targets.items[i], targets.n == 1)) return nullptr;
    AstStmt *s = p_stmt(p, SK_Assign, sl, sc);
    if (!s || !vec_seq(p, &targets, &s->v.Assign.targets)) return nullptr;
    s->v.Assign.value = value;
    return s;
  }
  if (legacy_print && first->kind == EK_Name && p_starts_expr(k) && k != TK_LPAR && k != TK_LSQB &&
      k != TK_MINUS && k != TK_PLUS && k != TK_STAR) {
    const char *name = py_str_data(first->v.Name.id);
    AstExpr *arg = parse_star_expressions(p);
    if (!arg) return nullptr;
    p_error_range(p, sl, sc, p->prev_end_lineno, p->prev_end_col,
                  "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
    return nullptr;
  }
  if (!p_check_not_starred(p, first)) return nullptr;
  AstStmt *s = p_stmt(p, SK_Expr, sl, sc);
  if (!s) return nullptr;
  s->v.Expr.value = first;
  return s;
}

static AstStmt *parse_simple_stmt(Parser *p) {
  int sl = p->tok.lineno, sc = p->tok.col;
  AstStmt *s;
  switch (p->tok.kind) {
  case KW_pass:
  case KW_break:
  case KW_continue: {
    int k = p->tok.kind;
    p_next(p);
    return p_stmt(p, k == KW_pass ? SK_Pass : k == KW_break ? SK_Break : SK_Continue, sl, sc);
  }
  case KW_return: {
    p_next(p);
    AstExpr *v = nullptr;
    if (p_starts_expr(p->tok.kind)) {
      v = parse_star_expressions(p);
      if (!v || !p_check_not_starred(p, v)) return nullptr;
    }
    s = p_stmt(p, SK_Return, sl, sc);
    if (s) s->v.Return.value = v;
    return s;
  }
  case KW_raise: {
    p_next(p);
    AstExpr *exc = nullptr, *cause = nullptr;
    if (p_starts_expr(p->tok.kind)) {
      exc = parse_expression(p);
      if (!exc) return nullptr;
      if (p_at(p, KW_from)) {
        p_next(p);
        cause = parse_expression(p);
        if (!cause) return nullptr;
      }
    }
    s = p_stmt(p, SK_Raise, sl, sc);
    if (s) s->v.Raise.exc = exc, s->v.Raise.cause = cause;
    return s;
  }
  case KW_global: return parse_global(p, SK_Global);
  case KW_nonlocal: return parse_global(p, SK_Nonlocal);
  case KW_del: return parse_del(p);
  case KW_assert: {
    p_next(p);
    AstExpr *test = parse_expression(p), *msg = nullptr;
    if (!test) return nullptr;
    if (p_at(p, TK_COMMA)) {
      p_next(p);
      msg = parse_expression(p);
      if (!msg) return nullptr;
    }
    s = p_stmt(p, SK_Assert, sl, sc);
    if (s) s->v.Assert.test = test, s->v.Assert.msg = msg;
    return s;
  }
  case KW_import: return parse_import(p);
  case KW_from: return parse_from_import(p);
  default:
    if (!p_starts_expr(p->tok.kind) && !p_at(p, KW_yield)) {
      p_invalid(p);
      return nullptr;
    }
    return parse_expr_stmt(p);
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
static bool parse_simple_stmts(Parser *p, PVec *out) {
  for (;;) {
    AstStmt *s = parse_simple_stmt(p);
    if (!s || !vec_push(p, out, s)) return false;
    if (p_at(p, TK_SEMI)) {
      p_next(p);
      if (p_at(p, TK_NEWLINE)) break;
      continue;
    }
    if (p_at(p, TK_NEWLINE)) break;
    p_invalid(p);
    return false;
  }
  p_next(p);
  return true;
}

// A `match` soft keyword that starts a statement (rather than naming a variable).
static bool p_maybe_match(Parser *p) {
  if (!p_name_is(&p->tok, "match")) return false;
  int k = p_peek(p, 1)->kind;
  return p_starts_expr(k) && k != TK_MINUS && k != TK_PLUS && k != TK_STAR;
}

static bool parse_statement(Parser *p, PVec *out) {
  AstStmt *s = nullptr;
  AstSeq<AstExpr *> nodecos = {nullptr, 0};
  switch (p->tok.kind) {
  case KW_def: s = parse_funcdef(p, nodecos); break;
  case KW_class: s = parse_classdef(p, nodecos); break;
  case KW_if: s = parse_if(p, "'if' statement"); break;
  case KW_while: s = parse_while(p); break;
  case KW_for: s = parse_for(p); break;
  case KW_try: s = parse_try(p); break;
  case KW_with: s = parse_with(p); break;
  case TK_AT: s = parse_decorated(p); break;
  case KW_async: {
    int k = p_peek(p, 1)->kind;
    if (k == KW_def || k == KW_for || k == KW_with)
      p_error_tok(p, &p->tok, "'async %s' is not supported", lex_keyword_name(k));
    else
      p_invalid(p);
    return false;
  }
  case TK_INDENT: p_invalid(p); return false;
  default: {
    if (p_maybe_match(p)) {
      Token t = p->tok;
      if (parse_simple_stmts(p, out)) return true;
      py_err_clear();
      p->error = false;
      p->incomplete = false;
      p_error_range(p, t.lineno, t.col, t.end_lineno, t.end_col,
                    "match statement is not supported");
      return false;
    }
    return parse_simple_stmts(p, out);
  }
  }
  return s && vec_push(p, out, s);
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

static AstMod *p_module(Parser *p, int mode) {
  AstMod *mod = (AstMod *)p_alloc(p, sizeof(AstMod));
  if (!mod) return nullptr;
  mod->src = p->src;
  mod->src_len = p->src_len;
  PVec body;
  if (mode == COMPILE_EVAL) {
    mod->kind = MOD_Expression;
    while (p_at(p, TK_NEWLINE)) p_next(p);
    if (!p_starts_expr(p->tok.kind) && !p_at(p, KW_yield)) {
      p_invalid(p);
      return nullptr;
    }
    mod->expr = parse_star_expressions(p);
    if (!mod->expr) return nullptr;
    while (p_at(p, TK_NEWLINE)) p_next(p);
    if (!p_at(p, TK_ENDMARKER)) {
      p_invalid(p);
      return nullptr;
    }
    return mod;
  }
  mod->kind = mode == COMPILE_SINGLE ? MOD_Interactive : MOD_Module;
  while (!p_at(p, TK_ENDMARKER)) {
    if (p_at(p, TK_NEWLINE)) {
      p_next(p);
      continue;
    }
    if (mode == COMPILE_SINGLE && body.n) { // `a; b` on one line is still one statement
      p_error_tok(p, &p->tok, "multiple statements found while compiling a single statement");
      return nullptr;
    }
    if (!parse_statement(p, &body)) return nullptr;
  }
  if (!vec_seq(p, &body, &mod->body)) return nullptr;
  return mod;
}

// Offset of the first byte that is not part of valid UTF-8 (len if none).
static size_t p_utf8_error(const unsigned char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    size_t n = c < 0x80                          ? 0
               : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 1
               : (c & 0xF0) == 0xE0              ? 2
               : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 3
                                                 : 9;
    if (n == 9 || i + n >= len + (n ? 0 : 1)) return i;
    for (size_t k = 1; k <= n; k++)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += n + 1;
  }
  return len;
}

AstMod *py_parse(const char *src, size_t len, Ref filename, int mode, AstArena *arena,
                 bool *incomplete) {
  if (incomplete) *incomplete = false;
  Lexer *L = (Lexer *)py_malloc(sizeof(Lexer));
  if (!L) return nullptr;
  lex_init(L, src, len, filename);
  size_t bad = p_utf8_error((const unsigned char *)src, len);
  if (bad < len) {
    int line = 1;
    for (size_t i = 0; i < bad; i++) line += src[i] == '\n';
    char msg[200];
    snprintf(msg, sizeof msg,
             "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
             "declared; see https://peps.python.org/pep-0263/ for details",
             (unsigned char)src[bad], filename ? py_str_data(filename) : "<string>", line);
    py_err_syntax(&py_SyntaxError_type, msg, filename, line, 0, nullptr, line, 0);
    py_free(L, sizeof(Lexer));
    return nullptr;
  }
  Parser p;
  memset(&p, 0, sizeof p);
  p.L = L;
  p.arena = arena;
  p.filename = filename;
  p.src = src;
  p.src_len = len;
  p.prev_end_lineno = 1;
  p_lex(&p, &p.tok);
  AstMod *mod = p_module(&p, mode);
  if (!mod && !py_err_occurred()) {
    p.error = false;
    p_invalid(&p);
  }
  if (!mod) p_check_rest(&p);
  if (!mod && incomplete) *incomplete = p.incomplete || L->incomplete;
  py_free(L, sizeof(Lexer));
  return mod;
}
