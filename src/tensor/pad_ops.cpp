// Padding: constant_pad_nd, reflection/replication padding of the last 1 or 2
// dims, circular padding, and torch._C._nn.pad which picks among them, with
// PyTorch 1.13's checks and messages. Non-constant modes gather: each output
// coordinate of a padded dim maps to one input coordinate (reflected, clamped
// or wrapped), so one byte-copying loop serves every dtype and mode.
#include "tensor/nn_ops.h"

#include "tensor/internal.h"
#include "tensor/rows.h"

#include <cstring>

namespace tensor {
namespace {

// The input coordinate that output coordinate o of a dim of `size` with left
// padding `left` reads.
int64_t source_index(int64_t o, int64_t left, int64_t size, PadMode mode) {
  int64_t i = o - left;
  switch (mode) {
  case PadMode::Reflect:
    if (i < 0) i = -i;
    if (i >= size) i = 2 * (size - 1) - i;
    return i;
  case PadMode::Replicate: return i < 0 ? 0 : i >= size ? size - 1 : i;
  case PadMode::Circular: return ((i % size) + size) % size;
  }
  return i;
}

// The sizes of self padded over its last `dims` dims by pad (left, right
// pairs from the last dim).
void padded_shape(const Tensor &self, IntArrayRef pad, int dims, int64_t shape[kMaxDims]) {
  int nd = static_cast<int>(self.dim());
  for (int d = 0; d < nd; d++) shape[d] = self.size(d);
  for (int k = 0; k < dims; k++)
    shape[nd - 1 - k] = add_wrap(shape[nd - 1 - k], add_wrap(pad[2 * k], pad[2 * k + 1]));
}

// out = self padded as padded_shape says. Sizes are already checked.
Tensor gather_pad(const Tensor &self, IntArrayRef pad, PadMode mode, int dims) {
  int nd = static_cast<int>(self.dim());
  int64_t shape[kMaxDims];
  int64_t left[kMaxDims] = {0};
  padded_shape(self, pad, dims, shape);
  for (int k = 0; k < dims; k++) left[nd - 1 - k] = pad[2 * k];
  Tensor out = empty(IntArrayRef(shape, static_cast<size_t>(nd)), self.dtype());
  if (!out || out.numel() == 0) return out;
  // Per dim: the byte offset of each output coordinate's source.
  int64_t total = 0;
  for (int d = 0; d < nd; d++) total += shape[d];
  int64_t *offsets = static_cast<int64_t *>(alloc_bytes(static_cast<size_t>(total) * 8));
  if (!offsets) return Tensor();
  int64_t *map[kMaxDims];
  int64_t esize = static_cast<int64_t>(self.element_size());
  for (int d = 0, at = 0; d < nd; at += static_cast<int>(shape[d]), d++) {
    map[d] = offsets + at;
    bool padded = d >= nd - dims;
    for (int64_t o = 0; o < shape[d]; o++) {
      int64_t i = padded ? source_index(o, left[d], self.size(d), mode) : o;
      map[d][o] = i * self.stride(d) * esize;
    }
  }
  const char *src = static_cast<const char *>(self.data_ptr());
  char *dst = static_cast<char *>(out.data_ptr());
  int64_t index[kMaxDims] = {0};
  int64_t n = out.numel();
  for (int64_t e = 0; e < n; e++) {
    int64_t off = 0;
    for (int d = 0; d < nd; d++) off += map[d][index[d]];
    memcpy(dst + e * esize, src + off, static_cast<size_t>(esize));
    for (int d = nd - 1; d >= 0; d--) { // odometer step
      if (++index[d] < shape[d]) break;
      index[d] = 0;
    }
  }
  free_bytes(offsets, static_cast<size_t>(total) * 8);
  return out;
}

bool fail_sizes(const char *fmt, const Tensor &t) {
  char buf[96];
  format_int_list(buf, sizeof buf, t.sizes());
  return fail(ErrorKind::RuntimeError, fmt, buf);
}

// reflection_pad1d's own input check (PyTorch prints the tensor itself).
bool check_reflection1d(const Tensor &self, IntArrayRef p) {
  int64_t nd = self.dim();
  bool ok = (nd == 2 && self.size(1) != 0) || (nd == 3 && self.size(1) != 0 && self.size(2) != 0);
  if (!ok) return fail_sizes("2D or 3D (batch mode) tensor expected for input, but got: %s", self);
  if (p.size < 2) return fail(ErrorKind::RuntimeError, "padding size is expected to be 2");
  int64_t w = self.size(nd - 1);
  if (p[0] >= w || p[1] >= w) {
    char buf[96];
    format_int_list(buf, sizeof buf, self.sizes());
    return fail(ErrorKind::RuntimeError,
                "Argument #4: Padding size should be less than the corresponding input "
                "dimension, but got: padding (%lld, %lld) at dimension %lld of input %s",
                static_cast<long long>(p[0]), static_cast<long long>(p[1]),
                static_cast<long long>(nd - 1), buf);
  }
  return true;
}

// padding::check_valid_input<dims>: padding length, then the input's rank and
// non-batch sizes.
bool check_valid_input(const Tensor &self, IntArrayRef p, int dims) {
  if (static_cast<int>(p.size) != 2 * dims)
    return fail(ErrorKind::RuntimeError, "padding size is expected to be %d", 2 * dims);
  int64_t nd = self.dim();
  if (nd == dims && dims > 1) { // PyTorch reads size(dims) of such an input first
    int64_t d = dims;
    return wrap_dim(&d, nd, false);
  }
  bool ok = nd == dims + 1 || nd == dims + 2;
  for (int64_t d = nd == dims + 2 ? 1 : 0; ok && d < nd; d++) ok = self.size(d) != 0;
  if (ok) return true;
  char fmt[160];
  snprintf(fmt, sizeof fmt,
           "Expected %dD or %dD (batch mode) tensor with possibly 0 batch size and other non-zero "
           "dimensions for input, but got: %%s",
           dims + 1, dims + 2);
  return fail_sizes(fmt, self);
}

// reflection_pad2d's checks: pad < size along W (argument #4) and H (#6).
bool check_reflection2d(const Tensor &self, IntArrayRef p) {
  if (p.size < 4) return fail(ErrorKind::RuntimeError, "padding size is expected to be 4");
  int64_t nd = self.dim();
  bool ok = (nd == 3 && self.size(1) != 0 && self.size(2) != 0) ||
            (nd == 4 && self.size(1) != 0 && self.size(2) != 0 && self.size(3) != 0);
  if (nd == 2) { // PyTorch reads size(2) of the 2-D input first
    int64_t d = 2;
    return wrap_dim(&d, nd, false);
  }
  if (!ok) return fail_sizes("3D or 4D (batch mode) tensor expected for input, but got: %s", self);
  int64_t w = self.size(nd - 1), h = self.size(nd - 2);
  if (p[0] >= w || p[1] >= w)
    return fail(ErrorKind::RuntimeError,
                "Argument #4: Padding size should be less than the corresponding input "
                "dimension, but got: padding (%lld, %lld) at dimension %lld of input %lld",
                static_cast<long long>(p[0]), static_cast<long long>(p[1]),
                static_cast<long long>(nd - 1), static_cast<long long>(nd));
  if (p[2] >= h || p[3] >= h)
    return fail(ErrorKind::RuntimeError,
                "Argument #6: Padding size should be less than the corresponding input "
                "dimension, but got: padding (%lld, %lld) at dimension %lld of input %lld",
                static_cast<long long>(p[2]), static_cast<long long>(p[3]),
                static_cast<long long>(nd - 2), static_cast<long long>(nd));
  return true;
}

// The kernels' "is too small" check: refused only when every padded dim
// would be empty.
bool check_output_size(const Tensor &self, IntArrayRef p, PadMode mode, int dims) {
  long long in[3], out[3]; // outermost padded dim first: (D, H, W)
  bool some = false;
  for (int k = 0; k < dims; k++) {
    int j = dims - 1 - k; // pad pair of this dim
    in[k] = self.size(self.dim() - dims + k);
    out[k] = add_wrap(add_wrap(in[k], p[2 * j]), p[2 * j + 1]);
    some = some || out[k] >= 1;
  }
  if (some) return true;
  bool reflect = mode == PadMode::Reflect;
  if (dims == 1)
    return fail(ErrorKind::RuntimeError,
                reflect ? "2input (W: %lld)is too small. Calculated output W: %lld"
                        : "input (W: %lld) is too small. Calculated output W: %lld",
                in[0], out[0]);
  if (dims == 2)
    return fail(ErrorKind::RuntimeError,
                reflect ? "input (H: %lld, W: %lld)is too small. Calculated output H: %lld W: %lld"
                        : "input (H: %lld, W: %lld ) is too small. Calculated output H: %lld W: "
                          "%lld",
                in[0], in[1], out[0], out[1]);
  return fail(ErrorKind::RuntimeError,
              "input (D: %lld H: %lld, W: %lld) is too small. Calculated output D: %lld H: %lld W: "
              "%lld",
              in[0], in[1], in[2], out[0], out[1], out[2]);
}

bool check_float(const Tensor &self, const char *kernel) {
  ScalarType t = self.dtype();
  if (t == ScalarType::Float || t == ScalarType::Double) return true;
  return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
              scalar_type_name(t));
}

// The shape checks of reflection_pad{1,2,3}d / replication_pad{1,2,3}d.
bool check_pad_input(const Tensor &self, IntArrayRef p, PadMode mode, int dims) {
  if (mode == PadMode::Reflect && dims == 1) return check_reflection1d(self, p);
  if (mode == PadMode::Reflect && dims == 2) return check_reflection2d(self, p);
  if (!check_valid_input(self, p, dims)) return false;
  for (int k = 0; mode == PadMode::Reflect && k < dims; k++) { // 3-D
    int64_t size = self.size(self.dim() - 1 - k);
    if (p[2 * k] < size && p[2 * k + 1] < size) continue;
    char buf[96];
    format_int_list(buf, sizeof buf, self.sizes());
    return fail(ErrorKind::RuntimeError,
                "Argument #%d: Padding size should be less than the corresponding input "
                "dimension, but got: padding (%lld, %lld) at dimension %lld of input %s",
                4 + 2 * k, static_cast<long long>(p[2 * k]), static_cast<long long>(p[2 * k + 1]),
                static_cast<long long>(self.dim() - 1 - k), buf);
  }
  return true;
}

// All the kernels' checks, in their order: shapes, output size, then dtype.
bool check_pad_nd(const Tensor &self, IntArrayRef p, PadMode mode, int dims) {
  if (!check_pad_input(self, p, mode, dims) || !check_output_size(self, p, mode, dims))
    return false;
  int64_t shape[kMaxDims];
  padded_shape(self, p, dims, shape);
  IntArrayRef sizes(shape, static_cast<size_t>(self.dim()));
  bool reflect = mode == PadMode::Reflect;
  if (reflect && dims == 2) { // its CPU kernel resizes without the meta's check
    for (size_t d = 0; d < sizes.size; d++)
      if (sizes[d] < 0)
        return fail(ErrorKind::RuntimeError, "numel: integer multiplication overflow");
  } else if (!check_sizes(sizes)) {
    return false;
  }
  static const char *const kernels[2][3] = {
      {"replication_pad1d_cpu", "replication_pad2d_cpu", "replication_pad3d_cpu"},
      {"reflection_pad1d", "reflection_pad2d", "reflection_pad3d_cpu"}};
  return check_float(self, kernels[reflect][dims - 1]);
}

// _pad_circular: (N, C, spatial...) inputs, pads of at most one wrap.
Tensor pad_circular(const Tensor &self, IntArrayRef p) {
  int64_t nd = self.dim() - 2;
  if (static_cast<int64_t>(p.size) + 4 != self.dim() * 2) {
    fail(ErrorKind::RuntimeError, "Invalid padding size, expected %lld but got %lld",
         static_cast<long long>(nd * 2), static_cast<long long>(p.size));
    return Tensor();
  }
  for (int64_t d = 2; d < self.dim(); d++) { // outermost spatial dim first
    int64_t k = self.dim() - 1 - d, size = self.size(d), l = p[2 * k], r = p[2 * k + 1];
    if (l > size || r > size) {
      fail(ErrorKind::RuntimeError, "Padding value causes wrapping around more than once.");
      return Tensor();
    }
    if (add_wrap(add_wrap(size, l), r) < 0) {
      fail(ErrorKind::RuntimeError, "Negative padding value is resulting in an empty dimension");
      return Tensor();
    }
  }
  // Negative pads crop first; the wrap then reads the cropped input.
  Tensor cropped = self;
  int64_t pos[2 * kMaxDims];
  for (int64_t k = 0; k < nd && cropped; k++) {
    int64_t d = self.dim() - 1 - k, l = p[2 * k], r = p[2 * k + 1];
    if (l < 0) cropped = narrow(cropped, d, mul_wrap(l, -1), cropped.size(d) + l);
    if (r < 0 && cropped) cropped = narrow(cropped, d, 0, cropped.size(d) + r);
    pos[2 * k] = l > 0 ? l : 0;
    pos[2 * k + 1] = r > 0 ? r : 0;
  }
  if (!cropped) return Tensor();
  IntArrayRef wraps(pos, p.size);
  if (cropped.numel() == 0) { // nothing to wrap: PyTorch leaves such pads uninitialised
    int64_t shape[kMaxDims];
    padded_shape(cropped, wraps, static_cast<int>(nd), shape);
    return zeros(IntArrayRef(shape, static_cast<size_t>(self.dim())), self.dtype());
  }
  return gather_pad(cropped, wraps, PadMode::Circular, static_cast<int>(nd));
}

const char *mode_name(PadMode mode) {
  switch (mode) {
  case PadMode::Reflect: return "reflect";
  case PadMode::Replicate: return "replicate";
  case PadMode::Circular: return "circular";
  }
  return "";
}

} // namespace

Tensor pad_nd(const Tensor &self, IntArrayRef padding, PadMode mode, int dims) {
  if (!check_pad_nd(self, padding, mode, dims)) return Tensor();
  return gather_pad(self, padding, mode, dims);
}

bool pad_nd_out(const Tensor &self, IntArrayRef padding, PadMode mode, int dims, Tensor &out) {
  return deliver(pad_nd(self, padding, mode, dims), out);
}

Tensor constant_pad_nd(const Tensor &self, IntArrayRef pad, Scalar value) {
  int64_t nd = self.dim(), npad = static_cast<int64_t>(pad.size) / 2;
  if (pad.size % 2 != 0) {
    fail(ErrorKind::RuntimeError, "Length of pad must be even but instead it equals %lld",
         static_cast<long long>(pad.size));
    return Tensor();
  }
  if (nd < npad) {
    fail(ErrorKind::RuntimeError,
         "Length of pad should be no more than twice the number of dimensions of the input. Pad "
         "length is %lldwhile the input has %llddimensions.",
         static_cast<long long>(pad.size), static_cast<long long>(nd));
    return Tensor();
  }
  // Negative pads crop first.
  Tensor cropped = self;
  bool any_positive = false;
  for (int64_t d = nd - npad; d < nd; d++) {
    int64_t k = 2 * (nd - d - 1);
    if (pad[k] < 0)
      cropped = narrow(cropped, d, mul_wrap(pad[k], -1), cropped.size(d) + pad[k]);
    else if (pad[k] != 0)
      any_positive = true;
    if (!cropped) return Tensor();
    if (pad[k + 1] < 0)
      cropped = narrow(cropped, d, 0, cropped.size(d) + pad[k + 1]);
    else if (pad[k + 1] != 0)
      any_positive = true;
    if (!cropped) return Tensor();
  }
  if (!any_positive) return clone(cropped);
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d < nd; d++) shape[d] = self.size(d);
  for (int64_t d = nd - npad; d < nd; d++) {
    int64_t k = 2 * (nd - d - 1);
    shape[d] = add_wrap(add_wrap(shape[d], pad[k]), pad[k + 1]);
    if (shape[d] > 0) continue;
    fail(ErrorKind::RuntimeError,
         "The input size %lld, plus negative padding %lld and %lld resulted in a negative output "
         "size, which is invalid. Check dimension %lld of your input.",
         static_cast<long long>(self.size(d)), static_cast<long long>(pad[k]),
         static_cast<long long>(pad[k + 1]), static_cast<long long>(d));
    return Tensor();
  }
  Tensor out = empty(IntArrayRef(shape, static_cast<size_t>(nd)), self.dtype());
  if (!out || !fill_(out, value)) return Tensor();
  Tensor inner = out;
  for (int64_t d = nd - npad; d < nd; d++) {
    int64_t k = 2 * (nd - d - 1);
    int64_t lo = pad[k] > 0 ? pad[k] : 0, hi = pad[k + 1] > 0 ? pad[k + 1] : 0;
    inner = narrow(inner, d, lo, inner.size(d) - lo - hi);
    if (!inner) return Tensor();
  }
  return copy_(inner, cropped) ? out : Tensor();
}

Tensor pad(const Tensor &self, IntArrayRef pad, const char *mode, const double *value) {
  PadMode m;
  bool constant = strcmp(mode, "constant") == 0;
  if (constant)
    m = PadMode::Reflect; // unused
  else if (strcmp(mode, "reflect") == 0)
    m = PadMode::Reflect;
  else if (strcmp(mode, "replicate") == 0)
    m = PadMode::Replicate;
  else if (strcmp(mode, "circular") == 0)
    m = PadMode::Circular;
  else {
    fail(ErrorKind::NotImplementedError, "Unrecognised padding mode %s", mode);
    return Tensor();
  }
  int64_t nd = self.dim();
  if (pad.size % 2 != 0) {
    fail(ErrorKind::RuntimeError, "Padding length must be divisible by 2");
    return Tensor();
  }
  if (static_cast<int64_t>(pad.size) > nd * 2) {
    fail(ErrorKind::RuntimeError, "Padding length too large");
    return Tensor();
  }
  if (constant) return constant_pad_nd(self, pad, value ? Scalar(*value) : Scalar(0.0));
  if (value && *value != 0) {
    fail(ErrorKind::RuntimeError, "Padding mode \"%s\" doesn't take in value argument",
         mode_name(m));
    return Tensor();
  }
  int dims = static_cast<int>(pad.size / 2);
  if (dims >= 1 && dims <= 3 && (nd == dims + 1 || nd == dims + 2))
    return m == PadMode::Circular ? pad_circular(self, pad) : pad_nd(self, pad, m, dims);
  fail(ErrorKind::NotImplementedError,
       "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  return Tensor();
}

} // namespace tensor
