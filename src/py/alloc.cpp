// Heap accounting and object allocation. Every allocation of the runtime comes
// through here so the configured heap limit holds (-X heapsize=...). When a
// request would exceed it, a cycle collection runs first; if that is not
// enough, MemoryError.
#include <cstdlib>
#include <cstring>

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

// Small blocks (objects, short arrays) come from pages carved per size class
// and are recycled through per-class free lists: libc malloc/free would be a
// large part of the cost of an object. Any block of a class fits any request
// of it. Free blocks count as free for the heap limit; pages are kept for
// reuse by their class, never returned to libc. Sanitizer builds bypass all
// this (plain malloc per block) so that use-after-free is still caught.
#if defined(__SANITIZE_ADDRESS__)
#define UPY_SMALL_CACHE 0
#else
#define UPY_SMALL_CACHE 1
#endif

enum { SMALL_GRAIN = 16, SMALL_MAX = 256, SMALL_CLASSES = SMALL_MAX / SMALL_GRAIN + 1 };
static const size_t SMALL_PAGE = UPY_DEFAULT(4096, 1024);

static void *small_free[SMALL_CLASSES];
static char *carve_next[SMALL_CLASSES], *carve_end[SMALL_CLASSES];

static inline size_t small_class(size_t n) { return (n + SMALL_GRAIN - 1) / SMALL_GRAIN; }
static inline size_t alloc_size(size_t n) {
  return n && n <= SMALL_MAX ? small_class(n) * SMALL_GRAIN : n;
}
static inline bool is_small(size_t n) { return UPY_SMALL_CACHE && n && n <= SMALL_MAX; }

static void *alloc_raw(size_t n) { return malloc(alloc_size(n ? n : 1)); }

// A small block for n bytes (accounted): a freed one of its class, else the
// next one of its class's page. nullptr when over the limit or out of memory.
static inline void *small_take(size_t n) {
  if (!is_small(n) || heap_used + n > heap_limit) return nullptr;
  size_t c = small_class(n);
  void *p = small_free[c];
  if (p) {
    small_free[c] = *(void **)p;
  } else {
    size_t bs = c * SMALL_GRAIN;
    if ((size_t)(carve_end[c] - carve_next[c]) < bs) {
      char *page = (char *)malloc(SMALL_PAGE);
      if (!page) return nullptr;
      carve_next[c] = page;
      carve_end[c] = page + SMALL_PAGE / bs * bs;
    }
    p = carve_next[c];
    carve_next[c] += bs;
  }
  heap_used += n;
  return p;
}

// Keep a freed small block for reuse by its class (accounted). false: not small.
static inline bool small_put(void *p, size_t n) {
  if (!is_small(n)) return false;
  size_t c = small_class(n);
  *(void **)p = small_free[c];
  small_free[c] = p;
  heap_used -= n;
  return true;
}

void *py_malloc(size_t n) {
  void *p = small_take(n);
  if (p) return p;
  if (heap_used + n > heap_limit && (n > heap_limit || alloc_reserve(n) < 0))
    return py_err_nomem(), nullptr;
  if (!(p = alloc_raw(n))) return py_err_nomem(), nullptr;
  heap_used += n;
  return p;
}

void *py_realloc(void *p, size_t oldn, size_t newn) {
  if (!p) return py_malloc(newn); // a first block may come from the small pages
  if (newn > oldn && (newn > heap_limit || alloc_reserve(newn - oldn) < 0))
    return py_err_nomem(), nullptr;
  if (alloc_size(oldn) == alloc_size(newn)) {
    heap_used = heap_used - oldn + newn;
    return p;
  }
  if (is_small(oldn) || is_small(newn)) { // a page block: move it
    void *q = py_malloc(newn);
    if (!q) return nullptr;
    memcpy(q, p, oldn < newn ? oldn : newn);
    py_free(p, oldn);
    return q;
  }
  void *q = realloc(p, alloc_size(newn ? newn : 1));
  if (!q) return py_err_nomem(), nullptr;
  heap_used = heap_used - oldn + newn;
  return q;
}

void py_free(void *p, size_t n) {
  if (!p || small_put(p, n)) return;
  heap_used -= n;
  free(p);
}

Ref py_obj_alloc(Type *type, size_t size) {
  bool gc = py_type_has(type, TPF_GC);
  size_t head = gc ? sizeof(GcHead) : 0;
  char *p = (char *)small_take(head + size);
  if (!p && !(p = (char *)py_malloc(head + size))) return nullptr;
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
  void *p = (char *)o - head;
  if (!small_put(p, head + size)) py_free(p, head + size);
  if (py_type_has(type, TPF_HEAPTYPE)) py_decref((Ref)type);
}

// Note [Deferred deallocation]: freeing an object releases what it holds,
// which may free more objects, each a nested call: a million method objects
// each holding the previous one would overflow the C stack. Past a nesting
// depth, a dead object is put on a list instead (its count, zero and unused
// now, holds the link) and freed when the outermost deallocation returns.
// Only containers (the collector's objects) can start such chains: other
// objects are freed straight away.
static unsigned dealloc_depth;
static Ref dealloc_pending;

void py_dealloc(Ref r) {
  if (!py_type_has(py_type(r), TPF_GC)) return py_type(r)->dealloc(r);
  if (dealloc_depth >= UPY_DEALLOC_DEPTH) {
    r->rc = (uintptr_t)dealloc_pending;
    dealloc_pending = r;
    return;
  }
  dealloc_depth++;
  py_type(r)->dealloc(r);
  while (dealloc_depth == 1 && dealloc_pending) {
    Ref next = dealloc_pending;
    dealloc_pending = (Ref)next->rc;
    next->rc = 0;
    py_type(next)->dealloc(next);
  }
  dealloc_depth--;
}
