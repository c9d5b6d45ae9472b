// The error API (setting / fetching the pending exception, tracebacks) and
// CPython-style traceback printing.
#include "py/compile.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/hal.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

static inline ExcObj *exc_cast(Ref r) { return (ExcObj *)r; }

// ---------------------------------------------------------------------------
// Setting the pending exception
// ---------------------------------------------------------------------------

// Implicit chaining, as CPython: the exception being handled becomes the new
// one's __context__, unless that would close a loop of contexts, in which case
// the link pointing back at `exc` is cut first.
void py_err_set_context(Ref exc) {
  Ref handled = py_vm_handled();
  if (!handled || handled == exc || !py_is_exc(handled) || !py_is_exc(exc)) return;
  // Walk handled's context chain; `slow` moves at half speed so that a
  // pre-existing loop (made by assigning __context__) ends the walk.
  Ref o = handled, slow = handled;
  bool step_slow = false;
  for (;;) {
    Ref ctx = exc_cast(o)->context;
    if (!ctx) break;
    if (ctx == exc) {
      py_clear(&exc_cast(o)->context);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (step_slow) slow = exc_cast(slow)->context;
    step_slow = !step_slow;
  }
  py_setref(&exc_cast(exc)->context, py_newref(handled));
}

// Steals `exc`.
static Ref err_raise(Ref exc) {
  py_err_set_context(exc);
  py_setref(&py_vm.exc, exc);
  return nullptr;
}

Ref py_err_set_exc(Ref exc) {
  if (py_is_exc(exc)) return err_raise(py_newref(exc));
  if (py_is_exc_type(exc)) {
    Ref inst = py_exc_new((Type *)exc, nullptr, 0);
    if (!inst) return nullptr;
    if (!py_is_exc(inst)) {
      py_err_format(&py_TypeError_type,
                    "calling %R should have returned an instance of BaseException, not %s", exc,
                    py_tname(inst));
      py_decref(inst);
      return nullptr;
    }
    return err_raise(inst);
  }
  return py_err_set_str(&py_TypeError_type, "exceptions must derive from BaseException");
}

Ref py_err_set_obj(Type *type, Ref value) {
  Ref inst = value ? py_exc_new(type, &value, 1) : py_exc_new(type, nullptr, 0);
  if (!inst) return nullptr;
  if (!py_is_exc(inst)) {
    py_decref(inst);
    return py_err_set_str(&py_TypeError_type, "exceptions must derive from BaseException");
  }
  return err_raise(inst);
}

Ref(py_err_set_str)(Type *type, const char *msg) {
  Ref s = py_str_from_cstr(msg);
  if (!s) return nullptr;
  py_err_set_obj(type, s);
  py_decref(s);
  return nullptr;
}

static Ref err_vformat(Type *type, const char *fmt, va_list ap) {
  Ref s = py_str_vformat(fmt, ap);
  if (!s) return nullptr;
  py_err_set_obj(type, s);
  py_decref(s);
  return nullptr;
}

Ref(py_err_format)(Type *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  err_vformat(type, fmt, ap);
  va_end(ap);
  return nullptr;
}

#if UPY_COMPRESSED_MESSAGES
// Note [Compressed messages]
// The size build compresses the messages of py_err_format / py_err_set_str
// calls in the runtime's sources, of PY_MSG("...") and of the parser's,
// symbol table's, compiler's and struct's error helpers (macros turning their
// literal into a PyMsg): tools/gen_messages.py collects the literals,
// sorts them and compresses them all as one stream the way frozen modules are
// (about 28% of their size), and obj.h's macros replace each call's literal by
// its index, found at compile time (a literal missing from the table does not
// compile). The first message needed unpacks them all into bss, where they
// stay: no allocation, so raising MemoryError never needs memory.
extern const unsigned char py_msg_data[], py_msg_code_lens[];
extern const unsigned py_msg_data_len;
static char msg_text[py_msgs::text_len];
static uint16_t msg_start[py_msgs::count];
static bool msg_ready;
static_assert(py_msgs::text_len <= 65536, "message offsets are 16 bits");

const char *py_msg_str(PyMsg id) {
  if (!msg_ready) {
    if (!py_unpack_lz(py_msg_data, py_msg_data_len, (uint8_t *)msg_text, 0, sizeof msg_text,
                      py_msg_code_lens))
      return ""; // cannot happen: the data is the build's own
    for (unsigned i = 0, k = 0; i < sizeof msg_text && k + 1 < py_msgs::count; i++)
      if (!msg_text[i]) msg_start[++k] = (uint16_t)(i + 1);
    msg_ready = true;
  }
  return msg_text + msg_start[id];
}

Ref py_err_set_str_id(Type *type, int id) { return (py_err_set_str)(type, py_msg_str(id)); }

Ref py_err_format_id(Type *type, int id, ...) {
  va_list ap;
  va_start(ap, id);
  err_vformat(type, py_msg_str(id), ap);
  va_end(ap);
  return nullptr;
}
#endif

// MemoryError must not need memory: one preallocated instance (with the GC
// head a TPF_GC object carries, never tracked) is reused.
static struct {
  GcHead gc;
  ExcObj exc;
} nomem_storage = {{}, {PY_STATIC_HEAD(&py_MemoryError_type)}};

Ref py_err_nomem() {
  ExcObj *e = &nomem_storage.exc; // args stays nullptr, read as ()
  // Drop what the previous raise attached; the instance is reused.
  py_clear(&e->traceback);
  py_clear(&e->context);
  py_clear(&e->cause);
  e->suppress_context = false;
  return err_raise((Ref)e);
}

bool py_err_occurred() { return py_vm.exc != nullptr; }
Ref py_err_current() { return py_vm.exc; }

Ref py_err_fetch() {
  Ref e = py_vm.exc;
  py_vm.exc = nullptr;
  return e;
}

void py_err_restore(Ref exc) { py_setref(&py_vm.exc, exc); }
void py_err_clear() { py_clear(&py_vm.exc); }
bool py_err_matches(Type *t) { return py_vm.exc && py_isinstance_of(py_vm.exc, t); }

void py_err_set_cause(Ref cause) {
  Ref exc = py_vm.exc;
  if (!exc || !py_is_exc(exc)) {
    py_decref(cause);
    return;
  }
  py_setref(&((ExcObj *)exc)->cause, py_newref(cause));
  py_setref(&((ExcObj *)exc)->context, cause);
  ((ExcObj *)exc)->suppress_context = true;
}

// The exception is taken out while the entry is allocated so that a failing
// allocation cannot replace it; without memory the entry is just skipped.
void py_err_add_traceback(Ref code, Ref globals, uint32_t line) {
  Ref exc = py_err_fetch();
  if (!exc) return;
  if (py_is_exc(exc)) {
    Ref tb = py_traceback_new(exc_cast(exc)->traceback, code, globals, line);
    if (tb) {
      py_setref(&exc_cast(exc)->traceback, tb);
    } else {
      py_err_clear();
    }
  }
  py_err_restore(exc);
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

// Output goes to sys.stderr's write(); if that is missing or fails, straight to
// file descriptor 2 from then on.
struct ErrOut {
  Ref file; // borrowed sys.stderr or nullptr
};

static void out_write(ErrOut *o, const char *s, size_t n) {
  if (o->file) {
    Ref str = py_str_new(s, n);
    Ref r = str ? py_call_method(o->file, "write", &str, 1) : nullptr;
    py_xdecref(str);
    if (r) {
      py_decref(r);
      return;
    }
    py_err_clear();
    o->file = nullptr;
  }
  py_hal_write(2, s, n);
}

static void out_puts(ErrOut *o, const char *s) { out_write(o, s, strlen(s)); }

static void out_printf(ErrOut *o, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Ref s = py_str_vformat(fmt, ap);
  va_end(ap);
  if (s) {
    out_write(o, py_str_data(s), py_str_len(s));
    py_decref(s);
  } else {
    py_err_clear();
  }
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Print line `lineno` of the file, stripped, indented by 4 spaces (nothing when
// the file cannot be read). Reads the file each time: tracebacks are rare.
static void print_source_line(ErrOut *o, Ref filename, uint32_t lineno) {
#if UPY_ENABLE_FS
  if (!filename || !py_is_str(filename) || lineno == 0) return;
  size_t len;
  char *src = py_read_file(py_str_data(filename), &len);
  if (!src) {
    py_err_clear();
    return;
  }
  const char *p = src, *end = src + len;
  uint32_t cur = 1;
  while (cur < lineno && p < end)
    if (*p++ == '\n') cur++;
  if (cur == lineno) {
    const char *e = p;
    while (e < end && *e != '\n') e++;
    while (p < e && is_blank(*p)) p++;
    while (e > p && (is_blank(e[-1]) || e[-1] == '\r')) e--;
    if (e > p) {
      out_puts(o, "    ");
      out_write(o, p, (size_t)(e - p));
      out_puts(o, "\n");
    }
  }
  py_free(src, len + 1);
#endif
}

static bool same_str(Ref a, Ref b) {
  if (a == b) return true;
  return a && b && py_is_str(a) && py_is_str(b) && py_str_equal(a, b);
}

#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(ErrOut *o, long count) {
  if (count > TB_RECURSIVE_CUTOFF) {
    count -= TB_RECURSIVE_CUTOFF;
    out_printf(o, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
  }
}

// sys.tracebacklimit (default 1000): only the innermost entries are shown.
static long tb_limit() {
  Ref v = py_sys_get("tracebacklimit");
  int64_t n = 1000;
  if (v && py_is_int(v)) {
    int overflow;
    n = py_int_as_i64_sat(v, &overflow);
  }
  return n < 0 ? 0 : (long)n;
}

// The entries, with runs of one identical line collapsed as CPython does.
static void print_tb(ErrOut *o, Ref tb) {
  long depth = 0, limit = tb_limit();
  for (Ref t = tb; t; t = ((TracebackObj *)t)->next) depth++;
  Ref last_file = nullptr, last_name = nullptr;
  long last_line = -1, count = 0;
  for (Ref t = tb; t; t = ((TracebackObj *)t)->next, depth--) {
    if (depth > limit) continue;
    TracebackObj *e = (TracebackObj *)t;
    CodeObj *co = e->code && py_type(e->code) == &py_code_type ? (CodeObj *)e->code : nullptr;
    Ref file = co ? co->filename : nullptr, name = co ? co->name : nullptr;
    if (!last_file || !same_str(file, last_file) || last_line != (long)e->line ||
        !same_str(name, last_name)) {
      print_repeated(o, count);
      last_file = file ? file : py_None;
      last_name = name;
      last_line = e->line;
      count = 0;
    }
    if (++count > TB_RECURSIVE_CUTOFF) continue;
    out_printf(o, "  File \"%S\", line %u, in %S\n", file ? file : py_None, (unsigned)e->line,
               name ? name : py_None);
    print_source_line(o, file, e->line);
  }
  print_repeated(o, count);
}

// Integer attribute of a SyntaxError (dflt when missing / None / not an int).
static int64_t syntax_int(Ref exc, const char *name, int64_t dflt) {
  Ref v = py_getattr_str(exc, name);
  int64_t r = dflt;
  if (v && py_is_int(v) && py_int_as_i64(v, &r) < 0) r = dflt;
  py_xdecref(v);
  py_err_clear();
  return r;
}

// The offending source line and a caret line under columns
// [offset, end_offset) (1-based), with the indentation removed.
static void print_error_text(ErrOut *o, const char *text, int64_t offset, int64_t end_offset) {
  int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  offset--;
  while (is_blank(*text)) {
    text++;
    offset--;
  }
  int64_t len = (int64_t)strlen(text);
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  // A multi-line text: show the line the offset falls in.
  for (const char *nl; (nl = strchr(text, '\n')) != nullptr;) {
    int64_t inl = nl - text;
    if (inl >= offset) break;
    text += inl + 1;
    len -= inl + 1;
    offset -= inl + 1;
  }
  out_puts(o, "    ");
  out_puts(o, text);
  if (text[len] != '\n') out_puts(o, "\n");
  if (offset < 0) return;
  out_puts(o, "    ");
  for (int64_t i = 0; i < offset; i++) out_puts(o, " ");
  for (int64_t i = 0; i < carets; i++) out_puts(o, "^");
  out_puts(o, "\n");
}

// '  File "x.py", line 1' + source + carets. Returns the message to show after
// the type name (new ref), or nullptr to use str(exc).
static Ref print_syntax_location(ErrOut *o, Ref exc) {
  Ref msg = py_getattr_str(exc, "msg");
  Ref filename = py_getattr_str(exc, "filename");
  Ref text = py_getattr_str(exc, "text");
  if (!msg || !filename || !text) {
    py_err_clear();
    py_xdecref(msg);
    py_xdecref(filename);
    py_xdecref(text);
    return nullptr;
  }
  int64_t lineno = syntax_int(exc, "lineno", -1);
  if (lineno < 0) { // no usable location: printed like any exception
    py_decref(msg);
    py_decref(filename);
    py_decref(text);
    return nullptr;
  }
  int64_t offset = syntax_int(exc, "offset", -1);
  int64_t end_lineno = lineno, end_offset = -1;
  // Only exact SyntaxErrors show a range of carets.
  if (py_type(exc) == &py_SyntaxError_type) {
    end_lineno = syntax_int(exc, "end_lineno", lineno);
    end_offset = syntax_int(exc, "end_offset", -1);
  }
  if (filename == py_None) {
    out_printf(o, "  File \"<string>\", line %lld\n", (long long)lineno);
  } else {
    out_printf(o, "  File \"%S\", line %lld\n", filename, (long long)lineno);
  }
  if (py_is_str(text)) {
    int64_t size = (int64_t)py_str_len(text);
    if (end_lineno > lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    print_error_text(o, py_str_data(text), offset, end_offset);
  }
  py_decref(filename);
  py_decref(text);
  return msg;
}

// "module.QualName": unqualified for builtins and __main__.
static void print_type_name(ErrOut *o, Type *t) {
  Ref mod = py_getattr_str((Ref)t, "__module__");
  Ref qual = py_getattr_str((Ref)t, "__qualname__");
  py_err_clear();
  if (mod && py_is_str(mod) && !py_str_equal_cstr(mod, "builtins") &&
      !py_str_equal_cstr(mod, "__main__")) {
    out_write(o, py_str_data(mod), py_str_len(mod));
    out_puts(o, ".");
  }
  if (qual && py_is_str(qual)) {
    out_write(o, py_str_data(qual), py_str_len(qual));
  } else {
    out_puts(o, py_type_name(t));
  }
  py_xdecref(mod);
  py_xdecref(qual);
}

static void print_str_or(ErrOut *o, Ref v, bool repr, const char *fallback) {
  Ref s = repr ? py_repr(v) : py_str(v);
  if (s) {
    out_write(o, py_str_data(s), py_str_len(s));
    py_decref(s);
  } else {
    py_err_clear();
    out_puts(o, fallback);
  }
  out_puts(o, "\n");
}

// One line per entry of __notes__ (repr of __notes__ when not a list / tuple).
static void print_notes(ErrOut *o, Ref exc) {
  Ref notes = py_getattr_opt(exc, py_str_intern("__notes__"));
  py_err_clear();
  if (!notes) return;
  Ref items = py_is_list(notes) || py_is_tuple(notes) ? py_sequence_tuple(notes) : nullptr;
  py_err_clear();
  if (items) {
    for (size_t i = 0; i < py_tuple_len(items); i++)
      print_str_or(o, py_tuple_items(items)[i], false, "<note str() failed>");
    py_decref(items);
  } else {
    print_str_or(o, notes, true, "<__notes__ repr() failed>");
  }
  py_decref(notes);
}

static void print_one(ErrOut *o, Ref exc) {
  if (!py_is_exc(exc)) {
    out_printf(o, "TypeError: print_exception(): Exception expected for value, %s found\n",
               py_tname(exc));
    return;
  }
  Ref tb = exc_cast(exc)->traceback;
  if (tb) {
    out_puts(o, "Traceback (most recent call last):\n");
    print_tb(o, tb);
  }
  Ref message = nullptr;
  if (py_isinstance_of(exc, &py_SyntaxError_type)) message = print_syntax_location(o, exc);
  print_type_name(o, py_type(exc));
  if (!message || message != py_None) {
    Ref s = py_str(message ? message : exc);
    if (!s) {
      py_err_clear();
      out_puts(o, ": <exception str() failed>");
    } else if (py_str_len(s) > 0) {
      out_puts(o, ": ");
      out_write(o, py_str_data(s), py_str_len(s));
    }
    py_xdecref(s);
  }
  out_puts(o, "\n");
  py_xdecref(message);
  print_notes(o, exc);
}

enum ChainLink : uint8_t { LINK_NONE, LINK_CAUSE, LINK_CONTEXT };

// The exception and the ones it was chained from, newest first; entry i's link
// says how entry i - 1 relates to it. Each exception appears once.
struct ChainEntry {
  Ref exc;
  ChainLink link;
};
struct Chain {
  ChainEntry *items;
  size_t len, cap;
};

static bool chain_has(const Chain *c, Ref e) {
  for (size_t i = 0; i < c->len; i++)
    if (c->items[i].exc == e) return true;
  return false;
}

static bool chain_push(Chain *c, Ref e, ChainLink link) {
  if (c->len == c->cap) {
    size_t ncap = c->cap ? c->cap * 2 : 8;
    void *items = py_realloc(c->items, c->cap * sizeof(ChainEntry), ncap * sizeof(ChainEntry));
    if (!items) return false;
    c->items = (ChainEntry *)items;
    c->cap = ncap;
  }
  c->items[c->len++] = {e, link};
  return true;
}

static void chain_build(Chain *c, Ref exc) {
  ChainLink link = LINK_NONE;
  while (exc && chain_push(c, exc, link)) {
    if (!py_is_exc(exc)) break;
    ExcObj *e = exc_cast(exc);
    Ref next = nullptr;
    if (e->cause) {
      next = e->cause;
      link = LINK_CAUSE;
    } else if (e->context && !e->suppress_context) {
      next = e->context;
      link = LINK_CONTEXT;
    }
    if (next && chain_has(c, next)) next = nullptr;
    exc = next;
  }
}

void py_err_print(Ref exc) {
  if (!exc) return;
  Ref saved = py_err_fetch();
  py_incref(exc);
  Ref out = py_sys_get("stdout");
  if (out && out != py_None) {
    Ref r = py_call_method(out, "flush", nullptr, 0);
    py_xdecref(r);
    py_err_clear();
  }
  ErrOut o = {py_sys_get("stderr")};
  if (o.file == py_None) o.file = nullptr;
  if (o.file) py_incref(o.file);
  Ref file = o.file;
  Chain c = {nullptr, 0, 0};
  chain_build(&c, exc);
  py_err_clear(); // a failed allocation while building: print what we have
  if (c.len == 0) print_one(&o, exc);
  for (size_t i = c.len; i-- > 0;) {
    print_one(&o, c.items[i].exc);
    if (c.items[i].link == LINK_CAUSE)
      out_puts(&o, "\nThe above exception was the direct cause of the following exception:\n\n");
    if (c.items[i].link == LINK_CONTEXT)
      out_puts(&o, "\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  if (c.cap) py_free(c.items, c.cap * sizeof(ChainEntry));
  if (o.file) {
    Ref r = py_call_method(o.file, "flush", nullptr, 0);
    py_xdecref(r);
    py_err_clear();
  }
  py_xdecref(file);
  py_decref(exc);
  py_err_restore(saved);
}
