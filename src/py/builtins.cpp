// The builtins module: the builtin types and functions.
#include "py/compile.h"
#include "py/containers.h"
#include "py/exc.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "py/vm.h"

// Provided by the VM (vm.cpp).
Ref py_build_class(Ref self, Ref const *args, size_t nargs, Ref kwnames);
Ref py_frame_globals(); // borrowed; nullptr outside any Python frame
Ref py_frame_locals();  // new reference (a snapshot dict for function frames)

#define BUILTIN(name) static Ref bi_##name(Ref self, Ref const *args, size_t nargs, Ref kwnames)

// Keyword-only parameters following *args: their values come after the
// positional ones.
static int parse_kwonly(const ArgSpec &spec, Ref const *args, size_t nargs, Ref kwnames, Ref *out) {
  return py_parse_args(spec, args + nargs, 0, kwnames, out);
}

// CPython's wording for an unknown keyword of print(), max(), min().
static int check_keywords(Ref kwnames, const char *const *names, size_t count, const char *fname) {
  for (size_t i = 0; kwnames && i < py_tuple_len(kwnames); i++) {
    Ref key = py_tuple_items(kwnames)[i];
    size_t j = 0;
    while (j < count && !py_str_equal_cstr(key, names[j])) j++;
    if (j == count) {
      py_err_format(&py_TypeError_type, "%R is an invalid keyword argument for %s()", key, fname);
      return -1;
    }
  }
  return 0;
}

static Ref none_to_null(Ref v) { return v == py_None ? nullptr : v; }

// Call `fn` (found on the type) with `self` prepended: the special method
// lookup CPython uses for round(), dir(), divmod() and pow().
static Ref call_special(Ref fn, Ref self, Ref const *args, size_t nargs) {
  Ref all[3] = {self, nargs > 0 ? args[0] : nullptr, nargs > 1 ? args[1] : nullptr};
  return py_call(fn, all, nargs + 1, nullptr);
}

static Ref lookup_special(Ref o, const char *name) {
  Ref n = py_str_intern(name);
  if (!n) return nullptr;
  Ref fn = py_type_lookup(py_type(o), n);
  py_decref(n);
  return fn;
}

// ---------------------------------------------------------------------------
// Simple wrappers
// ---------------------------------------------------------------------------

BUILTIN(abs) { return py_unop(args[0], UNOP_ABS); }

BUILTIN(repr) { return py_repr(args[0]); }

BUILTIN(ascii) { return py_ascii(args[0]); }

BUILTIN(callable) { return py_bool(py_callable(args[0])); }

BUILTIN(len) {
  int64_t n = py_len(args[0]);
  return n < 0 ? nullptr : py_int_from_i64(n);
}

BUILTIN(hash) {
  int64_t h;
  if (py_hash(args[0], &h) < 0) return nullptr;
  return py_int_from_i64(h);
}

BUILTIN(id) { return py_int_from_u64((uint64_t)(uintptr_t)args[0]); }

BUILTIN(isinstance) {
  int r = py_isinstance(args[0], args[1]);
  return r < 0 ? nullptr : py_bool(r);
}

BUILTIN(issubclass) {
  int r = py_issubclass(args[0], args[1]);
  return r < 0 ? nullptr : py_bool(r);
}

BUILTIN(format) {
  Ref spec = nargs > 1 ? args[1] : nullptr;
  if (spec && !py_is_str(spec))
    return py_err_format(&py_TypeError_type, "format() argument 2 must be str, not %s",
                         py_tname(spec));
  return py_format(args[0], spec);
}

BUILTIN(globals) {
  Ref g = py_frame_globals();
  return g ? py_newref(g) : py_dict_new();
}

BUILTIN(locals) { return py_frame_locals(); }

// all() stops at the first false item, any() at the first true one.
static Ref all_any(Ref const *args, bool stop_on) {
  Ref it = py_iter(args[0]);
  if (!it) return nullptr;
  Ref item;
  while ((item = py_next(it)) != nullptr) {
    int t = py_truthy(item);
    py_decref(item);
    if (t < 0 || (t != 0) == stop_on) {
      py_decref(it);
      return t < 0 ? nullptr : py_bool(stop_on);
    }
  }
  py_decref(it);
  return py_err_occurred() ? nullptr : py_bool(!stop_on);
}

BUILTIN(all) { return all_any(args, false); }
BUILTIN(any) { return all_any(args, true); }

static Ref int_to_base(Ref const *args, int base) {
  Ref v = py_number_index(args[0]);
  if (!v) return nullptr;
  Ref r = py_int_to_str_base(v, base);
  py_decref(v);
  return r;
}

BUILTIN(bin) { return int_to_base(args, 2); }
BUILTIN(oct) { return int_to_base(args, 8); }
BUILTIN(hex) { return int_to_base(args, 16); }

BUILTIN(chr) {
  int64_t v;
  if (py_index_i64(args[0], &v) < 0) {
    if (!py_err_matches(&py_OverflowError_type)) return nullptr;
    py_err_clear();
    return py_err_set_str(&py_OverflowError_type, "Python int too large to convert to C int");
  }
  if (v < 0 || v > 0x10FFFF)
    return py_err_set_str(&py_ValueError_type, "chr() arg not in range(0x110000)");
  return py_str_from_codepoint((uint32_t)v);
}

// The code point of a one-character str, or the value of a one-byte bytes.
BUILTIN(ord) {
  Ref c = args[0];
  if (py_is_str(c)) {
    if (py_str_nchars(c) != 1)
      return py_err_format(&py_TypeError_type,
                           "ord() expected a character, but string of length %zu found",
                           py_str_nchars(c));
    const unsigned char *p = (const unsigned char *)py_str_data(c);
    size_t n = py_str_len(c);
    uint32_t cp = n == 1 ? p[0] : p[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3F);
    return py_int_from_i64(cp);
  }
  bool is_bytes = py_is_bytes(c), is_ba = py_isinstance_of(c, &py_bytearray_type);
  if (is_bytes || is_ba) {
    size_t n = is_bytes ? py_bytes_len(c) : ((ByteArrayObj *)c)->len;
    if (n != 1)
      return py_err_format(&py_TypeError_type,
                           "ord() expected a character, but string of length %zu found", n);
    const char *d = is_bytes ? py_bytes_data(c) : ((ByteArrayObj *)c)->data;
    return py_int_from_i64((unsigned char)d[0]);
  }
  return py_err_format(&py_TypeError_type, "ord() expected string of length 1, but %s found",
                       py_tname(c));
}

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

static bool check_attr_name(Ref name) {
  if (py_is_str(name)) return true;
  py_err_format(&py_TypeError_type, "attribute name must be string, not '%s'", py_tname(name));
  return false;
}

BUILTIN(getattr) {
  if (!check_attr_name(args[1])) return nullptr;
  if (nargs == 2) return py_getattr(args[0], args[1]);
  Ref v = py_getattr_opt(args[0], args[1]);
  if (v || py_err_occurred()) return v;
  return py_newref(args[2]);
}

BUILTIN(setattr) {
  if (!check_attr_name(args[1])) return nullptr;
  return py_setattr(args[0], args[1], args[2]) < 0 ? nullptr : py_none_new();
}

BUILTIN(delattr) {
  if (!check_attr_name(args[1])) return nullptr;
  return py_setattr(args[0], args[1], nullptr) < 0 ? nullptr : py_none_new();
}

BUILTIN(hasattr) {
  if (!check_attr_name(args[1])) return nullptr;
  int r = py_hasattr(args[0], args[1]);
  return r < 0 ? nullptr : py_bool(r);
}

// dir(): the sorted names of the current scope, or type(obj).__dir__(obj).
BUILTIN(dir) {
  Ref names;
  if (nargs == 0) {
    Ref loc = py_frame_locals();
    if (!loc) return nullptr;
    names = py_is_dict(loc) ? py_dict_keys_list(loc) : py_sequence_list(loc);
    py_decref(loc);
  } else {
    Ref fn = lookup_special(args[0], "__dir__");
    if (!fn) return py_err_occurred() ? nullptr : py_list_new(0);
    Ref r = call_special(fn, args[0], nullptr, 0);
    names = r ? py_sequence_list(r) : nullptr;
    py_xdecref(r);
  }
  if (names && py_list_sort(names, nullptr, false) < 0) py_clear(&names);
  return names;
}

BUILTIN(vars) {
  if (nargs == 0) return py_frame_locals();
  Ref d = py_getattr_opt(args[0], py_str_intern("__dict__"));
  if (d || py_err_occurred()) return d;
  return py_err_set_str(&py_TypeError_type, "vars() argument must have __dict__ attribute");
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

BUILTIN(iter) {
  if (nargs == 1) return py_iter(args[0]);
  if (!py_callable(args[0]))
    return py_err_set_str(&py_TypeError_type, "iter(v, w): v must be callable");
  return py_calliter_new(args[0], args[1]);
}

BUILTIN(next) {
  Ref it = args[0], dflt = nargs > 1 ? args[1] : nullptr;
  if (!py_type(it)->iternext)
    return py_err_format(&py_TypeError_type, "'%s' object is not an iterator", py_tname(it));
  Ref r = py_type(it)->iternext(it); // not py_next: a StopIteration's value must survive
  if (r) return r;
  if (py_err_occurred()) {
    if (!dflt || !py_err_matches(&py_StopIteration_type)) return nullptr;
    py_err_clear();
  }
  if (dflt) return py_newref(dflt);
  return py_err_set_exc((Ref)&py_StopIteration_type);
}

// max() / min(): op is CMP_GT / CMP_LT; the first extreme item wins ties.
static Ref min_max(const char *name, Ref const *args, size_t nargs, Ref kwnames, int op) {
  static const char *const names[] = {"key", "default"};
  const ArgSpec spec = {name, names, 2, 0, 0, 0};
  Ref kw[2];
  if (check_keywords(kwnames, names, 2, name) < 0 ||
      parse_kwonly(spec, args, nargs, kwnames, kw) < 0)
    return nullptr;
  Ref key = kw[0] ? none_to_null(kw[0]) : nullptr, dflt = kw[1];
  if (nargs == 0)
    return py_err_format(&py_TypeError_type, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    return py_err_format(&py_TypeError_type,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
  Ref it = nargs == 1 ? py_iter(args[0]) : nullptr;
  if (nargs == 1 && !it) return nullptr;
  Ref best = nullptr, bestkey = nullptr;
  size_t i = 0;
  for (;;) {
    Ref item = it ? py_next(it) : i < nargs ? py_newref(args[i++]) : nullptr;
    if (!item) break;
    Ref k = key ? py_call1(key, item) : py_newref(item);
    int c = !k ? -1 : best ? py_richcompare_bool(k, bestkey, op) : 1;
    if (c > 0) {
      py_setref(&best, item);
      py_setref(&bestkey, k);
      continue;
    }
    py_decref(item);
    py_xdecref(k);
    if (c < 0) break;
  }
  py_xdecref(it);
  py_xdecref(bestkey);
  if (py_err_occurred()) {
    py_xdecref(best);
    return nullptr;
  }
  if (best) return best;
  if (dflt) return py_newref(dflt);
  return py_err_format(&py_ValueError_type, "%s() arg is an empty sequence", name);
}

BUILTIN(max) { return min_max("max", args, nargs, kwnames, CMP_GT); }
BUILTIN(min) { return min_max("min", args, nargs, kwnames, CMP_LT); }

BUILTIN(sorted) {
  // The keywords are list.sort's, and CPython checks them as sort()'s.
  static const char *const names[] = {"key", "reverse"};
  static const ArgSpec spec = {"sort", names, 2, 0, 0, 0};
  Ref a[2];
  if (nargs != 1)
    return py_err_format(&py_TypeError_type, "sorted expected 1 argument, got %zu", nargs);
  if (py_parse_args(spec, args + 1, 0, kwnames, a) < 0) return nullptr;
  int64_t reverse = 0;
  if (a[1] && py_index_i64(a[1], &reverse) < 0) return nullptr;
  Ref list = py_sequence_list(args[0]);
  if (list && py_list_sort(list, a[0] ? none_to_null(a[0]) : nullptr, reverse != 0) < 0)
    py_clear(&list);
  return list;
}

// sum(): ints and floats are accumulated in C while the running total stays a
// small int / a float, as CPython does (plain float addition, no compensation).
struct SumState {
  enum { GENERIC, INT, FLOAT } mode;
  int64_t iacc;
  double facc;
};

// Add item to a C total (taking the reference); false: sum needs py_binop.
// Runs no Python code (a GenTakeFn, Note [Consumed generators]).
static bool sum_take(void *ctx, Ref item) {
  SumState *st = (SumState *)ctx;
  bool small = py_is_small(item) || py_is_bool(item);
  int64_t v = py_is_small(item) ? py_small_value(item) : item == py_True;
  if (st->mode == SumState::INT && small && py_small_fits(st->iacc + v)) {
    st->iacc += v;
  } else if (st->mode == SumState::FLOAT && (small || py_type(item) == &py_float_type)) {
    st->facc += small ? (double)v : py_float_value(item);
  } else {
    return false;
  }
  py_decref(item);
  return true;
}

BUILTIN(sum) {
  static const char *const names[] = {"iterable", "start"};
  static const ArgSpec spec = {"sum", names, 2, 1, 1, 2};
  Ref a[2];
  if (nargs == 0)
    return py_err_set_str(&py_TypeError_type,
                          "sum() takes at least 1 positional argument (0 given)");
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref start = a[1] ? a[1] : py_small_new(0);
  if (py_is_str(start))
    return py_err_set_str(&py_TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
  if (py_is_bytes(start))
    return py_err_set_str(&py_TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (py_isinstance_of(start, &py_bytearray_type))
    return py_err_set_str(&py_TypeError_type,
                          "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it = py_iter(a[0]);
  if (!it) return nullptr;
  SumState st = {SumState::GENERIC, 0, 0};
  Ref result = nullptr; // GENERIC mode's total
  if (py_is_small(start)) {
    st.mode = SumState::INT;
    st.iacc = py_small_value(start);
  } else if (py_type(start) == &py_float_type) {
    st.mode = SumState::FLOAT;
    st.facc = py_float_value(start);
  } else {
    result = py_newref(start);
  }
  bool gen = py_type(it) == &py_generator_type;
  Ref item;
  while ((item = gen ? py_gen_next_taking(it, sum_take, &st) : py_next(it)) != nullptr) {
    if (sum_take(&st, item)) continue;
    Ref cur = st.mode == SumState::INT     ? py_int_from_i64(st.iacc)
              : st.mode == SumState::FLOAT ? py_float_new(st.facc)
                                           : result;
    result = cur ? py_binop(cur, item, BINOP_ADD) : nullptr;
    py_xdecref(cur);
    py_decref(item);
    if (!result) break;
    st.mode = SumState::GENERIC;
    if (py_is_small(result)) {
      st.mode = SumState::INT;
      st.iacc = py_small_value(result);
    } else if (py_type(result) == &py_float_type) {
      st.mode = SumState::FLOAT;
      st.facc = py_float_value(result);
    }
    if (st.mode != SumState::GENERIC) py_clear(&result);
  }
  py_decref(it);
  if (py_err_occurred()) {
    py_xdecref(result);
    return nullptr;
  }
  if (st.mode == SumState::INT) return py_int_from_i64(st.iacc);
  if (st.mode == SumState::FLOAT) return py_float_new(st.facc);
  return result;
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

static bool is_exact_number(Ref o) {
  return py_is_small(o) || py_type(o) == &py_int_type || py_type(o) == &py_bool_type ||
         py_type(o) == &py_float_type;
}

// type(a).__divmod__(a, b), then type(b).__rdivmod__(b, a) (reflected first
// when b's type is a subclass of a's).
static Ref divmod_dunder(Ref a, Ref b) {
  Type *ta = py_type(a), *tb = py_type(b);
  bool reflected_first = ta != tb && py_subtype(tb, ta);
  for (int pass = 0; pass < 2; pass++) {
    bool reflected = (pass == 0) == reflected_first;
    if (reflected && ta == tb) continue;
    Ref self = reflected ? b : a, other = reflected ? a : b;
    Ref fn = lookup_special(self, reflected ? "__rdivmod__" : "__divmod__");
    if (!fn) {
      if (py_err_occurred()) return nullptr;
      continue;
    }
    Ref r = call_special(fn, self, &other, 1);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  }
  return py_err_format(&py_TypeError_type,
                       "unsupported operand type(s) for divmod(): '%s' and '%s'", py_tname(a),
                       py_tname(b));
}

BUILTIN(divmod) {
  Ref a = args[0], b = args[1];
  if (!is_exact_number(a) || !is_exact_number(b)) return divmod_dunder(a, b);
  if (py_type(a) == &py_float_type || py_type(b) == &py_float_type) {
    double x, y;
    if (py_number_as_double(a, &x) < 0 || py_number_as_double(b, &y) < 0) return nullptr;
    if (y == 0) return py_err_set_str(&py_ZeroDivisionError_type, "float divmod()");
    Ref q = py_float_new(py_float_floordiv(x, y)), r = py_float_new(py_float_mod(x, y));
    Ref t = q && r ? py_tuple_pack(2, q, r) : nullptr;
    py_xdecref(q);
    py_xdecref(r);
    return t;
  }
  Ref q = py_binop(a, b, BINOP_FLOORDIV);
  Ref r = q ? py_binop(a, b, BINOP_MOD) : nullptr;
  Ref t = r ? py_tuple_pack(2, q, r) : nullptr;
  py_xdecref(q);
  py_xdecref(r);
  return t;
}

BUILTIN(pow) {
  static const char *const names[] = {"base", "exp", "mod"};
  static const ArgSpec spec = {"pow", names, 3, 2, 0, 3};
  Ref a[3];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref mod = a[2] ? none_to_null(a[2]) : nullptr;
  if (!mod) return py_binop(a[0], a[1], BINOP_POW);
  if (py_is_int(a[0]) && py_is_int(a[1]) && py_is_int(mod)) return py_int_pow(a[0], a[1], mod);
  for (Ref x : a) { // the first float or complex answers, as its __pow__ would
    if (py_is_float(x))
      return py_err_set_str(&py_TypeError_type,
                            "pow() 3rd argument not allowed unless all arguments are integers");
#if UPY_ENABLE_COMPLEX
    if (py_is_complex(x)) return py_err_set_str(&py_ValueError_type, "complex modulo");
#endif
  }
  Ref fn = lookup_special(a[0], "__pow__");
  if (fn) {
    Ref r = call_special(fn, a[0], a + 1, 2);
    if (r != py_NotImplemented) return r;
    py_decref(r);
  } else if (py_err_occurred()) {
    return nullptr;
  }
  return py_err_format(&py_TypeError_type,
                       "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                       py_tname(a[0]), py_tname(a[1]), py_tname(mod));
}

BUILTIN(round) {
  static const char *const names[] = {"number", "ndigits"};
  static const ArgSpec spec = {"round", names, 2, 1, 0, 2};
  Ref a[2];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref fn = lookup_special(a[0], "__round__");
  if (!fn) {
    if (py_err_occurred()) return nullptr;
    return py_err_format(&py_TypeError_type, "type %s doesn't define __round__ method",
                         py_tname(a[0]));
  }
  Ref nd = a[1] ? none_to_null(a[1]) : nullptr;
  return call_special(fn, a[0], &nd, nd ? 1 : 0);
}

// ---------------------------------------------------------------------------
// Input / output
// ---------------------------------------------------------------------------

static int write_str(Ref file, Ref s) {
  Ref r = py_call_method(file, "write", &s, 1);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

static int write_obj(Ref file, Ref o) {
  Ref s = py_str(o);
  if (!s) return -1;
  int r = write_str(file, s);
  py_decref(s);
  return r;
}

// Files implemented in C get the whole line in one write(); Python-level files
// see one write() per piece, as in CPython.
static int print_to(Ref file, Ref const *objs, size_t n, Ref sep, Ref end) {
  if (!py_type_has(py_type(file), TPF_HEAPTYPE)) {
    StrBuf b;
    py_strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
      if (i > 0) {
        if (sep)
          py_strbuf_add(&b, py_str_data(sep), py_str_len(sep));
        else
          py_strbuf_addc(&b, ' ');
      }
      if (py_strbuf_add_str(&b, objs[i]) < 0) {
        py_strbuf_free(&b);
        return -1;
      }
    }
    if (end)
      py_strbuf_add(&b, py_str_data(end), py_str_len(end));
    else
      py_strbuf_addc(&b, '\n');
    Ref line = py_strbuf_finish(&b);
    int r = line ? write_str(file, line) : -1;
    py_xdecref(line);
    return r;
  }
  Ref space = sep ? nullptr : py_str_intern(" ");
  Ref newline = end ? nullptr : py_str_intern("\n");
  int r = (sep || space) && (end || newline) ? 0 : -1;
  for (size_t i = 0; r == 0 && i < n; i++) {
    if (i > 0) r = write_str(file, sep ? sep : space);
    if (r == 0) r = write_obj(file, objs[i]);
  }
  if (r == 0) r = write_str(file, end ? end : newline);
  py_xdecref(space);
  py_xdecref(newline);
  return r;
}

BUILTIN(print) {
  static const char *const names[] = {"sep", "end", "file", "flush"};
  static const ArgSpec spec = {"print", names, 4, 0, 0, 0};
  Ref kw[4];
  if (check_keywords(kwnames, names, 4, "print") < 0 ||
      parse_kwonly(spec, args, nargs, kwnames, kw) < 0)
    return nullptr;
  Ref sep = kw[0] ? none_to_null(kw[0]) : nullptr, end = kw[1] ? none_to_null(kw[1]) : nullptr;
  if (sep && !py_is_str(sep))
    return py_err_format(&py_TypeError_type, "sep must be None or a string, not %s", py_tname(sep));
  if (end && !py_is_str(end))
    return py_err_format(&py_TypeError_type, "end must be None or a string, not %s", py_tname(end));
  Ref file = kw[2] ? none_to_null(kw[2]) : nullptr;
  if (!file) file = py_sys_get("stdout");
  if (!file || file == py_None) return py_none_new(); // no stdout: print does nothing
  py_incref(file);
  int r = print_to(file, args, nargs, sep, end);
  int flush = r == 0 && kw[3] ? py_truthy(kw[3]) : 0;
  if (flush > 0) {
    Ref f = py_call_method(file, "flush", nullptr, 0);
    if (!f) r = -1;
    py_xdecref(f);
  }
  py_decref(file);
  return r < 0 || flush < 0 ? nullptr : py_none_new();
}

BUILTIN(input) {
  Ref in = py_sys_get("stdin"), out = py_sys_get("stdout");
  if (!in || in == py_None) return py_err_set_str(&py_RuntimeError_type, "input(): lost sys.stdin");
  if (!out || out == py_None)
    return py_err_set_str(&py_RuntimeError_type, "input(): lost sys.stdout");
  if (nargs == 1 && write_obj(out, args[0]) < 0) return nullptr;
  Ref f = py_call_method(out, "flush", nullptr, 0);
  if (!f) return nullptr;
  py_decref(f);
  Ref line = py_call_method(in, "readline", nullptr, 0);
  if (!line) return nullptr;
  if (!py_is_str(line)) {
    py_decref(line);
    return py_err_set_str(&py_TypeError_type, "object.readline() returned non-string");
  }
  size_t n = py_str_len(line);
  if (n == 0) {
    py_decref(line);
    return py_err_set_str(&py_EOFError_type, "EOF when reading a line");
  }
  if (py_str_data(line)[n - 1] != '\n') return line;
  Ref r = py_str_new(py_str_data(line), n - 1);
  py_decref(line);
  return r;
}

// open() is io.open (the io module is imported on first use).
BUILTIN(open) {
  Ref io = py_import_str("io");
  if (!io) return nullptr;
  Ref fn = py_getattr_str(io, "open");
  py_decref(io);
  if (!fn) return nullptr;
  Ref r = py_call(fn, args, nargs, kwnames);
  py_decref(fn);
  return r;
}

// ---------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------

// Source text of a str / bytes / bytearray argument; false if it is none of them.
static bool source_text(Ref src, const char **data, size_t *len) {
  if (py_is_str(src)) {
    *data = py_str_data(src);
    *len = py_str_len(src);
  } else if (py_is_bytes(src)) {
    *data = py_bytes_data(src);
    *len = py_bytes_len(src);
  } else if (py_isinstance_of(src, &py_bytearray_type)) {
    *data = ((ByteArrayObj *)src)->data;
    *len = ((ByteArrayObj *)src)->len;
  } else {
    return false;
  }
  if (!*data) *data = "";
  return true;
}

static Ref compile_text(const char *data, size_t len, Ref filename, int mode) {
  if (memchr(data, '\0', len))
    return py_err_set_str(&py_SyntaxError_type, "source code string cannot contain null bytes");
  return py_compile(data, len, filename, mode, nullptr);
}

// The code object to run for eval() / exec(): the argument itself or its
// compiled source (eval ignores leading blanks).
static Ref source_code(Ref src, const char *fname, bool is_exec) {
  if (py_type(src) == &py_code_type) return py_newref(src);
  const char *data;
  size_t len;
  if (!source_text(src, &data, &len))
    return py_err_format(&py_TypeError_type, "%s() arg 1 must be a string, bytes or code object",
                         fname);
  if (!is_exec) {
    while (len && (*data == ' ' || *data == '\t')) {
      data++;
      len--;
    }
  }
  Ref filename = py_str_intern("<string>");
  Ref code =
      filename ? compile_text(data, len, filename, is_exec ? COMPILE_EXEC : COMPILE_EVAL) : nullptr;
  py_xdecref(filename);
  return code;
}

// eval() and exec(): globals default to the caller's, locals to the caller's
// (or to globals when only globals are given).
static Ref eval_exec(Ref const *args, size_t nargs, Ref kwnames, bool is_exec) {
  static const char *const names[] = {"source", "globals", "locals"};
  const char *fname = is_exec ? "exec" : "eval";
  const ArgSpec spec = {fname, names, 3, 1, 3, 3};
  Ref a[3];
  if (!is_exec && kwnames && py_tuple_len(kwnames))
    return py_err_set_str(&py_TypeError_type, "eval() takes no keyword arguments");
  if (nargs == 0)
    return py_err_format(&py_TypeError_type, "%s() takes at least 1 positional argument (0 given)",
                         fname);
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  Ref globals = a[1] ? none_to_null(a[1]) : nullptr, locals = a[2] ? none_to_null(a[2]) : nullptr;
  if (globals && !py_is_dict(globals)) {
    if (is_exec)
      return py_err_format(&py_TypeError_type, "exec() globals must be a dict, not %s",
                           py_tname(globals));
    return py_type(globals)->getitem
               ? py_err_set_str(&py_TypeError_type,
                                "globals must be a real dict; try eval(expr, {}, mapping)")
               : py_err_set_str(&py_TypeError_type, "globals must be a dict");
  }
  if (locals && !py_type(locals)->getitem) {
    if (is_exec)
      return py_err_format(&py_TypeError_type, "locals must be a mapping or None, not %s",
                           py_tname(locals));
    return py_err_set_str(&py_TypeError_type, "locals must be a mapping");
  }
  Ref frame_locals = nullptr;
  if (!globals) {
    globals = py_frame_globals();
    if (!globals)
      return py_err_format(&py_SystemError_type, "%s() must have globals outside a frame", fname);
    if (!locals && !(locals = frame_locals = py_frame_locals())) return nullptr;
  } else if (!locals) {
    locals = globals;
  }
  int ok = 0;
  if (!py_dict_get_str(globals, "__builtins__") && py_vm.builtins)
    ok = py_dict_set_str(globals, "__builtins__", py_vm.builtins);
  Ref code = ok < 0 ? nullptr : source_code(a[0], fname, is_exec);
  size_t nfree = code ? py_tuple_len(((CodeObj *)code)->freevars) : 0;
  if (nfree) {
    if (is_exec)
      py_err_format(&py_TypeError_type, "code object requires a closure of exactly length %zu",
                    nfree);
    else
      py_err_set_str(&py_TypeError_type,
                     "code object passed to eval() may not contain free variables");
    py_clear(&code);
  }
  Ref r = code ? py_eval_code(code, globals, locals) : nullptr;
  py_xdecref(code);
  py_xdecref(frame_locals);
  if (r && is_exec) {
    py_decref(r);
    return py_none_new();
  }
  return r;
}

BUILTIN(eval) { return eval_exec(args, nargs, kwnames, false); }
BUILTIN(exec) { return eval_exec(args, nargs, kwnames, true); }

BUILTIN(compile) {
  static const char *const names[] = {
      "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
  static const ArgSpec spec = {"compile", names, 7, 3, 0, 6};
  Ref a[7];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  const char *data;
  size_t len;
  if (!source_text(a[0], &data, &len))
    return py_err_set_str(&py_TypeError_type,
                          "compile() arg 1 must be a string, bytes or AST object");
  if (!py_is_str(a[1]))
    return py_err_format(&py_TypeError_type, "compile() argument 'filename' must be str, not %s",
                         py_tname(a[1]));
  if (!py_is_str(a[2]))
    return py_err_format(&py_TypeError_type, "compile() argument 'mode' must be str, not %s",
                         py_tname(a[2]));
  int mode;
  if (py_str_equal_cstr(a[2], "exec"))
    mode = COMPILE_EXEC;
  else if (py_str_equal_cstr(a[2], "eval"))
    mode = COMPILE_EVAL;
  else if (py_str_equal_cstr(a[2], "single"))
    mode = COMPILE_SINGLE;
  else
    return py_err_set_str(&py_ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
  return compile_text(data, len, a[1], mode);
}

BUILTIN(__import__) {
  static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
  static const ArgSpec spec = {"__import__", names, 5, 1, 0, 5};
  Ref a[5];
  if (py_parse_args(spec, args, nargs, kwnames, a) < 0) return nullptr;
  int64_t level = 0;
  if (a[4] && py_index_i64(a[4], &level) < 0) return nullptr;
  if (level > INT32_MAX) level = INT32_MAX;
  return py_import(a[0], a[1] ? none_to_null(a[1]) : nullptr, a[3], (int)level);
}

// ---------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------

static const MethodDef builtin_functions[] = {
    {"__build_class__", py_build_class, 0, nullptr},
    {"__import__", bi___import__, 0, nullptr},
    {"abs", bi_abs, METH_ARGS(1, 1), nullptr},
    {"all", bi_all, METH_ARGS(1, 1), nullptr},
    {"any", bi_any, METH_ARGS(1, 1), nullptr},
    {"ascii", bi_ascii, METH_ARGS(1, 1), nullptr},
    {"bin", bi_bin, METH_ARGS(1, 1), nullptr},
    {"callable", bi_callable, METH_ARGS(1, 1), nullptr},
    {"chr", bi_chr, METH_ARGS(1, 1), nullptr},
    {"compile", bi_compile, 0, nullptr},
    {"delattr", bi_delattr, METH_ARGS(2, 2), nullptr},
    {"dir", bi_dir, METH_ARGS(0, 1), nullptr},
    {"divmod", bi_divmod, METH_ARGS(2, 2), nullptr},
    {"eval", bi_eval, 0, nullptr},
    {"exec", bi_exec, 0, nullptr},
    {"exit", py_sys_exit, 0, nullptr},
    {"format", bi_format, METH_ARGS(1, 2), nullptr},
    {"getattr", bi_getattr, METH_ARGS(2, 3), nullptr},
    {"globals", bi_globals, METH_ARGS(0, 0), nullptr},
    {"hasattr", bi_hasattr, METH_ARGS(2, 2), nullptr},
    {"hash", bi_hash, METH_ARGS(1, 1), nullptr},
    {"hex", bi_hex, METH_ARGS(1, 1), nullptr},
    {"id", bi_id, METH_ARGS(1, 1), nullptr},
    {"input", bi_input, METH_ARGS(0, 1), nullptr},
    {"isinstance", bi_isinstance, METH_ARGS(2, 2), nullptr},
    {"issubclass", bi_issubclass, METH_ARGS(2, 2), nullptr},
    {"iter", bi_iter, METH_ARGS(1, 2), nullptr},
    {"len", bi_len, METH_ARGS(1, 1), nullptr},
    {"locals", bi_locals, METH_ARGS(0, 0), nullptr},
    {"max", bi_max, 0, nullptr},
    {"min", bi_min, 0, nullptr},
    {"next", bi_next, METH_ARGS(1, 2), nullptr},
    {"oct", bi_oct, METH_ARGS(1, 1), nullptr},
    {"open", bi_open, 0, nullptr},
    {"ord", bi_ord, METH_ARGS(1, 1), nullptr},
    {"pow", bi_pow, 0, nullptr},
    {"print", bi_print, 0, nullptr},
    {"quit", py_sys_exit, 0, nullptr},
    {"repr", bi_repr, METH_ARGS(1, 1), nullptr},
    {"round", bi_round, 0, nullptr},
    {"setattr", bi_setattr, METH_ARGS(3, 3), nullptr},
    {"sorted", bi_sorted, 0, nullptr},
    {"sum", bi_sum, 0, nullptr},
    {"vars", bi_vars, METH_ARGS(0, 1), nullptr},
    {nullptr},
};

static const struct {
  const char *name;
  Type *type;
} builtin_types[] = {
    {"object", &py_object_type},
    {"type", &py_type_type},
    {"int", &py_int_type},
    {"float", &py_float_type},
#if UPY_ENABLE_COMPLEX
    {"complex", &py_complex_type},
#endif
    {"bool", &py_bool_type},
    {"str", &py_str_type},
    {"bytes", &py_bytes_type},
    {"bytearray", &py_bytearray_type},
    {"tuple", &py_tuple_type},
    {"list", &py_list_type},
    {"dict", &py_dict_type},
    {"set", &py_set_type},
    {"frozenset", &py_frozenset_type},
    {"range", &py_range_type},
    {"slice", &py_slice_type},
    {"enumerate", &py_enumerate_type},
    {"zip", &py_zip_type},
    {"map", &py_map_type},
    {"filter", &py_filter_type},
    {"reversed", &py_reversed_type},
    {"property", &py_property_type},
    {"staticmethod", &py_staticmethod_type},
    {"classmethod", &py_classmethod_type},
    {"super", &py_super_type},
    // CPython's aliases of OSError.
    {"EnvironmentError", &py_OSError_type},
    {"IOError", &py_OSError_type},
};

int py_init_module_builtins(Ref module) {
  if (py_module_add_functions(module, builtin_functions) < 0) return -1;
  for (const auto &t : builtin_types)
    if (py_module_add(module, t.name, (Ref)t.type) < 0) return -1;
  for (size_t i = 0; i < py_builtin_type_count; i++) { // the exception types are builtins
    Type *t = py_builtin_types[i];
    if (py_type_has(t, TPF_EXC_SUBCLASS) && py_module_add(module, t->name, (Ref)t) < 0) return -1;
  }
  if (py_module_add(module, "None", py_None) < 0 || py_module_add(module, "True", py_True) < 0 ||
      py_module_add(module, "False", py_False) < 0 ||
      py_module_add(module, "NotImplemented", py_NotImplemented) < 0 ||
      py_module_add(module, "Ellipsis", py_Ellipsis) < 0 ||
      py_module_add(module, "__debug__", py_True) < 0)
    return -1;
  return 0;
}
