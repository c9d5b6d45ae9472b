// cat, stack (copies into one new tensor) and split, split_with_sizes, chunk
// (views of the input).
#include "tensor/rows.h"

namespace tensor {

// Note [Legacy empty tensors in cat]: a 1-D tensor of size 0 may sit in any
// cat list; PyTorch skips it for every shape check (it still takes part in
// the result dtype).
static bool skipped_in_cat(const Tensor &t) { return t.dim() == 1 && t.size(0) == 0; }

static bool check_cat_shapes(const Tensor *ts, size_t n, const Tensor &ref, int64_t dim) {
  for (size_t i = 0; i < n; i++) {
    const Tensor &t = ts[i];
    if (skipped_in_cat(t)) continue;
    if (t.dim() != ref.dim())
      return fail(ErrorKind::RuntimeError,
                  "Tensors must have same number of dimensions: got %lld and %lld",
                  static_cast<long long>(ref.dim()), static_cast<long long>(t.dim()));
    for (int64_t d = 0; d < ref.dim(); d++)
      if (d != dim && t.size(d) != ref.size(d))
        return fail(ErrorKind::RuntimeError,
                    "Sizes of tensors must match except in dimension %lld. Expected size %lld but "
                    "got size %lld for tensor number %zu in the list.",
                    static_cast<long long>(dim), static_cast<long long>(ref.size(d)),
                    static_cast<long long>(t.size(d)), i);
  }
  return true;
}

// The first tensor that is not skipped, or null when all are.
static const Tensor *cat_reference(const Tensor *ts, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!skipped_in_cat(ts[i])) return &ts[i];
  return nullptr;
}

static bool check_cat_inputs(const Tensor *ts, size_t n) {
  if (n == 0)
    return fail(ErrorKind::RuntimeError, "torch.cat(): expected a non-empty list of Tensors");
  for (size_t i = 0; i < n; i++)
    if (ts[i].dim() == 0)
      return fail(ErrorKind::RuntimeError,
                  "zero-dimensional tensor (at position %zu) cannot be concatenated", i);
  return true;
}

// Copies each input into its slice of the result along dim.
static Tensor cat_impl(const Tensor *ts, size_t n, int64_t dim, ScalarType dtype) {
  if (!check_cat_inputs(ts, n)) return Tensor();
  const Tensor *ref = cat_reference(ts, n);
  if (!ref) return empty({0}, dtype);
  if (!wrap_dim(&dim, ref->dim()) || !check_cat_shapes(ts, n, *ref, dim)) return Tensor();
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d < ref->dim(); d++) shape[d] = ref->size(d);
  shape[dim] = 0;
  for (size_t i = 0; i < n; i++)
    if (!skipped_in_cat(ts[i])) shape[dim] += ts[i].size(dim);
  Tensor out = empty(IntArrayRef(shape, static_cast<size_t>(ref->dim())), dtype);
  int64_t offset = 0;
  for (size_t i = 0; out && i < n; i++) {
    if (skipped_in_cat(ts[i])) continue;
    int64_t len = ts[i].size(dim);
    if (!copy_(narrow(out, dim, offset, len), ts[i])) return Tensor();
    offset += len;
  }
  return out;
}

Tensor cat(const Tensor *tensors, size_t n, int64_t dim) {
  return cat_impl(tensors, n, dim, n ? result_type(tensors, n) : ScalarType::Float);
}

bool cat_out(const Tensor *tensors, size_t n, int64_t dim, Tensor &out) {
  if (!out) return (out = cat(tensors, n, dim)).defined();
  if (n && !can_cast(result_type(tensors, n), out.dtype()))
    return fail(ErrorKind::RuntimeError,
                "torch.cat(): input types can't be cast to the desired output type %s",
                scalar_type_name(out.dtype()));
  return deliver(cat_impl(tensors, n, dim, out.dtype()), out);
}

// ---------------------------------------------------------------------------
// stack: cat of the inputs unsqueezed at dim; all must have one shape.

static bool check_stack_inputs(const Tensor *ts, size_t n) {
  if (n == 0) return fail(ErrorKind::RuntimeError, "stack expects a non-empty TensorList");
  for (size_t i = 1; i < n; i++) {
    bool same = ts[i].dim() == ts[0].dim();
    for (int64_t d = 0; same && d < ts[0].dim(); d++) same = ts[i].size(d) == ts[0].size(d);
    if (same) continue;
    char a[96], b[96];
    format_int_list(a, sizeof a, ts[0].sizes());
    format_int_list(b, sizeof b, ts[i].sizes());
    return fail(ErrorKind::RuntimeError,
                "stack expects each tensor to be equal size, but got %s at entry 0 and %s at "
                "entry %zu",
                a, b, i);
  }
  return true;
}

static Tensor stack_impl(const Tensor *ts, size_t n, int64_t dim, ScalarType dtype) {
  if (!check_stack_inputs(ts, n) || !wrap_dim(&dim, ts[0].dim() + 1) ||
      !check_ndim(static_cast<size_t>(ts[0].dim() + 1)))
    return Tensor();
  int64_t shape[kMaxDims];
  int nd = static_cast<int>(ts[0].dim()) + 1;
  for (int d = 0, s = 0; d < nd; d++)
    shape[d] = d == dim ? static_cast<int64_t>(n) : ts[0].size(s++);
  Tensor out = empty(IntArrayRef(shape, static_cast<size_t>(nd)), dtype);
  for (size_t i = 0; out && i < n; i++)
    if (!copy_(select(out, dim, static_cast<int64_t>(i)), ts[i])) return Tensor();
  return out;
}

Tensor stack(const Tensor *tensors, size_t n, int64_t dim) {
  return stack_impl(tensors, n, dim, n ? result_type(tensors, n) : ScalarType::Float);
}

bool stack_out(const Tensor *tensors, size_t n, int64_t dim, Tensor &out) {
  if (!out) return (out = stack(tensors, n, dim)).defined();
  if (n && !check_can_cast(result_type(tensors, n), out.dtype())) return false;
  return deliver(stack_impl(tensors, n, dim, out.dtype()), out);
}

// ---------------------------------------------------------------------------
// split / split_with_sizes / chunk

static bool check_splittable(const Tensor &self, const char *name) {
  if (self.dim() != 0) return true;
  return fail(ErrorKind::RuntimeError, "%s expects at least a 1-dimensional tensor", name);
}

bool split(const Tensor &self, int64_t split_size, int64_t dim, Tensor *parts, size_t *count) {
  if (!check_splittable(self, "split") || !wrap_dim(&dim, self.dim())) return false;
  if (split_size < 0)
    return fail(ErrorKind::RuntimeError,
                "split expects split_size be non-negative, but got split_size=%lld",
                static_cast<long long>(split_size));
  int64_t size = self.size(dim);
  if (split_size == 0 && size != 0)
    return fail(ErrorKind::RuntimeError,
                "split_size can only be 0 if dimension size is 0, but got dimension size of %lld",
                static_cast<long long>(size));
  int64_t n = split_size ? (size + split_size - 1) / split_size : 1;
  if (n == 0) n = 1;
  *count = static_cast<size_t>(n);
  for (int64_t i = 0; parts && i < n; i++) {
    int64_t start = i * split_size;
    int64_t len = start + split_size <= size ? split_size : size - start;
    if (!(parts[i] = narrow(self, dim, start, len))) return false;
  }
  return true;
}

bool split_with_sizes(const Tensor &self, IntArrayRef sizes, int64_t dim, Tensor *parts,
                      size_t *count) {
  if (!check_splittable(self, "split_with_sizes") || !wrap_dim(&dim, self.dim())) return false;
  char buf[128];
  format_int_list(buf, sizeof buf, sizes);
  int64_t total = 0;
  for (size_t i = 0; i < sizes.size; i++) {
    if (sizes[i] < 0)
      return fail(ErrorKind::RuntimeError,
                  "split_with_sizes expects split_sizes have only non-negative entries, but got "
                  "split_sizes=%s",
                  buf);
    total += sizes[i];
  }
  if (total != self.size(dim)) {
    return fail(ErrorKind::RuntimeError,
                "split_with_sizes expects split_sizes to sum exactly to %lld (input tensor's size "
                "at dimension %lld), but got split_sizes=%s",
                static_cast<long long>(self.size(dim)), static_cast<long long>(dim), buf);
  }
  *count = sizes.size;
  for (size_t i = 0, start = 0; parts && i < sizes.size; start += sizes[i], i++)
    if (!(parts[i] = narrow(self, dim, static_cast<int64_t>(start), sizes[i]))) return false;
  return true;
}

bool chunk(const Tensor &self, int64_t chunks, int64_t dim, Tensor *parts, size_t *count) {
  if (!check_splittable(self, "chunk")) return false;
  if (chunks <= 0)
    return fail(ErrorKind::RuntimeError, "chunk expects `chunks` to be greater than 0, got: %lld",
                static_cast<long long>(chunks));
  if (!wrap_dim(&dim, self.dim())) return false;
  int64_t size = self.size(dim);
  if (size != 0) return split(self, (size + chunks - 1) / chunks, dim, parts, count);
  // An empty dim splits into `chunks` empty views.
  *count = static_cast<size_t>(chunks);
  for (int64_t i = 0; parts && i < chunks; i++)
    if (!(parts[i] = narrow(self, dim, 0, 0))) return false;
  return true;
}

} // namespace tensor
