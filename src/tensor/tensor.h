// upytorch tensor library: PyTorch 1.13.1's CPU tensors and operators as a plain
// C++17 library (no interpreter, no exceptions, no RTTI, no STL containers).
//
// A short tour
// ------------
// A Tensor is a reference-counted handle to a TensorImpl: dtype + sizes + strides
// (in elements, not bytes) + storage offset, over a reference-counted Storage of
// bytes. Views (view, transpose, select, slice, expand, ...) share the Storage, so
// writes through a view are visible in the base tensor:
//
//     tensor::Tensor a = tensor::arange(0, 6, 1, tensor::ScalarType::Float);
//     tensor::Tensor m = tensor::view(a, {2, 3});      // shares a's storage
//     tensor::Tensor c = tensor::select(m, 1, 2);      // [2., 5.], stride 3
//     tensor::fill_(c, 7);                             // a is now [0,1,7,3,4,7]
//
// Functions that can fail return a null Tensor (test with `if (!t)`) or false,
// and record the reason in tensor::error(): an ErrorKind the binding maps to a
// Python exception and PyTorch's exact message. Nothing throws.
//
// Memory comes from the allocator set with set_allocator() (malloc/free by
// default); a Storage is freed as soon as its last Tensor dies.
//
// dtypes are ScalarType values listed once in TENSOR_FORALL_SCALAR_TYPES; type
// promotion follows PyTorch, including Python numbers ("wrapped numbers") and
// 0-dim tensors (see promote.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace tensor {

// ---------------------------------------------------------------------------
// 16-bit floating types: storage formats only; arithmetic goes through float.

struct Half {
  uint16_t bits;
  Half() = default;
  Half(float f);
  operator float() const;
};

struct BFloat16 {
  uint16_t bits;
  BFloat16() = default;
  BFloat16(float f);
  operator float() const;
};

// ---------------------------------------------------------------------------
// dtypes, in PyTorch's ScalarType order (complex and quantized types omitted).
// _(C type, ScalarType name, torch dtype name)                ORDER SCALAR TYPE

#define TENSOR_FORALL_SCALAR_TYPES(_)                                                              \
  _(uint8_t, Byte, uint8)                                                                          \
  _(int8_t, Char, int8)                                                                            \
  _(int16_t, Short, int16)                                                                         \
  _(int32_t, Int, int32)                                                                           \
  _(int64_t, Long, int64)                                                                          \
  _(::tensor::Half, Half, float16)                                                                 \
  _(float, Float, float32)                                                                         \
  _(double, Double, float64)                                                                       \
  _(bool, Bool, bool)                                                                              \
  _(::tensor::BFloat16, BFloat16, bfloat16)

enum class ScalarType : uint8_t {
#define TENSOR_ENUM(ctype, name, dtype) name,
  TENSOR_FORALL_SCALAR_TYPES(TENSOR_ENUM)
#undef TENSOR_ENUM
      Undefined, // "no type yet" in promotion; never the dtype of a tensor
};
constexpr int kNumScalarTypes = static_cast<int>(ScalarType::Undefined);

// Inline: every kernel and iterator asks.
inline size_t element_size(ScalarType t) {
  static constexpr uint8_t sizes[] = {
#define TENSOR_SIZE(ctype, name, dtype) sizeof(ctype),
      TENSOR_FORALL_SCALAR_TYPES(TENSOR_SIZE)
#undef TENSOR_SIZE
  };
  static_assert(sizeof sizes == kNumScalarTypes, "one size per ScalarType");
  return sizes[static_cast<int>(t)];
}
const char *scalar_type_name(ScalarType t); // PyTorch's short name: "Float", "Long"
const char *dtype_name(ScalarType t);       // "torch.float32", "torch.int64"

inline bool is_floating(ScalarType t) { // Half, Float, Double, BFloat16
  return t == ScalarType::Half || t == ScalarType::Float || t == ScalarType::Double ||
         t == ScalarType::BFloat16;
}
inline bool is_integral(ScalarType t, bool include_bool) {
  return (t >= ScalarType::Byte && t <= ScalarType::Long) ||
         (include_bool && t == ScalarType::Bool);
}

// The ScalarType of a C type: scalar_type_of<float>() == ScalarType::Float.
template <class T> constexpr ScalarType scalar_type_of();
#define TENSOR_SCALAR_TYPE_OF(ctype, name, dtype)                                                  \
  template <> constexpr ScalarType scalar_type_of<ctype>() { return ScalarType::name; }
TENSOR_FORALL_SCALAR_TYPES(TENSOR_SCALAR_TYPE_OF)
#undef TENSOR_SCALAR_TYPE_OF

// torch.get_default_dtype() / set_default_dtype(): the dtype of Python floats in
// promotion and of floating creation functions. Only Float or Double.
ScalarType default_dtype();
bool set_default_dtype(ScalarType t);

// ---------------------------------------------------------------------------
// Errors

enum class ErrorKind : uint8_t {
  None,
  RuntimeError,
  TypeError,
  IndexError,
  ValueError,
  MemoryError,
  NotImplementedError,
};

struct Error {
  ErrorKind kind;
  char message[256];
};

const Error &error(); // the last error recorded
void clear_error();   // back to ErrorKind::None
bool fail(ErrorKind kind, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// fail() records the error and returns false, so that `return fail(...)` reads well.
// A kernel was asked for a dtype this build left out (Note [Kernel dtypes]);
// the error is recorded too. Reset by clear_error().
bool kernel_missing();

// ---------------------------------------------------------------------------
// Memory

using AllocFn = void *(*)(size_t nbytes);
using FreeFn = void (*)(void *p, size_t nbytes); // gets the size given to AllocFn
void set_allocator(AllocFn alloc, FreeFn free);
void *alloc_bytes(size_t nbytes); // through the hook; MemoryError recorded on failure
void free_bytes(void *p, size_t nbytes);

// Bytes; shared by every view of a tensor. Allocated in one block with its data
// unless it wraps external memory (from_blob), which it never frees.
struct Storage {
  int32_t refcount;
  bool owns_data;
  size_t nbytes;
  void *data;
};

Storage *storage_new(size_t nbytes); // refcount 1; null + MemoryError on failure
Storage *storage_wrap(void *data, size_t nbytes);
void storage_incref(Storage *s);
void storage_decref(Storage *s);

// ---------------------------------------------------------------------------
// Scalars: Python numbers as the binding passes them (bool, int or float).

struct Scalar {
  enum class Kind : uint8_t { Bool, Int, Double };
  Kind kind;
  union {
    bool b;
    int64_t i;
    double d;
  };
  Scalar() : kind(Kind::Int), i(0) {}
  Scalar(bool v) : kind(Kind::Bool), b(v) {}
  Scalar(int v) : kind(Kind::Int), i(v) {}
  Scalar(int64_t v) : kind(Kind::Int), i(v) {}
  Scalar(double v) : kind(Kind::Double), d(v) {}
  double to_double() const;
  int64_t to_long() const;
  bool is_floating() const { return kind == Kind::Double; }
  bool is_integral() const { return kind == Kind::Int; }
  bool is_bool() const { return kind == Kind::Bool; }
};

// ---------------------------------------------------------------------------
// Tensors

constexpr int kMaxDims = 8;

// A borrowed list of int64 (sizes, strides, dims): {2, 3} or (pointer, length).
struct IntArrayRef {
  const int64_t *data;
  size_t size;
  IntArrayRef() : data(nullptr), size(0) {}
  IntArrayRef(const int64_t *d, size_t n) : data(d), size(n) {}
  // Borrows the list's array, which lives until the end of the full expression:
  // fine for arguments (view(t, {2, 3})), wrong for a stored IntArrayRef.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
  IntArrayRef(std::initializer_list<int64_t> l) : data(l.begin()), size(l.size()) {}
#pragma GCC diagnostic pop
  int64_t operator[](size_t i) const { return data[i]; }
};

struct TensorImpl {
  int32_t refcount;
  ScalarType dtype;
  uint8_t ndim;
  bool wrapped_number; // made from a Python number: weakest in type promotion
  Storage *storage;
  int64_t storage_offset; // in elements
  int64_t sizes[kMaxDims];
  int64_t strides[kMaxDims]; // in elements
};

class Tensor {
public:
  Tensor() : impl_(nullptr) {}
  explicit Tensor(TensorImpl *steal) : impl_(steal) {} // takes over one reference
  Tensor(const Tensor &o) : impl_(o.impl_) { retain(); }
  Tensor(Tensor &&o) noexcept : impl_(o.impl_) { o.impl_ = nullptr; }
  // Inline: argument slots and iterators assign handles on every op call.
  Tensor &operator=(const Tensor &o) {
    o.retain();
    release();
    impl_ = o.impl_;
    return *this;
  }
  Tensor &operator=(Tensor &&o) noexcept {
    if (this != &o) {
      release();
      impl_ = o.impl_;
      o.impl_ = nullptr;
    }
    return *this;
  }
  ~Tensor() {
    if (impl_) release(); // undefined tensors (most argument slots) cost one test
  }

  explicit operator bool() const { return impl_ != nullptr; }
  bool defined() const { return impl_ != nullptr; }
  TensorImpl *impl() const { return impl_; }
  bool is_same(const Tensor &o) const { return impl_ == o.impl_; }

  ScalarType dtype() const { return impl_->dtype; }
  int64_t dim() const { return impl_->ndim; }
  int64_t size(int64_t d) const { return impl_->sizes[d]; }     // d in [0, dim)
  int64_t stride(int64_t d) const { return impl_->strides[d]; } // d in [0, dim)
  IntArrayRef sizes() const { return IntArrayRef(impl_->sizes, impl_->ndim); }
  IntArrayRef strides() const { return IntArrayRef(impl_->strides, impl_->ndim); }
  int64_t storage_offset() const { return impl_->storage_offset; }
  Storage *storage() const { return impl_->storage; }
  size_t element_size() const { return tensor::element_size(impl_->dtype); }
  int64_t numel() const;
  bool is_contiguous() const { // 0-D and 1-D inline, the rest walks the dims
    if (impl_->ndim > 1) return is_contiguous_nd();
    return impl_->ndim == 0 || impl_->sizes[0] <= 1 || impl_->strides[0] == 1;
  }
  bool is_wrapped_number() const { return impl_->wrapped_number; }

  // Address of the first element (storage data + offset).
  void *data_ptr() const {
    return static_cast<char *>(impl_->storage->data) +
           impl_->storage_offset * static_cast<int64_t>(element_size());
  }
  template <class T> T *data() const { return static_cast<T *>(data_ptr()); }

private:
  void retain() const {
    if (impl_) impl_->refcount++;
  }
  void release() {
    if (impl_ && --impl_->refcount == 0) destroy();
  }
  void destroy(); // the last reference went
  bool is_contiguous_nd() const;
  TensorImpl *impl_;
};

// Creation. Sizes must be non-negative; at most kMaxDims of them.
Tensor empty(IntArrayRef sizes, ScalarType dtype);
Tensor empty_strided(IntArrayRef sizes, IntArrayRef strides, ScalarType dtype);
Tensor zeros(IntArrayRef sizes, ScalarType dtype);
Tensor ones(IntArrayRef sizes, ScalarType dtype);
Tensor full(IntArrayRef sizes, Scalar value, ScalarType dtype);
// torch.arange(start, end, step, dtype=...): the length is computed in double as
// PyTorch does: ceil((end - start) / step).
Tensor arange(Scalar start, Scalar end, Scalar step, ScalarType dtype);
// Copies numel(sizes) elements of `dtype` from `data` (contiguous, row-major).
Tensor from_data(const void *data, IntArrayRef sizes, ScalarType dtype);
// Wraps external memory without copying (weights in flash); never freed by us.
Tensor from_blob(void *data, IntArrayRef sizes, IntArrayRef strides, ScalarType dtype);
// A 0-dim tensor holding a Python number, marked as a wrapped number: Long for
// ints, Double for floats, Bool for bools (as PyTorch's scalar_to_tensor).
Tensor scalar_to_tensor(Scalar s);
// A new handle on the same TensorImpl settings but its own sizes/strides (a view).
Tensor alias(const Tensor &t);

// Elements.
Scalar item(const Tensor &t);                   // one-element tensors only
Scalar get(const Tensor &t, IntArrayRef index); // index has dim() entries, in range
bool set(const Tensor &t, IntArrayRef index, Scalar v);
bool fill_(const Tensor &t, Scalar v);
bool zero_(const Tensor &t);

// Converts one element between dtypes, with PyTorch's C++ cast semantics
// (float -> int truncates; anything -> bool is != 0).
void convert_element(const void *src, ScalarType src_type, void *dst, ScalarType dst_type);
Scalar load_scalar(const void *p, ScalarType t);
void store_scalar(void *p, ScalarType t, Scalar v);

// ---------------------------------------------------------------------------
// Views (view_ops.cpp): share self's storage. Dims may be negative (counted from
// the end); errors carry PyTorch's messages.

Tensor view(const Tensor &self, IntArrayRef shape);    // one entry may be -1
Tensor reshape(const Tensor &self, IntArrayRef shape); // a view if possible, else a copy
Tensor flatten(const Tensor &self, int64_t start_dim = 0, int64_t end_dim = -1);
Tensor permute(const Tensor &self, IntArrayRef dims);
Tensor transpose(const Tensor &self, int64_t dim0, int64_t dim1);
Tensor t(const Tensor &self); // transpose of a <= 2-D tensor
Tensor select(const Tensor &self, int64_t dim, int64_t index);
Tensor narrow(const Tensor &self, int64_t dim, int64_t start, int64_t length);
// self[start:end:step] along dim; start/end are clamped as Python slices are
// (pass INT64_MAX for an open end). step must be positive.
Tensor slice(const Tensor &self, int64_t dim, int64_t start, int64_t end, int64_t step = 1);
Tensor diagonal(const Tensor &self, int64_t offset = 0, int64_t dim1 = 0, int64_t dim2 = 1);
Tensor unfold(const Tensor &self, int64_t dim, int64_t size, int64_t step);
Tensor squeeze(const Tensor &self);              // every size-1 dim
Tensor squeeze(const Tensor &self, int64_t dim); // that dim, if its size is 1
Tensor unsqueeze(const Tensor &self, int64_t dim);
Tensor expand(const Tensor &self, IntArrayRef sizes); // -1 keeps a size; new dims lead
// storage_offset < 0 keeps self's offset.
Tensor as_strided(const Tensor &self, IntArrayRef sizes, IntArrayRef strides,
                  int64_t storage_offset = -1);
// The broadcast of two shapes into out (kMaxDims entries); false + error if
// they don't broadcast.
bool broadcast_shapes(IntArrayRef a, IntArrayRef b, int64_t *out, size_t *out_ndim);

// ---------------------------------------------------------------------------
// Copies (copy.cpp)

// Writes src (broadcast to dst's shape, converted to dst's dtype) into dst,
// through whatever view dst is.
bool copy_(const Tensor &dst, const Tensor &src);
Tensor clone(const Tensor &self); // keeps self's strides when they are dense
Tensor clone_contiguous(const Tensor &self);
Tensor contiguous(const Tensor &self); // self itself when already contiguous
// self itself when the dtype already matches and copy is false.
Tensor to_dtype(const Tensor &self, ScalarType dtype, bool copy = false);
// Row-major strides with new sizes, keeping the data's bytes (out= tensors).
bool resize_(const Tensor &self, IntArrayRef sizes);
bool is_non_overlapping_and_dense(const Tensor &t);

// ---------------------------------------------------------------------------
// Type promotion (promote.cpp); see Note [Wrapped numbers in type promotion].

ScalarType promote_types(ScalarType a, ScalarType b); // torch.promote_types

// Accumulates operands, then result() gives torch.result_type over them.
struct ResultTypeState {
  ScalarType dimensioned = ScalarType::Undefined;
  ScalarType zero_dim = ScalarType::Undefined;
  ScalarType wrapped = ScalarType::Undefined;
  void update(const Tensor &t);
  void update(Scalar s); // a Python number
  ScalarType result() const;
};
ScalarType result_type(const Tensor *tensors, size_t n);
ScalarType result_type(const Tensor &a, const Tensor &b);
ScalarType result_type(const Tensor &a, Scalar b);
bool can_cast(ScalarType from, ScalarType to); // torch.can_cast
// RuntimeError "result type Float can't be cast to the desired output type Long".
bool check_can_cast(ScalarType result, ScalarType out);

// ---------------------------------------------------------------------------
// Pointwise ops. Each comes in three forms, as in PyTorch's schemas:
//   Tensor op(args)                 a new result (null + error on failure)
//   bool op_out(args, Tensor &out)  out= : out may be undefined (then allocated),
//                                   is resized to the broadcast shape, and must
//                                   be of a dtype the result can be cast to
//   bool op_(self, args)            in place: self's shape and dtype are kept
// Inputs broadcast and promote (result_type); Python numbers are passed as
// scalar_to_tensor(...) so they promote as wrapped numbers.

enum class RoundingMode : uint8_t { None, Trunc, Floor }; // div's rounding_mode

Tensor add(const Tensor &a, const Tensor &b, Scalar alpha = 1); // a + alpha * b
bool add_out(const Tensor &a, const Tensor &b, Scalar alpha, Tensor &out);
bool add_(const Tensor &self, const Tensor &b, Scalar alpha = 1);
Tensor sub(const Tensor &a, const Tensor &b, Scalar alpha = 1); // a - alpha * b
bool sub_out(const Tensor &a, const Tensor &b, Scalar alpha, Tensor &out);
bool sub_(const Tensor &self, const Tensor &b, Scalar alpha = 1);
Tensor mul(const Tensor &a, const Tensor &b);
bool mul_out(const Tensor &a, const Tensor &b, Tensor &out);
bool mul_(const Tensor &self, const Tensor &b);
// True division (integers give the default dtype) or rounded ('trunc', 'floor').
Tensor div(const Tensor &a, const Tensor &b, RoundingMode mode = RoundingMode::None);
bool div_out(const Tensor &a, const Tensor &b, RoundingMode mode, Tensor &out);
bool div_(const Tensor &self, const Tensor &b, RoundingMode mode = RoundingMode::None);

// Unary ops; exp..sigmoid compute integral and bool inputs in the default dtype.
// _(name)                                                        ORDER UNARY OP
#define TENSOR_FORALL_UNARY_OPS(_)                                                                 \
  _(neg) _(abs) _(relu) _(exp) _(log) _(sqrt) _(sin) _(cos) _(tanh) _(sigmoid)
#define TENSOR_DECLARE_UNARY(name)                                                                 \
  Tensor name(const Tensor &self);                                                                 \
  bool name##_out(const Tensor &self, Tensor &out);                                                \
  bool name##_(const Tensor &self);
TENSOR_FORALL_UNARY_OPS(TENSOR_DECLARE_UNARY)
#undef TENSOR_DECLARE_UNARY

// Comparisons: computed in result_type(a, b), the result is Bool.
#define TENSOR_DECLARE_COMPARE(name)                                                               \
  Tensor name(const Tensor &a, const Tensor &b);                                                   \
  bool name##_out(const Tensor &a, const Tensor &b, Tensor &out);
TENSOR_DECLARE_COMPARE(eq)
TENSOR_DECLARE_COMPARE(ne)
TENSOR_DECLARE_COMPARE(lt)
TENSOR_DECLARE_COMPARE(le)
TENSOR_DECLARE_COMPARE(gt)
TENSOR_DECLARE_COMPARE(ge)
#undef TENSOR_DECLARE_COMPARE

// |a - b| <= atol + rtol * |b| elementwise, or a == b (NaN == NaN when
// equal_nan); a and b must have the same dtype. allclose: all of it, equal:
// same sizes and equal values; both -1 on error, else 0 / 1.
Tensor isclose(const Tensor &a, const Tensor &b, double rtol = 1e-05, double atol = 1e-08,
               bool equal_nan = false);
int allclose(const Tensor &a, const Tensor &b, double rtol = 1e-05, double atol = 1e-08,
             bool equal_nan = false);
int equal(const Tensor &a, const Tensor &b);

// condition ? a : b elementwise; condition is Bool (or deprecated uint8).
Tensor where(const Tensor &condition, const Tensor &a, const Tensor &b);
bool where_out(const Tensor &condition, const Tensor &a, const Tensor &b, Tensor &out);

// ---------------------------------------------------------------------------
// Reductions over `dims` (empty: all dims); keepdim leaves size-1 dims. dtype
// Undefined picks PyTorch's default: sum of integral/bool is Long; mean needs a
// floating dtype. out= tensors are resized.

Tensor sum(const Tensor &self, IntArrayRef dims = {}, bool keepdim = false,
           ScalarType dtype = ScalarType::Undefined);
bool sum_out(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype, Tensor &out);
Tensor mean(const Tensor &self, IntArrayRef dims = {}, bool keepdim = false,
            ScalarType dtype = ScalarType::Undefined);
bool mean_out(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype, Tensor &out);
Tensor amax(const Tensor &self, IntArrayRef dims = {}, bool keepdim = false);
bool amax_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out);
Tensor amin(const Tensor &self, IntArrayRef dims = {}, bool keepdim = false);
bool amin_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out);

} // namespace tensor
