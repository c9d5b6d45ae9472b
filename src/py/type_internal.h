// Shared between the type machinery (type.cpp), descriptors (descr.cpp),
// functions (funcobject.cpp) and the VM (vm.cpp). Not part of the public API.
#pragma once
#include "py/obj.h"

// Kinds of dunder → slot mappings. ORDER SLOT (py_slot_defs in type.cpp).
enum SlotKind {
  SK_REPR,
  SK_STR,
  SK_HASH,
  SK_CALL,
  SK_GETATTRIBUTE,
  SK_GETATTR,
  SK_SETATTR,
  SK_DELATTR,
  SK_CMP,     // arg: CmpOp
  SK_ITER,
  SK_NEXT,
  SK_GET,
  SK_SET,
  SK_DELETE,
  SK_BINOP,   // arg: BinOp
  SK_RBINOP,  // reflected
  SK_IBINOP,  // in-place
  SK_UNOP,    // arg: UnOp
  SK_BOOL,
  SK_INT,
  SK_FLOAT,
  SK_INDEX,
  SK_LEN,
  SK_GETITEM,
  SK_SETITEM,
  SK_DELITEM,
  SK_CONTAINS,
  SK_INIT,
  SK_NEW,
  SK_DEL,
};

struct SlotDef {
  const char *name;
  int kind;
  int arg;
};
extern const SlotDef py_slot_defs[];

// type.cpp
// Bumped by any change to any type's dict or mro (Note [Type lookup cache]).
extern uint32_t py_type_epoch;
void py_type_modified(); // invalidates the attribute lookup cache
void py_type_update_slots_all(Type *changed);
// name must have static storage (a literal or a table entry). Borrowed.
Ref py_type_lookup_str(Type *t, const char *name);
Ref py_type_new_class(Type *meta, Ref name, Ref bases, Ref ns, Ref kwargs);
// The metaclass a class with these bases gets, starting from `meta`: the most
// derived of meta and the bases' metaclasses. nullptr + TypeError on conflict.
Type *py_type_most_derived_meta(Type *meta, Ref bases);
Ref py_type_module_name(Type *t);
Ref py_type_qualname(Type *t); // __qualname__ (new reference)
// The type whose tp_new creates t's instances: t, or its nearest base when t's
// __new__ is Python code (which ends up calling a base's __new__).
Type *py_type_new_owner(Type *t);
int py_abstract_update(Type *t);
Ref py_abstract_error(Type *t); // sets TypeError, returns nullptr

// reduce.cpp: object.__reduce_ex__(protocol), object.__reduce__(), object.__getstate__()
Ref py_object_reduce_ex(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_object_reduce(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_object_getstate(Ref self, Ref const *args, size_t nargs, Ref kwnames);
// getattr(self, '__dict__', None): the state in the reduce tuples of builtins.
Ref py_reduce_dict_state(Ref self);

// descr.cpp
Ref py_method_descr_new(Type *owner, const MethodDef *def);
Ref py_getset_descr_new(Type *owner, const GetSetDef *def);
Ref py_member_descr_new(Type *owner, Ref name, uint32_t offset); // a __slots__ entry
Ref py_slot_wrapper_new(Type *owner, const SlotDef *def);
const SlotDef *py_slot_wrapper_def(Ref wrapper);
Type *py_slot_wrapper_type_of(Ref wrapper);
Ref py_staticmethod_func(Ref sm); // borrowed
// super(...).name as a plain function to call with *self prepended, when it
// is one (borrowed results); nullptr (no error) otherwise.
Ref py_super_method(Ref sup, Ref name, Ref *self);
// What super(type, obj).name finds in a class dict (borrowed), when obj is a
// plain instance of a subclass of type; nullptr (no error set) when the super
// object's own lookup must decide (obj a class, nothing found, __class__).
Ref py_super_find_fast(Ref type, Ref obj, Ref name);

// funcobject.cpp / vm.cpp
// Call f(self, *args, **kw) without building a bound method.
Ref py_call_with_self(Ref f, Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_frame_globals(); // borrowed globals of the running frame, or nullptr
Ref py_frame_locals();  // new ref: locals of the running frame as a dict
// Zero-argument super(): the __class__ cell and first argument of the running
// frame. -1 with RuntimeError set when unavailable.
int py_frame_super_args(Ref *type, Ref *obj);
// Report an exception that cannot propagate (e.g. raised in __del__) on stderr.
void py_print_unraisable(const char *msg, Ref obj, Ref exc);
