// Symbol tables (symtable.cpp): one Scope per module, class, function, lambda
// and comprehension body, telling the code generator (compile.cpp) how each
// name is accessed. Names are interned str Refs compared by pointer; names are
// mangled (`__x` in class C → `_C__x`) before they are recorded.
#pragma once
#include "py/ast.h"

// AST nesting deeper than this raises RecursionError ("maximum recursion depth
// exceeded during compilation") instead of overflowing the C stack.
#define PY_COMPILE_MAX_DEPTH UPY_DEFAULT(200, 60)

// A set / map keyed by interned str pointers (open addressing, no deletion:
// removal clears the value).
struct NameMap {
  Ref *keys;
  uint32_t *vals; // 0 = absent
  uint32_t cap, used;
};
void py_namemap_free(NameMap *m);
uint32_t py_namemap_get(const NameMap *m, Ref key);    // 0 when absent
int py_namemap_set(NameMap *m, Ref key, uint32_t val); // -1 MemoryError

// How a name was used in its scope (flags accumulate).
enum SymFlag : uint32_t {
  SYM_GLOBAL = 1u << 0,     // `global x`
  SYM_LOCAL = 1u << 1,      // assigned / deleted / def / class / for target ...
  SYM_PARAM = 1u << 2,      // a parameter
  SYM_NONLOCAL = 1u << 3,   // `nonlocal x`
  SYM_USE = 1u << 4,        // read
  SYM_FREE_CLASS = 1u << 5, // class scope: bound here AND free in a method
  SYM_IMPORT = 1u << 6,     // bound by import
  SYM_ANNOT = 1u << 7,      // annotated (`x: int`)
  SYM_COMP_ITER = 1u << 8,  // comprehension iteration variable
  SYM_BOUND = SYM_LOCAL | SYM_PARAM | SYM_IMPORT,
};

// Resolution of a name in its scope (after analysis).
enum SymScope : uint8_t {
  SC_NONE,
  SC_LOCAL,           // fast local (functions) / locals dict (module, class)
  SC_GLOBAL_EXPLICIT, // declared global
  SC_GLOBAL_IMPLICIT, // not bound anywhere visible: globals then builtins
  SC_FREE,            // from an enclosing function (cell passed in the closure)
  SC_CELL,            // local captured by an inner scope
};

enum ScopeKind : uint8_t {
  SCOPE_MODULE,
  SCOPE_CLASS,
  SCOPE_FUNCTION,
  SCOPE_LAMBDA,
  SCOPE_COMPREHENSION, // list/set/dict comprehension or generator expression
};

struct Symbol {
  Ref name;
  uint32_t flags;
  uint8_t scope;   // SymScope
  int lineno, col; // where a global / nonlocal directive was (for errors)
  int end_lineno, end_col;
};

struct Scope {
  ScopeKind kind;
  Ref name;        // function / class name, "<lambda>", "<listcomp>", "top"...
  const void *key; // the AST node that opened the scope
  Scope *parent;
  Scope **children;
  uint32_t nchildren, capchildren;
  Symbol *syms; // in order of first occurrence
  uint32_t nsyms, capsyms;
  NameMap index; // name → 1 + index in syms
  Ref *params;   // parameters in varnames order
  uint32_t nparams, capparams;
  int lineno;
  bool generator;           // contains yield
  bool coroutine;           // async def
  bool nested;              // inside a function
  bool has_free;            // uses free variables or implicit globals in a nested scope
  bool child_free;          // some child scope has free variables
  bool needs_class_closure; // class body: methods use __class__ / super
  bool varargs, varkeywords;
  int comp_kind;         // comprehensions: EK_ListComp, EK_GeneratorExp, ...
  bool comp_iter_target; // visiting a comprehension target
  int comp_iter_expr;    // > 0 while visiting a comprehension iterable
};

struct SymTable {
  Scope *top;
  Ref filename;
  const char *src; // source text, for error lines
  bool future_annotations;
};

// Builds and analyses the tables for `mod`. 0, or -1 with SyntaxError set.
int py_symtable_build(SymTable *st, AstMod *mod, Ref filename, const char *src,
                      bool future_annotations);
void py_symtable_free(SymTable *st);
// The child scope of `parent` opened by AST node `key` (nullptr if none).
Scope *py_symtable_child(Scope *parent, const void *key);
// The symbol of (mangled) `name` in scope `s`, or nullptr.
Symbol *py_scope_lookup(Scope *s, Ref name);
static inline int py_scope_get(Scope *s, Ref name) {
  Symbol *sym = py_scope_lookup(s, name);
  return sym ? (int)sym->scope : (int)SC_NONE;
}
static inline bool py_scope_is_function(Scope *s) {
  return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION;
}

// Private name mangling: `__x` inside class `_C` → `_C__x` (interned, new ref).
// `privateobj` (the innermost class name) may be nullptr. nullptr on MemoryError.
Ref py_mangle(Ref privateobj, Ref name);

// Set a SyntaxError located at the given AST position (1-based lines, 0-based
// UTF-8 byte columns), with the source line as `text`. Returns -1.
int py_compile_error(Ref filename, const char *src, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...);
