// Heap accounting and object allocation. Every allocation of the runtime comes
// through here so the configured heap limit holds (-X heapsize=...). When a
// request would exceed it, a cycle collection runs first; if that is not
// enough, MemoryError.
#include <cstdlib>

#include "py/obj.h"

static size_t heap_used;
static size_t heap_limit = UPY_DEFAULT_HEAP_LIMIT;

size_t py_heap_used() { return heap_used; }
size_t py_heap_limit() { return heap_limit; }
void py_heap_set_limit(size_t n) { heap_limit = n; }

// Make room for n more bytes under the limit: 0 ok, -1 over the limit.
static int alloc_reserve(size_t n) {
  if (heap_used + n <= heap_limit) return 0;
  static bool collecting;
  if (!collecting && py_gc_enabled()) {
    collecting = true;
    py_gc_collect();
    collecting = false;
  }
  return heap_used + n <= heap_limit ? 0 : -1;
}

void *py_malloc(size_t n) {
  if (n > heap_limit || alloc_reserve(n) < 0) return py_err_nomem(), nullptr;
  void *p = malloc(n ? n : 1);
  if (!p) return py_err_nomem(), nullptr;
  heap_used += n;
  return p;
}

void *py_realloc(void *p, size_t oldn, size_t newn) {
  if (newn > oldn && (newn > heap_limit || alloc_reserve(newn - oldn) < 0))
    return py_err_nomem(), nullptr;
  void *q = realloc(p, newn ? newn : 1);
  if (!q) return py_err_nomem(), nullptr;
  heap_used = heap_used - oldn + newn;
  return q;
}

void py_free(void *p, size_t n) {
  if (!p) return;
  heap_used -= n;
  free(p);
}

Ref py_obj_alloc(Type *type, size_t size) {
  bool gc = py_type_has(type, TPF_GC);
  size_t head = gc ? sizeof(GcHead) : 0;
  char *p = (char *)py_malloc(head + size);
  if (!p) return nullptr;
  memset(p, 0, head + size);
  Ref o = (Ref)(p + head);
  o->rc = 1;
  o->type = type;
  if (py_type_has(type, TPF_HEAPTYPE)) py_incref((Ref)type);
  if (gc) py_gc_track(o);
  return o;
}

void py_obj_free(Ref o, size_t size) {
  Type *type = o->type;
  bool gc = py_type_has(type, TPF_GC);
  size_t head = gc ? sizeof(GcHead) : 0;
  if (gc) py_gc_untrack(o);
  // A subclass instance of a fixed-size builtin was allocated with the
  // subclass's basicsize (dict slot included) even when the builtin's dealloc
  // passes its own size.
  if (size < type->basicsize) size = type->basicsize;
  py_free((char *)o - head, head + size);
  if (py_type_has(type, TPF_HEAPTYPE)) py_decref((Ref)type);
}

void py_dealloc(Ref r) { py_type(r)->dealloc(r); }
