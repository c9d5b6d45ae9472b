// dict: insertion-ordered hash table (see DictObj in containers.h) and its
// keys() / values() / items() views.
//
// Lookups probe the index table (open addressing, perturbed probing), then
// compare keys by identity, cached hash, and only then by __eq__. Because __eq__
// can run arbitrary code (even mutate the dict), a lookup that called it
// re-checks that the table is unchanged and restarts otherwise.
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

enum : int64_t { IX_EMPTY = -1, IX_DUMMY = -2, IX_ERROR = -3 };
static const size_t DICT_MINSIZE = 8;
static const int PERTURB_SHIFT = 5;

static inline DictObj *D(Ref r) { return (DictObj *)r; }

// ---------------------------------------------------------------------------
// Table storage
// ---------------------------------------------------------------------------

static inline int64_t ix_get(const DictObj *d, size_t i) {
  switch (d->ixwidth) {
  case 1: return ((const int8_t *)d->table)[i];
  case 2: return ((const int16_t *)d->table)[i];
  case 4: return ((const int32_t *)d->table)[i];
  default: return ((const int64_t *)d->table)[i];
  }
}

static inline void ix_set(DictObj *d, size_t i, int64_t v) {
  switch (d->ixwidth) {
  case 1: ((int8_t *)d->table)[i] = (int8_t)v; break;
  case 2: ((int16_t *)d->table)[i] = (int16_t)v; break;
  case 4: ((int32_t *)d->table)[i] = (int32_t)v; break;
  default: ((int64_t *)d->table)[i] = v; break;
  }
}

// Entries a table of `size` index slots can hold (keeps the load below 2/3).
static inline size_t dict_usable(size_t size) { return (size << 1) / 3; }

static inline size_t dict_block_bytes(const DictObj *d) {
  return d->size * d->ixwidth + d->entcap * sizeof(DictEntry);
}

uint64_t py_dict_keys_epoch;

static void dict_free_block(DictObj *d) {
  py_dict_keys_changed(d);
  if (d->table) py_free(d->table, dict_block_bytes(d));
  d->table = nullptr;
  d->entries = nullptr;
  d->size = d->entcap = d->nentries = d->used = 0;
}

// Index slot where an absent key with this hash goes.
static size_t dict_find_empty(const DictObj *d, int64_t hash) {
  size_t mask = d->size - 1, i = (size_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  while (ix_get(d, i) >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + (size_t)perturb + 1) & mask;
  }
  return i;
}

// Rebuild with room for at least `minused` entries, dropping deleted ones.
static int dict_resize(DictObj *d, size_t minused) {
  size_t size = DICT_MINSIZE;
  while (dict_usable(size) < minused) {
    if (size > SIZE_MAX / 64) {
      py_err_nomem();
      return -1;
    }
    size <<= 1;
  }
  uint8_t w = size <= 128 ? 1 : size <= 32768 ? 2 : size <= ((size_t)1 << 31) ? 4 : 8;
  size_t entcap = dict_usable(size);
  if (entcap > (SIZE_MAX - size * w) / sizeof(DictEntry)) {
    py_err_nomem();
    return -1;
  }
  void *block = py_malloc(size * w + entcap * sizeof(DictEntry));
  if (!block) return -1;
  py_dict_keys_changed(d);
  DictObj old = *d;
  d->table = block;
  d->size = size;
  d->ixwidth = w;
  d->entcap = entcap;
  d->entries = (DictEntry *)((char *)block + size * w);
  memset(block, 0xff, size * w); // all IX_EMPTY
  size_t n = 0;
  for (size_t i = 0; i < old.nentries; i++) {
    if (!old.entries[i].key) continue;
    d->entries[n] = old.entries[i];
    ix_set(d, dict_find_empty(d, old.entries[i].hash), (int64_t)n);
    n++;
  }
  d->nentries = n;
  if (old.table) py_free(old.table, dict_block_bytes(&old));
  return 0;
}

// Append an entry for a key known to be absent; capacity must be available.
static void dict_append_new(DictObj *d, Ref key, int64_t hash, Ref value) {
  py_dict_keys_changed(d);
  ix_set(d, dict_find_empty(d, hash), (int64_t)d->nentries);
  DictEntry *e = &d->entries[d->nentries++];
  e->key = py_newref(key);
  e->value = py_newref(value);
  e->hash = hash;
  d->used++;
}

// ---------------------------------------------------------------------------
// Hashing and lookup
// ---------------------------------------------------------------------------

static inline bool is_exact_str(Ref r) { return !py_is_small(r) && r->type == &py_str_type; }

// Entry index of `key` (and its index slot in *slot), IX_EMPTY when absent,
// IX_ERROR when a comparison raised.
static int64_t dict_lookup_probe(DictObj *d, Ref key, int64_t hash, size_t *slot) {
restart:
  if (!d->table) return IX_EMPTY;
  void *table = d->table;
  size_t mask = d->size - 1, i = (size_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  for (;;) {
    int64_t ix = ix_get(d, i);
    if (ix == IX_EMPTY) return IX_EMPTY;
    if (ix >= 0) {
      DictEntry *e = &d->entries[ix];
      Ref ek = e->key;
      if (ek == key) {
        *slot = i;
        return ix;
      }
      if (e->hash == hash) {
        if (is_exact_str(ek) && is_exact_str(key)) {
          if (py_str_equal(ek, key)) {
            *slot = i;
            return ix;
          }
        } else {
          py_incref(ek);
          int r = py_richcompare_bool(ek, key, CMP_EQ);
          bool changed = d->table != table || (size_t)ix >= d->nentries || d->entries[ix].key != ek;
          py_decref(ek);
          if (r < 0) return IX_ERROR;
          if (changed) goto restart;
          if (r) {
            *slot = i;
            return ix;
          }
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + (size_t)perturb + 1) & mask;
  }
}

// Most lookups find the very key object (an interned name, a small int) at
// its first slot, or an empty one: decide those inline, probe otherwise.
static inline int64_t dict_lookup(DictObj *d, Ref key, int64_t hash, size_t *slot) {
  if (!d->table) return IX_EMPTY;
  size_t i = (size_t)hash & (d->size - 1);
  int64_t ix = ix_get(d, i);
  if (ix == IX_EMPTY) return IX_EMPTY;
  if (ix >= 0 && d->entries[ix].key == key) {
    *slot = i;
    return ix;
  }
  return dict_lookup_probe(d, key, hash, slot);
}

// d[key] = value (borrowed); when !override an existing value is kept.
static int dict_insert(DictObj *d, Ref key, int64_t hash, Ref value, bool override = true) {
  size_t slot;
  int64_t ix = dict_lookup(d, key, hash, &slot);
  if (ix == IX_ERROR) return -1;
  if (ix >= 0) {
    if (override) py_setref(&d->entries[ix].value, py_newref(value));
    return 0;
  }
  if (d->nentries == d->entcap && dict_resize(d, d->used * 2 + 1) < 0) return -1;
  dict_append_new(d, key, hash, value);
  return 0;
}

// Unlink the entry (ix at index slot `slot`); the caller releases *k and *v.
static void dict_detach(DictObj *d, size_t slot, int64_t ix, Ref *k, Ref *v) {
  py_dict_keys_changed(d);
  ix_set(d, slot, IX_DUMMY);
  DictEntry *e = &d->entries[ix];
  *k = e->key;
  *v = e->value;
  e->key = e->value = nullptr;
  d->used--;
}

static void dict_key_error(Ref key) {
  Ref exc = py_exc_new(&py_KeyError_type, &key, 1);
  if (!exc) return;
  py_err_set_exc(exc);
  py_decref(exc);
}

// Cached interned names used here.
static Ref dict_name(Ref *cache, const char *s) {
  if (!*cache) *cache = py_str_intern(s);
  return *cache;
}
static Ref name_missing, name_keys;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

Ref py_dict_new() { return py_obj_alloc(&py_dict_type, sizeof(DictObj)); }

Ref py_dict_get(Ref d, Ref key) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return nullptr;
  size_t slot;
  int64_t ix = dict_lookup(D(d), key, h, &slot);
  return ix >= 0 ? D(d)->entries[ix].value : nullptr;
}

Ref py_dict_get_interned(Ref d, Ref key) {
  int64_t h = ((StrObj *)key)->hash;
  if (h == -1) h = py_str_hash(key);
  size_t slot;
  int64_t ix = dict_lookup(D(d), key, h, &slot);
  return ix >= 0 ? D(d)->entries[ix].value : nullptr;
}

int64_t py_dict_entry_index(Ref d, Ref key) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) {
    py_err_clear();
    return -1;
  }
  size_t slot;
  int64_t ix = dict_lookup(D(d), key, h, &slot);
  if (ix == IX_ERROR) py_err_clear();
  return ix >= 0 ? ix : -1;
}

Ref py_dict_get_str(Ref d, const char *key) {
  // Keys here are the runtime's own names: interning them costs no allocation
  // after the first time.
  Ref k = py_str_intern(key);
  if (!k) return nullptr;
  Ref v = py_dict_get(d, k);
  py_decref(k);
  return v;
}

int py_dict_set(Ref d, Ref key, Ref value) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return -1;
  return dict_insert(D(d), key, h, value);
}

int py_dict_set_str(Ref d, const char *key, Ref value) {
  Ref k = py_str_intern(key);
  if (!k) return -1;
  int r = py_dict_set(d, k, value);
  py_decref(k);
  return r;
}

int py_dict_pop_opt(Ref d, Ref key, Ref *out) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return -1;
  size_t slot;
  int64_t ix = dict_lookup(D(d), key, h, &slot);
  if (ix == IX_ERROR) return -1;
  if (ix < 0) return 0;
  Ref k;
  dict_detach(D(d), slot, ix, &k, out);
  py_decref(k);
  return 1;
}

int py_dict_del(Ref d, Ref key) {
  Ref v;
  int r = py_dict_pop_opt(d, key, &v);
  if (r < 0) return -1;
  if (r == 0) {
    dict_key_error(key);
    return -1;
  }
  py_decref(v);
  return 0;
}

int64_t py_dict_len(Ref d) { return (int64_t)D(d)->used; }

bool py_dict_next(Ref d, size_t *pos, Ref *key, Ref *value) {
  DictObj *o = D(d);
  for (size_t i = *pos; i < o->nentries; i++) {
    DictEntry *e = &o->entries[i];
    if (!e->key) continue;
    *pos = i + 1;
    if (key) *key = e->key;
    if (value) *value = e->value;
    return true;
  }
  *pos = o->nentries;
  return false;
}

void py_dict_clear(Ref d) {
  DictObj old = *D(d);
  D(d)->table = nullptr; // detach first: decrefs below may run code using d
  dict_free_block(D(d));
  for (size_t i = 0; i < old.nentries; i++) {
    py_xdecref(old.entries[i].key);
    py_xdecref(old.entries[i].value);
  }
  if (old.table) py_free(old.table, dict_block_bytes(&old));
}

Ref py_dict_copy(Ref d) {
  Ref r = py_dict_new();
  if (!r) return nullptr;
  DictObj *s = D(d), *t = D(r);
  if (s->used == 0) return r;
  if (dict_resize(t, s->used) < 0) {
    py_decref(r);
    return nullptr;
  }
  for (size_t i = 0; i < s->nentries; i++) {
    DictEntry *e = &s->entries[i];
    if (e->key) dict_append_new(t, e->key, e->hash, e->value);
  }
  return r;
}

Ref py_dict_keys_list(Ref d) {
  DictObj *o = D(d);
  Ref l = py_list_new(o->used);
  if (!l) return nullptr;
  size_t n = 0;
  for (size_t i = 0; i < o->nentries; i++)
    if (o->entries[i].key) py_list_items(l)[n++] = py_newref(o->entries[i].key);
  return l;
}

static Ref dict_iter(Ref self) { return py_dictiter_new(self, DICT_ITER_KEYS, false); }

// Merge from another plain dict: no Python code runs except keys' __eq__.
static int dict_merge_dict(DictObj *a, DictObj *b, bool override) {
  if (a == b || b->used == 0) return 0;
  if (a->nentries + b->used > a->entcap && dict_resize(a, a->used + b->used) < 0) return -1;
  size_t expect = b->used;
  for (size_t i = 0; i < b->nentries; i++) {
    DictEntry *e = &b->entries[i];
    if (!e->key) continue;
    Ref k = py_newref(e->key), v = py_newref(e->value);
    int r = dict_insert(a, k, e->hash, v, override);
    py_decref(k);
    py_decref(v);
    if (r < 0) return -1;
    if (b->used != expect) {
      py_err_set_str(&py_RuntimeError_type, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

// d[k] = other[k] for a generic mapping `other`.
static int dict_merge_key(Ref d, Ref other, Ref k, bool override) {
  int64_t h;
  if (py_hash_fast(k, &h) < 0) return -1;
  if (!override) {
    size_t slot;
    int64_t ix = dict_lookup(D(d), k, h, &slot);
    if (ix != IX_EMPTY) return ix == IX_ERROR ? -1 : 0;
  }
  Ref v = py_getitem(other, k);
  if (!v) return -1;
  int r = dict_insert(D(d), k, h, v);
  py_decref(v);
  return r;
}

int py_dict_merge(Ref d, Ref other, bool override_existing) {
  if (py_is_dict(other) && py_type(other)->iter == dict_iter)
    return dict_merge_dict(D(d), D(other), override_existing);
  Ref keys = py_call_method(other, "keys", nullptr, 0);
  if (!keys) return -1;
  Ref it = py_iter(keys);
  py_decref(keys);
  if (!it) return -1;
  Ref k;
  int rc = 0;
  while (rc == 0 && (k = py_next(it))) {
    rc = dict_merge_key(d, other, k, override_existing);
    py_decref(k);
  }
  py_decref(it);
  return rc == 0 && !py_err_occurred() ? 0 : -1;
}

// Update from an iterable of key/value pairs.
static int dict_merge_pairs(Ref d, Ref seq) {
  Ref it = py_iter(seq);
  if (!it) return -1;
  Ref item;
  int rc = 0;
  for (size_t i = 0; rc == 0 && (item = py_next(it)); i++) {
    Ref pair = py_sequence_list(item);
    if (!pair) {
      if (py_err_matches(&py_TypeError_type)) {
        py_err_clear();
        py_err_format(&py_TypeError_type,
                      "cannot convert dictionary update sequence element #%zu to a sequence", i);
      }
      rc = -1;
    } else if (py_list_len(pair) != 2) {
      py_err_format(&py_ValueError_type,
                    "dictionary update sequence element #%zu has length %zu; 2 is required", i,
                    py_list_len(pair));
      rc = -1;
    } else {
      rc = py_dict_set(d, py_list_items(pair)[0], py_list_items(pair)[1]);
    }
    py_xdecref(pair);
    py_decref(item);
  }
  py_decref(it);
  return rc == 0 && !py_err_occurred() ? 0 : -1;
}

int py_dict_update(Ref d, Ref other) {
  if (py_is_dict(other)) return py_dict_merge(d, other, true);
  Ref name = dict_name(&name_keys, "keys");
  if (!name) return -1;
  Ref keys = py_getattr_opt(other, name);
  if (keys) {
    py_decref(keys);
    return py_dict_merge(d, other, true);
  }
  if (py_err_occurred()) return -1;
  return dict_merge_pairs(d, other);
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void dict_dealloc(Ref self) {
  py_gc_untrack(self);
  if (py_trash_defer(self, dict_dealloc)) return;
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  py_dict_clear(self);
  py_obj_free(self, type->basicsize);
  py_trash_done();
}

static int dict_traverse(Ref self, VisitProc visit, void *arg) {
  DictObj *d = D(self);
  for (size_t i = 0; i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    int r = visit(e->key, arg);
    if (!r) r = visit(e->value, arg);
    if (r) return r;
  }
  return 0;
}

static Ref dict_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return py_obj_alloc(type, type->basicsize);
}

// Keyword arguments (values after the positional ones) into d.
static int dict_add_kwargs(Ref d, Ref const *args, size_t nargs, Ref kwnames) {
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (py_dict_set(d, py_tuple_items(kwnames)[i], args[nargs + i]) < 0) return -1;
  return 0;
}

static int dict_tp_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs > 1) {
    py_err_format(&py_TypeError_type, "dict expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  if (nargs && py_dict_update(self, args[0]) < 0) return -1;
  return dict_add_kwargs(self, args, nargs, kwnames);
}

static Ref dict_repr(Ref self) {
  DictObj *d = D(self);
  if (d->used == 0) return py_str_from_cstr("{}");
  int r = py_repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : py_str_from_cstr("{...}");
  if (py_enter_call() < 0) {
    py_repr_leave(self);
    return nullptr;
  }
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_addc(&b, '{');
  bool ok = true, first = true;
  for (size_t i = 0; i < d->nentries && ok; i++) { // d may change while items repr
    if (!d->entries[i].key) continue;
    Ref k = py_newref(d->entries[i].key), v = py_newref(d->entries[i].value);
    if (!first) py_strbuf_add(&b, ", ", 2);
    first = false;
    ok = py_strbuf_add_repr(&b, k) == 0;
    if (ok) py_strbuf_add(&b, ": ", 2);
    ok = ok && py_strbuf_add_repr(&b, v) == 0;
    py_decref(k);
    py_decref(v);
  }
  py_strbuf_addc(&b, '}');
  py_leave_call();
  py_repr_leave(self);
  if (!ok) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

// 1 equal, 0 not, -1 error.
static int dict_equal(DictObj *a, DictObj *b) {
  if (a->used != b->used) return 0;
  for (size_t i = 0; i < a->nentries; i++) {
    if (!a->entries[i].key) continue;
    Ref k = py_newref(a->entries[i].key), av = py_newref(a->entries[i].value);
    size_t slot;
    int64_t ix = dict_lookup(b, k, a->entries[i].hash, &slot);
    int r = ix == IX_ERROR ? -1 : 0;
    if (ix >= 0) {
      Ref bv = py_newref(b->entries[ix].value);
      r = py_eq(av, bv);
      py_decref(bv);
    }
    py_decref(k);
    py_decref(av);
    if (r <= 0) return r;
  }
  return 1;
}

static Ref dict_richcompare(Ref a, Ref b, int op) {
  if (!py_is_dict(a) || !py_is_dict(b) || (op != CMP_EQ && op != CMP_NE))
    return py_newref(py_NotImplemented);
  if (py_enter_call() < 0) return nullptr; // a dict that holds itself recurses
  int r = dict_equal(D(a), D(b));
  py_leave_call();
  if (r < 0) return nullptr;
  return py_newref(py_bool((r == 1) == (op == CMP_EQ)));
}

static Ref dict_binop(Ref a, Ref b, int op) {
  bool inplace = (op & BINOP_INPLACE) != 0;
  if ((op & ~BINOP_INPLACE) != BINOP_OR) return py_newref(py_NotImplemented);
  if (inplace && py_is_dict(a)) return py_dict_update(a, b) < 0 ? nullptr : py_newref(a);
  if (!py_is_dict(a) || !py_is_dict(b)) return py_newref(py_NotImplemented);
  Ref r = py_dict_copy(a);
  if (r && py_dict_merge(r, b, true) < 0) py_clear(&r);
  return r;
}

static int64_t dict_length(Ref self) { return (int64_t)D(self)->used; }

static Ref dict_getitem(Ref self, Ref key) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return nullptr;
  size_t slot;
  int64_t ix = dict_lookup(D(self), key, h, &slot);
  if (ix >= 0) return py_newref(D(self)->entries[ix].value);
  if (ix == IX_ERROR) return nullptr;
  Type *t = py_type(self);
  if (t != &py_dict_type) { // subclasses may define __missing__
    Ref name = dict_name(&name_missing, "__missing__");
    if (!name) return nullptr;
    if (py_type_lookup(t, name)) return py_call_method_ref(self, name, &key, 1);
  }
  dict_key_error(key);
  return nullptr;
}

static int dict_setitem(Ref self, Ref key, Ref value) {
  return value ? py_dict_set(self, key, value) : py_dict_del(self, key);
}

static int dict_contains(Ref self, Ref key) {
  int64_t h;
  if (py_hash_fast(key, &h) < 0) return -1;
  size_t slot;
  int64_t ix = dict_lookup(D(self), key, h, &slot);
  return ix == IX_ERROR ? -1 : ix >= 0;
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static Ref dict_view_new(Type *type, Ref d);

static Ref dict_keys_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return dict_view_new(&py_dict_keys_type, self);
}

static Ref dict_values_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return dict_view_new(&py_dict_values_type, self);
}

static Ref dict_items_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return dict_view_new(&py_dict_items_type, self);
}

static Ref dict_get_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref v = py_dict_get(self, args[0]);
  if (v) return py_newref(v);
  if (py_err_occurred()) return nullptr;
  return py_newref(nargs > 1 ? args[1] : py_None);
}

static Ref dict_setdefault_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref dflt = nargs > 1 ? args[1] : py_None;
  int64_t h;
  if (py_hash_fast(args[0], &h) < 0) return nullptr;
  DictObj *d = D(self);
  size_t slot;
  int64_t ix = dict_lookup(d, args[0], h, &slot);
  if (ix == IX_ERROR) return nullptr;
  if (ix >= 0) return py_newref(d->entries[ix].value);
  if (d->nentries == d->entcap && dict_resize(d, d->used * 2 + 1) < 0) return nullptr;
  dict_append_new(d, args[0], h, dflt);
  return py_newref(dflt);
}

static Ref dict_pop_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref v;
  int r = py_dict_pop_opt(self, args[0], &v);
  if (r < 0) return nullptr;
  if (r) return v;
  if (nargs > 1) return py_newref(args[1]);
  dict_key_error(args[0]);
  return nullptr;
}

static Ref dict_popitem_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  DictObj *d = D(self);
  if (d->used == 0) return py_err_set_str(&py_KeyError_type, "popitem(): dictionary is empty");
  Ref t = py_tuple_new(2);
  if (!t) return nullptr;
  size_t i = d->nentries;
  while (!d->entries[i - 1].key) i--;
  DictEntry *e = &d->entries[i - 1];
  // find the index slot that points at entry i-1
  size_t mask = d->size - 1, slot = (size_t)e->hash & mask;
  uint64_t perturb = (uint64_t)e->hash;
  while (ix_get(d, slot) != (int64_t)(i - 1)) {
    perturb >>= PERTURB_SHIFT;
    slot = (slot * 5 + (size_t)perturb + 1) & mask;
  }
  dict_detach(d, slot, (int64_t)(i - 1), &py_tuple_items(t)[0], &py_tuple_items(t)[1]);
  d->nentries = i - 1; // LIFO pops keep the entries compact
  return t;
}

static Ref dict_update_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs > 1)
    return py_err_format(&py_TypeError_type, "update expected at most 1 argument, got %zu", nargs);
  if (nargs && py_dict_update(self, args[0]) < 0) return nullptr;
  return dict_add_kwargs(self, args, nargs, kwnames) < 0 ? nullptr : py_none_new();
}

static Ref dict_copy_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_dict_copy(self);
}

static Ref dict_clear_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  py_dict_clear(self);
  return py_none_new();
}

static Ref dict_fromkeys_m(Ref cls, Ref const *args, size_t nargs, Ref kwnames) {
  Ref value = nargs > 1 ? args[1] : py_None;
  bool exact = cls == (Ref)&py_dict_type;
  Ref d = exact ? py_dict_new() : py_call0(cls);
  if (!d) return nullptr;
  Ref it = py_iter(args[0]);
  if (!it) {
    py_decref(d);
    return nullptr;
  }
  Ref k;
  int rc = 0;
  while (rc == 0 && (k = py_next(it))) {
    rc = py_type(d) == &py_dict_type ? py_dict_set(d, k, value) : py_setitem(d, k, value);
    py_decref(k);
  }
  py_decref(it);
  if (rc < 0 || py_err_occurred()) py_clear(&d);
  return d;
}

static Ref dict_reversed_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_dictiter_new(self, DICT_ITER_KEYS, true);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("D.keys() -> a set-like object providing a view on D's keys")},
    {"values", dict_values_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("D.values() -> an object providing a view on D's values")},
    {"items", dict_items_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("D.items() -> a set-like object providing a view on D's items")},
    {"get", dict_get_m, METH_ARGS(1, 2),
     PY_DOC("Return the value for key if key is in the dictionary, else default.")},
    {"setdefault", dict_setdefault_m, METH_ARGS(1, 2),
     PY_DOC("Insert key with a value of default if key is absent.")},
    {"pop", dict_pop_m, METH_ARGS(1, 2),
     PY_DOC("D.pop(k[,d]) -> v, remove specified key and return the value.")},
    {"popitem", dict_popitem_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Remove and return a (key, value) pair as a 2-tuple.")},
    {"update", dict_update_m, 0,
     PY_DOC("D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.")},
    {"copy", dict_copy_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("D.copy() -> a shallow copy of D")},
    {"clear", dict_clear_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("D.clear() -> None.  Remove all items from D.")},
    {"fromkeys", dict_fromkeys_m, METH_CLASS | METH_ARGS(1, 2),
     PY_DOC("Create a new dictionary with keys from iterable.")},
    {"__reversed__", dict_reversed_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a reverse iterator over the dict keys.")},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_dict_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "dict",
    .flags = TPF_GC | TPF_BASETYPE | TPF_DICT_SUBCLASS | TPF_INPLACE_OR,
    .basicsize = sizeof(DictObj),
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = py_dict_clear,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .repr = dict_repr,
    .hash = py_container_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .binop = dict_binop,
    .length = dict_length,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .methods = dict_methods,
    .doc = PY_DOC("dict() -> new empty dictionary"),
);

// ---------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------

struct DictViewObj {
  Obj ob;
  Ref dict; // never nullptr
};

static inline Ref VD(Ref v) { return ((DictViewObj *)v)->dict; }

static Ref dict_view_new(Type *type, Ref d) {
  Ref v = py_obj_alloc(type, sizeof(DictViewObj));
  if (!v) return nullptr;
  ((DictViewObj *)v)->dict = py_newref(d);
  return v;
}

static void view_dealloc(Ref self) {
  py_gc_untrack(self);
  py_decref(VD(self));
  py_obj_free(self, sizeof(DictViewObj));
}

static int view_traverse(Ref self, VisitProc visit, void *arg) { return visit(VD(self), arg); }

// Nothing to drop: any cycle through a view also goes through its dict, whose
// clear breaks it.
static void view_clear(Ref self) {}

static int64_t view_length(Ref self) { return (int64_t)D(VD(self))->used; }

static int view_kind(Ref self) {
  Type *t = py_type(self);
  return t == &py_dict_keys_type     ? DICT_ITER_KEYS
         : t == &py_dict_values_type ? DICT_ITER_VALUES
                                     : DICT_ITER_ITEMS;
}

static Ref view_iter(Ref self) { return py_dictiter_new(VD(self), view_kind(self), false); }

static Ref view_reversed_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (py_check_nargs("dict.__reversed__", nargs, kwnames, 0, 0) < 0) return nullptr;
  return py_dictiter_new(VD(self), view_kind(self), true);
}

static Ref view_repr(Ref self) {
  int r = py_repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : py_str_from_cstr("...");
  Ref list = py_sequence_list(self);
  Ref s = list ? py_str_format("%s(%R)", py_tname(self), list) : nullptr;
  py_xdecref(list);
  py_repr_leave(self);
  return s;
}

static int keys_contains(Ref self, Ref key) { return dict_contains(VD(self), key); }

static int items_contains(Ref self, Ref item) {
  if (!py_is_tuple(item) || py_tuple_len(item) != 2) return 0;
  Ref v = py_dict_get(VD(self), py_tuple_items(item)[0]);
  if (!v) return py_err_occurred() ? -1 : 0;
  py_incref(v);
  int r = py_eq(v, py_tuple_items(item)[1]);
  py_decref(v);
  return r;
}

static bool view_is_setlike(Ref r) {
  return py_is_anyset(r) || py_type(r) == &py_dict_keys_type || py_type(r) == &py_dict_items_type;
}

// 1 if every item of a is in b, 0 if not, -1 error.
static int view_all_in(Ref a, Ref b) {
  Ref it = py_iter(a);
  if (!it) return -1;
  Ref x;
  int r = 1;
  while (r == 1 && (x = py_next(it))) {
    r = py_contains(b, x);
    py_decref(x);
  }
  py_decref(it);
  return py_err_occurred() ? -1 : r;
}

static Ref view_richcompare(Ref a, Ref b, int op) {
  if (!view_is_setlike(a) || !view_is_setlike(b)) return py_newref(py_NotImplemented);
  int64_t la = py_len(a), lb = py_len(b);
  if (la < 0 || lb < 0) return nullptr;
  int r;
  switch (op) {
  case CMP_EQ:
  case CMP_NE: r = la == lb ? view_all_in(a, b) : 0; break;
  case CMP_LT: r = la < lb ? view_all_in(a, b) : 0; break;
  case CMP_LE: r = la <= lb ? view_all_in(a, b) : 0; break;
  case CMP_GT: r = la > lb ? view_all_in(b, a) : 0; break;
  default: r = la >= lb ? view_all_in(b, a) : 0; break;
  }
  if (r < 0) return nullptr;
  if (op == CMP_NE) r = !r;
  return py_newref(py_bool(r != 0));
}

// view & x, view | x, view - x, view ^ x (either side): a set built from the
// left operand, updated with the right one.
static Ref view_binop(Ref a, Ref b, int op) {
  op &= ~BINOP_INPLACE;
  if (op != BINOP_AND && op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR)
    return py_newref(py_NotImplemented);
  Ref s = py_set_new(a);
  if (s && py_set_update_op(s, b, op) < 0) py_clear(&s);
  return s;
}

static Ref view_isdisjoint_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref it = py_iter(args[0]);
  if (!it) return nullptr;
  Ref x;
  int r = 0;
  while (r == 0 && (x = py_next(it))) {
    r = py_contains(self, x);
    py_decref(x);
  }
  py_decref(it);
  if (r < 0 || py_err_occurred()) return nullptr;
  return py_newref(py_bool(r == 0));
}

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint_m, METH_ARGS(1, 1),
     PY_DOC("Return True if the view and the given iterable have a null intersection.")},
    {"__reversed__", view_reversed_m, 0, nullptr},
    {nullptr},
};

static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed_m, 0, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_dict_keys_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "dict_keys",
    .flags = TPF_GC,
    .basicsize = sizeof(DictViewObj),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .hash = py_container_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .binop = view_binop,
    .length = view_length,
    .contains = keys_contains,
    .methods = setview_methods,
);

PY_TYPE_DEF(py_dict_items_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "dict_items",
    .flags = TPF_GC,
    .basicsize = sizeof(DictViewObj),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .hash = py_container_unhashable,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .binop = view_binop,
    .length = view_length,
    .contains = items_contains,
    .methods = setview_methods,
);

PY_TYPE_DEF(py_dict_values_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "dict_values",
    .flags = TPF_GC,
    .basicsize = sizeof(DictViewObj),
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .clear = view_clear,
    .repr = view_repr,
    .iter = view_iter,
    .length = view_length,
    .methods = values_methods,
);
