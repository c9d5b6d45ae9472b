// The bytecode interpreter: frames, argument binding, the dispatch loop and
// exception unwinding. Calls from Python to Python functions do not recurse in
// C: the callee's frame is pushed and the loop continues in it.
#include <cstdio>

#include "py/compile.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/frame.h"
#include "py/gen.h"
#include "py/intobj.h"
#include "py/opcodes.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

VMState py_vm;

// ---------------------------------------------------------------------------
// The data stack: LIFO chunks holding the frames of running calls
// ---------------------------------------------------------------------------

struct DataChunk {
  DataChunk *prev;
  size_t size; // bytes of data[]
  size_t top;  // bytes in use
  alignas(16) char data[];
};

static DataChunk *data_chunk;
static const size_t DATA_CHUNK_MIN = 32 * 1024;

static void *data_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (!data_chunk || data_chunk->top + n > data_chunk->size) {
    size_t size = n > DATA_CHUNK_MIN ? n : DATA_CHUNK_MIN;
    DataChunk *c = (DataChunk *)py_malloc(sizeof(DataChunk) + size);
    if (!c) return nullptr;
    c->prev = data_chunk;
    c->size = size;
    c->top = 0;
    data_chunk = c;
  }
  void *p = data_chunk->data + data_chunk->top;
  data_chunk->top += n;
  return p;
}

static void data_free(size_t n) {
  n = (n + 15) & ~(size_t)15;
  data_chunk->top -= n;
  if (data_chunk->top == 0 && data_chunk->prev) {
    DataChunk *c = data_chunk;
    data_chunk = c->prev;
    py_free(c, sizeof(DataChunk) + c->size);
  }
}

// ---------------------------------------------------------------------------
// Recursion limits
// ---------------------------------------------------------------------------

static bool vm_c_stack_exhausted() {
  char here;
  if (!py_vm.c_stack_base) return false;
  size_t used = (size_t)(py_vm.c_stack_base > &here ? py_vm.c_stack_base - &here
                                                    : &here - py_vm.c_stack_base);
  return used > py_vm.c_stack_limit;
}

int py_enter_call() {
  // The C stack is measured every 8 levels: no 8 nested calls come near the
  // margin UPY_C_STACK_LIMIT leaves below the real stack size.
  if (++py_vm.depth > py_vm.recursion_limit || ((py_vm.depth & 7) == 0 && vm_c_stack_exhausted())) {
    py_vm.depth--;
    py_err_set_str(&py_RecursionError_type, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

void py_signal_interrupt() { py_vm.interrupt = 1; }

// ---------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------

static size_t frame_size(CodeObj *co) {
  return sizeof(Frame) + (frame_nfast(co) + co->stacksize) * sizeof(Ref) +
         co->blocksize * sizeof(Block);
}

// Note [In-place str +=]: str is immutable, so `s += t` must build a new
// string, and a loop of them copies s again and again. When the instruction
// after the `+=` stores into the very local that holds s, and that local and
// the value stack hold the only two references, nobody can observe s changing:
// BINARY_OP clears the local, appends to s in place (py_str_concat_steal
// reallocates its block, usually without moving it) and STORE_FAST stores the
// result back. CPython does the same.

// Note [Zero-argument super]: `super().name` and `super().name(...)` in a
// function where `super` is a global name compile to LOAD_GLOBAL super;
// LOAD_SUPER_ATTR instead of a call and an attribute load. When the global is
// the builtin super and the frame's first argument is a plain instance, the
// attribute is looked up along its mro directly (py_super_find_fast): no
// super object is made, and a plain function is pushed for CALL_METHOD with
// the instance as self. Anything else (a rebound `super`, a class as first
// argument, a name super itself answers or lacks) calls the global with no
// arguments and gets the attribute from the result, as the unoptimised code
// would. The errors of super() come from the same frame_super_args either way.
static int frame_super_args(Frame *f, Ref *type, Ref *obj);

// ---------------------------------------------------------------------------
// Inline caches
// ---------------------------------------------------------------------------

// Note [Inline caches]: LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL
// remember, per instruction, where they found their answer last time: the
// dict entry index of an instance / module / globals dict, or the method found
// on the type. A hit is validated, never trusted: the receiver's type must be
// the cached one, py_type_epoch must be unchanged (no class dict changed since,
// so no descriptor appeared), and the dict entry at the index must still hold
// the very same key object. For globals the dicts' keys_version (which changes
// when any key is added or removed) replaces the key check.
struct ICache {
  const void *key;  // Type* (attribute, method) or the globals DictObj* (LOAD_GLOBAL)
  uint64_t version; // py_type_epoch, or the globals' keys_version
  uint64_t aux;     // LOAD_METHOD: the function; LOAD_GLOBAL: builtins' keys_version
  int64_t index;    // dict entry index (LOAD_GLOBAL: -2 - index into builtins); -1: method
};

static void vm_icache_alloc(CodeObj *co) {
#if UPY_ENABLE_INLINE_CACHE
  ICache *c = (ICache *)py_malloc(co->ncode * sizeof(ICache));
  if (!c) {
    py_err_clear();
    return;
  }
  memset(c, 0, co->ncode * sizeof(ICache));
  co->icache = c;
#else
  (void)co;
#endif
}

void py_code_free_icache(CodeObj *co) {
  if (co->icache) py_free(co->icache, co->ncode * sizeof(ICache));
  co->icache = nullptr;
}

static inline DictObj *ic_instance_dict(Ref o, Type *t) {
  return t->dictoffset > 0 ? *(DictObj **)((char *)o + t->dictoffset) : nullptr;
}

// The value (borrowed) at the cached entry if it still holds `name`.
static inline Ref ic_entry(DictObj *d, int64_t index, Ref name) {
  if (!d || (uint64_t)index >= d->nentries) return nullptr;
  DictEntry *e = &d->entries[index];
  return e->key == name ? e->value : nullptr;
}

static inline Ref ic_load_attr(ICache *c, Ref o, Ref name) {
  Type *t = py_type(o);
  if (c->key != t) return nullptr;
  if (t == &py_module_type) return ic_entry((DictObj *)((ModuleObj *)o)->dict, c->index, name);
  if (c->version != py_type_epoch) return nullptr;
  return ic_entry(ic_instance_dict(o, t), c->index, name);
}

// Remember where o.name was found, when it is a plain instance / module entry.
static void ic_fill_attr(ICache *c, Ref o, Ref name, bool for_store) {
  Type *t = py_type(o);
  Ref d;
  if (t == &py_module_type) {
    if (for_store || py_type_lookup(t, name)) return;
    d = ((ModuleObj *)o)->dict;
  } else {
    if (t->dictoffset <= 0 || py_type_lookup(t, name)) return;
    if (for_store ? t->setattr != py_generic_setattr : t->getattr != py_generic_getattr) return;
    d = (Ref)ic_instance_dict(o, t);
  }
  if (!d || !py_isinstance_exact(d, &py_dict_type)) return;
  int64_t ix = py_dict_entry_index(d, name);
  if (ix < 0 || ((DictObj *)d)->entries[ix].key != name) return;
  *c = {t, py_type_epoch, 0, ix};
}

static void ic_fill_method(ICache *c, Ref o, Ref name) {
  Type *t = py_type(o);
  if (t == &py_module_type) {
    ic_fill_attr(c, o, name, false);
    return;
  }
  if (t->getattr != py_generic_getattr) return;
  Ref descr = py_type_lookup(t, name);
  if (!descr || (py_type(descr) != &py_function_type && py_type(descr) != &py_method_descr_type)) return;
  *c = {t, py_type_epoch, (uint64_t)(uintptr_t)descr, -1};
}

static void ic_fill_global(ICache *c, Frame *f, Ref name) {
  if (!py_isinstance_exact(f->globals, &py_dict_type) || !py_isinstance_exact(f->builtins, &py_dict_type))
    return;
  DictObj *g = (DictObj *)f->globals, *b = (DictObj *)f->builtins;
  int64_t ix = py_dict_entry_index(f->globals, name);
  if (ix >= 0) {
    *c = {g, g->keys_version, 0, ix};
    return;
  }
  ix = py_dict_entry_index(f->builtins, name);
  if (ix >= 0) *c = {g, g->keys_version, b->keys_version, -2 - ix};
}

static inline Ref ic_load_global(ICache *c, Frame *f) {
  DictObj *g = (DictObj *)f->globals;
  if (c->key != g || c->version != g->keys_version) return nullptr;
  if (c->index >= 0) return g->entries[c->index].value;
  DictObj *b = (DictObj *)f->builtins;
  if (c->aux != b->keys_version) return nullptr;
  return b->entries[-2 - c->index].value;
}

// Allocate a frame for `co` (data stack, or heap for generators) with empty
// locals and stack. The caller sets func / globals / builtins / locals.
static Frame *frame_alloc(CodeObj *co, bool on_heap) {
  size_t size = frame_size(co);
  Frame *f = (Frame *)(on_heap ? py_malloc(size) : data_alloc(size));
  if (!f) return nullptr;
  if (!co->icache) vm_icache_alloc(co);
  uint32_t nfast = frame_nfast(co);
  f->back = nullptr;
  f->code = co;
  f->func = f->globals = f->builtins = f->locals = nullptr;
  f->fast = (Ref *)(f + 1);
  for (uint32_t i = 0; i < nfast; i++) f->fast[i] = nullptr;
  f->stack = f->fast + nfast;
  f->sp = f->stack;
  f->blocks = (Block *)(f->stack + co->stacksize);
  f->nblocks = 0;
  f->pc = 0;
  f->nfast = nfast;
  f->is_entry = f->yielded = false;
  f->on_heap = on_heap;
  f->size = size;
  return f;
}

// Restore the handled exception saved by any EXCEPT_HANDLER blocks still open.
static void frame_pop_handlers(Frame *f) {
  while (f->nblocks) {
    Block *b = &f->blocks[--f->nblocks];
    if (b->type == BLOCK_EXCEPT_HANDLER) py_setref(&py_vm.handled, b->prev_handled);
  }
}

void py_frame_release(Frame *f) {
  if (f->on_heap) {
    // A suspended generator's handlers belong to its own exception state.
    while (f->nblocks) {
      Block *b = &f->blocks[--f->nblocks];
      if (b->type == BLOCK_EXCEPT_HANDLER) py_xdecref(b->prev_handled);
    }
  }
  frame_pop_handlers(f);
  while (f->sp > f->stack) py_xdecref(*--f->sp);
  for (uint32_t i = 0; i < f->nfast; i++) py_xdecref(f->fast[i]);
  // A function's frame borrows globals and builtins from the function.
  if (f->func) py_decref(f->func);
  else {
    py_xdecref(f->globals);
    py_xdecref(f->builtins);
  }
  py_xdecref(f->locals);
  py_decref((Ref)f->code);
  if (f->on_heap)
    py_free(f, f->size);
  else
    data_free(f->size);
}

// ---------------------------------------------------------------------------
// Argument binding
// ---------------------------------------------------------------------------

static Ref func_qualname(FuncObj *fn) { return fn->qualname; }

// "f() missing 2 required positional arguments: 'a' and 'b'"
static void bind_missing_error(Ref qualname, CodeObj *co, Ref *fast, uint32_t from, uint32_t to,
                               const char *kind) {
  StrBuf names;
  py_strbuf_init(&names);
  uint32_t missing = 0;
  for (uint32_t i = from; i < to; i++)
    if (!fast[i]) missing++;
  uint32_t k = 0;
  for (uint32_t i = from; i < to; i++) {
    if (fast[i]) continue;
    if (k > 0) py_strbuf_adds(&names, missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ");
    py_strbuf_printf(&names, "'%U'", py_tuple_items(co->varnames)[i]);
    k++;
  }
  Ref s = py_strbuf_finish(&names);
  if (!s) return;
  py_err_format(&py_TypeError_type, "%U() missing %u required %s argument%s: %U", qualname, missing, kind, missing == 1 ? "" : "s", s);
  py_decref(s);
}

static void bind_too_many_error(FuncObj *fn, CodeObj *co, size_t given, size_t kw_given) {
  size_t ndef = fn->defaults ? py_tuple_len(fn->defaults) : 0;
  size_t argc = co->argcount;
  char takes[64];
  if (ndef)
    snprintf(takes, sizeof takes, "from %zu to %zu", argc - ndef, argc);
  else
    snprintf(takes, sizeof takes, "%zu", argc);
  if (kw_given)
    py_err_format(&py_TypeError_type,
                  "%U() takes %s positional argument%s but %zu positional argument%s (and %zu "
                  "keyword-only argument%s) were given",
                  func_qualname(fn), takes, argc == 1 && !ndef ? "" : "s", given,
                  given == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
  else
    py_err_format(&py_TypeError_type, "%U() takes %s positional argument%s but %zu %s given",
                  func_qualname(fn), takes, argc == 1 && !ndef ? "" : "s", given,
                  given == 1 ? "was" : "were");
}

// Index of keyword `key` among the parameters that accept keywords, or -1.
static int bind_find_kw(CodeObj *co, Ref key) {
  Ref *names = py_tuple_items(co->varnames);
  uint32_t end = co->argcount + co->kwonlyargcount;
  for (uint32_t i = co->posonlyargcount; i < end; i++)
    if (names[i] == key) return (int)i;
  for (uint32_t i = co->posonlyargcount; i < end; i++)
    if (py_str_equal(names[i], key)) return (int)i;
  return -1;
}

static bool bind_is_posonly_name(CodeObj *co, Ref key) {
  for (uint32_t i = 0; i < co->posonlyargcount; i++)
    if (py_str_equal(py_tuple_items(co->varnames)[i], key)) return true;
  return false;
}

// Bind call arguments into fast[] (new references). 0 / -1.
static int bind_args(FuncObj *fn, CodeObj *co, Ref *fast, Ref const *args, size_t nargs,
                     Ref kwnames) {
  uint32_t argc = co->argcount;
  size_t npos = nargs < argc ? nargs : argc;
  for (size_t i = 0; i < npos; i++) fast[i] = py_newref(args[i]);
  uint32_t slot = argc + co->kwonlyargcount;
  Ref kwdict = nullptr;
  if (co->flags & CO_VARARGS) {
    Ref rest = py_tuple_from_array(args + npos, nargs - npos);
    if (!rest) return -1;
    fast[slot++] = rest;
  } else if (nargs > argc) {
    size_t kwonly_given = 0;
    size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
      int i = bind_find_kw(co, py_tuple_items(kwnames)[k]);
      if (i >= (int)argc) kwonly_given++;
    }
    bind_too_many_error(fn, co, nargs, kwonly_given);
    return -1;
  }
  if (co->flags & CO_VARKEYWORDS) {
    if (!(kwdict = py_dict_new())) return -1;
    fast[slot] = kwdict;
  }
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Ref key = py_tuple_items(kwnames)[k];
    Ref value = args[nargs + k];
    int i = bind_find_kw(co, key);
    if (i < 0) {
      if (kwdict) {
        if (py_dict_set(kwdict, key, value) < 0) return -1;
        continue;
      }
      if (bind_is_posonly_name(co, key))
        py_err_format(&py_TypeError_type,
                      "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                      func_qualname(fn), key);
      else
        py_err_format(&py_TypeError_type, "%U() got an unexpected keyword argument '%U'",
                      func_qualname(fn), key);
      return -1;
    }
    if (fast[i]) {
      py_err_format(&py_TypeError_type, "%U() got multiple values for argument '%U'",
                    func_qualname(fn), key);
      return -1;
    }
    fast[i] = py_newref(value);
  }
  // Defaults for the missing positional parameters.
  if (nargs < argc) {
    size_t ndef = fn->defaults ? py_tuple_len(fn->defaults) : 0;
    size_t first_def = argc - ndef;
    for (size_t i = nargs; i < argc; i++) {
      if (fast[i]) continue;
      if (i >= first_def) fast[i] = py_newref(py_tuple_items(fn->defaults)[i - first_def]);
    }
    for (size_t i = nargs; i < first_def && i < argc; i++)
      if (!fast[i]) {
        bind_missing_error(func_qualname(fn), co, fast, (uint32_t)nargs, (uint32_t)first_def, "positional");
        return -1;
      }
  }
  for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++) {
    if (fast[i]) continue;
    Ref d = fn->kwdefaults ? py_dict_get_interned(fn->kwdefaults, py_tuple_items(co->varnames)[i])
                           : nullptr;
    if (d) fast[i] = py_newref(d);
  }
  for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++)
    if (!fast[i]) {
      bind_missing_error(func_qualname(fn), co, fast, argc, argc + co->kwonlyargcount, "keyword-only");
      return -1;
    }
  return 0;
}

// Cells for captured locals (taking over parameters that are captured) and the
// closure's cells for free variables.
static int frame_init_cells(Frame *f, FuncObj *fn) {
  CodeObj *co = f->code;
  size_t ncells = py_tuple_len(co->cellvars);
  for (size_t i = 0; i < ncells; i++) {
    Ref init = nullptr;
    int32_t arg = co->cell2arg ? co->cell2arg[i] : -1;
    if (arg >= 0) init = f->fast[arg];
    Ref cell = py_cell_new(init);
    if (!cell) return -1;
    if (arg >= 0) py_clear(&f->fast[arg]);
    f->fast[co->nlocals + i] = cell;
  }
  size_t nfree = py_tuple_len(co->freevars);
  for (size_t i = 0; i < nfree; i++) {
    Ref c = fn && fn->closure && i < py_tuple_len(fn->closure) ? py_tuple_items(fn->closure)[i]
                                                               : nullptr;
    if (!c) {
      py_err_set_str(&py_SystemError_type, "closure is missing a cell");
      return -1;
    }
    f->fast[co->nlocals + ncells + i] = py_newref(c);
  }
  return 0;
}

// A new frame for calling fn with the given arguments (bound), or nullptr.
static Frame *frame_for_call(FuncObj *fn, Ref const *args, size_t nargs, Ref kwnames,
                             bool on_heap) {
  CodeObj *co = (CodeObj *)fn->code;
  Frame *f = frame_alloc(co, on_heap);
  if (!f) return nullptr;
  py_incref((Ref)co);
  f->func = py_newref((Ref)fn);
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  bool simple = !kwnames && nargs == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
                co->kwonlyargcount == 0;
  if (simple) {
    for (size_t i = 0; i < nargs; i++) f->fast[i] = py_newref(args[i]);
  } else if (bind_args(fn, co, f->fast, args, nargs, kwnames) < 0) {
    py_frame_release(f);
    return nullptr;
  }
  if ((!py_tuple_len(co->cellvars) && !py_tuple_len(co->freevars)) || frame_init_cells(f, fn) == 0)
    return f;
  py_frame_release(f);
  return nullptr;
}

// ---------------------------------------------------------------------------
// Helpers for the loop
// ---------------------------------------------------------------------------

static Ref vm_name_error(Ref name) {
  py_err_format(&py_NameError_type, "name '%U' is not defined", name);
  return nullptr;
}

static Ref vm_load_global(Frame *f, Ref name) {
  Ref v = py_dict_get_interned(f->globals, name);
  if (v) return py_newref(v);
  if (py_err_occurred()) return nullptr;
  if (py_is_dict(f->builtins)) {
    v = py_dict_get_interned(f->builtins, name);
    if (v) return py_newref(v);
    if (py_err_occurred()) return nullptr;
  }
  return vm_name_error(name);
}

// Look up in a locals mapping: borrowed-or-new semantics unified as new ref;
// returns nullptr without error when missing.
static Ref vm_mapping_get(Ref map, Ref name) {
  if (py_isinstance_exact(map, &py_dict_type)) {
    Ref v = py_dict_get_interned(map, name);
    return v ? py_newref(v) : nullptr;
  }
  Ref v = py_getitem(map, name);
  if (!v && py_err_matches(&py_KeyError_type)) py_err_clear();
  return v;
}

static Ref vm_load_name(Frame *f, Ref name) {
  if (f->locals) {
    Ref v = vm_mapping_get(f->locals, name);
    if (v || py_err_occurred()) return v;
  }
  return vm_load_global(f, name);
}

static void vm_unbound_local(CodeObj *co, uint32_t i) {
  py_err_format(&py_UnboundLocalError_type,
                "cannot access local variable '%U' where it is not associated with a value",
                py_tuple_items(co->varnames)[i]);
}

static Ref vm_deref_name(CodeObj *co, uint32_t i) {
  size_t ncells = py_tuple_len(co->cellvars);
  return i < ncells ? py_tuple_items(co->cellvars)[i] : py_tuple_items(co->freevars)[i - ncells];
}

static void vm_unbound_deref(CodeObj *co, uint32_t i) {
  if (i < py_tuple_len(co->cellvars))
    py_err_format(&py_UnboundLocalError_type,
                  "cannot access local variable '%U' where it is not associated with a value",
                  vm_deref_name(co, i));
  else
    py_err_format(&py_NameError_type,
                  "cannot access free variable '%U' where it is not associated with a value in "
                  "enclosing scope",
                  vm_deref_name(co, i));
}

static Ref vm_make_function(Frame *f, Ref code, uint32_t flags, Ref *extra) {
  // extra[] holds, in order: defaults, kwdefaults, annotations, closure (each
  // present only when its flag is set), all owned.
  FuncObj *fn = (FuncObj *)py_obj_alloc(&py_function_type, sizeof(FuncObj));
  if (!fn) return nullptr;
  CodeObj *co = (CodeObj *)code;
  fn->code = py_newref(code);
  fn->globals = py_newref(f->globals);
  fn->builtins = py_newref(f->builtins);
  fn->name = py_newref(co->name);
  fn->qualname = py_newref(co->qualname);
  fn->doc = py_newref((co->flags & CO_DOCSTRING) && py_tuple_len(co->consts)
                          ? py_tuple_items(co->consts)[0]
                          : py_None);
  static Ref name_key; // "__name__", interned once
  if (!name_key) name_key = py_str_intern("__name__");
  Ref mod = name_key ? py_dict_get(f->globals, name_key) : nullptr;
  fn->module = py_xnewref(mod);
  int k = 0;
  if (flags & 1) fn->defaults = py_newref(extra[k++]);
  if (flags & 2) fn->kwdefaults = py_newref(extra[k++]);
  if (flags & 4) fn->annotations = py_newref(extra[k++]);
  if (flags & 8) fn->closure = py_newref(extra[k++]);
  return (Ref)fn;
}

// `raise exc from cause` / `raise exc`: normalise and set the pending exception.
static void vm_do_raise(Ref exc, Ref cause) {
  Ref inst;
  if (py_is_exc_type(exc)) {
    inst = py_call0(exc);
    if (!inst) return;
    if (!py_is_exc(inst)) {
      py_err_format(&py_TypeError_type,
                    "calling %R should have returned an instance of BaseException, not %T", exc,
                    inst);
      py_decref(inst);
      return;
    }
  } else if (py_is_exc(exc)) {
    inst = py_newref(exc);
  } else {
    py_err_set_str(&py_TypeError_type, "exceptions must derive from BaseException");
    return;
  }
  if (cause) {
    Ref c;
    if (cause == py_None)
      c = nullptr;
    else if (py_is_exc_type(cause)) {
      c = py_call0(cause);
      if (!c) {
        py_decref(inst);
        return;
      }
    } else if (py_is_exc(cause))
      c = py_newref(cause);
    else {
      py_decref(inst);
      py_err_set_str(&py_TypeError_type, "exception causes must derive from BaseException");
      return;
    }
    ExcObj *e = (ExcObj *)inst;
    py_setref(&e->cause, c);
    e->suppress_context = true;
  }
  py_err_set_context(inst);
  py_err_restore(inst);
}

static int vm_exc_match_check(Ref cls) {
  if (py_is_tuple(cls)) {
    for (size_t i = 0; i < py_tuple_len(cls); i++)
      if (vm_exc_match_check(py_tuple_items(cls)[i]) < 0) return -1;
    return 0;
  }
  if (py_is_exc_type(cls)) return 0;
  py_err_set_str(&py_TypeError_type,
                 "catching classes that do not inherit from BaseException is not allowed");
  return -1;
}

static bool vm_exc_matches(Ref exc, Ref cls) {
  if (py_is_tuple(cls)) {
    for (size_t i = 0; i < py_tuple_len(cls); i++)
      if (vm_exc_matches(exc, py_tuple_items(cls)[i])) return true;
    return false;
  }
  return py_subtype(py_type(exc), (Type *)cls);
}

static int vm_unpack(Ref seq, uint32_t before, int32_t after, Ref *sp_out) {
  // Fills sp_out[0..n) in reverse order (last item first) as UNPACK_SEQUENCE
  // pushes them. after < 0 means no starred target.
  size_t n = before + (after < 0 ? 0 : (size_t)after + 1);
  if (after < 0 &&
      (py_isinstance_exact(seq, &py_tuple_type) || py_isinstance_exact(seq, &py_list_type))) {
    size_t len = py_is_tuple(seq) ? py_tuple_len(seq) : py_list_len(seq);
    Ref *items = py_is_tuple(seq) ? py_tuple_items(seq) : py_list_items(seq);
    if (len != before) {
      if (len < before)
        py_err_format(&py_ValueError_type, "not enough values to unpack (expected %u, got %zu)",
                      before, len);
      else
        py_err_format(&py_ValueError_type, "too many values to unpack (expected %u)", before);
      return -1;
    }
    for (size_t i = 0; i < len; i++) sp_out[len - 1 - i] = py_newref(items[i]);
    return 0;
  }
  Ref it = py_iter(seq);
  if (!it) {
    if (py_err_matches(&py_TypeError_type) && !py_type(seq)->iter && !py_type(seq)->getitem) {
      py_err_clear();
      py_err_format(&py_TypeError_type, "cannot unpack non-iterable %T object", seq);
    }
    return -1;
  }
  size_t got = 0;
  for (; got < before; got++) {
    Ref v = py_next(it);
    if (!v) {
      if (!py_err_occurred()) {
        if (after < 0)
          py_err_format(&py_ValueError_type, "not enough values to unpack (expected %u, got %zu)",
                        before, got);
        else
          py_err_format(&py_ValueError_type,
                        "not enough values to unpack (expected at least %u, got %zu)",
                        before + after, got);
      }
      goto fail;
    }
    sp_out[n - 1 - got] = v;
  }
  if (after < 0) {
    Ref extra = py_next(it);
    if (extra) {
      py_decref(extra);
      py_err_format(&py_ValueError_type, "too many values to unpack (expected %u)", before);
      goto fail;
    }
    if (py_err_occurred()) goto fail;
  } else {
    Ref rest = py_sequence_list(it);
    if (!rest) goto fail;
    size_t rl = py_list_len(rest);
    if (rl < (size_t)after) {
      py_err_format(&py_ValueError_type,
                    "not enough values to unpack (expected at least %u, got %zu)", before + after,
                    before + rl);
      py_decref(rest);
      goto fail;
    }
    // Move the last `after` items out of the list.
    for (int32_t j = 0; j < after; j++) {
      Ref v = py_list_items(rest)[rl - after + j];
      sp_out[after - 1 - j] = v;
    }
    ((ListObj *)rest)->len = rl - after;
    sp_out[after] = rest;
    got = n;
  }
  py_decref(it);
  return 0;
fail:
  for (size_t i = 0; i < got; i++) py_decref(sp_out[n - 1 - i]);
  py_decref(it);
  return -1;
}

static Ref vm_format_value(Ref v, uint32_t flags, Ref spec) {
  Ref conv = nullptr;
  switch (flags & 3) {
  case 1: conv = py_str(v); break;
  case 2: conv = py_repr(v); break;
  case 3: conv = py_ascii(v); break;
  default: conv = py_newref(v);
  }
  if (!conv) return nullptr;
  Ref r;
  Type *t = py_type(conv);
  // format(x, '') is str(x) for the builtin types (and a no-op for str).
  if (!spec && (t == &py_str_type || t == &py_int_type || t == &py_float_type))
    r = py_str(conv);
  else
    r = py_format(conv, spec);
  py_decref(conv);
  return r;
}

// The pieces are strs whose lengths are known: one exact allocation, no rescan.
static Ref vm_build_string(Ref *items, uint32_t n) {
  size_t len = 0, nchars = 0;
  for (uint32_t i = 0; i < n; i++) {
    len += py_str_len(items[i]);
    nchars += py_str_nchars(items[i]);
  }
  char one[2];
  Ref r = len > 1 ? py_str_alloc(len) : nullptr;
  if (len > 1 && !r) return nullptr;
  char *o = r ? (char *)py_str_data(r) : one; // "" and 1-char strs are shared: build aside
  for (uint32_t i = 0; i < n; i++) {
    memcpy(o, py_str_data(items[i]), py_str_len(items[i]));
    o += py_str_len(items[i]);
  }
  if (!r) return py_str_new_n(one, len, nchars);
  ((StrObj *)r)->nchars = nchars;
  return r;
}

static int vm_print_expr(Ref v) {
  if (v == py_None) return 0;
  if (py_dict_set_str(py_vm.builtins, "_", v) < 0) return -1;
  Ref r = py_repr(v);
  if (!r) return -1;
  Ref print = py_dict_get_str(py_vm.builtins, "print");
  Ref res = print ? py_call1(print, r) : nullptr;
  py_decref(r);
  if (!res) return -1;
  py_decref(res);
  return 0;
}

// Are all keys of dict str (as keyword arguments must be)?
static bool vm_str_keys(Ref dict) {
  size_t pos = 0;
  Ref k, v;
  while (py_dict_next(dict, &pos, &k, &v))
    if (!py_is_str(k)) return false;
  return true;
}

// How call errors name the callable: "mod.qualname()" like CPython.
static Ref vm_func_str(Ref func) {
  Ref qn = py_getattr_opt(func, py_str_intern("__qualname__"));
  if (!qn || !py_is_str(qn)) {
    py_xdecref(qn);
    py_err_clear();
    return py_str_format("%T object", func);
  }
  Ref mod = py_getattr_opt(func, py_str_intern("__module__"));
  py_err_clear();
  Ref r;
  if (mod && py_is_str(mod) && !py_str_equal_cstr(mod, "builtins"))
    r = py_str_format("%U.%U()", mod, qn);
  else
    r = py_str_format("%U()", qn);
  py_xdecref(mod);
  py_decref(qn);
  return r;
}

static void(vm_call_error)(Ref func, PyMsg fmt, Ref a, Ref b) {
  Ref fs = vm_func_str(func);
  if (!fs) return;
  (py_err_format)(&py_TypeError_type, py_msg_str(fmt), fs, a, b);
  py_decref(fs);
}
#define vm_call_error(func, fmt, a, b) (vm_call_error)(func, PY_MSG(fmt), a, b)

static inline FuncObj *vm_inline_target(Ref callable, Ref *self);
static Frame *vm_push_frame(FuncObj *fn, Ref self, Ref const *argv, size_t npos, Ref kwnames);

// fn(*tuple, **dict) as a frame the loop can run (see vm_inline_target).
static Frame *vm_push_frame_ex(FuncObj *fn, Ref self, Ref tuple, Ref dict) {
  size_t np = py_tuple_len(tuple), nk = dict ? (size_t)py_dict_len(dict) : 0;
  if (nk == 0) return vm_push_frame(fn, self, py_tuple_items(tuple), np, nullptr);
  Ref kwnames = py_tuple_new(nk);
  Ref stack[16];
  Ref *buf = np + nk <= 16 ? stack : (Ref *)py_malloc((np + nk) * sizeof(Ref));
  Frame *nf = nullptr;
  if (kwnames && buf) {
    for (size_t i = 0; i < np; i++) buf[i] = py_tuple_items(tuple)[i];
    size_t pos = 0, k = 0;
    Ref key, value;
    while (py_dict_next(dict, &pos, &key, &value)) {
      py_tuple_items(kwnames)[k] = py_newref(key);
      buf[np + k++] = value;
    }
    nf = vm_push_frame(fn, self, buf, np, kwnames);
  }
  if (buf && buf != stack) py_free(buf, (np + nk) * sizeof(Ref));
  py_xdecref(kwnames);
  return nf;
}

// f(*args, **kwargs): the result, or (Python functions) a frame in *pushed
// for the loop to run; nullptr with an error set on failure.
static Ref vm_call_ex(Ref func, Ref args, Ref kwargs, Frame **pushed) {
  *pushed = nullptr;
  Ref tuple = nullptr, dict = nullptr;
  if (py_isinstance_exact(args, &py_tuple_type))
    tuple = py_newref(args);
  else {
    if (!py_type(args)->iter && !py_type(args)->getitem) {
      vm_call_error(func, "%U argument after * must be an iterable, not %T", args, nullptr);
      return nullptr;
    }
    if (!(tuple = py_sequence_tuple(args))) return nullptr;
  }
  if (kwargs && !py_isinstance_exact(kwargs, &py_dict_type)) {
    if (!(dict = py_dict_new()) || py_dict_merge(dict, kwargs, true) < 0) {
      if (dict && py_err_matches(&py_AttributeError_type)) {
        py_err_clear();
        vm_call_error(func, "%U argument after ** must be a mapping, not %T", kwargs, nullptr);
      }
      py_xdecref(dict);
      py_decref(tuple);
      return nullptr;
    }
  } else {
    dict = py_xnewref(kwargs);
  }
  Ref self, r = nullptr;
  FuncObj *fn = vm_inline_target(func, &self);
  if (fn && (!dict || vm_str_keys(dict)))
    *pushed = vm_push_frame_ex(fn, self, tuple, dict);
  else
    r = py_call_tuple_dict(func, tuple, dict);
  py_decref(tuple);
  py_xdecref(dict);
  return r;
}

static int vm_dict_merge_kw(Ref func, Ref dict, Ref other) {
  if (!py_is_dict(other)) {
    int has = py_hasattr(other, py_str_intern("keys"));
    if (has <= 0) {
      if (has == 0)
        vm_call_error(func, "%U argument after ** must be a mapping, not %T", other, nullptr);
      return -1;
    }
  }
  size_t pos = 0;
  Ref k, v;
  if (py_is_dict(other) && py_type(other)->iter == py_dict_type.iter) {
    while (py_dict_next(other, &pos, &k, &v)) {
      if (!py_is_str(k)) {
        py_err_format(&py_TypeError_type, "keywords must be strings");
        return -1;
      }
      if (py_dict_get(dict, k)) {
        vm_call_error(func, "%U got multiple values for keyword argument '%U'", k, nullptr);
        return -1;
      }
      if (py_dict_set(dict, k, v) < 0) return -1;
    }
    return 0;
  }
  Ref tmp = py_dict_new();
  if (!tmp) return -1;
  int r = py_dict_merge(tmp, other, true) < 0 ? -1 : vm_dict_merge_kw(func, dict, tmp);
  py_decref(tmp);
  return r;
}

static Ref vm_with_lookup(Ref mgr, const char *name) {
  Ref f = py_type_lookup_str(py_type(mgr), name);
  if (!f) return nullptr;
  auto get = py_type(f)->descr_get;
  return get ? get(f, mgr, (Ref)py_type(mgr)) : py_newref(f);
}

// ---------------------------------------------------------------------------
// The loop
// ---------------------------------------------------------------------------

// Small-int fast paths for the hottest operators. Returns nullptr when the
// general path is needed (no error set).
static inline Ref vm_small_binop(Ref a, Ref b, uint32_t op) {
  if (!py_is_small(a) || !py_is_small(b)) return nullptr;
  intptr_t x = py_small_value(a), y = py_small_value(b), r;
  switch (op & ~BINOP_INPLACE) {
  case BINOP_ADD: r = x + y; break;
  case BINOP_SUB: r = x - y; break;
  case BINOP_MUL:
    if (__builtin_mul_overflow(x, y, &r)) return nullptr;
    break;
  case BINOP_AND: r = x & y; break;
  case BINOP_OR: r = x | y; break;
  case BINOP_XOR: r = x ^ y; break;
  case BINOP_FLOORDIV:
    if (y == 0) return nullptr;
    r = x / y - ((x % y != 0) && ((x < 0) != (y < 0)));
    break;
  case BINOP_MOD:
    if (y == 0) return nullptr;
    r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    break;
  default: return nullptr;
  }
  return py_small_fits(r) ? py_small_new(r) : nullptr;
}

static inline Ref vm_float_binop(Ref a, Ref b, uint32_t op) {
  Type *ta = py_type(a), *tb = py_type(b);
  double x, y;
  if (ta == &py_float_type)
    x = py_float_value(a);
  else if (py_is_small(a))
    x = (double)py_small_value(a);
  else
    return nullptr;
  if (tb == &py_float_type)
    y = py_float_value(b);
  else if (py_is_small(b))
    y = (double)py_small_value(b);
  else
    return nullptr;
  if (ta != &py_float_type && tb != &py_float_type) return nullptr;
  switch (op & ~BINOP_INPLACE) {
  case BINOP_ADD: return py_float_new(x + y);
  case BINOP_SUB: return py_float_new(x - y);
  case BINOP_MUL: return py_float_new(x * y);
  case BINOP_TRUEDIV:
    if (y == 0) return nullptr;
    return py_float_new(x / y);
  default: return nullptr;
  }
}

static Ref vm_run(Frame *f);

// The Python function a call of `callable` runs, when the VM can run it in
// its own loop: a plain function, a bound method of one, or an instance
// whose class's __call__ is one. *self is the object to prepend (or nullptr).
// Borrowed results (kept alive by `callable`); nullptr otherwise.
static inline FuncObj *vm_inline_target(Ref callable, Ref *self) {
  Type *t = py_type(callable);
  Ref fn;
  *self = nullptr;
  if (t == &py_function_type) {
    fn = callable;
  } else if (t == &py_method_type) {
    fn = ((MethodObj *)callable)->func;
    *self = ((MethodObj *)callable)->self;
  } else if (py_type_has(t, TPF_HEAPTYPE) && t->call) {
    static Ref call_name;
    if (!call_name) call_name = py_str_intern("__call__");
    fn = py_type_lookup(t, call_name);
    *self = callable;
  } else {
    return nullptr;
  }
  if (!fn || py_type(fn) != &py_function_type) return nullptr;
  if (((CodeObj *)((FuncObj *)fn)->code)->flags & CO_GENERATOR) return nullptr;
  return (FuncObj *)fn;
}

// A frame for fn(self?, *argv) (keyword values after the npos positional
// ones, named by kwnames), counted in the call depth; nullptr with an error.
static Frame *vm_push_frame(FuncObj *fn, Ref self, Ref const *argv, size_t npos, Ref kwnames) {
  if (++py_vm.depth > py_vm.recursion_limit) {
    py_vm.depth--;
    py_err_set_str(&py_RecursionError_type, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame *nf;
  if (self) {
    size_t total = npos + (kwnames ? py_tuple_len(kwnames) : 0);
    Ref stack[16];
    Ref *buf = total + 1 <= 16 ? stack : (Ref *)py_malloc((total + 1) * sizeof(Ref));
    nf = nullptr;
    if (buf) {
      buf[0] = self;
      for (size_t i = 0; i < total; i++) buf[i + 1] = argv[i];
      nf = frame_for_call(fn, buf, npos + 1, kwnames, false);
      if (buf != stack) py_free(buf, (total + 1) * sizeof(Ref));
    }
  } else {
    nf = frame_for_call(fn, argv, npos, kwnames, false);
  }
  if (!nf) py_vm.depth--;
  return nf;
}

// Run a frame that was just set up, as an entry frame.
static Ref vm_run_entry(Frame *f) {
  if (py_enter_call() < 0) {
    py_frame_release(f);
    return nullptr;
  }
  f->is_entry = true;
  f->back = py_vm.frame;
  Ref r = vm_run(f);
  py_leave_call();
  return r;
}

Ref py_function_call(Ref func, Ref const *args, size_t nargs, Ref kwnames) {
  FuncObj *fn = (FuncObj *)func;
  CodeObj *co = (CodeObj *)fn->code;
  if (co->flags & CO_GENERATOR) {
    Frame *f = frame_for_call(fn, args, nargs, kwnames, true);
    return f ? py_gen_new(f, fn) : nullptr;
  }
  Frame *f = frame_for_call(fn, args, nargs, kwnames, false);
  if (!f) return nullptr;
  return vm_run_entry(f);
}

Ref py_eval_code(Ref code, Ref globals, Ref locals) {
  CodeObj *co = (CodeObj *)code;
  bool gen = co->flags & CO_GENERATOR;
  Frame *f = frame_alloc(co, gen);
  if (!f) return nullptr;
  py_incref(code);
  f->globals = py_newref(globals);
  Ref b = py_dict_get_str(globals, "__builtins__");
  if (b && py_type(b) == &py_module_type) b = py_module_dict(b);
  f->builtins = py_newref(b && py_is_dict(b) ? b : py_vm.builtins);
  f->locals = py_newref(locals ? locals : globals);
  // A function's code run by exec(): no arguments are given, so its
  // parameters are missing (*args and **kwargs are empty), and its cells are
  // fresh (free variables were refused by the caller).
  uint32_t nparams = co->argcount + co->kwonlyargcount;
  if (nparams) {
    bool kwonly = !co->argcount;
    bind_missing_error(co->qualname, co, f->fast, kwonly ? co->argcount : 0,
                       kwonly ? nparams : co->argcount, kwonly ? "keyword-only" : "positional");
    goto fail;
  }
  if (co->flags & CO_VARARGS && !(f->fast[nparams++] = py_tuple_empty())) goto fail;
  if (co->flags & CO_VARKEYWORDS && !(f->fast[nparams] = py_dict_new())) goto fail;
  if (py_tuple_len(co->cellvars) && frame_init_cells(f, nullptr) < 0) goto fail;
  return gen ? py_gen_new(f, nullptr) : vm_run_entry(f);
fail:
  py_frame_release(f);
  return nullptr;
}

// Run a class body function with `ns` as its locals (for __build_class__).
static Ref vm_run_class_body(FuncObj *fn, Ref ns) {
  CodeObj *co = (CodeObj *)fn->code;
  Frame *f = frame_alloc(co, false);
  if (!f) return nullptr;
  py_incref((Ref)co);
  f->func = py_newref((Ref)fn);
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->locals = py_newref(ns);
  if (frame_init_cells(f, fn) < 0) {
    py_frame_release(f);
    return nullptr;
  }
  return vm_run_entry(f);
}

Ref py_frame_resume(Frame *f, bool throwing) {
  if (py_enter_call() < 0) return nullptr;
  f->is_entry = true;
  f->back = py_vm.frame;
  f->yielded = false;
  Ref r;
  if (throwing) {
    // Enter the loop straight into exception handling at the current point.
    f->pc |= 0x80000000u;
  }
  r = vm_run(f);
  py_leave_call();
  return r;
}

#define VM_THROW_FLAG 0x80000000u

static Ref vm_run(Frame *f) {
  static void *const labels[OP_COUNT] = {
#define PY_OPCODE_LABEL(name) &&op_##name,
#define PY_FUSED_LABEL(first, second) &&op_##first##__##second,
      PY_OPCODES(PY_OPCODE_LABEL) PY_FUSED_OPCODES(PY_FUSED_LABEL)
#undef PY_OPCODE_LABEL
#undef PY_FUSED_LABEL
  };
  static_assert(sizeof(labels) / sizeof(labels[0]) == OP_COUNT, "one label per opcode");

  Instr *code;
  ICache *icache;
  Ref *consts, *names, *fast, *sp;
  uint32_t pc;
  Instr instr;
  Ref retval = nullptr;

#define LOAD_FRAME()                                                                               \
  do {                                                                                             \
    code = f->code->code;                                                                          \
    icache = UPY_ENABLE_INLINE_CACHE ? (ICache *)f->code->icache : nullptr;                        \
    consts = py_tuple_items(f->code->consts);                                                      \
    names = py_tuple_items(f->code->names);                                                        \
    fast = f->fast;                                                                                \
    sp = f->sp;                                                                                    \
    pc = f->pc;                                                                                    \
    py_vm.frame = f;                                                                               \
  } while (0)
#define SAVE_FRAME()                                                                               \
  do {                                                                                             \
    f->sp = sp;                                                                                    \
    f->pc = pc;                                                                                    \
  } while (0)
#define DISPATCH()                                                                                 \
  do {                                                                                             \
    instr = code[pc++];                                                                            \
    goto *labels[instr & 0xFF];                                                                    \
  } while (0)
#define ARG (instr >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) goto error;                                                                       \
  } while (0)

  // clang-format off (it would put a space before the labels' colons)
  LOAD_FRAME();
  if (pc & VM_THROW_FLAG) {
    pc &= ~VM_THROW_FLAG;
    f->pc = pc;
    goto error;
  }
  DISPATCH();

  // The bodies of the instructions that start fused pairs (Note [Fused
  // instructions]); each handler is its body then a dispatch.
#define BODY_POP_TOP(second) py_decref(POP())
#define BODY_LOAD_CONST(second)                                                                    \
  do {                                                                                             \
    py_incref(consts[ARG]);                                                                        \
    PUSH(consts[ARG]);                                                                             \
  } while (0)
#define BODY_LOAD_FAST(second)                                                                     \
  do {                                                                                             \
    Ref v_ = fast[ARG];                                                                            \
    if (!v_) {                                                                                     \
      vm_unbound_local(f->code, ARG);                                                              \
      goto error;                                                                                  \
    }                                                                                              \
    py_incref(v_);                                                                                 \
    PUSH(v_);                                                                                      \
  } while (0)
#define BODY_STORE_FAST(second)                                                                    \
  do {                                                                                             \
    Ref old_ = fast[ARG];                                                                          \
    fast[ARG] = POP();                                                                             \
    py_xdecref(old_);                                                                              \
  } while (0)
#define BODY_JUMP(second)                                                                          \
  do {                                                                                             \
    if (ARG < pc && py_vm.interrupt) {                                                             \
      py_vm.interrupt = 0;                                                                         \
      SAVE_FRAME();                                                                                \
      py_err_set_exc((Ref)&py_KeyboardInterrupt_type);                                             \
      goto error;                                                                                  \
    }                                                                                              \
    pc = ARG;                                                                                      \
  } while (0)
  // The loop goes on with the next instruction only while `it` yields;
  // FOR_ITER_PRE_<second> may take a shortcut past the pair.
#define BODY_FOR_ITER(second)                                                                      \
  do {                                                                                             \
    Ref it_ = TOP();                                                                               \
    SAVE_FRAME();                                                                                  \
    FOR_ITER_PRE_##second;                                                                         \
    Ref v_ = py_type(it_)->iternext(it_);                                                          \
    if (!v_) goto for_iter_end;                                                                    \
    PUSH(v_);                                                                                      \
  } while (0)
#define FOR_ITER_PRE_NONE
#define FOR_ITER_PRE_STORE_FAST
  // `for a, b in zip(..)`: the items go straight to the stack, no tuple
  // (nothing else can see zip's result tuple between FOR_ITER and UNPACK).
#define FOR_ITER_PRE_UNPACK_SEQUENCE                                                               \
  uint32_t n_ = code[pc] >> 8;                                                                     \
  if (py_type(it_) == &py_zip_type && n_ <= 4 && py_zip_width(it_) == n_) {                        \
    Ref items_[4];                                                                                 \
    if (!py_zip_next_items(it_, items_)) goto for_iter_end;                                        \
    while (n_) PUSH(items_[--n_]);                                                                 \
    pc++;                                                                                          \
    DISPATCH();                                                                                    \
  }
#define FUSED_HANDLER(first, second)                                                               \
  op_##first##__##second : BODY_##first(second);                                                   \
  instr = code[pc++];                                                                              \
  goto op_##second;
  PY_FUSED_OPCODES(FUSED_HANDLER)
#undef FUSED_HANDLER

op_NOP:
  DISPATCH();
op_POP_TOP:
  BODY_POP_TOP(NONE);
  DISPATCH();
op_ROT_TWO: {
  Ref a = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = a;
  DISPATCH();
}
op_ROT_THREE: {
  Ref top = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = sp[-3];
  sp[-3] = top;
  DISPATCH();
}
op_ROT_FOUR: {
  Ref top = sp[-1];
  sp[-1] = sp[-2];
  sp[-2] = sp[-3];
  sp[-3] = sp[-4];
  sp[-4] = top;
  DISPATCH();
}
op_DUP_TOP: {
  Ref v = TOP();
  py_incref(v);
  PUSH(v);
  DISPATCH();
}
op_DUP_TOP_TWO: {
  Ref a = SECOND(), b = TOP();
  py_incref(a);
  py_incref(b);
  PUSH(a);
  PUSH(b);
  DISPATCH();
}
op_LOAD_CONST:
  BODY_LOAD_CONST(NONE);
  DISPATCH();
op_LOAD_FAST:
  BODY_LOAD_FAST(NONE);
  DISPATCH();
op_STORE_FAST:
  BODY_STORE_FAST(NONE);
  DISPATCH();
op_DELETE_FAST: {
  if (!fast[ARG]) {
    vm_unbound_local(f->code, ARG);
    goto error;
  }
  py_clear(&fast[ARG]);
  DISPATCH();
}
op_LOAD_NAME: {
  // Note [Inline caches]: module-level code, whose locals are its globals,
  // looks a name up exactly as LOAD_GLOBAL does, and shares its cache.
  bool module_level = !f->locals || f->locals == f->globals;
  Ref v = icache && module_level ? ic_load_global(&icache[pc - 1], f) : nullptr;
  if (v) {
    py_incref(v);
  } else {
    SAVE_FRAME();
    v = vm_load_name(f, names[ARG]);
    if (!v && !py_err_occurred()) vm_name_error(names[ARG]);
    CHECK(v);
    if (icache && module_level) ic_fill_global(&icache[pc - 1], f, names[ARG]);
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_NAME: {
  // Rebinding a module-level name that exists: the cached entry (same keys
  // layout) gets the new value in place.
  bool module_level = !f->locals || f->locals == f->globals;
  ICache *c = icache && module_level ? &icache[pc - 1] : nullptr;
  if (c && c->key == f->globals && c->index >= 0 &&
      c->version == ((DictObj *)f->globals)->keys_version) {
    DictEntry *e = &((DictObj *)f->globals)->entries[c->index];
    Ref old = e->value;
    e->value = POP();
    py_decref(old); // may run a __del__: the entry was updated first
    DISPATCH();
  }
  SAVE_FRAME();
  Ref v = POP();
  // A class body's namespace from __prepare__ may be any mapping.
  Ref ns = f->locals ? f->locals : f->globals;
  int r = py_isinstance_exact(ns, &py_dict_type) ? py_dict_set(ns, names[ARG], v)
                                                 : py_setitem(ns, names[ARG], v);
  py_decref(v);
  CHECK(r == 0);
  if (c) ic_fill_global(c, f, names[ARG]);
  DISPATCH();
}
op_DELETE_NAME: {
  SAVE_FRAME();
  Ref map = f->locals ? f->locals : f->globals;
  if (py_delitem(map, names[ARG]) < 0) {
    if (py_err_matches(&py_KeyError_type)) {
      py_err_clear();
      vm_name_error(names[ARG]);
    }
    goto error;
  }
  DISPATCH();
}
op_LOAD_GLOBAL: {
  Ref v = icache ? ic_load_global(&icache[pc - 1], f) : nullptr;
  if (!v) {
    SAVE_FRAME();
    v = vm_load_global(f, names[ARG]);
    CHECK(v);
    if (icache) ic_fill_global(&icache[pc - 1], f, names[ARG]);
  } else {
    py_incref(v);
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_GLOBAL: {
  SAVE_FRAME();
  Ref v = POP();
  int r = py_dict_set(f->globals, names[ARG], v);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_DELETE_GLOBAL: {
  SAVE_FRAME();
  if (!py_dict_get_interned(f->globals, names[ARG])) {
    vm_name_error(names[ARG]);
    goto error;
  }
  CHECK(py_dict_del(f->globals, names[ARG]) == 0);
  DISPATCH();
}
op_LOAD_DEREF: {
  Ref v = ((CellObj *)fast[f->code->nlocals + ARG])->ref;
  if (!v) {
    vm_unbound_deref(f->code, ARG);
    goto error;
  }
  py_incref(v);
  PUSH(v);
  DISPATCH();
}
op_STORE_DEREF: {
  CellObj *c = (CellObj *)fast[f->code->nlocals + ARG];
  py_setref(&c->ref, POP());
  DISPATCH();
}
op_DELETE_DEREF: {
  CellObj *c = (CellObj *)fast[f->code->nlocals + ARG];
  if (!c->ref) {
    vm_unbound_deref(f->code, ARG);
    goto error;
  }
  py_clear(&c->ref);
  DISPATCH();
}
op_LOAD_CLOSURE: {
  Ref c = fast[f->code->nlocals + ARG];
  py_incref(c);
  PUSH(c);
  DISPATCH();
}
op_LOAD_CLASSDEREF: {
  SAVE_FRAME();
  Ref name = vm_deref_name(f->code, ARG);
  Ref v = f->locals ? vm_mapping_get(f->locals, name) : nullptr;
  if (!v) {
    CHECK(!py_err_occurred());
    v = ((CellObj *)fast[f->code->nlocals + ARG])->ref;
    if (!v) {
      vm_unbound_deref(f->code, ARG);
      goto error;
    }
    py_incref(v);
  }
  PUSH(v);
  DISPATCH();
}
op_LOAD_ATTR: {
  Ref o = TOP();
  Ref v = icache ? ic_load_attr(&icache[pc - 1], o, names[ARG]) : nullptr;
  if (v) {
    py_incref(v);
  } else {
    SAVE_FRAME();
    Type *t = py_type(o);
    v = t->getattr == py_generic_getattr ? py_generic_getattr(o, names[ARG]) : py_getattr(o, names[ARG]);
    CHECK(v);
    if (icache) ic_fill_attr(&icache[pc - 1], o, names[ARG], false);
  }
  sp[-1] = v;
  py_decref(o);
  DISPATCH();
}
op_STORE_ATTR: {
  Ref o = POP(), v = POP();
  ICache *c = icache ? &icache[pc - 1] : nullptr;
  Type *t = py_type(o);
  if (c && c->key == t && c->version == py_type_epoch && t != &py_module_type) {
    DictObj *d = ic_instance_dict(o, t);
    if (d && (uint64_t)c->index < d->nentries && d->entries[c->index].key == names[ARG]) {
      Ref old = d->entries[c->index].value;
      d->entries[c->index].value = v;
      py_decref(old);
      py_decref(o);
      DISPATCH();
    }
  }
  SAVE_FRAME();
  int r = py_setattr(o, names[ARG], v);
  if (r == 0 && c) ic_fill_attr(c, o, names[ARG], true);
  py_decref(o);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_DELETE_ATTR: {
  SAVE_FRAME();
  Ref o = POP();
  int r = py_setattr(o, names[ARG], nullptr);
  py_decref(o);
  CHECK(r == 0);
  DISPATCH();
}
op_LOAD_METHOD: {
  Ref o = TOP();
  ICache *c = icache ? &icache[pc - 1] : nullptr;
  Type *t = py_type(o);
  if (c && c->key == t) {
    if (t == &py_module_type) {
      Ref v = ic_entry((DictObj *)((ModuleObj *)o)->dict, c->index, names[ARG]);
      if (v) {
        py_incref(v);
        sp[-1] = nullptr;
        PUSH(v);
        py_decref(o);
        DISPATCH();
      }
    } else if (c->version == py_type_epoch && c->index == -1) {
      // The instance dict must not shadow the method.
      Ref *dp = t->dictoffset ? py_obj_dictptr(o) : nullptr;
      if (!dp || !*dp || ((DictObj *)*dp)->used == 0 || !py_dict_get_interned(*dp, names[ARG])) {
        Ref m = (Ref)(uintptr_t)c->aux;
        py_incref(m);
        sp[-1] = m;
        PUSH(o);
        DISPATCH();
      }
    }
  }
  SAVE_FRAME();
  if (t == &py_super_type) { // super().m(...): call the function with super's object
    Ref self;
    Ref fn = py_super_method(o, names[ARG], &self);
    if (fn) {
      sp[-1] = py_newref(fn);
      PUSH(py_newref(self));
      py_decref(o);
      DISPATCH();
    }
  }
  bool unbound;
  Ref m = py_get_method(o, names[ARG], &unbound);
  CHECK(m);
  if (c) ic_fill_method(c, o, names[ARG]);
  if (unbound) {
    sp[-1] = m;
    PUSH(o);
  } else {
    sp[-1] = nullptr;
    PUSH(m);
    py_decref(o);
  }
  DISPATCH();
}
op_LOAD_SUPER_ATTR: { // Note [Zero-argument super]
  SAVE_FRAME();
  Ref g = TOP(), name = names[ARG >> 1], r, type, obj, v = nullptr;
  bool method = ARG & 1;
  if (g == (Ref)&py_super_type) {
    CHECK(frame_super_args(f, &type, &obj) == 0);
    v = py_super_find_fast(type, obj, name);
  }
  if (v && method && (py_type(v) == &py_function_type || py_type(v) == &py_method_descr_type)) {
    sp[-1] = py_newref(v);
    PUSH(py_newref(obj));
    py_decref(g);
    DISPATCH();
  }
  if (v) {
    auto get = py_type(v)->descr_get;
    py_incref(v); // both borrowed (a class dict, the frame) and get runs any code
    py_incref(obj);
    r = get ? get(v, obj, (Ref)py_type(obj)) : py_newref(v);
    py_decref(obj);
    py_decref(v);
  } else {
    Ref sup = py_call(g, nullptr, 0, nullptr);
    CHECK(sup);
    r = py_getattr(sup, name);
    py_decref(sup);
  }
  CHECK(r);
  py_decref(g);
  if (method) {
    sp[-1] = nullptr;
    PUSH(r);
  } else {
    sp[-1] = r;
  }
  DISPATCH();
}
op_CALL_METHOD:
op_CALL_METHOD_KW:
op_CALL_FUNCTION:
op_CALL_FUNCTION_KW: {
  int op = instr & 0xFF;
  Ref kwnames = (op == OP_CALL_FUNCTION_KW || op == OP_CALL_METHOD_KW) ? POP() : nullptr;
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  size_t nall = ARG; // positional + keyword values
  Ref *argv = sp - nall;
  Ref *base; // first stack slot to pop (the callable or the method slot)
  Ref callable;
  if (op == OP_CALL_METHOD || op == OP_CALL_METHOD_KW) {
    base = argv - 2;
    if (base[0]) { // [meth, self, args]: call meth(self, *args)
      callable = base[0];
      argv = base + 1;
      nall++;
    } else { // [NULL, bound, args]
      callable = base[1];
    }
  } else {
    base = argv - 1;
    callable = base[0];
  }
  size_t npos = nall - nkw;
  SAVE_FRAME();
  if (py_vm.interrupt) {
    py_vm.interrupt = 0;
    py_xdecref(kwnames);
    py_err_set_exc((Ref)&py_KeyboardInterrupt_type);
    goto error;
  }
  Ref self;
  FuncObj *fn = vm_inline_target(callable, &self);
  if (fn) { // Python-to-Python call: push the frame and continue in it.
    Frame *nf = vm_push_frame(fn, self, argv, npos, kwnames);
    py_xdecref(kwnames);
    if (!nf) goto error;
    while (sp > base) py_xdecref(*--sp);
    f->sp = sp;
    nf->back = f;
    f = nf;
    LOAD_FRAME();
    DISPATCH();
  }
  Type *ct = py_type(callable);
  Ref r;
  if (ct->call) {
    if (py_enter_call() < 0)
      r = nullptr;
    else {
      r = ct->call(callable, argv, npos, kwnames);
      py_leave_call();
    }
  } else {
    r = py_err_format(&py_TypeError_type, "'%T' object is not callable", callable);
  }
  py_xdecref(kwnames);
  while (sp > base) py_xdecref(*--sp);
  py_vm.frame = f;
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_BINARY_SUBSCR: {
  SAVE_FRAME();
  Ref k = POP(), o = TOP();
  Ref v;
  if (py_isinstance_exact(o, &py_list_type) && py_is_small(k)) {
    intptr_t i = py_small_value(k);
    size_t n = py_list_len(o);
    if (i < 0) i += (intptr_t)n;
    if (i >= 0 && (size_t)i < n)
      v = py_newref(py_list_items(o)[i]);
    else
      v = py_getitem(o, k);
  } else {
    v = py_getitem(o, k);
  }
  py_decref(k);
  CHECK(v);
  sp[-1] = v;
  py_decref(o);
  DISPATCH();
}
op_STORE_SUBSCR: {
  SAVE_FRAME();
  Ref k = POP(), o = POP(), v = POP();
  int r = py_setitem(o, k, v);
  py_decref(k);
  py_decref(o);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_DELETE_SUBSCR: {
  SAVE_FRAME();
  Ref k = POP(), o = POP();
  int r = py_delitem(o, k);
  py_decref(k);
  py_decref(o);
  CHECK(r == 0);
  DISPATCH();
}
op_BINARY_OP: {
  Ref b = sp[-1], a = sp[-2];
  // `s += t` then `STORE_FAST s` where only the stack and s hold the str:
  // drop the local's reference and append in place (Note [In-place str +=]).
  if (ARG == (BINOP_ADD | BINOP_INPLACE) && py_type(a) == &py_str_type && a->rc == 2 &&
      py_type(b) == &py_str_type && py_instr_base_op(code[pc]) == OP_STORE_FAST &&
      fast[code[pc] >> 8] == a) {
    SAVE_FRAME();
    fast[code[pc] >> 8] = nullptr;
    a->rc--;
    Ref r = py_str_concat_steal(a, b);
    sp -= 2;
    py_decref(b);
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }
  Ref r = vm_small_binop(a, b, ARG);
  if (!r) {
    SAVE_FRAME();
    r = vm_float_binop(a, b, ARG);
    if (!r)
      r = (ARG & BINOP_INPLACE) ? py_binop_inplace(a, b, ARG & ~BINOP_INPLACE)
                                : py_binop(a, b, ARG);
  }
  CHECK(r);
  sp--;
  sp[-1] = r;
  py_decref(a);
  py_decref(b);
  DISPATCH();
}
op_UNARY_OP: {
  SAVE_FRAME();
  Ref a = TOP();
  Ref r;
  if (ARG == UNARY_NOT_ARG) {
    int t = py_truthy(a);
    r = t < 0 ? nullptr : py_bool(!t);
  } else if (ARG == UNOP_NEG && py_is_small(a) && py_small_fits(-(int64_t)py_small_value(a))) {
    r = py_small_new(-py_small_value(a));
  } else {
    r = py_unop(a, ARG);
  }
  CHECK(r);
  sp[-1] = r;
  py_decref(a);
  DISPATCH();
}
op_COMPARE_OP: {
  Ref b = sp[-1], a = sp[-2];
  Ref r;
  if (py_is_small(a) && py_is_small(b)) {
    intptr_t x = py_small_value(a), y = py_small_value(b);
    bool v;
    switch (ARG) {
    case CMP_LT: v = x < y; break;
    case CMP_LE: v = x <= y; break;
    case CMP_EQ: v = x == y; break;
    case CMP_NE: v = x != y; break;
    case CMP_GT: v = x > y; break;
    default: v = x >= y;
    }
    r = py_bool(v);
  } else {
    SAVE_FRAME();
    r = py_richcompare(a, b, ARG);
    CHECK(r);
  }
  sp--;
  sp[-1] = r;
  py_decref(a);
  py_decref(b);
  DISPATCH();
}
op_IS_OP: {
  Ref b = POP(), a = TOP();
  bool v = (a == b) != (ARG == 1);
  sp[-1] = py_bool(v);
  py_decref(a);
  py_decref(b);
  DISPATCH();
}
op_CONTAINS_OP: {
  SAVE_FRAME();
  Ref b = POP(), a = TOP();
  int r = py_contains(b, a);
  py_decref(b);
  CHECK(r >= 0);
  sp[-1] = py_bool((r == 1) != (ARG == 1));
  py_decref(a);
  DISPATCH();
}
op_JUMP:
  BODY_JUMP(NONE);
  DISPATCH();
op_POP_JUMP_IF_FALSE: {
  Ref v = POP();
  if (v == py_False)
    pc = ARG;
  else if (v != py_True) {
    SAVE_FRAME();
    int t = py_truthy(v);
    py_decref(v);
    CHECK(t >= 0);
    if (!t) pc = ARG;
  }
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  Ref v = POP();
  if (v == py_True)
    pc = ARG;
  else if (v != py_False) {
    SAVE_FRAME();
    int t = py_truthy(v);
    py_decref(v);
    CHECK(t >= 0);
    if (t) pc = ARG;
  }
  DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP:
op_JUMP_IF_TRUE_OR_POP: {
  SAVE_FRAME();
  int t = py_truthy(TOP());
  CHECK(t >= 0);
  bool jump_if = (instr & 0xFF) == OP_JUMP_IF_TRUE_OR_POP;
  if ((t != 0) == jump_if)
    pc = ARG;
  else
    py_decref(POP());
  DISPATCH();
}
op_GET_ITER: {
  SAVE_FRAME();
  Ref o = TOP();
  Ref it = py_iter(o);
  CHECK(it);
  sp[-1] = it;
  py_decref(o);
  DISPATCH();
}
op_FOR_ITER:
  BODY_FOR_ITER(NONE);
  DISPATCH();
for_iter_end: // the iterator ran out or failed
  if (py_err_occurred()) {
    if (!py_err_matches(&py_StopIteration_type)) goto error;
    py_err_clear();
  }
  py_decref(POP());
  pc = ARG;
  DISPATCH();
op_BUILD_TUPLE: {
  Ref t = py_tuple_new(ARG);
  CHECK(t);
  sp -= ARG;
  if (ARG) memcpy(py_tuple_items(t), sp, ARG * sizeof(Ref));
  PUSH(t);
  DISPATCH();
}
op_BUILD_LIST: {
  Ref l = py_list_new(ARG);
  CHECK(l);
  sp -= ARG;
  if (ARG) memcpy(py_list_items(l), sp, ARG * sizeof(Ref));
  PUSH(l);
  DISPATCH();
}
op_BUILD_SET: {
  SAVE_FRAME();
  Ref s = py_set_new(nullptr);
  CHECK(s);
  int err = 0;
  for (uint32_t i = 0; i < ARG; i++)
    if (!err && py_set_add(s, sp[(int)i - (int)ARG]) < 0) err = 1;
  for (uint32_t i = 0; i < ARG; i++) py_decref(POP());
  if (err) {
    py_decref(s);
    goto error;
  }
  PUSH(s);
  DISPATCH();
}
op_BUILD_MAP: {
  SAVE_FRAME();
  Ref d = py_dict_new();
  CHECK(d);
  int err = 0;
  Ref *items = sp - 2 * ARG;
  for (uint32_t i = 0; i < ARG && !err; i++)
    if (py_dict_set(d, items[2 * i], items[2 * i + 1]) < 0) err = 1;
  while (sp > items) py_decref(POP());
  if (err) {
    py_decref(d);
    goto error;
  }
  PUSH(d);
  DISPATCH();
}
op_BUILD_CONST_KEY_MAP: {
  SAVE_FRAME();
  Ref keys = POP();
  Ref d = py_dict_new();
  int err = !d;
  Ref *vals = sp - ARG;
  for (uint32_t i = 0; i < ARG && !err; i++)
    if (py_dict_set(d, py_tuple_items(keys)[i], vals[i]) < 0) err = 1;
  while (sp > vals) py_decref(POP());
  py_decref(keys);
  if (err) {
    py_xdecref(d);
    goto error;
  }
  PUSH(d);
  DISPATCH();
}
op_BUILD_SLICE: {
  Ref step = ARG == 3 ? POP() : nullptr;
  Ref stop = POP(), start = TOP();
  Ref s = py_slice_new(start, stop, step);
  py_xdecref(step);
  py_decref(stop);
  CHECK(s);
  sp[-1] = s;
  py_decref(start);
  DISPATCH();
}
op_BUILD_STRING: {
  Ref s = vm_build_string(sp - ARG, ARG);
  CHECK(s);
  for (uint32_t i = 0; i < ARG; i++) py_decref(POP());
  PUSH(s);
  DISPATCH();
}
op_LIST_APPEND: {
  Ref v = POP();
  int r = py_list_append(sp[-(int)ARG], v);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_SET_ADD: {
  SAVE_FRAME();
  Ref v = POP();
  int r = py_set_add(sp[-(int)ARG], v);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_MAP_ADD: {
  SAVE_FRAME();
  Ref v = POP(), k = POP();
  int r = py_dict_set(sp[-(int)ARG], k, v);
  py_decref(k);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_LIST_EXTEND: {
  SAVE_FRAME();
  Ref v = POP();
  int r = py_list_extend(sp[-(int)ARG], v);
  if (r < 0 && py_err_matches(&py_TypeError_type) && !py_type(v)->iter && !py_type(v)->getitem) {
    py_err_clear();
    py_err_format(&py_TypeError_type, "Value after * must be an iterable, not %T", v);
  }
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_SET_UPDATE: {
  SAVE_FRAME();
  Ref v = POP();
  Ref s = sp[-(int)ARG];
  Ref it = py_iter(v);
  py_decref(v);
  CHECK(it);
  Ref item;
  int err = 0;
  while (!err && (item = py_next(it))) {
    err = py_set_add(s, item) < 0;
    py_decref(item);
  }
  py_decref(it);
  CHECK(!err && !py_err_occurred());
  DISPATCH();
}
op_DICT_UPDATE: {
  SAVE_FRAME();
  Ref v = POP();
  int r = py_dict_update(sp[-(int)ARG], v);
  if (r < 0 && py_err_matches(&py_AttributeError_type)) {
    py_err_clear();
    py_err_format(&py_TypeError_type, "'%T' object is not a mapping", v);
  }
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_DICT_MERGE: {
  SAVE_FRAME();
  Ref v = POP();
  // The callable sits below the dict being built: [f, (args), dict, v].
  Ref func = sp[-(int)ARG - 2];
  int r = vm_dict_merge_kw(func, sp[-(int)ARG], v);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  Ref l = TOP();
  Ref t = py_list_as_tuple(l);
  CHECK(t);
  sp[-1] = t;
  py_decref(l);
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  Ref seq = TOP();
  if (py_isinstance_exact(seq, &py_tuple_type) && py_tuple_len(seq) == ARG) {
    Ref *items = py_tuple_items(seq);
    sp--;
    for (uint32_t i = ARG; i-- > 0;) {
      py_incref(items[i]);
      PUSH(items[i]);
    }
    py_decref(seq);
    DISPATCH();
  }
  SAVE_FRAME();
  seq = POP();
  int r = vm_unpack(seq, ARG, -1, sp);
  py_decref(seq);
  CHECK(r == 0);
  sp += ARG;
  DISPATCH();
}
op_UNPACK_EX: {
  SAVE_FRAME();
  uint32_t before = ARG & 0xFF, after = ARG >> 8;
  Ref seq = POP();
  int r = vm_unpack(seq, before, (int32_t)after, sp);
  py_decref(seq);
  CHECK(r == 0);
  sp += before + after + 1;
  DISPATCH();
}
op_CALL_FUNCTION_EX: {
  SAVE_FRAME();
  Ref kwargs = (ARG & 1) ? POP() : nullptr;
  Ref args = POP(), func = TOP();
  Frame *nf;
  Ref r = vm_call_ex(func, args, kwargs, &nf);
  py_xdecref(kwargs);
  py_decref(args);
  if (nf) {
    py_decref(POP());
    f->sp = sp;
    nf->back = f;
    f = nf;
    LOAD_FRAME();
    DISPATCH();
  }
  py_vm.frame = f;
  CHECK(r);
  sp[-1] = r;
  py_decref(func);
  DISPATCH();
}
op_MAKE_FUNCTION: {
  Ref codeobj = POP();
  Ref extra[4];
  int n = 0;
  for (int bit = 0; bit < 4; bit++)
    if (ARG & (1u << bit)) n++;
  // Stack (top last): defaults, kwdefaults, annotations, closure, code.
  for (int i = n - 1; i >= 0; i--) extra[i] = POP();
  Ref fn = vm_make_function(f, codeobj, ARG, extra);
  for (int i = 0; i < n; i++) py_decref(extra[i]);
  py_decref(codeobj);
  CHECK(fn);
  PUSH(fn);
  DISPATCH();
}
op_RETURN_VALUE: {
  retval = POP();
  goto frame_exit;
}
op_YIELD_VALUE: {
  GenConsumer *c = py_vm.consumer;
  if (c && c->frame == f && c->take(c->ctx, TOP())) { // Note [Consumed generators]
    sp[-1] = py_newref(py_None);
    DISPATCH();
  }
  retval = POP();
  f->yielded = true;
  SAVE_FRAME();
  py_vm.frame = f->back;
  return retval;
}
op_GET_YIELD_FROM_ITER: {
  Ref o = TOP();
  if (py_type(o) != &py_generator_type) {
    SAVE_FRAME();
    Ref it = py_iter(o);
    CHECK(it);
    sp[-1] = it;
    py_decref(o);
  }
  DISPATCH();
}
op_YIELD_FROM: {
  SAVE_FRAME();
  Ref sent = POP();
  Ref it = TOP();
  Ref v;
  int status = py_gen_delegate_send(it, sent, &v);
  py_decref(sent);
  if (status < 0) goto error;
  if (status == 1) { // the sub-iterator yielded: suspend, re-running this instruction later
    pc--;
    f->yielded = true;
    SAVE_FRAME();
    py_vm.frame = f->back;
    return v;
  }
  py_decref(POP());
  PUSH(v);
  DISPATCH();
}
op_LOAD_BUILD_CLASS: {
  Ref bc = py_dict_get_str(f->builtins, "__build_class__");
  if (!bc) {
    py_err_set_str(&py_NameError_type, "__build_class__ not found");
    goto error;
  }
  py_incref(bc);
  PUSH(bc);
  DISPATCH();
}
op_SETUP_ANNOTATIONS: {
  SAVE_FRAME();
  Ref map = f->locals ? f->locals : f->globals;
  Ref name = py_str_intern("__annotations__");
  Ref v = vm_mapping_get(map, name);
  if (v)
    py_decref(v);
  else {
    CHECK(!py_err_occurred());
    Ref d = py_dict_new();
    CHECK(d);
    int r = py_setitem(map, name, d);
    py_decref(d);
    CHECK(r == 0);
  }
  DISPATCH();
}
op_IMPORT_NAME: {
  SAVE_FRAME();
  Ref fromlist = POP(), level = TOP();
  int64_t lv = 0;
  if (py_is_small(level)) lv = py_small_value(level);
  Ref m = py_import(names[ARG], f->globals, fromlist, (int)lv);
  py_decref(fromlist);
  py_vm.frame = f;
  CHECK(m);
  sp[-1] = m;
  py_decref(level);
  DISPATCH();
}
op_IMPORT_FROM: {
  SAVE_FRAME();
  Ref v = py_import_from(TOP(), names[ARG]);
  CHECK(v);
  PUSH(v);
  DISPATCH();
}
op_IMPORT_STAR: {
  SAVE_FRAME();
  Ref m = POP();
  int r = py_import_star(m, f->locals ? f->locals : f->globals);
  py_decref(m);
  CHECK(r == 0);
  DISPATCH();
}
op_SETUP_FINALLY: {
  Block *b = &f->blocks[f->nblocks++];
  b->type = BLOCK_FINALLY;
  b->handler = ARG;
  b->level = (uint32_t)(sp - f->stack);
  b->prev_handled = nullptr;
  DISPATCH();
}
op_POP_BLOCK:
  f->nblocks--;
  DISPATCH();
op_POP_EXCEPT: {
  Block *b = &f->blocks[--f->nblocks];
  py_setref(&py_vm.handled, b->prev_handled);
  DISPATCH();
}
op_RERAISE: {
  SAVE_FRAME();
  Ref exc = POP();
  py_err_restore(exc);
  goto exception_unwind;
}
op_JUMP_IF_NOT_EXC_MATCH: {
  SAVE_FRAME();
  Ref cls = POP(), exc = POP();
  if (vm_exc_match_check(cls) < 0) {
    py_decref(cls);
    py_decref(exc);
    goto error;
  }
  bool m = vm_exc_matches(exc, cls);
  py_decref(cls);
  py_decref(exc);
  if (!m) pc = ARG;
  DISPATCH();
}
op_RAISE_VARARGS: {
  SAVE_FRAME();
  if (ARG == 0) {
    Ref handled = py_vm_handled();
    if (!handled) {
      py_err_set_str(&py_RuntimeError_type, "No active exception to reraise");
      goto error;
    }
    py_err_restore(py_newref(handled));
    goto exception_unwind;
  }
  Ref cause = ARG == 2 ? POP() : nullptr;
  Ref exc = POP();
  vm_do_raise(exc, cause);
  py_decref(exc);
  py_xdecref(cause);
  goto error;
}
op_LOAD_ASSERTION_ERROR:
  PUSH((Ref)&py_AssertionError_type);
  DISPATCH();
op_SETUP_WITH: {
  SAVE_FRAME();
  Ref mgr = TOP();
  Ref enter = vm_with_lookup(mgr, "__enter__");
  if (!enter) {
    if (!py_err_occurred())
      py_err_format(&py_TypeError_type, "'%T' object does not support the context manager protocol",
                    mgr);
    goto error;
  }
  Ref exit = vm_with_lookup(mgr, "__exit__");
  if (!exit) {
    py_decref(enter);
    if (!py_err_occurred())
      py_err_format(
          &py_TypeError_type,
          "'%T' object does not support the context manager protocol (missed __exit__ method)",
          mgr);
    goto error;
  }
  sp[-1] = exit;
  py_decref(mgr);
  Ref res = py_call0(enter);
  py_decref(enter);
  CHECK(res);
  Block *b = &f->blocks[f->nblocks++];
  b->type = BLOCK_FINALLY;
  b->handler = ARG;
  b->level = (uint32_t)(sp - f->stack);
  b->prev_handled = nullptr;
  PUSH(res);
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  SAVE_FRAME();
  Ref exc = TOP(), exit = SECOND();
  Ref tb = ((ExcObj *)exc)->traceback;
  Ref args[3] = {(Ref)py_type(exc), exc, tb ? tb : py_None};
  Ref r = py_call(exit, args, 3, nullptr);
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_FORMAT_VALUE: {
  SAVE_FRAME();
  Ref spec = (ARG & 4) ? POP() : nullptr;
  Ref v = TOP();
  Ref r = vm_format_value(v, ARG, spec);
  py_xdecref(spec);
  CHECK(r);
  sp[-1] = r;
  py_decref(v);
  DISPATCH();
}
op_PRINT_EXPR: {
  SAVE_FRAME();
  Ref v = POP();
  int r = vm_print_expr(v);
  py_decref(v);
  CHECK(r == 0);
  DISPATCH();
}

error:
  // A new exception in this frame: record where.
  py_err_add_traceback((Ref)f->code, f->globals, py_code_line(f->code, pc ? pc - 1 : 0));
exception_unwind:
  while (f->nblocks) {
    Block *b = &f->blocks[--f->nblocks];
    Ref *level = f->stack + b->level;
    while (sp > level) py_xdecref(*--sp);
    if (b->type == BLOCK_EXCEPT_HANDLER) {
      py_setref(&py_vm.handled, b->prev_handled);
      continue;
    }
    // BLOCK_FINALLY: enter the handler with the exception on the stack.
    Block *h = &f->blocks[f->nblocks++];
    h->type = BLOCK_EXCEPT_HANDLER;
    h->level = b->level;
    h->prev_handled = py_vm.handled;
    Ref exc = py_err_fetch();
    py_vm.handled = py_newref(exc);
    PUSH(exc);
    pc = b->handler;
    DISPATCH();
  }
  retval = nullptr;

frame_exit : {
  // Leave the frame: return to the caller frame in this loop, or to C.
  f->sp = sp;
  Frame *back = f->back;
  bool entry = f->is_entry;
  if (f->on_heap) { // generator frame: the generator owns and frees it
    frame_pop_handlers(f);
    py_vm.frame = back;
    return retval;
  }
  py_frame_release(f);
  if (entry) {
    py_vm.frame = back;
    return retval;
  }
  py_vm.depth--;
  f = back;
  LOAD_FRAME();
  if (!retval) goto error;
  PUSH(retval);
  DISPATCH();
}
  // clang-format on
#undef BODY_POP_TOP
#undef BODY_LOAD_CONST
#undef BODY_LOAD_FAST
#undef BODY_STORE_FAST
#undef BODY_JUMP
#undef BODY_FOR_ITER
#undef FOR_ITER_PRE_NONE
#undef FOR_ITER_PRE_STORE_FAST
#undef FOR_ITER_PRE_UNPACK_SEQUENCE
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef CHECK
}

// ---------------------------------------------------------------------------
// Frame introspection for builtins (globals(), locals(), super())
// ---------------------------------------------------------------------------

Ref py_frame_globals() { return py_vm.frame ? py_vm.frame->globals : nullptr; }

Ref py_frame_locals() {
  Frame *f = py_vm.frame;
  if (!f) return py_dict_new();
  if (f->locals) return py_newref(f->locals);
  Ref d = py_dict_new();
  if (!d) return nullptr;
  CodeObj *co = f->code;
  for (uint32_t i = 0; i < co->nlocals; i++)
    if (f->fast[i] && py_dict_set(d, py_tuple_items(co->varnames)[i], f->fast[i]) < 0) goto fail;
  {
    size_t nderef = py_tuple_len(co->cellvars) + py_tuple_len(co->freevars);
    for (size_t i = 0; i < nderef; i++) {
      Ref v = ((CellObj *)f->fast[co->nlocals + i])->ref;
      if (v && py_dict_set(d, vm_deref_name(co, (uint32_t)i), v) < 0) goto fail;
    }
  }
  return d;
fail:
  py_decref(d);
  return nullptr;
}

static int frame_super_args(Frame *f, Ref *type, Ref *obj) {
  if (!f || !f->func) {
    py_err_set_str(&py_RuntimeError_type, "super(): no arguments");
    return -1;
  }
  CodeObj *co = f->code;
  if (co->argcount == 0) { // as CPython: *args does not count
    py_err_set_str(&py_RuntimeError_type, "super(): no arguments");
    return -1;
  }
  Ref first = f->fast[0];
  if (!first && co->cell2arg) {
    for (size_t i = 0; i < py_tuple_len(co->cellvars); i++)
      if (co->cell2arg[i] == 0) first = ((CellObj *)f->fast[co->nlocals + i])->ref;
  }
  if (!first) {
    py_err_set_str(&py_RuntimeError_type, "super(): arg[0] deleted");
    return -1;
  }
  static Ref class_name; // "__class__", interned once
  if (!class_name && !(class_name = py_str_intern("__class__"))) return -1;
  size_t ncells = py_tuple_len(co->cellvars);
  for (size_t i = 0; i < py_tuple_len(co->freevars); i++) {
    if (!py_str_equal(py_tuple_items(co->freevars)[i], class_name)) continue;
    Ref cls = ((CellObj *)f->fast[co->nlocals + ncells + i])->ref;
    if (!cls) {
      py_err_set_str(&py_RuntimeError_type, "super(): empty __class__ cell");
      return -1;
    }
    if (!py_isinstance_of(cls, &py_type_type)) {
      py_err_format(&py_RuntimeError_type, "super(): __class__ is not a type (%s)", py_tname(cls));
      return -1;
    }
    *type = cls;
    *obj = first;
    return 0;
  }
  py_err_set_str(&py_RuntimeError_type, "super(): __class__ cell not found");
  return -1;
}

int py_frame_super_args(Ref *type, Ref *obj) { return frame_super_args(py_vm.frame, type, obj); }

// ---------------------------------------------------------------------------
// __build_class__
// ---------------------------------------------------------------------------

// Replace bases that define __mro_entries__ (e.g. typing.Generic[T]).
static Ref build_class_resolve_bases(Ref bases, bool *changed) {
  *changed = false;
  Ref out = py_list_new(0);
  if (!out) return nullptr;
  for (size_t i = 0; i < py_tuple_len(bases); i++) {
    Ref b = py_tuple_items(bases)[i];
    if (py_isinstance_of(b, &py_type_type)) {
      if (py_list_append(out, b) < 0) goto fail;
      continue;
    }
    Ref me = py_getattr_opt(b, py_str_intern("__mro_entries__"));
    if (!me) {
      if (py_err_occurred() || py_list_append(out, b) < 0) goto fail;
      continue;
    }
    *changed = true;
    Ref entries = py_call1(me, bases);
    py_decref(me);
    if (!entries) goto fail;
    if (!py_is_tuple(entries)) {
      py_decref(entries);
      py_err_set_str(&py_TypeError_type, "__mro_entries__ must return a tuple");
      goto fail;
    }
    int r = py_list_extend(out, entries);
    py_decref(entries);
    if (r < 0) goto fail;
  }
  {
    Ref t = py_list_as_tuple(out);
    py_decref(out);
    return t;
  }
fail:
  py_decref(out);
  return nullptr;
}

static Ref build_class_metaclass(Ref meta, Ref bases) {
  if (meta && !py_isinstance_of(meta, &py_type_type)) return py_newref(meta);
  Type *start = meta ? (Type *)meta : &py_type_type;
  if (!meta && py_tuple_len(bases)) start = py_type(py_tuple_items(bases)[0]);
  Type *winner = py_type_most_derived_meta(start, bases);
  return winner ? py_newref((Ref)winner) : nullptr;
}

Ref py_build_class(Ref, Ref const *args, size_t nargs, Ref kwnames) {
  if (nargs < 2) return py_err_set_str(&py_TypeError_type, "__build_class__: not enough arguments");
  if (py_type(args[0]) != &py_function_type)
    return py_err_set_str(&py_TypeError_type, "__build_class__: func must be a function");
  if (!py_is_str(args[1]))
    return py_err_set_str(&py_TypeError_type, "__build_class__: name is not a string");
  FuncObj *body = (FuncObj *)args[0];
  Ref name = args[1];
  Ref orig_bases = py_tuple_from_array(args + 2, nargs - 2);
  if (!orig_bases) return nullptr;
  Ref meta_arg = nullptr, meta = nullptr, kwargs = py_dict_new(), bases = nullptr, ns = nullptr,
      cls = nullptr;
  bool changed;
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (!kwargs) goto done;
  for (size_t i = 0; i < nkw; i++) {
    Ref k = py_tuple_items(kwnames)[i];
    if (py_str_equal_cstr(k, "metaclass"))
      meta_arg = args[nargs + i];
    else if (py_dict_set(kwargs, k, args[nargs + i]) < 0)
      goto done;
  }
  if (!(bases = build_class_resolve_bases(orig_bases, &changed))) goto done;
  if (!(meta = build_class_metaclass(meta_arg, bases))) goto done;
  {
    Ref prep = py_getattr_opt(meta, py_str_intern("__prepare__"));
    if (prep) {
      Ref pargs = py_tuple_pack(2, name, bases);
      if (pargs) ns = py_call_tuple_dict(prep, pargs, kwargs);
      py_xdecref(pargs);
      py_decref(prep);
    } else if (!py_err_occurred()) {
      ns = py_dict_new();
    }
  }
  if (!ns) goto done;
  if (!py_type(ns)->getitem) {
    bool isclass = py_type_has(py_type(meta), TPF_TYPE_SUBCLASS);
    const char *mn = isclass ? py_type_name((Type *)meta) : "<metaclass>";
    py_err_format(&py_TypeError_type, "%s.__prepare__() must return a mapping, not %T", mn, ns);
    goto done;
  }
  if (changed && py_setitem(ns, py_str_intern("__orig_bases__"), orig_bases) < 0) goto done;
  {
    Ref cell = vm_run_class_body(body, ns);
    if (!cell) goto done;
    Ref cargs = py_tuple_pack(3, name, bases, ns);
    if (cargs) {
      cls = py_call_tuple_dict(meta, cargs, kwargs);
      py_decref(cargs);
    }
    if (cls && py_type(cell) == &py_cell_type && ((CellObj *)cell)->ref != cls) {
      if (!((CellObj *)cell)->ref) py_setref(&((CellObj *)cell)->ref, py_newref(cls));
    }
    py_decref(cell);
  }
done:
  py_decref(orig_bases);
  py_xdecref(kwargs);
  py_xdecref(bases);
  py_xdecref(meta);
  py_xdecref(ns);
  return cls;
}
