// list: a growable array of references, plus its stable sort, and two helpers
// every container shares (the repr recursion guard, the unhashable hash slot).
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

// Objects whose repr is in progress (innermost last). Depth is bounded by the
// recursion limit, so a linear scan is fine.
static Ref *repr_stack;
static size_t repr_depth, repr_cap;

int py_repr_enter(Ref o) {
  for (size_t i = 0; i < repr_depth; i++)
    if (repr_stack[i] == o) return 1;
  if (repr_depth == repr_cap) {
    size_t ncap = repr_cap ? repr_cap * 2 : 16;
    Ref *ns = (Ref *)py_realloc(repr_stack, repr_cap * sizeof(Ref), ncap * sizeof(Ref));
    if (!ns) return -1;
    repr_stack = ns;
    repr_cap = ncap;
  }
  repr_stack[repr_depth++] = o;
  return 0;
}

void py_repr_leave(Ref o) {
  for (size_t i = repr_depth; i-- > 0;) {
    if (repr_stack[i] == o) {
      memmove(&repr_stack[i], &repr_stack[i + 1], (repr_depth - i - 1) * sizeof(Ref));
      repr_depth--;
      return;
    }
  }
}

static const int TRASH_MAX_DEPTH = 50;
static int trash_depth;
static bool trash_draining;
static GcHead *trash_queue; // linked through GcHead::prev; gc_refs holds the dealloc

bool py_trash_defer(Ref self, void (*dealloc)(Ref)) {
  if (trash_depth < TRASH_MAX_DEPTH) {
    trash_depth++;
    return false;
  }
  GcHead *h = py_gc_head(self); // untracked (next == nullptr), so free to reuse
  h->prev = trash_queue;
  h->gc_refs = (intptr_t)dealloc;
  trash_queue = h;
  return true;
}

void py_trash_done() {
  if (--trash_depth > 0 || trash_draining) return;
  trash_draining = true;
  while (trash_queue) {
    GcHead *h = trash_queue;
    trash_queue = h->prev;
    void (*dealloc)(Ref) = (void (*)(Ref))h->gc_refs;
    h->prev = nullptr;
    h->gc_refs = 0;
    dealloc((Ref)(h + 1));
  }
  trash_draining = false;
}

int py_container_unhashable(Ref self, int64_t *out) {
  py_err_format(&py_TypeError_type, "unhashable type: '%s'", py_tname(self));
  return -1;
}

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

static inline ListObj *L(Ref r) { return (ListObj *)r; }

// Make room for `need` items; over-allocates so appends are amortised O(1).
static int list_reserve(ListObj *l, size_t need) {
  if (need <= l->cap) return 0;
  const size_t maxn = SIZE_MAX / sizeof(Ref) / 2;
  if (need > maxn) {
    py_err_nomem();
    return -1;
  }
  size_t ncap = need + (need >> 3) + 6;
  if (ncap > maxn) ncap = need;
  Ref *ni = (Ref *)py_realloc(l->items, l->cap * sizeof(Ref), ncap * sizeof(Ref));
  if (!ni) return -1;
  l->items = ni;
  l->cap = ncap;
  return 0;
}

// Give memory back once the list has shrunk well below its capacity.
static void list_maybe_shrink(ListObj *l) {
  if (l->cap <= 16 || l->len >= l->cap / 4) return;
  size_t ncap = l->len + (l->len >> 3) + 6;
  Ref *ni = (Ref *)py_realloc(l->items, l->cap * sizeof(Ref), ncap * sizeof(Ref));
  if (!ni) {
    py_err_clear(); // keeping the bigger block is fine
    return;
  }
  l->items = ni;
  l->cap = ncap;
}

// Note [Release order]: CPython releases a list's or tuple's items last
// first, which decides the order in which their __del__ methods run.

// Detach all items (so re-entrant code sees an empty list), then release them.
static void list_clear_items(ListObj *l) {
  Ref *items = l->items;
  size_t n = l->len, cap = l->cap;
  l->items = nullptr;
  l->len = l->cap = 0;
  while (n) py_xdecref(items[--n]); // Note [Release order]
  py_free(items, cap * sizeof(Ref));
}

static Ref list_alloc(Type *type) { return py_obj_alloc(type, type->basicsize); }

Ref py_list_new(size_t n) {
  Ref r = list_alloc(&py_list_type);
  if (!r) return nullptr;
  if (n == 0) return r;
  // exact size: most callers fill a result of known length
  if (n > SIZE_MAX / sizeof(Ref) / 2 || !(L(r)->items = (Ref *)py_malloc(n * sizeof(Ref)))) {
    if (n > SIZE_MAX / sizeof(Ref) / 2) py_err_nomem();
    py_decref(r);
    return nullptr;
  }
  memset(L(r)->items, 0, n * sizeof(Ref));
  L(r)->len = L(r)->cap = n;
  return r;
}

Ref py_list_from_array(Ref const *items, size_t n) {
  Ref r = py_list_new(n);
  if (!r) return nullptr;
  for (size_t i = 0; i < n; i++) L(r)->items[i] = py_newref(items[i]);
  return r;
}

int py_list_append(Ref list, Ref v) {
  ListObj *l = L(list);
  if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) return -1;
  l->items[l->len++] = py_newref(v);
  return 0;
}

// Append the items of an array (borrowed); the array may be the list's own.
static int list_append_array(ListObj *l, Ref const *src, size_t n, bool own) {
  size_t len = l->len;
  if (n > SIZE_MAX / 2 - len) {
    py_err_nomem();
    return -1;
  }
  if (list_reserve(l, len + n) < 0) return -1;
  if (own) src = l->items; // may have moved
  for (size_t i = 0; i < n; i++) l->items[len + i] = py_newref(src[i]);
  l->len = len + n;
  return 0;
}

// Append an item while there is room (a GenTakeFn, Note [Consumed generators]).
static bool list_take(void *ctx, Ref item) {
  ListObj *l = (ListObj *)ctx;
  if (l->len == l->cap) return false;
  l->items[l->len++] = item;
  return true;
}

// CPython asks a class's __len__ for a length hint before extending from it
// (a side effect user code can see); a TypeError from it means no hint.
static int list_length_hint(Ref iterable) {
  Type *t = py_type(iterable);
  if (!py_type_has(t, TPF_HEAPTYPE) || !t->length || t->length(iterable) >= 0) return 0;
  if (!py_err_matches(&py_TypeError_type)) return -1;
  py_err_clear();
  return 0;
}

int py_list_extend(Ref list, Ref iterable) {
  ListObj *l = L(list);
  Type *t = py_type(iterable);
  if (t == &py_list_type || t == &py_tuple_type) {
    bool own = iterable == list;
    Ref *src = t == &py_list_type ? L(iterable)->items : py_tuple_items(iterable);
    size_t n = t == &py_list_type ? L(iterable)->len : py_tuple_len(iterable);
    return list_append_array(l, src, n, own);
  }
  Ref it = py_iter(iterable);
  if (!it) return -1;
  if (list_length_hint(iterable) < 0) {
    py_decref(it);
    return -1;
  }
  bool gen = py_type(it) == &py_generator_type;
  Ref item;
  while ((item = gen ? py_gen_next_taking(it, list_take, l) : py_next(it))) {
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) {
      py_decref(item);
      py_decref(it);
      return -1;
    }
    l->items[l->len++] = item;
  }
  py_decref(it);
  return py_err_occurred() ? -1 : 0;
}

int py_list_insert(Ref list, int64_t index, Ref v) {
  ListObj *l = L(list);
  int64_t n = (int64_t)l->len;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  } else if (index > n) {
    index = n;
  }
  if (list_reserve(l, l->len + 1) < 0) return -1;
  memmove(&l->items[index + 1], &l->items[index], (size_t)(n - index) * sizeof(Ref));
  l->items[index] = py_newref(v);
  l->len++;
  return 0;
}

Ref py_list_as_tuple(Ref list) { return py_tuple_from_array(L(list)->items, L(list)->len); }

// ---------------------------------------------------------------------------
// Sorting: natural runs extended to `minrun` by binary insertion, then merged
// pairwise. Stable; compares only with "<".
// ---------------------------------------------------------------------------

typedef int (*LessFn)(Ref a, Ref b); // 1, 0, -1 on error

static int less_small(Ref a, Ref b) { return py_small_value(a) < py_small_value(b); }
static int less_float(Ref a, Ref b) { return py_float_value(a) < py_float_value(b); }
// UTF-8 byte order is code point order.
static int less_str(Ref a, Ref b) {
  size_t la = py_str_len(a), lb = py_str_len(b);
  int c = memcmp(py_str_data(a), py_str_data(b), la < lb ? la : lb);
  return c < 0 || (c == 0 && la < lb);
}
static int less_generic(Ref a, Ref b) { return py_richcompare_bool(a, b, CMP_LT); }

struct SortPair {
  Ref key, value;
};
static inline Ref sort_key(Ref r) { return r; }
static inline Ref sort_key(const SortPair &p) { return p.key; }

// Pick a comparison specialised for homogeneous keys.
template <class T> static LessFn sort_pick_less(const T *a, size_t n) {
  bool small = true, str = true, flt = true;
  for (size_t i = 0; i < n && (small || str || flt); i++) {
    Ref k = sort_key(a[i]);
    Type *t = py_type(k);
    small = small && py_is_small(k);
    str = str && t == &py_str_type;
    flt = flt && t == &py_float_type;
  }
  if (small) return less_small;
  if (str) return less_str;
  if (flt) return less_float;
  return less_generic;
}

template <class T> static void sort_reverse(T *a, size_t lo, size_t hi) {
  while (lo + 1 < hi) {
    T tmp = a[lo];
    a[lo++] = a[--hi];
    a[hi] = tmp;
  }
}

// Sort a[lo..hi) given a[lo..start) is sorted.
template <class T>
static int sort_insertion(T *a, size_t lo, size_t start, size_t hi, LessFn less) {
  for (size_t i = start; i < hi; i++) {
    T pivot = a[i];
    size_t l = lo, r = i;
    while (l < r) {
      size_t m = l + (r - l) / 2;
      int c = less(sort_key(pivot), sort_key(a[m]));
      if (c < 0) return -1;
      if (c)
        r = m;
      else
        l = m + 1;
    }
    memmove(&a[l + 1], &a[l], (i - l) * sizeof(T));
    a[l] = pivot;
  }
  return 0;
}

// Length of the run starting at lo; strictly descending runs are reversed.
template <class T> static int64_t sort_count_run(T *a, size_t lo, size_t hi, LessFn less) {
  size_t i = lo + 1;
  if (i == hi) return 1;
  int c = less(sort_key(a[i]), sort_key(a[lo]));
  if (c < 0) return -1;
  bool desc = c != 0;
  for (i++; i < hi; i++) {
    c = less(sort_key(a[i]), sort_key(a[i - 1]));
    if (c < 0) return -1;
    if ((c != 0) != desc) break;
  }
  if (desc) sort_reverse(a, lo, i);
  return (int64_t)(i - lo);
}

// Merge sorted a[lo..mid) and a[mid..hi), copying the shorter side to tmp.
// On error every item is still in a (as a permutation).
template <class T>
static int sort_merge(T *a, T *tmp, size_t lo, size_t mid, size_t hi, LessFn less) {
  int c = less(sort_key(a[mid]), sort_key(a[mid - 1]));
  if (c <= 0) return c; // already in order (or error)
  if (mid - lo <= hi - mid) {
    size_t n1 = mid - lo, i = 0, j = mid, k = lo;
    memcpy(tmp, &a[lo], n1 * sizeof(T));
    while (i < n1 && j < hi) {
      c = less(sort_key(a[j]), sort_key(tmp[i]));
      if (c < 0) break;
      a[k++] = c ? a[j++] : tmp[i++];
    }
    memcpy(&a[k], &tmp[i], (n1 - i) * sizeof(T));
  } else {
    size_t n2 = hi - mid, i = n2, j = mid, k = hi;
    memcpy(tmp, &a[mid], n2 * sizeof(T));
    while (i > 0 && j > lo) {
      c = less(sort_key(tmp[i - 1]), sort_key(a[j - 1]));
      if (c < 0) break;
      a[--k] = c ? a[--j] : tmp[--i];
    }
    memcpy(&a[j], tmp, i * sizeof(T));
  }
  return c < 0 ? -1 : 0;
}

static size_t sort_minrun(size_t n) {
  size_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

template <class T> static int sort_array(T *a, size_t n) {
  if (n < 2) return 0;
  LessFn less = sort_pick_less(a, n);
  size_t minrun = sort_minrun(n), maxruns = n / minrun + 2;
  size_t *runs = (size_t *)py_malloc((maxruns + 1) * sizeof(size_t));
  if (!runs) return -1;
  T *tmp = (T *)py_malloc((n / 2 + 1) * sizeof(T));
  if (!tmp) {
    py_free(runs, (maxruns + 1) * sizeof(size_t));
    return -1;
  }
  int rc = 0;
  size_t nruns = 0;
  for (size_t lo = 0; lo < n && rc == 0;) {
    int64_t len = sort_count_run(a, lo, n, less);
    if (len < 0) {
      rc = -1;
      break;
    }
    size_t run = (size_t)len;
    if (run < minrun) {
      size_t force = n - lo < minrun ? n - lo : minrun;
      rc = sort_insertion(a, lo, lo + run, lo + force, less);
      run = force;
    }
    runs[nruns++] = lo;
    lo += run;
  }
  runs[nruns] = n;
  while (rc == 0 && nruns > 1) {
    size_t w = 0;
    for (size_t i = 0; i < nruns; i += 2) {
      if (i + 1 < nruns && rc == 0)
        rc = sort_merge(a, tmp, runs[i], runs[i + 1], runs[i + 2], less);
      runs[w++] = runs[i];
    }
    runs[w] = n;
    nruns = w;
  }
  py_free(tmp, (n / 2 + 1) * sizeof(T));
  py_free(runs, (maxruns + 1) * sizeof(size_t));
  return rc;
}

// Sort items in place; with a key function, sort (key, item) pairs.
static int sort_items(Ref *items, size_t n, Ref key, bool reverse) {
  SortPair *pairs = nullptr;
  if (key) {
    pairs = (SortPair *)py_malloc((n ? n : 1) * sizeof(SortPair));
    if (!pairs) return -1;
    for (size_t i = 0; i < n; i++) {
      pairs[i].value = items[i];
      pairs[i].key = py_call1(key, items[i]);
      if (!pairs[i].key) {
        for (size_t j = 0; j < i; j++) py_decref(pairs[j].key);
        py_free(pairs, (n ? n : 1) * sizeof(SortPair));
        return -1;
      }
    }
  }
  // reverse before and after so equal items keep their original order
  if (reverse) pairs ? sort_reverse(pairs, 0, n) : sort_reverse(items, 0, n);
  int rc = pairs ? sort_array(pairs, n) : sort_array(items, n);
  if (reverse) pairs ? sort_reverse(pairs, 0, n) : sort_reverse(items, 0, n);
  if (pairs) {
    for (size_t i = 0; i < n; i++) {
      items[i] = pairs[i].value;
      py_decref(pairs[i].key);
    }
    py_free(pairs, (n ? n : 1) * sizeof(SortPair));
  }
  return rc;
}

int py_list_sort(Ref list, Ref key, bool reverse) {
  ListObj *l = L(list);
  // The list appears empty while sorting so that mutation is detectable.
  Ref *items = l->items;
  size_t n = l->len, cap = l->cap;
  l->items = nullptr;
  l->len = l->cap = 0;
  int rc = sort_items(items, n, key == py_None ? nullptr : key, reverse);
  Ref *junk = l->items;
  size_t junk_len = l->len, junk_cap = l->cap;
  l->items = items;
  l->len = n;
  l->cap = cap;
  if (junk || junk_len) {
    for (size_t i = 0; i < junk_len; i++) py_xdecref(junk[i]);
    py_free(junk, junk_cap * sizeof(Ref));
    if (rc == 0) {
      py_err_set_str(&py_ValueError_type, "list modified during sort");
      rc = -1;
    }
  }
  return rc;
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void list_dealloc(Ref self) {
  py_gc_untrack(self);
  if (py_trash_defer(self, list_dealloc)) return;
  Type *type = py_type(self);
  if (type->dictoffset) py_clear(py_obj_dictptr(self));
  ListObj *l = L(self);
  for (size_t i = l->len; i;) py_xdecref(l->items[--i]); // Note [Release order]
  py_free(l->items, l->cap * sizeof(Ref));
  py_obj_free(self, type->basicsize);
  py_trash_done();
}

static int list_traverse(Ref self, VisitProc visit, void *arg) {
  ListObj *l = L(self);
  for (size_t i = 0; i < l->len; i++) {
    if (l->items[i]) {
      int r = visit(l->items[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

static void list_gc_clear(Ref self) { list_clear_items(L(self)); }

static Ref list_tp_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  return list_alloc(type);
}

static int list_tp_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  // Keywords are refused unless a subclass's own __new__ takes them.
  if (kwnames && py_tuple_len(kwnames) && py_type(self)->tp_new == list_tp_new) {
    py_err_set_str(&py_TypeError_type, "list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    py_err_format(&py_TypeError_type, "list expected at most 1 argument, got %zu", nargs);
    return -1;
  }
  if (L(self)->len) list_clear_items(L(self));
  return nargs ? py_list_extend(self, args[0]) : 0;
}

static Ref list_repr(Ref self) {
  if (L(self)->len == 0) return py_str_from_cstr("[]");
  int r = py_repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : py_str_from_cstr("[...]");
  if (py_enter_call() < 0) {
    py_repr_leave(self);
    return nullptr;
  }
  StrBuf b;
  py_strbuf_init(&b);
  py_strbuf_addc(&b, '[');
  bool ok = true;
  // re-read the length: an item's __repr__ may change the list
  for (size_t i = 0; i < L(self)->len && ok; i++) {
    if (i) py_strbuf_add(&b, ", ", 2);
    Ref item = py_newref(L(self)->items[i]);
    ok = py_strbuf_add_repr(&b, item) == 0;
    py_decref(item);
  }
  py_strbuf_addc(&b, ']');
  py_leave_call();
  py_repr_leave(self);
  if (!ok) {
    py_strbuf_free(&b);
    return nullptr;
  }
  return py_strbuf_finish(&b);
}

static int64_t list_length(Ref self) { return (int64_t)L(self)->len; }

static Ref list_slice(ListObj *l, int64_t start, int64_t step, int64_t n) {
  Ref r = py_list_new((size_t)n);
  if (!r) return nullptr;
  // (unsigned: the step past the last item may not fit in int64_t)
  for (uint64_t k = 0, j = start; k < (uint64_t)n; k++, j += step)
    L(r)->items[k] = py_newref(l->items[j]);
  return r;
}

static Ref list_getitem(Ref self, Ref key) {
  ListObj *l = L(self);
  int64_t i;
  int kind = py_seq_subscript(key, "list", &i);
  if (kind < 0) return nullptr;
  if (kind == 0) {
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len)
      return py_err_set_str(&py_IndexError_type, "list index out of range");
    return py_newref(l->items[i]);
  }
  int64_t start, stop, step, n;
  if (py_slice_indices(key, (int64_t)l->len, &start, &stop, &step, &n) < 0) return nullptr;
  return list_slice(l, start, step, n);
}

// Items of the right-hand side of a slice assignment as a new list.
static Ref list_assign_source(Ref value) {
  Type *t = py_type(value);
  if (!t->iter && !t->getitem)
    return py_err_set_str(&py_TypeError_type, "can only assign an iterable");
  return py_sequence_list(value);
}

// l[lo:hi] = src[0..n) (step 1). The replaced items are released last.
static int list_assign_simple(ListObj *l, int64_t lo, int64_t hi, Ref const *src, size_t n) {
  if (hi < lo) hi = lo;
  if (hi == lo && n == 0) return 0;
  size_t nold = (size_t)(hi - lo), len = l->len;
  Ref *old = nullptr;
  if (nold) {
    old = (Ref *)py_malloc(nold * sizeof(Ref));
    if (!old) return -1;
    memcpy(old, &l->items[lo], nold * sizeof(Ref));
  }
  if (n > nold && list_reserve(l, len + (n - nold)) < 0) {
    py_free(old, nold * sizeof(Ref));
    return -1;
  }
  memmove(&l->items[lo + n], &l->items[hi], (len - (size_t)hi) * sizeof(Ref));
  for (size_t i = 0; i < n; i++) l->items[lo + i] = py_newref(src[i]);
  l->len = len - nold + n;
  for (size_t i = nold; i;) py_decref(old[--i]); // Note [Release order]
  py_free(old, nold * sizeof(Ref));
  list_maybe_shrink(l);
  return 0;
}

// del l[start::step] for step != 1 (slicelen items).
static int list_delete_extended(ListObj *l, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return 0;
  if (step < 0) { // same items, walked upwards
    start += step * (n - 1);
    step = -step;
  }
  Ref *old = (Ref *)py_malloc((size_t)n * sizeof(Ref));
  if (!old) return -1;
  size_t dst = (size_t)start, nold = 0, len = l->len;
  for (size_t i = (size_t)start; i < len; i++) {
    if (nold < (size_t)n && (i - (size_t)start) % (size_t)step == 0)
      old[nold++] = l->items[i];
    else
      l->items[dst++] = l->items[i];
  }
  l->len = dst;
  for (size_t i = 0; i < nold; i++) py_decref(old[i]);
  py_free(old, (size_t)n * sizeof(Ref));
  list_maybe_shrink(l);
  return 0;
}

static int list_assign_slice(Ref self, Ref slice, Ref value) {
  ListObj *l = L(self);
  int64_t start, stop, step, n;
  if (py_slice_indices(slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) return -1;
  if (!value) {
    if (step == 1) return list_assign_simple(l, start, stop, nullptr, 0);
    return list_delete_extended(l, start, step, n);
  }
  Ref src = list_assign_source(value);
  if (!src) return -1;
  // the source may have run code that resized the list: recompute
  if (py_slice_indices(slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) {
    py_decref(src);
    return -1;
  }
  size_t m = L(src)->len;
  int rc = 0;
  if (step == 1) {
    rc = list_assign_simple(l, start, stop, L(src)->items, m);
  } else if ((int64_t)m != n) {
    py_err_format(&py_ValueError_type,
                  "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                  (long long)n);
    rc = -1;
  } else {
    for (uint64_t k = 0, j = start; k < (uint64_t)n; k++, j += step) { // swap ownership
      Ref old = l->items[j];
      l->items[j] = L(src)->items[k];
      L(src)->items[k] = old;
    }
  }
  py_decref(src); // now holds the replaced items
  return rc;
}

static int list_setitem(Ref self, Ref key, Ref value) {
  ListObj *l = L(self);
  int64_t i;
  int kind = py_seq_subscript(key, "list", &i);
  if (kind < 0) return -1;
  if (kind == 1) return list_assign_slice(self, key, value);
  if (i < 0) i += (int64_t)l->len;
  if (i < 0 || (uint64_t)i >= l->len) {
    py_err_set_str(&py_IndexError_type, "list assignment index out of range");
    return -1;
  }
  if (value) {
    py_setref(&l->items[i], py_newref(value));
    return 0;
  }
  Ref old = l->items[i];
  memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Ref));
  l->len--;
  py_decref(old);
  list_maybe_shrink(l);
  return 0;
}

static int list_contains(Ref self, Ref value) {
  ListObj *l = L(self);
  for (size_t i = 0; i < l->len; i++) {
    Ref item = py_newref(l->items[i]);
    int r = py_eq(item, value);
    py_decref(item);
    if (r != 0) return r;
  }
  return 0;
}

static Ref list_richcompare(Ref a, Ref b, int op) {
  if (!py_is_list(a) || !py_is_list(b)) return py_newref(py_NotImplemented);
  return py_seq_richcompare(&L(a)->items, &L(a)->len, &L(b)->items, &L(b)->len, op);
}

static Ref list_iter(Ref self) { return py_listiter_new(self, false); }

static Ref list_concat(Ref a, Ref b) {
  size_t na = L(a)->len, nb = L(b)->len;
  if (nb > SIZE_MAX / 2 - na) return py_err_nomem();
  Ref r = py_list_new(na + nb);
  if (!r) return nullptr;
  for (size_t i = 0; i < na; i++) L(r)->items[i] = py_newref(L(a)->items[i]);
  for (size_t i = 0; i < nb; i++) L(r)->items[na + i] = py_newref(L(b)->items[i]);
  return r;
}

// Append count-1 more copies of the first n items (the list holds one copy).
static int list_repeat_into(ListObj *l, size_t n, int64_t count) {
  if ((uint64_t)count > SIZE_MAX / sizeof(Ref) / 2 / n) {
    py_err_nomem();
    return -1;
  }
  if (list_reserve(l, n * (size_t)count) < 0) return -1;
  for (int64_t c = 1; c < count; c++) {
    for (size_t i = 0; i < n; i++) l->items[l->len + i] = py_newref(l->items[i]);
    l->len += n;
  }
  return 0;
}

static Ref list_repeat(Ref self, int64_t count) {
  size_t n = L(self)->len;
  if (count <= 0 || n == 0) return py_list_new(0);
  Ref r = py_list_new(0);
  if (!r) return nullptr;
  if (list_append_array(L(r), L(self)->items, n, false) < 0 ||
      list_repeat_into(L(r), n, count) < 0) {
    py_decref(r);
    return nullptr;
  }
  return r;
}

static Ref list_inplace_repeat(Ref self, int64_t count) {
  ListObj *l = L(self);
  if (count <= 0)
    list_clear_items(l);
  else if (l->len && list_repeat_into(l, l->len, count) < 0)
    return nullptr;
  return py_newref(self);
}

static Ref list_binop(Ref a, Ref b, int op) {
  bool inplace = (op & BINOP_INPLACE) != 0 && py_is_list(a);
  op &= ~BINOP_INPLACE;
  if (op == BINOP_ADD) {
    if (!py_is_list(a)) return py_newref(py_NotImplemented);
    if (inplace) return py_list_extend(a, b) < 0 ? nullptr : py_newref(a);
    if (!py_is_list(b)) {
      if (py_is_builtin_instance(b))
        return py_err_format(&py_TypeError_type, "can only concatenate list (not \"%s\") to list",
                             py_tname(b));
      return py_newref(py_NotImplemented);
    }
    return list_concat(a, b);
  }
  if (op == BINOP_MUL) {
    Ref seq = py_is_list(a) ? a : b, n = seq == a ? b : a;
    int64_t count;
    int r = py_seq_repeat_count(n, &count);
    if (r < 0) return nullptr;
    if (r == 1) return py_seq_repeat_error(n);
    return inplace ? list_inplace_repeat(seq, count) : list_repeat(seq, count);
  }
  return py_newref(py_NotImplemented);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static Ref list_append_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_list_append(self, args[0]) < 0 ? nullptr : py_none_new();
}

static Ref list_extend_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_list_extend(self, args[0]) < 0 ? nullptr : py_none_new();
}

static Ref list_insert_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t i;
  if (py_index_i64(args[0], &i) < 0) return nullptr;
  return py_list_insert(self, i, args[1]) < 0 ? nullptr : py_none_new();
}

// Index of the first item equal to v in [start, stop): -1 none, -2 error.
static int64_t list_find(ListObj *l, Ref v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && (uint64_t)i < l->len; i++) {
    Ref item = py_newref(l->items[i]);
    int r = py_eq(item, v);
    py_decref(item);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

static Ref list_remove_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t i = list_find(L(self), args[0], 0, INT64_MAX);
  if (i == -2) return nullptr;
  if (i == -1) return py_err_set_str(&py_ValueError_type, "list.remove(x): x not in list");
  return list_setitem(self, py_small_new((intptr_t)i), nullptr) < 0 ? nullptr : py_none_new();
}

static Ref list_pop_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  ListObj *l = L(self);
  int64_t i = -1;
  if (nargs && py_index_i64(args[0], &i) < 0) return nullptr;
  if (l->len == 0) return py_err_set_str(&py_IndexError_type, "pop from empty list");
  if (i < 0) i += (int64_t)l->len;
  if (i < 0 || (uint64_t)i >= l->len)
    return py_err_set_str(&py_IndexError_type, "pop index out of range");
  Ref v = l->items[i];
  memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Ref));
  l->len--;
  list_maybe_shrink(l);
  return v;
}

static Ref list_index_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t n = (int64_t)L(self)->len, start = 0, stop = INT64_MAX;
  if (nargs > 1 && py_seq_bound_arg(args[1], n, &start) < 0) return nullptr;
  if (nargs > 2 && py_seq_bound_arg(args[2], n, &stop) < 0) return nullptr;
  int64_t i = list_find(L(self), args[0], start, stop);
  if (i == -2) return nullptr;
  if (i == -1) return py_err_format(&py_ValueError_type, "%R is not in list", args[0]);
  return py_int_from_i64(i);
}

static Ref list_count_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  ListObj *l = L(self);
  int64_t c = 0;
  for (size_t i = 0; i < l->len; i++) {
    Ref item = py_newref(l->items[i]);
    int r = py_eq(item, args[0]);
    py_decref(item);
    if (r < 0) return nullptr;
    c += r;
  }
  return py_int_from_i64(c);
}

static Ref list_clear_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  list_clear_items(L(self));
  return py_none_new();
}

static Ref list_copy_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_list_from_array(L(self)->items, L(self)->len);
}

void py_list_reverse(Ref list) { sort_reverse(L(list)->items, 0, L(list)->len); }

static Ref list_reverse_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  py_list_reverse(self);
  return py_none_new();
}

static Ref list_sort_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs) return py_err_set_str(&py_TypeError_type, "sort() takes no positional arguments");
  static const char *const names[] = {"key", "reverse"};
  static const ArgSpec spec = {"sort", names, 2, 0, 0, 0};
  Ref a[2] = {nullptr, nullptr};
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int rev = 0;
  if (a[1] && (rev = py_truthy(a[1])) < 0) return nullptr;
  return py_list_sort(self, a[0], rev != 0) < 0 ? nullptr : py_none_new();
}

static Ref list_reversed_m(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  return py_listiter_new(self, true);
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Append object to the end of the list.")},
    {"extend", list_extend_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Extend list by appending elements from the iterable.")},
    {"insert", list_insert_m, METH_ARGS(2, 2), PY_DOC("Insert object before index.")},
    {"remove", list_remove_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Remove first occurrence of value.")},
    {"pop", list_pop_m, METH_ARGS(0, 1), PY_DOC("Remove and return item at index (default last).")},
    {"index", list_index_m, METH_ARGS(1, 3), PY_DOC("Return first index of value.")},
    {"count", list_count_m, METH_QUALIFIED | METH_ARGS(1, 1),
     PY_DOC("Return number of occurrences of value.")},
    {"clear", list_clear_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Remove all items from list.")},
    {"copy", list_copy_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a shallow copy of the list.")},
    {"reverse", list_reverse_m, METH_QUALIFIED | METH_ARGS(0, 0), PY_DOC("Reverse *IN PLACE*.")},
    {"sort", list_sort_m, 0, PY_DOC("Sort the list in ascending order and return None.")},
    {"__reversed__", list_reversed_m, METH_QUALIFIED | METH_ARGS(0, 0),
     PY_DOC("Return a reverse iterator over the list.")},
    {"__class_getitem__", py_container_class_getitem, METH_CLASS, nullptr},
    {nullptr},
};

PY_TYPE_DEF(py_list_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "list",
    .flags = TPF_GC | TPF_BASETYPE | TPF_LIST_SUBCLASS | TPF_INPLACE_SEQ,
    .basicsize = sizeof(ListObj),
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .repr = list_repr,
    .hash = py_container_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .binop = list_binop,
    .length = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
    .doc = PY_DOC("Built-in mutable sequence."),
);
