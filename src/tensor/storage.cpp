// Storage: reference-counted bytes from the allocator hook.
#include "tensor/tensor.h"

#include <cstdlib>

namespace tensor {

static void *default_alloc(size_t nbytes) { return malloc(nbytes); }
static void default_free(void *p, size_t) { free(p); }

static AllocFn alloc_hook = default_alloc;
static FreeFn free_hook = default_free;

void set_allocator(AllocFn alloc, FreeFn free) {
  alloc_hook = alloc ? alloc : default_alloc;
  free_hook = free ? free : default_free;
}

void *alloc_bytes(size_t nbytes) {
  void *p = alloc_hook(nbytes ? nbytes : 1);
  if (!p)
    fail(ErrorKind::MemoryError,
         "[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate "
         "memory: you tried to allocate %zu bytes.",
         nbytes);
  return p;
}

void free_bytes(void *p, size_t nbytes) {
  if (p) free_hook(p, nbytes ? nbytes : 1);
}

// The data follows the header, aligned for the widest element type.
static constexpr size_t kHeaderSize = (sizeof(Storage) + 15) & ~static_cast<size_t>(15);

Storage *storage_new(size_t nbytes) {
  if (nbytes > SIZE_MAX - kHeaderSize) {
    fail(ErrorKind::MemoryError, "storage size %zu is too large", nbytes);
    return nullptr;
  }
  auto *s = static_cast<Storage *>(alloc_bytes(kHeaderSize + nbytes));
  if (!s) return nullptr;
  s->refcount = 1;
  s->owns_data = true;
  s->nbytes = nbytes;
  s->data = reinterpret_cast<char *>(s) + kHeaderSize;
  return s;
}

Storage *storage_wrap(void *data, size_t nbytes) {
  auto *s = static_cast<Storage *>(alloc_bytes(sizeof(Storage)));
  if (!s) return nullptr;
  s->refcount = 1;
  s->owns_data = false;
  s->nbytes = nbytes;
  s->data = data;
  return s;
}

void storage_incref(Storage *s) { s->refcount++; }

void storage_decref(Storage *s) {
  if (--s->refcount > 0) return;
  free_bytes(s, s->owns_data ? kHeaderSize + s->nbytes : sizeof(Storage));
}

} // namespace tensor
