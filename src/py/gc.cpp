// Cycle collection. Reference counting frees everything that is not part of a
// reference cycle; this collector finds the cycles. Container objects (types
// with TPF_GC) are kept in a list. A collection subtracts, for every tracked
// object, the references that come from other tracked objects; what keeps a
// positive count is referenced from outside (C locals, the VM stack, globals of
// an untracked object...) and is alive, as is everything reachable from it. The
// rest is garbage: each object is cleared (drops its references), which lets
// reference counting free the whole cycle.
#include "py/obj.h"

static GcHead gc_list = {&gc_list, &gc_list, 0};
static bool gc_on = true;
static bool gc_running;

// Static objects (builtin types, singletons) have no GcHead.
static bool gc_is_tracked(Ref r) {
  if (py_is_small(r) || !py_type_has(r->type, TPF_GC) || r->rc >= PY_IMMORTAL_RC / 2) return false;
  return py_gc_head(r)->next != nullptr;
}

static void gc_unlink(GcHead *h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
}

static void gc_append(GcHead *list, GcHead *h) {
  h->next = list;
  h->prev = list->prev;
  list->prev->next = h;
  list->prev = h;
}

void py_gc_track(Ref o) { gc_append(&gc_list, py_gc_head(o)); }

void py_gc_untrack(Ref o) {
  GcHead *h = py_gc_head(o);
  if (!h->next) return;
  gc_unlink(h);
  h->next = h->prev = nullptr;
}

static Ref gc_obj(GcHead *h) { return (Ref)(h + 1); }

bool py_gc_is_garbage(Ref o) { return gc_is_tracked(o) && py_gc_head(o)->gc_refs <= 0; }

static int gc_visit_decref(Ref r, void *) {
  if (r && gc_is_tracked(r)) py_gc_head(r)->gc_refs--;
  return 0;
}

// r is reachable: if it was tentatively unreachable, mark it and move it to the
// tail so that the single forward pass in gc_mark_reachable visits it too.
static int gc_visit_reach(Ref r, void *) {
  if (r && gc_is_tracked(r) && py_gc_head(r)->gc_refs <= 0) {
    GcHead *h = py_gc_head(r);
    h->gc_refs = 1;
    gc_unlink(h);
    gc_append(&gc_list, h);
  }
  return 0;
}

static void gc_mark_reachable() {
  for (GcHead *h = gc_list.next; h != &gc_list; h = h->next) {
    if (h->gc_refs <= 0) continue;
    Ref o = gc_obj(h);
    if (o->type->traverse) o->type->traverse(o, gc_visit_reach, nullptr);
  }
}

size_t py_gc_collect() {
  if (gc_running) return 0;
  gc_running = true;
  for (GcHead *h = gc_list.next; h != &gc_list; h = h->next) h->gc_refs = (intptr_t)gc_obj(h)->rc;
  for (GcHead *h = gc_list.next; h != &gc_list; h = h->next) {
    Ref o = gc_obj(h);
    if (o->type->traverse) o->type->traverse(o, gc_visit_decref, nullptr);
  }
  gc_mark_reachable();
  // Move the garbage to its own list, holding a reference to each so that no
  // object is freed while others are still being cleared.
  GcHead garbage = {&garbage, &garbage, 0};
  size_t n = 0;
  for (GcHead *h = gc_list.next; h != &gc_list;) {
    GcHead *next = h->next;
    if (h->gc_refs <= 0) {
      gc_unlink(h);
      gc_append(&garbage, h);
      py_incref(gc_obj(h));
      n++;
    }
    h = next;
  }
#if UPY_ENABLE_WEAKREF
  // Note [Weak references to garbage] (weakref.cpp)
  Ref pending = nullptr;
  for (GcHead *h = garbage.next; h != &garbage; h = h->next)
    py_weakref_clear_garbage(gc_obj(h), &pending);
  py_weakref_run_callbacks(pending);
#endif
  for (GcHead *h = garbage.next; h != &garbage; h = h->next) {
    Ref o = gc_obj(h);
    if (o->type->clear) o->type->clear(o);
  }
  // Put survivors (resurrected or uncleared) back, then drop our references.
  while (garbage.next != &garbage) {
    GcHead *h = garbage.next;
    Ref o = gc_obj(h);
    gc_unlink(h);
    py_gc_track(o);
    py_decref(o);
  }
  gc_running = false;
  return n;
}

void py_gc_enable(bool on) { gc_on = on; }
bool py_gc_enabled() { return gc_on; }
