// The element-wise iterator (see iterator.h).
#include "tensor/iterator.h"

namespace tensor {

static bool same_shape(IntArrayRef a, const int64_t *b, int nb) {
  if (static_cast<int>(a.size) != nb) return false;
  for (int d = 0; d < nb; d++)
    if (a[d] != b[d]) return false;
  return true;
}

// More than one element written to one address (an expanded out) is refused, as
// PyTorch refuses it, since the result would depend on the iteration order.
static bool check_no_internal_overlap(const Tensor &out) {
  for (int64_t d = 0; d < out.dim(); d++) {
    if (out.stride(d) != 0 || out.size(d) <= 1) continue;
    return fail(ErrorKind::RuntimeError,
                "unsupported operation: more than one element of the written-to tensor refers to "
                "a single memory location. Please clone() the tensor before performing the "
                "operation.");
  }
  return true;
}

bool ElementwiseIter::prepare_out(Tensor &out, bool out_resizable, ScalarType out_dtype) {
  IntArrayRef shape(bshape_, bndim_);
  if (out && !out_resizable && !same_shape(out.sizes(), bshape_, bndim_)) {
    char a[160], b[160];
    format_int_list(a, sizeof a, out.sizes());
    format_int_list(b, sizeof b, shape);
    return fail(ErrorKind::RuntimeError,
                "output with shape %s doesn't match the broadcast shape %s", a, b);
  }
  if (out && !same_shape(out.sizes(), bshape_, bndim_) && !resize_(out, shape)) return false;
  if (out && !check_no_internal_overlap(out)) return false;
  out_missing_ = !out || out.dtype() != out_dtype;
  user_out_ = out && out.dtype() != out_dtype ? &out : nullptr;
  if (!out_missing_) load_operand(0, out);
  return true;
}

// Operand strides over the broadcast shape, in bytes; broadcast dims get 0.
void ElementwiseIter::load_operand(int i, const Tensor &t) {
  operands_[i] = t;
  data[i] = static_cast<char *>(t.data_ptr());
  int64_t lead = bndim_ - t.dim();
  int64_t esize = static_cast<int64_t>(t.element_size());
  for (int d = 0; d < bndim_; d++) {
    int64_t td = d - lead;
    bool broadcast = td < 0 || (t.size(td) == 1 && bshape_[d] != 1);
    strides[i][d] = broadcast ? 0 : t.stride(td) * esize;
  }
}

// Sorts dims innermost-first by the operands' strides (the first operand whose
// strides differ decides; broadcast dims abstain), like TensorIterator.
void ElementwiseIter::reorder_dims() {
  for (int d = 0; d < bndim_; d++) perm_[d] = bndim_ - 1 - d;
  auto should_swap = [&](int d0, int d1) {
    for (int k = out_missing_ ? 1 : 0; k < ntensors; k++) {
      int64_t s0 = strides[k][d0], s1 = strides[k][d1];
      if (s0 == 0 || s1 == 0) continue;
      if (s0 != s1) return s0 < s1 ? -1 : 1;
      if (bshape_[d0] > bshape_[d1]) return 1;
    }
    return 0;
  };
  for (int i = 1; i < bndim_; i++) {
    int d1 = i;
    for (int d0 = i - 1; d0 >= 0; d0--) {
      int cmp = should_swap(perm_[d0], perm_[d1]);
      if (cmp > 0) {
        int tmp = perm_[d0];
        perm_[d0] = perm_[d1];
        perm_[d1] = tmp;
        d1 = d0;
      } else if (cmp < 0) {
        break;
      }
    }
  }
}

// A new output laid out in perm_ order (contiguous when perm_ is the identity).
bool ElementwiseIter::allocate_out(ScalarType dtype) {
  int64_t st[kMaxDims];
  bool identity = true;
  for (int d = 0; d < bndim_; d++) identity = identity && perm_[d] == bndim_ - 1 - d;
  if (identity) {
    contiguous_strides(bshape_, bndim_, st);
  } else {
    int64_t next = 1;
    for (int d = 0; d < bndim_; d++) st[perm_[d]] = next, next *= bshape_[perm_[d]];
  }
  Tensor out = empty_strided(IntArrayRef(bshape_, bndim_), IntArrayRef(st, bndim_), dtype);
  if (!out) return false;
  load_operand(0, out);
  return true;
}

// Merges neighbouring dims (innermost-first order) that every operand walks as one.
void ElementwiseIter::coalesce() {
  if (ndim <= 1) return;
  int prev = 0;
  for (int d = 1; d < ndim; d++) {
    bool merge = shape[prev] == 1 || shape[d] == 1;
    for (int k = 0; k < ntensors && !merge; k++)
      if (shape[prev] * strides[k][prev] != strides[k][d])
        break;
      else if (k == ntensors - 1)
        merge = true;
    if (merge) {
      if (shape[prev] == 1)
        for (int k = 0; k < ntensors; k++) strides[k][prev] = strides[k][d];
      shape[prev] *= shape[d];
    } else {
      prev++;
      for (int k = 0; k < ntensors; k++) strides[k][prev] = strides[k][d];
      shape[prev] = shape[d];
    }
  }
  ndim = prev + 1;
}

// Note [Flat elementwise fast path]: most calls combine contiguous tensors of
// one shape and the kernel's dtype, into a new output or a contiguous out of
// that shape and dtype. The general build (broadcast, strides per dim, reorder,
// merge) would end with one run over numel elements anyway; this gets there
// directly. Anything else (broadcasting, a conversion, a view, an out to resize
// or of another dtype, an out overlapping itself) returns 0 before touching the
// iterator's state, and build() takes the general path.
int ElementwiseIter::build_flat(Tensor &out, ScalarType out_dtype, const Tensor *inputs,
                                int ninputs, ScalarType input_dtype) {
  const TensorImpl *first = inputs[0].impl();
  const int nd = first->ndim;
  for (int i = 0; i < ninputs; i++) {
    const Tensor &t = inputs[i];
    if (input_dtype != ScalarType::Undefined && t.dtype() != input_dtype) return 0;
    if ((i > 0 && !same_shape(t.sizes(), first->sizes, nd)) || !t.is_contiguous()) return 0;
  }
  if (out && (out.dtype() != out_dtype || !same_shape(out.sizes(), first->sizes, nd) ||
              !out.is_contiguous()))
    return 0;
  if (!out) {
    out = empty(inputs[0].sizes(), out_dtype);
    if (!out) return -1;
  }
  operands_[0] = out; // an allocated output lives at least as long as the iterator
  ntensors = ninputs + 1;
  ndim = 1;
  shape[0] = inputs[0].numel();
  data[0] = static_cast<char *>(out.data_ptr());
  strides[0][0] = static_cast<int64_t>(out.element_size());
  for (int i = 0; i < ninputs; i++) {
    data[i + 1] = static_cast<char *>(inputs[i].data_ptr());
    strides[i + 1][0] = static_cast<int64_t>(inputs[i].element_size());
  }
  return 1;
}

bool ElementwiseIter::build(Tensor &out, bool out_resizable, ScalarType out_dtype,
                            const Tensor *inputs, int ninputs, ScalarType input_dtype) {
  if (ninputs > 0) {
    int flat = build_flat(out, out_dtype, inputs, ninputs, input_dtype);
    if (flat != 0) return flat > 0;
  }
  // Shape: broadcast the inputs (and a fixed-shape out, which must then match).
  size_t n = 0;
  if (out && !out_resizable) {
    n = static_cast<size_t>(out.dim());
    for (size_t d = 0; d < n; d++) bshape_[d] = out.size(d);
  }
  bool have_shape = out && !out_resizable;
  for (int i = 0; i < ninputs; i++) {
    if (!have_shape) {
      n = static_cast<size_t>(inputs[i].dim());
      for (size_t d = 0; d < n; d++) bshape_[d] = inputs[i].size(d);
      have_shape = true;
      continue;
    }
    int64_t merged[kMaxDims];
    if (!broadcast_shapes(IntArrayRef(bshape_, n), inputs[i].sizes(), merged, &n)) return false;
    for (size_t d = 0; d < n; d++) bshape_[d] = merged[d];
  }
  bndim_ = static_cast<int>(n);
  ntensors = ninputs + 1;

  if (!prepare_out(out, out_resizable, out_dtype)) return false;
  for (int i = 0; i < ninputs; i++) {
    bool convert = input_dtype != ScalarType::Undefined && inputs[i].dtype() != input_dtype;
    Tensor in = convert ? to_dtype(inputs[i], input_dtype) : inputs[i];
    if (!in) return false;
    load_operand(i + 1, in);
  }
  reorder_dims();
  if (out_missing_ && !allocate_out(out_dtype)) return false;
  if (!out && !user_out_) out = operands_[0];

  // Geometry in perm_ order, innermost first, then merged.
  int64_t permuted[kMaxOperands][kMaxDims];
  for (int d = 0; d < bndim_; d++) {
    shape[d] = bshape_[perm_[d]];
    for (int k = 0; k < ntensors; k++) permuted[k][d] = strides[k][perm_[d]];
  }
  for (int k = 0; k < ntensors; k++)
    for (int d = 0; d < bndim_; d++) strides[k][d] = permuted[k][d];
  ndim = bndim_;
  coalesce();
  return true;
}

bool ElementwiseIter::finish() {
  if (!user_out_) return true;
  return copy_(*user_out_, operands_[0]);
}

} // namespace tensor
