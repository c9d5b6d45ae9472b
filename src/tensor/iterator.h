// Internal: the element-wise iterator every pointwise kernel (and copy_) uses.
//
// build() broadcasts the inputs, applies PyTorch's output rules (allocate,
// resize an out= tensor, or check an in-place one), converts inputs to the
// kernel's input dtype, orders dims so the output follows the inputs' memory
// layout (as TensorIterator's reorder_dimensions does), and merges dims that are
// contiguous for every operand. Kernels then see 1-D runs: loop(data, strides, n)
// with byte strides, operand 0 being the output.
#pragma once

#include "tensor/internal.h"

#include <utility>

namespace tensor {

constexpr int kMaxOperands = 4; // one output + up to three inputs

struct ElementwiseIter {
  // Inputs; `input_dtype` converts them first (Undefined keeps their dtypes).
  // The output is written in `out_dtype`; an `out` of another dtype receives the
  // result through a temporary (finish() copies it). `out` may be undefined
  // (allocated here), resizable (out=) or fixed (in-place ops, copy_).
  bool build(Tensor &out, bool out_resizable, ScalarType out_dtype, const Tensor *inputs,
             int ninputs, ScalarType input_dtype);
  bool finish(); // after the kernel ran

  // Calls loop(char **data, const int64_t *strides, int64_t n) over all runs.
  template <class F> void for_each_run(F &&loop) const;

  int ntensors = 0;
  int ndim = 0; // after merging; dim 0 is the innermost
  int64_t shape[kMaxDims];
  int64_t strides[kMaxOperands][kMaxDims]; // bytes
  char *data[kMaxOperands];

private:
  int build_flat(Tensor &out, ScalarType out_dtype, const Tensor *inputs, int ninputs,
                 ScalarType input_dtype); // 1 built, 0 not flat, -1 error
  bool prepare_out(Tensor &out, bool out_resizable, ScalarType out_dtype);
  void load_operand(int i, const Tensor &t);
  void reorder_dims();
  bool allocate_out(ScalarType dtype);
  void coalesce();

  Tensor operands_[kMaxOperands]; // keeps converted inputs and temporaries alive
  Tensor *user_out_ = nullptr;    // the caller's out when a temporary stands in
  bool out_missing_ = false;      // output still to be allocated
  int64_t bshape_[kMaxDims];      // broadcast shape, outermost first
  int bndim_ = 0;
  int perm_[kMaxDims]; // perm_[0] is the innermost dim of the broadcast shape
};

template <class F> void ElementwiseIter::for_each_run(F &&loop) const {
  if (ndim == 1) { // one run: flat operands, or merged to one dim
    if (shape[0] == 0) return;
    char *ptrs[kMaxOperands];
    int64_t inner_strides[kMaxOperands];
    for (int k = 0; k < ntensors; k++) ptrs[k] = data[k], inner_strides[k] = strides[k][0];
    loop(ptrs, inner_strides, shape[0]);
    return;
  }
  int64_t n = 1;
  for (int d = 0; d < ndim; d++) n *= shape[d];
  if (n == 0) return;
  char *ptrs[kMaxOperands];
  for (int k = 0; k < ntensors; k++) ptrs[k] = data[k];
  int64_t inner_strides[kMaxOperands];
  for (int k = 0; k < ntensors; k++) inner_strides[k] = ndim ? strides[k][0] : 0;
  int64_t inner = ndim ? shape[0] : 1;
  int64_t index[kMaxDims] = {0};
  for (int64_t done = 0; done < n; done += inner) {
    loop(ptrs, inner_strides, inner);
    for (int d = 1; d < ndim; d++) { // odometer over the outer dims
      for (int k = 0; k < ntensors; k++) ptrs[k] += strides[k][d];
      if (++index[d] < shape[d]) break;
      for (int k = 0; k < ntensors; k++) ptrs[k] -= strides[k][d] * shape[d];
      index[d] = 0;
    }
  }
}

// The pointwise inner loop: out = f(in...), computed in compute_t<In>. A
// contiguous run gets a plain indexed loop the compiler can vectorise.
template <class Out, class In, class F, size_t... I>
inline void pointwise_run(char **data, const int64_t *strides, int64_t n, const F &f,
                          std::index_sequence<I...>) {
  using C = compute_t<In>;
  bool contiguous = strides[0] == sizeof(Out) && ((strides[I + 1] == sizeof(In)) && ...);
  if (contiguous) {
    Out *out = reinterpret_cast<Out *>(data[0]);
    for (int64_t i = 0; i < n; i++)
      out[i] = cast_to<Out>(f(static_cast<C>(reinterpret_cast<const In *>(data[I + 1])[i])...));
    return;
  }
  for (int64_t i = 0; i < n; i++)
    *reinterpret_cast<Out *>(data[0] + i * strides[0]) = cast_to<Out>(
        f(static_cast<C>(*reinterpret_cast<const In *>(data[I + 1] + i * strides[I + 1]))...));
}

// Runs f over every element: Out is the output's C type, In the inputs' (all
// inputs were converted to one dtype by build()); f takes `arity` compute_t<In>.
template <class Out, class In, int arity, class F>
void run_pointwise(const ElementwiseIter &it, F f) {
  it.for_each_run([&](char **data, const int64_t *strides, int64_t n) {
    pointwise_run<Out, In>(data, strides, n, f, std::make_index_sequence<arity>());
  });
}

} // namespace tensor
