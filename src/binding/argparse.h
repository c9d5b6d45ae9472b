// The runtime side of the operator binding: the table types that
// tools/gen_binding.py emits (build/gen/binding_ops.cpp) and the argument
// parser that walks them with PyTorch 1.13's python_arg_parser rules
// (src/binding/README.md §3). Everything here is data plus one parser; no
// operator is special-cased.
#pragma once
#include "py/obj.h"
#include "tensor/tensor.h"
#include "tensor/shape_ops.h"
#include "tensor/index_ops.h"
#include "tensor/random.h"

namespace binding {

// Parameter types the parser accepts.                          ORDER TYPECODE
enum class TypeCode : uint8_t {
  Tensor,
  Scalar,
  Int,
  Float,
  Bool,
  Str,
  ScalarType,
  Layout,
  Device,
  MemoryFormat,
  Generator, // torch.Generator: the stub reads generator() (the default one for None)
  IntList,
  TensorList,
  FloatList, // float[]: the stub reads floats[0, nfloats)
};

enum class DefaultKind : uint8_t { Required, None, Int, Float, Bool, Str };

// One Python parameter of a signature.
struct Param {
  uint16_t name; // index into kNames / the interned names
  TypeCode type;
  uint8_t list_size; // int[N]: N (a single int is then accepted), else 0
  bool allow_none;   // T? or a None default
  bool keyword_only;
  DefaultKind dkind;
  int64_t dint;          // DefaultKind::Int / Bool
  double dfloat;         // DefaultKind::Float
  const char *type_name; // as TypeErrors name it: "Tensor", "Number", "tuple of ints"
  const char *dstr;      // DefaultKind::Str
};

constexpr int kMaxParams = 12;
constexpr size_t kInlineTensors = 8;

// Inline room for one tensor list per call (cat's tensors), lent to the Value
// that needs it: a longer list, or a second one, goes to the heap.
struct TensorPool {
  alignas(tensor::Tensor) unsigned char mem[kInlineTensors * sizeof(tensor::Tensor)];
  bool used = false;
  tensor::Tensor *slots() { return reinterpret_cast<tensor::Tensor *>(mem); }
};

// A parsed argument, converted. The stub reads the field of its type. Kept
// small and trivially reset: a call constructs one per parameter of the op's
// widest signature.
struct Value {
  Value() = default;
  Value(const Value &) = delete;
  Value &operator=(const Value &) = delete;
  ~Value() { clear_lists(); }
  tensor::Tensor t; // Tensor (undefined for None)
  tensor::Scalar s;
  int64_t i;
  double f;
  bool b;
  bool none;                // given as None, or defaulted to None
  tensor::ScalarType dtype; // Undefined for None
  const char *str;          // Str: UTF-8, nullptr for None
  tensor::Generator *gen;   // Generator: nullptr for None
  tensor::Generator &generator() const { return gen ? *gen : tensor::default_generator(); }
  Ref obj;                  // the Python object (borrowed), nullptr when defaulted
  // IntList: ints[0, nints); FloatList: floats[0, nfloats). Up to kMaxDims
  // items inline, a longer list in `spill` on the heap (reserve_items).
  int64_t *ints = nullptr;
  size_t nints;
  tensor::IntArrayRef list() const { return tensor::IntArrayRef(ints, nints); }
  double *floats = nullptr;
  size_t nfloats;
  // A value that matched its type but didn't convert: the call raises once
  // its signature matches (Note [Conversion errors]).
  enum class Bad : uint8_t { None, Item, IntOverflow, FloatOverflow } bad;
  size_t bad_item;      // Item: the first list item that didn't, 1-based,
  const char *bad_type; // and its type name
  union {
    int64_t ints[tensor::kMaxDims];
    double floats[tensor::kMaxDims];
  } inline_items;
  void *spill = nullptr;
  size_t nspill;                // items spill holds room for
  bool reserve_items(size_t n); // ints / floats with room for n; false: MemoryError
  void free_spill();
  // TensorList: tl[0, ntl), in `pool` or on the heap.
  tensor::Tensor *tl = nullptr;
  size_t ntl = 0;
  bool tl_heap = false;
  TensorPool *pool = nullptr; // the call's, when it has one
  bool set_list(size_t n);    // n undefined tensors in tl; false when out of memory
  void clear_lists() {
    if (tl || spill) clear_lists_slow(); // most values never held a list
  }
  void clear_lists_slow();
};

typedef Ref (*Stub)(Value *v); // new reference, or nullptr with an exception set

// One Python signature (a functional overload with its out= twin merged in).
struct Signature {
  uint16_t first_param;
  uint8_t nparams; // Python parameters; a method's self follows in Value[nparams]
  uint8_t npositional;
  int8_t out_index;      // the out= parameter, or -1
  uint8_t error_items;   // items of error_str, counting '*' (Note [Error message items])
  Stub fn;               // functional (or inplace) kernel
  Stub out_fn;           // when out= is given
  uint8_t nouts;         // out= takes a tuple of nouts tensors (0: one Tensor)
  const char *error_str; // "(Tensor input, Tensor other, *, Number alpha, Tensor out)"
};

// A Python-visible function (torch.add) or method (Tensor.add).
struct OpFunction {
  const char *name;
  uint16_t first_sig, nsigs;
  uint8_t nslots; // Values a call needs: the widest signature's parameters + self
  bool method;
  bool numbers_as_tensors; // Note [Python numbers as Tensor arguments]
};

extern const Param kParams[];
extern const Signature kSignatures[];
extern const char *const kNames[];
extern const uint16_t kNumNames;
extern Ref g_names[]; // kNames, interned by install_names

int install_names(); // 0 / -1
// The generated function tables (binding_ops.cpp).
extern const MethodDef kTorchFunctions[];
extern const MethodDef kNNFunctions[]; // python_module: nn -> torch._C._nn
extern const MethodDef kTensorMethods[];

// Parse args against op's signatures and call the first that matches.
Ref call(const OpFunction &op, Ref self, Ref const *args, size_t nargs, Ref kwnames);

// Helpers used by ops.yaml's cpp: expressions (ops_support.cpp).
tensor::ScalarType float_dtype(tensor::ScalarType requested);
tensor::ScalarType like_dtype(const tensor::Tensor &self, tensor::ScalarType requested);
tensor::ScalarType scalar_dtype(tensor::Scalar v, tensor::ScalarType requested);
tensor::ScalarType arange_dtype(tensor::Scalar start, tensor::Scalar end, tensor::Scalar step,
                                tensor::ScalarType requested);
bool arange_out(tensor::Scalar start, tensor::Scalar end, tensor::Scalar step, tensor::Tensor &out);
tensor::Tensor wrap(tensor::Scalar s);
tensor::Tensor div_mode(const tensor::Tensor &a, const tensor::Tensor &b, const char *mode);
bool div_mode_(const tensor::Tensor &self, const tensor::Tensor &b, const char *mode);
bool div_mode_out(const tensor::Tensor &a, const tensor::Tensor &b, const char *mode,
                  tensor::Tensor &out);

// padding='same' / 'valid' overloads of conv1d / conv2d.
tensor::Tensor conv1d_padding(const tensor::Tensor &input, const tensor::Tensor &weight,
                              const tensor::Tensor &bias, tensor::IntArrayRef stride,
                              const char *padding, tensor::IntArrayRef dilation, int64_t groups);
tensor::Tensor conv2d_padding(const tensor::Tensor &input, const tensor::Tensor &weight,
                              const tensor::Tensor &bias, tensor::IntArrayRef stride,
                              const char *padding, tensor::IntArrayRef dilation, int64_t groups);

// Results of the generated stubs.
Ref ret_tensor(const tensor::Tensor &r);                  // a new Tensor object
Ref ret_view(const tensor::Tensor &r, const Value &self); // self's object when r is self
Ref ret_object(bool ok, const Value &v);                  // inplace / out=: v's object
Ref ret_bool(int r);                                      // a `-> bool` op: 0 / 1, -1 error

// Named-tuple results (torch.return_types.max ...): one static type per name,
// generated (kNamedTupleTypes), readied by install_named_tuples.
extern Type *const kNamedTupleTypes[];
extern const uint16_t kNumNamedTupleTypes;
int install_named_tuples(Ref module); // 0 / -1
Ref named_tuple_repr(Ref self);
Ref named_tuple_get0(Ref self);
Ref named_tuple_get1(Ref self);
Ref named_tuple_get2(Ref self);
Ref named_tuple_get3(Ref self);
Ref ret_pair(const tensor::ValuesIndices &r, Type *type);  // functional (values, indices)
Ref ret_outs(bool ok, const Value &out, Type *type);       // out=(values, indices)
// Tensor[] results: a tuple of the parts (split, chunk).
Ref split(const tensor::Tensor &self, int64_t split_size, int64_t dim);
Ref split_with_sizes(const tensor::Tensor &self, tensor::IntArrayRef sizes, int64_t dim);
Ref chunk(const tensor::Tensor &self, int64_t chunks, int64_t dim);
// Tensor[] results of the index ops (index_results.cpp): a tuple of r's items,
// or its one item alone when single (nonzero, unique without inverse/counts).
Ref ret_tuple(const tensor::TensorTuple &r, bool single = false);

} // namespace binding
