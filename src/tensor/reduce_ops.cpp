// Reductions over dims: sum, mean, amax, amin. Steps: result dtype -> checks ->
// resize out -> compute dtype -> dtype switch over one lambda. The loop walks
// the kept dims outside and the reduced dims inside, accumulating in the
// compute type of the result dtype.
#include "tensor/internal.h"

#include <cmath>
#include <cstring>
#include <type_traits>

namespace tensor {

// C++ type names as PyTorch's dtype mismatch messages print them. ORDER SCALAR TYPE
static const char *const cpp_type_names[] = {
    "unsigned char", "signed char", "short int", "int",  "long int",
    "c10::Half",     "float",       "double",    "bool", "c10::BFloat16",
};
static_assert(sizeof cpp_type_names / sizeof *cpp_type_names == kNumScalarTypes,
              "one C++ type name per ScalarType");

struct ReducePlan {
  bool reduced[kMaxDims]; // per input dim
  int nkept = 0, nred = 0;
  int64_t kept_sizes[kMaxDims], kept_in[kMaxDims], kept_out[kMaxDims]; // strides in bytes
  int64_t red_sizes[kMaxDims], red_in[kMaxDims];
  int64_t out_shape[kMaxDims];
  int out_ndim = 0;
  int64_t count = 1; // elements reduced into each output element
};

// Marks the reduced dims: all of them when `dims` is empty.
static bool plan_dims(const Tensor &self, IntArrayRef dims, ReducePlan *p) {
  int64_t nd = self.dim();
  for (int d = 0; d < kMaxDims; d++) p->reduced[d] = dims.size == 0;
  for (size_t i = 0; i < dims.size; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, nd)) return false;
    if (nd == 0) continue;
    if (p->reduced[d])
      return fail(ErrorKind::RuntimeError, "dim %lld appears multiple times in the list of dims",
                  static_cast<long long>(d));
    p->reduced[d] = true;
  }
  return true;
}

static void plan_shapes(const Tensor &self, bool keepdim, ReducePlan *p) {
  int64_t esize = static_cast<int64_t>(self.element_size());
  for (int d = 0; d < self.dim(); d++) {
    if (p->reduced[d]) {
      p->red_sizes[p->nred] = self.size(d);
      p->red_in[p->nred++] = self.stride(d) * esize;
      p->count *= self.size(d);
      if (keepdim) p->out_shape[p->out_ndim++] = 1;
    } else {
      p->kept_sizes[p->nkept] = self.size(d);
      p->kept_in[p->nkept++] = self.stride(d) * esize;
      p->out_shape[p->out_ndim++] = self.size(d);
    }
  }
}

// Output strides for the kept dims (the out tensor may be a strided view).
static void plan_out_strides(const Tensor &out, bool keepdim, ReducePlan *p) {
  int64_t esize = static_cast<int64_t>(out.element_size());
  int k = 0, od = 0;
  for (int d = 0; d < kMaxDims && k < p->nkept; d++) {
    if (p->reduced[d]) {
      od += keepdim;
      continue;
    }
    p->kept_out[k++] = out.stride(od++) * esize;
  }
}

// For every output element: acc = init(first reduced element), then
// acc = step(acc, x) over the reduced elements; stores finish(acc) in out.
template <class T, class Acc, class Init, class Step, class Finish>
static void reduce_loop(const ReducePlan &p, const char *in, char *out, Init init, Step step,
                        Finish finish) {
  int64_t nout = 1;
  for (int k = 0; k < p.nkept; k++) nout *= p.kept_sizes[k];
  int64_t kidx[kMaxDims] = {0};
  for (int64_t o = 0; o < nout; o++) {
    Acc acc = p.count ? init(*reinterpret_cast<const T *>(in)) : Acc(0);
    const char *ip = in;
    int64_t ridx[kMaxDims] = {0};
    for (int64_t r = 0; r < p.count; r++) {
      acc = step(acc, static_cast<Acc>(*reinterpret_cast<const T *>(ip)));
      for (int d = p.nred - 1; d >= 0; d--) {
        ip += p.red_in[d];
        if (++ridx[d] < p.red_sizes[d]) break;
        ip -= p.red_in[d] * p.red_sizes[d];
        ridx[d] = 0;
      }
    }
    *reinterpret_cast<T *>(out) = cast_to<T>(finish(acc));
    for (int k = p.nkept - 1; k >= 0; k--) {
      in += p.kept_in[k], out += p.kept_out[k];
      if (++kidx[k] < p.kept_sizes[k]) break;
      in -= p.kept_in[k] * p.kept_sizes[k], out -= p.kept_out[k] * p.kept_sizes[k];
      kidx[k] = 0;
    }
  }
}

// Plans the reduction and gets `out` ready: allocated or resized, of `dtype`.
static bool prepare(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype,
                    Tensor &out, ReducePlan *p) {
  if (!plan_dims(self, dims, p)) return false;
  plan_shapes(self, keepdim, p);
  IntArrayRef shape(p->out_shape, p->out_ndim);
  if (!out)
    out = empty(shape, dtype);
  else if (!resize_(out, shape))
    return false;
  if (!out) return false;
  plan_out_strides(out, keepdim, p);
  return true;
}

// ---------------------------------------------------------------------------
// sum and mean

static bool check_out_dtype(const Tensor &out, ScalarType dtype) {
  if (!out || out.dtype() == dtype) return true;
  return fail(ErrorKind::RuntimeError, "Expected out tensor to have dtype %s, but got %s instead",
              cpp_type_names[static_cast<int>(dtype)],
              cpp_type_names[static_cast<int>(out.dtype())]);
}

// sum's dtype: the requested one, else out's, else Long for integral and bool
// inputs, else the input's.
static ScalarType sum_dtype(const Tensor &self, ScalarType dtype, const Tensor &out) {
  if (dtype != ScalarType::Undefined) return dtype;
  if (out) return out.dtype();
  return is_integral(self.dtype(), true) ? ScalarType::Long : self.dtype();
}

// Sum (divided by the count for mean) in dtype; the input converted first.
static bool sum_kernel(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype,
                       bool divide, Tensor &out) {
  ReducePlan p;
  Tensor in = to_dtype(self, dtype);
  if (!in || !prepare(in, dims, keepdim, dtype, out, &p)) return false;
  dispatch_all(dtype, [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    C count = static_cast<C>(p.count);
    auto add = [](C acc, C x) { return static_cast<C>(acc + x); };
    auto finish = [&](C acc) { return divide ? static_cast<C>(acc / count) : acc; };
    reduce_loop<T, C>(
        p, static_cast<const char *>(in.data_ptr()), static_cast<char *>(out.data_ptr()),
        [](T) { return C(0); }, add, finish);
  });
  return true;
}

bool sum_out(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype, Tensor &out) {
  ScalarType result = sum_dtype(self, dtype, out);
  if (!check_out_dtype(out, result)) return false;
  return sum_kernel(self, dims, keepdim, result, false, out);
}

Tensor sum(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype) {
  Tensor out;
  return sum_out(self, dims, keepdim, dtype, out) ? out : Tensor();
}

static bool mean_dtype(const Tensor &self, ScalarType dtype, const Tensor &out,
                       ScalarType *result) {
  bool given = dtype != ScalarType::Undefined;
  ScalarType t = given ? dtype : out ? out.dtype() : self.dtype();
  if (is_floating(t)) {
    *result = t;
    return true;
  }
  return fail(ErrorKind::RuntimeError,
              "mean(): could not infer output dtype. %s dtype must be either a floating point or "
              "complex dtype. Got: %s",
              given ? "Optional" : "Input", scalar_type_name(t));
}

bool mean_out(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype, Tensor &out) {
  ScalarType result = ScalarType::Undefined;
  if (!mean_dtype(self, dtype, Tensor(), &result) || !check_out_dtype(out, result)) return false;
  return sum_kernel(self, dims, keepdim, result, true, out);
}

Tensor mean(const Tensor &self, IntArrayRef dims, bool keepdim, ScalarType dtype) {
  Tensor out;
  return mean_out(self, dims, keepdim, dtype, out) ? out : Tensor();
}

// ---------------------------------------------------------------------------
// amax and amin: the dtype is kept; NaN wins, as in PyTorch.

static bool check_nonempty(const Tensor &self, IntArrayRef dims, const char *name) {
  if (self.numel() != 0) return true;
  if (dims.size == 0)
    return fail(ErrorKind::RuntimeError,
                "%s(): Expected reduction dim to be specified for input.numel() == 0. Specify the "
                "reduction dim with the 'dim' argument.",
                name);
  for (size_t i = 0; i < dims.size; i++) {
    int64_t d = dims[i];
    if (!wrap_dim(&d, self.dim())) return false;
    if (self.dim() > 0 && self.size(d) == 0)
      return fail(ErrorKind::IndexError, "%s(): Expected reduction dim %lld to have non-zero size.",
                  name, static_cast<long long>(d));
  }
  return true;
}

static bool check_same_dtype(const Tensor &self, const Tensor &out) {
  if (!out || out.dtype() == self.dtype()) return true;
  return fail(ErrorKind::RuntimeError,
              "Expected the dtype for input and out to match, but got %s for input's dtype and %s "
              "for out's dtype.",
              scalar_type_name(self.dtype()), scalar_type_name(out.dtype()));
}

template <class Pick>
static bool extremum_impl(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out,
                          const char *name, Pick pick) {
  if (!check_same_dtype(self, out) || !check_nonempty(self, dims, name)) return false;
  ReducePlan p;
  if (!prepare(self, dims, keepdim, self.dtype(), out, &p)) return false;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using C = compute_t<T>;
    // Starting from the first element is safe: pick(x, x) == x.
    reduce_loop<T, C>(
        p, static_cast<const char *>(self.data_ptr()), static_cast<char *>(out.data_ptr()),
        [](T x) { return static_cast<C>(x); }, pick, [](C acc) { return acc; });
  });
  return true;
}

template <class C> static bool is_nan(C x) {
  if constexpr (std::is_floating_point<C>::value)
    return std::isnan(x);
  else
    return false;
}

bool amax_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out) {
  return extremum_impl(self, dims, keepdim, out, "amax", [](auto acc, auto x) {
    return is_nan(acc) || is_nan(x) ? (is_nan(acc) ? acc : x) : (x > acc ? x : acc);
  });
}

bool amin_out(const Tensor &self, IntArrayRef dims, bool keepdim, Tensor &out) {
  return extremum_impl(self, dims, keepdim, out, "amin", [](auto acc, auto x) {
    return is_nan(acc) || is_nan(x) ? (is_nan(acc) ? acc : x) : (x < acc ? x : acc);
  });
}

Tensor amax(const Tensor &self, IntArrayRef dims, bool keepdim) {
  Tensor out;
  return amax_out(self, dims, keepdim, out) ? out : Tensor();
}

Tensor amin(const Tensor &self, IntArrayRef dims, bool keepdim) {
  Tensor out;
  return amin_out(self, dims, keepdim, out) ? out : Tensor();
}

} // namespace tensor
