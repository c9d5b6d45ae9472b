// Upsampling (F.interpolate's kernels): nearest, nearest-exact, linear and
// bilinear, bicubic, over the last 1 or 2 dims of (N, C, [H,] W) inputs. Source
// indices and weights are computed once per output row and column, in the
// input's dtype as PyTorch 1.13's CPU kernels compute them, so the pixels
// picked (nearest) and the weights (linear) are PyTorch's bit for bit.
#include "tensor/nn_ops.h"

#include "tensor/internal.h"
#include "tensor/rows.h"

#include <cmath>

namespace tensor {
namespace {

const char *mode_kernel(UpsampleMode mode) {
  switch (mode) {
  case UpsampleMode::Nearest:
  case UpsampleMode::NearestExact: return "compute_indices_weights_nearest";
  case UpsampleMode::Linear: return "compute_indices_weights_linear";
  case UpsampleMode::Cubic: return "compute_indices_weights_cubic";
  }
  return "";
}

// Note [upsample scales]: a given positive scale s means 1 / s; otherwise the
// ratio of the sizes. align_corners maps corner pixel centres onto each other.
template <class T> T source_scale(int64_t in, int64_t out, bool align_corners, const double *s) {
  if (align_corners) return out > 1 ? static_cast<T>(in - 1) / static_cast<T>(out - 1) : T(0);
  if (s && *s > 0) return static_cast<T>(1.0 / *s);
  return static_cast<T>(in) / static_cast<T>(out);
}

// Continuous source coordinate of output o (clamped at 0 except for cubic).
template <class T> T source_coord(T scale, int64_t o, bool align_corners, bool cubic) {
  if (align_corners) return scale * static_cast<T>(o);
  T x = scale * (static_cast<T>(o) + T(0.5)) - T(0.5);
  return !cubic && x < T(0) ? T(0) : x;
}

// Keys' cubic convolution weights (A = -0.75) for the 4 taps around t.
template <class T> void cubic_weights(T t, T w[4]) {
  const T A = T(-0.75);
  auto near = [A](T x) { return ((A + 2) * x - (A + 3)) * x * x + 1; };
  auto far = [A](T x) { return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A; };
  w[0] = far(t + 1);
  w[1] = near(t);
  w[2] = near(1 - t);
  w[3] = far(2 - t);
}

// One axis of the resampling: for each output index, taps (input indices,
// clamped) and weights.
template <class T> struct Axis {
  int64_t in = 1, out = 1;
  int ntaps = 1;
  int64_t *index = nullptr; // out * ntaps
  T *weight = nullptr;      // out * ntaps
};

template <class T>
void plan_axis(Axis<T> *a, UpsampleMode mode, bool align_corners, const double *scale) {
  int64_t in = a->in;
  auto clamp = [in](int64_t i) { return i < 0 ? 0 : i >= in ? in - 1 : i; };
  for (int64_t o = 0; o < a->out; o++) {
    int64_t *ix = a->index + o * a->ntaps;
    T *w = a->weight + o * a->ntaps;
    if (mode == UpsampleMode::Nearest || mode == UpsampleMode::NearestExact) {
      T s = source_scale<T>(in, a->out, false, scale);
      T x =
          mode == UpsampleMode::Nearest ? s * static_cast<T>(o) : s * (static_cast<T>(o) + T(0.5));
      int64_t i = static_cast<int64_t>(floorf(static_cast<float>(x)));
      ix[0] = i < in - 1 ? i : in - 1;
      w[0] = T(1);
    } else if (mode == UpsampleMode::Linear) {
      if (a->out == in) { // same size: a copy, whatever the scale
        ix[0] = ix[1] = o;
        w[0] = T(1);
        w[1] = T(0);
        continue;
      }
      // The coordinate in double, the weights rounded to T (PyTorch's acc type).
      double s = static_cast<double>(source_scale<T>(in, a->out, align_corners, scale));
      double x = source_coord<double>(s, o, align_corners, false);
      int64_t i0 = static_cast<int64_t>(x);
      ix[0] = i0;
      ix[1] = i0 + (i0 < in - 1 ? 1 : 0);
      w[1] = static_cast<T>(x - static_cast<double>(i0));
      w[0] = T(1) - w[1];
    } else {
      if (a->out == in) {
        for (int k = 0; k < 4; k++) {
          ix[k] = o;
          w[k] = k == 1 ? T(1) : T(0);
        }
        continue;
      }
      T s = source_scale<T>(in, a->out, align_corners, scale);
      T x = source_coord<T>(s, o, align_corners, true);
      T f = std::floor(x);
      int64_t i = static_cast<int64_t>(f);
      cubic_weights<T>(x - f, w);
      for (int k = 0; k < 4; k++) ix[k] = clamp(i - 1 + k);
    }
  }
}

// out[oh, ow] = sum_a sum_b wh[a] ww[b] in[ih[a], iw[b]]: rows interpolated
// along W first, then combined along H.
template <class T, class C>
void resample_plane(const T *in, T *out, const Axis<C> &h, const Axis<C> &w) {
  for (int64_t oh = 0; oh < h.out; oh++) {
    const int64_t *hi = h.index + oh * h.ntaps;
    const C *hw = h.weight + oh * h.ntaps;
    for (int64_t ow = 0; ow < w.out; ow++) {
      const int64_t *wi = w.index + ow * w.ntaps;
      const C *ww = w.weight + ow * w.ntaps;
      C acc = C(0);
      for (int a = 0; a < h.ntaps; a++) {
        const T *row = in + hi[a] * w.in;
        C t = C(0);
        for (int b = 0; b < w.ntaps; b++) t += ww[b] * static_cast<C>(row[wi[b]]);
        acc += hw[a] * t;
      }
      out[oh * w.out + ow] = static_cast<T>(acc);
    }
  }
}

// Nearest: a pure gather, exact for every dtype.
template <class T, class C>
void gather_plane(const T *in, T *out, const Axis<C> &h, const Axis<C> &w) {
  for (int64_t oh = 0; oh < h.out; oh++) {
    const T *row = in + h.index[oh] * w.in;
    for (int64_t ow = 0; ow < w.out; ow++) out[oh * w.out + ow] = row[w.index[ow]];
  }
}

template <class T, class C>
bool run_upsample(const Tensor &in, Tensor &result, UpsampleMode mode, int64_t planes, Axis<C> h,
                  Axis<C> w, bool align_corners, const double *sh, const double *sw) {
  int ntaps = mode == UpsampleMode::Linear ? 2 : mode == UpsampleMode::Cubic ? 4 : 1;
  h.ntaps = w.ntaps = ntaps;
  int64_t n = (h.out + w.out) * ntaps;
  size_t bytes = static_cast<size_t>(n) * (sizeof(int64_t) + sizeof(C));
  void *mem = alloc_bytes(bytes);
  if (!mem) return false;
  h.index = static_cast<int64_t *>(mem);
  w.index = h.index + h.out * ntaps;
  h.weight = reinterpret_cast<C *>(h.index + n);
  w.weight = h.weight + h.out * ntaps;
  plan_axis<C>(&h, mode, align_corners, sh);
  plan_axis<C>(&w, mode, align_corners, sw);
  const T *src = in.data<T>();
  T *dst = result.data<T>();
  bool nearest = mode == UpsampleMode::Nearest || mode == UpsampleMode::NearestExact;
  for (int64_t p = 0; p < planes; p++) {
    const T *ip = src + p * h.in * w.in;
    T *op = dst + p * h.out * w.out;
    if (nearest)
      gather_plane<T, C>(ip, op, h, w);
    else
      resample_plane<T, C>(ip, op, h, w);
  }
  free_bytes(mem, bytes);
  return true;
}

bool check_common(const Tensor &self, int dims, IntArrayRef output_size) {
  if (static_cast<int>(output_size.size) != dims)
    return fail(ErrorKind::RuntimeError,
                "It is expected output_size equals to %d, but got size %lld", dims,
                static_cast<long long>(output_size.size));
  if (self.dim() != dims + 2)
    return fail(ErrorKind::RuntimeError,
                "It is expected input_size equals to %d, but got size %lld", dims + 2,
                static_cast<long long>(self.dim()));
  int64_t nd = self.dim();
  if (dims == 1) {
    if (self.size(2) <= 0 || output_size[0] <= 0)
      return fail(ErrorKind::RuntimeError,
                  "Input and output sizes should be greater than 0, but got input (W: %lld) and "
                  "output (W: %lld)",
                  static_cast<long long>(self.size(2)), static_cast<long long>(output_size[0]));
  } else if (self.size(2) <= 0 || self.size(3) <= 0 || output_size[0] <= 0 || output_size[1] <= 0) {
    return fail(ErrorKind::RuntimeError,
                "Input and output sizes should be greater than 0, but got input (H: %lld, W: "
                "%lld) output (H: %lld, W: %lld)",
                static_cast<long long>(self.size(2)), static_cast<long long>(self.size(3)),
                static_cast<long long>(output_size[0]), static_cast<long long>(output_size[1]));
  }
  for (int64_t d = 1; d < nd; d++) {
    if (self.size(d) != 0) continue;
    char buf[96];
    format_int_list(buf, sizeof buf, self.sizes());
    return fail(ErrorKind::RuntimeError,
                "Non-empty %dD data tensor expected but got a tensor with sizes %s", dims + 2, buf);
  }
  return true;
}

bool supported(UpsampleMode mode, ScalarType t) {
  if (t == ScalarType::Float || t == ScalarType::Double) return true;
  return t == ScalarType::Byte &&
         (mode == UpsampleMode::Nearest || mode == UpsampleMode::NearestExact);
}

} // namespace

Tensor upsample(const Tensor &self, UpsampleMode mode, int dims, IntArrayRef output_size,
                bool align_corners, const double *scale_h, const double *scale_w) {
  if (!check_common(self, dims, output_size)) return Tensor();
  if (!supported(mode, self.dtype())) {
    fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", mode_kernel(mode),
         scalar_type_name(self.dtype()));
    return Tensor();
  }
  int64_t shape[4] = {self.size(0), self.size(1), 1, 1};
  for (int d = 0; d < dims; d++) shape[2 + d] = output_size[d];
  Tensor result = empty(IntArrayRef(shape, static_cast<size_t>(dims + 2)), self.dtype());
  Tensor in = contiguous(self);
  if (!result || !in) return Tensor();
  if (result.numel() == 0) return result;
  int64_t planes = self.size(0) * self.size(1);
  bool ok = false;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    // Index math runs in the input's floating type (float for uint8).
    using C = typename std::conditional<std::is_same<T, double>::value, double, float>::type;
    if constexpr (std::is_same<T, float>::value || std::is_same<T, double>::value ||
                  std::is_same<T, uint8_t>::value) {
      Axis<C> h, w;
      if (dims == 2) {
        h.in = self.size(2);
        h.out = output_size[0];
      }
      w.in = self.size(dims + 1);
      w.out = output_size[dims - 1];
      ok = run_upsample<T, C>(in, result, mode, planes, h, w, align_corners,
                              dims == 2 ? scale_h : nullptr, dims == 2 ? scale_w : scale_h);
    }
  });
  return ok ? result : Tensor();
}

bool upsample_out(const Tensor &self, UpsampleMode mode, int dims, IntArrayRef output_size,
                  bool align_corners, const double *scale_h, const double *scale_w, Tensor &out) {
  return deliver(upsample(self, mode, dims, output_size, align_corners, scale_h, scale_w), out);
}

Tensor upsample_vec(const Tensor &input, UpsampleMode mode, int dims, const int64_t *output_size,
                    size_t n_output_size, bool align_corners, const double *scale_factors,
                    size_t n_scale_factors) {
  const char *both = "Must specify exactly one of output_size and scale_factors";
  int64_t sizes[2];
  if (output_size) {
    if (scale_factors) return fail(ErrorKind::RuntimeError, "%s", both), Tensor();
    if (static_cast<int>(n_output_size) != dims) {
      fail(ErrorKind::RuntimeError,
           "Expected static_cast<int64_t>(output_size->size()) == spatial_dimensions to be true, "
           "but got false.  (Could this error message be improved?  If so, please report an "
           "enhancement request to PyTorch.)");
      return Tensor();
    }
    return upsample(input, mode, dims, IntArrayRef(output_size, n_output_size), align_corners,
                    nullptr, nullptr);
  }
  if (!scale_factors) return fail(ErrorKind::RuntimeError, "%s", both), Tensor();
  if (static_cast<int>(n_scale_factors) != dims) {
    fail(ErrorKind::RuntimeError,
         "Expected static_cast<int64_t>(scale_factors->size()) == spatial_dimensions to be true, "
         "but got false.  (Could this error message be improved?  If so, please report an "
         "enhancement request to PyTorch.)");
    return Tensor();
  }
  if (input.dim() < dims + 2) { // PyTorch reads input.sizes()[i + 2] regardless
    fail(ErrorKind::RuntimeError, "It is expected input_size equals to %d, but got size %lld",
         dims + 2, static_cast<long long>(input.dim()));
    return Tensor();
  }
  for (int d = 0; d < dims; d++)
    sizes[d] = static_cast<int64_t>(static_cast<double>(input.size(2 + d)) * scale_factors[d]);
  return upsample(input, mode, dims, IntArrayRef(sizes, static_cast<size_t>(dims)), align_corners,
                  &scale_factors[0], dims == 2 ? &scale_factors[1] : nullptr);
}

} // namespace tensor
