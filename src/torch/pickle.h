// Python's pickle format, the subset PyTorch's torch.save writes (protocol 2,
// persistent ids for storages), pickle.cpp. The unpickler builds only what its
// hooks allow (like torch.load(weights_only=True)); the pickler writes plain
// data and asks a hook for anything else (tensors).
#pragma once
#include "py/obj.h"
#include "py/strobj.h"

// pickle.UnpicklingError / pickle.PicklingError: created once and added to
// `module`. 0 / -1.
int pickle_install_errors(Ref module);
Type *pickle_unpickling_error(); // RuntimeError until installed
Type *pickle_pickling_error();

struct UnpickleHooks {
  void *ctx;
  // GLOBAL module.name: a new ref to the allowed object, or nullptr with an
  // error set (UnpicklingError for anything not allowed).
  Ref (*find_class)(void *ctx, const char *module, size_t mlen, const char *name, size_t nlen);
  // BINPERSID: the object for persistent id `pid` (borrowed). New ref / nullptr.
  Ref (*persistent_load)(void *ctx, Ref pid);
};

// Unpickle data[0..len). New ref, or nullptr with an exception set. Never reads
// outside the buffer; stack and memo sizes are bounded by the data's length.
Ref pickle_load(const char *data, size_t len, const UnpickleHooks *hooks);

struct Pickler {
  StrBuf out;
  Ref memo; // dict: id(obj) -> memo index, for lists and dicts
  uint32_t depth;
  // Writes obj and returns 1 when it handles obj's type, 0 to let the pickler
  // write it, -1 on error.
  int (*save_hook)(Pickler *p, Ref obj);
  void *ctx;
  Ref ordered_dict; // collections.OrderedDict, or nullptr when unavailable
};

// 0 / -1.
int pickler_init(Pickler *p, int (*save_hook)(Pickler *, Ref), void *ctx);
void pickler_free(Pickler *p);
// PROTO 2, obj, STOP. 0 / -1.
int pickler_dump(Pickler *p, Ref obj);
// Building blocks for save hooks.
int pickler_save(Pickler *p, Ref obj); // 0 / -1
void pickler_op(Pickler *p, uint8_t op);
void pickler_global(Pickler *p, const char *module, const char *name);

// The opcodes used by hooks.
enum : uint8_t {
  PICKLE_MARK = '(',
  PICKLE_TUPLE = 't',
  PICKLE_REDUCE = 'R',
  PICKLE_BINPERSID = 'Q',
  PICKLE_EMPTY_TUPLE = ')',
  PICKLE_TUPLE1 = 0x85, // TUPLE2, TUPLE3 follow
};
