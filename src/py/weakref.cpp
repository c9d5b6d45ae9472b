// Weak references: weakref.ref (ReferenceType), the proxies (ProxyType,
// CallableProxyType), the table that finds an object's references, the
// clearing of them when the object dies, and the `_weakref` module.
#include "py/config.h"

#if UPY_ENABLE_WEAKREF
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

// Note [Weak references]
// The object header is {rc, type}: no room for a list of weak references. An
// object's references hang off a side table keyed by its address (open
// addressing, linear probing; it never shrinks), each object's forming a
// doubly linked list whose head the table holds. Which types may be weakly
// referenced follows CPython (TPF_WEAKREFABLE: classes unless __slots__ leaves
// "__weakref__" out, functions, methods, sets, generators, code, modules...).
//
// The deallocs of those kinds call py_weakref_dying(self) before releasing
// anything. It tests TPF_WEAKREFERENCED, which a type gets the first time one
// of its instances is weakly referenced, so only then is the table searched:
// objects never weakly referenced pay one flag test. The references are
// cleared (their referent becomes None) and then their callbacks called, in
// list order, with the object untracked from the collector and unreachable.
//
// List order is CPython's, as getweakrefs() shows it: the shared reference
// (exact ref type, no callback: weakref.ref(o) is weakref.ref(o)) first, then
// the shared proxy, then the others, newest first.
//
// Allocating may run the collector, which clears references to garbage and so
// edits the table: whoever links a reference allocates everything first
// (weak_reserve) and looks the list up afterwards.

struct WeakRefObj {
  Obj ob;
  Ref obj;                 // the referent (not counted), nullptr once it died
  Ref callback;            // or nullptr
  WeakRefObj *prev, *next; // the referent's list
  int64_t hash;            // the referent's hash once asked for, else -1
};

extern Type py_weakref_type, py_weakproxy_type, py_weakcallableproxy_type;

static WeakRefObj *W(Ref r) { return (WeakRefObj *)r; }

static bool weak_is_proxy(Type *t) {
  return t == &py_weakproxy_type || t == &py_weakcallableproxy_type;
}

static bool weak_is_ref(Ref o) {
  Type *t = py_type(o);
  return weak_is_proxy(t) || py_subtype(t, &py_weakref_type);
}

// ---------------------------------------------------------------------------
// The table: object address -> head of its list
// ---------------------------------------------------------------------------

struct WeakSlot {
  Ref obj; // nullptr: free
  WeakRefObj *head;
};
static WeakSlot *weak_slots;
static size_t weak_cap, weak_used; // cap: 0 or a power of two

static size_t weak_index(Ref o) {
  uint64_t h = (uint64_t)((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 32) & (weak_cap - 1);
}

static WeakSlot *weak_find(Ref o) {
  if (!weak_used) return nullptr;
  for (size_t i = weak_index(o);; i = (i + 1) & (weak_cap - 1)) {
    if (weak_slots[i].obj == o) return &weak_slots[i];
    if (!weak_slots[i].obj) return nullptr;
  }
}

static WeakRefObj *weak_head(Ref o) {
  WeakSlot *s = weak_find(o);
  return s ? s->head : nullptr;
}

// Room for one more entry, kept under 3/4 full. 0 / -1 (MemoryError).
static int weak_reserve() {
  while ((weak_used + 1) * 4 > weak_cap * 3) {
    size_t ncap = weak_cap ? weak_cap * 2 : 16;
    WeakSlot *n = (WeakSlot *)py_malloc(ncap * sizeof(WeakSlot));
    if (!n) return -1;
    if (ncap <= weak_cap) { // the collector's callbacks grew it meanwhile
      py_free(n, ncap * sizeof(WeakSlot));
      continue;
    }
    memset(n, 0, ncap * sizeof(WeakSlot));
    WeakSlot *old = weak_slots;
    size_t ocap = weak_cap;
    weak_slots = n;
    weak_cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
      if (!old[i].obj) continue;
      size_t j = weak_index(old[i].obj);
      while (n[j].obj) j = (j + 1) & (ncap - 1);
      n[j] = old[i];
    }
    py_free(old, ocap * sizeof(WeakSlot));
  }
  return 0;
}

// Removes an entry, moving later entries of its probe run back into the gap.
static void weak_remove(WeakSlot *s) {
  size_t mask = weak_cap - 1, i = (size_t)(s - weak_slots);
  for (size_t j = (i + 1) & mask; weak_slots[j].obj; j = (j + 1) & mask) {
    size_t k = weak_index(weak_slots[j].obj);
    // The entry at j may fill the gap at i unless its home k lies in (i, j].
    bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (!stays) {
      weak_slots[i] = weak_slots[j];
      i = j;
    }
  }
  weak_slots[i].obj = nullptr;
  weak_slots[i].head = nullptr;
  weak_used--;
}

// Links r into o's list after `after` (nullptr: at the head). The table has
// room (weak_reserve).
static void weak_link(WeakRefObj *r, Ref o, WeakRefObj *after) {
  r->obj = o;
  r->prev = after;
  if (after) {
    r->next = after->next;
    if (r->next) r->next->prev = r;
    after->next = r;
    return;
  }
  WeakSlot *s = weak_find(o);
  if (!s) {
    size_t i = weak_index(o);
    while (weak_slots[i].obj) i = (i + 1) & (weak_cap - 1);
    s = &weak_slots[i];
    s->obj = o;
    s->head = nullptr;
    weak_used++;
  }
  r->next = s->head;
  if (r->next) r->next->prev = r;
  s->head = r;
}

// Takes r out of its referent's list; r is dead from then on.
static void weak_unlink(WeakRefObj *r) {
  if (!r->obj) return;
  if (r->prev) {
    r->prev->next = r->next;
  } else {
    WeakSlot *s = weak_find(r->obj);
    if (r->next)
      s->head = r->next;
    else
      weak_remove(s);
  }
  if (r->next) r->next->prev = r->prev;
  r->obj = nullptr;
  r->prev = r->next = nullptr;
}

// The shared reference and proxy at the head of a list (either may be null).
static void weak_shared(WeakRefObj *head, WeakRefObj **ref, WeakRefObj **proxy) {
  *ref = *proxy = nullptr;
  if (head && !head->callback && py_type((Ref)head) == &py_weakref_type) {
    *ref = head;
    head = head->next;
  }
  if (head && !head->callback && weak_is_proxy(py_type((Ref)head))) *proxy = head;
}

// ---------------------------------------------------------------------------
// Creating and clearing references
// ---------------------------------------------------------------------------

// The shared reference of kind `type` to o, if there is one (borrowed).
static WeakRefObj *weak_find_shared(Ref o, Type *type) {
  WeakRefObj *ref, *proxy;
  weak_shared(weak_head(o), &ref, &proxy);
  return type == &py_weakref_type ? ref : proxy;
}

// A reference of `type` (ReferenceType or a subclass, or a proxy type) to o.
static Ref weak_new(Type *type, Ref o, Ref callback) {
  Type *ot = py_type(o);
  if (!py_type_has(ot, TPF_WEAKREFABLE))
    return py_err_format(&py_TypeError_type, "cannot create weak reference to '%s' object",
                         py_type_name(ot));
  if (callback == py_None) callback = nullptr;
  bool shared = !callback && (type == &py_weakref_type || weak_is_proxy(type));
  WeakRefObj *found = shared ? weak_find_shared(o, type) : nullptr;
  if (found) return py_newref((Ref)found);
  WeakRefObj *r = W(py_obj_alloc(type, type->basicsize));
  if (!r) return nullptr;
  r->hash = -1;
  if (weak_reserve() < 0) {
    py_decref((Ref)r);
    return nullptr;
  }
  WeakRefObj *ref, *proxy;
  weak_shared(weak_head(o), &ref, &proxy);
  if (shared && (type == &py_weakref_type ? ref : proxy)) { // made by a callback meanwhile
    py_decref((Ref)r);
    return py_newref((Ref)(type == &py_weakref_type ? ref : proxy));
  }
  r->callback = py_xnewref(callback);
  if (shared && type == &py_weakref_type)
    weak_link(r, o, nullptr);
  else
    weak_link(r, o, shared || !proxy ? ref : proxy);
  ot->flags |= TPF_WEAKREFERENCED;
  return (Ref)r;
}

// Detaches every reference of o's list, returning the list (linked through
// `next`, prev unused).
static WeakRefObj *weak_detach_all(Ref o) {
  WeakSlot *s = weak_find(o);
  if (!s) return nullptr;
  WeakRefObj *head = s->head;
  weak_remove(s);
  for (WeakRefObj *r = head; r; r = r->next) {
    r->obj = nullptr;
    r->prev = nullptr;
  }
  return head;
}

// Calls back the references of a queue (linked through `next`, each holding
// a reference to it) and releases them, the pending exception kept aside.
// `take`: each reference's callback goes (it died with its referent); else it
// stays, as CPython's collector leaves it.
static void weak_call_back(WeakRefObj *queue, bool take) {
  if (!queue) return;
  Ref saved = py_err_fetch();
  for (WeakRefObj *next; queue; queue = next) {
    next = queue->next;
    queue->next = nullptr;
    Ref cb = queue->callback;
    if (take)
      queue->callback = nullptr;
    else
      py_xincref(cb);
    Ref res = cb ? py_call1(cb, (Ref)queue) : py_None;
    if (!res) {
      Ref exc = py_err_fetch();
      py_print_unraisable("Exception ignored in", cb, exc);
      py_xdecref(exc);
    }
    py_xdecref(res);
    py_xdecref(cb);
    py_decref((Ref)queue);
  }
  if (saved) py_err_restore(saved);
}

void py_weakref_clear(Ref o) {
  WeakRefObj *r = weak_detach_all(o);
  if (!r) return;
  if (py_type_has(o->type, TPF_GC)) py_gc_untrack(o); // a collection must not see it
  // The callbacks run once all the references are dead, in list order.
  WeakRefObj *queue = nullptr, **tail = &queue;
  for (WeakRefObj *next; r; r = next) {
    next = r->next;
    r->next = nullptr;
    if (r->callback) {
      py_incref((Ref)r);
      *tail = r;
      tail = &r->next;
    }
  }
  weak_call_back(queue, true);
}

// Note [Weak references to garbage]
// As CPython does, a collection first clears every weak reference to its
// garbage, and every weak reference that is garbage itself, before it calls a
// callback or clears an object: no callback can then reach the garbage, and
// the callback of a reference that is garbage (which may be half cleared by
// then) never runs. The callbacks of live references to garbage run next, then
// the garbage is cleared. They keep their callback (CPython's behaviour).
void py_weakref_clear_garbage(Ref o, Ref *pending) {
  if (weak_is_ref(o)) weak_unlink(W(o));
  if (!py_type_has(o->type, TPF_WEAKREFERENCED)) return;
  for (WeakRefObj *r = weak_detach_all(o), *next; r; r = next) {
    next = r->next;
    r->next = nullptr;
    if (r->callback && !py_gc_is_garbage((Ref)r)) {
      py_incref((Ref)r);
      r->next = W(*pending);
      *pending = (Ref)r;
    }
  }
}

void py_weakref_run_callbacks(Ref pending) {
  WeakRefObj *queue = nullptr; // pending was pushed newest first
  for (WeakRefObj *r = W(pending), *next; r; r = next) {
    next = r->next;
    r->next = queue;
    queue = r;
  }
  weak_call_back(queue, false);
}

// ---------------------------------------------------------------------------
// ReferenceType
// ---------------------------------------------------------------------------

static Ref weakref_new(Type *type, Ref const *args, size_t nargs, Ref) {
  // Keywords are left to __init__ (CPython's wording comes from there).
  if (py_check_nargs("__new__", nargs, nullptr, 1, 2) < 0) return nullptr;
  return weak_new(type, args[0], nargs > 1 ? args[1] : nullptr);
}

static int weakref_init(Ref, Ref const *, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames)) {
    py_err_set_str(&py_TypeError_type, "ref() takes no keyword arguments");
    return -1;
  }
  return py_check_nargs("__init__", nargs, nullptr, 1, 2);
}

static int weakref_traverse(Ref self, VisitProc visit, void *arg) {
  Ref cb = W(self)->callback;
  return cb && visit(cb, arg);
}

static void weakref_clear(Ref self) {
  weak_unlink(W(self));
  py_clear(&W(self)->callback);
}

static void weakref_dealloc(Ref self) {
  py_gc_untrack(self);
  weakref_clear(self);
  py_obj_free(self, py_type(self)->basicsize);
}

static Ref weakref_call(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  if (kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "weakref() takes no keyword arguments");
  if (nargs)
    return py_err_format(&py_TypeError_type, "weakref expected 0 arguments, got %zu", nargs);
  Ref o = W(self)->obj;
  return py_newref(o ? o : py_None);
}

static int weakref_hash(Ref self, int64_t *out) {
  WeakRefObj *r = W(self);
  if (r->hash == -1) {
    if (!r->obj) {
      py_err_set_str(&py_TypeError_type, "weak object has gone away");
      return -1;
    }
    Ref o = py_newref(r->obj);
    int rc = py_hash(o, &r->hash);
    py_decref(o);
    if (rc < 0) {
      r->hash = -1;
      return -1;
    }
  }
  *out = r->hash;
  return 0;
}

// Live references compare their referents; otherwise identity.
static Ref weakref_richcompare(Ref a, Ref b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !weak_is_ref(a) || !weak_is_ref(b))
    return py_newref(py_NotImplemented);
  Ref x = W(a)->obj, y = W(b)->obj;
  if (!x || !y) return py_bool((a == b) == (op == CMP_EQ));
  py_incref(x);
  py_incref(y);
  Ref r = py_richcompare(x, y, op);
  py_decref(x);
  py_decref(y);
  return r;
}

static Ref weakref_repr(Ref self) {
  Ref o = W(self)->obj;
  if (!o) return py_str_format("<weakref at %p; dead>", (void *)self);
  py_incref(o);
  Ref attr = py_str_intern("__name__");
  Ref name = attr ? py_getattr_opt(o, attr) : nullptr;
  py_xdecref(attr);
  Ref r = nullptr;
  if (name && py_is_str(name))
    r = py_str_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, py_tname(o), (void *)o,
                      name);
  else if (!py_err_occurred())
    r = py_str_format("<weakref at %p; to '%s' at %p>", (void *)self, py_tname(o), (void *)o);
  py_xdecref(name);
  py_decref(o);
  return r;
}

static Ref weakref_get_callback(Ref self) {
  Ref cb = W(self)->callback;
  return py_newref(cb ? cb : py_None);
}

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, py_readonly_member_set},
    {nullptr},
};

static const MethodDef weakref_methods[] = {
    {"__class_getitem__", py_container_class_getitem, METH_CLASS},
    {nullptr},
};

PY_TYPE_DEF(py_weakref_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "weakref.ReferenceType",
    .flags = TPF_GC | TPF_BASETYPE,
    .basicsize = sizeof(WeakRefObj),
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .tp_new = weakref_new,
    .tp_init = weakref_init,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .call = weakref_call,
    .richcompare = weakref_richcompare,
    .methods = weakref_methods,
    .getsets = weakref_getsets,
);

// ---------------------------------------------------------------------------
// ProxyType and CallableProxyType: every operation goes to the referent
// ---------------------------------------------------------------------------

// The referent (new reference), or nullptr + ReferenceError once it died.
static Ref proxy_target(Ref self) {
  Ref o = W(self)->obj;
  if (!o)
    return py_err_set_str(&py_ReferenceError_type, "weakly-referenced object no longer exists");
  return py_newref(o);
}

// o itself, or the referent when o is a proxy (new references).
static Ref proxy_unwrap(Ref o) {
  return weak_is_proxy(py_type(o)) ? proxy_target(o) : py_newref(o);
}

// f(referent, args...), held for the call; `dead` once the referent died.
template <typename R, typename... A>
static R proxy_forward(Ref self, R dead, R (*f)(Ref, A...), A... args) {
  Ref o = proxy_target(self);
  if (!o) return dead;
  R r = f(o, args...);
  py_decref(o);
  return r;
}

// f(x, y, args...), x and y being a and b with the proxies unwrapped.
template <typename... A>
static Ref proxy_forward2(Ref a, Ref b, Ref (*f)(Ref, Ref, A...), A... args) {
  Ref x = proxy_unwrap(a);
  Ref y = x ? proxy_unwrap(b) : nullptr;
  Ref r = y ? f(x, y, args...) : nullptr;
  py_xdecref(x);
  py_xdecref(y);
  return r;
}

// What the referent gets where no abstract API function fits.
static Ref obj_to_int(Ref o) { return py_call1((Ref)&py_int_type, o); }
static Ref obj_to_float(Ref o) { return py_call1((Ref)&py_float_type, o); }
static Ref obj_bytes(Ref o) { return py_call1((Ref)&py_bytes_type, o); }
static Ref obj_reversed(Ref o) { return py_call1((Ref)&py_reversed_type, o); }
static Ref obj_dir(Ref o) { return py_call_method(o, "__dir__", nullptr, 0); }

static Ref obj_iternext(Ref o) {
  if (!py_type(o)->iternext)
    return py_err_format(&py_TypeError_type, "Weakref proxy referenced a non-iterator '%T' object",
                         o);
  return py_type(o)->iternext(o);
}

static int obj_setitem(Ref o, Ref key, Ref value) {
  return value ? py_setitem(o, key, value) : py_delitem(o, key);
}

static Ref obj_binop(Ref x, Ref y, int op) {
  return op & BINOP_INPLACE ? py_binop_inplace(x, y, op & ~BINOP_INPLACE) : py_binop(x, y, op);
}

// The builtin's dispatch (__divmod__, __rdivmod__) on the referents.
static Ref obj_divmod(Ref x, Ref y) {
  Ref f = py_dict_get_str(py_vm.builtins, "divmod");
  if (!f) return py_err_set_str(&py_NameError_type, "name 'divmod' is not defined");
  return py_call2(f, x, y);
}

static Ref proxy_repr(Ref self) {
  Ref o = W(self)->obj ? W(self)->obj : py_None;
  return py_str_format("<weakproxy at %p to %s at %p>", (void *)self, py_tname(o), (void *)o);
}

static Ref proxy_str(Ref self) { return proxy_forward<Ref>(self, nullptr, py_str); }
static Ref proxy_iter(Ref self) { return proxy_forward<Ref>(self, nullptr, py_iter); }
static Ref proxy_iternext(Ref self) { return proxy_forward<Ref>(self, nullptr, obj_iternext); }
static Ref proxy_to_int(Ref self) { return proxy_forward<Ref>(self, nullptr, obj_to_int); }
static Ref proxy_to_float(Ref self) { return proxy_forward<Ref>(self, nullptr, obj_to_float); }
static Ref proxy_to_index(Ref self) { return proxy_forward<Ref>(self, nullptr, py_number_index); }
static int proxy_to_bool(Ref self) { return proxy_forward<int>(self, -1, py_truthy); }
static int64_t proxy_length(Ref self) { return proxy_forward<int64_t>(self, -1, py_len); }
static Ref proxy_unop(Ref self, int op) { return proxy_forward<Ref>(self, nullptr, py_unop, op); }

static Ref proxy_getattr(Ref self, Ref name) {
  return proxy_forward<Ref>(self, nullptr, py_getattr, name);
}

static int proxy_setattr(Ref self, Ref name, Ref value) {
  return proxy_forward<int>(self, -1, py_setattr, name, value);
}

static Ref proxy_getitem(Ref self, Ref key) {
  return proxy_forward<Ref>(self, nullptr, py_getitem, key);
}

static int proxy_setitem(Ref self, Ref key, Ref value) {
  return proxy_forward<int>(self, -1, obj_setitem, key, value);
}

static int proxy_contains(Ref self, Ref value) {
  return proxy_forward<int>(self, -1, py_contains, value);
}

static Ref proxy_call(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return proxy_forward<Ref>(self, nullptr, py_call, args, nargs, kwnames);
}

static Ref proxy_richcompare(Ref a, Ref b, int op) {
  return proxy_forward2(a, b, py_richcompare, op);
}

static Ref proxy_binop(Ref a, Ref b, int op) { return proxy_forward2(a, b, obj_binop, op); }

static Ref proxy_bytes(Ref self, Ref const *, size_t, Ref) {
  return proxy_forward<Ref>(self, nullptr, obj_bytes);
}

static Ref proxy_reversed(Ref self, Ref const *, size_t, Ref) {
  return proxy_forward<Ref>(self, nullptr, obj_reversed);
}

static Ref proxy_divmod(Ref self, Ref const *args, size_t, Ref) {
  return proxy_forward2(self, args[0], obj_divmod);
}

static Ref proxy_rdivmod(Ref self, Ref const *args, size_t, Ref) {
  return proxy_forward2(args[0], self, obj_divmod);
}

// dir(proxy) lists the referent's attributes.
static Ref proxy_dir(Ref self, Ref const *, size_t, Ref) {
  return proxy_forward<Ref>(self, nullptr, obj_dir);
}

// CallableProxyType has all but the first two: CPython gives it neither
// __bytes__ nor __reversed__.
static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_ARGS(0, 0)},
    {"__reversed__", proxy_reversed, METH_ARGS(0, 0)},
    {"__divmod__", proxy_divmod, METH_ARGS(1, 1)},
    {"__rdivmod__", proxy_rdivmod, METH_ARGS(1, 1)},
    {"__dir__", proxy_dir, METH_ARGS(0, 0)},
    {nullptr},
};

#define PROXY_TYPE_DEF(c_name, type_name, call_slot, method_table)                                 \
  PY_TYPE_DEF(c_name,                                                                              \
      .ob = PY_STATIC_HEAD(&py_type_type),                                                         \
      .name = type_name,                                                                           \
      .flags = TPF_GC,                                                                             \
      .basicsize = sizeof(WeakRefObj),                                                             \
      .dealloc = weakref_dealloc,                                                                  \
      .traverse = weakref_traverse,                                                                \
      .clear = weakref_clear,                                                                      \
      .repr = proxy_repr,                                                                          \
      .str = proxy_str,                                                                            \
      .hash = py_container_unhashable,                                                             \
      .call = call_slot,                                                                           \
      .getattr = proxy_getattr,                                                                    \
      .setattr = proxy_setattr,                                                                    \
      .richcompare = proxy_richcompare,                                                            \
      .iter = proxy_iter,                                                                          \
      .iternext = proxy_iternext,                                                                  \
      .binop = proxy_binop,                                                                        \
      .unop = proxy_unop,                                                                          \
      .to_bool = proxy_to_bool,                                                                    \
      .to_int = proxy_to_int,                                                                      \
      .to_float = proxy_to_float,                                                                  \
      .to_index = proxy_to_index,                                                                  \
      .length = proxy_length,                                                                      \
      .getitem = proxy_getitem,                                                                    \
      .setitem = proxy_setitem,                                                                    \
      .contains = proxy_contains,                                                                  \
      .methods = method_table,                                                                     \
  )

PROXY_TYPE_DEF(py_weakproxy_type, "weakref.ProxyType", nullptr, proxy_methods);
PROXY_TYPE_DEF(py_weakcallableproxy_type, "weakref.CallableProxyType", proxy_call,
               proxy_methods + 2);

bool py_weakref_is_proxy(Ref o) { return weak_is_proxy(py_type(o)); }

static Ref weak_get_first(Ref self) {
  WeakRefObj *head = weak_head(self);
  return py_newref(head ? (Ref)head : py_None);
}

const GetSetDef py_weakref_list_getset = {"__weakref__", weak_get_first, nullptr};

// ---------------------------------------------------------------------------
// The `_weakref` module
// ---------------------------------------------------------------------------

static Ref weakmod_proxy(Ref, Ref const *args, size_t nargs, Ref) {
  Type *t = py_callable(args[0]) ? &py_weakcallableproxy_type : &py_weakproxy_type;
  return weak_new(t, args[0], nargs > 1 ? args[1] : nullptr);
}

static Ref weakmod_getweakrefcount(Ref, Ref const *args, size_t, Ref) {
  size_t n = 0;
  for (WeakRefObj *r = weak_head(args[0]); r; r = r->next) n++;
  return py_int_from_u64(n);
}

static Ref weakmod_getweakrefs(Ref, Ref const *args, size_t, Ref) {
  Ref list = py_list_new(0);
  for (WeakRefObj *r = weak_head(args[0]); list && r; r = r->next)
    if (py_list_append(list, (Ref)r) < 0) py_clear(&list);
  return list;
}

static const MethodDef weakmod_functions[] = {
    {"proxy", weakmod_proxy, METH_ARGS(1, 2)},
    {"getweakrefcount", weakmod_getweakrefcount, METH_ARGS(1, 1)},
    {"getweakrefs", weakmod_getweakrefs, METH_ARGS(1, 1)},
    {nullptr},
};

// The types are readied here, on first import, rather than at start-up with
// those of types.def: the proxies' many slot wrappers would cost every
// program's start-up.
static int weakmod_ready_types() {
  Type *const types[] = {&py_weakref_type, &py_weakproxy_type, &py_weakcallableproxy_type};
#if UPY_PACKED_TYPES
  const PackedType *const packed[] = {&py_weakref_type_packed, &py_weakproxy_type_packed,
                                      &py_weakcallableproxy_type_packed};
  for (size_t i = 0; i < 3; i++)
    if (!types[i]->name) py_type_unpack(types[i], packed[i]);
#endif
  for (Type *t : types)
    if (py_type_ready(t) < 0) return -1;
  return 0;
}

int py_init_module_weakref(Ref module) {
  if (weakmod_ready_types() < 0 || py_module_add_functions(module, weakmod_functions) < 0)
    return -1;
  static const struct {
    const char *name;
    Type *type;
  } types[] = {{"ref", &py_weakref_type},
               {"ReferenceType", &py_weakref_type},
               {"ProxyType", &py_weakproxy_type},
               {"CallableProxyType", &py_weakcallableproxy_type}};
  for (const auto &t : types)
    if (py_module_add(module, t.name, (Ref)t.type) < 0) return -1;
  return 0;
}

#endif // UPY_ENABLE_WEAKREF
