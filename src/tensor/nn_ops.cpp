// Linear layers beyond linalg.cpp's linear (linear out=, bilinear) and the
// channel rearrangements (pixel_shuffle, pixel_unshuffle, channel_shuffle),
// which are reshape -> permute -> contiguous copy -> reshape, as PyTorch 1.13
// computes them, with its checks and messages.
#include "tensor/nn_ops.h"

#include "tensor/internal.h"
#include "tensor/linalg.h"
#include "tensor/rows.h"

namespace tensor {
namespace {

bool failed(const Tensor &t) { return !t.defined(); }

// Product of self's sizes in [from, to).
int64_t size_product(const Tensor &self, int64_t from, int64_t to) {
  int64_t n = 1;
  for (int64_t d = from; d < to; d++) n *= self.size(d);
  return n;
}

// self (viewed as `in_shape`) permuted by perm, copied contiguous, viewed as
// out_shape.
Tensor rearrange(const Tensor &self, IntArrayRef in_shape, IntArrayRef perm,
                 IntArrayRef out_shape) {
  Tensor v = reshape(self, in_shape);
  if (failed(v)) return Tensor();
  Tensor p = permute(v, perm);
  if (failed(p)) return Tensor();
  Tensor c = clone_contiguous(p);
  if (failed(c)) return Tensor();
  return view(c, out_shape);
}

bool check_at_least_3d(const Tensor &self, const char *op) {
  if (self.dim() >= 3) return true;
  return fail(ErrorKind::RuntimeError,
              "%s expects input to have at least 3 dimensions, but got input with %lld "
              "dimension(s)",
              op, static_cast<long long>(self.dim()));
}

} // namespace

bool linear_out(const Tensor &input, const Tensor &weight, const Tensor &bias, Tensor &out) {
  return deliver(linear(input, weight, bias), out);
}

Tensor bilinear(const Tensor &input1, const Tensor &input2, const Tensor &weight,
                const Tensor &bias) {
  int64_t nd = input1.dim();
  if (nd != input2.dim()) {
    fail(ErrorKind::RuntimeError, "bilinear(): input dimensions do not match: got %lld and %lld",
         static_cast<long long>(nd), static_cast<long long>(input2.dim()));
    return Tensor();
  }
  for (int64_t d = 0; d + 1 < nd; d++) {
    if (input1.size(d) == input2.size(d)) continue;
    fail(ErrorKind::RuntimeError,
         "bilinear(): input batch dimensions do not match at dim %lld: got %lld and %lld",
         static_cast<long long>(d), static_cast<long long>(input1.size(d)),
         static_cast<long long>(input2.size(d)));
    return Tensor();
  }
  if (weight.dim() != 3) {
    fail(ErrorKind::RuntimeError, "bilinear(): weight must be 3-D (out, in1, in2), got %lld-D",
         static_cast<long long>(weight.dim()));
    return Tensor();
  }
  if (nd == 0) {
    fail(ErrorKind::RuntimeError, "bilinear(): inputs must have at least one dimension");
    return Tensor();
  }
  int64_t in1 = input1.size(nd - 1), in2 = input2.size(nd - 1);
  if (in1 != weight.size(1)) {
    fail(ErrorKind::RuntimeError,
         "bilinear(): input1 size does not match weight size: got %lld but expected %lld",
         static_cast<long long>(in1), static_cast<long long>(weight.size(1)));
    return Tensor();
  }
  if (in2 != weight.size(2)) {
    fail(ErrorKind::RuntimeError,
         "bilinear(): input2 size does not match weight size: got %lld but expected %lld",
         static_cast<long long>(in2), static_cast<long long>(weight.size(2)));
    return Tensor();
  }
  int64_t nout = weight.size(0);
  if (bias && bias.dim() > 0 && bias.size(0) != nout) {
    fail(ErrorKind::RuntimeError,
         "bilinear(): bias size does not match weight size: got %lld but expected %lld",
         static_cast<long long>(bias.size(0)), static_cast<long long>(nout));
    return Tensor();
  }
  // t[b, o, j] = sum_i x1[b, i] W[o, i, j]; y[b, o] = sum_j t[b, o, j] x2[b, j].
  int64_t batch = size_product(input1, 0, nd - 1);
  Tensor x1 = reshape(input1, {batch, in1});
  Tensor x2 = reshape(input2, {batch, 1, in2});
  Tensor w = failed(x1) || failed(x2) ? Tensor() : permute(weight, {1, 0, 2});
  Tensor w2 = failed(w) ? Tensor() : reshape(w, {in1, nout * in2});
  Tensor t = failed(w2) ? Tensor() : mm(x1, w2);
  Tensor t3 = failed(t) ? Tensor() : view(t, {batch, nout, in2});
  Tensor prod = failed(t3) ? Tensor() : mul(t3, x2);
  Tensor y = failed(prod) ? Tensor() : sum(prod, {-1});
  if (failed(y)) return Tensor();
  if (bias) {
    y = add(y, bias);
    if (failed(y)) return Tensor();
  }
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d + 1 < nd; d++) shape[d] = input1.size(d);
  shape[nd - 1] = nout;
  return view(y, IntArrayRef(shape, static_cast<size_t>(nd)));
}

Tensor pixel_shuffle(const Tensor &self, int64_t r) {
  if (!check_at_least_3d(self, "pixel_shuffle")) return Tensor();
  if (r <= 0) {
    fail(ErrorKind::RuntimeError, "pixel_shuffle expects a positive upscale_factor, but got %lld",
         static_cast<long long>(r));
    return Tensor();
  }
  int64_t nd = self.dim(), c = self.size(nd - 3), h = self.size(nd - 2), w = self.size(nd - 1);
  if (c % (r * r) != 0) {
    fail(ErrorKind::RuntimeError,
         "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
         "upscale_factor, but input.size(-3)=%lld is not divisible by %lld",
         static_cast<long long>(c), static_cast<long long>(r * r));
    return Tensor();
  }
  int64_t b = size_product(self, 0, nd - 3), oc = c / (r * r);
  int64_t out_shape[kMaxDims];
  for (int64_t d = 0; d < nd - 3; d++) out_shape[d] = self.size(d);
  out_shape[nd - 3] = oc;
  out_shape[nd - 2] = h * r;
  out_shape[nd - 1] = w * r;
  return rearrange(self, {b, oc, r, r, h, w}, {0, 1, 4, 2, 5, 3},
                   IntArrayRef(out_shape, static_cast<size_t>(nd)));
}

Tensor pixel_unshuffle(const Tensor &self, int64_t r) {
  if (!check_at_least_3d(self, "pixel_unshuffle")) return Tensor();
  if (r <= 0) {
    fail(ErrorKind::RuntimeError,
         "pixel_unshuffle expects a positive downscale_factor, but got %lld",
         static_cast<long long>(r));
    return Tensor();
  }
  int64_t nd = self.dim(), c = self.size(nd - 3), h = self.size(nd - 2), w = self.size(nd - 1);
  if (h % r != 0) {
    fail(ErrorKind::RuntimeError,
         "pixel_unshuffle expects height to be divisible by downscale_factor, but "
         "input.size(-2)=%lld is not divisible by %lld",
         static_cast<long long>(h), static_cast<long long>(r));
    return Tensor();
  }
  if (w % r != 0) {
    fail(ErrorKind::RuntimeError,
         "pixel_unshuffle expects width to be divisible by downscale_factor, but "
         "input.size(-1)=%lld is not divisible by %lld",
         static_cast<long long>(w), static_cast<long long>(r));
    return Tensor();
  }
  int64_t b = size_product(self, 0, nd - 3);
  int64_t out_shape[kMaxDims];
  for (int64_t d = 0; d < nd - 3; d++) out_shape[d] = self.size(d);
  out_shape[nd - 3] = c * r * r;
  out_shape[nd - 2] = h / r;
  out_shape[nd - 1] = w / r;
  return rearrange(self, {b, c, h / r, r, w / r, r}, {0, 1, 3, 5, 2, 4},
                   IntArrayRef(out_shape, static_cast<size_t>(nd)));
}

Tensor channel_shuffle(const Tensor &self, int64_t groups) {
  if (self.dim() <= 2) {
    char buf[96];
    format_int_list(buf, sizeof buf, self.sizes());
    fail(ErrorKind::RuntimeError,
         "channel_shuffle expects input with > 2 dims, but got input with sizes %s", buf);
    return Tensor();
  }
  int64_t c = self.size(1);
  if (groups <= 0) {
    fail(ErrorKind::RuntimeError,
         "Number of groups to divide channels in must be positive. Value of groups:%lld",
         static_cast<long long>(groups));
    return Tensor();
  }
  if (c % groups != 0) {
    fail(ErrorKind::RuntimeError,
         "Number of channels must be divisible by groups. Got %lld channels and %lld groups.",
         static_cast<long long>(c), static_cast<long long>(groups));
    return Tensor();
  }
  int64_t n = self.size(0), s = size_product(self, 2, self.dim());
  return rearrange(self, {n, groups, c / groups, s}, {0, 2, 1, 3}, self.sizes());
}

} // namespace tensor
