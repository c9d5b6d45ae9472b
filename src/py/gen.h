// Generators (gen.cpp) and the frame functions they share with the VM.
#pragma once
#include "py/frame.h"
#include "py/vm.h"

// Wrap a (heap) frame whose arguments are bound into a new generator.
// fn names the generator; nullptr: its code does (eval() of a code object).
Ref py_gen_new(Frame *f, FuncObj *fn);
// YIELD_FROM's step: send `sent` into the sub-iterator `it`.
// 1: it yielded *out; 0: it finished and *out is its return value; -1: error.
int py_gen_delegate_send(Ref it, Ref sent, Ref *out);

// The consumer of the generator frame that is running (Note [Consumed
// generators] in vm.h); YIELD_VALUE offers it the item.
struct GenConsumer {
  Frame *frame;
  GenTakeFn take;
  void *ctx;
};

// vm.cpp
Ref py_frame_resume(Frame *f, bool throwing); // runs until yield/return/error
void py_frame_release(Frame *f);
