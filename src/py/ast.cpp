// AST arena and helpers (see ast.h).
#include "py/ast.h"

#include "py/strobj.h"

// Chunks are big so that a typical module needs few py_malloc calls; a request
// larger than a chunk gets a chunk of its own.
#define AST_CHUNK_SIZE 8192

struct AstArenaChunk {
  AstArenaChunk *next;
  size_t size; // bytes of data[]
  alignas(8) char data[];
};

void ast_arena_init(AstArena *a) { memset(a, 0, sizeof *a); }

void *ast_arena_alloc(AstArena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (n > a->left) {
    size_t size = n > AST_CHUNK_SIZE ? n : AST_CHUNK_SIZE;
    AstArenaChunk *c = (AstArenaChunk *)py_malloc(sizeof(AstArenaChunk) + size);
    if (!c) return nullptr;
    c->size = size;
    c->next = a->chunks;
    a->chunks = c;
    a->cur = c->data;
    a->left = size;
  }
  void *r = a->cur;
  a->cur += n;
  a->left -= n;
  memset(r, 0, n);
  return r;
}

int ast_arena_own(AstArena *a, Ref r) {
  if (!r) return 0;
  if (a->nowned == a->capowned) {
    size_t cap = a->capowned ? a->capowned * 2 : 16;
    Ref *o = (Ref *)(a->owned ? py_realloc(a->owned, a->capowned * sizeof(Ref), cap * sizeof(Ref))
                              : py_malloc(cap * sizeof(Ref)));
    if (!o) {
      py_decref(r);
      return -1;
    }
    a->owned = o;
    a->capowned = cap;
  }
  a->owned[a->nowned++] = r;
  return 0;
}

void ast_arena_free(AstArena *a) {
  for (size_t i = 0; i < a->nowned; i++) py_decref(a->owned[i]);
  if (a->owned) py_free(a->owned, a->capowned * sizeof(Ref));
  AstArenaChunk *c = a->chunks;
  while (c) {
    AstArenaChunk *next = c->next;
    py_free(c, sizeof(AstArenaChunk) + c->size);
    c = next;
  }
  memset(a, 0, sizeof *a);
}

// Byte address of (lineno, col) in src.
static const char *ast_locate(const char *src, int lineno, int col) {
  const char *p = src;
  for (int l = 1; l < lineno; p++)
    if (*p == '\n') l++;
  return p + col;
}

Ref py_ast_source_segment(const char *src, const AstExpr *e) {
  const char *start = ast_locate(src, e->lineno, e->col_offset);
  const char *end =
      ast_locate(start - e->col_offset, 1 + e->end_lineno - e->lineno, e->end_col_offset);
  return py_str_new(start, (size_t)(end - start));
}
