// set and frozenset: an open-addressing hash table of (key, hash) slots
// (SetObj in containers.h). Probing checks a few neighbouring slots linearly
// before jumping with the perturbed recurrence, and the table grows when 3/5
// full; with these rules small-int sets iterate in the same order as CPython's.
#include <cstdio>

#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

Obj py_set_dummy_obj = PY_STATIC_HEAD(&py_object_type);

static const size_t SET_MINSIZE = 8;
static const size_t LINEAR_PROBES = 9;
static const int PERTURB_SHIFT = 5;

static inline SetObj *S(Ref r) { return (SetObj *)r; }
static inline bool is_exact_str(Ref r) { return !py_is_small(r) && r->type == &py_str_type; }
static inline bool set_is_mutable(Ref r) { return py_isinstance_of(r, &py_set_type); }

// ---------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------

static inline size_t set_table_bytes(size_t mask) { return (mask + 1) * sizeof(SetEntry); }

// Probe sequence: a run of LINEAR_PROBES neighbours after each start slot
// (when they fit before the end), then a perturbed jump from that start slot.
struct SetProbe {
  size_t base, off, probes, mask;
  uint64_t perturb;
  SetProbe(int64_t hash, size_t m) : off(0), mask(m), perturb((uint64_t)hash) {
    start((size_t)hash & m);
  }
  void start(size_t i) {
    base = i;
    off = 0;
    probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
  }
  size_t slot() const { return base + off; }
  void next() {
    if (off < probes) {
      off++;
      return;
    }
    perturb >>= PERTURB_SHIFT;
    start((base * 5 + 1 + (size_t)perturb) & mask);
  }
};

// Place a key known to be absent into a table without deleted slots.
static void set_insert_clean(SetEntry *table, size_t mask, Ref key, int64_t hash) {
  SetProbe p(hash, mask);
  while (table[p.slot()].key) p.next();
  table[p.slot()].key = key;
  table[p.slot()].hash = hash;
}

// Rebuild with a table larger than `minused` slots, dropping deleted slots.
static int set_resize(SetObj *so, size_t minused) {
  size_t size = SET_MINSIZE;
  while (size <= minused) {
    if (size > SIZE_MAX / sizeof(SetEntry) / 4) {
      py_err_nomem();
      return -1;
    }
    size <<= 1;
  }
  SetEntry *table = (SetEntry *)py_malloc(size * sizeof(SetEntry));
  if (!table) return -1;
  memset(table, 0, size * sizeof(SetEntry));
  SetEntry *old = so->table;
  size_t oldmask = so->mask;
  if (old) {
    for (size_t i = 0; i <= oldmask; i++)
      if (old[i].key && old[i].key != py_set_dummy)
        set_insert_clean(table, size - 1, old[i].key, old[i].hash);
    py_free(old, set_table_bytes(oldmask));
  }
  so->table = table;
  so->mask = size - 1;
  so->fill = so->used;
  return 0;
}

// 1 found (*out = its slot), 0 absent, -1 error.
static int set_lookup(SetObj *so, Ref key, int64_t hash, SetEntry **out) {
restart:
  SetEntry *table = so->table;
  if (!table) return 0;
  for (SetProbe p(hash, so->mask);; p.next()) {
    SetEntry *e = &table[p.slot()];
    Ref sk = e->key;
    if (!sk) return 0;
    if (sk == key) {
      *out = e;
      return 1;
    }
    if (e->hash != hash || sk == py_set_dummy) continue;
    if (is_exact_str(sk) && is_exact_str(key)) {
      if (!py_str_equal(sk, key)) continue;
      *out = e;
      return 1;
    }
    py_incref(sk);
    int r = py_richcompare_bool(sk, key, CMP_EQ);
    bool changed = so->table != table || e->key != sk;
    py_decref(sk);
    if (r < 0) return -1;
    if (changed) goto restart;
    if (r) {
      *out = e;
      return 1;
    }
  }
}

// Add key (borrowed) with its hash. 0 / -1.
static int set_add_entry(SetObj *so, Ref key, int64_t hash) {
restart: // (a key's __eq__ may have cleared the set: no table then)
  if (!so->table && set_resize(so, 0) < 0) return -1;
  SetEntry *table = so->table, *freeslot = nullptr, *e;
  size_t mask = so->mask;
  for (SetProbe p(hash, mask);; p.next()) {
    e = &table[p.slot()];
    Ref sk = e->key;
    if (!sk) break;
    if (sk == py_set_dummy) {
      if (!freeslot) freeslot = e;
      continue;
    }
    if (sk == key) return 0;
    if (e->hash != hash) continue;
    if (is_exact_str(sk) && is_exact_str(key)) {
      if (py_str_equal(sk, key)) return 0;
      continue;
    }
    py_incref(sk);
    int r = py_richcompare_bool(sk, key, CMP_EQ);
    bool changed = so->table != table || e->key != sk;
    py_decref(sk);
    if (r < 0) return -1;
    if (changed) goto restart;
    if (r) return 0;
  }
  if (freeslot) { // reuse a deleted slot: fill unchanged
    freeslot->key = py_newref(key);
    freeslot->hash = hash;
    so->used++;
    return 0;
  }
  e->key = py_newref(key);
  e->hash = hash;
  so->fill++;
  so->used++;
  if (so->fill * 5 < mask * 3) return 0;
  return set_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// Remove the key in slot e; returns it (the caller releases it).
static Ref set_detach(SetObj *so, SetEntry *e) {
  Ref k = e->key;
  e->key = py_set_dummy;
  e->hash = -1;
  so->used--;
  return k;
}

// Hash of a key; an unhashable set key is looked up as a frozenset
// (*alt = that frozenset, released by the caller).
static int set_key_hash(Ref *key, int64_t *h, Ref *alt) {
  *alt = nullptr;
  if (py_hash_fast(*key, h) == 0) return 0;
  if (!py_err_matches(&py_TypeError_type) || !set_is_mutable(*key)) return -1;
  py_err_clear();
  *alt = py_frozenset_new(*key);
  if (!*alt) return -1;
  *key = *alt;
  return py_hash(*alt, h);
}

static int set_contains_key(SetObj *so, Ref key) {
  int64_t h;
  Ref alt;
  if (set_key_hash(&key, &h, &alt) < 0) return -1;
  SetEntry *e;
  int r = set_lookup(so, key, h, &e);
  py_xdecref(alt);
  return r;
}

static int set_discard_key(SetObj *so, Ref key) {
  int64_t h;
  Ref alt;
  if (set_key_hash(&key, &h, &alt) < 0) return -1;
  SetEntry *e;
  int r = set_lookup(so, key, h, &e);
  py_xdecref(alt);
  if (r == 1) py_decref(set_detach(so, e));
  return r;
}

// Drop everything (re-entrancy safe: the set is empty before keys are released).
static void set_clear_internal(SetObj *so) {
  SetEntry *table = so->table;
  size_t mask = so->mask;
  so->table = nullptr;
  so->mask = so->fill = so->used = so->finger = 0;
  if (!table) return;
  for (size_t i = 0; i <= mask; i++)
    if (table[i].key && table[i].key != py_set_dummy) py_decref(table[i].key);
  py_free(table, set_table_bytes(mask));
}

// Iterate active slots: returns false at the end.
static inline bool set_next_entry(SetObj *so, size_t *pos, SetEntry **out) {
  for (size_t i = *pos; so->table && i <= so->mask; i++) {
    SetEntry *e = &so->table[i];
    if (e->key && e->key != py_set_dummy) {
      *pos = i + 1;
      *out = e;
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Algebra
// ---------------------------------------------------------------------------

static Ref set_alloc(Type *type) {
  Ref s = py_obj_alloc(type, type->basicsize);
  if (s) S(s)->hash = -1;
  return s;
}

// Grow ahead of adding n keys (an empty set counts as the minimum table, so
// resulting table sizes, hence iteration orders, follow CPython's).
static int set_presize(SetObj *so, size_t n) {
  size_t mask = so->table ? so->mask : SET_MINSIZE - 1;
  if ((so->fill + n) * 5 >= mask * 3) return set_resize(so, (so->used + n) * 2);
  return so->table ? 0 : set_resize(so, 0);
}

// Insert every key of another set (hashes already known).
static int set_merge_set(SetObj *so, SetObj *other) {
  if (so == other || other->used == 0) return 0;
  if (set_presize(so, other->used) < 0) return -1;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    // same geometry, no deleted slots: copy the layout as is
    for (size_t i = 0; i <= other->mask; i++) {
      so->table[i] = other->table[i];
      if (so->table[i].key) py_incref(so->table[i].key);
    }
    so->fill = so->used = other->used;
    return 0;
  }
  size_t pos = 0;
  SetEntry *e;
  while (set_next_entry(other, &pos, &e)) {
    Ref k = py_newref(e->key);
    int r = set_add_entry(so, k, e->hash);
    py_decref(k);
    if (r < 0) return -1;
  }
  return 0;
}

static int set_update_iterable(SetObj *so, Ref iterable) {
  if (py_is_anyset(iterable)) return set_merge_set(so, S(iterable));
  if (py_type(iterable) == &py_dict_type) {
    if (set_presize(so, (size_t)py_dict_len(iterable)) < 0) return -1;
    size_t pos = 0;
    Ref k;
    while (py_dict_next(iterable, &pos, &k, nullptr)) {
      int64_t h;
      py_incref(k);
      int r = py_hash_fast(k, &h) < 0 ? -1 : set_add_entry(so, k, h);
      py_decref(k);
      if (r < 0) return -1;
    }
    return 0;
  }
  Ref it = py_iter(iterable);
  if (!it) return -1;
  Ref k;
  int r = 0;
  while (r == 0 && (k = py_next(it))) {
    int64_t h;
    r = py_hash_fast(k, &h) < 0 ? -1 : set_add_entry(so, k, h);
    py_decref(k);
  }
  py_decref(it);
  return r == 0 && !py_err_occurred() ? 0 : -1;
}

static Type *set_base_type(Ref s) { return set_is_mutable(s) ? &py_set_type : &py_frozenset_type; }

// A new set (or frozenset) of `type` with the items of an iterable (may be nullptr).
static Ref set_make(Type *type, Ref iterable) {
  Ref s = set_alloc(type);
  if (s && iterable && set_update_iterable(S(s), iterable) < 0) py_clear(&s);
  return s;
}

static Ref set_copy_as_base(Ref s) { return set_make(set_base_type(s), s); }

// Items of `so` also in `other` (any iterable), as the base type of so.
static Ref set_intersection(Ref so, Ref other) {
  Ref result = set_alloc(set_base_type(so));
  if (!result) return nullptr;
  if (py_is_anyset(other)) {
    SetObj *a = S(so), *b = S(other);
    if (a->used > b->used) { // walk the smaller one
      SetObj *t = a;
      a = b;
      b = t;
    }
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(a, &pos, &e)) {
      Ref k = py_newref(e->key);
      int64_t h = e->hash;
      SetEntry *found;
      int r = set_lookup(b, k, h, &found);
      if (r > 0) r = set_add_entry(S(result), k, h);
      py_decref(k);
      if (r < 0) {
        py_decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Ref it = py_iter(other);
  if (!it) {
    py_decref(result);
    return nullptr;
  }
  Ref k;
  int r = 0;
  while (r == 0 && (k = py_next(it))) {
    int64_t h;
    SetEntry *found;
    r = py_hash_fast(k, &h) < 0 ? -1 : set_lookup(S(so), k, h, &found);
    if (r > 0) r = set_add_entry(S(result), k, h);
    if (r > 0) r = 0;
    py_decref(k);
  }
  py_decref(it);
  if (r < 0 || py_err_occurred()) py_clear(&result);
  return result;
}

static int set_difference_update(SetObj *so, Ref other) {
  if ((Ref)so == other) {
    set_clear_internal(so);
    return 0;
  }
  Ref it = py_iter(other);
  if (!it) return -1;
  Ref k;
  int r = 0;
  while (r >= 0 && (k = py_next(it))) {
    r = set_discard_key(so, k);
    py_decref(k);
  }
  py_decref(it);
  return r >= 0 && !py_err_occurred() ? 0 : -1;
}

// Items of so not in other, as the base type of so.
static Ref set_difference(Ref so, Ref other) {
  if (!py_is_anyset(other) && py_type(other) != &py_dict_type) {
    Ref r = set_copy_as_base(so);
    if (r && set_difference_update(S(r), other) < 0) py_clear(&r);
    return r;
  }
  Ref result = set_alloc(set_base_type(so));
  if (!result) return nullptr;
  size_t pos = 0;
  SetEntry *e;
  while (set_next_entry(S(so), &pos, &e)) {
    Ref k = py_newref(e->key);
    int64_t h = e->hash;
    int r = py_contains(other, k);
    if (r == 0) r = set_add_entry(S(result), k, h);
    py_decref(k);
    if (r < 0) {
      py_decref(result);
      return nullptr;
    }
  }
  return result;
}

static int set_symmetric_update(SetObj *so, Ref other) {
  if ((Ref)so == other) {
    set_clear_internal(so);
    return 0;
  }
  Ref otherset = py_is_anyset(other) ? py_newref(other) : py_set_new(other);
  if (!otherset) return -1;
  size_t pos = 0;
  SetEntry *e;
  int r = 0;
  while (r >= 0 && set_next_entry(S(otherset), &pos, &e)) {
    Ref k = py_newref(e->key);
    int64_t h = e->hash;
    SetEntry *found;
    r = set_lookup(so, k, h, &found);
    if (r == 1)
      py_decref(set_detach(so, found));
    else if (r == 0)
      r = set_add_entry(so, k, h);
    py_decref(k);
  }
  py_decref(otherset);
  return r < 0 ? -1 : 0;
}

// Replace the contents of so with those of tmp (a fresh set, consumed).
static void set_swap_in(SetObj *so, Ref tmp) {
  SetObj saved = *so, *t = S(tmp);
  so->table = t->table;
  so->mask = t->mask;
  so->fill = t->fill;
  so->used = t->used;
  so->finger = 0;
  t->table = saved.table;
  t->mask = saved.mask;
  t->fill = saved.fill;
  t->used = saved.used;
  py_decref(tmp);
}

int py_set_update_op(Ref s, Ref iterable, int op) {
  SetObj *so = S(s);
  switch (op) {
  case BINOP_OR: return set_update_iterable(so, iterable);
  case BINOP_SUB: return set_difference_update(so, iterable);
  case BINOP_XOR: return set_symmetric_update(so, iterable);
  case BINOP_AND: {
    Ref tmp = set_intersection(s, iterable);
    if (!tmp) return -1;
    set_swap_in(so, tmp);
    return 0;
  }
  }
  py_err_set_str(&py_SystemError_type, "bad set operation");
  return -1;
}

// 1 if every item of a is in b (both sets), 0 if not, -1 error.
static int set_issubset_sets(Ref a, Ref b) {
  if (S(a)->used > S(b)->used) return 0;
  size_t pos = 0;
  SetEntry *e;
  while (set_next_entry(S(a), &pos, &e)) {
    Ref k = py_newref(e->key);
    SetEntry *found;
    int r = set_lookup(S(b), k, e->hash, &found);
    py_decref(k);
    if (r <= 0) return r;
  }
  return 1;
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

Ref py_set_new(Ref iterable) { return set_make(&py_set_type, iterable); }
Ref py_frozenset_new(Ref iterable) { return set_make(&py_frozenset_type, iterable); }

int py_set_add(Ref s, Ref key) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return -1;
  return set_add_entry(S(s), key, h);
}

int py_set_contains(Ref s, Ref key) { return set_contains_key(S(s), key); }
int py_set_discard(Ref s, Ref key) { return set_discard_key(S(s), key); }
int64_t py_set_len(Ref s) { return (int64_t)S(s)->used; }

bool py_set_next(Ref s, size_t *pos, Ref *key) {
  SetEntry *e;
  if (!set_next_entry(S(s), pos, &e)) return false;
  *key = e->key;
  return true;
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void set_dealloc(Ref self) {
  py_gc_untrack(self);
  if (py_trash_defer(self, set_dealloc)) return;
  py_weakref_dying(self);
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  set_clear_internal(S(self));
  py_obj_free(self, type->basicsize);
  py_trash_done();
}

static int set_traverse(Ref self, VisitProc visit, void *arg) {
  size_t pos = 0;
  SetEntry *e;
  while (set_next_entry(S(self), &pos, &e)) {
    int r = visit(e->key, arg);
    if (r) return r;
  }
  return 0;
}

static void set_gc_clear(Ref self) { set_clear_internal(S(self)); }

static Ref set_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return set_alloc(type);
}

// set.__init__ refuses keywords; frozenset.__new__ unless a subclass's own
// __init__ takes them.
static int set_check_ctor_args(const char *kind, Type *type, size_t nargs, Ref kwnames,
                               bool kw_ok) {
  if (kwnames && py_tuple_len(kwnames) && !kw_ok) {
    py_err_format(&py_TypeError_type, "%s() takes no keyword arguments", kind);
    return -1;
  }
  if (nargs > 1) {
    py_err_format(&py_TypeError_type, "%s expected at most 1 argument, got %zu",
                  py_type_name(type), nargs);
    return -1;
  }
  return 0;
}

static int set_tp_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (set_check_ctor_args("set", py_type(self), nargs, kwnames, false) < 0) return -1;
  if (S(self)->used) set_clear_internal(S(self));
  return nargs ? set_update_iterable(S(self), args[0]) : 0;
}

static Ref frozenset_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (set_check_ctor_args("frozenset", type, nargs, kwnames,
                          type->tp_init != py_frozenset_type.tp_init) < 0)
    return nullptr;
  if (nargs && type == &py_frozenset_type && py_type(args[0]) == &py_frozenset_type)
    return py_newref(args[0]);
  return set_make(type, nargs ? args[0] : nullptr);
}

static Ref set_repr(Ref self) {
  Type *t = py_type(self);
  bool plain = t == &py_set_type;
  const char *name = py_type_name(t);
  if (S(self)->used == 0) return py_str_format("%s()", name);
  int r = py_repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : py_str_format("%s(...)", name);
  Ref keys = py_sequence_list(self); // snapshot: a key's __repr__ may change the set
  StrBuf b;
  py_strbuf_init(&b);
  bool ok = keys != nullptr;
  if (!plain) py_strbuf_printf(&b, "%s(", name);
  py_strbuf_addc(&b, '{');
  for (size_t i = 0; ok && i < py_list_len(keys); i++) {
    if (i) py_strbuf_add(&b, ", ", 2);
    ok = py_strbuf_add_repr(&b, py_list_items(keys)[i]) == 0;
  }
  py_strbuf_addc(&b, '}');
  if (!plain) py_strbuf_addc(&b, ')');
  py_xdecref(keys);
  py_repr_leave(self);
  if (!ok) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

// Order-independent: xor of scrambled item hashes, then mixed (CPython's formula).
static int frozenset_hash(Ref self, int64_t *out) {
  SetObj *so = S(self);
  if (so->hash != -1) {
    *out = so->hash;
    return 0;
  }
  uint64_t h = 0;
  size_t pos = 0;
  SetEntry *e;
  while (set_next_entry(so, &pos, &e)) {
    uint64_t x = (uint64_t)e->hash;
    h ^= ((x ^ 89869747ULL) ^ (x << 16)) * 3644798167ULL;
  }
  h ^= ((uint64_t)so->used + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == (uint64_t)-1) h = 590923713ULL;
  so->hash = (int64_t)h;
  *out = so->hash;
  return 0;
}

static int64_t set_length(Ref self) { return (int64_t)S(self)->used; }
static int set_contains_slot(Ref self, Ref key) { return set_contains_key(S(self), key); }
static Ref set_iter(Ref self) { return py_setiter_new(self); }

static Ref set_richcompare(Ref a, Ref b, int op) {
  if (!py_is_anyset(a) || !py_is_anyset(b)) return py_newref(py_NotImplemented);
  int r;
  switch (op) {
  case CMP_EQ:
  case CMP_NE:
    if (S(a)->used != S(b)->used)
      r = 0;
    else if (S(a)->hash != -1 && S(b)->hash != -1 && S(a)->hash != S(b)->hash)
      r = 0;
    else
      r = set_issubset_sets(a, b);
    if (r >= 0 && op == CMP_NE) r = !r;
    break;
  case CMP_LT: r = S(a)->used < S(b)->used ? set_issubset_sets(a, b) : 0; break;
  case CMP_LE: r = set_issubset_sets(a, b); break;
  case CMP_GT: r = S(a)->used > S(b)->used ? set_issubset_sets(b, a) : 0; break;
  default: r = set_issubset_sets(b, a); break;
  }
  if (r < 0) return nullptr;
  return py_newref(py_bool(r != 0));
}

static Ref set_binop(Ref a, Ref b, int op) {
  bool inplace = (op & BINOP_INPLACE) != 0;
  op &= ~BINOP_INPLACE;
  if (!py_is_anyset(a) || !py_is_anyset(b) ||
      (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR))
    return py_newref(py_NotImplemented);
  if (inplace && set_is_mutable(a)) return py_set_update_op(a, b, op) < 0 ? nullptr : py_newref(a);
  if (op == BINOP_AND) return set_intersection(a, b);
  if (op == BINOP_SUB) return set_difference(a, b);
  Ref r = set_copy_as_base(a);
  if (r && py_set_update_op(r, b, op) < 0) py_clear(&r);
  return r;
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static Ref set_add_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_set_add(self, args[0]) < 0 ? nullptr : py_none_new();
}

static Ref set_discard_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return set_discard_key(S(self), args[0]) < 0 ? nullptr : py_none_new();
}

static Ref set_remove_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int r = set_discard_key(S(self), args[0]);
  if (r < 0) return nullptr;
  if (r == 0) {
    Ref exc = py_exc_new(&py_KeyError_type, args, 1);
    if (exc) {
      py_err_set_exc(exc);
      py_decref(exc);
    }
    return nullptr;
  }
  return py_none_new();
}

static Ref set_pop_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  SetObj *so = S(self);
  if (so->used == 0) return py_err_set_str(&py_KeyError_type, "pop from an empty set");
  size_t i = so->finger & so->mask;
  while (!so->table[i].key || so->table[i].key == py_set_dummy) i = (i + 1) & so->mask;
  so->finger = i + 1;
  return set_detach(so, &so->table[i]);
}

static Ref set_clear_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  set_clear_internal(S(self));
  return py_none_new();
}

static Ref set_copy_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_type(self) == &py_frozenset_type) return py_newref(self);
  return set_copy_as_base(self);
}

static Ref set_union_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref r = set_copy_as_base(self);
  for (size_t i = 0; r && i < nargs; i++)
    if (set_update_iterable(S(r), args[i]) < 0) py_clear(&r);
  return r;
}

static Ref set_intersection_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs == 0) return set_copy_as_base(self);
  Ref r = set_intersection(self, args[0]);
  for (size_t i = 1; r && i < nargs; i++) py_setref(&r, set_intersection(r, args[i]));
  return r;
}

static Ref set_difference_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs == 0) return set_copy_as_base(self);
  Ref r = set_difference(self, args[0]);
  for (size_t i = 1; r && i < nargs; i++)
    if (set_difference_update(S(r), args[i]) < 0) py_clear(&r);
  return r;
}

static Ref set_symdiff_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref r = set_copy_as_base(self);
  if (r && set_symmetric_update(S(r), args[0]) < 0) py_clear(&r);
  return r;
}

// update / intersection_update / difference_update with any number of iterables.
static Ref set_update_many(Ref self, Ref const *args, size_t nargs, int op) {
  for (size_t i = 0; i < nargs; i++)
    if (py_set_update_op(self, args[i], op) < 0) return nullptr;
  return py_none_new();
}

static Ref set_update_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return set_update_many(self, args, nargs, BINOP_OR);
}

static Ref set_intersection_update_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return set_update_many(self, args, nargs, BINOP_AND);
}

static Ref set_difference_update_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return set_update_many(self, args, nargs, BINOP_SUB);
}

static Ref set_symdiff_update_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return set_update_many(self, args, 1, BINOP_XOR);
}

// `other` as a set (new ref): itself when already one.
static Ref set_as_set(Ref other) {
  return py_is_anyset(other) ? py_newref(other) : py_set_new(other);
}

static Ref set_issubset_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref other = set_as_set(args[0]);
  if (!other) return nullptr;
  int r = set_issubset_sets(self, other);
  py_decref(other);
  return r < 0 ? nullptr : py_newref(py_bool(r));
}

static Ref set_issuperset_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref other = set_as_set(args[0]);
  if (!other) return nullptr;
  int r = set_issubset_sets(other, self);
  py_decref(other);
  return r < 0 ? nullptr : py_newref(py_bool(r));
}

static Ref set_isdisjoint_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref other = args[0];
  Ref small = self, big = other;
  if (py_is_anyset(other) && S(other)->used < S(self)->used) {
    small = other;
    big = self;
  } else if (!py_is_anyset(other)) {
    small = other;
    big = self;
  }
  Ref it = py_iter(small);
  if (!it) return nullptr;
  Ref k;
  int r = 0;
  while (r == 0 && (k = py_next(it))) {
    r = set_contains_key(S(big), k);
    py_decref(k);
  }
  py_decref(it);
  if (r < 0 || py_err_occurred()) return nullptr;
  return py_newref(py_bool(r == 0));
}

// (type, (list of the items,), __dict__ or None)
static Ref set_reduce(Ref self, Ref const *, size_t, Ref) {
  Ref items = py_sequence_list(self);
  Ref args = items ? py_tuple_pack(1, items) : nullptr;
  Ref state = args ? py_reduce_dict_state(self) : nullptr;
  Ref r = state ? py_tuple_pack(3, (Ref)py_type(self), args, state) : nullptr;
  py_xdecref(state);
  py_xdecref(args);
  py_xdecref(items);
  return r;
}

static const MethodDef set_methods[] = {
    {"add", set_add_m, METH_QUALIFIED | METH_ARGS(1, 1), PY_DOC("Add an element to a set.")},
    {"clear", set_clear_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Remove all elements from this set.")},
    {"copy", set_copy_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a shallow copy of a set.")},
    {"discard", set_discard_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Remove an element from a set if it is a member.")},
    {"remove", set_remove_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Remove an element from a set; it must be a member.")},
    {"pop", set_pop_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Remove and return an arbitrary set element.")},
    {"union", set_union_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the union of sets as a new set.")},
    {"intersection", set_intersection_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the intersection of sets as a new set.")},
    {"difference", set_difference_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the difference of sets as a new set.")},
    {"symmetric_difference", set_symdiff_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return the symmetric difference of two sets.")},
    {"update", set_update_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Update a set with the union of itself and others.")},
    {"intersection_update", set_intersection_update_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Update a set with the intersection of itself and another.")},
    {"difference_update", set_difference_update_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Remove all elements of another set from this set.")},
    {"symmetric_difference_update", set_symdiff_update_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Update a set with the symmetric difference of itself and another.")},
    {"issubset", set_issubset_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Report whether another set contains this set.")},
    {"issuperset", set_issuperset_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Report whether this set contains another set.")},
    {"isdisjoint", set_isdisjoint_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return True if two sets have a null intersection.")},
    {"__reduce__", set_reduce, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return state information for pickling.")},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS, nullptr},
    {nullptr},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_copy_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a shallow copy of a set.")},
    {"union", set_union_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the union of sets as a new set.")},
    {"intersection", set_intersection_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the intersection of sets as a new set.")},
    {"difference", set_difference_m, METH_QUALIFIED | METH_ARGS(0, METH_MANY),
     PY_DOC("Return the difference of sets as a new set.")},
    {"symmetric_difference", set_symdiff_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return the symmetric difference of two sets.")},
    {"issubset", set_issubset_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Report whether another set contains this set.")},
    {"issuperset", set_issuperset_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Report whether this set contains another set.")},
    {"isdisjoint", set_isdisjoint_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return True if two sets have a null intersection.")},
    {"__reduce__", set_reduce, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return state information for pickling.")},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_set_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "set",
    .flags = TPF_GC | TPF_BASETYPE | TPF_INPLACE_SET | TPF_WEAKREFABLE,
    .basicsize = sizeof(SetObj),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .repr = set_repr,
    .hash = py_container_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .binop = set_binop,
    .length = set_length,
    .contains = set_contains_slot,
    .methods = set_methods,
    .doc = PY_DOC("set() -> new empty set object\nset(iterable) -> new set object"),
);

PY_TYPE_DEF(py_frozenset_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "frozenset",
    .flags = TPF_GC | TPF_BASETYPE | TPF_WEAKREFABLE,
    .basicsize = sizeof(SetObj),
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .tp_new = frozenset_tp_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .binop = set_binop,
    .length = set_length,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
    .doc = PY_DOC("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"),
);
