// Generator objects: a suspended heap frame plus the send / throw / close
// protocol, and the delegation step used by `yield from`.
#include "py/gen.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/opcodes.h"
#include "py/strobj.h"
#include "py/type_internal.h"
#include "py/vm.h"

struct GenObj {
  Obj ob;
  Frame *frame; // nullptr once finished
  Ref name, qualname;
  Ref exc_state; // the generator's handled exception while suspended
  bool running;
  bool started;
};

enum ResumeMode { RESUME_SEND, RESUME_THROW, RESUME_CONTINUE };

Ref py_gen_new(Frame *f, FuncObj *fn) {
  GenObj *g = (GenObj *)py_obj_alloc(&py_generator_type, sizeof(GenObj));
  if (!g) {
    py_frame_release(f);
    return nullptr;
  }
  g->frame = f;
  g->name = py_newref(fn ? fn->name : f->code->name);
  g->qualname = py_newref(fn ? fn->qualname : f->code->qualname);
  return (Ref)g;
}

static void gen_finish(GenObj *g) {
  if (!g->frame) return;
  Frame *f = g->frame;
  g->frame = nullptr;
  py_frame_release(f);
}

// PEP 479: a StopIteration escaping the generator body becomes RuntimeError.
static void gen_convert_stop_iteration() {
  if (!py_err_matches(&py_StopIteration_type)) return;
  Ref exc = py_err_fetch();
  py_err_set_str(&py_RuntimeError_type, "generator raised StopIteration");
  py_err_set_cause(exc);
}

// 1: yielded *out; 0: finished, *out = return value; -1: error.
static int gen_resume(GenObj *g, Ref send, int mode, Ref *out) {
  *out = nullptr;
  if (g->running) {
    py_err_set_str(&py_ValueError_type, "generator already executing");
    return -1;
  }
  if (!g->frame) {
    if (mode == RESUME_THROW) return -1; // the pending exception just propagates
    *out = py_None;
    return 0;
  }
  Frame *f = g->frame;
  if (mode == RESUME_SEND) {
    if (g->started)
      *f->sp++ = py_newref(send);
    else if (send != py_None) {
      py_err_set_str(&py_TypeError_type, "can't send non-None value to a just-started generator");
      return -1;
    }
  }
  g->started = true;
  g->running = true;
  HandledLink link = {py_vm.handled, py_vm.handled_outer};
  py_vm.handled_outer = &link;
  py_vm.handled = g->exc_state;
  g->exc_state = nullptr;
  Ref r = py_frame_resume(f, mode == RESUME_THROW);
  g->exc_state = py_vm.handled;
  py_vm.handled = link.outer;
  py_vm.handled_outer = link.prev;
  g->running = false;
  if (r && f->yielded) {
    *out = r;
    return 1;
  }
  py_clear(&g->exc_state);
  gen_finish(g);
  if (r) {
    *out = r;
    return 0;
  }
  gen_convert_stop_iteration();
  return -1;
}

static Ref gen_stop_iteration(Ref value) {
  if (value == py_None) return py_err_set_exc((Ref)&py_StopIteration_type);
  Ref exc = py_exc_new(&py_StopIteration_type, &value, 1);
  if (exc) {
    py_err_set_exc(exc);
    py_decref(exc);
  }
  return nullptr;
}

static Ref gen_iternext(Ref self) {
  Ref out;
  int r = gen_resume((GenObj *)self, py_None, RESUME_SEND, &out);
  if (r == 1) return out;
  if (r == 0) {
    if (out != py_None) gen_stop_iteration(out);
    py_decref(out);
  }
  return nullptr;
}

Ref py_gen_next_taking(Ref self, GenTakeFn take, void *ctx) {
  GenObj *g = (GenObj *)self;
  GenConsumer c = {g->frame, take, ctx}, *outer = py_vm.consumer;
  if (g->running || !g->frame) c.frame = nullptr; // gen_resume reports these
  py_vm.consumer = &c;
  Ref r = gen_iternext(self);
  py_vm.consumer = outer;
  if (!r && py_err_matches(&py_StopIteration_type)) py_err_clear();
  return r;
}

static Ref gen_send(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref out;
  int r = gen_resume((GenObj *)self, args[0], RESUME_SEND, &out);
  if (r == 1) return out;
  if (r == 0) {
    gen_stop_iteration(out);
    py_decref(out);
  }
  return nullptr;
}

// The sub-iterator a generator suspended in `yield from` delegates to.
static Ref gen_yieldfrom(GenObj *g) {
  Frame *f = g->frame;
  if (!f || !g->started || g->running) return nullptr;
  if (py_instr_base_op(f->code->code[f->pc]) != OP_YIELD_FROM) return nullptr;
  return f->sp[-1];
}

static Ref stop_iteration_value(Ref exc) {
  Ref v = ((ExcObj *)exc)->value;
  return py_newref(v ? v : py_None);
}

static int gen_throw_exc(GenObj *g, Ref exc, Ref *out);

// What a sub-iterator's send / throw / next gave: 1 with *out = r (it
// yielded), 0 with *out = its return value (StopIteration), -1 error.
static int gen_sub_result(Ref r, Ref *out) {
  if (r) {
    *out = r;
    return 1;
  }
  if (!py_err_matches(&py_StopIteration_type)) return -1;
  Ref e = py_err_fetch();
  *out = stop_iteration_value(e);
  py_decref(e);
  return 0;
}

// Throw into the sub-iterator; 1 yielded, 0 it finished (resume g with *out
// pushed), -1 it raised (pending; throw that into g).
static int gen_throw_delegate(Ref sub, Ref exc, Ref *out) {
  if (py_type(sub) == &py_generator_type) return gen_throw_exc((GenObj *)sub, exc, out);
  Ref meth = py_getattr_opt(sub, py_str_intern("throw"));
  if (!meth) {
    if (py_err_occurred()) return -1;
    py_err_restore(py_newref(exc));
    return -1;
  }
  Ref r = py_call1(meth, exc);
  py_decref(meth);
  return gen_sub_result(r, out);
}

static int gen_close_sub(Ref sub) {
  if (py_type(sub) == &py_generator_type) {
    Ref r = py_call_method(sub, "close", nullptr, 0);
    if (!r) return -1;
    py_decref(r);
    return 0;
  }
  Ref meth = py_getattr_opt(sub, py_str_intern("close"));
  if (!meth) return py_err_occurred() ? -1 : 0;
  Ref r = py_call0(meth);
  py_decref(meth);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

// Throw `exc` (an instance) into g at its suspension point.
static int gen_throw_exc(GenObj *g, Ref exc, Ref *out) {
  Ref sub = gen_yieldfrom(g);
  if (sub) {
    py_incref(sub);
    int r;
    if (py_isinstance_of(exc, &py_GeneratorExit_type)) {
      r = gen_close_sub(sub) < 0 ? -1 : -2;
    } else {
      g->running = true;
      r = gen_throw_delegate(sub, exc, out);
      g->running = false;
    }
    py_decref(sub);
    if (r == 1) return 1;
    Frame *f = g->frame;
    if (r == 0) { // sub-iterator returned: continue after YIELD_FROM with its value
      py_decref(*--f->sp);
      *f->sp++ = *out;
      f->pc++;
      return gen_resume(g, nullptr, RESUME_CONTINUE, out);
    }
    f->pc++; // the exception surfaces at the `yield from`
    if (r == -2) py_err_restore(py_newref(exc));
    return gen_resume(g, nullptr, RESUME_THROW, out);
  }
  py_err_restore(py_newref(exc));
  if (!g->frame) return -1;
  return gen_resume(g, nullptr, RESUME_THROW, out);
}

// throw(type[, value[, tb]]) or throw(instance)
static Ref gen_make_exc(Ref type, Ref value) {
  if (py_is_exc_type(type)) {
    if (value && py_isinstance_of(value, (Type *)type)) return py_newref(value);
    if (!value || value == py_None) return py_call0(type);
    if (py_is_tuple(value)) return py_call_tuple_dict(type, value, nullptr);
    return py_call1(type, value);
  }
  if (py_is_exc(type)) {
    if (value && value != py_None)
      return py_err_set_str(&py_TypeError_type, "instance exception may not have a separate value");
    return py_newref(type);
  }
  return py_err_format(
      &py_TypeError_type,
      "exceptions must be classes or instances deriving from BaseException, not %T", type);
}

static Ref gen_throw(Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Ref exc = gen_make_exc(args[0], nargs > 1 ? args[1] : nullptr);
  if (!exc) return nullptr;
  Ref out;
  int r = gen_throw_exc((GenObj *)self, exc, &out);
  py_decref(exc);
  if (r == 1) return out;
  if (r == 0) {
    gen_stop_iteration(out);
    py_decref(out);
  }
  return nullptr;
}

static Ref gen_close(Ref self, Ref const *, size_t nargs, Ref kwnames) {
  GenObj *g = (GenObj *)self;
  if (!g->frame) return py_None;
  if (!g->started) {
    gen_finish(g);
    return py_None;
  }
  Ref exc = py_call0((Ref)&py_GeneratorExit_type);
  if (!exc) return nullptr;
  Ref out;
  int r = gen_throw_exc(g, exc, &out);
  py_decref(exc);
  if (r == 1) {
    py_decref(out);
    return py_err_set_str(&py_RuntimeError_type, "generator ignored GeneratorExit");
  }
  if (r == 0) {
    py_decref(out);
    return py_None;
  }
  if (py_err_matches(&py_GeneratorExit_type) || py_err_matches(&py_StopIteration_type)) {
    py_err_clear();
    return py_None;
  }
  return nullptr;
}

int py_gen_delegate_send(Ref it, Ref sent, Ref *out) {
  if (py_type(it) == &py_generator_type) return gen_resume((GenObj *)it, sent, RESUME_SEND, out);
  Ref r;
  if (sent == py_None) {
    Type *t = py_type(it);
    if (!t->iternext) {
      py_err_format(&py_TypeError_type, "'%T' object is not an iterator", it);
      return -1;
    }
    r = t->iternext(it);
    if (!r && !py_err_occurred()) {
      *out = py_None;
      return 0;
    }
  } else {
    r = py_call_method(it, "send", &sent, 1);
  }
  return gen_sub_result(r, out);
}

static void gen_dealloc(Ref self) {
  GenObj *g = (GenObj *)self;
  py_gc_untrack(self);
  py_weakref_dying(self);
  if (g->frame && g->started && g->frame->nblocks) {
    self->rc = 1;                 // alive during close()
    Ref pending = py_err_fetch(); // dying while an exception propagates
    Ref r = gen_close(self, nullptr, 0, nullptr);
    if (!r) {
      Ref exc = py_err_fetch();
      py_print_unraisable("Exception ignored in", self, exc);
      py_xdecref(exc);
    }
    py_xdecref(r);
    if (pending) py_err_restore(pending);
    self->rc--;
  }
  gen_finish(g);
  py_clear(&g->exc_state);
  py_clear(&g->name);
  py_clear(&g->qualname);
  py_obj_free(self, sizeof(GenObj));
}

static int gen_traverse(Ref self, VisitProc visit, void *arg) {
  GenObj *g = (GenObj *)self;
  if (g->exc_state && visit(g->exc_state, arg)) return 1;
  Frame *f = g->frame;
  if (!f || g->running) return 0;
  uint32_t nfast = frame_nfast(f->code);
  for (uint32_t i = 0; i < nfast; i++)
    if (f->fast[i] && visit(f->fast[i], arg)) return 1;
  for (Ref *p = f->stack; p < f->sp; p++)
    if (*p && visit(*p, arg)) return 1;
  Ref refs[] = {f->func, f->globals};
  for (Ref r : refs)
    if (r && visit(r, arg)) return 1;
  return 0;
}

static void gen_clear(Ref self) {
  GenObj *g = (GenObj *)self;
  if (!g->running) gen_finish(g);
  py_clear(&g->exc_state);
}

static Ref gen_repr(Ref self) {
  return py_str_format("<generator object %U at %p>", ((GenObj *)self)->qualname, (void *)self);
}

static Ref gen_iter(Ref self) { return py_newref(self); }

static Ref gen_get_name(Ref self) { return py_newref(((GenObj *)self)->name); }
static Ref gen_get_qualname(Ref self) { return py_newref(((GenObj *)self)->qualname); }
static Ref gen_get_running(Ref self) { return py_bool(((GenObj *)self)->running); }
static Ref gen_get_code(Ref self) {
  GenObj *g = (GenObj *)self;
  return g->frame ? py_newref((Ref)g->frame->code) : py_None;
}
static Ref gen_get_frame(Ref self) { return py_None; }
static Ref gen_get_yieldfrom(Ref self) {
  Ref sub = gen_yieldfrom((GenObj *)self);
  return py_newref(sub ? sub : py_None);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, METH_ARGS(1, 1)},
    {"throw", gen_throw, METH_ARGS(1, 3)},
    {"close", gen_close, METH_QUALIFIED | METH_ARGS(0, 0)},
    {nullptr},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"gi_running", gen_get_running},
    {"gi_code", gen_get_code},
    {"gi_frame", gen_get_frame},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {nullptr},
};

PY_TYPE_DEF(py_generator_type,
    .ob = PY_STATIC_HEAD(&py_type_type),
    .name = "generator",
    .flags = TPF_GC | TPF_WEAKREFABLE,
    .basicsize = sizeof(GenObj),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
);
