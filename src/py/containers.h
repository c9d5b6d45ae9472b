// tuple, list, dict, set/frozenset, range, slice and the builtin iterator types
// (tuple.cpp, list.cpp, dict.cpp, set.cpp, range.cpp, slice.cpp, iterobjs.cpp).
#pragma once
#include "py/obj.h"
#include "py/strobj.h"

struct TupleObj {
  Obj ob;
  size_t len;
  Ref items[];
};
struct ListObj {
  Obj ob;
  size_t len, cap;
  Ref *items;
};

// dict internals (dict.cpp), exposed for the iterators and the VM's fast paths.
// Entries are kept in insertion order in `entries`; `table` is one py_malloc
// block holding `size` index slots (ixwidth bytes each, -1 empty, -2 deleted)
// followed by the entries. An empty dict may have no block (table nullptr).
struct DictEntry {
  Ref key; // nullptr: deleted entry
  Ref value;
  int64_t hash;
};
struct DictObj {
  Obj ob;
  size_t used;     // live entries
  size_t nentries; // entries[0..nentries) used, deleted ones included
  size_t entcap;   // capacity of entries
  size_t size;     // index slots (power of two), 0 when table is nullptr
  uint8_t ixwidth; // 1, 2, 4 or 8
  void *table;
  DictEntry *entries;
  // Changes (to a value never used before, by any dict) whenever a key is
  // added or removed or entries move: the VM's inline caches keep entry
  // indices and check this. Value updates leave it unchanged.
  uint64_t keys_version;
};
extern uint64_t py_dict_keys_epoch;
static inline void py_dict_keys_changed(DictObj *d) { d->keys_version = ++py_dict_keys_epoch; }
// Entry index of key in d, or -1 (no error) when absent or on error (cleared).
int64_t py_dict_entry_index(Ref d, Ref key);

// set / frozenset internals (set.cpp): open addressing over `table`
// (mask + 1 slots, nullptr when empty). Slot key nullptr = never used.
struct SetEntry {
  Ref key; // nullptr: unused, py_set_dummy: deleted
  int64_t hash;
};
struct SetObj {
  Obj ob;
  size_t fill; // active + deleted slots
  size_t used; // active slots
  size_t mask;
  SetEntry *table;
  size_t finger; // where set.pop() resumes
  int64_t hash;  // frozenset hash cache, -1 until computed
};
extern Obj py_set_dummy_obj;
#define py_set_dummy (&py_set_dummy_obj)
extern Type py_tuple_type, py_list_type, py_dict_type, py_set_type, py_frozenset_type,
    py_range_type, py_slice_type, py_enumerate_type, py_zip_type, py_map_type, py_filter_type,
    py_reversed_type, py_seqiter_type, py_calliter_type;
// Iterator and view types (iterobjs.cpp, dict.cpp, range.cpp).
extern Type py_list_iter_type, py_list_reviter_type, py_tuple_iter_type, py_set_iter_type,
    py_dict_keyiter_type, py_dict_valueiter_type, py_dict_itemiter_type, py_dict_revkeyiter_type,
    py_dict_revvalueiter_type, py_dict_revitemiter_type, py_dict_keys_type, py_dict_values_type,
    py_dict_items_type, py_range_iter_type, py_longrange_iter_type;
// A zip's number of iterators, and its next items without the tuple: one
// from each into out[0..width) (new refs), or false when one ran out or
// failed (an error set, or none when exhausted) with out left empty.
size_t py_zip_width(Ref zip);
bool py_zip_next_items(Ref zip, Ref *out);

static inline bool py_is_tuple(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_TUPLE_SUBCLASS);
}
static inline bool py_is_list(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_LIST_SUBCLASS);
}
static inline bool py_is_dict(Ref r) {
  return !py_is_small(r) && py_type_has(r->type, TPF_DICT_SUBCLASS);
}
static inline bool py_is_anyset(Ref r) {
  return !py_is_small(r) &&
         (r->type == &py_set_type || r->type == &py_frozenset_type ||
          py_subtype(r->type, &py_set_type) || py_subtype(r->type, &py_frozenset_type));
}

// py_hash with inline fast paths for small ints and exact str (cached hash).
static inline int py_hash_fast(Ref key, int64_t *h) {
  if (py_is_small(key)) {
    const intptr_t mod = (intptr_t)(((uint64_t)1 << 61) - 1);
    intptr_t v = py_small_value(key);
    if (v > -mod && v < mod) { // an int's hash is its value there
      *h = v == -1 ? -2 : v;
      return 0;
    }
  } else if (key->type == &py_str_type) {
    int64_t c = ((StrObj *)key)->hash;
    *h = c != -1 ? c : py_str_hash(key);
    return 0;
  }
  return py_hash(key, h);
}

// Helpers shared by the container types.
// Repr recursion guard: 1 if `o` is already being repr'd (print "[...]"),
// 0 entered (call py_repr_leave after), -1 error.
int py_repr_enter(Ref o);
void py_repr_leave(Ref o);
// Bounded-depth deallocation of nested containers. A TPF_GC dealloc calls,
// after py_gc_untrack(self):
//   if (py_trash_defer(self, my_dealloc)) return;   ...free...   py_trash_done();
// Past a nesting depth the object is queued (through its GC head, no
// allocation) and freed by the outermost dealloc instead of recursing.
bool py_trash_defer(Ref self, void (*dealloc)(Ref));
void py_trash_done();
// Hash slot of mutable containers: TypeError "unhashable type: 'list'".
int py_container_unhashable(Ref self, int64_t *out);
// `iter` slot of iterators: returns self.
Ref py_iter_self(Ref self);
// __class_getitem__ of the builtin generic containers (returns the class).
Ref py_container_class_getitem(Ref cls, Ref const *args, size_t nargs, Ref kwnames);
// Subscript key of a sequence `getitem`: 0 and *out = index (not yet
// normalised), 1 when key is a slice, -1 error ("list indices must be integers
// or slices, not str"; IndexError for ints too big for an index).
int py_seq_subscript(Ref key, const char *tname, int64_t *out);
// Clamp an index()-style start/stop argument (int or __index__) to [0, len]
// like a slice bound. 0 / -1.
int py_seq_bound_arg(Ref v, int64_t len, int64_t *out);
// Saturating conversion of a slice bound (int or __index__) to int64. 0 / -1
// (TypeError "slice indices must be integers or None or have an __index__ method").
int py_slice_index_value(Ref v, int64_t *out);
// Setter for attributes CPython keeps as read-only members (slice.start,
// range.step): always fails with AttributeError "readonly attribute". -1.
int py_readonly_member_set(Ref self, Ref value);
// Repeat count of `seq * n`: 0 ok, 1 n is not an integer, -1 error.
int py_seq_repeat_count(Ref n, int64_t *out);
// list, tuple and deque operators: an operand of the wrong builtin type is a
// TypeError at once; a class instance gets the chance to answer (__radd__,
// __rmul__): NotImplemented. py_seq_repeat_error is that for seq * n.
static inline bool py_is_builtin_instance(Ref o) {
  return py_is_small(o) || !py_type_has(o->type, TPF_HEAPTYPE);
}
Ref py_seq_repeat_error(Ref n);
// Lexicographic rich comparison of two item arrays (tuple / list). The arrays
// and lengths are re-read through the pointers because a list may change while
// its items' __eq__ runs.
Ref py_seq_richcompare(Ref *const *ia, const size_t *na, Ref *const *ib, const size_t *nb, int op);
// Result tuple of an iterator (enumerate, zip, dict items): reuses *cache when
// only the cache holds it, else makes a new one. Items are nullptr: the caller
// fills all n (stealing). Returns a new ref.
Ref py_tuple_recycle(Ref *cache, size_t n);

// tuple: py_tuple_new returns a tuple whose items are nullptr; the caller fills
// every item (stealing references) before the tuple escapes.
Ref py_tuple_new(size_t n);
Ref py_tuple_pack(size_t n, ...);                    // borrowed args
Ref py_tuple_from_array(Ref const *items, size_t n); // borrowed items
static inline size_t py_tuple_len(Ref t) { return ((TupleObj *)t)->len; }
static inline Ref *py_tuple_items(Ref t) { return ((TupleObj *)t)->items; }
Ref py_tuple_empty(); // new ref to the shared ()
// Instance dict slot of a tuple-subclass instance (type->dictoffset < 0): the
// Ref right after the items. nullptr when the type has no instance dict.
Ref *py_tuple_dictptr(Ref t);

Ref py_list_new(size_t n); // len n, items nullptr: caller fills (steals)
Ref py_list_from_array(Ref const *items, size_t n);
int py_list_append(Ref list, Ref v); // borrowed v
int py_list_extend(Ref list, Ref iterable);
int py_list_insert(Ref list, int64_t index, Ref v);
int py_list_sort(Ref list, Ref key, bool reverse); // stable; key may be nullptr
void py_list_reverse(Ref list);
Ref py_list_as_tuple(Ref list);
static inline size_t py_list_len(Ref l) { return ((ListObj *)l)->len; }
static inline Ref *py_list_items(Ref l) { return ((ListObj *)l)->items; }

// dict: insertion ordered. "get" functions return BORROWED refs; nullptr if the
// key is missing (no error set) or on error (error set: check py_err_occurred
// only when the key may be unhashable / have a raising __eq__).
Ref py_dict_new();
Ref py_dict_get(Ref d, Ref key);
Ref py_dict_get_str(Ref d, const char *key);
int py_dict_set(Ref d, Ref key, Ref value); // borrowed key/value
int py_dict_set_str(Ref d, const char *key, Ref value);
int py_dict_del(Ref d, Ref key);               // KeyError if missing
int py_dict_pop_opt(Ref d, Ref key, Ref *out); // 1 found (out new ref), 0 missing, -1 error
int64_t py_dict_len(Ref d);
// Iterate: pos starts at 0; returns false at the end. key/value borrowed.
bool py_dict_next(Ref d, size_t *pos, Ref *key, Ref *value);
int py_dict_update(Ref d, Ref other);                        // other: mapping or iterable of pairs
int py_dict_merge(Ref d, Ref other, bool override_existing); // mapping; for **kwargs
Ref py_dict_copy(Ref d);
Ref py_dict_keys_list(Ref d);
void py_dict_clear(Ref d);
// Fast path for interned-str keys (globals, attributes): pointer compare, then
// falls back to a normal lookup. Borrowed.
Ref py_dict_get_interned(Ref d, Ref key);

Ref py_set_new(Ref iterable); // iterable may be nullptr
Ref py_frozenset_new(Ref iterable);
// In-place update of set s with any iterable: op BINOP_OR (update), BINOP_AND
// (intersection_update), BINOP_SUB (difference_update), BINOP_XOR
// (symmetric_difference_update). 0 / -1.
int py_set_update_op(Ref s, Ref iterable, int op);
int py_set_add(Ref s, Ref key);
int py_set_contains(Ref s, Ref key);
int py_set_discard(Ref s, Ref key); // 1 removed, 0 absent, -1 error
int64_t py_set_len(Ref s);
bool py_set_next(Ref s, size_t *pos, Ref *key); // borrowed key

struct SliceObj {
  Obj ob;
  Ref start, stop, step; // never nullptr (None when absent)
};
Ref py_slice_new(Ref start, Ref stop, Ref step); // borrowed; nullptr means None
// Resolve a slice against a sequence length (CPython's semantics, clamping).
// Returns the number of items; -1 on error (bad step 0 / non-int bounds).
int py_slice_indices(Ref slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen);

// Same with arbitrary-precision ints: length an int >= 0; out[0..2] receive new
// refs to start, stop, step (as ints). 0 / -1.
int py_slice_indices_obj(Ref slice, Ref length, Ref *out);

Ref py_range_new(int64_t start, int64_t stop, int64_t step);

// Iterators (iterobjs.cpp).
Ref py_seqiter_new(Ref seq);                     // iterates seq[0], seq[1], ... until IndexError
Ref py_calliter_new(Ref callable, Ref sentinel); // iter(callable, sentinel)
enum DictIterKind { DICT_ITER_KEYS, DICT_ITER_VALUES, DICT_ITER_ITEMS };
Ref py_dictiter_new(Ref dict, int kind, bool reverse);
Ref py_setiter_new(Ref set);
Ref py_listiter_new(Ref list, bool reverse);
Ref py_tupleiter_new(Ref tuple);
