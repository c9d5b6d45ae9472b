// upytorch runtime: the object model.
//
// Every Python value is a `Ref` (a pointer-sized word). Either
//   * a tagged small int: low bit 1, value in the upper bits (see py_small_*), or
//   * a pointer to an `Obj`: refcount + type, followed by the type's own fields.
// Never read `->type` directly: use py_type(r), which handles the tagged case.
//
// Memory: reference counting frees an object the moment its last reference dies
// (deterministic, tensors rely on it). Objects of types flagged TPF_GC carry a
// GcHead before the Obj so the cycle collector (gc.cpp) can find unreachable cycles.
//
// Errors: no C++ exceptions. A function returning Ref returns nullptr with a
// pending exception set (py_err_*); a function returning int returns -1 on error.
// Functions that can fail without raising say so in their comment.
//
// Ownership: functions return NEW references unless their comment says
// "borrowed". Arguments are borrowed unless the comment says "steals".
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "py/config.h"

struct Obj;
struct Type;
typedef Obj *Ref;

// ---------------------------------------------------------------------------
// Object header
// ---------------------------------------------------------------------------

struct Obj {
  uintptr_t rc;
  Type *type;
};

// Statically allocated objects (None, True, builtin types, ...) start with this
// count so they are never freed.
#define PY_IMMORTAL_RC ((uintptr_t)1 << (sizeof(uintptr_t) * 8 - 2))
#define PY_STATIC_HEAD(type)                                                                       \
  { PY_IMMORTAL_RC, (type) }

// ---------------------------------------------------------------------------
// Tagged small ints
// ---------------------------------------------------------------------------

#define PY_SMALL_BITS (sizeof(intptr_t) * 8 - 2)
#define PY_SMALL_MAX (((intptr_t)1 << PY_SMALL_BITS) - 1)
#define PY_SMALL_MIN (-((intptr_t)1 << PY_SMALL_BITS))

static inline bool py_is_small(Ref r) { return ((uintptr_t)r & 1) != 0; }
static inline intptr_t py_small_value(Ref r) { return (intptr_t)r >> 1; }
static inline bool py_small_fits(int64_t v) { return v >= PY_SMALL_MIN && v <= PY_SMALL_MAX; }
// Caller guarantees py_small_fits(v).
static inline Ref py_small_new(intptr_t v) { return (Ref)(((uintptr_t)v << 1) | 1); }

extern Type py_int_type;
static inline Type *py_type(Ref r) { return py_is_small(r) ? &py_int_type : r->type; }

// ---------------------------------------------------------------------------
// Reference counting
// ---------------------------------------------------------------------------

void py_dealloc(Ref r); // called when the count reaches zero

static inline void py_incref(Ref r) {
  if (!py_is_small(r)) r->rc++;
}
static inline void py_decref(Ref r) {
  if (!py_is_small(r) && --r->rc == 0) py_dealloc(r);
}
static inline void py_xincref(Ref r) {
  if (r) py_incref(r);
}
static inline void py_xdecref(Ref r) {
  if (r) py_decref(r);
}
static inline Ref py_newref(Ref r) {
  py_incref(r);
  return r;
}
static inline Ref py_xnewref(Ref r) {
  py_xincref(r);
  return r;
}
// Replace *slot with v (v is stolen); decref the old value after the store.
static inline void py_setref(Ref *slot, Ref v) {
  Ref old = *slot;
  *slot = v;
  py_xdecref(old);
}
static inline void py_clear(Ref *slot) { py_setref(slot, nullptr); }

// ---------------------------------------------------------------------------
// Memory (alloc.cpp). All runtime allocations go through here so the heap limit
// is enforced and accounted. Sizes are passed back on free (Lua-style) so no
// per-block size header is needed.
// ---------------------------------------------------------------------------

void *py_malloc(size_t n); // nullptr + MemoryError set on failure
void *py_realloc(void *p, size_t oldn,
                 size_t newn); // nullptr + MemoryError set on failure (p kept)
void py_free(void *p, size_t n);
size_t py_heap_used();
size_t py_heap_limit();
void py_heap_set_limit(size_t n);

// Allocate an object of `type` with `size` bytes (>= sizeof(Obj)); zero-filled,
// rc = 1. Adds the GC head and tracks it when the type has TPF_GC. The type is
// increfed when it is a heap type.
Ref py_obj_alloc(Type *type, size_t size);
// Release the memory of an object allocated with py_obj_alloc (size as passed
// there). Used by dealloc functions after they released their fields.
void py_obj_free(Ref o, size_t size);

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

typedef int (*VisitProc)(Ref, void *);

// Vectorcall convention: positional args are args[0..nargs); if kwnames (a tuple
// of str) is non-null, its values follow in args[nargs..nargs+len(kwnames)).
typedef Ref (*CallFn)(Ref callable, Ref const *args, size_t nargs, Ref kwnames);
// Built-in function / method: `self` is the bound object (or the module / nullptr).
typedef Ref (*CFunc)(Ref self, Ref const *args, size_t nargs, Ref kwnames);

// Binary operators. ORDER BINOP: py_binop_names in object.cpp follows it.
enum BinOp {
  BINOP_ADD,
  BINOP_SUB,
  BINOP_MUL,
  BINOP_TRUEDIV,
  BINOP_FLOORDIV,
  BINOP_MOD,
  BINOP_POW,
  BINOP_MATMUL,
  BINOP_LSHIFT,
  BINOP_RSHIFT,
  BINOP_AND,
  BINOP_OR,
  BINOP_XOR,
  BINOP_COUNT,
  // In-place forms are BINOP_INPLACE + op (used by the compiler / py_binop_inplace).
  BINOP_INPLACE = 16,
};

// ORDER UNOP
enum UnOp { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_ABS, UNOP_COUNT };

// Rich comparisons. ORDER CMP
enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

enum TypeFlags : uint32_t {
  TPF_GC = 1u << 0,       // instances carry a GcHead and have traverse/clear
  TPF_HEAPTYPE = 1u << 1, // created by a class statement
  TPF_BASETYPE = 1u << 2, // may be subclassed
  TPF_READY = 1u << 3,    // py_type_ready done
  TPF_ABSTRACT = 1u << 4, // (reserved)
  // Fast subclass checks for the hot builtin families.
  TPF_INT_SUBCLASS = 1u << 8,
  TPF_STR_SUBCLASS = 1u << 9,
  TPF_TUPLE_SUBCLASS = 1u << 10,
  TPF_LIST_SUBCLASS = 1u << 11,
  TPF_DICT_SUBCLASS = 1u << 12,
  TPF_EXC_SUBCLASS = 1u << 13, // BaseException and subclasses
  TPF_TYPE_SUBCLASS = 1u << 14,
  // The binop does these in place, so the type has their __ixxx__ wrappers
  // (not inherited: a subclass finds the base's).
  TPF_INPLACE_SEQ = 1u << 15, // += and *=: list, bytearray, deque
  TPF_INPLACE_SET = 1u << 16, // &=, |=, -=, ^=: set
  TPF_INPLACE_OR = 1u << 17,  // |=: dict
  // Note [Weak references] (weakref.cpp): instances may be weakly referenced
  // (CPython's tp_weaklistoffset != 0); and, set once one of them has been,
  // their deallocs must clear the references.
  TPF_WEAKREFABLE = UPY_ENABLE_WEAKREF ? 1u << 18 : 0,
  TPF_WEAKREFERENCED = UPY_ENABLE_WEAKREF ? 1u << 19 : 0,
};

struct UPY_PACKED_TABLE MethodDef {
  const char *name;
  CFunc fn;
  uint16_t flags; // METH_*
  [[no_unique_address]] DocStr doc;
};
enum MethodFlags : uint32_t {
  METH_STATIC = 1u << 0,    // no self (fn gets self = nullptr)
  METH_CLASS = 1u << 1,     // self is the type
  METH_NARGS = 1u << 2,     // set by METH_ARGS
  METH_QUALIFIED = 1u << 3, // METH_ARGS messages name the owner type too: list.append()
};
// Note [Argument counts in the method table]
// A function taking lo..hi positional arguments and no keywords says so in its
// flags, METH_ARGS(lo, hi), and py_method_call checks them with py_check_nargs
// (the entry's name in the messages, "type.name" with METH_QUALIFIED, the owner
// found among self's bases) before calling it: one check in the runtime instead
// of one in every function. Whatever calls a MethodDef's fn goes through
// py_method_call.
#define METH_ARGS(lo, hi) (METH_NARGS | (uint32_t)(lo) << 4 | (uint32_t)(hi) << 8)
#define METH_MANY 0xFF // as METH_ARGS's hi: no upper bound
Ref py_method_call(const MethodDef *def, Ref self, Ref const *args, size_t nargs, Ref kwnames);

struct GetSetDef {
  const char *name;
  Ref (*get)(Ref self);
  int (*set)(Ref self, Ref value); // value nullptr = delete; nullptr setter = read-only
  [[no_unique_address]] DocStr doc;
};

// A type is one table. Slots left null are inherited from `base` by
// py_type_ready; for heap types (classes) they are set to generic functions that
// look up the matching dunder method (type.cpp).
struct Type {
  Obj ob;
  const char *name; // for builtins, e.g. "list"; heap types keep it in `ht_name`
  uint32_t flags;
  uint32_t basicsize; // bytes of a fixed-size instance
  uint32_t itemsize;  // bytes per item for var-sized instances (tuple, int), else 0
  int32_t dictoffset; // >0: byte offset of the instance __dict__ Ref; 0: none;
                      // <0: from the end of a var-sized instance (py_obj_dictptr)
  Type *base;         // primary base

  // lifecycle
  void (*dealloc)(Ref self);                             // release fields then py_obj_free
  int (*traverse)(Ref self, VisitProc visit, void *arg); // TPF_GC only
  void (*clear)(Ref self);                               // TPF_GC only: drop refs to break cycles

  // construction: `type(...)` calls tp_new then, if the result is an instance of
  // the type, tp_init.
  Ref (*tp_new)(Type *type, Ref const *args, size_t nargs, Ref kwnames);
  int (*tp_init)(Ref self, Ref const *args, size_t nargs, Ref kwnames);

  // protocols
  Ref (*repr)(Ref self);
  Ref (*str)(Ref self);
  int (*hash)(Ref self, int64_t *out); // -1 on error (e.g. unhashable)
  CallFn call;
  Ref (*getattr)(Ref self, Ref name);            // name is an interned str
  int (*setattr)(Ref self, Ref name, Ref value); // value nullptr = delete
  Ref (*richcompare)(Ref a, Ref b, int op);      // may return NotImplemented
  Ref (*iter)(Ref self);
  Ref (*iternext)(Ref self);                       // nullptr and no error set = exhausted
  Ref (*descr_get)(Ref descr, Ref obj, Ref type);  // obj may be nullptr (class access)
  int (*descr_set)(Ref descr, Ref obj, Ref value); // value nullptr = delete

  // numbers: called on type(a) first, then on type(b); the slot must check which
  // operand is "self". Return NotImplemented (new ref) when unsupported.
  Ref (*binop)(Ref a, Ref b, int op); // op: BinOp, possibly | BINOP_INPLACE
  Ref (*unop)(Ref self, int op);      // UnOp
  int (*to_bool)(Ref self);           // -1 error, 0, 1
  Ref (*to_int)(Ref self);            // __int__
  Ref (*to_float)(Ref self);          // __float__
  Ref (*to_index)(Ref self);          // __index__

  // containers
  int64_t (*length)(Ref self); // -1 on error
  Ref (*getitem)(Ref self, Ref key);
  int (*setitem)(Ref self, Ref key, Ref value); // value nullptr = delete
  int (*contains)(Ref self, Ref value);         // -1 error, 0, 1

  // tables installed into the type dict by py_type_ready
  const MethodDef *methods;
  const GetSetDef *getsets;
  [[no_unique_address]] DocStr doc;

  // filled by py_type_ready / class creation
  Ref dict;                            // attributes (dict)
  Ref bases;                           // tuple of types
  Ref mro;                             // tuple of types
  Ref ht_name, ht_qualname, ht_module; // heap types only (str) / nullptr
  Ref subclasses;                      // list of weak-ish entries (type.cpp), may be nullptr
  uint32_t version;                    // bumped when the type or a base changes (attr caches)
};

extern Type py_type_type, py_object_type;

// Note [Packed type definitions]
// Builtin types are defined with PY_TYPE_DEF(c_name, designated initialisers
// of Type), which with UPY_PACKED_TYPES=0 is `Type c_name = {...}`. A Type is
// 42 words of which a builtin type sets 11 on average, and as initialised data
// all of them take room in the binary. With UPY_PACKED_TYPES=1 the Type is left
// zero (bss) and the initialisers become a constexpr Type that only the
// compiler sees; from it, `c_name##_packed` keeps the scalar fields, a mask of
// the slots (PY_TYPE_SLOTS) that are set and their values, in order.
// py_init fills each type of types.def from its packed form (py_type_unpack)
// before anything runs; a type of types.def defined otherwise (the exception
// types that only rename their base, Note [Exception types filled at start-up])
// has no packed form, which run.cpp sees as a null weak reference.
// clang-format off
#define PY_TYPE_SLOTS(X)                                                                           \
  X(base) X(dealloc) X(traverse) X(clear) X(tp_new) X(tp_init) X(repr) X(str) X(hash) X(call)      \
  X(getattr) X(setattr) X(richcompare) X(iter) X(iternext) X(descr_get) X(descr_set) X(binop)      \
  X(unop) X(to_bool) X(to_int) X(to_float) X(to_index) X(length) X(getitem) X(setitem)            \
  X(contains) X(methods) X(getsets)
// clang-format on
enum : int {
#define PY_SLOT_ENUM(f) PY_SLOT_##f,
  PY_TYPE_SLOTS(PY_SLOT_ENUM) PY_SLOT_COUNT
#undef PY_SLOT_ENUM
};
static_assert(PY_SLOT_COUNT <= 32, "the slot mask is 32 bits");
union PackedSlot {
#define PY_SLOT_MEMBER(f) decltype(Type::f) f;
  PY_TYPE_SLOTS(PY_SLOT_MEMBER)
#undef PY_SLOT_MEMBER
};
struct PackedType { // the metatype is py_type_type
  const char *name;
  const PackedSlot *slots; // the values of the set slots, in slot order
  uint32_t flags;
  uint32_t mask; // bit PY_SLOT_x: slot x is set
  uint16_t basicsize, itemsize;
  int16_t dictoffset;
  [[no_unique_address]] DocStr doc;
};
// Fills a zero Type from its packed form.
void py_type_unpack(Type *t, const PackedType *p);

#if UPY_PACKED_TYPES
namespace py_packed {
constexpr uint32_t slot_mask(const Type &s) {
  uint32_t m = 0;
#define PY_SLOT_BIT(f)                                                                             \
  if (s.f) m |= 1u << PY_SLOT_##f;
  PY_TYPE_SLOTS(PY_SLOT_BIT)
#undef PY_SLOT_BIT
  return m;
}
constexpr PackedSlot slot_value(const Type &s, int i) {
  switch (i) {
#define PY_SLOT_CASE(f)                                                                            \
  case PY_SLOT_##f: return PackedSlot{.f = s.f};
    PY_TYPE_SLOTS(PY_SLOT_CASE)
#undef PY_SLOT_CASE
  }
  return PackedSlot{};
}
constexpr int nth_slot(uint32_t mask, size_t n) {
  for (int i = 0; i < PY_SLOT_COUNT; i++)
    if ((mask >> i & 1) && n-- == 0) return i;
  return -1;
}
constexpr size_t count(uint32_t mask) { return mask ? (mask & 1) + count(mask >> 1) : 0; }
template <size_t N> struct Slots { PackedSlot v[N ? N : 1]; };
template <size_t... I> struct Seq {};
template <size_t N, size_t... I> struct MakeSeq : MakeSeq<N - 1, N - 1, I...> {};
template <size_t... I> struct MakeSeq<0, I...> { typedef Seq<I...> type; };
template <const Type &S> struct Packer {
  static constexpr uint32_t mask = slot_mask(S);
  template <size_t... I> static constexpr Slots<sizeof...(I)> make(Seq<I...>) {
    return {{slot_value(S, nth_slot(mask, I))...}};
  }
  static constexpr Slots<count(mask)> slots = make(typename MakeSeq<count(mask)>::type());
  static constexpr PackedType pack() {
    static_assert(S.ob.rc == PY_IMMORTAL_RC && !S.dict && !S.bases && !S.mro && !S.ht_name &&
                      !S.ht_qualname && !S.ht_module && !S.subclasses && !S.version,
                  "a packed type sets only its static fields");
    static_assert(S.ob.type == &py_type_type && S.basicsize < 65536 && S.itemsize < 65536 &&
                      S.dictoffset >= -32768 && S.dictoffset < 32768,
                  "a packed type's metatype is type and its sizes fit 16 bits");
    return {S.name,
            slots.v,
            S.flags,
            mask,
            (uint16_t)S.basicsize,
            (uint16_t)S.itemsize,
            (int16_t)S.dictoffset,
            S.doc};
  }
};
} // namespace py_packed
#define PY_TYPE_DEF(c_name, ...)                                                                   \
  Type c_name;                                                                                     \
  static constexpr Type c_name##_spec = {__VA_ARGS__};                                             \
  extern const PackedType c_name##_packed;                                                         \
  const PackedType c_name##_packed = py_packed::Packer<c_name##_spec>::pack()
#else
#define PY_TYPE_DEF(c_name, ...) Type c_name = {__VA_ARGS__}
#endif

static inline bool py_type_has(Type *t, uint32_t f) { return (t->flags & f) != 0; }
bool py_subtype(Type *a, Type *b); // is a a subclass of b (via mro)
static inline bool py_isinstance_exact(Ref r, Type *t) { return py_type(r) == t; }
static inline bool py_isinstance_of(Ref r, Type *t) {
  Type *rt = py_type(r);
  return rt == t || py_subtype(rt, t);
}
// Python-level isinstance(obj, cls) with tuples and __instancecheck__: -1 error.
int py_isinstance(Ref obj, Ref cls);
int py_type_isinstance(Ref obj, Type *cls); // type.__instancecheck__ (proxies' __class__)
int py_issubclass(Ref derived, Ref cls);

// Readies a builtin type: inherits slots from base, computes mro, fills dict from
// methods/getsets and adds dunder wrappers for non-null slots. 0 / -1.
int py_type_ready(Type *t);
// Every builtin type (types.def), bases before subclasses; py_init readies them.
extern Type *const py_builtin_types[];
extern const size_t py_builtin_type_count;
// Name for messages: "list", "MyClass" (borrowed C string).
// A builtin type's name is CPython's tp_name, "collections.deque" for a type
// outside builtins, which messages quote; py_type_basename is its __name__,
// "deque" (heap types: both their __name__).
const char *py_type_name(Type *t);
const char *py_type_basename(Type *t);
static inline const char *py_tname(Ref r) { return py_type_name(py_type(r)); }
// Find `name` along the type's mro without invoking descriptors. Borrowed, or
// nullptr (no error set) when missing.
Ref py_type_lookup(Type *t, Ref name);
// Address of the instance dict slot, or nullptr if the object has none.
Ref *py_obj_dictptr(Ref o);
// Allocation size for a var-sized instance (tuple, int, str, bytes) whose own
// data takes `native_size` bytes: when `type` is a subclass with a negative
// dictoffset, the __dict__ Ref sits after the data, at native_size rounded up to
// pointer alignment. tp_new of var-sized types allocates this many bytes.
size_t py_var_size_with_dict(Type *type, size_t native_size);

// ---------------------------------------------------------------------------
// GC head and cycle collection (gc.cpp)
// ---------------------------------------------------------------------------

struct GcHead {
  GcHead *next, *prev;
  intptr_t gc_refs; // scratch during collection
};
static inline GcHead *py_gc_head(Ref o) { return ((GcHead *)o) - 1; }
void py_gc_track(Ref o);   // py_obj_alloc does it for TPF_GC types
void py_gc_untrack(Ref o); // dealloc of a TPF_GC type calls it first
size_t py_gc_collect();    // returns number of objects freed
void py_gc_enable(bool on);
bool py_gc_enabled();
// Is o garbage of the running collection? Only meaningful while the weak
// references to the garbage are cleared (py_weakref_clear_garbage).
bool py_gc_is_garbage(Ref o);

// ---------------------------------------------------------------------------
// Weak references (weakref.cpp; Note [Weak references])
// ---------------------------------------------------------------------------

#if UPY_ENABLE_WEAKREF
void py_weakref_clear(Ref o);
// The dealloc of a weakly referenceable kind calls this before it releases
// anything: o's weak references die and their callbacks run (o untracked
// first). One flag test unless o's type ever had an instance weakly referenced.
static inline void py_weakref_dying(Ref o) {
  if (__builtin_expect(py_type_has(o->type, TPF_WEAKREFERENCED), 0)) py_weakref_clear(o);
}
// The collector (Note [Weak references to garbage]): clear the weak references
// to garbage object o, and o itself if it is a weak reference; push the ones
// whose callbacks must run on *pending (new references, linked through the
// refs), which py_weakref_run_callbacks then runs and releases.
void py_weakref_clear_garbage(Ref o, Ref *pending);
void py_weakref_run_callbacks(Ref pending);
bool py_weakref_is_proxy(Ref o);               // weakref.ProxyType / CallableProxyType
extern const GetSetDef py_weakref_list_getset; // a class's __weakref__: its first reference
#else
static inline void py_weakref_dying(Ref) {}
static inline bool py_weakref_is_proxy(Ref) { return false; }
#endif

// ---------------------------------------------------------------------------
// Singletons
// ---------------------------------------------------------------------------

extern Obj py_None_obj, py_NotImplemented_obj, py_Ellipsis_obj;
// The bool objects: same layout as IntObj (intobj.h) with one digit; int.cpp.
struct BoolObj {
  Obj ob;
  int32_t size;
  uint32_t digit[1];
};
extern BoolObj py_True_obj, py_False_obj;
#define py_None (&py_None_obj)
#define py_NotImplemented (&py_NotImplemented_obj)
#define py_Ellipsis (&py_Ellipsis_obj)
#define py_True ((Ref)&py_True_obj)
#define py_False ((Ref)&py_False_obj)
static inline Ref py_bool(bool b) { return b ? py_True : py_False; } // borrowed (immortal)
static inline Ref py_none_new() { return py_None; }                  // immortal: no incref needed

extern Type py_none_type, py_notimpl_type, py_ellipsis_type, py_bool_type;

// ---------------------------------------------------------------------------
// Errors (error.cpp)
// ---------------------------------------------------------------------------

// The exception types (exceptions.cpp). Names follow CPython's.
extern Type py_BaseException_type, py_Exception_type, py_SystemExit_type, py_KeyboardInterrupt_type,
    py_GeneratorExit_type, py_StopIteration_type, py_StopAsyncIteration_type,
    py_ArithmeticError_type, py_ZeroDivisionError_type, py_OverflowError_type,
    py_FloatingPointError_type, py_AssertionError_type, py_AttributeError_type, py_BufferError_type,
    py_EOFError_type, py_ImportError_type, py_ModuleNotFoundError_type, py_LookupError_type,
    py_IndexError_type, py_KeyError_type, py_MemoryError_type, py_NameError_type,
    py_UnboundLocalError_type, py_OSError_type, py_FileNotFoundError_type, py_FileExistsError_type,
    py_PermissionError_type, py_IsADirectoryError_type, py_NotADirectoryError_type,
    py_TimeoutError_type, py_ReferenceError_type, py_RuntimeError_type, py_NotImplementedError_type,
    py_RecursionError_type, py_SyntaxError_type, py_IndentationError_type, py_TabError_type,
    py_SystemError_type, py_TypeError_type, py_ValueError_type, py_UnicodeError_type,
    py_UnicodeDecodeError_type, py_UnicodeEncodeError_type, py_Warning_type, py_UserWarning_type,
    py_DeprecationWarning_type, py_PendingDeprecationWarning_type, py_SyntaxWarning_type,
    py_RuntimeWarning_type, py_FutureWarning_type, py_ImportWarning_type, py_UnicodeWarning_type,
    py_BytesWarning_type, py_ResourceWarning_type;

// Exception instance layout (all exception types share it; subclasses created by
// class statements append a dict).
struct ExcObj {
  Obj ob;
  Ref args;      // tuple
  Ref traceback; // TracebackObj* or nullptr
  Ref cause;     // __cause__ or nullptr
  Ref context;   // __context__ or nullptr
  Ref value;     // StopIteration.value / SystemExit.code / KeyError key etc. (or nullptr)
  Ref dict;      // instance __dict__ (lazily created) — attributes like filename, lineno
  bool suppress_context;
};

// Traceback entry; a chain from the outermost frame (first) to the innermost.
struct TracebackObj {
  Obj ob;
  Ref next; // TracebackObj* or nullptr
  Ref code;    // CodeObj* of the frame
  Ref globals; // the frame's globals (dict) or nullptr
  uint32_t line;
};
extern Type py_traceback_type;

// Set the pending exception. All return nullptr so `return py_err_format(...)`
// works in Ref-returning functions.
Ref py_err_format(Type *type, const char *fmt,
                  ...); // printf-like, plus %R / %S / %T, see py_str_format
Ref py_err_set_str(Type *type, const char *msg);
#if UPY_COMPRESSED_MESSAGES
// Note [Compressed messages] (error.cpp): in the runtime's own sources a
// literal message becomes its index in the generated table at compile time.
#include "messages.h" // generated: py_msgs::keys
namespace py_msgs {
constexpr int compare(const char *a, const char *b) {
  for (; *a && *a == *b; a++, b++) {
  }
  return (unsigned char)*a - (unsigned char)*b;
}
constexpr int find(const char *s) {
  int lo = 0, hi = count - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2, c = compare(s, keys[mid]);
    if (c == 0) return mid;
    if (c < 0)
      hi = mid - 1;
    else
      lo = mid + 1;
  }
  return -1;
}
template <int N> struct Id {
  static_assert(N >= 0, "a message missing from the generated table (tools/gen_messages.py)");
  static constexpr int value = N;
};
} // namespace py_msgs
Ref py_err_format_id(Type *type, int id, ...);
Ref py_err_set_str_id(Type *type, int id);
// A runtime helper that takes a message of the table takes a PyMsg, which
// PY_MSG(literal) makes and py_msg_str reads (tools/gen_messages.py lists the
// helpers whose literals it collects).
typedef int PyMsg;
#define PY_MSG(s) (py_msgs::Id<py_msgs::find(s)>::value)
const char *py_msg_str(PyMsg id);
#define py_err_format(type, fmt, ...)                                                              \
  py_err_format_id(type, py_msgs::Id<py_msgs::find(fmt)>::value, ##__VA_ARGS__)
#define py_err_set_str(type, msg) py_err_set_str_id(type, py_msgs::Id<py_msgs::find(msg)>::value)
#else
typedef const char *PyMsg;
#define PY_MSG(s) (s)
inline const char *py_msg_str(PyMsg m) { return m; }
#endif
Ref py_err_set_obj(Type *type, Ref value); // value: argument to the exception constructor
Ref py_err_set_exc(Ref exc);               // exc: instance (borrowed) or type
Ref py_err_nomem();                        // MemoryError
bool py_err_occurred();
Ref py_err_current();         // borrowed pending exception instance, or nullptr
Ref py_err_fetch();           // take the pending exception (new ref) and clear it
void py_err_restore(Ref exc); // steals; sets it as pending
void py_err_clear();
bool py_err_matches(Type *t); // pending exception is an instance of t
// Add a traceback entry (code, line) to the pending exception.
void py_err_add_traceback(Ref code, Ref globals, uint32_t line);
// Print "Traceback (most recent call last):" ... like CPython, to stderr.
void py_err_print(Ref exc);
// Set a SyntaxError-family exception (type: SyntaxError, IndentationError, TabError)
// with CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset; text may be nullptr). offset / end_offset are 1-based columns.
Ref py_err_syntax(Type *type, const char *msg, Ref filename, int lineno, int offset, Ref text,
                  int end_lineno, int end_offset);
// Exceptions' message helpers.
Ref py_exc_new(Type *type, Ref const *args, size_t nargs); // instantiate an exception type

// ---------------------------------------------------------------------------
// Abstract object API (object.cpp)
// ---------------------------------------------------------------------------

Ref py_repr(Ref o);
Ref py_str(Ref o);
Ref py_ascii(Ref o);
int py_hash(Ref o, int64_t *out);
int py_truthy(Ref o); // -1 error
Ref py_not(Ref o);
Ref py_richcompare(Ref a, Ref b, int op);
int py_richcompare_bool(Ref a, Ref b, int op); // identity shortcut for EQ/NE; -1 error
// op (CmpOp) applied to c, a three-way comparison (< 0, 0, > 0): True or False.
Ref py_cmp_result(int c, int op);
static inline int py_eq(Ref a, Ref b) { return py_richcompare_bool(a, b, CMP_EQ); }

Ref py_getattr(Ref o, Ref name); // name: str
Ref py_getattr_str(Ref o, const char *name);
// Like py_getattr but returns nullptr WITHOUT error when the attribute is missing
// (AttributeError swallowed). Other errors remain set.
Ref py_getattr_opt(Ref o, Ref name);
int py_setattr(Ref o, Ref name, Ref value); // value nullptr = delete
int py_setattr_str(Ref o, const char *name, Ref value);
int py_hasattr(Ref o, Ref name); // -1 on non-AttributeError error
// object.__getattribute__ / object.__setattr__ (generic, dict + descriptors)
Ref py_generic_getattr(Ref o, Ref name);
// Like py_generic_getattr, but a missing attribute returns nullptr with no
// error set (an AttributeError raised by a descriptor stays set).
Ref py_generic_getattr_opt(Ref o, Ref name);
int py_generic_setattr(Ref o, Ref name, Ref value);
// Method lookup for LOAD_METHOD: on success returns the function and sets
// *unbound = true when it must be called with `o` prepended; otherwise returns a
// bound attribute value.
Ref py_get_method(Ref o, Ref name, bool *unbound);

Ref py_getitem(Ref o, Ref key);
int py_setitem(Ref o, Ref key, Ref value);
int py_delitem(Ref o, Ref key);
int64_t py_len(Ref o); // -1 error
int py_contains(Ref container, Ref value);

Ref py_iter(Ref o);
// Next item: new ref; nullptr and !py_err_occurred() at the end.
Ref py_next(Ref iter);

Ref py_binop(Ref a, Ref b, int op); // op: BinOp; handles reflected ops, raises TypeError
Ref py_binop_inplace(Ref a, Ref b, int op);
Ref py_unop(Ref a, int op);
Ref py_number_index(Ref o);                  // __index__ → int, TypeError otherwise
int py_index_i64(Ref o, int64_t *out);       // __index__ then fit in int64 (OverflowError)
int py_number_as_double(Ref o, double *out); // int / float / __float__ / __index__

// Calling. args are borrowed.
Ref py_call(Ref callable, Ref const *args, size_t nargs, Ref kwnames);
Ref py_call_tuple_dict(Ref callable, Ref args_tuple, Ref kwargs_dict); // either may be nullptr
Ref py_call0(Ref callable);
Ref py_call1(Ref callable, Ref a);
Ref py_call2(Ref callable, Ref a, Ref b);
Ref py_call_method(Ref obj, const char *name, Ref const *args, size_t nargs); // obj.name(*args)
Ref py_call_method_ref(Ref obj, Ref name, Ref const *args, size_t nargs);
// types.name(a, b): list[int] and int | None are Python classes (lib/py/types.py).
Ref py_types_call(const char *name, Ref a, Ref b);
bool py_callable(Ref o);
// Iterate any iterable into a new list / tuple.
Ref py_sequence_list(Ref iterable);
Ref py_sequence_tuple(Ref iterable);

// Argument parsing for C functions. `names` lists every parameter; the first
// `npos_only` are positional-only, parameters from index `kwonly_start` on are
// keyword-only (use the count to mean "none"); the first `required` must be
// given. Missing optional ones are left nullptr in out[]. Borrowed refs.
// Raises CPython-style TypeErrors ("f() takes at most 2 arguments (3 given)",
// "f() got an unexpected keyword argument 'x'", "f() missing required argument ...").
struct ArgSpec {
  const char *fname;
  const char *const *names;
  uint8_t count;
  uint8_t required;
  uint8_t npos_only;
  uint8_t kwonly_start;
};
int py_parse_args(const ArgSpec &spec, Ref const *args, size_t nargs, Ref kwnames, Ref *out);
// Shortcuts for functions without keywords: checks nargs in [lo, hi] and kwnames empty.
int py_check_nargs(const char *fname, size_t nargs, Ref kwnames, size_t lo, size_t hi);

// ---------------------------------------------------------------------------
// Built-in function objects (funcobject.cpp)
// ---------------------------------------------------------------------------

struct CFuncObj {
  Obj ob;
  const MethodDef *def;
  Ref self;   // bound object / module / nullptr
  Ref module; // module name str or nullptr
};
extern Type py_cfunc_type;        // builtin_function_or_method
extern Type py_method_descr_type; // method_descriptor (unbound C method in a type dict)
extern Type py_classmethod_descr_type;
extern Type py_getset_descr_type, py_member_descr_type;
extern Type py_slot_wrapper_type; // wrapper_descriptor for dunder slots of builtin types
Ref py_cfunc_new(const MethodDef *def, Ref self);

// ---------------------------------------------------------------------------
// Code objects (made by the compiler, run by the VM)
// ---------------------------------------------------------------------------

// Instruction: 32 bits, opcode in the low 8, argument in the high 24 (opcodes.h).
typedef uint32_t Instr;

enum CodeFlags : uint32_t {
  CO_VARARGS = 1u << 0,     // has *args
  CO_VARKEYWORDS = 1u << 1, // has **kwargs
  CO_GENERATOR = 1u << 2,
  CO_NESTED = 1u << 3,
  CO_NOFREE = 1u << 4,
  CO_COROUTINE = 1u << 5, // (not supported; reserved)
  CO_MODULE = 1u << 6,    // module / class body / exec: uses LOAD_NAME locals dict
  CO_DOCSTRING = 1u << 7, // consts[0] is the function's docstring
  CO_BORROWED = 1u << 8,  // code / lines point into frozen bytecode (not owned)
};

// One run of instructions from the same source line. The code object stores
// them delta-encoded: per run, a varint of (start - previous start) then a
// zigzag varint of (line - previous line), starting from {0, 0}; two or three
// bytes a run instead of eight. Walk them with py_code_line_next.
struct LineEntry {
  uint32_t start; // first instruction index with this line
  uint32_t line;
};

struct CodeObj {
  Obj ob;
  Instr *code; // owned (py_malloc'ed)
  uint32_t ncode;
  uint8_t *lines;  // owned: the line table (see LineEntry)
  uint32_t nlines; // bytes of `lines`
  uint32_t flags;
  uint16_t argcount; // positional params incl. positional-only (not *args)
  uint16_t posonlyargcount;
  uint16_t kwonlyargcount;
  uint16_t nlocals;   // == len(varnames)
  uint32_t stacksize; // max value-stack depth
  uint32_t blocksize; // max block-stack depth (SETUP_* nesting)
  uint32_t firstlineno;
  Ref consts;   // tuple
  Ref names;    // tuple of interned str (attribute / global names)
  Ref varnames; // tuple of interned str: params first (args, kwonly, *args, **kw), then locals
  Ref cellvars; // tuple of str: names of locals captured by inner functions
  Ref freevars; // tuple of str: names this function receives from outer scopes
  // For each cellvar that is also a parameter, the varnames index, else -1
  // (the VM copies such arguments into their cells at entry). Owned array.
  int32_t *cell2arg;
  Ref name;     // str
  Ref qualname; // str
  Ref filename; // str
  void *icache; // the VM's inline caches, one per instruction (vm.cpp), or nullptr
};
extern Type py_code_type;
uint32_t py_code_line(CodeObj *co, uint32_t instr_index);
// The next run of the line table: start with *p = co->lines and *e = {0, 0};
// false at the end.
bool py_code_line_next(const CodeObj *co, const uint8_t **p, LineEntry *e);
// Appends one run to a line table being built (compile.cpp); returns the new
// length, which stays below cap (the caller reserves 10 bytes per run).
size_t py_code_line_put(uint8_t *table, size_t len, LineEntry prev, LineEntry e);

// ---------------------------------------------------------------------------
// Functions, cells, methods (funcobject.cpp / vm.cpp)
// ---------------------------------------------------------------------------

struct FuncObj {
  Obj ob;
  Ref code;       // CodeObj
  Ref globals;    // dict
  Ref builtins;   // dict
  Ref name;       // str
  Ref qualname;   // str
  Ref defaults;   // tuple or nullptr
  Ref kwdefaults; // dict or nullptr
  Ref closure;    // tuple of cells or nullptr
  Ref doc;
  Ref dict;   // function attributes, lazily created
  Ref module; // __module__
  Ref annotations;
};
extern Type py_function_type;

struct CellObj {
  Obj ob;
  Ref ref; // nullptr = empty
};
extern Type py_cell_type;
Ref py_cell_new(Ref v); // v borrowed, may be nullptr

struct MethodObj { // bound method
  Obj ob;
  Ref func;
  Ref self;
};
extern Type py_method_type;
Ref py_method_new(Ref func, Ref self);

// property / staticmethod / classmethod / super (descr.cpp)
extern Type py_property_type, py_staticmethod_type, py_classmethod_type, py_super_type;

// ---------------------------------------------------------------------------
// Modules (module.cpp / import.cpp)
// ---------------------------------------------------------------------------

struct ModuleObj {
  Obj ob;
  Ref dict;
  Ref name;
};
extern Type py_module_type;
Ref py_module_new(const char *name); // sets __name__ (and __doc__ = None)
Ref py_module_dict(Ref module);      // borrowed
// Add a C function table to a module's dict. 0 / -1. The functions' __module__
// is the module's name, or `impl_name`: the C module CPython implements them in
// ("posix" for os), which its messages name them by.
int py_module_add_functions(Ref module, const MethodDef *defs, const char *impl_name = nullptr);
int py_module_add(Ref module, const char *name, Ref value); // value borrowed

// A builtin (C++) module: created on first import.
struct BuiltinModuleDef {
  const char *name;
  int (*init)(Ref module); // fill the module; 0 / -1
};
// A frozen (embedded) module: its bytecode (Note [Frozen bytecode] in
// marshal.cpp; 8-aligned, lives as long as the runtime) or else its source.
struct FrozenModuleDef {
  const char *name;   // dotted name
  const char *source; // Python source text, or nullptr when `code` is given
  bool is_package;
  bool code_is_source; // `code` is the source text compressed, compiled on import
  // Compressed source: the module whose unpacked text precedes this one's as a
  // preset dictionary (Note [Compressed frozen modules]) is this + preset; 0: none.
  int16_t preset;
  const unsigned char *code; // py_code_dump's bytes, or them (or the source) compressed
  uint32_t code_len;
  uint32_t unpacked_len;          // compressed: the length of the bytes unpacked; else 0
  const unsigned char *code_lens; // compressed: the Huffman code lengths of its table
};
// Layers above the runtime add their modules with these before py_init (a
// table ends with a {nullptr} entry and must outlive the runtime). 0 / -1 when
// too many tables are registered.
int py_register_builtin_modules(const BuiltinModuleDef *table);
int py_register_frozen_modules(const FrozenModuleDef *table);
Ref py_import(Ref name, Ref globals, Ref fromlist, int level); // __import__
Ref py_import_str(const char *name);                           // import a.b.c, returns module a.b.c
// Run the frozen module `name` (lib/py) in `module`'s namespace: the Python half
// of a builtin module of the same name. 0 / -1.
int py_exec_frozen_in(Ref module, const char *name);
