// The argument parser of the operator binding: matches a Python call against
// the generated signatures of one OpFunction, first match wins, converting
// arguments into Values on the way (PyTorch 1.13's python_arg_parser rules,
// src/binding/README.md §3). Allocation-free except for Python numbers passed
// where a Tensor is expected (wrapped numbers), lists longer than kMaxDims and
// error messages.
#include "binding/argparse.h"

#include <new>

#include "binding/binding.h"
#include "py/containers.h"
#include "py/intobj.h"
#include "py/strobj.h"
#include "torch/dtype_obj.h"
#include "torch/generator_obj.h"
#include "torch/tensor_obj.h"

#include <cstdio>
#include <cstring>
#include <new>

namespace binding {

Ref g_names[256];

int install_names() {
  for (uint16_t i = 0; i < kNumNames; i++) {
    if (g_names[i]) continue;
    g_names[i] = py_str_intern(kNames[i]);
    if (!g_names[i]) return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Conversions of one argument. Each returns false when obj doesn't fit.

static bool is_number(Ref obj) { return py_is_int(obj) || py_is_float(obj); }

static const char *arg_type_name(Ref obj) {
  if (py_is_tensor(obj)) return "Tensor";
  return py_tname(obj);
}

// Note [Conversion errors]: PyTorch checks an argument's type while matching
// and converts it once a signature is chosen, so a value of the right type
// that doesn't convert raises then, instead of failing the match: an int
// beyond int64 ("Overflow when unpacking long"), an int beyond double for a
// float (OverflowError), a list item (Note [List items]). We convert while
// matching, record the failure in Value::bad and raise once the signature has
// matched.

// An int beyond int64: 0 with Value::bad set.
static int64_t int_value(Ref obj, Value &v) {
  int64_t x;
  if (py_int_as_i64(obj, &x) == 0) return x;
  py_err_clear();
  v.bad = Value::Bad::IntOverflow;
  return 0;
}

static bool scalar_from_number(Ref obj, Value &v, tensor::Scalar *out) {
  if (py_is_bool(obj)) {
    *out = tensor::Scalar(obj == py_True);
  } else if (py_is_int(obj)) {
    *out = tensor::Scalar(int_value(obj, v));
  } else if (py_is_float(obj)) {
    *out = tensor::Scalar(py_float_value(obj));
  } else {
    return false;
  }
  return true;
}

static bool is_zero_dim(Ref obj) { return py_is_tensor(obj) && py_tensor_get(obj).dim() == 0; }

static bool to_int(Ref obj, Value &v, int64_t *out) {
  if (py_is_int(obj) && !py_is_bool(obj)) {
    *out = int_value(obj, v);
    return true;
  }
  if (is_zero_dim(obj)) { // 0-dim integral tensors index like ints
    const tensor::Tensor &t = py_tensor_get(obj);
    if (!tensor::is_integral(t.dtype(), false)) return false;
    *out = tensor::item(t).to_long();
    return true;
  }
  return false;
}

// Note [List items]: PyTorch matches an int[] / float[] argument by its first
// item alone (is_int_list, is_float_or_complex_list) and converts the others
// only once the signature is chosen; an item that doesn't convert then raises
// "must be tuple of ints, but found element of type float at pos 2" rather than
// trying the next signature. The first item must be an index (int but not
// bool, or an object with __index__) or, for float[], an int or float; later
// items convert as operator.index() / float() do, so bools and one-element
// tensors pass (Note [Conversion errors]). Lists have any length
// (Value::reserve_items).

// THPUtils_checkIndex, the first item's test.
static bool is_index(Ref obj) {
  if (py_is_int(obj)) return !py_is_bool(obj);
  int64_t unused;
  py_incref(obj); // its __index__ may drop it from its list
  bool ok = py_index_i64(obj, &unused) == 0;
  py_decref(obj);
  if (!ok) py_err_clear();
  return ok;
}

static bool item_to_int(Ref obj, int64_t *out) {
  if (py_is_int(obj) ? py_int_as_i64(obj, out) == 0 : py_index_i64(obj, out) == 0) return true;
  py_err_clear();
  return false;
}

static bool item_to_double(Ref obj, double *out) {
  if (py_number_as_double(obj, out) == 0) return true;
  py_err_clear();
  return false;
}

// Item k of a tuple or list, or nullptr: a Python __index__ / __float__ of an
// earlier item may have shrunk the list.
static Ref seq_item(Ref seq, size_t k) {
  if (py_is_tuple(seq)) return py_tuple_items(seq)[k];
  return k < py_list_len(seq) ? py_list_items(seq)[k] : nullptr;
}

static size_t seq_len(Ref seq) { return py_is_tuple(seq) ? py_tuple_len(seq) : py_list_len(seq); }

// Converts items [0, n) of seq (a tuple or list), or of the array args when
// seq is null, into v's ints or floats; the first that doesn't convert is
// recorded in v (Note [Conversion errors]). false: out of memory.
static bool convert_items(Ref seq, Ref const *args, size_t n, bool floats, Value &v) {
  if (!v.reserve_items(n)) return false;
  for (size_t k = 0; k < n; k++) {
    Ref item = seq ? seq_item(seq, k) : args[k];
    bool ok = false;
    if (item) {
      py_incref(item); // its __index__ may drop it from the list
      ok = floats ? item_to_double(item, &v.floats[k]) : item_to_int(item, &v.ints[k]);
      if (!ok) v.bad_type = arg_type_name(item);
      py_decref(item);
    } else {
      v.bad_type = "NoneType";
    }
    if (!ok) {
      v.bad = Value::Bad::Item;
      v.bad_item = k + 1;
      break;
    }
  }
  (floats ? v.nfloats : v.nints) = n;
  return true;
}

// int[] / int[N]: a tuple or list whose first item is an index, or for int[N]
// a single int, repeated N times.
static bool to_int_list(Ref obj, const Param &p, Value &v) {
  if (p.list_size > 0 && py_is_int(obj) && !py_is_bool(obj)) {
    int64_t x = int_value(obj, v);
    if (!v.reserve_items(p.list_size)) return false;
    for (uint8_t k = 0; k < p.list_size; k++) v.ints[k] = x;
    v.nints = p.list_size;
    return true;
  }
  if (!py_is_tuple(obj) && !py_is_list(obj)) return false;
  size_t n = seq_len(obj);
  if (n > 0 && !is_index(seq_item(obj, 0))) return false;
  return convert_items(obj, nullptr, n, false, v);
}

// float[]: a tuple or list whose first item is an int, bool or float.
static bool to_float_list(Ref obj, Value &v) {
  if (!py_is_tuple(obj) && !py_is_list(obj)) return false;
  size_t n = seq_len(obj);
  if (n > 0 && !is_number(seq_item(obj, 0))) return false;
  return convert_items(obj, nullptr, n, true, v);
}

bool Value::reserve_items(size_t n) {
  free_spill();
  ints = inline_items.ints;
  floats = inline_items.floats;
  if (n <= (size_t)tensor::kMaxDims) return true;
  static_assert(sizeof(int64_t) == sizeof(double), "one spill serves both list types");
  spill = py_malloc(n * sizeof(int64_t));
  if (!spill) return false;
  nspill = n;
  ints = static_cast<int64_t *>(spill);
  floats = static_cast<double *>(spill);
  return true;
}

bool Value::set_list(size_t n) {
  clear_lists();
  if (n <= kInlineTensors && pool && !pool->used) {
    tl = pool->slots();
    pool->used = true;
  } else {
    void *mem = py_malloc(n ? n * sizeof(tensor::Tensor) : 1);
    if (!mem) return false;
    tl = (tensor::Tensor *)mem;
    tl_heap = true;
  }
  for (size_t k = 0; k < n; k++) new (&tl[k]) tensor::Tensor();
  ntl = n;
  return true;
}

void Value::free_spill() {
  if (!spill) return;
  py_free(spill, nspill * sizeof(int64_t));
  spill = nullptr;
}

void Value::clear_lists_slow() {
  free_spill();
  if (!tl) return;
  for (size_t k = 0; k < ntl; k++) tl[k].~Tensor();
  if (tl_heap)
    py_free(tl, ntl ? ntl * sizeof(tensor::Tensor) : 1);
  else
    pool->used = false;
  tl = nullptr;
  ntl = 0;
  tl_heap = false;
}

// Tensor[] (PyTorch's is_tensor_list_and_append_overloaded): a tuple or list
// of Tensors; another element raises at once. Tensor[N] (several outs) must
// have N items.
static bool to_tensor_list(const Param &p, int argnum, Ref obj, Value &v) {
  if (!py_is_tuple(obj) && !py_is_list(obj)) return false;
  size_t n = py_is_tuple(obj) ? py_tuple_len(obj) : py_list_len(obj);
  Ref *items = py_is_tuple(obj) ? py_tuple_items(obj) : py_list_items(obj);
  for (size_t k = 0; k < n; k++) {
    if (!py_is_tensor(items[k])) {
      py_err_format(&py_TypeError_type, "expected Tensor as element %d in argument %d, but got %s",
                    (int)k, argnum, py_tname(items[k]));
      return false;
    }
  }
  if (p.list_size && n != p.list_size) {
    py_err_format(&py_TypeError_type, "expected tuple of %d elements but got %d", (int)p.list_size,
                  (int)n);
    return false;
  }
  if (!v.set_list(n)) return false;
  for (size_t k = 0; k < n; k++) v.tl[k] = py_tensor_get(items[k]);
  return true;
}

// torch.dtype, or the Python types int / float / bool.
static bool to_dtype(Ref obj, tensor::ScalarType *out) {
  if (py_isinstance_exact(obj, &py_dtype_type) || obj == (Ref)&py_int_type ||
      obj == (Ref)&py_float_type || obj == (Ref)&py_bool_type)
    return py_dtype_parse(obj, out) == 0;
  return false;
}

// Layout / Device / MemoryFormat objects are only checked by type name: the
// CPU-only library has one of each that matters.
static bool type_named(Ref obj, const char *name) {
  return strcmp(py_type_basename(py_type(obj)), name) == 0;
}

static bool convert(const Param &p, int argnum, Ref obj, Value &v, bool numbers_as_tensors) {
  v.obj = obj;
  if (obj == py_None) {
    v.none = true;
    return p.allow_none;
  }
  switch (p.type) {
  case TypeCode::Tensor:
    if (py_is_tensor(obj)) {
      v.t = py_tensor_get(obj);
      return true;
    }
    // Note [Python numbers as Tensor arguments]: add/sub/mul/div/true_divide
    // take a Python number as a 0-dim "wrapped number" tensor.
    if (!numbers_as_tensors || !scalar_from_number(obj, v, &v.s)) return false;
    v.t = tensor::scalar_to_tensor(v.s);
    return v.t.defined();
  case TypeCode::Scalar:
    if (is_zero_dim(obj)) {
      v.s = tensor::item(py_tensor_get(obj));
      return true;
    }
    return scalar_from_number(obj, v, &v.s);
  case TypeCode::Int: return to_int(obj, v, &v.i);
  case TypeCode::Float:
    if (is_zero_dim(obj)) {
      v.f = tensor::item(py_tensor_get(obj)).to_double();
      return true;
    }
    if (!is_number(obj)) return false;
    if (py_number_as_double(obj, &v.f) != 0) { // an int beyond double
      py_err_clear();
      v.bad = Value::Bad::FloatOverflow;
    }
    return true;
  case TypeCode::Bool: v.b = obj == py_True; return py_is_bool(obj);
  case TypeCode::Str: v.str = py_is_str(obj) ? py_str_data(obj) : nullptr; return v.str != nullptr;
  case TypeCode::ScalarType: return to_dtype(obj, &v.dtype);
  case TypeCode::Layout: return type_named(obj, "layout");
  case TypeCode::Device: return py_is_str(obj) || py_is_int(obj) || type_named(obj, "device");
  case TypeCode::MemoryFormat: return type_named(obj, "memory_format");
  case TypeCode::Generator: return (v.gen = py_generator_get(obj)) != nullptr;
  case TypeCode::IntList: return to_int_list(obj, p, v);
  case TypeCode::TensorList: return to_tensor_list(p, argnum, obj, v);
  case TypeCode::FloatList: return to_float_list(obj, v);
  }
  return false;
}

static void set_default(const Param &p, Value &v) {
  switch (p.dkind) {
  case DefaultKind::Int:
    v.i = p.dint;
    v.f = (double)p.dint; // float from=0
    v.s = tensor::Scalar(p.dint);
    if (p.type == TypeCode::IntList) { // int[N] default: a scalar expands
      v.reserve_items(p.list_size);    // inline: never fails
      for (uint8_t k = 0; k < p.list_size; k++) v.ints[k] = p.dint;
      v.nints = p.list_size;
    }
    break;
  case DefaultKind::Float:
    v.f = p.dfloat;
    v.s = tensor::Scalar(p.dfloat);
    break;
  case DefaultKind::Bool:
    v.b = p.dint != 0;
    v.s = tensor::Scalar(v.b);
    break;
  case DefaultKind::Str: v.str = p.dstr; break;
  default: v.none = true; break;
  }
}

static inline void reset(Value &v) {
  if (v.t) v.t = tensor::Tensor();
  v.none = false;
  // A parameter left without a value (a non-optional default like `Mean`)
  // reads zeros, never a previous call's leftovers.
  v.i = 0;
  v.f = 0;
  v.b = false;
  v.dtype = tensor::ScalarType::Undefined;
  v.str = nullptr;
  v.gen = nullptr;
  v.obj = nullptr;
  v.clear_lists();
  v.ints = v.inline_items.ints;
  v.nints = 0;
  v.floats = v.inline_items.floats;
  v.nfloats = 0;
  v.bad = Value::Bad::None;
}

// ---------------------------------------------------------------------------
// Matching one signature

enum class Fail : uint8_t { None, TooMany, Missing, Type, UnknownKw, Raised };

struct Failure {
  Fail kind = Fail::None;
  int param = -1; // the parameter (Type, Missing)
  int pos = -1;   // 1-based position for positional arguments
  Ref obj = nullptr;
  size_t nmissing = 0;
};

static bool kw_is(Ref kw, uint16_t name) {
  Ref want = g_names[name];
  if (kw == want) return true;
  // Interned strs are unique: only a non-interned key needs the byte compare.
  if (((StrObj *)kw)->interned) return false;
  return py_str_len(kw) == py_str_len(want) &&
         memcmp(py_str_data(kw), py_str_data(want), py_str_len(kw)) == 0;
}

static Ref find_kw(const Param &p, Ref const *args, size_t nargs, Ref kwnames, int *used) {
  if (!kwnames) return nullptr;
  size_t nkw = py_tuple_len(kwnames);
  for (size_t k = 0; k < nkw; k++) {
    if (kw_is(py_tuple_items(kwnames)[k], p.name)) {
      (*used)++;
      return args[nargs + k];
    }
  }
  return nullptr;
}

// Note [Varargs sizes]: a signature whose only positional parameter is an int
// list takes all positionals as the list when the first is an index: ones(2,
// 3), t.view(2, -1). The others convert as the list's later items do (Note
// [List items]).
static bool varargs_list(const Signature &s, size_t nargs, Ref const *args) {
  if (s.npositional != 1 || kParams[s.first_param].type != TypeCode::IntList) return false;
  return nargs > 0 && !py_is_tuple(args[0]) && !py_is_list(args[0]) && is_index(args[0]);
}

// The error of a value that matched but didn't convert (Note [Conversion errors]).
static void raise_bad(const OpFunction &op, const Param &p, const Value &v) {
  switch (v.bad) {
  case Value::Bad::Item:
    py_err_format(&py_TypeError_type,
                  "%s(): argument '%s' must be %s, but found element of type %s at pos %d", op.name,
                  kNames[p.name], p.type_name, v.bad_type, (int)v.bad_item);
    break;
  case Value::Bad::IntOverflow:
    py_err_set_str(&py_RuntimeError_type, "Overflow when unpacking long");
    break;
  case Value::Bad::FloatOverflow:
    py_err_set_str(&py_OverflowError_type, "int too large to convert to float");
    break;
  case Value::Bad::None: break;
  }
}

static bool match(const OpFunction &op, const Signature &s, Ref const *args, size_t nargs,
                  Ref kwnames, Value *v, Failure *f) {
  bool varargs = varargs_list(s, nargs, args);
  if (nargs > s.npositional && !varargs) {
    f->kind = Fail::TooMany;
    return false;
  }
  int used = 0;
  for (int i = 0; i < s.nparams; i++) {
    const Param &p = kParams[s.first_param + i];
    reset(v[i]);
    if (i == 0 && varargs) {
      v[0].obj = args[0];
      if (!convert_items(nullptr, args, nargs, false, v[0])) {
        f->kind = Fail::Raised;
        return false;
      }
      continue;
    }
    Ref obj =
        i < (int)nargs && i < s.npositional ? args[i] : find_kw(p, args, nargs, kwnames, &used);
    if (obj && p.type == TypeCode::Tensor && py_type(obj) == &py_tensor_type) {
      v[i].obj = obj; // the common case of convert(), inline
      v[i].t = py_tensor_get(obj);
      continue;
    }
    if (!obj) {
      if (p.dkind == DefaultKind::Required) {
        f->kind = Fail::Missing;
        f->param = i;
        f->nmissing++;
        continue;
      }
      set_default(p, v[i]);
    } else if (!convert(p, i, obj, v[i], op.numbers_as_tensors)) {
      if (py_err_occurred()) { // TensorList element, MemoryError: raised at once
        f->kind = Fail::Raised;
        return false;
      }
      if (f->kind != Fail::None) continue;
      f->kind = Fail::Type;
      f->param = i;
      f->pos = i < (int)nargs ? i + 1 : -1;
      f->obj = obj;
    }
  }
  // A missing argument is reported before an unknown keyword (as PyTorch).
  if (kwnames && used < (int)py_tuple_len(kwnames) && f->kind != Fail::Missing)
    f->kind = Fail::UnknownKw;
  if (f->kind != Fail::None) return false;
  for (int i = 0; i < s.nparams; i++) {
    if (v[i].bad == Value::Bad::None) continue;
    raise_bad(op, kParams[s.first_param + i], v[i]);
    f->kind = Fail::Raised;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Error messages, in PyTorch's words

struct Msg {
  char buf[2048];
  size_t n = 0;
  void add(const char *fmt, ...) __attribute__((format(printf, 2, 3)));
};

void Msg::add(const char *fmt, ...) {
  if (n >= sizeof buf) return;
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(buf + n, sizeof buf - n, fmt, ap);
  va_end(ap);
  if (k > 0) n += (size_t)k;
  if (n >= sizeof buf) n = sizeof buf - 1;
}

static Ref unknown_kw(const Signature &s, Ref kwnames) {
  for (size_t k = 0; k < py_tuple_len(kwnames); k++) {
    Ref kw = py_tuple_items(kwnames)[k];
    bool known = false;
    for (int i = 0; i < s.nparams && !known; i++)
      known = kw_is(kw, kParams[s.first_param + i].name);
    if (!known) return kw;
  }
  return nullptr;
}

static Ref raise_detailed(const OpFunction &op, const Signature &s, size_t nargs, Ref kwnames,
                          const Failure &f) {
  const Param *p = f.param >= 0 ? &kParams[s.first_param + f.param] : nullptr;
  const char *pname = p ? kNames[p->name] : "";
  switch (f.kind) {
  case Fail::TooMany: {
    int nrequired = 0;
    for (int i = 0; i < s.nparams; i++)
      nrequired += kParams[s.first_param + i].dkind == DefaultKind::Required;
    if (nrequired < s.npositional)
      return py_err_format(&py_TypeError_type,
                           "%s() takes from %d to %d positional arguments but %d were given",
                           op.name, nrequired, s.npositional, (int)nargs);
    return py_err_format(&py_TypeError_type,
                         "%s() takes %d positional argument%s but %d were given", op.name,
                         s.npositional, s.npositional == 1 ? "" : "s", (int)nargs);
  }
  case Fail::UnknownKw: {
    Ref kw = unknown_kw(s, kwnames);
    if (kw)
      return py_err_format(&py_TypeError_type, "%s() got an unexpected keyword argument '%s'",
                           op.name, py_str_data(kw));
    return py_err_format(&py_TypeError_type, "%s() got multiple values for an argument", op.name);
  }
  case Fail::Missing:
    return py_err_format(&py_TypeError_type,
                         "%s() missing %d required positional arguments: \"%s\"", op.name,
                         (int)f.nmissing, pname);
  case Fail::Type:
    if (f.pos > 0)
      return py_err_format(&py_TypeError_type,
                           "%s(): argument '%s' (position %d) must be %s, not %s", op.name, pname,
                           f.pos, p->type_name, arg_type_name(f.obj));
    return py_err_format(&py_TypeError_type, "%s(): argument '%s' must be %s, not %s", op.name,
                         pname, p->type_name, arg_type_name(f.obj));
  case Fail::None:
  case Fail::Raised: break;
  }
  return py_err_format(&py_TypeError_type, "%s(): invalid arguments", op.name);
}

// Note [Error message items]: PyTorch 1.13 explains a signature ("didn't match
// because ...") when its printed item count, '*' included, equals the number
// of arguments given; arguments are then checked item by item.
static void explain(Msg &m, const OpFunction &op, const Signature &s, Ref const *args, size_t nargs,
                    Ref kwnames) {
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  if (s.error_items != nargs + nkw) return;
  m.add("      didn't match because some of the arguments have invalid types: (");
  Value v;
  for (size_t k = 0; k < nargs + nkw; k++) {
    Ref obj = args[k];
    const char *tn = arg_type_name(obj);
    bool ok = false;
    if (k < nargs) {
      reset(v);
      ok = (int)k < s.npositional &&
           convert(kParams[s.first_param + k], (int)k, obj, v, op.numbers_as_tensors);
      if (py_err_occurred()) py_err_clear();
      m.add(ok ? "%s%s" : "%s!%s!", k ? ", " : "", tn);
      continue;
    }
    Ref kw = py_tuple_items(kwnames)[k - nargs];
    for (int i = 0; i < s.nparams && !ok; i++) {
      const Param &p = kParams[s.first_param + i];
      reset(v);
      ok = kw_is(kw, p.name) && convert(p, i, obj, v, op.numbers_as_tensors);
      if (py_err_occurred()) py_err_clear();
    }
    m.add(ok ? "%s%s=%s" : "%s%s=!%s!", k ? ", " : "", py_str_data(kw), tn);
  }
  m.add(")\n");
}

static Ref raise_combination(const OpFunction &op, Ref const *args, size_t nargs, Ref kwnames) {
  Msg m;
  m.add("%s() received an invalid combination of arguments - got (", op.name);
  size_t nkw = kwnames ? py_tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nargs; k++) m.add("%s%s", k ? ", " : "", arg_type_name(args[k]));
  for (size_t k = 0; k < nkw; k++)
    m.add("%s%s=%s", k + nargs ? ", " : "", py_str_data(py_tuple_items(kwnames)[k]),
          arg_type_name(args[nargs + k]));
  if (op.nsigs == 1) {
    m.add("), but expected %s", kSignatures[op.first_sig].error_str);
  } else {
    m.add("), but expected one of:\n");
    for (uint16_t k = 0; k < op.nsigs; k++) {
      const Signature &s = kSignatures[op.first_sig + k];
      m.add(" * %s\n", s.error_str);
      explain(m, op, s, args, nargs, kwnames);
    }
  }
  m.buf[m.n] = 0;
  return py_err_set_str(&py_TypeError_type, m.buf);
}

// Arity alone (PyTorch's "plausible" signatures): positional count, known
// keywords, required parameters present.
static bool arity_fits(const Failure &f) { return f.kind == Fail::None || f.kind == Fail::Type; }

static Ref raise_no_match(const OpFunction &op, Ref const *args, size_t nargs, Ref kwnames,
                          Value *v) {
  int plausible = -1, count = 0;
  Failure only;
  for (uint16_t k = 0; k < op.nsigs; k++) {
    Failure f;
    match(op, kSignatures[op.first_sig + k], args, nargs, kwnames, v, &f);
    if (arity_fits(f) || op.nsigs == 1) {
      plausible = k;
      only = f;
      count++;
    }
  }
  if (count == 1)
    return raise_detailed(op, kSignatures[op.first_sig + plausible], nargs, kwnames, only);
  return raise_combination(op, args, nargs, kwnames);
}

// ---------------------------------------------------------------------------

namespace {
// The argument slots of one call: only as many Values as the op's widest
// signature needs are constructed, sharing one inline tensor-list pool.
struct Slots {
  alignas(Value) unsigned char buf[(kMaxParams + 1) * sizeof(Value)];
  TensorPool pool;
  int n;
  explicit Slots(int count) : n(count) {
    // `new Value` (not `Value()`, which would zero all ~200 bytes first):
    // match() resets each field it reads.
    for (int k = 0; k < n; k++) new (&at(k)) Value, at(k).pool = &pool;
  }
  ~Slots() {
    for (int k = 0; k < n; k++) at(k).~Value();
  }
  Value &at(int k) { return reinterpret_cast<Value *>(buf)[k]; }
};
} // namespace

Ref call(const OpFunction &op, Ref self, Ref const *args, size_t nargs, Ref kwnames) {
  Slots slots(op.nslots);
  Value *v = &slots.at(0);
  for (uint16_t k = 0; k < op.nsigs; k++) {
    const Signature &s = kSignatures[op.first_sig + k];
    Failure f;
    if (!match(op, s, args, nargs, kwnames, v, &f)) {
      if (f.kind == Fail::Raised) return nullptr;
      continue;
    }
    if (op.method) { // the bound tensor, after the Python parameters
      reset(v[s.nparams]);
      v[s.nparams].t = py_tensor_get(self);
      v[s.nparams].obj = self;
    }
    tensor::clear_error();
    bool use_out = s.out_index >= 0 && !v[s.out_index].none;
    Ref r = use_out ? s.out_fn(v) : s.fn(v);
    if (r && tensor::kernel_missing()) { // Note [Kernel dtypes]
      py_decref(r);
      return py_tensor_raise();
    }
    return r;
  }
  if (py_err_occurred()) return nullptr; // e.g. MemoryError wrapping a number
  return raise_no_match(op, args, nargs, kwnames, v);
}

// ---------------------------------------------------------------------------
// Results

// The stubs' results. call() raises for a skipped kernel (Note [Kernel dtypes])
// after any stub, so these need not check.
Ref ret_tensor(const tensor::Tensor &r) { return r ? py_tensor_wrap(r) : py_tensor_raise(); }

Ref ret_view(const tensor::Tensor &r, const Value &self) {
  if (r && r.is_same(self.t)) return py_newref(self.obj);
  return ret_tensor(r);
}

Ref ret_object(bool ok, const Value &v) { return ok ? py_newref(v.obj) : py_tensor_raise(); }

Ref ret_bool(int r) { return r < 0 ? py_tensor_raise() : py_newref(py_bool(r == 1)); }

} // namespace binding
