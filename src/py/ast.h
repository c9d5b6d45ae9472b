// The abstract syntax tree produced by the parser (parser.cpp) from the tokens of
// the lexer (lexer.cpp) and consumed by the compiler (compile.cpp).
//
// Node kinds, class names and field names mirror Python 3.11's `ast` module:
// `ast.BinOp(left, op, right)` is an AstExpr with kind EK_BinOp read as
// `e->v.BinOp.left`. Optional fields (`expr?` in Python's ASDL) are nullptr when
// absent.
//
// Memory: every node, sequence and helper struct lives in an AstArena and dies
// with it (ast_arena_free). Identifiers (names, attributes, aliases...) are
// interned str Refs (immortal: no refcounting). Constant values are Refs owned
// by the arena (one reference each, released by ast_arena_free): the compiler
// increfs what it keeps.
//
// Positions follow CPython: lineno / end_lineno are 1-based lines, col_offset /
// end_col_offset are 0-based UTF-8 BYTE offsets within their line; the end is
// exclusive. Expressions inside f-strings get their real positions in the source.
#pragma once
#include "py/obj.h"

// ---------------------------------------------------------------------------
// Arena
// ---------------------------------------------------------------------------

struct AstArenaChunk;
struct AstArena {
  AstArenaChunk *chunks; // newest first
  char *cur;             // free space in the newest chunk
  size_t left;
  Ref *owned; // Refs released by ast_arena_free (py_malloc'ed array)
  size_t nowned, capowned;
};
void ast_arena_init(AstArena *a);
// Zero-filled memory (8-byte aligned); nullptr + MemoryError on failure.
void *ast_arena_alloc(AstArena *a, size_t n);
// The arena takes over one reference to `r` (steals it; r may be nullptr, then
// nothing happens). Returns 0, or -1 with MemoryError (r is released then).
int ast_arena_own(AstArena *a, Ref r);
// Frees every allocation and releases every owned Ref. The arena can be reused
// after ast_arena_init.
void ast_arena_free(AstArena *a);

// ---------------------------------------------------------------------------
// Sequences and enums
// ---------------------------------------------------------------------------

template <class T> struct AstSeq {
  T *items; // arena allocated; nullptr when n == 0
  int n;
};

enum AstCtx { ACTX_Load, ACTX_Store, ACTX_Del };
enum AstBoolOpKind { AB_And, AB_Or };
enum AstOperator {
  AO_Add,
  AO_Sub,
  AO_Mult,
  AO_MatMult,
  AO_Div,
  AO_Mod,
  AO_Pow,
  AO_LShift,
  AO_RShift,
  AO_BitOr,
  AO_BitXor,
  AO_BitAnd,
  AO_FloorDiv
};
enum AstUnaryOp { AU_Invert, AU_Not, AU_UAdd, AU_USub };
enum AstCmpOp { AC_Eq, AC_NotEq, AC_Lt, AC_LtE, AC_Gt, AC_GtE, AC_Is, AC_IsNot, AC_In, AC_NotIn };

// FormattedValue.conversion: -1 none, or the character 's', 'r', 'a' (as Python).
enum AstConversion { ACONV_None = -1, ACONV_Str = 's', ACONV_Repr = 'r', ACONV_Ascii = 'a' };

enum AstExprKind {
  EK_BoolOp,
  EK_NamedExpr,
  EK_BinOp,
  EK_UnaryOp,
  EK_Lambda,
  EK_IfExp,
  EK_Dict,
  EK_Set,
  EK_ListComp,
  EK_SetComp,
  EK_DictComp,
  EK_GeneratorExp,
  EK_Await,
  EK_Yield,
  EK_YieldFrom,
  EK_Compare,
  EK_Call,
  EK_FormattedValue,
  EK_JoinedStr,
  EK_Constant,
  EK_Attribute,
  EK_Subscript,
  EK_Starred,
  EK_Name,
  EK_List,
  EK_Tuple,
  EK_Slice
};

enum AstStmtKind {
  SK_FunctionDef,
  SK_AsyncFunctionDef,
  SK_ClassDef,
  SK_Return,
  SK_Delete,
  SK_Assign,
  SK_AugAssign,
  SK_AnnAssign,
  SK_For,
  SK_AsyncFor,
  SK_While,
  SK_If,
  SK_With,
  SK_AsyncWith,
  SK_Match,
  SK_Raise,
  SK_Try,
  SK_TryStar,
  SK_Assert,
  SK_Import,
  SK_ImportFrom,
  SK_Global,
  SK_Nonlocal,
  SK_Expr,
  SK_Pass,
  SK_Break,
  SK_Continue
};

struct AstExpr;
struct AstStmt;

// ---------------------------------------------------------------------------
// Helper nodes
// ---------------------------------------------------------------------------

struct AstArg {
  Ref arg;             // identifier
  AstExpr *annotation; // or nullptr
  int lineno, col_offset, end_lineno, end_col_offset;
};

struct AstArguments {
  AstSeq<AstArg *> posonlyargs, args;
  AstArg *vararg; // or nullptr
  AstSeq<AstArg *> kwonlyargs;
  AstSeq<AstExpr *> kw_defaults; // same length as kwonlyargs; entries may be nullptr
  AstArg *kwarg;                 // or nullptr
  AstSeq<AstExpr *> defaults;    // for the LAST len(defaults) of posonlyargs + args
};

struct AstKeyword {
  Ref arg; // identifier, nullptr for `**x`
  AstExpr *value;
  int lineno, col_offset, end_lineno, end_col_offset;
};

struct AstComprehension {
  AstExpr *target, *iter;
  AstSeq<AstExpr *> ifs;
  int is_async; // always 0 (async is not supported)
};

struct AstExceptHandler {
  AstExpr *type; // or nullptr (bare except)
  Ref name;      // identifier or nullptr
  AstSeq<AstStmt *> body;
  int lineno, col_offset, end_lineno, end_col_offset;
};

struct AstAlias {
  Ref name;   // identifier; may be dotted ("a.b.c") for `import a.b.c`, or "*"
  Ref asname; // identifier or nullptr
  int lineno, col_offset, end_lineno, end_col_offset;
};

struct AstWithItem {
  AstExpr *context_expr;
  AstExpr *optional_vars; // or nullptr
};

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

struct AstExpr {
  AstExprKind kind;
  int lineno, col_offset, end_lineno, end_col_offset;
  union {
    struct {
      AstBoolOpKind op;
      AstSeq<AstExpr *> values; // at least 2
    } BoolOp;
    struct {
      AstExpr *target; // a Name (Store)
      AstExpr *value;
    } NamedExpr;
    struct {
      AstExpr *left;
      AstOperator op;
      AstExpr *right;
    } BinOp;
    struct {
      AstUnaryOp op;
      AstExpr *operand;
    } UnaryOp;
    struct {
      AstArguments *args;
      AstExpr *body;
    } Lambda;
    struct {
      AstExpr *test, *body, *orelse;
    } IfExp;
    struct {
      AstSeq<AstExpr *> keys; // an entry is nullptr for `**mapping` (value is the mapping)
      AstSeq<AstExpr *> values;
    } Dict;
    struct {
      AstSeq<AstExpr *> elts;
    } Set;
    struct {
      AstExpr *elt;
      AstSeq<AstComprehension *> generators;
    } ListComp, SetComp, GeneratorExp;
    struct {
      AstExpr *key, *value;
      AstSeq<AstComprehension *> generators;
    } DictComp;
    struct {
      AstExpr *value;
    } Await, YieldFrom;
    struct {
      AstExpr *value; // or nullptr
    } Yield;
    struct {
      AstExpr *left;
      AstSeq<int> ops; // AstCmpOp values
      AstSeq<AstExpr *> comparators;
    } Compare;
    struct {
      AstExpr *func;
      AstSeq<AstExpr *> args; // may contain Starred
      AstSeq<AstKeyword *> keywords;
    } Call;
    struct {
      AstExpr *value;
      int conversion;       // AstConversion
      AstExpr *format_spec; // a JoinedStr, or nullptr
    } FormattedValue;
    struct {
      AstSeq<AstExpr *> values; // Constant (str) and FormattedValue nodes
    } JoinedStr;
    struct {
      Ref value; // None/True/False/Ellipsis, int, float, str, bytes (owned by the arena)
      Ref kind;  // "u" for u-prefixed strings, else nullptr
    } Constant;
    struct {
      AstExpr *value;
      Ref attr;
      AstCtx ctx;
    } Attribute;
    struct {
      AstExpr *value;
      AstExpr *slice; // a Slice, a Tuple (possibly containing Slices) or any expression
      AstCtx ctx;
    } Subscript;
    struct {
      AstExpr *value;
      AstCtx ctx;
    } Starred;
    struct {
      Ref id;
      AstCtx ctx;
    } Name;
    struct {
      AstSeq<AstExpr *> elts;
      AstCtx ctx;
    } List, Tuple;
    struct {
      AstExpr *lower, *upper, *step; // each may be nullptr
    } Slice;
  } v;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

struct AstStmt {
  AstStmtKind kind;
  int lineno, col_offset, end_lineno, end_col_offset;
  union {
    struct {
      Ref name;
      AstArguments *args;
      AstSeq<AstStmt *> body;
      AstSeq<AstExpr *> decorator_list;
      AstExpr *returns; // or nullptr
    } FunctionDef, AsyncFunctionDef;
    struct {
      Ref name;
      AstSeq<AstExpr *> bases;
      AstSeq<AstKeyword *> keywords;
      AstSeq<AstStmt *> body;
      AstSeq<AstExpr *> decorator_list;
    } ClassDef;
    struct {
      AstExpr *value; // or nullptr
    } Return;
    struct {
      AstSeq<AstExpr *> targets;
    } Delete;
    struct {
      AstSeq<AstExpr *> targets; // `a = b = c` has targets [a, b]
      AstExpr *value;
    } Assign;
    struct {
      AstExpr *target;
      AstOperator op;
      AstExpr *value;
    } AugAssign;
    struct {
      AstExpr *target;
      AstExpr *annotation;
      AstExpr *value; // or nullptr
      int simple;     // 1 when the target is a plain Name not in parentheses
    } AnnAssign;
    struct {
      AstExpr *target, *iter;
      AstSeq<AstStmt *> body, orelse;
    } For, AsyncFor;
    struct {
      AstExpr *test;
      AstSeq<AstStmt *> body, orelse;
    } While, If;
    struct {
      AstSeq<AstWithItem *> items;
      AstSeq<AstStmt *> body;
    } With, AsyncWith;
    struct {
      AstExpr *subject; // never produced: `match` is not supported
    } Match;
    struct {
      AstExpr *exc, *cause; // each may be nullptr
    } Raise;
    struct {
      AstSeq<AstStmt *> body;
      AstSeq<AstExceptHandler *> handlers;
      AstSeq<AstStmt *> orelse, finalbody;
    } Try, TryStar;
    struct {
      AstExpr *test, *msg; // msg may be nullptr
    } Assert;
    struct {
      AstSeq<AstAlias *> names;
    } Import;
    struct {
      Ref module; // dotted name, or nullptr for `from . import x`
      AstSeq<AstAlias *> names;
      int level; // number of leading dots
    } ImportFrom;
    struct {
      AstSeq<Ref> names;
    } Global, Nonlocal;
    struct {
      AstExpr *value;
    } Expr;
  } v;
};

// ---------------------------------------------------------------------------
// Modules and the entry point
// ---------------------------------------------------------------------------

enum AstModKind { MOD_Module, MOD_Interactive, MOD_Expression };

struct AstMod {
  int kind;               // AstModKind
  AstSeq<AstStmt *> body; // MOD_Module / MOD_Interactive
  AstExpr *expr;          // MOD_Expression
  // The source text parsed (NOT copied: valid while the caller's buffer is); pass
  // it to py_ast_source_segment.
  const char *src;
  size_t src_len;
};

// Parse source text. mode is a CompileMode (compile.h): COMPILE_EXEC gives a
// MOD_Module, COMPILE_EVAL a MOD_Expression, COMPILE_SINGLE a MOD_Interactive.
// Returns nullptr with a SyntaxError / IndentationError / TabError set (CPython's
// msg, filename, lineno, offset, text). If `incomplete` is non-null it is set to
// true when the only problem is that the input ended early (REPL continuation),
// else false. `filename` is borrowed (str).
AstMod *py_parse(const char *src, size_t len, Ref filename, int mode, AstArena *arena,
                 bool *incomplete);

// The exact source text of expression `e` (e.g. an annotation, for
// `from __future__ import annotations`) as a new str, cut from `src` (the text
// given to py_parse, also in AstMod.src) by e's positions. A segment spanning
// several lines keeps its newlines. nullptr + MemoryError on failure.
Ref py_ast_source_segment(const char *src, const AstExpr *e);

// AST_H_COMPLETE
