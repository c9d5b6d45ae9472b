// The `_random` module: the Mersenne Twister MT19937 engine behind
// lib/py/random.py. Seeding and the float / bit derivations follow CPython's
// so that seeded sequences are identical.
#include "py/containers.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"

#define MT_N 624
#define MT_M 397

struct RandomObj {
  Obj ob;
  uint32_t mt[MT_N];
  int index;
};

extern Type py_random_type;

static void mt_init(RandomObj *r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < MT_N; i++)
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
  r->index = MT_N;
}

static void mt_init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
  uint32_t *mt = r->mt;
  mt_init(r, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = MT_N - 1; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

static void mt_regenerate(RandomObj *r) {
  uint32_t *mt = r->mt;
  for (int k = 0; k < MT_N; k++) {
    uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
    mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
  }
  r->index = 0;
}

static uint32_t mt_next(RandomObj *r) {
  if (r->index >= MT_N) mt_regenerate(r);
  uint32_t y = r->mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

static void random_seed_time(RandomObj *r) {
  static uint32_t counter;
  uint64_t t = (uint64_t)py_hal_time_ns(), m = (uint64_t)py_hal_monotonic_ns();
  uint32_t key[5] = {(uint32_t)t, (uint32_t)(t >> 32), (uint32_t)m, (uint32_t)(m >> 32),
                     ++counter + (uint32_t)(uintptr_t)r};
  mt_init_by_array(r, key, 5);
}

// Seed from an int (its absolute value's 32-bit words) or, for other objects,
// from abs(hash(obj)). None seeds from the clock.
static int random_seed_obj(RandomObj *r, Ref arg) {
  if (!arg || arg == py_None) {
    random_seed_time(r);
    return 0;
  }
  uint32_t small[2];
  const uint32_t *key = small;
  size_t len;
  if (py_is_int(arg) && !py_is_small(arg)) {
    IntObj *o = (IntObj *)arg;
    len = (size_t)(o->size < 0 ? -o->size : o->size);
    key = o->digit;
  } else {
    uint64_t mag;
    if (py_is_small(arg)) {
      intptr_t v = py_small_value(arg);
      mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    } else {
      int64_t h;
      if (py_hash(arg, &h) < 0) return -1;
      mag = (uint64_t)h; // CPython uses the hash as an unsigned size_t
    }
    small[0] = (uint32_t)mag;
    small[1] = (uint32_t)(mag >> 32);
    len = 2;
  }
  while (len > 1 && key[len - 1] == 0) len--;
  if (len == 0) {
    small[0] = 0;
    key = small;
    len = 1;
  }
  mt_init_by_array(r, key, len);
  return 0;
}

static Ref random_new(Type *type, Ref const *args, size_t nargs, Ref kwnames) {
  if (type == &py_random_type && py_check_nargs("Random", nargs, kwnames, 0, 1) < 0) return nullptr;
  RandomObj *r = (RandomObj *)py_obj_alloc(type, type->basicsize);
  if (!r) return nullptr;
  if (random_seed_obj(r, nargs ? args[0] : nullptr) < 0) {
    py_decref((Ref)r);
    return nullptr;
  }
  return (Ref)r;
}

// Seeding happens in tp_new (or the subclass's __init__ calling seed()).
static int random_init(Ref self, Ref const *args, size_t nargs, Ref kwnames) { return 0; }

static void random_dealloc(Ref self) { py_obj_free(self, py_type(self)->basicsize); }

static Ref random_seed(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  if (random_seed_obj((RandomObj *)self, nargs ? args[0] : nullptr) < 0) return nullptr;
  return py_none_new();
}

static Ref random_random(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  RandomObj *r = (RandomObj *)self;
  uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
  return py_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Ref random_getrandbits(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  int64_t k;
  if (py_index_i64(args[0], &k) < 0) return nullptr;
  if (k < 0) return py_err_set_str(&py_ValueError_type, "number of bits must be non-negative");
  RandomObj *r = (RandomObj *)self;
  if (k <= 32) return py_int_from_u64(k == 0 ? 0 : mt_next(r) >> (32 - k));
  if (k <= 64) {
    uint64_t lo = mt_next(r), hi = mt_next(r) >> (64 - k);
    return py_int_from_u64(lo | hi << 32);
  }
  // Words are drawn least significant first; build the int from the top down.
  size_t nwords = (size_t)((k - 1) / 32 + 1);
  uint32_t *words = (uint32_t *)py_malloc(nwords * 4);
  if (!words) return nullptr;
  for (size_t i = 0; i < nwords; i++) {
    uint32_t w = mt_next(r);
    if (i == nwords - 1 && k % 32) w >>= 32 - k % 32;
    words[i] = w;
  }
  Ref acc = py_int_from_u64(0), shift = py_small_new(32);
  for (size_t i = nwords; acc && i-- > 0;) {
    Ref shifted = py_int_binop(acc, shift, BINOP_LSHIFT);
    py_decref(acc);
    Ref w = shifted ? py_int_from_u64(words[i]) : nullptr;
    acc = w ? py_int_binop(shifted, w, BINOP_OR) : nullptr;
    py_xdecref(shifted);
    py_xdecref(w);
  }
  py_free(words, nwords * 4);
  return acc;
}

static Ref random_getstate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  RandomObj *r = (RandomObj *)self;
  Ref t = py_tuple_new(MT_N + 1);
  if (!t) return nullptr;
  for (int i = 0; i <= MT_N; i++) {
    Ref v = py_int_from_u64(i < MT_N ? r->mt[i] : (uint64_t)r->index);
    if (!v) {
      for (int k = i; k <= MT_N; k++) py_tuple_items(t)[k] = py_None;
      py_decref(t);
      return nullptr;
    }
    py_tuple_items(t)[i] = v;
  }
  return t;
}

static Ref random_setstate(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref st = args[0];
  if (!py_is_tuple(st)) return py_err_set_str(&py_TypeError_type, "state vector must be a tuple");
  if (py_tuple_len(st) != MT_N + 1)
    return py_err_set_str(&py_ValueError_type, "state vector is the wrong size");
  uint32_t mt[MT_N];
  int64_t index = 0;
  for (int i = 0; i <= MT_N; i++) {
    int64_t v;
    if (py_index_i64(py_tuple_items(st)[i], &v) < 0) return nullptr;
    if (i < MT_N)
      mt[i] = (uint32_t)v;
    else
      index = v;
  }
  if (index < 0 || index > MT_N) return py_err_set_str(&py_ValueError_type, "invalid state");
  RandomObj *r = (RandomObj *)self;
  memcpy(r->mt, mt, sizeof mt);
  r->index = (int)index;
  return py_none_new();
}

static const MethodDef random_methods[] = {
    {"seed", random_seed, METH_ARGS(0, 1)},
    {"random", random_random, METH_QUALIFIED | METH_ARGS(0, 0)},
    {"getrandbits", random_getrandbits, METH_QUALIFIED | METH_ARGS(1, 1)},
    {"getstate", random_getstate, METH_ARGS(0, 0)},
    {"setstate", random_setstate, METH_ARGS(1, 1)},
    {nullptr},
};

PY_TYPE_DEF(py_random_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "Random",
    .flags = TPF_BASETYPE,
    .basicsize = sizeof(RandomObj),
    .dealloc = random_dealloc,
    .tp_new = random_new,
    .tp_init = random_init,
    .methods = random_methods,
);

int py_init_module_random(Ref module) {
  return py_module_add(module, "Random", (Ref)&py_random_type);
}
