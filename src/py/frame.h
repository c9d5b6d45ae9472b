// Frames of running Python code (vm.cpp, gen.cpp). Frames are not Python
// objects: a normal call's frame lives on the VM's data stack (LIFO chunks);
// a generator's frame is a separate heap block owned by the generator.
#pragma once
#include "py/containers.h"

enum BlockType : uint32_t { BLOCK_FINALLY, BLOCK_EXCEPT_HANDLER };

struct Block {
  uint32_t type;
  uint32_t handler; // instruction index (BLOCK_FINALLY)
  uint32_t level;   // value-stack depth to restore
  Ref prev_handled; // BLOCK_EXCEPT_HANDLER: sys.exc_info() to restore (owned)
};

struct GenObj;

struct Frame {
  Frame *back;
  CodeObj *code;
  Ref func;     // owned FuncObj, or nullptr for module / exec code
  Ref globals;  // borrowed from func, owned when there is no func
  Ref builtins; // likewise
  Ref locals;   // owned dict (CO_MODULE code), else nullptr
  Ref *fast;    // nlocals + ncells + nfrees slots (owned refs)
  Ref *stack;   // value stack base
  Ref *sp;      // saved stack pointer (while calling out or suspended)
  Block *blocks;
  uint32_t nblocks;
  uint32_t pc; // next instruction
  uint32_t nfast; // frame_nfast(code)
  bool is_entry;   // the C caller of vm_run waits for this frame's result
  bool on_heap;    // generator frame (py_malloc'ed), else on the data stack
  bool yielded;    // set by YIELD_VALUE / YIELD_FROM when the frame suspends
  size_t size;     // bytes allocated for the frame
};

static inline uint32_t frame_nfast(CodeObj *co) {
  return co->nlocals + (uint32_t)(py_tuple_len(co->cellvars) + py_tuple_len(co->freevars));
}
