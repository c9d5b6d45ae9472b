// Convolutions as im2col + GEMM (conv) and GEMM + col2im (transposed conv),
// per batch element and group. The checks follow at::native::_convolution and
// check_shape_forward in order, so the first error PyTorch raises is ours.
// conv1d runs as a conv2d of height 1 once its arguments are checked.
#include "tensor/conv.h"

#include "tensor/internal.h"
#include "tensor/linalg.h"

#include <type_traits>

namespace tensor {
namespace {

struct ConvArgs {
  int64_t dim = 0; // spatial dims the weight implies
  int64_t stride[kMaxDims], pad_lo[kMaxDims], pad_hi[kMaxDims], dilation[kMaxDims];
  int64_t output_padding[kMaxDims];
  int64_t groups = 1;
  bool transposed = false;
};

// C10's TypeMeta names as "Input type (float) and bias type (double)" prints them.
const char *meta_name(ScalarType t) {
  switch (t) {
  case ScalarType::Float: return "float";
  case ScalarType::Double: return "double";
  case ScalarType::Long: return "long int";
  case ScalarType::Int: return "int";
  case ScalarType::Short: return "short int";
  case ScalarType::Char: return "signed char";
  case ScalarType::Byte: return "unsigned char";
  case ScalarType::Bool: return "bool";
  case ScalarType::Half: return "c10::Half";
  case ScalarType::BFloat16: return "c10::BFloat16";
  case ScalarType::Undefined: break;
  }
  return "?";
}

bool expand_param(IntArrayRef p, const char *name, int64_t dim, int64_t *out) {
  if (p.size == 1) {
    for (int64_t i = 0; i < dim; i++) out[i] = p[0];
    return true;
  }
  if (static_cast<int64_t>(p.size) == dim) {
    for (int64_t i = 0; i < dim; i++) out[i] = p[i];
    return true;
  }
  char buf[96];
  format_int_list(buf, sizeof buf, p);
  return fail(ErrorKind::RuntimeError,
              "expected %s to be a single integer value or a list of %lld values to match the "
              "convolution dimensions, but got %s=%s",
              name, static_cast<long long>(dim), name, buf);
}

// at::native's batchify: unbatched inputs get a batch dim of 1.
bool batchify(const Tensor &input, int64_t spatial, const char *op, Tensor *batched,
              bool *is_batched) {
  if (input.dim() != spatial + 1 && input.dim() != spatial + 2) {
    char buf[96];
    format_int_list(buf, sizeof buf, input.sizes());
    return fail(ErrorKind::RuntimeError,
                "Expected %lldD (unbatched) or %lldD (batched) input to %s, but got input of size: "
                "%s",
                static_cast<long long>(spatial + 1), static_cast<long long>(spatial + 2), op, buf);
  }
  *is_batched = input.dim() == spatial + 2;
  *batched = *is_batched ? input : unsqueeze(input, 0);
  return batched->defined();
}

// The weight's rank, groups and the int lists (_convolution's first checks).
bool parse_args(const Tensor &weight, IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation,
                IntArrayRef output_padding, int64_t groups, bool transposed, ConvArgs *a) {
  a->dim = weight.dim() - 2;
  if (a->dim <= 0)
    return fail(ErrorKind::RuntimeError, "weight should have at least three dimensions");
  if (groups <= 0) return fail(ErrorKind::RuntimeError, "non-positive groups is not supported");
  a->groups = groups;
  a->transposed = transposed;
  if (!expand_param(stride, "stride", a->dim, a->stride) ||
      !expand_param(padding, "padding", a->dim, a->pad_lo) ||
      !expand_param(dilation, "dilation", a->dim, a->dilation) ||
      !expand_param(output_padding, "output_padding", a->dim, a->output_padding))
    return false;
  for (int64_t i = 0; i < a->dim; i++) a->pad_hi[i] = a->pad_lo[i];
  return true;
}

bool any_below(const int64_t *v, int64_t n, int64_t limit) {
  for (int64_t i = 0; i < n; i++)
    if (v[i] < limit) return true;
  return false;
}

// "2 x 3" (or "2" in 1-D) into buf.
void format_by(char *buf, size_t n, const int64_t *v, int64_t count) {
  size_t used = 0;
  buf[0] = '\0';
  for (int64_t i = 0; i < count && used < n; i++)
    used += static_cast<size_t>(
        snprintf(buf + used, n - used, "%s%lld", i ? " x " : "", static_cast<long long>(v[i])));
}

bool check_kernel_fits(const Tensor &input, const Tensor &weight, const ConvArgs &a) {
  int64_t padded[kMaxDims], kernel[kMaxDims];
  bool fits = true;
  for (int64_t i = 0; i < a.dim; i++) {
    padded[i] = input.size(i + 2) + a.pad_lo[i] + a.pad_hi[i];
    kernel[i] = a.dilation[i] * (weight.size(i + 2) - 1) + 1;
    if (padded[i] < kernel[i]) fits = false;
  }
  if (fits) return true;
  char in_buf[64], k_buf[64];
  format_by(in_buf, sizeof in_buf, padded, a.dim);
  format_by(k_buf, sizeof k_buf, kernel, a.dim);
  return fail(ErrorKind::RuntimeError,
              "Calculated padded input size per channel: (%s). Kernel size: (%s). Kernel size "
              "can't be greater than actual input size",
              in_buf, k_buf);
}

// check_shape_forward.
bool check_shapes(const Tensor &input, const Tensor &weight, const Tensor &bias,
                  const ConvArgs &a) {
  if (any_below(a.pad_lo, a.dim, 0))
    return fail(ErrorKind::RuntimeError, "negative padding is not supported");
  if (any_below(a.output_padding, a.dim, 0))
    return fail(ErrorKind::RuntimeError, "negative output_padding is not supported");
  if (any_below(a.stride, a.dim, 1))
    return fail(ErrorKind::RuntimeError, "non-positive stride is not supported");
  char w[96], in[96], b[96];
  format_int_list(w, sizeof w, weight.sizes());
  format_int_list(in, sizeof in, input.sizes());
  if (any_below(a.dilation, a.dim, 1)) {
    char d[96];
    format_int_list(d, sizeof d, IntArrayRef(a.dilation, static_cast<size_t>(a.dim)));
    return fail(ErrorKind::RuntimeError, "dilation should be greater than zero, but got %s", d);
  }
  if (weight.dim() != input.dim())
    return fail(ErrorKind::RuntimeError,
                "Expected %lld-dimensional input for %lld-dimensional weight %s, but got "
                "%lld-dimensional input of size %s instead",
                static_cast<long long>(weight.dim()), static_cast<long long>(weight.dim()), w,
                static_cast<long long>(input.dim()), in);
  long long g = a.groups;
  if (weight.size(0) < a.groups)
    return fail(ErrorKind::RuntimeError,
                "Given groups=%lld, expected weight to be at least %lld at dimension 0, but got "
                "weight of size %s instead",
                g, g, w);
  if (weight.size(0) % a.groups != 0)
    return fail(ErrorKind::RuntimeError,
                "Given groups=%lld, expected weight to be divisible by %lld at dimension 0, but "
                "got weight of size [%s] instead",
                g, g, w);
  long long want_in = a.transposed ? weight.size(0) : weight.size(1) * a.groups;
  long long want_bias = a.transposed ? weight.size(1) * a.groups : weight.size(0);
  // The transposed messages name `transposed` where the others name `groups`.
  char given[48];
  if (a.transposed)
    snprintf(given, sizeof given, "transposed=1");
  else
    snprintf(given, sizeof given, "groups=%lld", g);
  if (input.size(1) != want_in)
    return fail(ErrorKind::RuntimeError,
                "Given %s, weight of size %s, expected input%s to have %lld channels, but got "
                "%lld channels instead",
                given, w, in, want_in, static_cast<long long>(input.size(1)));
  if (bias && (bias.dim() != 1 || bias.size(0) != want_bias)) {
    format_int_list(b, sizeof b, bias.sizes());
    return fail(ErrorKind::RuntimeError,
                "Given %sweight of size %s, expected bias to be 1-dimensional with %lld elements, "
                "but got bias of size %s instead",
                a.transposed ? "transposed=1, " : "", w, want_bias, b);
  }
  return a.transposed || check_kernel_fits(input, weight, a);
}

bool check_dtypes(const Tensor &input, const Tensor &weight, const Tensor &bias, const char *kernel,
                  bool transposed) {
  if (bias && bias.dtype() != input.dtype())
    return fail(ErrorKind::RuntimeError, "Input type (%s) and bias type (%s) should be the same",
                meta_name(input.dtype()), meta_name(bias.dtype()));
  ScalarType t = input.dtype();
  bool supported = t != ScalarType::Bool && t != ScalarType::Half;
  if (transposed)
    supported = t == ScalarType::Float || t == ScalarType::Double || t == ScalarType::Long ||
                t == ScalarType::BFloat16;
  if (!supported)
    return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
                scalar_type_name(t));
  if (weight.dtype() != t)
    return fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
                scalar_type_name(t), scalar_type_name(weight.dtype()));
  return true;
}

// ---------------------------------------------------------------------------
// Kernels, on contiguous (C, H, W) planes of one batch element and group.

struct Geometry {
  int64_t channels, h, w; // input plane
  int64_t kh, kw, oh, ow; // kernel and output
  int64_t sh, sw, ph, pw, dh, dw;
};

// col[(c, i, j), (y, x)] = input[c, y*sh - ph + i*dh, x*sw - pw + j*dw] or 0;
// row (c, i, j) starts ld elements after the previous one (ld >= oh * ow).
template <class T> void im2col(const T *in, const Geometry &g, T *col_base, int64_t ld) {
  int64_t r = 0;
  for (int64_t c = 0; c < g.channels; c++)
    for (int64_t i = 0; i < g.kh; i++)
      for (int64_t j = 0; j < g.kw; j++, r++) {
        T *col = col_base + r * ld;
        for (int64_t y = 0; y < g.oh; y++) {
          int64_t iy = y * g.sh - g.ph + i * g.dh;
          const T *row = in + (c * g.h + iy) * g.w;
          bool row_in = iy >= 0 && iy < g.h;
          for (int64_t x = 0; x < g.ow; x++) {
            int64_t ix = x * g.sw - g.pw + j * g.dw;
            *col++ = row_in && ix >= 0 && ix < g.w ? row[ix] : T(0);
          }
        }
      }
}

// The adjoint of im2col: output[c, y, x] += col[(c, i, j), (iy, ix)], here
// with g describing the transposed conv's output as the "input" plane.
template <class T> void col2im(const T *col, const Geometry &g, T *out) {
  using C = compute_t<T>;
  for (int64_t c = 0; c < g.channels; c++)
    for (int64_t i = 0; i < g.kh; i++)
      for (int64_t j = 0; j < g.kw; j++)
        for (int64_t y = 0; y < g.oh; y++) {
          int64_t oy = y * g.sh - g.ph + i * g.dh;
          bool row_in = oy >= 0 && oy < g.h;
          T *row = out + (c * g.h + oy) * g.w;
          for (int64_t x = 0; x < g.ow; x++, col++) {
            int64_t ox = x * g.sw - g.pw + j * g.dw;
            if (row_in && ox >= 0 && ox < g.w) row[ox] = T(C(row[ox]) + C(*col));
          }
        }
}

// Every output channel starts as its bias (or 0): the GEMMs then accumulate.
bool init_with_bias(const Tensor &out, const Tensor &bias) {
  if (!bias) return zero_(out);
  int64_t shape[4] = {1, bias.size(0), 1, 1};
  Tensor b = view(bias, IntArrayRef(shape, 4));
  return b && copy_(out, b);
}

// A 1x1 kernel with stride 1 and no padding: the input plane is its own col.
bool is_pointwise(const Geometry &g) {
  return g.kh == 1 && g.kw == 1 && g.sh == 1 && g.sw == 1 && g.ph == 0 && g.pw == 0;
}

// One (batch element, group) conv: out_g[o, p] (+)= W_g[o, :] . col[:, p].
template <class T>
bool conv_plane(const T *in, const T *weight, T *out, const Geometry &g, int64_t out_channels,
                T *col) {
  int64_t k = g.channels * g.kh * g.kw, pixels = g.oh * g.ow;
  const T *rhs = in;
  if (!is_pointwise(g)) {
    im2col(in, g, col, pixels);
    rhs = col;
  }
  return gemm(scalar_type_of<T>(), out_channels, pixels, k, 1, weight, k, 1, rhs, pixels, 1, 1, out,
              pixels, 1);
}

// Note [Batched convolution]: a conv whose output planes are small (the late
// stages of a CNN: 7x7, 4x4 pixels) makes a GEMM of few columns per batch
// element, which streams and packs the whole weight matrix for little work.
// Without groups, up to kMergeColumns columns of several batch elements go
// side by side into one col matrix and one GEMM (into a scratch result, then
// added to the output planes that hold the bias). One element at a time
// (a batch of one, large planes) needs no scratch.
constexpr int64_t kMergeColumns = 1024;

template <class T>
bool conv_batched(const T *pin, const T *pw, T *pout, const Geometry &g, int64_t batch,
                  int64_t cout, int64_t per_call) {
  using C = compute_t<T>;
  int64_t k = g.channels * g.kh * g.kw, pixels = g.oh * g.ow, width = per_call * pixels;
  size_t col_bytes = static_cast<size_t>(k * width) * sizeof(T);
  size_t tmp_bytes = static_cast<size_t>(cout * width) * sizeof(T);
  T *col = static_cast<T *>(alloc_bytes(col_bytes + tmp_bytes));
  if (!col) return false;
  T *tmp = col + k * width;
  int64_t in_plane = g.channels * g.h * g.w, out_plane = cout * pixels;
  bool ok = true;
  for (int64_t n0 = 0; ok && n0 < batch; n0 += per_call) {
    int64_t m = batch - n0 < per_call ? batch - n0 : per_call, cols = m * pixels;
    for (int64_t b = 0; b < m; b++) {
      const T *in = pin + (n0 + b) * in_plane;
      if (is_pointwise(g)) {
        for (int64_t r = 0; r < k; r++)
          for (int64_t p = 0; p < pixels; p++) col[r * cols + b * pixels + p] = in[r * pixels + p];
      } else {
        im2col(in, g, col + b * pixels, cols);
      }
    }
    ok = gemm(scalar_type_of<T>(), cout, cols, k, 1, pw, k, 1, col, cols, 1, 0, tmp, cols, 1);
    for (int64_t b = 0; ok && b < m; b++) {
      T *out = pout + (n0 + b) * out_plane;
      for (int64_t o = 0; o < cout; o++) {
        const T *src = tmp + o * cols + b * pixels;
        T *dst = out + o * pixels;
        for (int64_t p = 0; p < pixels; p++) dst[p] = T(C(dst[p]) + C(src[p]));
      }
    }
  }
  free_bytes(col, col_bytes + tmp_bytes);
  return ok;
}

template <class T>
bool conv_forward(const Tensor &in, const Tensor &w, const Tensor &out, const ConvArgs &a) {
  int64_t groups = a.groups, cin = in.size(1) / groups, cout = out.size(1) / groups;
  Geometry g{cin,         in.size(2),    in.size(3),   w.size(2),   w.size(3),
             out.size(2), out.size(3),   a.stride[0],  a.stride[1], a.pad_lo[0],
             a.pad_lo[1], a.dilation[0], a.dilation[1]};
  const T *pin = in.data<T>(), *pw = w.data<T>();
  T *pout = out.data<T>();
  int64_t pixels = g.oh * g.ow, batch = in.size(0);
  if (groups == 1 && batch > 1 && pixels > 0 && 2 * pixels <= kMergeColumns) {
    int64_t per_call = kMergeColumns / pixels < batch ? kMergeColumns / pixels : batch;
    return conv_batched(pin, pw, pout, g, batch, cout, per_call);
  }
  size_t col_bytes = static_cast<size_t>(cin * g.kh * g.kw * pixels) * sizeof(T);
  T *col = col_bytes ? static_cast<T *>(alloc_bytes(col_bytes)) : nullptr;
  if (col_bytes && !col) return false;
  int64_t in_plane = cin * g.h * g.w, w_group = cout * cin * g.kh * g.kw;
  int64_t out_plane = cout * pixels;
  bool ok = true;
  for (int64_t n = 0; ok && n < batch; n++)
    for (int64_t gi = 0; ok && gi < groups; gi++)
      ok = conv_plane(pin + (n * groups + gi) * in_plane, pw + gi * w_group,
                      pout + (n * groups + gi) * out_plane, g, cout, col);
  if (col) free_bytes(col, col_bytes);
  return ok;
}

// Transposed: col = W_g^T @ in_g, then col2im into the output plane.
template <class T>
bool conv_transpose_forward(const Tensor &in, const Tensor &w, const Tensor &out,
                            const ConvArgs &a) {
  int64_t groups = a.groups, cin = in.size(1) / groups, cout = out.size(1) / groups;
  Geometry g{cout,        out.size(2),   out.size(3),  w.size(2),   w.size(3),
             in.size(2),  in.size(3),    a.stride[0],  a.stride[1], a.pad_lo[0],
             a.pad_lo[1], a.dilation[0], a.dilation[1]};
  int64_t rows = cout * g.kh * g.kw, pixels = g.oh * g.ow;
  size_t col_bytes = static_cast<size_t>(rows * pixels) * sizeof(T);
  T *col = col_bytes ? static_cast<T *>(alloc_bytes(col_bytes)) : nullptr;
  if (col_bytes && !col) return false;
  const T *pin = in.data<T>(), *pw = w.data<T>();
  T *pout = out.data<T>();
  int64_t in_plane = cin * pixels, out_plane = cout * g.h * g.w;
  bool ok = true;
  for (int64_t n = 0; ok && n < in.size(0); n++)
    for (int64_t gi = 0; ok && gi < groups; gi++) {
      ok = gemm(scalar_type_of<T>(), rows, pixels, cin, 1, pw + gi * cin * rows, 1, rows,
                pin + (n * groups + gi) * in_plane, pixels, 1, 0, col, pixels, 1);
      if (ok) col2im(col, g, pout + (n * groups + gi) * out_plane);
    }
  if (col) free_bytes(col, col_bytes);
  return ok;
}

// Output spatial sizes; for transposed convs PyTorch's "Output size is too small".
bool output_sizes(const Tensor &in, const Tensor &w, const ConvArgs &a, int64_t *out) {
  bool positive = true;
  for (int64_t i = 0; i < a.dim; i++) {
    int64_t k = a.dilation[i] * (w.size(i + 2) - 1) + 1;
    if (a.transposed)
      out[i] =
          (in.size(i + 2) - 1) * a.stride[i] - a.pad_lo[i] - a.pad_hi[i] + k + a.output_padding[i];
    else
      out[i] = (in.size(i + 2) + a.pad_lo[i] + a.pad_hi[i] - k) / a.stride[i] + 1;
    if (out[i] < 1) positive = false;
  }
  if (positive) return true;
  char in_buf[64], out_buf[64];
  format_by(in_buf, sizeof in_buf, in.sizes().data + 2, a.dim);
  format_by(out_buf, sizeof out_buf, out, a.dim);
  return fail(ErrorKind::RuntimeError,
              "Given input size per channel: (%s). Calculated output size per channel: (%s). "
              "Output size is too small",
              in_buf, out_buf);
}

bool check_output_padding(const ConvArgs &a) {
  for (int64_t i = 0; i < a.dim; i++)
    if (a.output_padding[i] >= a.stride[i] && a.output_padding[i] >= a.dilation[i])
      return fail(ErrorKind::RuntimeError,
                  "output padding must be smaller than either stride or dilation, but got "
                  "output_padding_height: %lld output_padding_width: %lld stride_height: %lld "
                  "stride_width: %lld dilation_height: %lld dilation_width: %lld",
                  static_cast<long long>(a.output_padding[0]),
                  static_cast<long long>(a.output_padding[a.dim - 1]),
                  static_cast<long long>(a.stride[0]), static_cast<long long>(a.stride[a.dim - 1]),
                  static_cast<long long>(a.dilation[0]),
                  static_cast<long long>(a.dilation[a.dim - 1]));
  return true;
}

// Checked arguments in, result out: the 4-D computation shared by every entry.
Tensor run_conv(const Tensor &input, const Tensor &weight, const Tensor &bias, ConvArgs a,
                const char *kernel) {
  if (!check_shapes(input, weight, bias, a) ||
      !check_dtypes(input, weight, bias, kernel, a.transposed))
    return Tensor();
  if (a.transposed && !check_output_padding(a)) return Tensor();
  int64_t spatial[kMaxDims];
  if (!output_sizes(input, weight, a, spatial)) return Tensor();
  // 1-D runs as 2-D of height 1.
  Tensor in = input, w = weight;
  if (a.dim == 1) {
    in = unsqueeze(input, 2);
    w = unsqueeze(weight, 2);
    for (int64_t *p : {a.stride, a.pad_lo, a.pad_hi, a.dilation, a.output_padding}) {
      p[1] = p[0];
      p[0] = p == a.stride || p == a.dilation ? 1 : 0;
    }
    spatial[1] = spatial[0];
    spatial[0] = 1;
  }
  in = contiguous(in);
  w = contiguous(w);
  int64_t channels = a.transposed ? weight.size(1) * a.groups : weight.size(0);
  Tensor out = empty({input.size(0), channels, spatial[0], spatial[1]}, input.dtype());
  if (!in || !w || !out || !init_with_bias(out, bias)) return Tensor();
  bool ok = dispatch_all(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same<T, bool>::value || std::is_same<T, Half>::value) {
      return false; // rejected by check_dtypes
    } else {
      return a.transposed ? conv_transpose_forward<T>(in, w, out, a)
                          : conv_forward<T>(in, w, out, a);
    }
  });
  if (!ok) return Tensor();
  return a.dim == 1 ? squeeze(out, 2) : out;
}

Tensor unbatch(const Tensor &out, bool is_batched) {
  return !out || is_batched ? out : squeeze(out, 0);
}

Tensor conv_explicit(const Tensor &input, const Tensor &weight, const Tensor &bias,
                     IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation, int64_t groups,
                     int64_t spatial, const char *op) {
  Tensor in;
  bool is_batched;
  ConvArgs a;
  if (!batchify(input, spatial, op, &in, &is_batched) ||
      !parse_args(weight, stride, padding, dilation, {0}, groups, false, &a))
    return Tensor();
  return unbatch(run_conv(in, weight, bias, a, "slow_conv2d_cpu"), is_batched);
}

// _convolution_mode's own checks of padding='same', before the usual ones.
bool check_same(const Tensor &input, const Tensor &weight, IntArrayRef stride,
                IntArrayRef dilation) {
  int64_t k = weight.dim();
  if (k <= 2) return fail(ErrorKind::RuntimeError, "weight should have at least three dimensions");
  if (input.dim() != k) {
    char w[96], in[96];
    format_int_list(w, sizeof w, weight.sizes());
    format_int_list(in, sizeof in, input.sizes());
    return fail(ErrorKind::RuntimeError,
                "Expected %lld-dimensional input for %lld-dimensional weight%s, but got "
                "%lld-dimensional input of size %s instead",
                static_cast<long long>(k), static_cast<long long>(k), w,
                static_cast<long long>(input.dim()), in);
  }
  size_t dim = static_cast<size_t>(k - 2);
  if (stride.size != dim && stride.size != 1)
    return fail(ErrorKind::RuntimeError, "stride cannot broadcast to %zu dimensions", dim);
  if (dilation.size != dim && dilation.size != 1)
    return fail(ErrorKind::RuntimeError, "dilation cannot broadcast to %zu dimensions", dim);
  for (size_t i = 0; i < stride.size; i++)
    if (stride[i] != 1)
      return fail(ErrorKind::RuntimeError,
                  "padding='same' is not supported for strided convolutions");
  return true;
}

// padding='same' pads dilation * (k - 1) in total, the odd element at the end
// (_convolution_mode); 'valid' is no padding.
Tensor conv_mode(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
                 ConvPadding mode, IntArrayRef dilation, int64_t groups, int64_t spatial,
                 const char *op) {
  Tensor in;
  bool is_batched;
  if (!batchify(input, spatial, op, &in, &is_batched)) return Tensor();
  if (mode == ConvPadding::Same && !check_same(in, weight, stride, dilation)) return Tensor();
  ConvArgs a;
  if (!parse_args(weight, stride, {0}, dilation, {0}, groups, false, &a)) return Tensor();
  if (mode == ConvPadding::Same)
    for (int64_t i = 0; i < a.dim; i++) {
      int64_t total = a.dilation[i] * (weight.size(i + 2) - 1);
      a.pad_lo[i] = total / 2;
      a.pad_hi[i] = total - total / 2;
    }
  return unbatch(run_conv(in, weight, bias, a, "slow_conv2d_cpu"), is_batched);
}

} // namespace

Tensor conv1d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              IntArrayRef padding, IntArrayRef dilation, int64_t groups) {
  return conv_explicit(input, weight, bias, stride, padding, dilation, groups, 1, "conv1d");
}
Tensor conv1d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              ConvPadding padding, IntArrayRef dilation, int64_t groups) {
  return conv_mode(input, weight, bias, stride, padding, dilation, groups, 1, "conv1d");
}
Tensor conv2d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              IntArrayRef padding, IntArrayRef dilation, int64_t groups) {
  return conv_explicit(input, weight, bias, stride, padding, dilation, groups, 2, "conv2d");
}
Tensor conv2d(const Tensor &input, const Tensor &weight, const Tensor &bias, IntArrayRef stride,
              ConvPadding padding, IntArrayRef dilation, int64_t groups) {
  return conv_mode(input, weight, bias, stride, padding, dilation, groups, 2, "conv2d");
}

Tensor conv_transpose2d(const Tensor &input, const Tensor &weight, const Tensor &bias,
                        IntArrayRef stride, IntArrayRef padding, IntArrayRef output_padding,
                        int64_t groups, IntArrayRef dilation) {
  Tensor in;
  bool is_batched;
  ConvArgs a;
  if (!batchify(input, 2, "conv_transpose2d", &in, &is_batched) ||
      !parse_args(weight, stride, padding, dilation, output_padding, groups, true, &a))
    return Tensor();
  return unbatch(run_conv(in, weight, bias, a, "slow_conv_transpose2d_out_cpu"), is_batched);
}

} // namespace tensor
