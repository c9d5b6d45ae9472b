// The interpreter state and the VM entry points (vm.cpp, run.cpp).
#pragma once
#include "py/obj.h"

// Single-threaded interpreter state.
struct Frame;
struct GenConsumer;
// Note [Handled exceptions and generators]
// `handled` is the exception the running code's except block handles: while a
// generator runs, the generator's own (gen_resume swaps it in and out). Where
// it has none, CPython's sys.exc_info(), bare `raise` and implicit chaining see
// what its resumer handles, and so on outwards: gen_resume links the resumer's
// `handled` in a HandledLink on the C stack, and py_vm_handled walks them.
struct HandledLink {
  Ref outer; // the resumer's handled exception (owned by the link while it is set)
  HandledLink *prev;
};
struct VMState {
  Ref exc;                    // pending (raised, not yet caught) exception instance
  Ref handled;                // exception being handled by the running code, or nullptr
  HandledLink *handled_outer; // the generators' resumers (Note [Handled exceptions and generators])
  Frame *frame;               // innermost running Python frame
  int depth;                  // Python call depth (RecursionError at recursion_limit)
  int recursion_limit;
  Ref builtins; // dict of the builtins module
  Ref modules;  // sys.modules dict
  Ref sys_path; // sys.path list
  Ref main_module;
  volatile int interrupt; // set by a signal handler: KeyboardInterrupt at next check
  char *c_stack_base;     // for native stack overflow checks
  size_t c_stack_limit;   // bytes of C stack the VM may use (a port may lower it)
  GenConsumer *consumer;  // Note [Consumed generators] (gen.h), or nullptr
};
extern VMState py_vm;

// The exception being handled as sys.exc_info() sees it (borrowed), or nullptr.
static inline Ref py_vm_handled() {
  Ref h = py_vm.handled;
  for (HandledLink *l = py_vm.handled_outer; (!h || h == py_None) && l; l = l->prev) h = l->outer;
  return h == py_None ? nullptr : h;
}

// Start-up and shutdown. argv becomes sys.argv. 0 / -1.
int py_init(int argc, char **argv);
void py_deinit();

// Run the code object `code` with the given globals (and locals, for module /
// class / exec bodies; nullptr = globals). New ref to the result.
Ref py_eval_code(Ref code, Ref globals, Ref locals);
// Compile and run source as the body of module dict `globals`.
Ref py_run_string(const char *src, size_t len, const char *filename, int mode, Ref globals,
                  Ref locals);
// Run a file as __main__ (sys.path[0] = its folder). Returns exit status:
// 0 ok, 1 uncaught exception (traceback printed), or the SystemExit code.
int py_run_main_file(const char *path);
int py_run_main_string(const char *src);  // -c
int py_run_main_module(const char *name); // -m
// Handle an uncaught exception at top level: SystemExit → its status; otherwise
// print the traceback and return 1. Clears the error.
int py_handle_uncaught();
// Returns true if a keyboard interrupt is pending (checked in loops).
void py_signal_interrupt();

// Call a Python function object.
Ref py_function_call(Ref func, Ref const *args, size_t nargs, Ref kwnames);
// Check C stack / recursion depth when entering a nested call: -1 with
// RecursionError set when too deep.
int py_enter_call();
static inline void py_leave_call() { py_vm.depth--; }

// Release a code object's inline caches (vm.cpp).
void py_code_free_icache(CodeObj *co);

// Generators (gen.cpp)
extern Type py_generator_type;

// Note [Consumed generators]: a C loop taking a generator's items one at a
// time (sum(), list(), ...) may offer each item to a `take` function at the
// yield itself: when it takes the item, the frame goes on at once as if None
// had been sent, instead of suspending and being resumed through C for the
// next one. `take` must run no Python code and raise nothing (so nothing can
// tell the generator never suspended); an item it refuses is yielded as usual
// and the loop deals with it the general way. Returns like py_next.
typedef bool (*GenTakeFn)(void *ctx, Ref item); // true: took the reference
Ref py_gen_next_taking(Ref gen, GenTakeFn take, void *ctx);
